"""Store: write a resolved dossier into SQLite with sqlite-utils (tables, keys, indexes, full-text search, views).

The database is written to a temporary file beside the target and moved over it only once complete,
so a crash or a kill never leaves a half-written dossier in place of the previous one.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from .models import Dossier

# Accent folding for full-text search: "coree" finds "Corée".
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

VIEWS = {
    "figure_comparison": """
SELECT
  f.topic,
  f.object,
  f.value,
  f.value_low,
  f.value_high,
  f.qualifier,
  f.strict,
  coalesce(a.name, f.source_text, ar.outlet, 'the article') AS source,
  f.source_actor_id,
  ar.title AS article,
  f.article_id,
  ar.outlet,
  ar.published,
  f.text AS figure_text,
  f.sentence,
  f.id AS figure_id
FROM figures f
JOIN articles ar ON ar.id = f.article_id
LEFT JOIN actors a ON a.id = f.source_actor_id
WHERE f.topic IS NOT NULL AND f.kind != 'measure'
ORDER BY f.topic, ar.published, f.value
""",
    # One row per topic: how many articles and sources give a figure, the spread, the most conservative figure,
    # and whether every source's qualified interval can be true at once.
    "topic_spread": """
WITH stated AS (
  SELECT f.*, coalesce(f.source_actor_id, f.source_text, 'article:' || f.article_id) AS source_key
  FROM figures f
  WHERE f.topic IS NOT NULL AND f.kind != 'measure'
),
bounds AS (
  SELECT topic,
    max(coalesce(value_low, -1e308)) AS lo,
    min(coalesce(value_high, 1e308)) AS hi
  FROM stated GROUP BY topic
),
per_topic AS (
  SELECT
    s.topic,
    min(s.object) AS object,
    count(DISTINCT s.article_id) AS n_articles,
    count(DISTINCT s.source_key) AS n_sources,
    count(*) AS n_figures,
    min(coalesce(s.value, s.value_low)) AS min,
    max(coalesce(s.value, s.value_high)) AS max,
    b.lo, b.hi,
    -- a strict bound ("plus de 8 millions") sitting exactly where the intervals would touch excludes that point
    max(s.strict AND ((s.qualifier = 'at_least' AND s.value_low = b.lo) OR (s.qualifier = 'at_most' AND s.value_high = b.hi)))
      AS touch_excluded,
    group_concat(DISTINCT s.qualifier) AS qualifiers
  FROM stated s JOIN bounds b ON b.topic = s.topic
  GROUP BY s.topic
)
SELECT
  topic, object, n_articles, n_sources, n_figures, min, max,
  round(max / nullif(min, 0), 3) AS max_over_min,
  min AS conservative,
  CASE WHEN lo < hi THEN 1 WHEN lo = hi AND NOT touch_excluded THEN 1 ELSE 0 END AS consistent,
  qualifiers
FROM per_topic
ORDER BY n_articles DESC, topic
""",
    "disagreements": """
