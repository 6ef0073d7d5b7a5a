"""Verdicts: within a topic, figures about the same moment compared the way a reporter would (the rule is the
docstring of recoupe/topics.py, "Verdicts")."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import Optional

from .dates import offset_in_sentence, parse_iso
from .frame_currency import in_reference_currency
from .frames import CUMULATIVE, event_class, lexicons
from .models import Figure, Topic
from .topic_labels import LOCAL, UNHELD, _commonest, label, modality_class

ROUNDING_CAP = 0.05
BOUND_BAND = 0.10
CLOSE = 1.10
CONTRADICT = 2.0
DEFAULT_WINDOW_DAYS = 7
LIST_LENGTH = 3
PAIRWISE_LIMIT = 400  # larger windows are judged in linear time
VERDICTS = ("agree", "close", "differ", "contradict")
# A number written as a word of magnitude ("un millier", "une centaine", "a dozen") says an order, not a count:
# "plus d'un millier" is a thousand to under two thousand, "une centaine" a hundred give or take a quarter.
MAGNITUDE_WORDS = re.compile(r"(?i)\b(?:milliers?|centaines?|dizaines?|douzaines?|vingtaines?|trentaines?|"
                             r"quarantaines?|cinquantaines?|soixantaines?|thousands?|hundreds?|dozens?|scores?)\b")
MAGNITUDE_BAND = 0.25
YEAR, REVISED = "year", "revised"  # as_of_from of a figure about a past year, of the old value of a revision


def interval(figure: Figure) -> Optional[tuple[float, float]]:
    """The values a figure allows, for comparison (None for a vague quantity: it contradicts nothing)."""
    if figure.qualifier == "vague":
        return None
    value = figure.value
    if value is None:
        return None
    tolerance = rounding(value)
    magnitude = bool(MAGNITUDE_WORDS.search(figure.text or ""))
    if figure.qualifier == "at_least":
        if magnitude:  # "plus d'un millier": a thousand or more, short of the next count of thousands
            return value - tolerance, value * 2
        return value - tolerance, value * (1 + BOUND_BAND) + tolerance
    if magnitude and figure.qualifier == "approx" and figure.value_low is None:
        return value * (1 - MAGNITUDE_BAND), value * (1 + MAGNITUDE_BAND)  # "une centaine": about a hundred
    if figure.qualifier == "at_most":
        return value * (1 - BOUND_BAND) - tolerance, value + tolerance
    low = figure.value_low if figure.value_low is not None else value
    high = figure.value_high if figure.value_high is not None else value
    return low - tolerance, high + tolerance


def rounding(value: float) -> float:
    """Half the unit of a round figure's last significant digit, at most 5 % of it: 13 000 -> 500, 1 500 -> 50,
    1 280 000 -> 5 000, 8 000 000 -> 400 000 (capped), 1 089 -> 0.5."""
    if value <= 0 or value != int(value):
        return 0.0
    unit = 1
    number = int(value)
    while number % 10 == 0:
        number //= 10
        unit *= 10
    if unit == 1:
        return 0.5
    return min(unit / 2, value * ROUNDING_CAP)


def windows(members: list[Figure], days: int) -> list[list[Figure]]:
    """Figures about the same moment: dated figures grouped from the earliest, `days` at most apart from the
    window's first; undated figures (or dated by month only) join every window."""
    years: dict[str, list[Figure]] = defaultdict(list)  # "killed 85 people in 2018": compared within that year only
    for figure in members:
        if figure.as_of_from == YEAR and figure.as_of:
            years[figure.as_of].append(figure)
    past = [years[year] for year in sorted(years)]
    members = [f for f in members if not (f.as_of_from == YEAR and f.as_of)]
    dated = sorted((f for f in members if parse_iso(f.as_of)), key=lambda f: (f.as_of, f.id))
    undated = [f for f in members if not parse_iso(f.as_of)]
    if not dated:
        return past + [undated] if undated or not past else past
    found: list[list[Figure]] = []
    start: Optional[date] = None
    for figure in dated:
        day = parse_iso(figure.as_of)
        if start is None or (day - start).days > days:
            found.append([])
            start = day
        found[-1].append(figure)
    return past + [window + undated for window in found]


