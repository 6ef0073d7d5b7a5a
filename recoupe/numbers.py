"""Figures: counts and amounts in French text, with qualifier and the thing counted."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import Article, Figure


def extract_figures(doc: Doc, article: Article) -> list[Figure]:
    """Every count or amount in the article (attribution is filled later by attribution.py)."""
    return []
