"""The dossier's views (see recoupe/store.py): the SQL of each view, and the views computed once at build time and
stored as tables (MATERIALIZED), written by _write_views after the tables."""

from __future__ import annotations

import sqlite_utils


def _repeated(which: str, alias: str = "f") -> str:
    """SQL for the source an unsourced figure repeats: its article's one source of that quantity (its topic), when
    the article's figures of that topic name exactly one ("source": the immediate source's actor id or words;
    "original": whom that source cites, else the source), else NULL. A headline's "300 blessés" in an article
    whose body gives the ministry's 300 is the ministry's figure, not the outlet's: topic_spread counts sources with it and
    the timeline (the story page's "who says what", the compare page) names the source with it. The article's
    figures are found by the article_id index (`+s.topic` keeps SQLite from taking the topic's instead: a topic
    can hold thousands of figures, an article a few dozen)."""
    key = {"source": "coalesce(s.source_actor_id, s.source_text)",
           "original": "coalesce(s.original_source_id, s.source_actor_id, s.source_text)"}[which]
    return (f"(SELECT CASE WHEN count(DISTINCT coalesce(s.source_actor_id, s.source_text)) = 1 THEN min({key}) END "
            f"FROM figures s WHERE s.article_id = {alias}.article_id AND +s.topic = {alias}.topic "
            f"AND s.kind != 'measure' AND coalesce(s.source_actor_id, s.source_text) IS NOT NULL)")


