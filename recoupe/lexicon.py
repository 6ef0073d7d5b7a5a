"""Language rules as data: one loader for the YAML lexicons under recoupe/lexicons/<language>/.

The code that uses them knows no French word of its own: event classes (events.yml), modality cues
(modality.yml), scope prepositions (scope.yml), date words (dates.yml) and demonyms (demonyms.yml, with the
language names Babel's CLDR data gives in that language).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent / "lexicons"


@lru_cache(maxsize=None)
def load(name: str, language: str = "fr") -> dict:
    """The lexicon `name` (file name without .yml) for a language, falling back to French."""
    path = FOLDER / language / f"{name}.yml"
    if not path.exists():
        path = FOLDER / "fr" / f"{name}.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=None)
def demonyms(language: str = "fr") -> frozenset[str]:
    """Masculine singular adjectives naming a people: the lexicon's, and CLDR's language names in that language
    (single lower-case words of at least four letters: "coréen", "russe", "ukrainien")."""
    from babel import Locale

    names = {
        name for name in Locale.parse(language).languages.values()
        if re.fullmatch(r"[a-zàâäçéèêëîïôöùûüÿœ-]{4,}", name)
    }
    lexicon = load("demonyms", language)
    return frozenset((names | set(lexicon.get("extra", []))) - set(lexicon.get("not_demonyms", [])))


def demonym(word: str, language: str = "fr") -> str | None:
    """The masculine singular demonym a word is a form of ("nord-coréennes" -> "nord-coréen"), or None."""
    word = word.lower().replace("’", "'")
    known = demonyms(language)
    prefixes = tuple(load("demonyms", language).get("prefixes", []))
    for form in _singular_masculine(word):
        if form in known:
            return form
        for prefix in prefixes:
            if form.startswith(prefix) and form[len(prefix):] in known:
                return form
    return None


def _singular_masculine(word: str) -> list[str]:
    forms = [word]
    if word.endswith(("s", "x")):
        forms.append(word[:-1])
    for form in list(forms):
        if form.endswith(("enne", "onne")):
            forms.append(form[:-2])
        elif form.endswith("e"):
            forms.append(form[:-1])
    return forms
