"""The store on hand-made records: schema, empty tables, comparison views, accent-folding search."""

from __future__ import annotations

import sqlite3

import pytest

from recoupe.ingest import article_from_text
from recoupe.models import Actor, Dossier, Figure
from recoupe.store import TABLES, write_dossier

TEXT = (
    "Jusqu'à huit millions d'obus ont été livrés. Plus de 8 millions d'obus ont été exportés. "
    "Un premier contingent de 1 500 soldats est arrivé en Corée. Au moins 1 500 soldats sont là. "
    "La CGT revendique 2 millions de manifestants, la police 1,12 million."
)


def figure(article, surface, value, qualifier, low, high, topic, strict=False, source=None):
    start = article.text.index(surface)
    return Figure(
        id=f"f{start}", article_id=article.id, start=start, end=start + len(surface), sentence=article.text,
        text=surface, value=value, value_low=low, value_high=high, qualifier=qualifier, strict=strict,
        object=topic.split(":")[0], topic=topic, source_actor_id=source,
    )


@pytest.fixture
def db(tmp_path):
    article = article_from_text(TEXT, source_file="a.txt")
    figures = [
        figure(article, "Jusqu'à huit millions", 8e6, "at_most", None, 8e6, "obus", source="nis"),
        figure(article, "Plus de 8 millions", 8e6, "at_least", 8e6, None, "obus", strict=True),
        figure(article, "1 500", 1500, "exact", 1500, 1500, "soldat:first", source="nis"),
        figure(article, "Au moins 1 500", 1500, "at_least", 1500, None, "soldat:first"),
        figure(article, "2 millions", 2e6, "exact", 2e6, 2e6, "manifestant"),
        figure(article, "1,12 million", 1.12e6, "exact", 1.12e6, 1.12e6, "manifestant", source="nis"),
    ]
    dossier = Dossier(
        articles=[article], figures=figures,
        actors=[Actor(id="nis", name="Service national de renseignement", kind="organisation", aliases=["NIS"])],
    )
    path = tmp_path / "dossier.db"
    write_dossier(dossier, path)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_every_table_exists_even_empty(db):
    tables = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
    assert set(TABLES) <= tables
    assert db.execute("select count(*) from claims").fetchone()[0] == 0


def test_offsets_point_at_the_surface(db):
    for row in db.execute("select f.text, substr(a.text, f.start + 1, f.end - f.start) as cut "
                          "from figures f join articles a on a.id = f.article_id"):
        assert row["text"] == row["cut"]


def test_a_bound_is_an_estimate_near_its_number(db):
    """"Jusqu'à huit millions" and "plus de 8 millions" both say about 8 million: they agree."""
    row = db.execute("select * from topic_spread where topic = 'obus'").fetchone()
    assert (row["verdict"], row["consistent"]) == ("agree", 1)
    assert row["conservative"] == 8e6
    # the unsourced "Plus de 8 millions" stands in an article whose one source of the quantity is the NIS: it is
    # the article repeating its source, not a second source
    assert row["n_sources"] == row["n_independent_sources"] == 1


def test_exact_and_inclusive_at_least_on_the_same_value_agree(db):
    row = db.execute("select * from topic_spread where topic = 'soldat:first'").fetchone()
    assert (row["verdict"], row["consistent"]) == ("agree", 1)
    assert row["min"] == row["max"] == 1500


def test_disagreements_view_lists_only_differing_topics(db):
    assert [(r["topic"], r["verdict"], r["factor"]) for r in db.execute("select * from disagreements")] == [
        ("manifestant", "differ", 1.786)]


def test_timeline_has_the_columns_the_compare_page_reads(db):
    columns = [r[1] for r in db.execute("pragma table_info(timeline)")]
    assert columns == ["topic", "label", "as_of", "figure_id", "article_id", "value", "value_low", "value_high",
                       "qualifier", "source_actor_id", "source_name", "original_source_id",
                       "original_source_name", "in_conflict", "unit", "figure_text", "written_in", "as_of_from"]
    flags = {r["value"]: r["in_conflict"] for r in db.execute("select * from timeline where topic = 'manifestant'")}
    assert flags == {2e6: 1, 1.12e6: 1}
    assert {r["in_conflict"] for r in db.execute("select * from timeline where topic != 'manifestant'")} == {0}


