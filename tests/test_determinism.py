"""Determinism: the same input gives the same database, whatever the cache, the number of worker processes,
the order the files are found in or their names. Ids derive from content, never from counters."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from recoupe.pipeline import build
from support import table_contents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Columns that name the file an article came from: the only thing a rename may change. A renamed copy also loses
# its sources.yml entry (keyed by file name), so a date that file gave is now found in the text: published_from.
FILE_COLUMNS = {"source_file", "popup", "path", "published_from"}


@pytest.fixture(scope="module")
def first_build(tmp_path_factory, nlp):  # nlp: the model is loaded once, forked workers inherit it
    out = tmp_path_factory.mktemp("determinism")
    report = build([SEEDS], out / "a.db", cache_dir=out / "cache")
    assert report.articles == 5 and report.reused == 0
    return out, report


def test_two_builds_give_identical_tables(first_build):
    out, _ = first_build
    report = build([SEEDS], out / "b.db", cache_dir=None)
    assert report.reused == 0
    assert table_contents(out / "b.db") == table_contents(out / "a.db")


def test_build_from_cache_is_identical(first_build):
    out, _ = first_build
    report = build([SEEDS], out / "c.db", cache_dir=out / "cache")
    assert report.reused == 5
    assert table_contents(out / "c.db") == table_contents(out / "a.db")


def test_two_worker_processes_give_the_same_database(first_build):
    out, _ = first_build
    report = build([SEEDS], out / "w.db", cache_dir=None, workers=2)
    assert report.processes == 2  # the work really was spread over two processes
    assert report.articles == 5
    assert table_contents(out / "w.db") == table_contents(out / "a.db")


def test_ids_do_not_depend_on_file_names_or_order(first_build, tmp_path):
    """Renamed files are found in the reverse order; every id and every row stays the same."""
    out, _ = first_build
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    for rank, name in enumerate(names):
        shutil.copy(SEEDS / name, tmp_path / f"{len(names) - rank:02d}_{name}")
    build([tmp_path], out / "renamed.db", cache_dir=None)
    assert table_contents(out / "renamed.db", FILE_COLUMNS) == table_contents(out / "a.db", FILE_COLUMNS)


def test_article_ids_are_content_hashes(first_build):
    out, _ = first_build
    from recoupe.models import stable_id

    with sqlite3.connect(out / "a.db") as conn:
        for article_id, sha256 in conn.execute("select id, sha256 from articles"):
            assert article_id == stable_id(sha256, length=12)

