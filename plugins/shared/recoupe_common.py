"""What the recoupe plugins share: the dossier database, the URLs of the plugins' pages, numbers as a reader
writes them, marks in a sentence, and the pages' rendering from templates/.

Not a plugin (no hook), so it lives in plugins/shared/, which Datasette does not load (it loads plugins/*.py, each
as a module of its own, not as a package): the plugins put plugins/shared/ on sys.path and import it by name.

Everything from the database is escaped (markupsafe, or Jinja's autoescape) before it reaches a page.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Optional
from urllib.parse import quote, urlparse

from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

PREFERRED_DATABASE = "dossier"
STATIC_MOUNT = "assets"  # `--static assets:static`: the stylesheet is /assets/recoupe.css


def find_database(datasette):
    """The dossier database: the one named `dossier`, else the first one attached."""
    names = [name for name in datasette.databases if name != "_internal"]
    if PREFERRED_DATABASE in names:
        return datasette.get_database(PREFERRED_DATABASE)
    return datasette.get_database(names[0]) if names else None


async def fetch(db, sql, params=()) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, list(params))).rows]


async def render_page(datasette, request, template: str, **context) -> Response:
    """A page from templates/ (served with --template-dir), with the metadata base.html reads."""
    html = await datasette.render_template(template, {"metadata": datasette.metadata(), **context}, request=request)
    return Response.html(html)


# --- URLs ------------------------------------------------------------------------------------


# Datasette's tilde encoding walks the id character by character; a table page encodes the same few ids hundreds
# of times.
tilde = lru_cache(maxsize=100_000)(tilde_encode)


def article_url(datasette, article_id, kind=None, piece_id=None) -> str:
    """The article page, or one piece of it (#figure-<id>, #place-<id>, #actor-<id>, #claim-<id>)."""
    path = datasette.urls.path(f"/-/article/{tilde(str(article_id))}")
    if kind and piece_id:
        path += f"#{kind}-{quote(str(piece_id), safe='')}"
    return path


def compare_url(datasette, topic) -> str:
    return datasette.urls.path(f"/-/compare/{tilde(str(topic))}")


def safe_url(url) -> Optional[str]:
    """The URL when it is a web address (http or https); None otherwise (no javascript: or data: links)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    parsed = urlparse(url)
    return url if parsed.scheme in ("http", "https") and parsed.netloc else None


# --- numbers ---------------------------------------------------------------------------------


# Largest first: 2.5e9 reads "2.5 billion", not "2.5e+03 million"
_LARGE_UNITS = ((1e12, "trillion", "T"), (1e9, "billion", "B"), (1e6, "million", "M"))


def format_number(number, compact: bool = False) -> str:
    """12 000 (narrow no-break space between thousands), 1.28 million, 2 billion; `compact` for axis labels: 8 M."""
    if number is None or number == "":
        return ""
    number = float(number)
    if abs(number) >= 1e6:
        number = float(f"{number:.3g}")  # rounded first, so that 999.6 million reads "1 billion"
    for scale, word, short in _LARGE_UNITS:
        if abs(number) >= scale:
            scaled = f"{number / scale:.3g}"
            return f"{scaled}\u202f{short}" if compact else f"{scaled} {word}"
    if number.is_integer() or abs(number) >= 100:
        return f"{round(number):,}".replace(",", "\u202f")
    return f"{number:,.3g}".replace(",", "\u202f")


# How a page writes the unit a topic is compared in (figures.unit: a currency's lemma, or "%"); another currency
# is written as its name
UNIT_SYMBOLS = {"%": "%", "euro": "\u202f\u20ac", "dollar": "\u202f$", "livre": "\u202f\u00a3",
                "franc cfp": "\u202fF\u202fCFP", "franc cfa": "\u202fF\u202fCFA"}


def unit_symbol(unit: str) -> str:
    """How a unit is written after a number ("€", "F CFP", "%", or its name), without the space before it."""
    return UNIT_SYMBOLS.get(unit, unit).lstrip("\u202f")


def format_in(number, unit=None, compact: bool = False) -> str:
    """A number with the unit it counts in: "45%", "201 million €", "12 000" (a count has no unit)."""
    text = format_number(number, compact)
    if not text or not unit:
        return text
    return text + UNIT_SYMBOLS.get(unit, f" {unit}")


def format_range(low, high, unit=None) -> str:
    """From one value to another in the unit they count in ("150 million € – 1 billion €"), or the one value."""
    if low == high:
        return format_in(low, unit)
    return f"{format_in(low, unit)} \u2013 {format_in(high, unit)}"


def nice_ticks(low: float, high: float, count: int = 4) -> list:
    """Round values from `low` to past `high`: steps of 1, 2 or 5 times a power of ten."""
    import math

    rough = (high - low) / count or 1.0
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


def format_count(number) -> str:
    """An integer with thousands separators, never abbreviated (13 000, 8 000 000)."""
    if number is None or number == "":
        return ""
    number = float(number)
    if number.is_integer():
        return f"{int(number):,}".replace(",", "\u202f")
    return f"{number:,.6g}".replace(",", "\u202f")


def json_list(value) -> Optional[list]:
    """A JSON list stored as text, as a list of strings; None when it is not one."""
    if not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        found = json.loads(value)
    except ValueError:
        return None
    return [str(item) for item in found] if isinstance(found, list) else None


# --- marks -----------------------------------------------------------------------------------


def mark(piece: str, kind: str, href=None) -> Markup:
    inner = Markup(f'<mark class="hl hl-{escape(kind)}">{escape(piece)}</mark>')
    if href:
        return Markup(f'<a class="hl-link" href="{escape(href)}">{inner}</a>')
    return inner


def sentence_with_mark(sentence: str, local_start: int, local_end: int, kind: str, href=None) -> Markup:
    return escape(sentence[:local_start]) + mark(sentence[local_start:local_end], kind, href) + escape(sentence[local_end:])


def span_in_sentence(sentence: str, start, end, sentence_start, piece=None) -> Optional[tuple]:
    """(start, end) of the piece inside its sentence: from the row's offsets when it has them (the right one of
    two identical numbers), else where `piece` occurs exactly once; None when neither places it."""
    if all(isinstance(n, int) for n in (start, end, sentence_start)):
        local_start, local_end = start - sentence_start, end - sentence_start
        if 0 <= local_start < local_end <= len(sentence):
            return local_start, local_end
    if piece:
        at = sentence.find(piece)
        if at != -1 and sentence.find(piece, at + 1) == -1:
            return at, at + len(piece)
    return None


def mark_in_sentence(sentence: str, start, end, sentence_start, piece, kind: str, href=None) -> Markup:
    span = span_in_sentence(sentence or "", start, end, sentence_start, piece)
    return sentence_with_mark(sentence, *span, kind, href) if span else escape(sentence or "")


# --- timelines (the `timeline` view) -----------------------------------------------------------

# Okabe-Ito's colour-blind-safe palette (less its yellow, too pale on white), then greys.
SOURCE_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6B4C9A", "#444444"]


def figure_of(point: dict):
    """A point's value, or the bound it gives (None for a vague quantity: "des milliers" is no 2 000)."""
    if point.get("qualifier") == "vague":
        return None
    return next((point[k] for k in ("value", "value_low", "value_high") if point.get(k) is not None), None)


