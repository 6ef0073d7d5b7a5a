"""Comparison pages: /-/compare lists the topics, /-/compare/<topic> plots every source's figure for one topic.

The chart is server-rendered SVG (no script, nothing fetched from elsewhere): one row per figure, grouped by
source (sources in order of their first article), by date within a source, on one value axis, with the interval
its qualifier allows:
  exact     a filled dot
  approx    a bar over the interval the row allows, with a dot at the stated value
  range     a bar between the two bounds
  at_least  a short bar from the bound to an arrowhead 10 % above it: "plus de 8 millions" is an estimate near
            its number, not an open interval (the band the verdicts allow, recoupe/verdicts.py BOUND_BAND);
            at_most mirrors it, 10 % below
  vague     the same shapes, dashed, the dot hollow
An inclusive bound ("au moins") is a filled dot, a strict one ("plus de") an open circle. When every figure can
be true at once and are about one moment, the values they all allow are shaded. The verdict is `topic_spread`'s
`verdict` (figures compared only with those about the same moment). The axis turns logarithmic when the values span two orders of magnitude or more.
Below it, the timeline (the `timeline` view): each figure on the date it is about (as_of), one colour per original
source, conflicts marked. The page is templates/compare.html; every text is escaped. The chart is drawn in
compare_chart.py.
"""

import math
import re
import sys
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import NotFound


SHARED = str(Path(__file__).with_name("shared"))  # modules the plugins share (Datasette loads only plugins/*.py)
if SHARED not in sys.path:
    sys.path.append(SHARED)
import compare_chart as chart_module  # noqa: E402
import recoupe_common as common  # noqa: E402

format_number = common.format_number
# Above this, an agreeing topic's factor is not shown on the index: its extremes are far apart because those figures
# count different things or moments, and the factor would read as a disagreement
AGREE_FACTOR = 1.1
KEY, Interval, choose_scale, describe, interval_of, render_chart = (
    chart_module.KEY, chart_module.Interval, chart_module.choose_scale, chart_module.describe,
    chart_module.interval_of, chart_module.render_chart)


# --- pages -----------------------------------------------------------------------------------


def by_source_then_date(figures: list) -> list:
    """Figures grouped by source, sources in order of their earliest article, by date within a source."""
    def date_key(figure):
        return (figure["published"] is None, figure["published"] or "")

    first_date = {}
    for figure in sorted(figures, key=date_key):
        first_date.setdefault(figure["source"], date_key(figure))
    return sorted(figures, key=lambda f: (first_date[f["source"]], f["source"], date_key(f),
                                          f["value"] if f["value"] is not None else -math.inf, f["figure_id"]))


def worst_figures(days: list, points: list) -> str:
    """The lowest and the highest figure about the worst moment, with their original sources ("147 (gouvernement)
    against 266 (étudiants)"): what the verdict is about. Among the figures in conflict when two are; vague ones and
    counts since revised left out, as the verdicts leave them out."""
    if not days:
        return ""
    size = len(days[0])  # a day (2024-07-20) or a year (2017)
    inside = [p for p in points if (p.get("as_of") or "")[:size] and days[0] <= p["as_of"][:size] <= days[-1]
              and p.get("as_of_from") != "revised" and common.figure_of(p) is not None]  # vague ones: None
    conflicting = [p for p in inside if p.get("in_conflict")]
    pool = conflicting if len(conflicting) >= 2 else inside
    if len(pool) < 2:
        return ""
    low, high = min(pool, key=common.figure_of), max(pool, key=common.figure_of)
    if common.figure_of(low) == common.figure_of(high):
        return ""

    def said(p):
        figure = common.format_in(common.figure_of(p), p.get("unit"))
        return f"{figure} ({p.get('original_source_name') or 'the article'})"

    return f": {said(low)} against {said(high)}"