MAGNITUDE = 10.0  # sums of money this far apart, of which nothing is said, are not estimates of one sum


def _magnitudes(window: list[Figure]) -> list[list[Figure]]:
    """A window of sums nothing is said of ("120 milliards de dirhams", "une aide de 2 500 dirhams par mois") as
    runs of values within MAGNITUDE of the run's smallest: each run compared on its own, never a budget against
    a household's aid. Figures without a value join every run."""
    valued = sorted((f for f in window if f.value), key=lambda f: (f.value, f.id))
    unvalued = [f for f in window if not f.value]
    runs: list[list[Figure]] = []
    for figure in valued:
        if not runs or figure.value > MAGNITUDE * runs[-1][0].value:
            runs.append([])
        runs[-1].append(figure)
    return [run + unvalued for run in runs] or [unvalued]


def judge(window: list[Figure], tally: bool = False, days: int = 0, grows: Optional[bool] = None,
          excuses: Optional[set] = None) -> tuple[str, Optional[float], set[str]]:
    """(verdict, factor, ids of the figures in conflict) for the figures of one window; `excuses`, when given,
    gathers why figures that differ are no conflict (keys of EXCUSES).

    Two figures of one sentence from one source are never compared: "140 incendies ont été éteints et 50 sont
    toujours en cours" sets two counts side by side, it does not contradict itself. A running tally (a toll,
    arrests: `tally` in events.yml) rises through the day: two of its figures conflict only when two different
    sources give them; from one source, or from none named, they are successive counts ("38 interpellations à
    18h30", then "44")."""
    generic = lexicons()["generic"]
    grows = bool(days) if grows is None else grows  # a count compared over days grows: a later one no lower is no conflict
    window = [f for f in window if not _remainder(f)]  # "300 autres bâtiments": the rest of a set, no estimate of it
    compared = [(f, interval(f)) for f in window if interval(f) is not None
                and not (f.entity in generic and not f.event and not f.event_class and not f.entity_group)]
    # people of whom nothing is said ("3 283 personnes", a parse that lost the verb) are shown, compared with nothing
    split = [f for f, _ in compared if f.qualifier == "range" and f.value_low and f.value_high
             and f.value_high / f.value_low >= CONTRADICT and _in_parentheses(f)]
    if split:  # "Marseille (10.000 à 170.000)": two counts twice apart or more, given as one range
        worst = max(split, key=lambda f: f.value_high / f.value_low)
        return "contradict", round(worst.value_high / worst.value_low, 3), {f.id for f in split}
    if len(compared) > PAIRWISE_LIMIT:
        return _judge_large(compared)
    vague_conflicts, vague_factor = _vague_conflicts(window, compared, tally, days, grows, generic)
    if len(compared) < 2 and not vague_conflicts:
        return "agree", None, set()  # nothing compared: no factor (the pages say "not compared", not "agree")
    worst_gap, worst_factor, conflicts = 1.0, vague_factor, set(vague_conflicts)
    none_against_some = False
    lists = _lists(compared)
    for index, (a, ia) in enumerate(compared):
        for b, ib in compared[index + 1:]:
            if ia[1] >= ib[0] and ib[1] >= ia[0]:
                continue  # overlapping: nothing to excuse (tested first: it is cheap, and most pairs overlap)
            excuse = _excused(a, b, tally, days, grows, generic) or (
                "list" if _answered_in_list(a, ib, lists) or _answered_in_list(b, ia, lists) else None)
            if excuse:
                if excuses is not None:
                    excuses.add(excuse)
                continue
            gap = max(_ratio(ia[0], ib[1]), _ratio(ib[0], ia[1]))
            worst_gap = max(worst_gap, gap)
            if gap > CLOSE:
                conflicts |= {a.id, b.id}
                if a.value and b.value:
                    worst_factor = max(worst_factor, max(a.value, b.value) / min(a.value, b.value))
                elif a.value or b.value:
                    none_against_some = True  # "aucun mort" against "3 morts": no factor, a contradiction
    values = [f.value for f, _ in compared if f.value]
    factor = round(max(values) / min(values), 3) if values and min(values) > 0 else None
    if vague_conflicts:
        worst_gap = max(worst_gap, vague_factor)
    if worst_gap <= 1.0:
        return "agree", factor, set()
    if not conflicts:
        return "close", factor, set()
    if none_against_some and worst_factor < CONTRADICT:
        return "contradict", None, conflicts
    return ("contradict" if worst_factor >= CONTRADICT else "differ"), round(worst_factor, 3), conflicts


