"""The dossier's schema, from the models (recoupe/models.py): each table's columns, their SQLite types and order, its
keys, and the column descriptions metadata.yml carries (`python -m recoupe.store metadata.yml` writes them).
recoupe/store.py creates the tables from `TABLES`.
"""

from __future__ import annotations

import json
import types
import typing

from . import models

ARTICLE = "articles", "id"
ACTOR = "actors", "id"
# Each table: the model whose fields are its columns (their types and descriptions: recoupe/models.py), its
# primary key and its foreign keys.
TABLE_MODELS = {
    "articles": (models.ArticleRow, "id", []),
    "actors": (models.Actor, "id", []),
    "actor_mentions": (models.ActorMentionRow, "id", [("article_id", *ARTICLE), ("actor_id", *ACTOR)]),
    # an actor merged into another after the merge by spelling: which rule, how sure, the evidence and the
    # mention it read
    "actor_merges": (models.ActorMerge, "id",
                     [("actor_id", *ACTOR), ("mention_id", "actor_mentions", "id"), ("article_id", *ARTICLE)]),
    "claims": (models.Claim, "id", [("article_id", *ARTICLE), ("actor_id", *ACTOR), ("original_source_id", *ACTOR)]),
    "places": (models.PlaceRow, "id", []),
    "place_mentions": (models.PlaceMentionRow, "id",
                       [("article_id", *ARTICLE), ("place_id", "places", "id"), ("claim_id", "claims", "id")]),
    "figures": (models.FigureRow, "id", [("article_id", *ARTICLE), ("claim_id", "claims", "id"),
                                         ("source_actor_id", *ACTOR), ("original_source_id", *ACTOR)]),
    # derived at build time: the places each actor's claims name (the canned query places_of_actor)
    "actor_places": (models.ActorPlaceRow, "id", [("actor_id", *ACTOR), ("place_id", "places", "id"),
                                                  ("claim_id", "claims", "id"), ("article_id", *ARTICLE)]),
    "topics": (models.Topic, "id", []),
    "rejected_files": (models.RejectedFile, "path", []),
}
# The order of the columns where it is not the model's: the order the dossiers have had, so that a rebuild is
# identical. A field named nowhere here goes after these, in the model's order.
COLUMN_ORDER = {
    "actor_mentions": ["id", "article_id", "actor_id", "surface", "start", "end", "sentence", "sentence_start"],
    "actor_merges": ["id", "actor_id", "merged_name", "merged_actor_id", "rule", "confidence", "evidence",
                     "mention_id", "surface"],
    "claims": ["id", "article_id", "actor_id", "speaker_text", "speaker_mention_id", "original_source_id",
               "original_source_text", "original_mention_id"],
    "place_mentions": ["id", "article_id", "place_id", "surface", "start", "end", "sentence", "sentence_start"],
    "figures": ["id", "article_id", "claim_id", "topic", "text", "value", "value_low", "value_high", "qualifier",
                "strict", "object", "object_text", "kind", "predicate", "source_actor_id", "source_text",
                "source_mention_id", "original_source_text", "original_mention_id", "sentence", "start", "end",
                "sentence_start", "original_source_id"],
    "actor_places": ["id", "actor_id", "place_id", "actor", "place", "kind", "latitude", "longitude", "claims",
                     "articles", "claim_id", "article_id", "start", "end", "sentence", "sentence_start"],
}


def column_type(annotation) -> type:
    """The SQLite column type of a model field: str, int or float (a bool is 0 or 1, a list is stored as JSON)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return column_type(next(arg for arg in typing.get_args(annotation) if arg is not type(None)))
    if origin is typing.Literal:
        return type(typing.get_args(annotation)[0])
    if origin is list or annotation is list:
        return str
    if annotation is bool:
        return int
    if annotation in (str, int, float):
        return annotation
    raise TypeError(f"no column type for {annotation!r}")


def table_columns(name: str) -> dict[str, type]:
    """A table's columns and their types, in order, from its model."""
    fields = TABLE_MODELS[name][0].model_fields
    order = COLUMN_ORDER.get(name, [])
    unknown = [column for column in order if column not in fields]
    if unknown:
        raise ValueError(f"COLUMN_ORDER[{name!r}] names {unknown}, which {TABLE_MODELS[name][0].__name__} lacks")
    names = order + [field for field in fields if field not in order]
    return {column: column_type(fields[column].annotation) for column in names}


def column_descriptions() -> dict[str, dict[str, str]]:
    """Each table's column descriptions, from its model's fields (metadata.yml's `columns:` blocks are these)."""
    found = {}
    for name, (model, _, _) in TABLE_MODELS.items():
        described = {column: model.model_fields[column].description for column in table_columns(name)
                     if model.model_fields[column].description}
        if described:
            found[name] = described
    return found


TABLES = {name: (table_columns(name), pk, foreign_keys) for name, (_, pk, foreign_keys) in TABLE_MODELS.items()}


# --- metadata.yml's column descriptions, written from the models -----------------------------------------------


def _yaml_scalar(text: str) -> str:
    """`text` as a YAML value on one line: plain when YAML reads it back as it is, else double-quoted."""
    import yaml

    try:
        plain = yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)


def metadata_with_columns(text: str, database: str = "dossier") -> str:
    """metadata.yml's text with each model table's `columns:` block written from the models' descriptions (the
    rest of the file, comments and layout included, as it was). A table the file does not list is left out."""
    lines = text.split("\n")
    described = column_descriptions()

    def indent(line: str) -> int:
        return len(line) - len(line.lstrip(" ")) if line.strip() else 10**6

    at = lines.index("databases:")
    at = next(i for i in range(at, len(lines)) if lines[i] == f"  {database}:")
    at = next(i for i in range(at, len(lines)) if lines[i] == "    tables:")
    i = at + 1
    while i < len(lines) and indent(lines[i]) > 4:
        name = lines[i].strip()[:-1] if indent(lines[i]) == 6 and lines[i].rstrip().endswith(":") else None
        end = i + 1
        while end < len(lines) and indent(lines[end]) > 6:
            end += 1
        if name in described:
            block = lines[i + 1:end]
            body_end = len(block)
            while body_end and not block[body_end - 1].strip():
                body_end -= 1
            block, trailing = block[:body_end], block[body_end:]
            new = ["        columns:"] + [f"          {column}: {_yaml_scalar(words)}"
                                         for column, words in described[name].items()]
            if "        columns:" in block:
                start = block.index("        columns:")
                stop = start + 1
                while stop < len(block) and indent(block[stop]) > 8:
                    stop += 1
                block = block[:start] + new + block[stop:]
            else:
                block = block + new
            lines[i + 1:end] = block + trailing
            end = i + 1 + len(block) + len(trailing)
        i = end
    return "\n".join(lines)