def verdict_text(spread: dict, vague: bool = False, points: Optional[list] = None) -> str:
    """The verdict in a sentence a reporter can sign: figures are compared only with those about the same moment
    (topic_spread.verdict, recoupe/topics.py), so a count that grew over time is no contradiction. With the
    timeline's `points`, the worst moment's lowest and highest figures are named."""
    who = "The sources" if (spread.get("n_sources") or 0) > 1 else "The figures (all from one source)"
    verdict = spread.get("verdict") or ("agree" if spread.get("consistent") else "differ")
    moments = spread.get("windows") or 1
    # a window of dates, or of a past year the figures are about ("2017 – 2017": figures dated by their year)
    days = sorted(set(re.findall(r"\b\d{4}(?:-\d{2}){0,2}\b", spread.get("worst_window") or "")))
    figures = worst_figures(days, points or [])
    when = ("" if not days else f" (worst on {days[0]}{figures})" if len(days) == 1
            else f" (worst between {days[0]} and {days[-1]}{figures})")
    factor = spread.get("factor")
    apart = f", the highest {format_number(factor)} times the lowest" if factor else ""
    unsaid = common.not_compared(spread.get("topic") or "")
    if verdict == "agree" and unsaid:
        return f"Listed, not compared: {unsaid}."
    if common.nothing_compared({**spread, "verdict": verdict}):
        return ("Not compared: no two of these figures are about the same moment and say what they count, so "
                "nothing here agrees or disagrees; the timeline shows them side by side.")
    if verdict == "agree":
        if spread.get("explained"):  # figures of one moment differ, each pair for a reason the verdicts read
            return (f"No conflict: figures about the same moment differ, but {spread['explained']} "
                    f"({moments} moment{'s' if moments > 1 else ''} compared; the timeline shows them side by side).")
        if moments > 1:
            return (f"{who} agree at every moment: the figures about the same moment can all be true at once "
                    f"({moments} moments compared; the timeline shows how the number moved).")
        if vague:
            return (f"{who} agree: every figure can be true at once (a vague one, such as \u201cdes milliers\u201d, "
                    "contradicts nothing); the shaded band, where there is one, holds the values they all allow.")
        return f"{who} agree: every figure can be true at once; the shaded band holds the values they all allow."
    if verdict == "close":
        return f"{who} nearly agree: figures about the same moment are within 10 % of each other{when}."
    if verdict == "contradict":
        return (f"{who} contradict each other: figures about the same moment are twice apart or more{when}{apart}. "
                "Either they count different things, or someone is wrong.")
    return (f"{who} differ: figures about the same moment cannot all be true at once{when}{apart}. Either they "
            "count different things, or someone is wrong.")


def latest_moment(points: list[dict], days: int = 7) -> tuple[Optional[str], Optional[float]]:
    """(date, lowest figure) of a topic's latest moment: the figures dated within `days` of its last date (a week,
    the verdicts' default window), vague ones and earlier counts since revised left out. A toll or a damage
    estimate grows: the lowest figure over eleven weeks is the first day's, no figure any source still supports;
    and "a dramatic increase from the official count of 64" gives 64 as the count replaced that day."""
    from datetime import date

    dated = [p for p in points if p.get("as_of") and len(p["as_of"]) >= 10 and p.get("qualifier") != "vague"
             and p.get("as_of_from") != "revised"
             and (p.get("value") if p.get("value") is not None else p.get("value_low")) is not None]
    if not dated:
        return None, None
    last = max(p["as_of"][:10] for p in dated)
    end = date.fromisoformat(last)
    recent = [p for p in dated if (end - date.fromisoformat(p["as_of"][:10])).days <= days]
    return last, min(p["value"] if p.get("value") is not None else p["value_low"] for p in recent)


def summary_text(spread: dict, points: Optional[list[dict]] = None) -> str:
    unit = spread.get("unit")
    text = (f"{spread['n_figures']} figure(s) from {spread['n_sources']} source(s) in {spread['n_articles']} "
            f"article(s), ")
    if spread["min"] == spread["max"]:
        text += f"all at {common.format_in(spread['min'], unit)}."
    else:
        text += f"from {common.format_in(spread['min'], unit)} to {common.format_in(spread['max'], unit)}"
        first, last = spread.get("first_as_of"), spread.get("last_as_of")
        if first and last and first != last:
            text += f", about {first} to {last}"
        text += "."
    last, lowest = latest_moment(points or [])
    if (spread.get("windows") or 1) > 1 and lowest is not None:
        # figures of several moments: the conservative figure of the latest one, not the lowest of all time
        text += f" The most conservative figure of the latest moment ({last}): {common.format_in(lowest, unit)}."
    elif spread.get("conservative") is not None:
        text += f" The most conservative figure any source supports: {common.format_in(spread['conservative'], unit)}."
    return text


