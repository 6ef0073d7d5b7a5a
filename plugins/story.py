"""The story on one page, /-/story: what a reporter needs before reading any table.

- Every quantity two independent sources or more give (`topic_spread`): its readable label, its range, its verdict,
  its timeline sparkline (`timeline`) with the dates it spans, and who gives which figure, tracing each back to its
  original source (sources in conflict first; past eight, the rest folded). The quantities one source gives have
  nothing to compare: they are listed apart, one line each, and no verdict says "the sources agree" for them.
- A sources × quantities grid (quantities two sources or more give): each original source's figure for each
  quantity; a figure in conflict, or, for a quantity about one moment, far from the others (over 1.5 times or under
  2/3 of the median of three or more sources), is marked.
- The denials and refusals to confirm (`claims`), one line per sentence.
- The places on a map drawn on the server (SVG, longitude and latitude as they are: no tiles, works offline), each
  linking to the articles that name it.
The page is templates/story.html; no script; everything from the database is escaped.
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import NotFound
from markupsafe import Markup


SHARED = str(Path(__file__).with_name("shared"))  # modules the plugins share (Datasette loads only plugins/*.py)
if SHARED not in sys.path:
    sys.path.append(SHARED)
import recoupe_common as common  # noqa: E402


OUTLIER_RATIO = 1.5  # a source's figure over 1.5 times, or under 2/3 of, the median of the sources' figures
VERDICTS = {
    "agree": "the sources agree",
    "close": "close: the figures nearly agree",
    "differ": "the figures differ",
    "contradict": "the sources contradict each other",
}
SOURCES_SHOWN = 8  # lines of "who says what" before the rest folds under "N more sources" (three or more)


def single_verdict(verdict: str) -> str:
    """A quantity one independent source gives: nothing to compare, so no "the sources agree"."""
    if verdict == "agree":
        return "one source: nothing to compare"
    return {"close": "close", "differ": "its figures differ",
            "contradict": "its figures contradict each other"}.get(verdict, verdict) + " (one source)"


def verdict_words(verdict: str, spread: dict, n_sources: int, unsaid: str) -> str:
    """The verdict as the story page words it. A quantity whose sources agree at each moment but whose figures moved
    over the weeks (a toll from 1 000 to 5 587) is not one on which "the sources agree": the count moved."""
    if unsaid:
        return "listed, not compared"
    if n_sources <= 1:
        return single_verdict(verdict)
    if verdict == "agree" and common.moved_over_time(spread):
        return "the sources agree at each date; the figure moved over time"
    if verdict == "agree" and spread.get("explained"):
        return "no conflict: " + spread["explained"]
    return VERDICTS.get(verdict, verdict)


def date_span(points: list) -> str:
    """The dates a quantity's figures are about, first to last ("2024-07-18 → 2025-02-12"), for its sparkline."""
    days = sorted(p["as_of"] for p in points if common.day_number(p.get("as_of")) is not None)
    if not days:
        return ""
    return days[0] if days[0] == days[-1] else f"{days[0]} → {days[-1]}"


def representative(values: list) -> float:
    return statistics.median(values)


def stated(points: list) -> str:
    """A source's figures for one quantity, as a reader writes them, in the quantity's unit: "12 000",
    "10 000 – 11 000", "201 million € (« 24 milliards » F CFP)"; a vague quantity in its words ("des milliers")."""
    values = sorted({common.figure_of(p) for p in points if common.figure_of(p) is not None})
    unit = next((p.get("unit") for p in points if p.get("unit")), None)
    parts = [common.format_range(values[0], values[-1], unit)] if values else []
    # what a source wrote in another currency than the one compared, as written
    converted = sorted({(p.get("figure_text"), p.get("written_in")) for p in points
                        if common.figure_of(p) is not None and p.get("figure_text") and p.get("written_in")
                        and p.get("written_in") != unit})
    if converted:
        parts[-1] += " (" + ", ".join(f"\u00ab {text} \u00bb {common.unit_symbol(written)}"
                                      for text, written in converted) + ")"
    parts += sorted({p["figure_text"] for p in points if p.get("qualifier") == "vague" and p.get("figure_text")})
    return "; ".join(parts) or "no value"


