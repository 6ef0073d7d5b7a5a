"""Publication dates (see recoupe/dates.py): read a date a person or a page wrote (`iso_date`), find an article's
date in its text (`published_in_text`). Any common form, French and English; month and weekday names come from
babel's locale data. Each returns an ISO date (YYYY-MM-DD, or YYYY-MM when only the month is known) or None."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Optional

from .folding import strip_accents
from .lexicon import load, month_names, weekday_names


LOCALES = ("fr", "en")
EARLIEST_YEAR = 1900
HEAD_LINES = 5  # a dateline or a date line sits in the first lines of the body
DATE_LINE_CHARS = 80  # how far into one of the first lines a date is looked for
DATE_LINE_OTHER_CHARS = 30  # "Jeudi 14 mars 2024", "Le 14 mars 2024 à 10 h 30": a line that is mostly its date
# "lors de la grève du 5 décembre 2019", "since March 3, 2022": a date after these words is one the article refers
# back (or forward) to, not the day it reports on
REFERENCE = re.compile(rf"\b(?:{'|'.join(load('dates', 'common')['reference_before'])})\s*$", re.IGNORECASE)
# "LISBONNE, 12 mars 2023 -": a place in capitals, a comma, the date (a dateline opening the first paragraph)
DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý' .-]{1,40},\s*")


def _plain(word: str) -> str:
    """Lower case without accents or a final dot: "Févr." -> "fevr"."""
    return strip_accents(word.casefold().rstrip("."))


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Every wide and abbreviated month name of the locales, without accents, to its number."""
    names: dict[str, int] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for name, number in month_names(locale, width).items():
                names[_plain(name)] = number
    names["sept"] = 9  # "Sept. 18", the abbreviation English newsrooms write
    return names


def _alternation(words) -> str:
    variants = set()
    for word in words:
        variants.add(re.escape(word))
        variants.add(re.escape(_plain(word)))
    return "|".join(sorted(variants, key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    months = set()
    weekdays = set()
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            months.update(n.rstrip(".") for n in month_names(locale, width))
        weekdays.update(weekday_names(locale))
    months.add("Sept")
    month = rf"(?P<month>{_alternation(months)})\.?"
    weekday = rf"(?:(?:{_alternation(weekdays)}),?\s+)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    day = r"(?P<day>1er|[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    flags = re.IGNORECASE
    return {
        # what a text must hold for a date of these forms to be in it (a cheap test before the whole pattern's
        # search, most texts have none): the year; "14 mars 2024" less its weekday; "14, 2024", the end of
        # "March 14, 2024"
        "year": re.compile(year),
        "day_month_core": re.compile(rf"{day}\s+{month}\s+{year}\b", flags),
        "month_day_core": re.compile(rf"{day},?\s+{year}\b", flags),
        # "jeudi 14 mars 2024", "14 Mar. 2024", "Thursday 14 March 2024"
        "day_month": re.compile(rf"\b{weekday}{day}\s+{month}\s+{year}\b", flags),
        # "March 14, 2024", "Thursday, Mar. 14 2024"
        "month_day": re.compile(rf"\b{weekday}{month}\s+{day},?\s+{year}\b", flags),
        # "2024-10-17" (and "2024-10-17T08:30:00Z")
        "iso": re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"),
        # "17/10/2024", "17.10.2024": day first, as French and British newsrooms write it
        "numeric": re.compile(r"\b(?P<day>0?[1-9]|[12]\d|3[01])[/.](?P<month>0?[1-9]|1[0-2])[/.](?P<year>(?:19|20)\d{2})\b"),
        # what says the date that follows is the publication's
        "marker": re.compile(
            r"(?:^|[|•·—–])[^\S\n]*(?:publié|mis en ligne|paru|mis à jour|modifié|published|posted|updated"
            r"|first published)(?:\s+(?:le|on|at))?\s*:?\s*", flags | re.MULTILINE),
    }


def _date(match: re.Match) -> Optional[date]:
    day, month, year = match.group("day"), match.group("month"), match.group("year")
    number = int(month) if month.isdigit() else month_numbers().get(_plain(month))
    day_number = 1 if day.casefold() == "1er" else int(re.sub(r"\D", "", day))
    try:
        return date(int(year), number, day_number) if number else None
    except ValueError:
        return None


def _dates_in(text: str, kinds=("day_month", "month_day", "iso")) -> list[tuple[int, int, date]]:
    """Every full date the text writes in one of these forms, with where it starts and ends."""
    found = []
    found_patterns = patterns()
    if not found_patterns["year"].search(text):
        return found  # every form holds a year
    for kind in kinds:
        core = found_patterns.get(f"{kind}_core")
        if core is not None and not core.search(text):
            continue
        for match in found_patterns[kind].finditer(text):
            value = _date(match)
            if value is not None and value.year >= EARLIEST_YEAR:
                found.append((match.start(), match.end(), value))
    return sorted(found)


def iso_date(value: object) -> Optional[str]:
    """A date given in metadata, as ISO: a date object, "2024-10-17T08:30+02:00", "2024-10", "17/10/2024",
    "jeudi 14 mars 2024", "March 14, 2024". None when it is none of those."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    month_only = re.fullmatch(r"((?:19|20)\d{2})-(0[1-9]|1[0-2])", text)
    if month_only:
        return text
    found = _dates_in(text, kinds=("iso", "day_month", "month_day", "numeric"))
    return found[0][2].isoformat() if found else None


def published_in_text(text: str) -> Optional[str]:
    """The publication date an article's text gives, as ISO; None when it cannot be pinned down.

    In order: a date right after "Publié le", "Mis à jour le", "Published", "Updated" (the first such); among the
    first lines, a line that is mostly a date ("Jeudi 14 mars 2024") or a dateline opening a paragraph ("LISBONNE,
    14 mars 2024 -"); else the latest full date in the text (an article reports what happened up to the day it
    was written), leaving out dates it refers to ("la grève du 5 décembre 2019", "since March 3, 2022"). A day and
    month without a year is not enough.
    """
    marker = patterns()["marker"]
    for match in marker.finditer(text):
        following = text[match.end() : match.end() + 60]
        found = _dates_in(following, kinds=("day_month", "month_day", "iso", "numeric"))
        if found and found[0][0] <= 20:
            return found[0][2].isoformat()
    lines = [line.strip() for line in text[: HEAD_LINES * 1000].split("\n") if line.strip()][:HEAD_LINES]
    for line in lines:
        dateline = DATELINE.match(line)
        start = dateline.end() if dateline else 0
        found = _dates_in(line[start : start + DATE_LINE_CHARS])
        if not found:
            continue
        begin, end, value = found[0]
        if dateline and begin == 0 or len(line) - (end - begin) <= DATE_LINE_OTHER_CHARS:
            return value.isoformat()
    found = [value for start, _, value in _dates_in(text) if not REFERENCE.search(text[max(0, start - 12) : start])]
    return max(found).isoformat() if found else None
