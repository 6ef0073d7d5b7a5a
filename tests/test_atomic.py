"""Atomic replacement: a build killed at any point (SIGKILL, no cleanup) leaves the previous database intact
and readable, and nothing it leaves behind can be taken for a database. The next build cleans up after it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import support
from recoupe.pipeline import build, remove_stale_temporaries

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
RANDOM = random.Random(6)  # random kill points, the same on every run
KILL_AFTER_S = RANDOM.uniform(0.5, 3.0)  # into a --full build: importing, loading spaCy or parsing
KILL_AFTER_WRITE_STARTS_MS = sorted(round(RANDOM.uniform(0, 100)) for _ in range(3))  # the write takes ~50-100 ms


def table_contents(db: Path) -> dict[str, list]:
    """The database's contents, once it has passed SQLite's integrity check."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    return support.table_contents(db)


def start_build(folder: Path, db: Path, cache: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "build_db.py"), str(folder), "--db", str(db), "--cache", str(cache), "-q", *extra],
        cwd=db.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


def databases_in(folder: Path) -> list[str]:
    """What a person (or `datasette *.db`) would take for a database in the folder."""
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".db", ".sqlite", ".sqlite3"))


@pytest.fixture(scope="module")
def dossier(tmp_path_factory, nlp):
    """A folder with the previous dossier (two articles) and a corpus that has grown to three since."""
    base = tmp_path_factory.mktemp("atomic")
    corpus = base / "articles"
    corpus.mkdir()
    for name in NAMES[:2]:
        shutil.copy(SEEDS / name, corpus)
    build([corpus], base / "dossier.db", cache_dir=base / "cache")
    old = table_contents(base / "dossier.db")
    shutil.copy(SEEDS / NAMES[2], corpus)
    build([corpus], base / "expected.db", cache_dir=base / "cache")  # what a completed build gives
    new = table_contents(base / "expected.db")
    (base / "expected.db").unlink()
    assert old != new
    return base, old, new


def test_kill_before_the_write_keeps_the_previous_database(dossier):
    """--full: killed while importing, loading spaCy or parsing, long before anything is written."""
    base, old, _ = dossier
    delay = KILL_AFTER_S
    process = start_build(base / "articles", base / "dossier.db", base / "cache", "--full")
    time.sleep(delay)
    finished = process.poll() is not None
    kill(process)
    assert not finished, f"the build finished in under {delay:.1f} s: kill earlier"
    assert table_contents(base / "dossier.db") == old
    assert databases_in(base) == ["dossier.db"]


@pytest.mark.parametrize("after_ms", KILL_AFTER_WRITE_STARTS_MS)
def test_kill_while_the_new_database_is_being_written(dossier, after_ms):
    """Kill at a random point after the temporary database appears: the old database is still whole (or, once
    the rename has happened, the new one is) — never a mix, never a half-written file."""
    base, old, new = dossier
    process = start_build(base / "articles", base / "dossier.db", base / "cache")  # from cache: quick to the write
    deadline = time.monotonic() + 120
    seen = False
    while not seen and process.poll() is None and time.monotonic() < deadline:
        seen = (base / f".dossier.db.tmp-{process.pid}").exists()  # this build's, not one a killed build left
        time.sleep(after_ms / 1000 if seen else 0.0005)
    kill(process)
    assert seen, "the build finished before its temporary database was seen"
    assert table_contents(base / "dossier.db") in (old, new)
    assert databases_in(base) == ["dossier.db"]


def test_a_completed_build_replaces_the_database_and_cleans_up(dossier):
    base, _, new = dossier
    stale = base / ".dossier.db.tmp-999999999"  # left by a killed build whose process is gone
    stale.write_bytes(b"half a database")
    process = start_build(base / "articles", base / "dossier.db", base / "cache")
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr.decode()
    assert table_contents(base / "dossier.db") == new
    assert not stale.exists()
    assert [p.name for p in base.iterdir() if p.name.startswith(".dossier.db")] == []


def test_temporaries_of_a_live_build_are_left_alone(tmp_path):
    mine = tmp_path / f".dossier.db.tmp-{os.getpid()}"
    gone = tmp_path / ".dossier.db.tmp-999999999-journal"
    mine.write_bytes(b"in progress")
    gone.write_bytes(b"left over")
    assert remove_stale_temporaries(tmp_path / "dossier.db") == [gone]
    assert mine.exists()
