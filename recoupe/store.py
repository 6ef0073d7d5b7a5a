"""Store: write a resolved dossier into SQLite with sqlite-utils (tables, keys, indexes, full-text search, views;
the views' SQL in recoupe/views.py).

The database is written to a temporary file beside the target and moved over it only once complete,
so a crash or a kill never leaves a half-written dossier in place of the previous one. The tables' columns come
from the models through recoupe/schema.py.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections import Counter, defaultdict
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import sqlite_utils

from .models import Dossier
from .views import VIEWS, _write_views  # noqa: F401 (VIEWS: importable from here as before)
from .schema import (  # noqa: F401  (the schema; these names stay importable from here)
    TABLE_MODELS, TABLES, _yaml_scalar, column_descriptions, column_type, metadata_with_columns, table_columns,
)

# Accent folding for full-text search: "geneve" finds "Genève".
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


INDEXES = {
    "articles": [["published"], ["published", "id"], ["outlet"], ["language"], ["sha256"]],
    "actors": [["kind"], ["name"], ["mention_count"]],
    "actor_mentions": [["article_id"], ["actor_id"]],
    "actor_merges": [["actor_id"], ["merged_actor_id"], ["rule"]],
    "places": [["kind"], ["country_code"], ["geonames_id"]],
    "place_mentions": [["article_id"], ["article_id", "start"], ["place_id"], ["claim_id"]],
    "figures": [["article_id"], ["article_id", "start"], ["claim_id"], ["source_actor_id"], ["topic"], ["object"], ["qualifier"], ["kind"],
                ["topic", "as_of"], ["original_source_id"]],
    "claims": [["article_id"], ["article_id", "start"], ["article_id", "stance", "start"], ["actor_id"], ["original_source_id"], ["stance"], ["verb"]],
    "actor_places": [["actor_id", "claims"], ["place_id"], ["article_id"], ["claim_id"]],
}

# Indexes only the served pages read, made after the tables computed at build time (figure_comparison,
# topic_spread), whose query plans, and so the order of their group_concat lists, stay as they were.
SERVING_INDEXES = {
    # the figures page's order (its metadata sort, then the key): its first page without a sort
    "figures": [["topic", "id"],
                # source_figures walks the articles by date and takes one actor's figures from each
                ["article_id", "source_actor_id"]],
    "claims": [["article_id", "actor_id"]],  # source_figures and actor_claims: one actor's claims in each article
    "place_mentions": [["article_id", "place_id"]],  # articles_mentioning_place: one place's mentions in each article
}

# The canned queries list articles by date, undated last: this index gives that order without a sort.
EXPRESSION_INDEXES = [
    "CREATE INDEX IF NOT EXISTS idx_articles_undated_last ON articles(published IS NULL, published, id)",
]


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, moved over it when the block succeeds and removed when it fails."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


class StoreError(Exception):
    """The database could not be written (a full disk, most often); the previous one is left as it was."""


def write_dossier(dossier: Dossier, target: Path) -> None:
    """Write the whole dossier to `target`, atomically; raises StoreError when the disk refuses the write (the
    temporary file is removed and `target` keeps its previous content)."""
    try:
        _write(dossier, target)
    except OSError as err:
        if err.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            reason = f"no space left to write it ({err.strerror})"
        else:
            reason = err.strerror or str(err)
        raise StoreError(f"could not write {Path(target).name}: {reason}") from err
    except sqlite3.OperationalError as err:  # what SQLite says when the disk refuses a write; anything else is a bug
        if not any(words in str(err) for words in ("full", "disk I/O", "unable to open")):
            raise
        reason = f"no space left to write it (SQLite: {err})" if "full" in str(err) or "disk I/O" in str(err) \
            else f"SQLite: {err}"
        raise StoreError(f"could not write {Path(target).name}: {reason}") from err


def _write(dossier: Dossier, target: Path) -> None:
    with atomic_path(target) as tmp:
        conn = sqlite3.connect(tmp)
        try:
            # The file is private until the rename: no journal and no sync per batch, one fsync at the end.
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            fill(sqlite_utils.Database(conn), dossier)
            conn.commit()
        finally:
            conn.close()
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())


def fill(db: sqlite_utils.Database, dossier: Dossier) -> None:
    """Every table, index, summary, full-text index and view of the dossier, on an empty database."""
    if not dossier.topics and any(f.topic for f in dossier.figures):  # a dossier made by hand: judge its topics
        from .topics import judge_topics

        figures, found = judge_topics(dossier.figures)
        dossier = dossier.model_copy(update={"figures": figures, "topics": found})
    _write_tables(db, dossier)
    _write_search(db)
    _write_views(db)
    for name, indexes in SERVING_INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    # Statistics for the query planner: without them it walks 240,000 claims where an index gives the order.
    db.execute("ANALYZE")


def _write_tables(db: sqlite_utils.Database, dossier: Dossier) -> None:
    """Create every table (even an empty one), then fill it in id order so rebuilds are byte-for-byte alike."""
    for name, (columns, pk, foreign_keys) in TABLES.items():
        db[name].create(columns, pk=pk, foreign_keys=foreign_keys)
    texts = {a.id: a.text for a in dossier.articles}
    rows = {
        "articles": _article_rows(dossier),
        "actors": _with_json_aliases(_dump(dossier.actors)),
        "actor_mentions": _with_sentence_start(_dump(dossier.actor_mentions), texts),
        "actor_merges": _dump(dossier.actor_merges),
        "places": _place_rows(dossier),
        "place_mentions": _with_sentence_start(_dump(dossier.place_mentions), texts),
        "claims": _dump(dossier.claims),
        "figures": _with_sentence_start(_dump(dossier.figures), texts),
        "actor_places": _with_sentence_start(_dump(dossier.actor_places), texts),
        "topics": _dump(dossier.topics),
        "rejected_files": _dump(dossier.rejected),
    }
    for name, table_rows in rows.items():
        pk = TABLES[name][1]
        _insert(db, name, sorted(table_rows, key=lambda r: r[pk]))
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    for sql in EXPRESSION_INDEXES:
        db.execute(sql)


PLAIN = {str, int, float, type(None), bytes, bool}  # what sqlite3 stores as it is (a bool as an int)


def _insert(db: sqlite_utils.Database, name: str, rows: list[dict]) -> None:
    """The rows into table `name`, in the order given, as sqlite-utils' `insert_all(alter=True)` stores them (a list
    or dict as JSON, a date as ISO text) but through one `executemany`: sqlite-utils builds a multi-row statement
    and converts every value on its way, which was most of the store's time. A row with a column the table lacks
    goes through `insert_all`, which adds the column."""
    if not rows:
        return
    columns = list(rows[0])
    if not set(db[name].columns_dict).issuperset(columns) or any(row.keys() != rows[0].keys() for row in rows):
        db[name].insert_all(rows, alter=True)
        return
    values = [tuple(map(row.__getitem__, columns)) for row in rows]
    if not set(map(type, chain.from_iterable(values))) <= PLAIN:  # some value to convert as sqlite-utils does
        convert = sqlite_utils.db.jsonify_if_needed
        values = [tuple(map(convert, row)) for row in values]
    sql = f"INSERT INTO [{name}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
    db.conn.executemany(sql, values)


def _dump(records) -> list[dict]:
    return [record.model_dump() for record in records]


def sentence_start(text: str, sentence: str, start: int, end: int):
    """Where `sentence` begins in the article `text`: the occurrence that holds the piece at `start`..`end`
    (None when none does). Stored on each row, so a page marks the piece in its sentence without reading the
    article (`start - sentence_start` is the piece's place in the sentence)."""
    if not text or not sentence or start is None or end is None:
        return None
    at = text.find(sentence, max(0, end - len(sentence)))
    return at if 0 <= at <= start and end <= at + len(sentence) else None


def _with_sentence_start(rows: list[dict], texts: dict) -> list[dict]:
    for row in rows:
        row["sentence_start"] = sentence_start(texts.get(row["article_id"], ""), row["sentence"], row["start"],
                                               row["end"])
    return rows


def article_label(article) -> str:
    """How an article is named on every page: its title, or its outlet, date and first words when it has none."""
    if article.title:
        return article.title
    words = article.text.split()
    first = " ".join(words[:8]) + ("\u2026" if len(words) > 8 else "")
    where = ", ".join(part for part in (article.outlet, article.published) if part) or "Untitled"
    return f"{where}: \u00ab\u202f{first}\u202f\u00bb"


def _with_json_aliases(rows: list[dict]) -> list[dict]:
    return [{**row, "aliases": json.dumps(row["aliases"], ensure_ascii=False)} for row in rows]


def _article_rows(dossier: Dossier) -> list[dict]:
    """Articles with how many figures, claims, places and actors each yields (the overview reads them)."""
    figures = Counter(f.article_id for f in dossier.figures)
    claims = Counter(c.article_id for c in dossier.claims)
    places = _distinct_per(dossier.place_mentions, "article_id", "place_id")
    actors = _distinct_per(dossier.actor_mentions, "article_id", "actor_id")
    rows = _dump(dossier.articles)
    labels = {a.id: article_label(a) for a in dossier.articles}
    for row in rows:
        row.update(label=labels[row["id"]], figure_count=figures[row["id"]], claim_count=claims[row["id"]],
                   place_count=len(places[row["id"]]), actor_count=len(actors[row["id"]]))
    return rows


def _distinct_per(records, key: str, value: str) -> dict[str, set]:
    found = defaultdict(set)
    for record in records:
        found[getattr(record, key)].add(getattr(record, value))
    return found


POPUP_ARTICLES = 20  # a map pop-up lists at most this many articles: the latest; the link lists them all


def _place_rows(dossier: Dossier) -> list[dict]:
    """Places with how often and in how many articles they are named, and the popup the cluster map shows: the
    place, then each article naming it by title, outlet and date, linking to the article page (the one article's
    page when there is one, else the list of the articles naming the place). A place named in more than
    POPUP_ARTICLES articles lists the latest of them (undated ones count as the oldest) and says how many more
    the link lists: every page of the places table and the map carries every pop-up, and a place named in
    thousands of articles made one cell of megabytes."""
    mentions = Counter(m.place_id for m in dossier.place_mentions)
    articles = {a.id: a for a in dossier.articles}
    articles_of = _distinct_per(dossier.place_mentions, "place_id", "article_id")
    first_mention = {}  # (place, article): the first mention's id, by offset
    for m in dossier.place_mentions:
        key = (m.place_id, m.article_id)
        first_mention[key] = min(first_mention.get(key, (m.start, m.id)), (m.start, m.id))
    labels: dict[str, str] = {}  # each article's label once (an untitled one splits its whole text), not per place
    rows = []
    for place, row in zip(dossier.places, _with_json_aliases(_dump(dossier.places))):
        row["mention_count"] = mentions[place.id]
        row["article_count"] = len(articles_of[place.id])
        naming = sorted((articles[a] for a in articles_of[place.id]),
                        key=lambda a: (a.published is None, a.published or "", a.id))
        shown = naming
        if len(naming) > POPUP_ARTICLES:
            latest = set(map(id, sorted(naming, key=lambda a: (a.published is not None, a.published or "",
                                                               a.id))[-POPUP_ARTICLES:]))
            shown = [a for a in naming if id(a) in latest]  # in the list's order: by date, undated last
        cited = "; ".join(
            (labels[a.id] if a.id in labels else labels.setdefault(a.id, article_label(a)))
            + (f" ({', '.join(p for p in (a.outlet, a.published) if p)})" if a.title and (a.outlet or a.published)
               else "")
            for a in shown
        )
        if len(shown) < len(naming):
            cited = f"the {len(shown)} latest: {cited}; … and {len(naming) - len(shown)} more"
        # Relative to the map's page (/dossier/places): "../-/article/..." is the article page under any base URL.
        link = (f"../-/article/{quote(naming[0].id, safe='')}#place-"
                f"{quote(first_mention[place.id, naming[0].id][1], safe='')}"
                if len(naming) == 1 else f"../-/article?place={quote(place.id, safe='')}")
        row["popup"] = json.dumps(
            {
                "title": place.name,
                "description": f"{_kind_label(place.kind)}, named {mentions[place.id]} time(s) in "
                f"{len(naming)} article(s): {cited}",
                "link": link,
            },
            ensure_ascii=False,
        )
        rows.append(row)
    return rows


def _kind_label(kind: str) -> str:
    return "country (marker at its capital)" if kind == "country" else kind


def _write_search(db: sqlite_utils.Database) -> None:
    db["articles"].enable_fts(["title", "text"], tokenize=FTS_TOKENIZER, create_triggers=False)
    db["claims"].enable_fts(["text", "quote"], tokenize=FTS_TOKENIZER, create_triggers=False)
    db["figures"].enable_fts(["text", "object_text", "sentence"], tokenize=FTS_TOKENIZER, create_triggers=False)


if __name__ == "__main__":
    import sys

    usage = "usage: python -m recoupe.store metadata.yml [--check]   (write its columns: blocks from recoupe/models.py)"
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(usage)
    path = Path(sys.argv[1])
    current = path.read_text(encoding="utf-8")
    written = metadata_with_columns(current)
    if "--check" in sys.argv:
        sys.exit(0 if written == current else f"{path}: column descriptions differ from recoupe/models.py; "
                 f"write them with: python -m recoupe.store {path}")
    path.write_text(written, encoding="utf-8")