@lru_cache(maxsize=1)
def _remainder_words() -> tuple[re.Pattern, re.Pattern]:
    """events.yml `remainder_before` (ending right before a figure) and `remainder_after` (right after it, not before
    a comparison: "d'autres que", "other than")."""
    from .lexicon import load

    events = load("events")

    def alternatives(key: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, str(words).split())) for words in events.get(key) or ()) or "(?!)"

    return (re.compile(r"(?<![\w'’])(?:" + alternatives("remainder_before") + r")\s+$", re.I),
            re.compile(r"\s+(?:" + alternatives("remainder_after") + r")(?![\w'’])(?!\s+(?:than|que|qu['’]))", re.I))


def _remainder(figure: Figure) -> bool:
    """A figure that counts the rest of a set or a further batch, said so by the words right around it ("1 200
    maisons et 300 autres bâtiments", "another 89,000", "the remaining 13 states": events.yml `remainder_before`,
    `remainder_after`): no estimate of the whole, compared with no other figure of its topic."""
    at = offset_in_sentence(figure.sentence or "", figure.text or "")
    if at < 0:
        return False
    before, after = _remainder_words()
    return bool(before.search(figure.sentence[max(0, at - 40):at])
                or after.match(figure.sentence, at + len(figure.text)))


def _list_key(figure: Figure) -> tuple:
    return figure.article_id, figure.sentence, _said_by(figure)


def _lists(compared: list[tuple[Figure, tuple[float, float]]]) -> dict[tuple, list]:
    """The window's lists (_list_key: three values or more of one sentence in one voice), each with the values
    its figures allow; grouped once per window, not once per pair."""
    grouped = defaultdict(list)
    for figure, allowed in compared:
        grouped[_list_key(figure)].append((figure, allowed))
    return {key: members for key, members in grouped.items() if len(members) >= LIST_LENGTH}


def _answered_in_list(figure: Figure, other: tuple[float, float], lists: dict[tuple, list]) -> bool:
    """A sentence that gives three values or more of one topic in one voice gives a list, not one count: each
    candidate's share of the vote, each province's toll. Another article's figure is set against the value of
    that list it matches, if any, not against every other value of the list."""
    return any(sibling is not figure and allowed[1] * CLOSE >= other[0] and other[1] * CLOSE >= allowed[0]
               for sibling, allowed in lists.get(_list_key(figure), ()))


def _one_revision(a: Figure, b: Figure) -> bool:
    """A figure its sentence gives as an earlier count since revised ("up from six earlier in the day", "un précédent
    bilan faisait état de 1 305 morts": as_of_from 'revised') is the old value of a revision, set against no other
    count, unless the old value cites an original source and the other count goes back to another ("in its previous
    report, the OCHA said 11,300, citing the Red Crescent" against "3,958, citing the WHO"): a source replaced by
    another is still a conflict. A vague estimate still contradicts it by its order of magnitude
    (_vague_conflicts)."""
    if REVISED not in (a.as_of_from, b.as_of_from):
        return False
    old, other = (a, b) if a.as_of_from == REVISED else (b, a)
    cited = old.original_source_id and old.original_source_id != old.source_actor_id
    said = other.original_source_id or other.source_actor_id
    return not (cited and said and said != old.original_source_id)


