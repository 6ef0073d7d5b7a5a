"""The whole pipeline on articles written for the tests, on other stories than the seeds (an earthquake's toll, a
protest's turnout counted by police and unions): nothing in the code is tuned to them."""

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


def article(db, name):
    return db.execute("select * from articles where source_file like ?", [f"%{name}"]).fetchone()


def test_metadata(db):
    seisme = article(db, "seisme.txt")
    assert seisme["title"] == "Séisme en Turquie : le bilan dépasse les 20 000 morts"
    assert seisme["author"] == "Marie Dupont"
    assert seisme["published"] == "2023-02-06"
    manif = article(db, "manif.txt")
    assert manif["author"] == "Claire Dubois"  # "Par Claire Dubois" under the headline
    assert "Claire Dubois" not in manif["text"]
    assert manif["published"] == "2023-03-23"


def test_figures_values_qualifiers_and_sources(db):
    rows = db.execute(
        "select f.value, f.qualifier, f.object, coalesce(a.name, f.source_text) as source "
        "from figures f left join actors a on a.id = f.source_actor_id "
        "join articles ar on ar.id = f.article_id where ar.source_file like '%seisme.txt'"
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


def sources_of(db, name):
    return {
        r["text"]: (r["qualifier"], r["object"], r["source"], r["topic"])
        for r in db.execute(
            "select f.text, f.qualifier, f.object, f.topic, coalesce(a.name, f.source_text) as source "
            "from figures f join articles ar on ar.id = f.article_id left join actors a on a.id = f.source_actor_id "
            "where ar.source_file like ?", [f"%{name}"]
        )
    }


def test_turnout_figures_each_with_their_counter(db):
    """Police and unions count the same march: each figure goes to whoever gave it, even two in one sentence."""
    figures = sources_of(db, "manif.txt")
    assert figures["1,089 million"][2] == "ministère de l'Intérieur"  # "Selon le ministère de l'Intérieur, ..."
    assert figures["plus de 3,5 millions"][:3] == ("at_least", "manifestant", "CGT")  # "La CGT revendique" (tagged ADJ)
    # unnamed speakers are actors, one per town framing their sentence (resolve.unnamed_speakers)
    assert figures["16 000"][2] == "préfecture (Marseille)"  # "À Marseille, la préfecture a compté 16 000 manifestants"
    assert figures["280 000"][2] == "syndicats (Marseille)"  # "..., contre 280 000 selon les syndicats"
    assert figures["environ 20 000"][:3] == ("approx", "manifestant", "police (Lyon)")
    assert figures["457"][2] == "Gérald Darmanin"
    assert figures["près de 300"][:2] == ("approx", "poubelle")


def test_local_counts_are_kept_apart_from_national_ones(db):
    figures = sources_of(db, "manif.txt")
    assert figures["16 000"][3] == figures["280 000"][3] == "manifestant@Marseille"
    assert figures["environ 20 000"][3] == "manifestant@Lyon"
    # "dans toute la France": the national count says its country ("plus de 3,5 millions", "de son côté", too)
    assert figures["plus de 3,5 millions"][3] == "manifestant@France"
    # "1,089 million de personnes ont manifesté": people who demonstrated are the demonstrators the CGT counts
    assert figures["1,089 million"][3] == "manifestant@France"
    assert figures["441"][3] == "interpellation"  # "441 personnes interpellées": arrests are another quantity
    assert figures["293"][3] == "interpellation@Paris"
    assert figures["800 000"][3] == "manifestant@capitale"  # "…, dont 800 000 dans la capitale": a share
    spread = db.execute("select * from topic_spread where topic = 'manifestant@Marseille'").fetchone()
    assert (spread["n_sources"], spread["min"], spread["max"], spread["consistent"]) == (2, 16000, 280000, 0)
    assert (spread["verdict"], spread["factor"]) == ("contradict", 17.5)


def test_an_office_is_a_role_not_an_actor(db):
    actors = {r["name"]: r["role"] for r in db.execute("select name, role from actors")}
    assert actors["Gérald Darmanin"] == "ministre de l'Intérieur"
    assert "ministre de l'Intérieur" not in actors
    assert "Claire Dubois" not in actors  # the byline is not a mention


def test_protest_stances(db):
    stances = {
        (r["speaker"], r["stance"])
        for r in db.execute(
            "select coalesce(a.name, c.speaker_text) as speaker, c.stance from claims c left join actors a on a.id = c.actor_id"
        )
    }
    assert ("gouvernement", "denies") in stances  # "Le gouvernement a démenti avoir envisagé un retrait"
    assert ("Élisabeth Borne", "asserts") in stances
