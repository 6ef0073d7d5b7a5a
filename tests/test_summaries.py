"""Counts and links the store derives at build time agree with the tables they summarize, and the canned
queries that read them answer what a reader asks on the seeds."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture(scope="module")
def db(seed_db):
    conn = sqlite3.connect(seed_db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_article_counts_match_the_tables(db):
    mismatches = db.execute("""
        select ar.id from articles ar
        where ar.figure_count != (select count(*) from figures f where f.article_id = ar.id)
           or ar.claim_count != (select count(*) from claims c where c.article_id = ar.id)
           or ar.place_count != (select count(distinct place_id) from place_mentions m where m.article_id = ar.id)
           or ar.actor_count != (select count(distinct actor_id) from actor_mentions m where m.article_id = ar.id)
    """).fetchall()
    assert mismatches == []
    assert db.execute("select sum(figure_count) from articles").fetchone()[0] == db.execute(
        "select count(*) from figures").fetchone()[0]


def test_actor_counts_match_the_tables(db):
    for actor in db.execute("select * from actors"):
        claims = db.execute("select stance from claims where actor_id = ?", [actor["id"]]).fetchall()
        figures = db.execute("select count(*) from figures where source_actor_id = ?", [actor["id"]]).fetchone()[0]
        assert actor["claim_count"] == len(claims)
        assert actor["figure_count"] == figures
        assert actor["stances"] == (", ".join(sorted({c["stance"] for c in claims})) or None)


def test_a_place_inside_a_claim_links_to_it(db):
    # "L'agence de renseignement sud-coréenne NIS a déclaré que les 1.500 soldats ... Vladivostok"
    rows = db.execute("""
        select c.text, a.name from place_mentions m
        join places p on p.id = m.place_id join claims c on c.id = m.claim_id join actors a on a.id = c.actor_id
        where p.name = 'Vladivostok'
    """).fetchall()
    assert rows and all(r["text"].find("Vladivostok") >= 0 for r in rows)
    assert "Service national de renseignement sud-coréen" in {r["name"] for r in rows}
    unlinked = db.execute("""
        select count(*) from place_mentions m join claims c
          on c.article_id = m.article_id and c.start <= m.start and m."end" <= c."end"
        where m.claim_id is null
    """).fetchone()[0]
    assert unlinked == 0


def test_actor_places_agree_with_offsets(db):
    """Every (actor, place) row is what the claims' offsets give, and its first claim really names the place."""
    expected = {
        (r["actor_id"], r["place_id"]): (r["claims"], r["articles"])
        for r in db.execute("""
            select c.actor_id, m.place_id, count(distinct c.id) as claims, count(distinct c.article_id) as articles
            from claims c join place_mentions m
              on m.article_id = c.article_id and m.start >= c.start and m."end" <= c."end"
            where c.actor_id is not null group by 1, 2
        """)
    }
    stored = {(r["actor_id"], r["place_id"]): (r["claims"], r["articles"]) for r in db.execute("select * from actor_places")}
    assert stored == expected
    for row in db.execute("""
        select ap.*, c.text as claim_text, substr(ar.text, ap.start + 1, ap."end" - ap.start) as cut
        from actor_places ap join claims c on c.id = ap.claim_id join articles ar on ar.id = ap.article_id
    """):
        assert row["sentence"] == row["claim_text"] == row["cut"]


async def test_places_of_actor_maps_the_nis_places(datasette):
    response = await datasette.client.get("/dossier/places_of_actor.json?_shape=array&actor=NIS")
    rows = response.json()
    places = {r["place"] for r in rows}
    assert {"Vladivostok", "Russie"} <= places
    assert all(r["latitude"] is not None for r in rows if r["place"] in {"Vladivostok", "Russie"})
    page = await datasette.client.get("/dossier/places_of_actor?actor=NIS")
    assert "datasette-cluster-map" in page.text


async def test_denials_name_the_kremlin_and_nato(datasette):
    rows = (await datasette.client.get("/dossier/denials.json?_shape=array")).json()
    by_stance = {(r["speaker"], r["stance"]) for r in rows}
    assert ("Kremlin", "denies") in by_stance
    assert ("OTAN", "cannot_confirm") in by_stance
    dated = [r["published"] for r in rows if r["published"]]
    assert dated == sorted(dated) and (not dated or rows[0]["published"] is not None)


async def test_source_figures_is_a_timeline_of_one_source(datasette):
    rows = (await datasette.client.get("/dossier/source_figures.json?_shape=array&actor=NIS")).json()
    assert {r["what"] for r in rows} == {"figure", "claim"}
    assert any(r["what"] == "figure" and "1.500" in r["what_was_said"] for r in rows)
    keys = [(r["undated"], r["published"] or "", r["article_id"], r["start"]) for r in rows]
    assert keys == sorted(keys)


async def test_overviews_read_the_stored_counts(datasette, db):
    actors = (await datasette.client.get("/dossier/actors_overview.json?_shape=array")).json()
    assert len(actors) == db.execute("select count(*) from actors").fetchone()[0]
    nis = next(a for a in actors if "NIS" in a["aliases"])
    assert nis["claims"] >= 5 and nis["figures"] >= 5
    articles = (await datasette.client.get("/dossier/articles_overview.json?_shape=array")).json()
    assert sum(a["figures"] for a in articles) == db.execute("select count(*) from figures").fetchone()[0]