def _said_of_other(a: Figure, b: Figure, generic) -> bool:
    """Two counts of people no class of events.yml knows what they did, and said to do different things ("1 200
    personnes repoussées", "126 personnes accueillies" at hospitals): two quantities, not one to compare."""
    return a.entity in generic and b.entity in generic and not a.event_class and not b.event_class \
        and (a.event or None) != (b.event or None)


def _said_differently(a: Figure, b: Figure) -> bool:
    """Two figures each said to undergo an event of its own, which events.yml puts in two different classes
    ("30 personnes tuées", "300 personnes évacuées") or in none ("1,700 destroyed", "544 affected"; "400
    maisons inspectées", "1 500 répertoriées"): two quantities the topic joined on thin evidence, not one to compare.
    Two verbs of one class ("envoyés", "déployés") are one quantity; so is a verb no class knows beside one a class
    knows, or beside a counted noun that carries its class ("porter à cinq le nombre de morts"), and a figure with no
    event of its own is compared as before."""
    if not a.event or not b.event or a.event == b.event:
        return False
    first, second = event_class(a.event, a.entity), event_class(b.event, b.entity)
    if first is None or second is None:
        return first is second  # two events no class knows; one that a class knows is the quantity's
    return first != second


def _vague_conflicts(window: list[Figure], compared: list[tuple[Figure, tuple[float, float]]], tally: bool,
                     days: int, grows: bool = False, generic=()) -> tuple[set[str], float]:
    """A vague quantity ("plusieurs centaines", "des milliers": the band its words allow) conflicts with a figure of
    the same moment only when they are twice apart or more: when it says more ("hundreds" of dead against 14 dead);
    when it says less of a running tally ("des dizaines de morts" against 700 dead: a toll is a count, "dozens"
    denies 700; not a headline's word: _headline), but not of a crowd or a stock ("des milliers" of houses beside
    50 000 undersays, it does not contradict); and against another vague quantity of another voice ("hundreds" of
    protesters, "thousands").
    Nearer, a word for an order of magnitude says nothing against a number. Two vague quantities of one sentence
    ("des centaines, voire des milliers") or one source are never set against each other."""
    conflicts, worst = set(), 1.0
    # a vague word that is itself the old value of a revision ("Missing Drops to 66, from Hundreds") is the timeline
    vagues = [f for f in window if f.qualifier == "vague" and f.value_low and f.value_high and f.as_of_from != REVISED]
    for index, vague in enumerate(vagues):
        for other, (low, high) in compared:
            if _side_by_side(vague, other) or tally and _successive(vague, other, strict=days == 0) or high <= 0:
                continue
            says_more = vague.value_low / high
            says_less = low / vague.value_high if tally and not _headline(vague) else 0.0
            if says_more >= CONTRADICT or says_less >= CONTRADICT and not _excused(vague, other, tally, days, grows,
                                                                                 generic):
                conflicts |= {vague.id, other.id}
                worst = max(worst, says_more, says_less)
        for other in vagues[index + 1:]:
            gap = max(vague.value_low / other.value_high, other.value_low / vague.value_high)
            if gap >= CONTRADICT and not _excused(vague, other, tally, days, grows, generic):
                conflicts |= {vague.id, other.id}
                worst = max(worst, gap)
    return conflicts, round(worst, 3)


def _headline(figure: Figure) -> bool:
    """Whether the figure stands in its article's headline: the opening line, with no full stop ("IOM says thousands
    of civilians have fled El-Fasher"). A headline's "thousands" sums up a story; it does not deny its count."""
    at = offset_in_sentence(figure.sentence, figure.text)
    return at >= 0 and figure.start == at and not figure.sentence.rstrip().endswith(".")


# Why figures of one moment that differ are still no conflict, as the pages say it (Topic.explained)
EXCUSES = {
    "side_by_side": "one source gives both in one sentence",
    "parts": "they are parts of one breakdown",
    "one_writer": "the article sets them side by side, naming no source",
    "successive": "a running count rose through the day",
    "grew": "the count grew from one date to the next",
    "same_source": "one source updated or rounded its own count",
    "revised": "the text says the lower one was revised",
    "other_event": "they count people said to do different things",
    "list": "a list's matching value agrees",
}