def test_the_timeline_names_the_source_an_unsourced_figure_repeats(db):
    """The rule topic_spread counts sources by (an unsourced figure in an article whose figures of that quantity
    name one source repeats it), read by the story page's "who says what": the NIS, not the outlet beside it."""
    names = [(r["source_name"], r["original_source_name"], r["original_source_id"])
             for r in db.execute("select * from timeline where topic = 'obus'")]
    assert names == [("Service national de renseignement", "Service national de renseignement", "nis")] * 2
    assert {r["source_name"] for r in db.execute("select * from timeline where topic = 'soldat:first'")} == {
        "Service national de renseignement"}
    # the comparison table names it as the timeline does
    assert {r["source"] for r in db.execute("select * from figure_comparison where topic = 'obus'")} == {
        "Service national de renseignement"}


def test_outlets_repeating_a_number_are_no_independent_sources(tmp_path):
    """Five outlets give the toll: one credits the agency with 174; another prints 174 with no source (a wire text
    reprinted without saying so); two print 90 with no source, one text between them; a fifth's "le ministre"
    gives the ministry's 150 in an article that credits the ministry with it. Two independent sources: the agency
    and the ministry, and the one text behind the two unsourced 90s."""
    texts = ["Au moins 174 morts, selon l'agence.", "Le bilan est de 174 morts.", "On compte 90 morts.",
             "Plus de 90 morts ont été tués.", "Le ministère compte 150 morts, a dit le ministre, 150 morts."]
    articles = [article_from_text(t + " Les manifestations ont continué toute la semaine dans la capitale du pays.",
                                  source_file=f"{i}.txt") for i, t in enumerate(texts)]
    figures = [
        figure(articles[0], "Au moins 174", 174, "at_least", 174, None, "mort", source="agence"),
        figure(articles[1], "174", 174, "exact", 174, 174, "mort"),
        figure(articles[2], "90", 90, "exact", 90, 90, "mort"),
        figure(articles[3], "Plus de 90", 90, "at_least", 90, None, "mort"),
        figure(articles[4], "150", 150, "exact", 150, 150, "mort", source="ministere"),
        figure(articles[4], "150 morts.", 150, "exact", 150, 150, "mort").model_copy(update={
            "source_text": "le ministre"}),
    ]
    figures = [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(figures)]
    actors = [Actor(id="agence", name="agence", kind="organisation"),
              Actor(id="ministere", name="ministère", kind="organisation")]
    path = tmp_path / "toll.db"
    write_dossier(Dossier(articles=articles, figures=figures, actors=actors), path)
    row = sqlite3.connect(path).execute("select n_sources, n_independent_sources from topic_spread").fetchone()
    assert row == (6, 3)


def test_comparison_names_the_source(db):
    sources = {r["figure_text"]: r["source"] for r in db.execute("select * from figure_comparison")}
    assert sources["Jusqu'à huit millions"] == "Service national de renseignement"


def test_topic_spread_and_the_timeline_read_no_table_whole_per_row(db):
    """Each correlated subquery of the views the build computes (topic_spread's qualifiers, an unsourced figure's
    repeated source) finds its rows through an index, on the file as the build has it when it computes them (no
    ANALYZE yet): a scan there runs once per topic or figure, topics x figures (minutes at 100,000 figures)."""
    import sqlite_utils

    from recoupe import store

    fresh = sqlite_utils.Database(memory=True)
    store._write_tables(fresh, Dossier(articles=[article_from_text(TEXT, source_file="a.txt")]))
    for name in ("topic_spread", "timeline"):
        plan = {row[0]: (row[1], row[3]) for row in fresh.execute("EXPLAIN QUERY PLAN " + store.VIEWS[name])}
        for parent, detail in plan.values():
            if not detail.startswith("SCAN ") or detail.startswith(("SCAN (subquery", "SCAN CONSTANT")):
                continue
            while parent in plan:  # no whole scan under a correlated subquery
                parent, above = plan[parent]
                assert not above.startswith("CORRELATED"), (name, detail, above)
    qualifiers = dict(db.execute("select topic, qualifiers from topic_spread").fetchall())
    assert qualifiers == {"obus": "at_least,at_most", "soldat:first": "at_least,exact", "manifestant": "exact"}


def test_search_folds_accents(db):
    hits = db.execute("select rowid from articles_fts where articles_fts match 'coree'").fetchall()
    assert len(hits) == 1


def test_failed_write_keeps_the_previous_database(tmp_path):
    path = tmp_path / "dossier.db"
    article = article_from_text(TEXT, source_file="a.txt")
    write_dossier(Dossier(articles=[article]), path)
    before = path.read_bytes()
    broken = Dossier(articles=[article, article])  # the same primary key twice: the insert fails
    with pytest.raises(sqlite3.IntegrityError):
        write_dossier(broken, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.db"]
