"""Lexicons: the word lists of one language, as YAML under recoupe/lexicons/<language>/, loaded once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LEXICONS = Path(__file__).resolve().parent / "lexicons"


@lru_cache(maxsize=None)
def load(name: str, language: str = "fr") -> dict:
    """The lexicon `name` (`recoupe/lexicons/<language>/<name>.yml`) as a mapping."""
    path = LEXICONS / language / f"{name}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data
