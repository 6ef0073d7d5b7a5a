"""Language rules as data: one loader for the YAML lexicons under recoupe/lexicons/<language>/.

The code that uses them knows no French word of its own: event classes (events.yml), modality cues
(modality.yml), scope prepositions (scope.yml), date words (dates.yml) and demonyms (demonyms.yml, with the
language names Babel's CLDR data gives in that language).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

FOLDER = Path(__file__).resolve().parent / "lexicons"
# A folder laid out like FOLDER (<language>/<name>.yml) whose files replace the shipped ones of the same name: copy
# one lexicon there, edit it, and build with RECOUPE_LEXICONS=that folder. Read when the process starts; its files
# enter the extraction cache key like the shipped ones.
OVERRIDE_VARIABLE = "RECOUPE_LEXICONS"
# PyYAML's safe loader on libyaml when it was built with it: the same values, ten times faster (the lexicons cost a
# fresh process 0.17 s in pure Python)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def override_folder() -> Optional[Path]:
    value = os.environ.get(OVERRIDE_VARIABLE)
    return Path(value) if value else None


def path_of(name: str, language: str = "fr") -> Optional[Path]:
    """The file of lexicon `name` for a language: the override folder's, else the shipped one; None if neither
    has it."""
    for folder in (override_folder(), FOLDER):
        if folder is not None and (folder / language / f"{name}.yml").is_file():
            return folder / language / f"{name}.yml"
    return None


def files() -> list[Path]:
    """Every lexicon file the extraction reads: the shipped ones, then the override folder's."""
    found = sorted(FOLDER.glob("*/*.yml"))
    override = override_folder()
    return found + (sorted(override.glob("*/*.yml")) if override is not None else [])


@lru_cache(maxsize=None)
def load(name: str, language: str = "fr") -> dict:
    """The lexicon `name` (file name without .yml) for a language, falling back to French."""
    path = path_of(name, language) or path_of(name, "fr")
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}


def entry(name: str, key: str, language: str = "fr"):
    """One entry of a lexicon: the language's own, else the French one (the rules were written for French first,
    and apply to every language until its file gives its own)."""
    own = load(name, language)
    return own[key] if key in own else load(name, "fr")[key]


def languages_with(name: str) -> tuple[str, ...]:
    """The languages that have a lexicon of that name, French first."""
    found = sorted(path.parent.name for path in FOLDER.glob(f"*/{name}.yml") if path.parent.name != "common")
    return tuple(sorted(found, key=lambda language: language != "fr"))


@lru_cache(maxsize=None)
def in_every_language(name: str, key: str) -> frozenset[str]:
    """The words (lower case) of one entry of the lexicon `name`, in every language that has the lexicon: for rules
    that read a word whatever the article's language (a spokesperson noun, a preposition before a name)."""
    return frozenset(str(word).lower() for language in languages_with(name)
                     for word in load(name, language).get(key) or ())


@lru_cache(maxsize=None)
def demonyms(language: str = "fr") -> frozenset[str]:
    """Masculine singular adjectives naming a people: the lexicon's, and CLDR's language names in that language
    (single lower-case words of at least four letters: "italien", "belge", "portugais")."""
    from babel import Locale

    names = {
        name for name in Locale.parse(language).languages.values()
        if re.fullmatch(r"[a-zàâäçéèêëîïôöùûüÿœ-]{4,}", name)
    }
    lexicon = load("demonyms", language)
    return frozenset((names | set(lexicon.get("extra", []))) - set(lexicon.get("not_demonyms", [])))


def demonym(word: str, language: str = "fr") -> str | None:
    """The masculine singular demonym a word is a form of ("sud-africaines" -> "sud-africain"), or None."""
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


# --- calendar words, from CLDR ----------------------------------------------------------------


@lru_cache(maxsize=None)
def month_names(language: str = "fr", width: str = "wide") -> dict[str, int]:
    """Month names of a language (Babel's CLDR data), lower case and also without accents, to their number:
    {"janvier": 1, "février": 2, "fevrier": 2, ...}; width "abbreviated" for "janv.", "Oct."."""
    from babel.dates import get_month_names

    from .folding import strip_accents

    names = {name.lower(): number for number, name in get_month_names(width, locale=language).items()}
    return names | {strip_accents(name): number for name, number in names.items()}


@lru_cache(maxsize=None)
def weekday_names(language: str = "fr") -> dict[str, int]:
    """Weekday names of a language (CLDR), lower case and also without accents, to their number (Monday 0)."""
    from babel.dates import get_day_names

    from .folding import strip_accents

    names = {name.lower(): number for number, name in get_day_names("wide", locale=language).items()}
    return names | {strip_accents(name): number for name, number in names.items()}
