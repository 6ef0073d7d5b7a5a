"""Places: mentions of cities, regions and countries, resolved offline against GeoNames."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import Article, Place, PlaceMention


def extract_places(doc: Doc, article: Article) -> tuple[list[Place], list[PlaceMention]]:
    return [], []
