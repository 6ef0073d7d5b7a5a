"""Dates: the day a figure is about, and the dates an article's text says.

Publication dates (`iso_date`, `published_in_text`: a date a person or a page wrote, an article's date found in its
text) are read in published_dates.py, importable from here as before.

`as_of` (the day a figure is about) is, in order: a date said in the figure's sentence, the one nearest the figure
("du 3 au 9 mars" -> the 9th; "vendredi 15 mars"; "jeudi", "ce mercredi", "hier" resolved against the
article's date); for a count of a one-day event (a protest day), the date of the same event given earlier in the
article; else the article's date. Dates that bound or start something ("depuis août", "à partir du 1er juin")
are not what the figure is about. Month and weekday names come from Babel (CLDR); the other words from
lexicons/<language>/dates.yml.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .lexicon import load, month_names, weekday_names
from .published_dates import iso_date, published_in_text  # noqa: F401 (importable from here as before)


# --- the day a figure is about ---------------------------------------------------------------

def offset_in_sentence(sentence: str, surface: str, start: Optional[int] = None, text: Optional[str] = None) -> int:
    """Where a span (`surface`, at `start` of the article's `text`) sits in its sentence; -1 when it is not there.
    With the article's text the sentence is found around the span itself; without it, the first occurrence that
    is no part of a longer number or word ("40 000" is not the end of "240 000", "6 000" not that of "16 000")."""
    if text is not None and start is not None and sentence:
        at = text.find(sentence, max(0, start - len(sentence)), start + len(sentence) + len(surface))
        while 0 <= at <= start:
            if start + len(surface) <= at + len(sentence):
                return start - at
            at = text.find(sentence, at + 1, start + len(sentence) + len(surface))
    if not surface:
        return -1
    at = _first_alone(sentence, surface, _NOT_BEFORE_ALONE, True)
    if at < 0:
        at = _first_alone(sentence, surface, "", False)
    return at if at >= 0 else sentence.find(surface)


_NOT_BEFORE_ALONE = ".,’'\u00a0\u202f"  # with a word character: what may not stand right before a span alone


def _first_alone(sentence: str, surface: str, not_before: str, no_word_after: bool) -> int:
    r"""The first occurrence of `surface` in `sentence` after no word character (nor one of `not_before`) and, with
    `no_word_after`, before none: what `(?<![\w…])surface(?!\w)` finds, without compiling an expression per
    surface (`\w` is a letter or digit by str.isalnum, or "_"). -1 when there is none."""
    at = sentence.find(surface)
    while at >= 0:
        before = sentence[at - 1] if at else ""
        after = sentence[at + len(surface):at + len(surface) + 1]
        if not (before and (before.isalnum() or before == "_" or before in not_before)) and not (
                no_word_after and after and (after.isalnum() or after == "_")):
            return at
        at = sentence.find(surface, at + 1)
    return -1


@lru_cache(maxsize=None)
def _names(language: str = "fr") -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names; a language that writes the month first ("Aug. 8") also its abbreviated months
    (French ones are not read: "sept" is also a number)."""
    months = dict(month_names(language))
    if load("dates", language).get("month_first"):
        months |= {name.rstrip("."): number for name, number in month_names(language, "abbreviated").items()
                   if len(name.rstrip(".")) >= 3}
        months["sept"] = 9
    return months, dict(weekday_names(language))


@lru_cache(maxsize=None)
def _bounding_words(language: str) -> tuple[re.Pattern, re.Pattern]:
    """The words before a date that make it a bound ("depuis le 3 mars", dates.yml `not_as_of_before`) or a
    comparison's (`comparison_before`), each list as one expression, compiled once (they were built word by word
    at every date)."""
    words = load("dates", language)
    skip = "|".join(map(re.escape, words.get("not_as_of_before", [])))
    comparison = "|".join(map(re.escape, words.get("comparison_before", [])))
    return (re.compile(rf"(?:{skip})\w*\s*(?:le |l'|du |de |d'|au )?$") if skip else re.compile(r"(?!)"),
            re.compile(rf"\b(?:{comparison})") if comparison else re.compile(r"(?!)"))


WEEKEND_START = 5  # Saturday, as date.weekday() counts


def _phrase_key(phrase: str) -> str:
    return re.sub(r"[\s-]+", " ", phrase.lower().replace("’", "'"))


def _phrases_pattern(phrases) -> re.Pattern:
    """Any of the phrases, as typeset or typed ("week-end", "week end"; "’" or "'"); never matches without any."""
    if not phrases:
        return re.compile(r"(?!)")
    alternatives = (re.escape(_phrase_key(p)).replace("'", "['’]").replace(r"\ ", r"[\s-]+")
                    for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?P<word>{'|'.join(alternatives)})\b", re.I)


def _word_before(text: str, start: int) -> str:
    """The word right before `start` (one to three other characters between), lower-cased; "" when none. Read
    backwards by hand: a pattern anchored at the end would try every start of a long word."""
    end = start
    while end > 0 and start - end < 3 and not text[end - 1].isalnum() and text[end - 1] != "_":
        end -= 1
    if end == start:
        return ""
    begin = end
    while begin > 0 and end - begin < 30 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    return text[begin:end].lower()


@lru_cache(maxsize=None)
def _patterns(language: str = "fr") -> dict[str, re.Pattern]:
    months, weekdays = _names(language)
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    weekday = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    words = load("dates", language)
    relative = "|".join(re.escape(w).replace("'", "['’]")  # "aujourd’hui" as typeset, "aujourd'hui" as typed
                        for w in sorted(words.get("relative_days", {}), key=len, reverse=True))
    return {
        # "du 3 au 9 mars 2024", "entre le 3 et le 9 mars": the last day
        "span": re.compile(rf"\b(?:du|entre le)\s+(?:1er|\d{{1,2}})\s+(?:(?:{month})\s+)?(?:au|et le)\s+"
                           rf"(?P<day>1er|\d{{1,2}})\s+(?P<month>{month})(?:\s+(?P<year>\d{{4}}))?\b", re.I),
        "day": re.compile(rf"\b(?:(?P<weekday>{weekday})\s+)?(?P<day>1er|\d{{1,2}})\s+(?P<month>{month})"
                          rf"(?:\s+(?P<year>\d{{4}}))?\b", re.I),
        "weekday": re.compile(rf"\b(?:(?:ce|le)\s+)?(?P<weekday>{weekday})(?!\s+(?:1er|\d))(?:\s+(?P<after>\w+))?",
                              re.I),
        "relative": re.compile(rf"(?<![\w'])(?P<word>{relative})\b", re.I) if relative else re.compile(r"(?!)"),
        # "le week-end dernier", "this weekend": its Saturday (`weekends`)
        "weekend": _phrases_pattern(words.get("weekends") or {}),
        # "entre lundi et mercredi", "du lundi au mercredi", "between Monday and Wednesday": the last day
        "weekday_span": _weekday_span(words, weekday),
        # "Aug. 8", "on Friday, September 8": the month first, where the language writes it so (`month_first`)
        "month_day": re.compile(rf"\b(?:(?P<weekday>{weekday}),?\s+)?(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})"
                                rf"(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<year>\d{{4}}))?\b", re.I)
        if words.get("month_first") else re.compile(r"(?!)"),
    }


@lru_cache(maxsize=None)
def _epi_week_patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The expressions _epi_weeks reads, built once per language: a week said by its number (_epi_week), a word
    that names the weeks epidemiological (`epi_week.qualifier`), and "depuis la" / "since the" right before a
    week (a week that starts a span)."""
    words = load("dates", language)
    spec = words.get("epi_week") or {}
    qualifier = re.compile("|".join(map(re.escape, spec["qualifier"])), re.I) if spec else re.compile(r"(?!)")
    skip = "|".join(map(re.escape, words.get("not_as_of_before", []))) or "(?!)"
    since_week = re.compile(rf"(?:^|[^\w])(?:{skip})\w*\s+(?:la|the)\s+$")
    return _epi_week(words), qualifier, since_week


SINCE_REACH = 120  # how far after "since" / "depuis" a date may stand in the clause it opens
DATES_KEPT = 4096  # how many texts' dates (`dates_in`) a process keeps


@lru_cache(maxsize=None)
def _since_clause(language: str) -> re.Pattern:
    """A clause a word of `since_clause` (dates.yml) opens, up to a date: "since violence erupted on August 25",
    "depuis que les violences ont éclaté le 25 août". Its date is where a span starts, not the day a figure is
    about. No punctuation nor digit between them, and at most SINCE_REACH characters."""
    words = load("dates", language).get("since_clause") or []
    if not words:
        return re.compile(r"(?!)")
    opening = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{opening})\b[^,;:.()\d\n]{{0,{SINCE_REACH}}}$", re.I)


def _epi_week(words: dict) -> re.Pattern:
    """A week said by its number: "semaine 47", "semaine épidémiologique 40", "epidemiological week 40" (not "week 2
    of the strike": `not_after`), and an ordinal ("la 40ème semaine") in a sentence that says the weeks are
    epidemiological (dates.yml `epi_week`)."""
    spec = words.get("epi_week") or {}
    if not spec:
        return re.compile(r"(?!)")
    noun = "|".join(map(re.escape, spec["noun"]))
    suffix = "|".join(sorted(map(re.escape, spec.get("ordinal_suffixes", [])), key=len, reverse=True)) or "(?!)"
    qualifier = "|".join(map(re.escape, spec["qualifier"]))
    not_after = "|".join(map(re.escape, spec.get("not_after", []))) or "(?!)"
    return re.compile(rf"(?<![\w.,])(?P<number>\d{{1,2}})(?:{suffix})\s+(?:{noun})\b"
                      rf"|\b(?:(?:{qualifier})\s+)?(?:{noun})(?:\s+(?:{qualifier}))?\s+(?:n°\s*|no\.?\s*)?"
                      rf"(?P<after>\d{{1,2}})(?!\d|[,.]\d|\s+(?:{not_after})(?![\w]))", re.I)


def epi_week_end(year: int, week: int) -> date:
    """The last day (Saturday) of an epidemiological week, weeks running Sunday to Saturday and week 1 the one
    holding 4 January (the rule of the WHO's and the CDC's weekly reports): week 40 of 2024 is 29 September to
    5 October."""
    fourth = date(year, 1, 4)
    return fourth + timedelta(days=(5 - fourth.weekday()) % 7 + 7 * (week - 1))


def _weekday_span(words: dict, weekday: str) -> re.Pattern:
    """Two weekdays joined as a span (`weekday_span` in dates.yml: the words before the first, between the two)."""
    span = words.get("weekday_span") or {}
    starts, joins = span.get("start") or [], span.get("join") or []
    if not starts or not joins:
        return re.compile(r"(?!)")
    start = "|".join(sorted(map(re.escape, starts), key=len, reverse=True))
    join = "|".join(sorted(map(re.escape, joins), key=len, reverse=True))
    return re.compile(rf"\b(?:{start})\s+(?:le\s+)?(?:{weekday})\s+(?:{join})\s+(?:le\s+)?(?P<weekday>{weekday})\b",
                      re.I)


@lru_cache(maxsize=1 << 14)
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
    before when that puts it more than a month after the reference), else `year`; a weekday needs the reference.
    Kept per text, reference, year and language: a sentence with several figures is read once for all of them."""
    return list(_dates_said(text, reference, year, language))


@lru_cache(maxsize=DATES_KEPT)
def _dates_said(text: str, reference: Optional[date], year: Optional[int], language: str) -> tuple:
    months, weekdays = _names(language)
    patterns = _patterns(language)
    words = load("dates", language)
    found: list[tuple[int, date, str]] = []
    taken: list[tuple[int, int]] = []
    skip, comparison = _bounding_words(language)
    since_clause = _since_clause(language)

    def bounded(start: int) -> bool:
        before = text[max(0, start - 14):start].lower().replace("’", "'")
        wider = text[max(0, start - 45):start].lower().replace("’", "'")
        return bool(skip.search(before) or comparison.search(wider)
                    or since_clause.search(text[max(0, start - SINCE_REACH - 10):start]))

    for kind in ("span", "day", "month_day"):
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
        for match in patterns["weekday_span"].finditer(text):  # a span of days is about its last day
            if any(s <= match.start() < e for s, e in taken) or bounded(match.start()):
                continue
            back = (reference.weekday() - weekdays[match.group("weekday").lower()]) % 7
            found.append((match.start(), reference - timedelta(days=back), "weekday"))
            taken.append((match.start(), match.end()))
        past_before = set(words.get("past_before", []))
        previous_after = set(words.get("previous_after", []))
        previous_before = set(words.get("previous_before", []))
        ordinals = set(words.get("ordinal_occurrences") or {}) | set(words.get("ordinal_weekday_words", []))
        for match in patterns["weekday"].finditer(text):
            if any(s <= match.start() < e for s, e in taken) or bounded(match.start()):
                continue
            word_before = _word_before(text, match.start())
            if word_before in ordinals:
                continue  # "le troisième samedi de mobilisation", "the fifth Saturday of protests": no date
            if (match.group("after") or "").lower() in previous_after or word_before in previous_before:
                continue  # "le samedi précédent", "the previous Saturday": a week before another date (as_of)
            target = weekdays[match.group("weekday").lower()]
            back = (reference.weekday() - target) % 7
            if ((match.group("after") or "").lower() in past_after or word_before in past_before) and back == 0:
                back = 7  # "samedi dernier", "last Saturday" in an article of a Saturday: the one before
            if (match.group("after") or "").lower() in future_after:
                found.append((match.start(), reference + timedelta(days=(target - reference.weekday()) % 7 or 7),
                              "weekday"))
            else:
                found.append((match.start(), reference - timedelta(days=back), "weekday"))
        weekends = {_phrase_key(phrase): which for phrase, which in (words.get("weekends") or {}).items()}
        for match in patterns["weekend"].finditer(text):
            if bounded(match.start()):
                continue
            back = (reference.weekday() - WEEKEND_START) % 7  # the weekend on or before the article's day...
            if weekends[_phrase_key(match.group("word"))] == "last" and back <= 1:
                back += 7  # ... or, said "dernier" in that very weekend, the one before
            found.append((match.start(), reference - timedelta(days=back), "weekday"))
        for match in patterns["relative"].finditer(text):
            if bounded(match.start()):
                continue
            shift = words["relative_days"][match.group("word").lower().replace("’", "'")]
            found.append((match.start(), reference + timedelta(days=shift), "weekday"))
    found += _numeric_dates(text, reference, year, language, taken, bounded)
    found += _epi_weeks(text, reference, year, language, taken, bounded)
    return tuple(sorted(found))


def _epi_weeks(text: str, reference: Optional[date], year: Optional[int], language: str, taken: list,
               bounded) -> list[tuple[int, date, str]]:
    """An epidemiological week said by its number is about its last day ("à la 40ème semaine, 33 306 cas"), in
    the reference's year (the year before when that day is after the reference); an ordinal week ("la 3e semaine
    de grève") only in a sentence that names the weeks epidemiological."""
    pattern, qualifier, since_week = _epi_week_patterns(language)
    qualified = qualifier.search(text)
    found = []
    for match in pattern.finditer(text):
        number = int(match.group("number") or match.group("after"))
        since = since_week.search(text[max(0, match.start() - 24):match.start()].lower())  # "depuis la semaine 39"
        if not 1 <= number <= 53 or (match.group("number") and not qualified) or bounded(match.start()) or since \
                or any(s <= match.start() < e for s, e in taken):
            continue
        in_year = reference.year if reference else year
        if in_year is None:
            continue
        end = epi_week_end(in_year, number)
        if reference is not None and end > reference:
            end = epi_week_end(in_year - 1, number)
        found.append((match.start(), end, "sentence"))
    return found


def _numeric_dates(text: str, reference: Optional[date], year: Optional[int], language: str,
                   taken: list[tuple[int, int]], bounded) -> list[tuple[int, date, str]]:
    """Dates written in digits, day then month, after a word of `numeric_date_before` ("le 24/11", "le
    17/11/2018"): the year as for a date in words."""
    pattern = _numeric_date_pattern(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        if any(s <= match.start("day") < e for s, e in taken) or bounded(match.start("day")):
            continue
        written = match.group("year")
        if written and len(written) == 2:
            written = f"20{written}"
        try:
            found_date = _with_year(int(match.group("day")), int(match.group("month")), written, reference, year, None)
        except ValueError:
            found_date = None
        if found_date is not None:
            found.append((match.start("day"), found_date, "sentence"))
    return found


def ordinal_occurrence(sentence: str, offset: int, low: int, language: str = "fr") -> Optional[str]:
    """'ordinal:N' when the figure's clause names the n-th occurrence of its event without dating it ("…, et le
    deuxième 106 000"): the words from the clause's start (after "et", a semicolon or `low`) to the figure."""
    ordinals = load("dates", language).get("ordinal_occurrences") or {}
    if not ordinals:
        return None
    start = max([low] + [m.end() for m in re.finditer(r"\bet\b|;|\band\b", sentence[:offset])])
    clause = sentence[start:offset].lower()
    found = _ordinal_pattern(language).search(clause)
    return f"ordinal:{ordinals[found.group('n')]}" if found else None


@lru_cache(maxsize=None)
def _numeric_date_pattern(language: str) -> Optional[re.Pattern]:
    """"le 24/11", "le 17/11/2018" after a word of `numeric_date_before` (dates.yml); None without such words."""
    before = load("dates", language).get("numeric_date_before") or []
    if not before:
        return None
    words = "|".join(sorted(map(re.escape, before), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{words})\s+(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})"
                      rf"(?:/(?P<year>\d{{4}}|\d{{2}}))?(?![\d/])", re.I)


@lru_cache(maxsize=None)
def _ordinal_pattern(language: str) -> re.Pattern:
    """"le deuxième", "the third": a determiner, then a word of `ordinal_occurrences` (dates.yml)."""
    words = "|".join(sorted(map(re.escape, load("dates", language).get("ordinal_occurrences") or {}), key=len,
                            reverse=True))
    return re.compile(rf"\b(?:le|la|l['’]|du|de la|au|à la|the)\s+(?P<n>{words})\b")


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
        if weekday is not None:  # "vendredi 15 mars": the latest year, up to this one, when that day is a Friday
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
    sentence says (the nearest to the figure); the article's date with 'previous' or 'first' when the figure's
    segment points at an earlier occurrence of its event without dating it ("lors de la précédente journée");
    else the article's date ('article'; a month when that is all it gives), else (None, None)."""
    reference = parse_iso(published)
    if year is None and published:
        year = int(published[:4])
    words = load("dates", language)
    low, high = _segment(sentence, offset, words)
    shares = _share_clauses(sentence, words)
    said = [d for d in dates_in(sentence, reference, year, language) if reference is None or d[1] <= reference]
    found = [d for d in said + _weeks_before(sentence, said, reference, language)
             if low <= d[0] < high and not any(a <= d[0] < b and not a <= offset < b for a, b in shares)]
    if found:
        at, day, how = min(found, key=lambda d: abs(d[0] - offset))
        ordinal = ordinal_occurrence(sentence, offset, low, language) if at < offset else None
        if ordinal and not any(at < d[0] < offset for d in found) and re.search(
                r"\bet\b|;", sentence[at:offset]):
            return published, ordinal  # "Le 17 novembre, … 282 000, et le deuxième 106 000": not the 17th
        return day.isoformat(), how
    segment = sentence[low:high].lower().replace("’", "'")
    for phrase, which in (words.get("earlier_occurrence") or {}).items():
        if re.search(rf"\b{re.escape(phrase)}\b", segment):
            return published, which  # 'previous' or 'first': resolve.date_figures finds that day
    sourced = _sourced_comparison(sentence, low, high, words)
    if sourced is not None and low > 0:
        # "Le 31 juillet, le collectif affiche 373 540 manifestants, contre les 204 090 donnés par le ministère": a
        # count set against another source's, with no date of its own, is about the same day as the clause before
        before_low, _ = _segment(sentence, low - 1, words)
        earlier = [d for d in said if before_low <= d[0] < low]
        if earlier:
            return max(earlier)[1].isoformat(), max(earlier)[2]
    if published:
        return published, "article"
    return None, None


WEEK = timedelta(days=7)


def _weeks_before(sentence: str, said: list, reference: Optional[date], language: str) -> list:
    """(offset, date, 'weekday') for each phrase that says a week before the date said before it (`week_before`,
    `previous_after`, `previous_before`: dates.yml): "160 000 samedi dernier, contre 175 000 la semaine précédente et
    215 000 sept jours plus tôt" (a chain: each a week before the one before), "the previous week, when 214,845
    people marched"; none when no date comes before it in the sentence (`said`: the dates the sentence says, up to
    the article's)."""
    pattern = _week_before_pattern(language)
    if reference is None or pattern is None:
        return []
    found: list[tuple[int, date, str]] = []
    for match in pattern.finditer(sentence):
        before = [d for d in said + found if d[0] < match.start()]
        if before:  # alone in its sentence, the week before what the article says before it: no date of its own
            found.append((match.start(), max(before, key=lambda d: d[0])[1] - WEEK, "weekday"))
    return found


@lru_cache(maxsize=None)
def _week_before_pattern(language: str) -> Optional[re.Pattern]:
    words = load("dates", language)
    weekday = "|".join(sorted(map(re.escape, _names(language)[1]), key=len, reverse=True))
    phrases = [re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in words.get("week_before", [])]
    if words.get("previous_after"):
        phrases.append(rf"(?:{weekday}|week-?end)\s+(?:{'|'.join(map(re.escape, words['previous_after']))})")
    if words.get("previous_before"):
        phrases.append(rf"(?:{'|'.join(map(re.escape, words['previous_before']))})\s+(?:{weekday}|weekend)")
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(phrases)})(?![\w'’])", re.I) if phrases else None


def _sourced_comparison(sentence: str, low: int, high: int, words: dict) -> Optional[re.Match]:
    """A comparison segment ("contre 204 090 selon le ministère") that names a source of its own
    (`comparison_source`, dates.yml); None for any other segment."""
    comparisons = "|".join(words.get("comparison_breaks", []))
    sources = "|".join(words.get("comparison_source", []))
    if not comparisons or not sources or not re.match(comparisons, sentence[low:high], re.I):
        return None
    return re.search(sources, sentence[low:high], re.I)


def _share_clauses(sentence: str, words: dict) -> list[tuple[int, int]]:
    """Where each share of a count stands, from its word to the next comma, when the whole is a count over a span
    ("En une semaine, 5 892 véhicules brûlés, dont 1 990 dans la nuit du 29 au 30 juin": `share_breaks`,
    `whole_spans`, dates.yml): a date inside one is the share's, not the whole's. Without a span, the share's date
    is the whole's too ("53 000 dont 7 000 à Paris le 24/11")."""
    shares = "|".join(words.get("share_breaks", []))
    spans = "|".join(words.get("whole_spans", []))
    if not shares or not spans or not re.search(spans, sentence, re.I):
        return []
    clauses = []
    for match in re.finditer(shares, sentence, re.I):
        comma = sentence.find(",", match.end())
        clauses.append((match.start(), comma if comma >= 0 else len(sentence)))
    return clauses


def _segment(sentence: str, offset: int, words: dict) -> tuple[int, int]:
    """Where the figure's segment of the sentence starts and ends: `segment_breaks` ("450 000 manifestants contre
    800 000 le 23 mars"), and a comparison ("contre 26 000 le 19 janvier, …") up to the next comma."""
    breaks = "|".join(words.get("segment_breaks", [])) or r"(?!)"
    comparisons = "|".join(words.get("comparison_breaks", [])) or r"(?!)"
    bounds = [0] + [m.start() for m in re.finditer(breaks, sentence)] + [len(sentence)]
    for match in re.finditer(comparisons, sentence):
        comma = sentence.find(", ", match.end())
        bounds += [match.start()] + ([comma] if comma >= 0 else [])
    low = max(b for b in bounds if b <= offset)
    high = min((b for b in bounds if b > offset), default=len(sentence))
    return low, high


def earlier_day(which: str, day: Optional[str], days: dict[str, int]) -> Optional[str]:
    """The day of an earlier occurrence of a one-day event, among the days the dossier dates it to (`days`: ISO
    day -> how many figures say it, counted when at least two do): 'previous' is the last before `day`, 'first'
    the earliest, 'ordinal:N' the n-th up to `day` itself. None when the dossier dates no such day."""
    if which.startswith("ordinal:"):
        upto = sorted(d for d, n in days.items() if n >= 2 and day and d <= day)
        rank = int(which.split(":")[1])
        return upto[rank - 1] if len(upto) >= rank else None
    before = sorted(d for d, n in days.items() if n >= 2 and day and d < day)
    if not before:
        return None
    return before[-1] if which == "previous" else before[0]
