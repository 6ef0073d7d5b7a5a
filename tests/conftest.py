"""Shared fixtures: the spaCy pipeline (loaded once per test session) and the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from recoupe.nlp import get_nlp

    return get_nlp("fr")


@pytest.fixture(scope="session")
def seed_articles():
    """The seed articles after ingest, keyed by file name."""
    from recoupe.ingest import read_article

    return {p.name: read_article(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_docs(seed_articles, nlp):
    """(article, doc) pairs for the seeds, keyed by file name."""
    return {name: (art, nlp(art.text)) for name, art in seed_articles.items()}


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory):
    """A real dossier database built from the seeds by the real pipeline (no cache)."""
    from recoupe.pipeline import build

    db_path = tmp_path_factory.mktemp("dossier") / "dossier.db"
    report = build([SEEDS], db_path, cache_dir=None)
    assert report.articles == 5
    return db_path


@pytest.fixture(scope="session")
def metadata():
    import yaml

    return yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))


@pytest.fixture
def datasette(seed_db, metadata):
    """Datasette serving the seed dossier as it is deployed: immutable, with our metadata and plugins."""
    from datasette.app import Datasette

    return Datasette(immutables=[str(seed_db)], metadata=metadata, plugins_dir=str(ROOT / "plugins"),
                     template_dir=str(ROOT / "templates"), static_mounts=[("assets", str(ROOT / "static"))])
