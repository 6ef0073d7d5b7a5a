"""Helpers the test modules import (a module of its own: `conftest` is ambiguous once tests/browser has one)."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def make_article(text: str, name: str = "passage.txt"):
    """An Article built from a short passage, for rule tests (no boilerplate cleaning needed)."""
    from recoupe.ingest import article_from_text

    return article_from_text(text, source_file=name)