async def compare_topic(datasette, request):
    db = common.find_database(datasette)
    topic = tilde_decode(request.url_vars["topic"])  # links use Datasette's tilde encoding, as for table names
    spreads = await common.fetch(db, "select * from topic_spread where topic = ?", [topic]) if db else []
    topic_query = f"?topic={quote(topic, safe='')}"
    if not spreads:
        return await measures_page(datasette, request, db, topic, topic_query)
    spread = spreads[0]
    figures = await common.fetch(
        db, "select c.*, f.strict from figure_comparison c join figures f on f.id = c.figure_id where c.topic = ?",
        [topic],
    )
    figures = by_source_then_date(figures)
    for figure in figures:
        figure["allows"] = describe(figure)
        figure["href"] = common.article_url(datasette, figure["article_id"], "figure", figure["figure_id"])
        figure["marked_sentence"] = common.mark_in_sentence(
            figure["sentence"], figure.get("start"), figure.get("end"), figure.get("sentence_start"),
            figure["figure_text"], "figure")
    consistent = bool(spread["consistent"])
    # The shaded band (values every figure allows) only means something when all figures are about one moment.
    chart, unplotted = render_chart(figures, consistent and (spread.get("windows") or 1) == 1)
    points = await common.fetch(db, "select * from timeline where topic = ? order by as_of is null, as_of, figure_id",
                                [topic])
    label = spread.get("label") or topic
    heading = f"Figures for \u201c{label}\u201d"
    if label == topic and spread.get("object") and spread["object"] != topic:
        heading += f" ({spread['object']})"
    return await common.render_page(
        datasette,
        request,
        "compare.html",
        database=db.name,
        topic=topic,
        label=label,
        heading=heading,
        consistent=(spread.get("verdict") or ("agree" if consistent else "differ")) in ("agree", "close"),
        listed=common.listed({**spread, "topic": topic}),
        verdict=verdict_text(spread, vague=any(f["qualifier"] == "vague" for f in figures), points=points),
        summary=summary_text(spread, points),
        chart=chart,
        key=KEY,
        unplotted=unplotted,
        figures=figures,
        timeline=common.timeline_svg(points, datasette, label=f"{label}: each figure at its date, by original source"),
        legend=common.timeline_legend(points),
        conflicts=sum(1 for p in points if p.get("in_conflict")),
        revised=sum(1 for p in points if p.get("as_of_from") == "revised"),
        rows_url=datasette.urls.table(db.name, "figure_comparison") + topic_query,
        rows_csv=datasette.urls.table(db.name, "figures_export", format="csv") + topic_query + "&_size=max",
        rows_json=datasette.urls.table(db.name, "figures_export", format="json") + topic_query + "&_shape=array",
        spread_url=datasette.urls.table(db.name, "topic_spread") + topic_query,
    )


async def measures_page(datasette, request, db, topic, topic_query):
    """A topic of measurements (a calibre, a length): listed, not compared across sources."""
    figures = await common.fetch(
        db, "select f.id as figure_id, f.text as figure_text, f.article_id, f.sentence, f.start, f.[end], "
            "f.sentence_start, ar.label as article from figures f join articles ar on ar.id = f.article_id "
            "where f.topic = ? order by f.article_id, f.start", [topic]) if db else []
    if not figures:
        raise NotFound(f"No figures for the topic {topic!r}")
    for figure in figures:
        figure["href"] = common.article_url(datasette, figure["article_id"], "figure", figure["figure_id"])
        figure["marked_sentence"] = common.mark_in_sentence(
            figure["sentence"], figure["start"], figure["end"], figure["sentence_start"], figure["figure_text"],
            "figure")
    return await common.render_page(
        datasette, request, "compare.html", database=db.name, topic=topic, measures=figures,
        heading=f"Measurements: \u201c{topic}\u201d", rows_url=datasette.urls.table(db.name, "figures") + topic_query)


async def compare_index(datasette, request):
    db = common.find_database(datasette)
    if db is None:
        raise NotFound("No database")
    topics = await common.fetch(db, "select * from topic_spread")
    for topic in topics:
        topic["href"] = common.compare_url(datasette, topic["topic"])
        topic["listed"] = common.listed(topic)
        topic["moved"] = topic.get("verdict") == "agree" and common.moved_over_time(topic)
        topic["min_text"] = common.format_in(topic["min"], topic.get("unit"))
        topic["max_text"] = common.format_in(topic["max"], topic.get("unit"))
        topic["factor_text"] = format_number(topic["factor"]) if topic.get("factor") and not (
            topic.get("verdict") == "agree" and topic["factor"] > AGREE_FACTOR) else ""  # "1 000", not "1e+03"
    return await common.render_page(
        datasette, request, "compare.html", database=db.name, topics=topics, topic=None,
        heading="Compare the sources' figures, topic by topic"
    )


@hookimpl
def register_routes(datasette):
    return [
        (r"^/-/compare/?$", compare_index),
        (r"^/-/compare/(?P<topic>.+)$", compare_topic),
    ]