def quantity_rows(datasette, spreads: list, points_of: dict) -> list:
    """One row per quantity: label, range, verdict, sparkline, and who gives which figure."""
    found = []
    for spread in spreads:
        points = points_of.get(spread["topic"], [])
        by_source = defaultdict(list)
        for p in points:
            by_source[p.get("original_source_name") or "the article"].append(p)
        via = {name: sorted({p["source_name"] for p in ps if p.get("source_name") and p["source_name"] != name})
               for name, ps in by_source.items()}
        low, high = spread.get("min"), spread.get("max")
        verdict = spread.get("verdict") or ("agree" if spread.get("consistent") else "differ")
        unsaid = common.not_compared(spread["topic"]) if verdict == "agree" else ""
        n_sources = spread.get("n_independent_sources") or spread.get("n_sources") or 0
        if not unsaid and n_sources > 1 and common.nothing_compared({**spread, "verdict": verdict}):
            unsaid = "no two figures about the same moment"  # nothing was compared: no agreement to show
        verdict = "listed" if unsaid else verdict  # listed, not compared: never counted among those that agree
        sources = [{"name": name, "figure": stated(ps), "via": via[name], "n": len(ps),
                    "conflict": any(p.get("in_conflict") for p in ps)}
                   for name, ps in by_source.items()]
        # sources in conflict first, then those giving the most figures; past SOURCES_SHOWN the rest folds away
        sources.sort(key=lambda s: (not s["conflict"], -s["n"], s["name"].casefold()))
        found.append({
            "topic": spread["topic"],
            "unit": spread.get("unit"),
            "label": spread.get("label") or spread["topic"],
            "href": common.compare_url(datasette, spread["topic"]),
            "range": common.format_range(low, high, spread.get("unit")),
            "factor": spread.get("factor"),
            "factor_text": common.format_number(spread["factor"]) if spread.get("factor") else "",
            "windows": spread.get("windows") or 1,
            "verdict": verdict,
            "single": n_sources <= 1,
            "verdict_text": verdict_words(verdict, spread, n_sources, unsaid),
            "n_sources": n_sources,
            "n_figures": spread.get("n_figures"),
            "sparkline": common.timeline_svg(points, small=True, width=170, height=40,
                                             label=f"{spread.get('label') or spread['topic']} over time"),
            "span": date_span(points),
            # folded only when that hides several ("1 more source" would cost a click for one line)
            "sources": sources if len(sources) <= SOURCES_SHOWN + 2 else sources[:SOURCES_SHOWN],
            "more_sources": [] if len(sources) <= SOURCES_SHOWN + 2 else sources[SOURCES_SHOWN:],
        })
    return found


def grid(quantities: list, points_of: dict) -> tuple:
    """Rows: original sources (most quantities first); columns: quantities; cells: the source's figure, marked
    when in conflict or an outlier."""
    cells = defaultdict(dict)
    for q in quantities:
        by_source = defaultdict(list)
        for p in points_of.get(q["topic"], []):
            by_source[p.get("original_source_name") or "the article"].append(p)
        # a source that gives only a vague quantity ("des milliers") has no value to compare
        values = {name: representative(found) for name, ps in by_source.items()
                  if (found := [common.figure_of(p) for p in ps if common.figure_of(p) is not None])}
        # A count about several moments (a toll over weeks) has no one median: its early figures are no outliers
        # for being lower than its late ones; only a conflict about the same moment (`in_conflict`) is marked.
        over_time = q.get("windows", 1) > 1
        median = statistics.median(values.values()) if len(values) >= 3 and not over_time else None
        for name, ps in by_source.items():
            outlier = bool(median) and values.get(name, 0) > 0 and not (1 / OUTLIER_RATIO <= values[name] / median
                                                                        <= OUTLIER_RATIO)
            # With three sources or more, the one far from the median is marked; with two, or over time, those in
            # conflict.
            conflict = median is None and any(p.get("in_conflict") for p in ps)
            cells[name][q["topic"]] = {
                "text": stated(ps), "outlier": outlier or conflict,
                "why": ("in conflict with another source about the same moment" if over_time
                        else "in conflict with another source") if conflict
                else f"far from the sources' median ({common.format_in(median, q.get('unit'))})" if outlier else "",
            }
    sources = sorted(cells, key=lambda name: (-len(cells[name]), name.casefold()))
    return sources, cells


