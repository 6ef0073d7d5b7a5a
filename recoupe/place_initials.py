"""A first-level region written by its initials, in an article whose places lie in the region's country: "J&K"
(Jammu and Kashmir, "&" for "and"), "in UP districts" (Uttar Pradesh), "Enga, Hela and SHP" (Southern Highlands
Province), though the article never writes the region's name in full (place_derived.defined_acronyms reads those
it does). The capitals must be the initials of the words of one region only of the article's countries (the small
words of a name, `initials_skip_words`, left out), and the abbreviation no name the gazetteer knows of its own
("UK"), no code of one of those countries ("BD" is Bangladesh), no office's ("MP"), no body's name ("the UP
Police"), no abbreviation the article defines as something else ("the Supreme Court (SC)"), and, when it is a
word too ("UP"), followed on its line by a word that is no stop word ("UP TO 300" is a headline's capitals)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .folding import name_key
from .gazetteer import Gazetteer, Known, gazetteer
from .place_bodies import beside_a_body_noun
from .place_candidates import PERSON_LABELS, Candidate, _optional

# Two to five capitals, "&" allowed between them ("J&K"), a whole word (not "AK-47", not "U.S.")
_CAPITALS = re.compile(r"(?<![\w&.'’-])([A-Z](?:&?[A-Z]){1,4})(?![\w&'’-]|\.\w)")
MIN_WORDS = 2  # a one-word region has no initials worth the name
BRACKETED_BEFORE = 80  # characters before an acronym in brackets where the name it stands for is written


@lru_cache(maxsize=None)
def _regions_by_initials(language: str) -> tuple[dict[str, dict[str, tuple]], dict[Known, frozenset]]:
    """Country code -> initials -> the first-level regions of that country whose name (any the gazetteer gives
    them) has those initials, each with whether that name is its own or its own's end (not a variant the gazetteer
    made, "Union Puducherry" of "Union Territory of Puducherry"); and each such region's name keys."""
    gaz = gazetteer(language)
    skip = frozenset(name_key(word) for word in _optional("initials_skip_words", language))
    found: dict[str, dict[str, list[tuple[Known, bool]]]] = {}
    names: dict[Known, set[str]] = {}
    for key, entries in gaz.exact.items():
        words = [word for word in re.split(r"[\s-]+", key) if word and word not in skip]
        if len(words) < MIN_WORDS:
            continue
        initials = "".join(word[0] for word in words).upper()
        for known, _ in entries:
            if known.kind == "region" and known.country_code:
                regions = found.setdefault(known.country_code, {}).setdefault(initials, [])
                own = name_key(known.name)
                plain = own == key or own.endswith(" " + key)  # "Uttar Pradesh" of "State of Uttar Pradesh"
                if (known, plain) not in regions:
                    regions.append((known, plain))
                names.setdefault(known, set()).add(key)
    return ({country: {initials: tuple(regions) for initials, regions in by.items()} for country, by in found.items()},
            {known: frozenset(keys) for known, keys in names.items()})


def region_initials(doc: Doc, taken: list[tuple[int, int]], gaz: Gazetteer, countries: set[str],
                    language: str) -> list[tuple[Candidate, str, Known]]:
    """Each abbreviation in capitals that stands for a first-level region of the article's countries, outside the
    mentions already found (`taken`)."""
    if not countries or not _optional("initials_skip_words", language):
        return []
    by_country, names = _regions_by_initials(language)
    text = doc.text
    offices = {word.upper() for word in _optional("office_words", language)}
    found: list[tuple[Candidate, str, Known]] = []
    for match in _CAPITALS.finditer(text):
        start, end = match.span()
        written = match.group(1)
        letters = written.replace("&", "")
        if any(a < end and start < b for a, b in taken) or letters in offices or letters in countries:
            continue  # "BD, Myanmar agree": the country's own code (Bangladesh), not its Barisal Division
        named = [entry for country in sorted(countries) for entry in by_country.get(country, {}).get(letters, ())]
        regions = {known for known, _ in named}
        if len(regions) > 1:  # one region by its own name over others by a variant of theirs
            regions = {known for known, plain in named if plain}
        if len(regions) != 1:
            continue
        region = next(iter(regions))
        if any(known != region for known, _ in gaz.exact.get(name_key(written), [])):
            continue  # a name of its own ("UK", "CAR"), or another place's
        token = next((t for t in doc if t.idx == start), None)
        if token is None or token.ent_type_ in PERSON_LABELS or beside_a_body_noun(token, end):
            continue
        if doc.vocab[letters.lower()].is_stop and not _a_word_follows(doc, end):
            continue  # "UP TO 300", "PRICES GO UP"
        if _defined_otherwise(text, written, names[region]):
            continue
        found.append((Candidate(start, end, start, end, "repeated"), name_key(region.name), region))
        taken = taken + [(start, end)]
    return found


def _a_word_follows(doc: Doc, end: int) -> bool:
    """The next token, on the same line, is a word and no stop word ("UP districts", "UP DG")."""
    after = next((t for t in doc if t.idx >= end), None)
    return after is not None and "\n" not in doc.text[end:after.idx] and after.is_alpha and not after.is_stop


def _defined_otherwise(text: str, written: str, region_names: frozenset) -> bool:
    """The article writes the abbreviation in brackets after a name that is not the region's ("the Supreme Court
    (SC)")."""
    for bracketed in re.finditer(rf"\(\s*{re.escape(written)}\s*\)", text):
        before = name_key(text[max(0, bracketed.start() - BRACKETED_BEFORE):bracketed.start()])
        if not any(name in before for name in region_names):
            return True
    return False