def day_number(as_of) -> Optional[int]:
    """An ISO date (YYYY-MM-DD, or YYYY-MM: its first day) as a day number; None when undated or unreadable."""
    import datetime

    if not isinstance(as_of, str) or len(as_of) < 7:
        return None
    try:
        return datetime.date.fromisoformat(as_of[:10] if len(as_of) >= 10 else as_of[:7] + "-01").toordinal()
    except ValueError:
        return None


def source_colours(points: list) -> dict:
    """One colour per original source, in order of first appearance."""
    colours = {}
    for p in points:
        name = p.get("original_source_name") or "the article"
        if name not in colours:
            colours[name] = SOURCE_COLOURS[min(len(colours), len(SOURCE_COLOURS) - 1)]
    return colours


GAP_DAYS = 21  # a stretch without a figure longer than this, and than a fifth of the span, is drawn this long


def time_axis(days: list) -> tuple:
    """Where each day sits along the time axis (0 to 1), and the stretches drawn shorter (day before, day after,
    days between). A toll counted daily for three weeks, then once in November and once in February: drawn to
    scale, the three weeks would be a blot in the first tenth of the chart; each long empty stretch is drawn
    GAP_DAYS long instead, and marked as broken."""
    unique = sorted(set(days))
    if len(unique) < 2:
        return {day: 0.5 for day in unique}, []
    span = unique[-1] - unique[0]
    position, along, breaks = 0, {unique[0]: 0}, []
    for before, after in zip(unique, unique[1:]):
        gap = after - before
        if gap > GAP_DAYS and gap > span / 5:
            breaks.append((before, after, gap))
            gap = GAP_DAYS
        position += gap
        along[after] = position
    return {day: at / position for day, at in along.items()}, breaks