async def denials(datasette, db) -> list:
    """Claims that deny or cannot confirm, one per sentence (its speakers joined), oldest article first."""
    found = await common.fetch(
        db,
        "select c.id, c.article_id, c.start, c.stance, c.verb, c.text, c.speaker_text, "
        "coalesce(a.name, c.speaker_text) as speaker, ar.label as article, ar.outlet, ar.published "
        "from claims c join articles ar on ar.id = c.article_id left join actors a on a.id = c.actor_id "
        "where c.stance in ('denies', 'cannot_confirm') "
        "order by ar.published is null, ar.published, c.article_id, c.start")
    lines = {}
    for claim in found:
        key = (claim["article_id"], claim["text"])
        if key not in lines:
            lines[key] = {**claim, "speakers": [], "href": common.article_url(datasette, claim["article_id"], "claim",
                                                                              claim["id"])}
            lines[key]["sentence"] = common.mark_in_sentence(claim["text"], None, None, None, claim["speaker_text"],
                                                             "actor")
        if claim["speaker"] and claim["speaker"] not in lines[key]["speakers"]:
            lines[key]["speakers"].append(claim["speaker"])
    return list(lines.values())


MAP_WIDTH, MAP_HEIGHT, MAP_PAD = 1200, 520, 40
LABEL_ROOM = 110  # past the easternmost place, for its name


