"""The published dossier through Datasette's own test client: every table as HTML, JSON and CSV, every canned query."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest

TABLES = [
    "articles", "figures", "claims", "actors", "actor_mentions", "actor_merges", "places", "place_mentions",
    "actor_places", "rejected_files",
]
VIEWS = ["figure_comparison", "topic_spread", "disagreements"]

# A value for each named parameter a canned query takes; text that matches something in the seeds.
PARAMS = {"topic": "soldat", "actor": "NIS", "place": "Russie"}


def count(db_path, table):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"select count(*) from [{table}]").fetchone()[0]


@pytest.mark.parametrize("table", TABLES + VIEWS)
async def test_table_html(datasette, table):
    response = await datasette.client.get(f"/dossier/{table}")
    assert response.status_code == 200, response.text[:500]
    assert f"<h1" in response.text and table in response.text


@pytest.mark.parametrize("table", TABLES + VIEWS)
async def test_table_json_row_count(datasette, seed_db, table):
    response = await datasette.client.get(f"/dossier/{table}.json?_shape=array&_size=max")
    assert response.status_code == 200
    assert len(response.json()) == min(count(seed_db, table), 1000)


@pytest.mark.parametrize("table", TABLES + VIEWS)
async def test_table_csv_row_count(datasette, seed_db, table):
    response = await datasette.client.get(f"/dossier/{table}.csv?_size=max")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == min(count(seed_db, table), 1000)


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_rows_except_rejected(seed_db, table):
    if table == "rejected_files":
        assert count(seed_db, table) == 0
    else:
        assert count(seed_db, table) > 0


def canned_queries(metadata):
    return metadata["databases"]["dossier"]["queries"]


def test_every_table_family_has_a_canned_query(metadata):
    sql = " ".join(q["sql"] for q in canned_queries(metadata).values())
    for table in ["figures", "claims", "actors", "places", "articles", "rejected_files"]:
        assert table in sql


async def test_every_canned_query_runs(datasette, metadata):
    for name, query in canned_queries(metadata).items():
        params = "&".join(f"{p}={PARAMS[p]}" for p in PARAMS if f":{p}" in query["sql"])
        response = await datasette.client.get(f"/dossier/{name}.json?_shape=array&{params}")
        assert response.status_code == 200, (name, response.text[:300])
        assert isinstance(response.json(), list)


async def test_canned_query_page_has_its_form(datasette):
    response = await datasette.client.get("/dossier/figures_for_topic")
    assert response.status_code == 200
    assert 'name="topic"' in response.text


async def test_full_text_search_folds_accents(datasette):
    response = await datasette.client.get("/dossier/articles.json?_search=coree&_shape=array")
    assert response.status_code == 200
    assert len(response.json()) == 5


async def test_places_page_loads_cluster_map(datasette):
    response = await datasette.client.get("/dossier/places")
    assert response.status_code == 200
    assert "datasette-cluster-map" in response.text


async def test_served_immutable(datasette):
    response = await datasette.client.get("/-/databases.json")
    (db,) = [d for d in response.json() if d["name"] == "dossier"]
    assert db["is_mutable"] is False
