"""Dates: the day a figure is about (`as_of`), and an article's date when no metadata gives it.

`as_of` is, in order: a date said in the figure's sentence, the one nearest the figure ("du 8 au 13 octobre" ->
the 13th; "vendredi 18 octobre"; "jeudi", "ce mercredi", "hier" resolved against the article's date); for a count of
a one-day event (a protest day), the date of the same event given earlier in the article; else the article's date.
Dates that bound or start something ("depuis août", "à partir du 1er novembre") are not what the figure is about.
Month and weekday names come from Babel (CLDR); the other words from lexicons/<language>/dates.yml.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .lexicon import load


@lru_cache(maxsize=None)
def _names(language: str = "fr") -> tuple[dict[str, int], dict[str, int]]:
    from babel import Locale

    locale = Locale.parse(language)
    months = {name.lower(): number for number, name in locale.months["format"]["wide"].items()}
    months.update({_plain(name): number for name, number in list(months.items())})
    weekdays = {name.lower(): number for number, name in locale.days["format"]["wide"].items()}
    return months, weekdays


def _plain(word: str) -> str:
    return word.translate(str.maketrans("éèêûôîà", "eeeuoia"))


@lru_cache(maxsize=None)
def _patterns(language: str = "fr") -> dict[str, re.Pattern]:
    months, weekdays = _names(language)
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    weekday = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    words = load("dates", language)
    relative = "|".join(sorted(map(re.escape, words.get("relative_days", {})), key=len, reverse=True))
    return {
        # "du 8 au 13 octobre 2024", "entre le 8 et le 13 octobre": the last day
        "span": re.compile(rf"\b(?:du|entre le)\s+(?:1er|\d{{1,2}})\s+(?:(?:{month})\s+)?(?:au|et le)\s+"
                           rf"(?P<day>1er|\d{{1,2}})\s+(?P<month>{month})(?:\s+(?P<year>\d{{4}}))?\b", re.I),
        "day": re.compile(rf"\b(?:(?P<weekday>{weekday})\s+)?(?P<day>1er|\d{{1,2}})\s+(?P<month>{month})"
                          rf"(?:\s+(?P<year>\d{{4}}))?\b", re.I),
        "weekday": re.compile(rf"\b(?:(?:ce|le)\s+)?(?P<weekday>{weekday})(?!\s+(?:1er|\d))(?:\s+(?P<after>\w+))?",
                              re.I),
        "relative": re.compile(rf"(?<![\w'])(?P<word>{relative})\b", re.I) if relative else re.compile(r"(?!)"),
    }


def parse_iso(value: Optional[str]) -> Optional[date]:
    """A full ISO date ("2024-10-18"); None for a month ("2024-10") or nothing."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_in(text: str, reference: Optional[date], year: Optional[int] = None,
             language: str = "fr") -> list[tuple[int, date, str]]:
    """(offset, date, how) for each date the text says: how is 'sentence' for a calendar date, 'weekday' for one
    resolved from a weekday or a relative word. A date without its year takes the reference's year (the year
    before when that puts it more than a month after the reference), else `year`; a weekday needs the reference."""
    months, weekdays = _names(language)
    patterns = _patterns(language)
    words = load("dates", language)
    skip = tuple(words.get("not_as_of_before", []))
    found: list[tuple[int, date, str]] = []
    taken: list[tuple[int, int]] = []

    comparison = tuple(words.get("comparison_before", []))

    def bounded(start: int) -> bool:
        before = text[max(0, start - 14):start].lower().replace("’", "'")
        wider = text[max(0, start - 45):start].lower().replace("’", "'")
        return any(re.search(rf"{re.escape(word)}\w*\s*(?:le |l'|du |de |d'|au )?$", before) for word in skip) or any(
            re.search(rf"\b{re.escape(word)}", wider) for word in comparison)

    for kind in ("span", "day"):
        for match in patterns[kind].finditer(text):
            if any(s <= match.start() < e for s, e in taken) or bounded(match.start()):
                continue
            day = 1 if match.group("day").lower() == "1er" else int(match.group("day"))
            month = months[match.group("month").lower()]
            weekday = match.groupdict().get("weekday")
            found_date = _with_year(day, month, match.group("year"), reference, year,
                                    weekdays.get(weekday.lower()) if weekday else None)
            if found_date is not None:
                found.append((match.start(), found_date, "sentence"))
            taken.append((match.start(), match.end()))
    if reference is not None:
        future_after = set(words.get("future_after", []))
        past_after = set(words.get("past_after", []))
        for match in patterns["weekday"].finditer(text):
            if any(s <= match.start() < e for s, e in taken) or bounded(match.start()):
                continue
            target = weekdays[match.group("weekday").lower()]
            back = (reference.weekday() - target) % 7
            if (match.group("after") or "").lower() in past_after and back == 0:
                back = 7
            if (match.group("after") or "").lower() in future_after:
                found.append((match.start(), reference + timedelta(days=(target - reference.weekday()) % 7 or 7),
                              "weekday"))
            else:
                found.append((match.start(), reference - timedelta(days=back), "weekday"))
        for match in patterns["relative"].finditer(text):
            if bounded(match.start()):
                continue
            shift = words["relative_days"][match.group("word").lower()]
            found.append((match.start(), reference + timedelta(days=shift), "weekday"))
    return sorted(found)


def _with_year(day: int, month: int, year: Optional[str], reference: Optional[date], fallback: Optional[int],
               weekday: Optional[int]) -> Optional[date]:
    try:
        if year:
            return date(int(year), month, day)
        if reference is not None:
            guess = date(reference.year, month, day)
            return date(reference.year - 1, month, day) if guess > reference + timedelta(days=31) else guess
        if fallback is not None:
            return date(fallback, month, day)
        if weekday is not None:  # "vendredi 18 octobre": the latest year, up to this one, when that day is a Friday
            for candidate in range(date.today().year, date.today().year - 12, -1):
                if date(candidate, month, day).weekday() == weekday:
                    return date(candidate, month, day)
    except ValueError:
        return None
    return None


def infer_published(text: str, year: Optional[int], language: str = "fr") -> Optional[str]:
    """An article's date from its text when no metadata gives one: the latest calendar date it says, its year
    taken from the dossier's other articles (`year`) or from a weekday written with it."""
    found = [d for _, d, how in dates_in(text, None, year, language) if how == "sentence"]
    return max(found).isoformat() if found else None


def as_of(sentence: str, offset: int, published: Optional[str], year: Optional[int] = None,
          language: str = "fr") -> tuple[Optional[str], Optional[str]]:
    """(ISO date, how) for a figure at `offset` in its sentence: ('…', 'sentence' | 'weekday') for a date the
    sentence says (the nearest to the figure), else the article's date ('article'; a month when that is all it
    gives), else (None, None)."""
    reference = parse_iso(published)
    if year is None and published:
        year = int(published[:4])
    breaks = "|".join(load("dates", language).get("segment_breaks", [])) or r"(?!)"
    bounds = [0] + [m.start() for m in re.finditer(breaks, sentence)] + [len(sentence)]
    low = max(b for b in bounds if b <= offset)
    high = min((b for b in bounds if b > offset), default=len(sentence))
    found = [d for d in dates_in(sentence, reference, year, language)
             if (reference is None or d[1] <= reference) and low <= d[0] < high]
    if found:
        _, day, how = min(found, key=lambda d: abs(d[0] - offset))
        return day.isoformat(), how
    if published:
        return published, "article"
    return None, None
