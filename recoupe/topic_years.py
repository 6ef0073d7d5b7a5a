"""A figure about a past year is a quantity of its own: "the Camp Fire, which killed 85 people in 2018", "le séisme
d'Agadir en 1960, qui avait fait 12 000 morts", "contre 52 783 en 2022", "le 24 février 2004, un séisme ... faisant
628 morts" count another event's dead, another year's arrivals, not the story's. Its topic is the quantity's with the
year (`mort:1960@Maroc`, labelled "(en 1960)").

A past year is one before the dossier's first article (as_of_from 'year', resolve.in_past_years, or the year of a
full date its sentence says a year or more before that article, as_of_from 'sentence'): a year inside
the dossier's span ("in 2017", in an article of 2018 on a story that began in 2017) is the story's own. A "year"
that is the figure's own number ("plus de 2000 morts") is no year (dates.past_year)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import YEAR, _names, _segment, offset_in_sentence, parse_iso
from .lexicon import load
from .models import Article, Figure

YEAR_MARK = re.compile(r":(\d{4})(?=$|[@~:])")


def past_year_topics(figures: list[Figure], articles: list[Article]) -> list[Figure]:
    """The figures with their topic marked with the past year they are about."""
    language = {a.id: a.language or "fr" for a in articles}
    years = [int(a.published[:4]) for a in articles if a.published and a.published[:4].isdigit()]
    if not years:
        return figures
    first = min(years)
    days = [parse_iso(a.published) for a in articles if parse_iso(a.published)]
    long_before = min(days) - timedelta(days=DATE_GAP_DAYS) if days else None
    out = []
    for figure in figures:
        year = _past_year_said(figure, long_before)
        mark = year if year and year.isdigit() and int(year) < first else None
        if not mark and figure.topic and long_before:
            since = since_year(figure, language.get(figure.article_id, "fr"))
            mark = f"{SINCE}{since[0]}" if since and since[1] < long_before else None
        if figure.topic and mark:
            base = re.match(r"[^@~]*", figure.topic).group()
            rest = figure.topic[len(base):]
            figure = figure.model_copy(update={"topic": f"{base}:{mark}{rest}"})
        out.append(figure)
    return out


DATE_GAP_DAYS = 365  # a full date this long before the dossier's first article is another event's (a movement's
# earlier days, months before, are the story's: "113 000 le 17 novembre" in March)


SINCE_GAP = 60  # characters at most between a since-moment and the figure it dates
SINCE = "depuis"  # the mark of a count running since a year long before the dossier ("mort:depuis2023@Soudan")


def since_year(figure: Figure, language: str) -> tuple[str, date] | None:
    """The year a figure's count runs from, when its segment of the sentence says so ("le conflit, en cours depuis
    avril 2023, a fait …", "displaced since 2023": dates.yml `since_words`), with the last day that moment can be
    (the year's, or the month's); None else. The figure's own number is no year ("depuis 2000 ans")."""
    words = load("dates", language)
    since = words.get("since_words") or []
    offset = offset_in_sentence(figure.sentence, figure.text)
    if not since or offset < 0:
        return None
    if figure.kind == "percent":
        return None  # "le parti au pouvoir depuis 1975 a remporté 65 %": a share is no total since a moment
    low, high = _segment(figure.sentence, offset, words)
    months = _names(language)[0]
    not_after = re.compile("|".join(words.get("since_not_after") or ["(?!)"]), re.I)
    pattern = re.compile(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, since))})\s+(?:(?P<month>[^\W\d]+)\.?\s+)?(?={YEAR.pattern})",
                         re.I)
    for match in pattern.finditer(figure.sentence, low, high):
        year = YEAR.match(figure.sentence, match.end())
        month = months.get((match.group("month") or "").lower())
        if not year or match.group("month") and not month or offset <= year.start() < offset + len(figure.text):
            continue
        gap = figure.sentence[year.end():offset] if year.end() <= offset else figure.sentence[offset + len(figure.text):match.start()]
        if len(gap) > SINCE_GAP or re.search(r"\d", gap) or not_after.search(figure.sentence[max(0, match.start() - 30):match.start()]):
            continue  # another count's moment, a ranking's ("la plus meurtrière depuis 1918"), a term in office's
        number = int(year.group())
        last = date(number, month + 1, 1) - timedelta(days=1) if month and month < 12 else date(number, 12, 31)
        return year.group(), last
    return None


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