def timeline_svg(points: list, datasette=None, width: int = 960, height: int = 220, small: bool = False,
                 label: str = "") -> Markup:
    """Each figure at its date (undated ones in a column of their own at the right; a long stretch without a figure
    drawn shorter, and marked), its interval as a bar, one colour per original source, a red ring round a figure
    in conflict. Server-rendered SVG, no script. `small`:
    a sparkline (no axis, no text), for the story page."""
    import math

    plotted = [p for p in points if any(p.get(k) is not None for k in ("value", "value_low", "value_high"))]
    if not plotted:
        return Markup("")
    colours = source_colours(plotted)
    numbers = [p[k] for p in plotted for k in ("value", "value_low", "value_high") if p.get(k) is not None]
    low, high = min(numbers), max(numbers)
    log = low > 0 and high / low >= 100
    if not log:
        ticks = nice_ticks(0 if low >= 0 else low, high if high > 0 else 1)
        low, high = ticks[0], ticks[-1] if ticks[-1] > ticks[0] else ticks[0] + 1
    days = [d for d in (day_number(p.get("as_of")) for p in plotted) if d is not None]
    undated = any(day_number(p.get("as_of")) is None for p in plotted)
    left, right = (4, width - 4) if small else (80, width - 50)
    top, bottom = (4, height - 4) if small else (20, height - 40)
    undated_x = right - (6 if small else 30)
    dated_right = undated_x - (14 if small else 60) if undated else right
    first, last = (min(days), max(days)) if days else (0, 0)
    along, breaks = time_axis(days)

    def x_of(p):
        day = day_number(p.get("as_of"))
        if day is None:
            return undated_x
        if last == first:
            return (left + dated_right) / 2
        return left + along[day] * (dated_right - left)

    def y_of(v):
        if log:
            fraction = (math.log10(v) - math.log10(low)) / ((math.log10(high) - math.log10(low)) or 1)
        else:
            fraction = (v - low) / ((high - low) or 1)
        return bottom - fraction * (bottom - top)

    parts = [Markup(
        '<svg class="{}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        'role="{}" aria-label="{}">'  # a group when its points are links (an img's children are not focusable)
    ).format("sparkline" if small else "timeline-chart", "img" if small or datasette is None else "group",
             label or "figures over time, by original source", w=width, h=height)]
    if not small:
        ticks = ([10 ** k for k in range(math.ceil(math.log10(low)), math.floor(math.log10(high)) + 1)] if log
                 else nice_ticks(low, high))
        for tick in ticks:
            parts.append(Markup(
                '<line x1="{l}" x2="{r}" y1="{y:.1f}" y2="{y:.1f}" stroke="#dde1e6"/>'
                '<text x="{tx}" y="{ty:.1f}" font-size="11" fill="#333" text-anchor="end">{}</text>'
            ).format(format_number(tick, compact=True), l=left, r=right, y=y_of(tick), tx=left - 6, ty=y_of(tick) + 4))
        import datetime

        last_label = -math.inf
        for day in sorted(set(days)):
            x = x_of({"as_of": datetime.date.fromordinal(day).isoformat()})
            if x - last_label < 70:  # a date label is about 65 px wide: skip one that would overlap the last
                continue
            last_label = x
            parts.append(Markup(
                '<text x="{:.1f}" y="{}" font-size="11" fill="#333" text-anchor="middle">{}</text>'
            ).format(x, bottom + 16, datetime.date.fromordinal(day).isoformat()))
        if undated:
            parts.append(Markup('<text x="{}" y="{}" font-size="11" fill="#333" text-anchor="middle">undated</text>')
                         .format(undated_x, bottom + 16))
        parts.append(Markup('<text x="{}" y="12" font-size="11" fill="#555">{}</text>').format(
            left, "logarithmic scale" if log else "linear scale"))
    for before, after, gap in breaks:  # a long stretch without a figure, drawn short: said, not hidden
        x = left + (along[before] + along[after]) / 2 * (dated_right - left)
        parts.append(Markup('<line class="time-break" x1="{x:.1f}" x2="{x:.1f}" y1="{t}" y2="{b}" stroke="#8a94a3" '
                            'stroke-dasharray="3 3"><title>{g} days without a figure, drawn shorter</title></line>')
                     .format(x=x, t=top, b=bottom, g=gap))
        if not small:
            parts.append(Markup('<text x="{x:.1f}" y="{y}" font-size="10" fill="#555" text-anchor="middle">'
                                '\u2026 {g} days \u2026</text>').format(x=x, y=bottom + 30, g=gap))
    # Figures on the same date and value are spread a little, so none hides another.
    seen = {}
    for p in plotted:
        colour = colours[p.get("original_source_name") or "the article"]
        x = x_of(p)
        key = (round(x), p.get("value"), p.get("value_low"), p.get("value_high"))
        x += (3 if small else 9) * seen.get(key, 0)
        seen[key] = seen.get(key, 0) + 1
        shapes = []
        lo, hi = p.get("value_low"), p.get("value_high")
        if lo is not None and hi is not None and lo != hi and (not log or lo > 0):
            shapes.append(Markup(
                '<line x1="{x:.1f}" x2="{x:.1f}" y1="{y1:.1f}" y2="{y2:.1f}" stroke="{c}" stroke-width="{sw}" '
                'stroke-opacity="0.6"/>').format(x=x, y1=y_of(lo), y2=y_of(hi), c=colour, sw=2 if small else 4))
        value = p.get("value") if p.get("value") is not None else (lo if lo is not None else hi)
        y = y_of(value) if not (log and value <= 0) else bottom
        if p.get("in_conflict"):
            shapes.append(Markup('<circle class="conflict" cx="{:.1f}" cy="{:.1f}" r="{}" fill="none" '
                                 'stroke="#b3261e" stroke-width="2"/>').format(x, y, 5 if small else 10))
        if p.get("as_of_from") == "revised":  # the old value of a revision: a hollow dot, the count it was
            shapes.append(Markup('<circle class="revised" cx="{:.1f}" cy="{:.1f}" r="{}" fill="#fff" stroke="{}" '
                                 'stroke-width="2"/>').format(x, y, 2.5 if small else 5, colour))
        else:
            shapes.append(Markup('<circle cx="{:.1f}" cy="{:.1f}" r="{}" fill="{}"/>').format(
                x, y, 2.5 if small else 6, colour))
        title = (f"{p.get('original_source_name') or 'the article'}"
                 + (f" (via {p['source_name']})" if p.get("source_name") and p.get("source_name") != p.get("original_source_name") else "")
                 + f", {p.get('as_of') or 'undated'}: {format_in(value, p.get('unit'))}"
                 + (f" (\u00ab {p['figure_text']} \u00bb)" if p.get("figure_text") else "")
                 + (" \u2014 an earlier count (since revised, or of an earlier time)" if p.get("as_of_from") == "revised" else "")
                 + (" \u2014 about that year" if p.get("as_of_from") == "year" else "")
                 + (" \u2014 in conflict with another source" if p.get("in_conflict") else ""))
        body = Markup("<title>{}</title>").format(title) + Markup("").join(shapes)
        if datasette is not None and not small and p.get("article_id"):
            body = Markup('<a href="{}">{}</a>').format(
                article_url(datasette, p["article_id"], "figure", p.get("figure_id")), body)
        parts.append(Markup('<g class="point" data-figure-id="{}">{}</g>').format(p.get("figure_id") or "", body))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def timeline_legend(points: list) -> Markup:
    """The colour of each original source, as a list (the chart's key, readable without the colours too)."""
    items = [Markup('<li><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill="{}"/></svg> '
                    '{}</li>').format(colour, name) for name, colour in source_colours(points).items()]
    return Markup('<ul class="timeline-legend">') + Markup("").join(items) + Markup("</ul>")