def places_map(datasette, places: list) -> Markup:
    """The located places, on longitude and latitude (equirectangular), sized by mentions, each a link."""
    located = [p for p in places if p["latitude"] is not None and p["longitude"] is not None]
    if not located:
        return Markup("")
    lons, lats = [p["longitude"] for p in located], [p["latitude"] for p in located]
    west, east, south, north = min(lons) - 3, max(lons) + 3, min(lats) - 2, max(lats) + 2
    scale = min((MAP_WIDTH - 2 * MAP_PAD - LABEL_ROOM) / (east - west), (MAP_HEIGHT - 2 * MAP_PAD) / (north - south))

    def xy(lon, lat):
        return MAP_PAD + (lon - west) * scale, MAP_PAD + (north - lat) * scale

    width = round(2 * MAP_PAD + LABEL_ROOM + (east - west) * scale)
    height = round(2 * MAP_PAD + (north - south) * scale)
    parts = [Markup(
        '<svg class="story-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        'role="group" aria-label="Map of the places the articles name, sized by mentions">'
    ).format(w=width, h=height)]
    for lon in range(int(west // 10 * 10), int(east) + 1, 10):  # graticule every 10 degrees
        x, _ = xy(lon, 0)
        if MAP_PAD <= x <= width - MAP_PAD:
            parts.append(Markup('<line x1="{x:.0f}" x2="{x:.0f}" y1="{t}" y2="{b}" stroke="#dfe5ec"/>'
                                '<text x="{x:.0f}" y="{ty}" font-size="10" fill="#555" text-anchor="middle">{}°</text>')
                         .format(lon, x=x, t=MAP_PAD, b=height - MAP_PAD, ty=height - MAP_PAD + 14))
    for lat in range(int(south // 10 * 10), int(north) + 1, 10):
        _, y = xy(0, lat)
        if MAP_PAD <= y <= height - MAP_PAD:
            parts.append(Markup('<line x1="{l}" x2="{r}" y1="{y:.0f}" y2="{y:.0f}" stroke="#dfe5ec"/>'
                                '<text x="{tx}" y="{y:.0f}" font-size="10" fill="#555" text-anchor="end">{}°</text>')
                         .format(lat, l=MAP_PAD, r=width - MAP_PAD, y=y, tx=MAP_PAD - 4))
    most = max(p["mention_count"] or 1 for p in located)
    labelled = {p["id"] for p in sorted(located, key=lambda p: -(p["mention_count"] or 0))[:14]}
    placed = []  # the boxes of the names written so far: a name that would overlap one is left to the tooltip
    for p in sorted(located, key=lambda p: -(p["mention_count"] or 0)):
        x, y = xy(p["longitude"], p["latitude"])
        radius = 4 + 10 * ((p["mention_count"] or 1) / most) ** 0.5
        box = (x + radius + 3, y - 8, x + radius + 3 + 7 * len(p["name"]), y + 6)
        free = all(box[2] < b[0] or b[2] < box[0] or box[3] < b[1] or b[3] < box[1] for b in placed)
        label = Markup("")
        if p["id"] in labelled and free:
            placed.append(box)
            label = Markup('<text x="{:.1f}" y="{:.1f}" font-size="12" fill="#1a1a1a" stroke="#fff" '
                           'stroke-width="3" paint-order="stroke">{}</text>').format(box[0], y + 4, p["name"])
        parts.append(Markup(
            '<a href="{href}"><title>{name}: named {n} time(s) in {a} article(s)</title>'
            '<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#1f5fa8" fill-opacity="0.55" stroke="#0d3b73"/>'
            '{label}</a>'
        ).format(href=datasette.urls.path(f"/-/article?place={p['id']}"), name=p["name"], n=p["mention_count"],
                 a=p["article_count"], x=x, y=y, r=radius, label=label))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


async def story(datasette, request):
    db = common.find_database(datasette)
    if db is None:
        raise NotFound("No database")
    spreads = await common.fetch(db, "select * from topic_spread")
    spreads.sort(key=lambda s: (-(s.get("n_independent_sources") or s.get("n_sources") or 0),
                                -(s.get("n_figures") or 0), s["topic"]))
    points_of = defaultdict(list)
    for p in await common.fetch(db, "select * from timeline order by as_of is null, as_of, figure_id"):
        points_of[p["topic"]].append(p)
    quantities = quantity_rows(datasette, spreads, points_of)
    # compared: given by two independent sources or more; the others have nothing to compare, and are listed apart
    compared = [q for q in quantities if not q["single"]]
    sources, cells = grid(compared, points_of)
    articles = await common.fetch(db, "select id, label, outlet, published from articles "
                                      "order by published is null, published, id")
    dates = sorted(a["published"] for a in articles if a["published"])
    outlets = sorted({a["outlet"] for a in articles if a["outlet"]})
    places = await common.fetch(db, "select id, name, kind, latitude, longitude, mention_count, article_count "
                                    "from places order by mention_count desc, name")
    return await common.render_page(
        datasette, request, "story.html", database=db.name,
        heading="The story: who says what, with which figures",
        quantities=quantities, compared=compared, single=[q for q in quantities if q["single"]],
        sources=sources, cells=cells, denials=await denials(datasette, db),
        articles=articles, first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
        outlets=outlets, unknown_outlets=sum(1 for a in articles if not a["outlet"]),
        undated=sum(1 for a in articles if not a["published"]),
        agreeing=sum(1 for q in compared if q["verdict"] == "agree"),
        places=places, places_map=places_map(datasette, places),
        unlocated=[p for p in places if p["latitude"] is None or p["longitude"] is None],
    )


@hookimpl
def register_routes(datasette):
    return [(r"^/-/story/?$", story)]
