"""A published server under hostile queries (issue 13): SQLite's limits and a budget per result keep one query
from exhausting its memory (plugins/limits.py), errors are answered without Datasette's `rich` traceback, and an
unknown `/-/` path is a 404. Through Datasette's own test client, on the seed dossier; the load run is
bench/hostile_load.py.
"""

from __future__ import annotations

import re
import urllib.parse

import pytest

from test_cli import serve_command


def sql(query: str) -> str:
    return "/dossier.json?" + urllib.parse.urlencode({"sql": query, "_shape": "array"})


async def get(datasette, path):
    return await datasette.client.get(path)


HOSTILE = [
    # one value of any size: refused by SQLite's length limit before it is built
    ("select zeroblob(200000000)", "string or blob too big"),
    ("select randomblob(50000000)", "string or blob too big"),
    ("with recursive r(x, n) as (select 'ab', 1 union all select x || x, n + 1 from r where n < 40) "
     "select length(x) from r", "string or blob too big"),
    # many values of the largest size allowed: stopped by the budget per result
    ("select printf('%.*c', 90000, 'x'), printf('%.*c', 90000, 'y') from figures, claims", "larger than 16 MB"),
    ("select zeroblob(900000), zeroblob(900000), zeroblob(900000) from figures", "larger than 16 MB"),
    # deep, long and wide SQL
    ("select " + "+".join(["1"] * 150), "expression tree is too large"),
    ("select " + " union all select ".join(str(i) for i in range(40)), "too many terms in compound SELECT"),
    ("select " + ", ".join(f"{i}" for i in range(150)), "too many columns"),
    ("select 1 where 'a' like '" + "%a" * 600 + "'", "LIKE or GLOB pattern too complex"),
    ("select '" + "x" * 30_000 + "'", "query string is too large"),
]


@pytest.mark.parametrize("query, message", HOSTILE, ids=[q[:40] for q, _ in HOSTILE])
async def test_hostile_query_is_refused_with_a_400(datasette, query, message):
    response = await get(datasette, sql(query))
    assert response.status_code == 400, (response.status_code, response.text[:300])
    assert message.lower() in response.json()["error"].lower()


async def test_printf_refuses_a_width_it_would_spend_seconds_on(datasette):
    """`printf('%.*c', 2000000000, 'x')` is one SQLite instruction that runs 27 s, beyond the time limit's reach:
    a width or precision over 100,000 gives NULL (as SQLite does past its length limit); others format as usual."""
    for query in ["select printf('%.*c', 200000, 'x') as x", "select format('%200000d', 1) as x",
                  "select printf('%.*c', 2000000000, 'x') as x"]:
        response = await get(datasette, sql(query))
        assert response.status_code == 200 and response.json() == [{"x": None}], query
    response = await get(datasette, sql("select printf('%.2f|%5d|%s|%%|%.*c', 3.14159, 42, 'a', 3, 'x') as x"))
    assert response.json() == [{"x": "3.14|   42|a|%|xxx"}]


async def test_every_stored_value_can_still_be_read(datasette, seed_db):
    """The length limit is never below the longest article the dossier holds."""
    response = await get(datasette, sql("select id, text, raw_text from articles"))
    assert response.status_code == 200
    assert len(response.json()) == 5
    for path in ["/dossier/articles", "/dossier/figures?_size=max", "/dossier/figures.csv?_size=max&_stream=on",
                 "/dossier/claims.json?_shape=array&_size=max", "/-/compare", "/-/article"]:
        assert (await get(datasette, path)).status_code == 200, path


async def test_sqlite_limits_are_set_on_the_connection(datasette):
    db = datasette.get_database("dossier")

    def limits(conn):
        import sqlite3

        return {name: conn.getlimit(getattr(sqlite3, name)) for name in
                ["SQLITE_LIMIT_LENGTH", "SQLITE_LIMIT_SQL_LENGTH", "SQLITE_LIMIT_EXPR_DEPTH",
                 "SQLITE_LIMIT_COMPOUND_SELECT", "SQLITE_LIMIT_VARIABLE_NUMBER"]}

    found = await db.execute_fn(limits)
    assert 1_000_000 <= found["SQLITE_LIMIT_LENGTH"] <= 20_000_000
    assert found["SQLITE_LIMIT_SQL_LENGTH"] <= 20_000
    assert found["SQLITE_LIMIT_EXPR_DEPTH"] <= 100
    assert found["SQLITE_LIMIT_COMPOUND_SELECT"] <= 20
    assert found["SQLITE_LIMIT_VARIABLE_NUMBER"] <= 250


async def test_unknown_paths_are_404_not_500(datasette):
    for path in ["/-/a/b/c", "/-/a/b", "/-/nothing", "/dossier/no_such_table", "/no_such_db/x/y/z"]:
        response = await get(datasette, path)
        assert response.status_code == 404, (path, response.status_code)


async def test_errors_print_no_rich_traceback(datasette, capfd):
    """Datasette prints a `rich` traceback with every local variable, synchronously, when rich is installed (spaCy
    installs it): a bad query or a 404 must print nothing of the kind."""
    capfd.readouterr()
    assert (await get(datasette, sql("select * from no_such_table"))).status_code == 400
    assert (await get(datasette, "/-/a/b/c")).status_code == 404
    printed = capfd.readouterr().err
    assert "Traceback" not in printed and "locals" not in printed and "╭" not in printed, printed[:500]


def test_serve_and_publish_commands_bound_rows_csv_and_threads():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    publish = re.search(r'--extra-options "([^"]+)"', readme).group(1)
    for command in (serve_command(), publish):
        words = command.split()
        settings = {words[i + 1]: words[i + 2] for i, w in enumerate(words) if w == "--setting"}
        assert int(settings["max_returned_rows"]) <= 1000
        assert int(settings["max_csv_mb"]) <= 50
        assert int(settings["num_sql_threads"]) <= 4
        assert int(settings["sql_time_limit_ms"]) <= 1000