def _excused(a: Figure, b: Figure, tally: bool, days: int, grows: bool, generic) -> Optional[str]:
    """Why two figures of one window that do not overlap are still no conflict (judge's reasons but the lists'): the
    key of EXCUSES, or None. The first reason that holds is given, in this order."""
    if _side_by_side(a, b):
        return "side_by_side"
    if _sibling_parts(a, b):
        return "parts"
    if _one_writer(a, b):
        return "one_writer"
    if tally and _successive(a, b, strict=days == 0):
        return "successive"
    if grows and _grew(a, b, tally):
        return "grew"
    if _same_source(a, b):
        return "same_source"
    if _one_revision(a, b):
        return "revised"
    if _said_of_other(a, b, generic) or _said_differently(a, b):
        return "other_event"
    return None


def _sibling_parts(a: Figure, b: Figure) -> bool:
    """Two parts of one sentence ("500 sacs, dont 100 pour enfants et 400 pour adultes"): a breakdown of one whole,
    whatever word sits between them ("pour" may also give a source), never two estimates of one part."""
    return bool(a.share and b.share) and a.article_id == b.article_id and a.sentence == b.sentence


def _between(a: Figure, b: Figure) -> tuple[Figure, Figure, int, str]:
    """Two figures of one sentence in order, where the first stands in it, and the words between them."""
    first, second = (a, b) if a.start < b.start else (b, a)
    at = offset_in_sentence(first.sentence, first.text)
    return first, second, at, first.sentence[at + len(first.text):at + second.start - first.start] if at >= 0 else ""


def _two_counts_given(a: Figure, b: Figure) -> bool:
    """Two figures of one sentence that give one thing's two counts, each a source's: "(10.000 à 25.000)" after a
    town, "(7.800 et 20.000 samedi)"."""
    if a.article_id != b.article_id or a.sentence != b.sentence:
        return False
    first, second, at, between = _between(a, b)
    return between.strip() in ("à", "ou") or between.strip() == "et" and _in_parentheses(first, at) \
        and _in_parentheses(second, at + second.start - first.start)


def _one_writer(a: Figure, b: Figure) -> bool:
    """Two figures of one article that nobody is said to give: the writer's own, who sets two quantities side by side
    ("46 (16 femmes et 3 mineurs), 44 (6 femmes)" boat by boat, a plan's 98 billion and its 8 for aid), and does not
    contradict himself; a source named for either makes them comparable again, and so does one thing's two counts
    given together (_two_counts_given)."""
    return a.article_id == b.article_id and not _said_by(a) and not _said_by(b) and not _two_counts_given(a, b)


def _in_parentheses(figure: Figure, at: Optional[int] = None) -> bool:
    """"Marseille (sud, 10.000 à 170.000)": a range inside parentheses, where a town's two counts are given."""
    at = offset_in_sentence(figure.sentence, figure.text) if at is None else at
    before = figure.sentence[:max(at, 0)]
    return at > 0 and before.rfind("(") > before.rfind(")")


def _successive(a: Figure, b: Figure, strict: bool = True) -> bool:
    """Two figures of a running tally that are one count growing. A tally of one day (arrests: "38 interpellations à
    18h30", then "44") grows by the hour: its figures are two counts only when two different sources give them. A
    toll compared over days (`strict` False) is one count growing when one source gives both, or when one article
    gives both without naming two sources ("the toll rose to 60, from 26 reported earlier"); figures of two articles
    are two counts of the same day unless they name the same source."""
    first, second = _named_source(a), _named_source(b)
    if first and second:
        return first == second
    return strict or a.article_id == b.article_id


def _named_source(figure: Figure) -> Optional[str]:
    """_said_by, case folded: its actor, else the words that name a source the dossier made no actor of ("State
    television announced that the toll was 41"), another source than the article's other ones."""
    said = _said_by(figure)
    return said.lower() if said else None


