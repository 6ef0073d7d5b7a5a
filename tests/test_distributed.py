"""Extraction on a Dask cluster: a local cluster of worker processes started by the test, the dossier identical
to a local build's, and clear errors for an executor that cannot be used."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import SEEDS, table_contents

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import write_corpus  # noqa: E402  (bench/ is no package)

GENERATED = 200


def build(folder: Path, db: Path, cache: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "build_db.py"), str(folder), "--db", str(db), "--cache", str(cache), "-q", *extra],
        capture_output=True, text=True, timeout=1800,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    write_corpus(folder / "generated", GENERATED, corpus="seed-sentences")  # the corpus this test was sized on
    return folder


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on this machine, one thread each: the smallest real cluster."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local


def test_a_dask_build_gives_the_local_dossier(corpus, cluster, tmp_path):
    local = build(corpus, tmp_path / "local.db", tmp_path / "cache-local")
    assert local.returncode == 0, local.stderr
    address = cluster.scheduler_address.replace("tcp://", "dask://")
    remote = build(corpus, tmp_path / "dask.db", tmp_path / "cache-dask", "--executor", address)
    assert remote.returncode == 0, remote.stderr
    assert f"{GENERATED + 5} articles" in remote.stdout
    assert table_contents(tmp_path / "dask.db") == table_contents(tmp_path / "local.db")


def test_an_unknown_executor_is_a_usage_error(tmp_path):
    result = build(SEEDS, tmp_path / "x.db", tmp_path / "cache", "--executor", "spark://nowhere")
    assert result.returncode == 2
    assert "unknown executor 'spark://nowhere'" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_no_scheduler_is_an_error_that_leaves_the_database(tmp_path):
    db = tmp_path / "dossier.db"
    db.write_bytes(b"previous")
    # A port nothing listens on: bind one, note it, close it.
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = build(SEEDS, db, tmp_path / "cache", "--executor", f"dask://127.0.0.1:{port}")
    assert result.returncode == 2
    assert "no Dask scheduler answers at tcp://127.0.0.1:" in result.stderr
    assert db.read_bytes() == b"previous"
