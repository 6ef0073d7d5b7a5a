"""A figure about a past year is a quantity of its own: "the Camp Fire, which killed 85 people in 2018", "le séisme
d'Agadir en 1960, qui avait fait 12 000 morts", "contre 52 783 en 2022", "le 24 février 2004, un séisme ... faisant
628 morts" count another event's dead, another year's arrivals, not the story's. Its topic is the quantity's with the
year (`mort:1960@Maroc`, labelled "(en 1960)").

A past year is one before the dossier's first article (as_of_from 'year', resolve.in_past_years, or the year of a
full date its sentence says a year or more before that article, as_of_from 'sentence'): a year inside
the dossier's span ("in 2017", in an article of 2018 on a story that began in 2017) is the story's own. A "year"
that is the figure's own number ("plus de 2000 morts") is no year (date_pasts.past_year)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import parse_iso
from .models import Article, Figure

YEAR_MARK = re.compile(r":(\d{4})(?=$|[@~:])")


def past_year_topics(figures: list[Figure], articles: list[Article]) -> list[Figure]:
    """The figures with their topic marked with the past year they are about."""
    years = [int(a.published[:4]) for a in articles if a.published and a.published[:4].isdigit()]
    if not years:
        return figures
    first = min(years)
    days = [parse_iso(a.published) for a in articles if parse_iso(a.published)]
    long_before = min(days) - timedelta(days=DATE_GAP_DAYS) if days else None
    out = []
    for figure in figures:
        year = _past_year_said(figure, long_before)
        if figure.topic and year and year.isdigit() and int(year) < first:
            base = re.match(r"[^@~]*", figure.topic).group()
            rest = figure.topic[len(base):]
            figure = figure.model_copy(update={"topic": f"{base}:{year}{rest}"})
        out.append(figure)
    return out


DATE_GAP_DAYS = 365  # a full date this long before the dossier's first article is another event's (a movement's
# earlier days, months before, are the story's: "113 000 le 17 novembre" in March)


def _past_year_said(figure: Figure, long_before: date | None) -> str | None:
    """The year its sentence puts the figure in, by the year alone ("in 2018": as_of_from 'year') or by a full date
    a year or more before the dossier's first article ("lors de la manifestation du 5 décembre 2019", in a dossier
    of 2023: 'sentence'; "contre 38 600 le 22 décembre", in March, is the story's own); None else (past_year_topics
    keeps only a year before the first article's)."""
    if not figure.as_of:
        return None
    if figure.as_of_from == "year" and len(figure.as_of) == 4:
        return figure.as_of
    day = parse_iso(figure.as_of) if figure.as_of_from == "sentence" else None
    return figure.as_of[:4] if day and long_before and day < long_before else None


def year_of(topic: str) -> str | None:
    """The past year a topic id names ("mort:1960@Maroc" -> "1960"), if any."""
    match = YEAR_MARK.search(topic.split("@")[0])
    return match.group(1) if match else None