def _grew(a: Figure, b: Figure, tally: bool = True) -> bool:
    """Two figures about two different days, the later one no lower: the count grew ("54 blessés" on Tuesday, "une
    centaine" on Wednesday; damage estimated at 150 million, then at a billion a week later), whoever gives them.
    A later count lower than an earlier one is still compared. Not for a stock or a population (static_classes),
    whose two estimates of two days are two estimates of one number; nor, for a count that is no running tally,
    when two named sources give them in articles a day apart whose text says no day (each dated by its article
    only): two estimates of one news day ("6 000 arrivals", the Red Cross; "more than 7 000", the mayor, the next
    morning), compared."""
    day_a, day_b = parse_iso(a.as_of), parse_iso(b.as_of)
    if not day_a or not day_b or day_a == day_b or a.value is None or b.value is None:
        return False
    if not tally and _two_sources_one_news_day(a, b, abs((day_a - day_b).days)):
        return False
    earlier, later = (a, b) if day_a < day_b else (b, a)
    low = later.value_low if later.value_low is not None else later.value
    high = earlier.value_high if earlier.value_high is not None else earlier.value
    return low >= high or later.value >= earlier.value


def _two_sources_one_news_day(a: Figure, b: Figure, apart: int) -> bool:
    """Both figures dated by their articles only, at most a day apart, from two named sources that differ."""
    first, second = a.original_source_id or a.source_actor_id, b.original_source_id or b.source_actor_id
    return apart <= 1 and a.as_of_from == "article" and b.as_of_from == "article" and bool(first and second) \
        and first != second


@lru_cache(maxsize=1)
def _static_classes() -> frozenset:
    """common/topics.yml `static_classes`: quantities that do not grow by the day (a stock, a population), whose
    later higher figure is another estimate, not growth."""
    from .lexicon import load

    return frozenset(load("topics", "common").get("static_classes") or [])


def _same_source(a: Figure, b: Figure) -> bool:
    """Two figures that go back to one named source (its original source, else its speaker): a source that gives
    two numbers for one quantity and moment updates or rounds its own count ("une soixantaine" at 17h, "126" at 20h,
    from the hospitals' body); a contradiction is between independent sources."""
    first, second = a.original_source_id or a.source_actor_id, b.original_source_id or b.source_actor_id
    # in one sentence, two numbers credited to one source are more often a second source the parse missed ("les
    # syndicats ont compté 20.000 manifestants et la préfecture 8.500"): _side_by_side decides those
    return bool(first) and first == second and (a.article_id, a.sentence) != (b.article_id, b.sentence)


def _said_by(figure: Figure) -> Optional[str]:
    return figure.original_source_id or figure.source_actor_id or figure.source_text


def _side_by_side(a: Figure, b: Figure) -> bool:
    """Two figures of one sentence, one source, and no word between them that gives another source."""
    if a.article_id != b.article_id or a.sentence != b.sentence or _said_by(a) != _said_by(b) \
            or _two_counts_given(a, b):
        return False
    between = _between(a, b)[3].lower().replace("’", "'")
    # "On a 5.000 pertes d'emplois directs, mais on estime à 7.000 les emplois…": "on" is the same voice
    return not any(not re.search(r"\b(?:on|l'on|nous)\s+$", between[:m.start()]) for m in markers().finditer(between))


@lru_cache(maxsize=None)
def markers(language: str = "fr") -> re.Pattern:
    from .lexicon import load

    words = load("modality", language).get("attribution_markers", [])
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else re.compile(r"(?!)")


