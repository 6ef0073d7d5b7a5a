"""Folding text into keys: accents, case, punctuation and transliteration, written once for every stage.

- `strip_accents`: the letters without their combining marks ("Genève" -> "Geneve").
- `fold`: lower case, no accents, hyphens as spaces, curly apostrophes straight, one character for one, so that
  offsets into the folded text are offsets into the text.
- `name_key`: the key a place name is looked up by (folded, spaces collapsed).
- `phonetic_key`: a transliteration-insensitive key, French and English spellings of the same sound merged
  ("Tachkent" ~ "Tashkent", "Tchernigov" ~ "Chernigov"), from lexicons/common/transliteration.yml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon

COMBINING = re.compile(r"[\u0300-\u036f]")
PUNCTUATION_FOLD = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " "}
PUNCTUATION_TABLE = str.maketrans(PUNCTUATION_FOLD)
NOT_LETTERS = re.compile(r"[^\w]|[\d_]")
REPEATED = re.compile(r"(.)\1+")


def strip_accents(text: str) -> str:
    """The text without combining marks, after canonical decomposition (NFKD): "Genève" -> "Geneve"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character, lowercased and without accents; always one character, so offsets survive folding."""
    if ch in PUNCTUATION_FOLD:
        return PUNCTUATION_FOLD[ch]
    base = COMBINING.sub("", unicodedata.normalize("NFKD", ch)).lower()
    return base if len(base) == 1 else ch.lower()[:1] or ch


def fold(text: str) -> str:
    """Lowercase, accents off, hyphens as spaces, curly apostrophes straight: same length as the input."""
    return "".join(_fold_char(ch) for ch in text)


def name_key(name: str) -> str:
    """The key a name is looked up by: folded, spaces collapsed (`fold` done on the whole string, faster)."""
    if not name.isascii():
        name = COMBINING.sub("", unicodedata.normalize("NFKD", name))
    return " ".join(name.lower().translate(PUNCTUATION_TABLE).split())


@lru_cache(maxsize=1)
def transliteration() -> tuple[dict[str, str], re.Pattern]:
    """The spellings of one sound (lexicons/common/transliteration.yml), and a pattern finding them, longest first."""
    table = lexicon.load("transliteration", "common")["sounds"]
    return table, re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True)))


def transliterate(word: str) -> str:
    """Each spelling of the table replaced by its sound, repeated letters once: "tchernov" -> "shernov"."""
    table, pattern = transliteration()
    return REPEATED.sub(_first_group, pattern.sub(lambda match: table[match.group(0)], word))


def phonetic_key(key: str) -> str:
    """A transliteration-insensitive key: letters only, French/English spellings of the same sound merged."""
    return transliterate(NOT_LETTERS.sub("", key))


def _first_group(match: re.Match) -> str:
    return match.group(1)