VIEWS = {
    "figure_comparison": """
SELECT
  f.topic,
  f.object,
  -- in the topic's unit (an amount in a pegged currency read in the one it is pegged to), as the verdict compares
  f.value / coalesce(f.unit_rate, 1.0) AS value,
  f.value_low / coalesce(f.unit_rate, 1.0) AS value_low,
  f.value_high / coalesce(f.unit_rate, 1.0) AS value_high,
  f.qualifier,
  f.strict,
  -- an unsourced figure repeats its article's one source of that quantity, as the timeline names it
  coalesce(a.name, f.source_text, (SELECT x.name FROM actors x WHERE x.id = {repeated_source}), {repeated_source},
           ar.outlet, 'the article') AS source,
  f.source_actor_id,
  ar.title AS article,
  f.article_id,
  ar.outlet,
  ar.published,
  f.text AS figure_text,
  f.sentence,
  f.id AS figure_id,
  f.start,
  f."end",
  f.sentence_start,
  f.unit
FROM figures f
JOIN articles ar ON ar.id = f.article_id
LEFT JOIN actors a ON a.id = f.source_actor_id
WHERE f.topic IS NOT NULL AND f.kind != 'measure'
ORDER BY f.topic, ar.published, f.value
""".format(repeated_source=_repeated("source")),
    # One row per topic: how many articles and sources give a figure, the spread, the most conservative figure,
    # and the verdict recoupe.topics gives it (figures compared only within a window of dates).
    "topic_spread": """
WITH topical AS (
  -- values in the topic's unit: an amount in a pegged currency is compared in the one it is pegged to
  SELECT f.*, f.value / coalesce(f.unit_rate, 1.0) AS v, f.value_low / coalesce(f.unit_rate, 1.0) AS v_low,
    f.value_high / coalesce(f.unit_rate, 1.0) AS v_high
  FROM figures f WHERE f.topic IS NOT NULL AND f.kind != 'measure'
),
-- the original source of each value of a topic some figure gives with its source
echoed AS (
  SELECT topic, v, min(coalesce(original_source_id, source_actor_id, source_text)) AS source
  FROM topical WHERE coalesce(original_source_id, source_actor_id, source_text) IS NOT NULL GROUP BY topic, v
),
-- the actor that gives each value of a topic in an article: a source written in words no actor was found for
-- ("le ministre bangladais de l'Intérieur") that gives the same value in the same article is that actor
echoed_here AS (
  SELECT article_id, topic, v, min(coalesce(original_source_id, source_actor_id)) AS source
  FROM topical WHERE coalesce(original_source_id, source_actor_id) IS NOT NULL GROUP BY article_id, topic, v
),
-- an unsourced figure (a headline) repeats its article's one source of that quantity, when the article has one:
-- it is no source of its own (REPEATED_SOURCE, which the timeline reads too). For independence, an unsourced
-- figure no source of its article gives repeats the source that gives its value elsewhere in the dossier ("174
-- morts" in an outlet that reprints the AFP without saying so)
keyed AS (
  SELECT f.*, coalesce(f.source_actor_id, f.source_text, {repeated_source}, 'article:' || f.article_id) AS source_key,
    coalesce(f.original_source_id, f.source_actor_id, h.source, f.source_text, {repeated_original}, e.source)
      AS known_key
  FROM topical f
  LEFT JOIN echoed_here h ON h.article_id = f.article_id AND h.topic = f.topic AND h.v = f.v
  LEFT JOIN echoed e ON e.topic = f.topic AND e.v = f.v
),
-- and outlets that give one value with no source anywhere repeat one text between them (a wire's): the first
-- article giving it stands for them all, so none of them counts a source more than before
reprinted AS (
  SELECT topic, v, min(article_id) AS article_id FROM keyed WHERE known_key IS NULL GROUP BY topic, v
),
stated AS (
  SELECT k.*, coalesce(k.known_key, 'article:' || coalesce(r.article_id, k.article_id)) AS independent_key
  FROM keyed k LEFT JOIN reprinted r ON r.topic = k.topic AND r.v = k.v
),
per_topic AS (
  SELECT
    s.topic,
    min(s.object) AS object,
    count(DISTINCT s.article_id) AS n_articles,
    count(DISTINCT s.source_key) AS n_sources,
    count(DISTINCT s.independent_key) AS n_independent_sources,
    count(*) AS n_figures,
    -- a vague quantity ("des dizaines") is shown but bounds nothing, unless the topic has nothing else
    coalesce(min(CASE WHEN coalesce(s.qualifier, '') != 'vague' THEN coalesce(s.v, s.v_low) END),
             min(coalesce(s.v, s.v_low))) AS min,
    coalesce(max(CASE WHEN coalesce(s.qualifier, '') != 'vague' THEN coalesce(s.v, s.v_high) END),
             max(coalesce(s.v, s.v_high))) AS max,
    min(s.unit) AS unit,
    min(s.as_of) AS first_as_of,
    max(s.as_of) AS last_as_of,
    -- in alphabetical order, whatever the query plan
    -- (read from figures, by its topic index: from `topical`, SQLite materializes that CTE, used twice, and scans
    -- all of it once per topic, topics x figures: minutes at 100,000 figures)
    (SELECT group_concat(q, ',') FROM (SELECT DISTINCT t.qualifier AS q FROM figures t WHERE t.topic = s.topic
                                       AND t.kind != 'measure' ORDER BY q)) AS qualifiers
  FROM stated s
  GROUP BY s.topic
)
SELECT
  p.topic, t.label, p.object, p.n_articles, p.n_sources, p.n_independent_sources, p.n_figures, p.min, p.max,
  round(p.max / nullif(p.min, 0), 3) AS max_over_min,
  p.min AS conservative,
  CASE WHEN t.verdict = 'agree' THEN 1 ELSE 0 END AS consistent,
  t.verdict, t.factor, t.windows, t.worst_window, t.explained, p.first_as_of, p.last_as_of,
  p.qualifiers, p.unit
FROM per_topic p JOIN topics t ON t.id = p.topic
ORDER BY p.n_articles DESC, p.topic
""".format(repeated_source=_repeated("source"), repeated_original=_repeated("original")),
    # Figures and claims for the newsroom's spreadsheet: who said it, whom they cite, the article's title,
    # outlet, date and URL, and the link to the evidence on the article page.
    "figures_export": """
SELECT
  f.id AS figure_id,
  f.topic,
  f.text AS figure,
  f.value,
  f.value_low,
  f.value_high,
  f.qualifier,
  f.object_text AS thing_counted,
  coalesce(a.name, f.source_text) AS source,
  o.name AS original_source,
  f.sentence,
  ar.label AS article,
  ar.outlet,
  ar.published,
  ar.url,
  '/-/article/' || f.article_id || '#figure-' || f.id AS evidence,
  f.article_id,
  f.source_actor_id,
  f.original_source_id
FROM figures f
JOIN articles ar ON ar.id = f.article_id
LEFT JOIN actors a ON a.id = f.source_actor_id
LEFT JOIN actors o ON o.id = f.original_source_id
ORDER BY ar.published IS NULL, ar.published, f.article_id, f.start
""",
    "claims_export": """
SELECT
  c.id AS claim_id,
  coalesce(a.name, c.speaker_text) AS source,
  o.name AS original_source,
  c.stance,
  c.verb,
  c.quote,
  c.text AS sentence,
  ar.label AS article,
  ar.outlet,
  ar.published,
  ar.url,
  '/-/article/' || c.article_id || '#claim-' || c.id AS evidence,
  c.article_id,
  c.actor_id,
  c.original_source_id
FROM claims c
JOIN articles ar ON ar.id = c.article_id
LEFT JOIN actors a ON a.id = c.actor_id
LEFT JOIN actors o ON o.id = c.original_source_id
ORDER BY ar.published IS NULL, ar.published, c.article_id, c.start
""",
    "disagreements": """
SELECT * FROM topic_spread WHERE verdict IN ('differ', 'contradict')
""",
    # Each topic's figures by the date they are about, with their source and whether they conflict with another
    # figure of the topic about the same moment (the compare page draws it).
    "timeline": """
SELECT
  f.topic, t.label, f.as_of, f.id AS figure_id, f.article_id,
  -- in the topic's unit (an amount in a pegged currency read in the one it is pegged to)
  f.value / coalesce(f.unit_rate, 1.0) AS value, f.value_low / coalesce(f.unit_rate, 1.0) AS value_low,
  f.value_high / coalesce(f.unit_rate, 1.0) AS value_high, f.qualifier,
  f.source_actor_id,
  coalesce(a.name, f.source_text, (SELECT x.name FROM actors x WHERE x.id = {repeated_source}), {repeated_source},
           ar.outlet, 'the article') AS source_name,
  coalesce(f.original_source_id, f.source_actor_id, (SELECT x.id FROM actors x WHERE x.id = {repeated_original}))
    AS original_source_id,
  coalesce(o.name, a.name, f.source_text, (SELECT x.name FROM actors x WHERE x.id = {repeated_original}),
           {repeated_original}, ar.outlet, 'the article') AS original_source_name,
  f.in_conflict, f.unit, f.text AS figure_text,
  CASE WHEN f.unit_rate IS NOT NULL THEN f.object END AS written_in,  -- the currency written, when not the unit
  f.as_of_from  -- 'revised': an earlier count its sentence says was revised; 'year': about a past year
FROM figures f
JOIN topics t ON t.id = f.topic
JOIN articles ar ON ar.id = f.article_id
LEFT JOIN actors a ON a.id = f.source_actor_id
LEFT JOIN actors o ON o.id = f.original_source_id
-- an unsourced figure repeats its article's one source of that quantity (the rule topic_spread counts sources by);
-- coalesce stops at its first value, so the subqueries run for unsourced figures only
WHERE f.kind != 'measure'
ORDER BY f.topic, f.as_of IS NULL, f.as_of, f.value
""".format(repeated_source=_repeated("source"), repeated_original=_repeated("original")),
}