def _judge_large(compared: list[tuple[Figure, tuple[float, float]]]) -> tuple[str, Optional[float], set[str]]:
    """judge() for a window too large to compare pair by pair: a figure conflicts with another when their
    intervals are more than 10 % apart, read from the highest low bound and lowest high bound of the others."""
    values = [f.value for f, _ in compared if f.value]
    factor = round(max(values) / min(values), 3) if values and min(values) > 0 else None
    low = max(i[0] for _, i in compared)
    high = min(i[1] for _, i in compared)
    if low <= high:
        return "agree", factor, set()
    lows = sorted(((i[0], f.id) for f, i in compared), reverse=True)
    highs = sorted((i[1], f.id) for f, i in compared)
    conflicts = set()
    for figure, (own_low, own_high) in compared:
        other_low = lows[1][0] if lows[0][1] == figure.id else lows[0][0]
        other_high = highs[1][0] if highs[0][1] == figure.id else highs[0][0]
        if _ratio(other_low, own_high) > CLOSE or _ratio(own_low, other_high) > CLOSE:
            conflicts.add(figure.id)
    if not conflicts:
        return "close", factor, set()
    return ("contradict" if factor is None or factor >= CONTRADICT else "differ"), factor, conflicts


def _ratio(low: float, high: float) -> float:
    return low / high if high > 0 else (math.inf if low > 0 else 0.0)


def judged_topics(figures: list[Figure]) -> list[tuple[str, list[Figure]]]:
    """The topics judge_topics judges (every topic but those of measures), each with its figures, by topic."""
    by_topic: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.topic and figure.kind != "measure":
            by_topic[figure.topic].append(figure)
    return sorted(by_topic.items())


def judge_topics(figures: list[Figure], language: str = "fr") -> tuple[list[Figure], list[Topic]]:
    """Figures with `in_conflict` set, and one Topic per topic with its label and verdict."""
    lex = lexicons(language)
    conflicted: set[str] = set()
    topics = []
    for topic, members in judged_topics(figures):
        members = sorted(map(in_reference_currency, members), key=lambda f: f.id)  # in one currency; in id order
        frame = members[0]
        cls = _commonest(f.event_class for f in members)
        spec = lex["classes"].get(cls.split(":")[0], {}) if cls else {}
        if cls and (cls.endswith(CUMULATIVE) or cls == CUMULATIVE.lstrip(":")):
            spec = {**spec, "window_days": DEFAULT_WINDOW_DAYS, "cumulative": True}
        days = spec.get("window_days", DEFAULT_WINDOW_DAYS)
        worst = ("agree", None, None)
        groups = windows(members, days)
        # counts of places the text does not say are compared with nothing: the topic agrees; so are shares whose
        # holder the text does not say when the dossier gives others' ("55 % des voix" beside Doe's and Roe's); and
        # sums said of what no source estimates (aid by tier, a pledge: events.yml `estimated_money`)
        unheld = frame.kind == "percent" and frame.entity_group == UNHELD \
            or spec.get("needs_place") and not frame.scope_key \
            or frame.kind == "amount" and cls and cls.split(":")[0] not in lex["estimated_money"]
        if frame.kind == "amount" and not cls:
            groups = [part for window in groups for part in _magnitudes(window)]
        excuses: set[str] = set()
        for window in [] if frame.scope_key == LOCAL or unheld else groups:
            verdict, factor, conflicts = judge(window, bool(spec.get("tally")), days,
                                               grows=bool(days) and (cls or "").split(":")[0] not in _static_classes(),
                                               excuses=excuses)
            conflicted |= conflicts
            if VERDICTS.index(verdict) > VERDICTS.index(worst[0]) or worst[1] is None and factor is not None \
                    and verdict == worst[0]:
                dates = sorted(f.as_of for f in window if f.as_of)
                worst = (verdict, factor, f"{dates[0]} – {dates[-1]}" if dates else None)
        topics.append(Topic(
            id=topic, label=label(members, spec, topic), entity=topic.split("/")[0].split(":")[0].split("@")[0],
            entity_group=frame.entity_group, event_class=cls, modality=modality_class(frame.modality),
            scope_key=frame.scope_key, first=frame.first, share=frame.share, verdict=worst[0], factor=worst[1], windows=len(groups),
            worst_window=worst[2], explained=None if worst[0] in ("differ", "contradict")
            else "; ".join(text for key, text in EXCUSES.items() if key in excuses) or None,
        ))
    return [f.model_copy(update={"in_conflict": int(f.id in conflicted)}) for f in figures], topics