# Topics whose figures recoupe lists without comparing them (recoupe/topic_labels.py): what their texts leave unsaid
NOT_COMPARED = {"bénéficiaire non précisé": "the texts do not say whose share each figure is, while other shares of "
                                            "it in this dossier have a named holder",
                "lieu non précisé": "the texts do not say where these counts hold, while others name a place"}


MOVED_FACTOR = 1.1  # extremes further apart than this, over several moments: the figure moved


def nothing_compared(spread: dict) -> bool:
    """A topic of several figures that agrees only because no window compared two of them (topic_spread.factor is
    NULL: each moment held one figure, or figures that say nothing of what they count): listed, not compared."""
    return spread.get("verdict") == "agree" and spread.get("factor") is None and (spread.get("n_figures") or 0) > 1


def listed(spread: dict) -> bool:
    """A topic listed, not compared: one whose texts leave what it counts unsaid (`not_compared`), or whose figures no
    window compared (`nothing_compared`)."""
    return spread.get("verdict") == "agree" and bool(not_compared(spread.get("topic") or "")) \
        or nothing_compared(spread)


def moved_over_time(spread: dict) -> bool:
    """A topic about several moments whose extremes are over 10 % apart: its figures moved over the weeks (a toll that
    grew), so agreeing at each moment is not agreeing on one number."""
    low, high = spread.get("min"), spread.get("max")
    return (spread.get("windows") or 1) > 1 and bool(low) and bool(high) and high / low > MOVED_FACTOR


def not_compared(topic: str) -> str:
    """Why a topic's figures are listed and not compared, or "" (they are compared)."""
    return next((why for mark, why in NOT_COMPARED.items() if mark in topic), "")