SELECT * FROM topic_spread WHERE consistent = 0 OR (max_over_min > 1 AND n_sources > 1)
""",
}

INDEXES = {
    "articles": [["published"], ["published", "id"], ["outlet"], ["language"], ["sha256"]],
    "actors": [["kind"], ["name"], ["mention_count"]],
    "actor_mentions": [["article_id"], ["actor_id"]],
    "places": [["kind"], ["country_code"], ["geonames_id"]],
    "place_mentions": [["article_id"], ["article_id", "start"], ["place_id"], ["claim_id"]],
    "figures": [["article_id"], ["article_id", "start"], ["claim_id"], ["source_actor_id"], ["topic"], ["object"], ["qualifier"], ["kind"]],
    "claims": [["article_id"], ["article_id", "start"], ["article_id", "stance", "start"], ["actor_id"], ["stance"], ["verb"]],
    "actor_places": [["actor_id", "claims"], ["place_id"], ["article_id"], ["claim_id"]],
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
    _write_tables(db, dossier)
    _write_search(db)
    _write_views(db)
    # Statistics for the query planner: without them it walks 240,000 claims where an index gives the order.
    db.execute("ANALYZE")


def _write_tables(db: sqlite_utils.Database, dossier: Dossier) -> None:
    """Create every table (even an empty one), then fill it in id order so rebuilds are byte-for-byte alike."""
    for name, (columns, pk, foreign_keys) in TABLES.items():
        db[name].create(columns, pk=pk, foreign_keys=foreign_keys)
    rows = {
        "articles": _article_rows(dossier),
        "actors": _with_json_aliases(_dump(dossier.actors)),
        "actor_mentions": _dump(dossier.actor_mentions),
        "places": _place_rows(dossier),
        "place_mentions": _dump(dossier.place_mentions),
        "claims": _dump(dossier.claims),
        "figures": _dump(dossier.figures),
        "actor_places": _dump(dossier.actor_places),
        "rejected_files": _dump(dossier.rejected),
    }
    for name, table_rows in rows.items():
        pk = TABLES[name][1]
        db[name].insert_all(sorted(table_rows, key=lambda r: r[pk]), alter=True)
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    for sql in EXPRESSION_INDEXES:
        db.execute(sql)


def _dump(records) -> list[dict]:
    return [record.model_dump() for record in records]


def _with_json_aliases(rows: list[dict]) -> list[dict]:
    return [{**row, "aliases": json.dumps(row["aliases"], ensure_ascii=False)} for row in rows]


def _article_rows(dossier: Dossier) -> list[dict]:
    """Articles with how many figures, claims, places and actors each yields (the overview reads them)."""
    figures = Counter(f.article_id for f in dossier.figures)
    claims = Counter(c.article_id for c in dossier.claims)
    places = _distinct_per(dossier.place_mentions, "article_id", "place_id")
    actors = _distinct_per(dossier.actor_mentions, "article_id", "actor_id")
    rows = _dump(dossier.articles)
    for row in rows:
        row.update(figure_count=figures[row["id"]], claim_count=claims[row["id"]],
                   place_count=len(places[row["id"]]), actor_count=len(actors[row["id"]]))
    return rows


def _distinct_per(records, key: str, value: str) -> dict[str, set]:
    found = defaultdict(set)
    for record in records:
        found[getattr(record, key)].add(getattr(record, value))
    return found


def _place_rows(dossier: Dossier) -> list[dict]:
    """Places with how often and in how many articles they are named, and the popup the cluster map shows."""
    mentions = Counter(m.place_id for m in dossier.place_mentions)
    article_titles = {a.id: a.title or a.source_file for a in dossier.articles}
    articles_of = _distinct_per(dossier.place_mentions, "place_id", "article_id")
    rows = []
    for place, row in zip(dossier.places, _with_json_aliases(_dump(dossier.places))):
        row["mention_count"] = mentions[place.id]
        row["article_count"] = len(articles_of[place.id])
        titles = sorted(article_titles[a] for a in articles_of[place.id])
        row["popup"] = json.dumps(
            {
                "title": place.name,
                "description": f"{_kind_label(place.kind)}, {mentions[place.id]} mention(s) in {len(titles)} article(s): "
                + "; ".join(titles),
                "link": f"places/{place.id}",
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


# Views computed once at build time and stored as tables: the database is published immutable, and aggregating
# every figure on each request costs hundreds of milliseconds at 100,000 figures.
# Each with the indexes its page's facets read (metadata.yml).
MATERIALIZED = {"figure_comparison": [["qualifier"], ["source"], ["outlet"]], "topic_spread": [["consistent"]]}


def _write_views(db: sqlite_utils.Database) -> None:
    for name, sql in VIEWS.items():
        if name in MATERIALIZED:
            db.execute(f"CREATE TABLE [{name}] AS {sql.strip()}")
            db[name].create_index(["topic"], unique=(name == "topic_spread"))
            for columns in MATERIALIZED[name]:
                db[name].create_index(columns)
        else:
            db.create_view(name, sql.strip(), replace=True)


ARTICLE = "articles", "id"
ACTOR = "actors", "id"
TABLES = {
    "articles": (
        {"id": str, "title": str, "outlet": str, "author": str, "url": str, "published": str, "language": str,
         "text": str, "raw_text": str, "word_count": int, "sha256": str, "source_file": str,
         "figure_count": int, "claim_count": int, "place_count": int, "actor_count": int},
        "id", [],
    ),
    "actors": (
        {"id": str, "name": str, "kind": str, "role": str, "aliases": str, "mention_count": int,
         "claim_count": int, "figure_count": int, "stances": str},
        "id", [],
    ),
    "actor_mentions": (
        {"id": str, "article_id": str, "actor_id": str, "surface": str, "start": int, "end": int, "sentence": str,
         "kind": str, "name": str, "role": str, "acronym": str},
        "id", [("article_id", *ARTICLE), ("actor_id", *ACTOR)],
    ),
    "claims": (
        {"id": str, "article_id": str, "actor_id": str, "speaker_text": str, "speaker_mention_id": str,
         "text": str, "verb": str, "stance": str, "quote": str, "start": int, "end": int},
        "id", [("article_id", *ARTICLE), ("actor_id", *ACTOR)],
    ),
    "places": (
        {"id": str, "name": str, "kind": str, "country_code": str, "latitude": float, "longitude": float,
         "geonames_id": int, "population": int, "aliases": str, "mention_count": int, "article_count": int,
         "popup": str},
        "id", [],
    ),
    "place_mentions": (
        {"id": str, "article_id": str, "place_id": str, "surface": str, "start": int, "end": int, "sentence": str,
         "claim_id": str},
        "id", [("article_id", *ARTICLE), ("place_id", "places", "id"), ("claim_id", "claims", "id")],
    ),
    "figures": (
        {"id": str, "article_id": str, "claim_id": str, "topic": str, "text": str, "value": float,
         "value_low": float, "value_high": float, "qualifier": str, "strict": int, "object": str,
         "object_text": str, "kind": str, "predicate": str, "source_actor_id": str, "source_text": str, "source_mention_id": str,
         "sentence": str, "start": int, "end": int},
        "id", [("article_id", *ARTICLE), ("claim_id", "claims", "id"), ("source_actor_id", *ACTOR)],
    ),
    # derived at build time: the places each actor's claims name (the canned query places_of_actor)
    "actor_places": (
        {"id": str, "actor_id": str, "place_id": str, "actor": str, "place": str, "kind": str,
         "latitude": float, "longitude": float, "claims": int, "articles": int,
         "claim_id": str, "article_id": str, "start": int, "end": int, "sentence": str},
        "id", [("actor_id", *ACTOR), ("place_id", "places", "id"), ("claim_id", "claims", "id"), ("article_id", *ARTICLE)],
    ),
    "rejected_files": ({"path": str, "reason": str}, "path", []),
}
