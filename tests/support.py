"""Helpers the test modules import (a module of its own: `conftest` is ambiguous once tests/browser has one)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def make_article(text: str, name: str = "passage.txt"):
    """An Article built from a short passage, for rule tests (no boilerplate cleaning needed)."""
    from recoupe.ingest import article_from_text

    return article_from_text(text, source_file=name)


def table_contents(db: Path, skip_columns: frozenset = frozenset()) -> dict[str, list[tuple]]:
    """Every table's and view's rows, sorted, plus the schema: what two equal databases share."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        objects = conn.execute(
            "select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name"
        ).fetchall()
        contents: dict[str, list] = {"sqlite_master": objects}
        for kind, name, _ in objects:
            if kind not in ("table", "view"):
                continue
            cursor = conn.execute(f"select * from [{name}]")
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in skip_columns]
            contents[name] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    return contents


def dossier(nlp, *texts, published=None):
    """The resolved dossier of made-up articles (one per text), through the real extraction and resolution."""
    from recoupe import pipeline, resolve

    extractions = []
    for index, text in enumerate(texts):
        article = make_article(text, name=f"p{index}.txt")
        if published:
            article = article.model_copy(update={"published": published[index]})
        extractions.append(pipeline.extract(article, nlp(article.text)))
    return resolve.resolve(extractions, [])


def by_text(result):
    """The dossier's figures by their text."""
    return {f.text: f for f in result.figures}


def attributed(nlp, text):
    """A made-up passage through attribution: its claims, and each figure's text with its source as written."""
    from recoupe.attribution import attribute
    from recoupe.entities import extract_actor_mentions
    from recoupe.numbers import extract_figures

    article = make_article(text)
    doc = nlp(article.text)
    claims, figures = attribute(doc, article, extract_actor_mentions(doc, article), extract_figures(doc, article))
    return claims, {f.text: f.source_text for f in figures}


def said(claims, snippet):
    """The speakers of the claims whose text holds the snippet."""
    return [c.speaker_text for c in claims if snippet in c.text]


def english_places(text: str) -> list[tuple]:
    """(surface, place) of each place mention the English pipeline finds in the text, in text order."""
    from recoupe.nlp import get_nlp
    from recoupe.places import extract_places

    article = make_article(text)
    found_places, found = extract_places(get_nlp("en")(article.text), article)
    by_id = {p.id: p for p in found_places}
    return [(article.text[m.start:m.end], by_id[m.place_id]) for m in sorted(found, key=lambda m: m.start)]


def english_place_mentions(text: str) -> list[str]:
    """The surfaces of english_places, in text order."""
    return [surface for surface, _ in english_places(text)]
