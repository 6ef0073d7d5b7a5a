"""A toll over a short span in a long story: "21 morts en 24 heures" is the toll so far when the dossier's toll is
as young as the span (an earthquake's "2 000 morts en 48 heures"), but that day's toll when the dossier counted the
same toll days before (a protest movement of weeks: the 24 hours are a stretch of it). frame_classes.py keeps a toll
over an unmarked span as the toll so far, since one article cannot tell; the dossier can, here. A figure of that
toll giving the same value within a day ("21 morts", the headline of "21 morts en 24 heures") is the same count."""

from __future__ import annotations

from datetime import date
from typing import Optional

from .dates import offset_in_sentence, parse_iso
from .frame_classes import span_near
from .frame_lexicon import is_toll

DAY_SPAN = 2.0  # days at most in a span whose toll is that day's count (":jour")
OLDER = 7  # days at least between the toll's earliest figure and the span's for the story to be older than the span
DAY_MARK = ":jour"
WEEK_MARK = ":semaine"


def _base(frame: dict) -> str:
    return (frame["class"] or "").split(":")[0]


def stated_days(frame: dict, lex: dict) -> Optional[float]:
    """The days of a span stated a few words from the figure, with no number between ("en 24 heures", "en deux
    jours"), or None."""
    sentence, text = frame["sentence"], frame["text"]
    at = offset_in_sentence(sentence, text)
    if at < 0:
        return None
    for match in lex["period"].finditer(sentence):
        if match.group("span") or not match.group("unit"):
            continue
        if match.start() < at + len(text) and match.end() > at or not span_near(sentence, match, at, len(text)):
            continue
        unit = lex["period_units"].get(match.group("unit").lower())
        number = match.group("n")
        if unit is None or number is None:
            continue
        count = int(number) if number.isdigit() else lex["period_numbers"].get(number.lower())
        if count:
            return unit * count
    return None


def spans_from_the_start(frames: list[Optional[dict]], lex: dict) -> None:
    """A toll over a recent span of days ("nearly 1,500 killed over the past three days", "ces sept derniers jours",
    `toll_period_marks`) is that span's count only when the story is older than the span: when the span reaches back
    to the dossier's earliest count of that toll, of an earlier day, or before it, it is the toll so far (the span is
    the whole story). Counts of the span's day only cannot tell ("17 morts ces sept derniers jours" beside "812 depuis
    le début de l'épidémie"); a count of one day ("en une seule journée") stays that day's."""
    tolls = [f for f in frames if f and is_toll(f)]
    earliest = _earliest([f for f in tolls if not f["cumul"]])
    for frame in tolls:
        day, first = parse_iso(frame["as_of"]), earliest.get(_toll_key(frame))
        if frame["cumul"] != WEEK_MARK or day is None or first is None:  # a day's count stays a day's
            continue
        days = stated_days(frame, lex)
        if days and 0 < (day - first).days <= days:  # one day's counts alone cannot tell where the story starts
            frame["cumul"] = ""


def _earliest(tolls: list[dict]) -> dict[tuple, date]:
    """The day of each toll's earliest dated count among `tolls`, by toll (_toll_key)."""
    earliest: dict[tuple, date] = {}
    for frame in tolls:
        day, key = parse_iso(frame["as_of"]), _toll_key(frame)
        if day is not None and (key not in earliest or day < earliest[key]):
            earliest[key] = day
    return earliest


def _toll_key(frame: dict) -> tuple:
    return frame["entity"], frame["group"], _base(frame)


def toll_days(frames: list[Optional[dict]], lex: dict) -> None:
    """Marks ":jour" the tolls over a stated span of a day or two when the dossier holds a figure of the same toll
    dated a week or more before (the story is older than the span), and the figures of that toll giving the same
    value within a day of such a count."""
    tolls = [f for f in frames if f and is_toll(f) and not f["cumul"] and ":" not in (f["class"] or "")]
    earliest = _earliest(tolls)
    marked = []
    for frame in tolls:
        day, first = parse_iso(frame["as_of"]), earliest.get(_toll_key(frame))
        days = stated_days(frame, lex)
        if day is not None and first is not None and days and days <= DAY_SPAN and (day - first).days >= OLDER:
            frame["cumul"] = DAY_MARK
            marked.append(frame)
    for frame in tolls:
        day = parse_iso(frame["as_of"])
        if frame["cumul"] or day is None or frame["vague"]:
            continue
        if any(_toll_key(other) == _toll_key(frame) and other["value"] == frame["value"]
               and abs((parse_iso(other["as_of"]) - day).days) <= 1 for other in marked):
            frame["cumul"] = DAY_MARK


def tally_days(frames: list[Optional[dict]], lex: dict) -> None:
    """A running tally's count of one night or day ("667 interpellations dans la nuit de jeudi à vendredi", "1,311
    arrested overnight": `:jour`) is that day's quantity, one per day: the arrests of one night are compared with
    the same night's, never set in one quantity with another night's. Its class takes the day (the night is dated by
    the morning it ends). Tolls are left as they are (their day's counts are toll_days')."""
    for frame in frames:
        if not frame or not frame["class"] or not frame["class"].endswith(DAY_MARK) or not frame["as_of"]:
            continue
        if not is_toll(frame) and lex["classes"].get(_base(frame), {}).get("tally") and parse_iso(frame["as_of"]):
            frame["class"] = f"{frame['class']}:{frame['as_of'][:10]}"


NAMED_APART = 2.0  # the toll's other counts of that day are this many times the named people's count at least


def named_dead(frames: list[Optional[dict]], lex: dict) -> None:
    """A toll whose count is, the same day (or the next), the count the dossier gives of named people's dead ("33
    morts" beside "la mort de 33 détenus") while the toll's other counts of that day are twice it or more (248 dead
    since the start) is those people's toll, another event's: it takes their noun. A toll with no other count that
    day keeps its noun (nothing says it is not the whole)."""
    tolls = [f for f in frames if f and is_toll(f) and f["value"] and not f["vague"]]
    bare = [f for f in tolls if f["entity"] == lex["canonical"].get(_base(f)) and not f["group"]]
    named = [f for f in tolls if f["entity"] not in lex["generic"] and f["entity"] not in lex["at_large"]
             and f["entity"] != lex["canonical"].get(_base(f)) and not f["share"]]
    for frame in bare:
        day = parse_iso(frame["as_of"])
        if day is None:
            continue
        same = [f for f in named if f["class"] == frame["class"] and f["value"] == frame["value"]
                and parse_iso(f["as_of"]) is not None and abs((parse_iso(f["as_of"]) - day).days) <= 1]
        others = [f for f in bare if f is not frame and f["class"] == frame["class"] and f["value"] != frame["value"]
                  and parse_iso(f["as_of"]) is not None and abs((parse_iso(f["as_of"]) - day).days) <= 1]
        if same and others and all(f["value"] >= NAMED_APART * frame["value"] for f in others):
            nouns = sorted({f["entity"] for f in same}, key=lambda e: (-sum(f["entity"] == e for f in same), e))
            frame["entity"] = nouns[0]