# Views computed once at build time and stored as tables: the database is published immutable, and aggregating
# every figure on each request costs hundreds of milliseconds at 100,000 figures.
# Each with the indexes its page's facets read (metadata.yml).
# Each keyed by its natural key (no rowid column on its page), with the indexes its page's facets read.
MATERIALIZED = {
    "figure_comparison": ("figure_id", [["topic"], ["qualifier"], ["source"], ["outlet"]]),
    "topic_spread": ("topic", [["consistent"], ["verdict"]]),
}


def _write_views(db: sqlite_utils.Database) -> None:
    for name, sql in VIEWS.items():
        if name in MATERIALIZED:
            pk, indexes = MATERIALIZED[name]
            # The view's columns and types, then its rows, into a table keyed by `pk`.
            db.execute(f"CREATE VIEW [_{name}] AS {sql.strip()}")
            # Declared types where the view has them; none (values kept as computed) for expressions.
            columns = ", ".join(f"[{c.name}] {c.type}".strip() for c in db[f"_{name}"].columns)
            db.execute(f"CREATE TABLE [{name}] ({columns}, PRIMARY KEY ([{pk}]))")
            db.execute(f"INSERT INTO [{name}] SELECT * FROM [_{name}]")
            db.execute(f"DROP VIEW [_{name}]")
            for columns in indexes:
                db[name].create_index(columns)
        else:
            db.create_view(name, sql.strip(), replace=True)
