"""The whole pipeline on an article written for the tests, on another story than the seeds: nothing tuned to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recoupe.pipeline import build

UNSEEN = Path(__file__).parent / "unseen"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("unseen") / "unseen.db"
    build([UNSEEN], path, cache_dir=None)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_metadata(db):
    article = db.execute("select * from articles").fetchone()
    assert article["title"] == "Séisme en Turquie : le bilan dépasse les 20 000 morts"
    assert article["author"] == "Marie Dupont"
    assert article["published"] == "2023-02-06"


def test_figures_values_qualifiers_and_sources(db):
    rows = db.execute(
        "select f.value, f.qualifier, f.object, coalesce(a.name, f.source_text) as source "
        "from figures f left join actors a on a.id = f.source_actor_id"
    ).fetchall()
    found = {(r["value"], r["qualifier"], r["object"]): r["source"] for r in rows}
    assert found[(17134, "exact", "mort")] == "Recep Tayyip Erdogan"
    assert found[(3162, "at_least", "personne")] == "ministère syrien de la Santé"
    assert found[(23_000_000, "at_most", "personne")] == "Organisation mondiale de la santé"
    assert found[(6000, "approx", "bâtiment")] == "AFAD"
    assert (125_000, "range", "personne") in found
    values = {r["value"] for r in rows}
    assert not values & {7.8, 4, 17, 2023, 6}  # magnitude, time, date are not counts


def test_places_resolved(db):
    names = {r["name"]: r for r in db.execute("select * from places")}
    for city in ["Gaziantep", "Antakya"]:
        assert names[city]["latitude"] is not None
    assert {"Turquie", "Syrie"} <= set(names)
    assert any("Alep" in r["aliases"] for r in names.values())


def test_stances(db):
    stances = {
        (r["speaker"], r["stance"])
        for r in db.execute(
            "select coalesce(a.name, c.speaker_text) as speaker, c.stance from claims c "
            "left join actors a on a.id = c.actor_id"
        )
    }
    assert ("Dmitri Peskov", "denies") in stances
    assert ("ONU", "cannot_confirm") in stances
    assert ("des ONG locales", "reported") in stances
