"""What a sentence says of a figure's past: a year before the article's it is about ("the Camp Fire, which killed 85
people in 2018"), and an earlier count since revised ("un précédent bilan faisait état de 1 305 morts"). Read
beside recoupe/dates.py, whose segments and shares they share."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .dates import _names, _segment, _share_clauses, parse_iso
from .lexicon import load


YEAR_REACH = 80  # how far from a figure a year said alone dates it ...
OPENING = 24  # ... unless it opens the sentence, before a comma ("En février 2004, un séisme …, faisant 628 morts")
YEAR = re.compile(r"(?<![\d,.\u00a0\u202f/-])(?:19|20)\d{2}(?![\d,.%/-]\d|\d|\s*%)")


def past_year(sentence: str, offset: int, published: Optional[str], language: str = "fr",
              surface: str = "", numbers: frozenset = frozenset()) -> Optional[str]:
    """The year a figure is about when its sentence puts it in a year before the article's, by the year alone: "the
    Camp Fire, which killed 85 people in 2018", "le séisme d'Agadir en 1960, qui avait fait 12 000 morts", "contre
    52 783 en 2022". The year nearest the figure in its segment of the sentence (`segment_breaks`), within a few
    words (or anywhere, when a year opens the sentence: "Le 24 février 2004, un séisme … faisant 628 morts"); not a
    year that bounds something ("depuis 2004", "since 1918": `not_as_of_before`), nor the figure's own
    number (`surface`, at `offset`: "plus de 2000 morts" counts 2,000 dead), nor the value of another figure of the
    sentence (`numbers`: "2012 morts et 2059 blessés"). None otherwise."""
    reference = parse_iso(published)
    if reference is None or offset < 0:
        return None
    words = load("dates", language)
    low, high = _segment(sentence, offset, words)
    skip = tuple(words.get("not_as_of_before", []))
    months = _names(language)[0]
    found = []
    own = range(offset, offset + len(surface))
    shares = _share_clauses(sentence, words)
    for match in YEAR.finditer(sentence, low, high):
        year = int(match.group())
        start = match.start()
        if start in own or year in numbers or any(a <= start < b and not a <= offset < b for a, b in shares):
            continue  # the figure's own number, another figure's, or one inside another figure's share
        month = re.search(r"(\w+)\.?\s+$", sentence[max(0, start - 16):start])
        if month and month.group(1).lower() in months:  # "depuis août 2023": what stands before the month
            start -= len(month.group())
        before = sentence[max(0, start - 14):start].lower().replace("’", "'")
        opening = start <= OPENING and "," in sentence[match.end():match.end() + 2]  # "En février 2004, …"
        if year >= reference.year or abs(match.start() - offset) > YEAR_REACH and not opening or any(
                re.search(rf"{re.escape(word)}\w*\s*(?:le |l'|du |de |d'|au |en |in |the )?$", before) for word in skip):
            continue
        found.append((abs(match.start() - offset), match.group()))
    return min(found)[1] if found else None


REVISED_BEFORE, REVISED_AFTER = 140, 80  # how far around a figure the words of a revision are read


def revised(sentence: str, offset: int, surface: str, language: str = "fr") -> bool:
    """Whether the sentence gives the figure at `offset` as an earlier count, since revised: "un précédent bilan
    faisait état de 1 305 morts", "le bilan est passé de 200 millions à 1 milliard", "up from six earlier in the
    day", "revised from 115 down to 97", "the previous count, which was 36" (`revised` in dates.yml, where "#"
    stands for the figure). Such a figure is the old value of a revision: the timeline shows it, the verdicts do
    not set it against the count that replaced it. So is a toll told in the pluperfect with no year in its sentence
    ("l'épidémie avait fait quelque 140 morts", "the outbreak had killed 140": `earlier_toll`), an earlier event's."""
    if offset < 0 or not surface:
        return False
    window = (sentence[max(0, offset - REVISED_BEFORE):offset].replace("#", " ") + "#"
              + sentence[offset + len(surface):offset + len(surface) + REVISED_AFTER].replace("#", " "))
    if any(pattern.search(window) for pattern in _revised_patterns(language)) or _falls_to(window, surface):
        return True
    if YEAR.search(sentence):
        return False
    speech = load("dates", language).get("earlier_toll_not_after")
    for pattern in _earlier_toll_patterns(language):
        found = pattern.search(window)
        if found and not (speech and re.search(speech, window[:found.start()], re.I)):
            return True  # not "a annoncé que le cyclone avait fait 35 morts": today's toll in reported speech
    return False


FALLS_TO = re.compile(r"(?:\b(?:de|from)\s+#\s+(?:à|to)|#\s*(?:→|->|=>))\s*(\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})*|\d+)(?![\d%])")


def _falls_to(window: str, surface: str) -> bool:
    """ "à Montpellier, de 10 000 à 4 000", "Bordeaux (8 800 → 3 000)": the first of two counts a fall joins is
    the earlier one (a range climbs: a higher first number is where the count came down from)."""
    found = FALLS_TO.search(window)
    if not found:
        return False
    before, after = _whole_number(surface), _whole_number(found.group(1))
    return before is not None and after is not None and after < before


def _whole_number(text: str) -> Optional[int]:
    digits = re.sub(r"[\s\u00a0\u202f.,]", "", text)
    return int(digits) if digits.isdigit() and not re.search(r",\d{1,2}$", text) else None


@lru_cache(maxsize=None)
def _earlier_toll_patterns(language: str) -> tuple[re.Pattern, ...]:
    """A toll told in the pluperfect ("l'épidémie avait fait 140 morts"), `earlier_toll` in dates.yml."""
    return tuple(re.compile(p, re.I) for p in load("dates", language).get("earlier_toll") or [])


@lru_cache(maxsize=None)
def _revised_patterns(language: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in load("dates", language).get("revised") or [])
