"""The comparison chart of /-/compare/<topic> (plugins/compare.py): server-rendered SVG, one row per figure on one
value axis, with the interval its qualifier allows (the shapes are listed in compare.py's docstring); the axis's
scale, linear or logarithmic; and the key that says how to read it. Every text is escaped."""

import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from markupsafe import Markup


SHARED = str(Path(__file__).parent)  # modules the plugins share (Datasette loads only plugins/*.py)
if SHARED not in sys.path:
    sys.path.append(SHARED)
import recoupe_common as common  # noqa: E402

format_number = common.format_number


LOG_SCALE_RATIO = 100  # highest / lowest at or above which the axis is logarithmic


# Chart geometry, in SVG user units.
WIDTH = 960
LABEL_WIDTH = 330  # source, outlet, date and the figure as written, on the left
OVERFLOW = 34  # room past each end of the axis for the arrows of open-ended figures
BOUND_BAND = 0.10  # a bound reads as an estimate within 10 % of its number: recoupe/verdicts.py's BOUND_BAND
PLOT_LEFT = LABEL_WIDTH + OVERFLOW
PLOT_RIGHT = WIDTH - OVERFLOW - 16
TOP = 46
ROW_HEIGHT = 38
BOTTOM = 36
COLOURS = {
    "exact": "#1f4e8c", "approx": "#d9771e", "range": "#2a8c82", "at_least": "#7b3fa0", "at_most": "#7b3fa0",
    "vague": "#777777",
}


KEY = (
    "How to read the chart: one row per figure, grouped by source, by publication date within a source. A dot is "
    "a figure stated exactly; a bar is the interval a qualifier allows (approximately, between); a short arrow is "
    "a bound (at least, more than, up to), read as an estimate within 10 % of its number, the way the verdict "
    "reads it. A filled end is a bound the figure "
    "includes (\u201cau moins\u201d); an open circle one it excludes (\u201cplus de\u201d). Dashed: vague. The "
    "shaded band holds the values every figure allows. Hover a mark for its sentence; click it to read it in the "
    "article."
)


@dataclass
class Interval:
    """Where a figure sits on the axis: the value stated and the bounds its qualifier allows (None = no limit)."""

    value: Optional[float]
    low: Optional[float]
    high: Optional[float]

    def numbers(self) -> list:
        return [n for n in (self.value, self.low, self.high) if n is not None]

    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


def interval_of(figure: dict) -> Interval:
    """The figure's interval: the row's bounds, or its value where the qualifier makes that the bound."""
    value, low, high, qualifier = figure["value"], figure["value_low"], figure["value_high"], figure["qualifier"]
    if qualifier == "at_least":
        return Interval(value, low if low is not None else value, high)
    if qualifier == "at_most":
        return Interval(value, low, high if high is not None else value)
    if qualifier in ("exact", "approx"):
        return Interval(value, low if low is not None else value, high if high is not None else value)
    return Interval(value, low, high)  # range and vague: what the row gives


def near(interval: Interval, qualifier: str) -> Interval:
    """The interval a bound is compared by: "plus de 8 millions", "au moins 548" up to 10 % above the number, "up
    to 40" down to 10 % below it (a bound is an estimate near its number, as the verdicts read it). A vague
    quantity and a two-sided interval stay as they are."""
    if qualifier == "at_least" and interval.high is None and interval.low is not None:
        return Interval(interval.value, interval.low, interval.low * (1 + BOUND_BAND))
    if qualifier == "at_most" and interval.low is None and interval.high is not None:
        return Interval(interval.value, interval.high * (1 - BOUND_BAND), interval.high)
    return interval


def describe(figure: dict) -> str:
    """What the figure allows, in words and in the topic's unit: "more than 8 million", "10 000 to 11 000",
    "201 million €" (for "24 milliards" of francs CFP)."""
    interval = interval_of(figure)
    strict = bool(figure["strict"])

    def number(value):
        return common.format_in(value, figure.get("unit"))

    if interval.is_point():
        return number(interval.low)
    if interval.low is not None and interval.high is not None:
        return f"{number(interval.low)} to {number(interval.high)}"
    if interval.low is not None:
        return f"more than {number(interval.low)}" if strict else f"{number(interval.low)} or more"
    if interval.high is not None:
        return f"less than {number(interval.high)}" if strict else f"{number(interval.high)} or less"
    return f"about {number(interval.value)}" if interval.value is not None else "no value"


# --- numbers and scale -----------------------------------------------------------------------

@dataclass
class Scale:
    start: float
    stop: float
    log: bool

    def x(self, number: float) -> float:
        if self.log:
            fraction = (math.log10(number) - math.log10(self.start)) / (math.log10(self.stop) - math.log10(self.start))
        else:
            fraction = (number - self.start) / (self.stop - self.start)
        return PLOT_LEFT + fraction * (PLOT_RIGHT - PLOT_LEFT)

    def ticks(self) -> list:
        if self.log:
            first, last = round(math.log10(self.start)), round(math.log10(self.stop))
            ticks = [10.0**k for k in range(first, last + 1)]
            if last - first <= 2:  # few decades: 2 and 5 in between too
                ticks = sorted({m * t for t in ticks for m in (1, 2, 5) if m * t <= self.stop})
            return ticks
        step = nice_step((self.stop - self.start) / 5)
        count = int(round((self.stop - self.start) / step))
        return [round(self.start + i * step, 10) for i in range(count + 1)]


def nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten: the smallest not below `rough`."""
    if rough <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(rough))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= rough)


def choose_scale(numbers: list) -> Scale:
    """An axis covering every number: logarithmic when they span two orders of magnitude; otherwise linear, from
    zero when the numbers are positive and not far from it, else padded around them."""
    low, high = min(numbers), max(numbers)
    if low > 0 and high / low >= LOG_SCALE_RATIO:
        return Scale(10 ** math.floor(math.log10(low)), 10 ** math.ceil(math.log10(high)), True)
    if low == high:
        pad = abs(low) * 0.5 or 1.0
        low, high = low - pad, high + pad
    if 0 <= low <= high * 0.6:
        low = 0.0
    else:
        pad = (high - low) * 0.1
        low, high = low - pad, high + pad
    step = nice_step((high - low) / 5)
    start = math.floor(low / step) * step
    stop = math.ceil(high / step) * step
    if stop == high:  # a little room after the largest value
        stop += step
    return Scale(start, stop, False)


# --- the chart -------------------------------------------------------------------------------

def shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def arrow_markers() -> Markup:
    """An arrowhead per qualifier colour."""
    markers = [
        Markup(
            '<marker id="arrow-{}" viewBox="0 0 10 10" refX="2" refY="5" markerWidth="3.2" markerHeight="3.2" '
            'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{}"/></marker>'
        ).format(qualifier, colour)
        for qualifier, colour in COLOURS.items()
    ]
    return Markup("<defs>") + Markup("").join(markers) + Markup("</defs>")


def bound_mark(x: float, y: float, colour: str, strict: bool) -> Markup:
    """The bound of an open-ended figure: filled when the figure includes it, an open circle when it does not."""
    return Markup(
        '<circle class="{}" cx="{:.1f}" cy="{:.1f}" r="6" fill="{}" stroke="{}" stroke-width="2.5"/>'
    ).format("bound-open" if strict else "bound-closed", x, y, "#fff" if strict else colour, colour)


def tick_mark(x: float, y: float, colour: str) -> Markup:
    """The end of an interval around a figure (approx, range)."""
    return Markup(
        '<line class="bound-tick" x1="{x:.1f}" y1="{y1:.1f}" x2="{x:.1f}" y2="{y2:.1f}" stroke="{c}" '
        'stroke-width="2.5"/>'
    ).format(x=x, y1=y - 8, y2=y + 8, c=colour)


def mark_shapes(figure: dict, interval: Interval, scale: Scale, y: float) -> list:
    """One figure's shapes: its bar or arrow, the ends of its interval, and a dot at the value stated."""
    qualifier = figure["qualifier"] if figure["qualifier"] in COLOURS else "vague"
    colour = COLOURS[qualifier]
    dashed = Markup(' stroke-dasharray="5 3"') if qualifier == "vague" else Markup("")
    shapes = []
    open_below, open_above = interval.low is None, interval.high is None
    if not interval.is_point() and not (open_below and open_above):
        # Where the bar ends: at its bounds; a bound's bar runs to the end of the band it is compared by (10 %
        # past its number) and ends in an arrowhead for its direction; a vague one's open end runs past the
        # axis's end (down to zero on an axis that starts at zero: a count is never negative).
        drawn = near(interval, qualifier)
        floor_at_zero = drawn.low is None and not scale.log and scale.start == 0
        x_low = scale.x(drawn.low) if drawn.low is not None else scale.x(0) if floor_at_zero \
            else PLOT_LEFT - OVERFLOW + 6
        x_high = min(scale.x(drawn.high), PLOT_RIGHT + OVERFLOW - 6) if drawn.high is not None \
            else PLOT_RIGHT + OVERFLOW - 6
        x_low = max(x_low, PLOT_LEFT - OVERFLOW + 6)
        markers = ""
        if open_above:
            markers += f' marker-end="url(#arrow-{qualifier})"'
        if open_below and not floor_at_zero:
            markers += f' marker-start="url(#arrow-{qualifier})"'
        shapes.append(Markup(
            '<line class="bar" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="6" '
            'stroke-opacity="0.55"{}{}/>'
        ).format(x_low, y, x_high, y, colour, dashed, Markup(markers)))
        for bound, is_low in ((interval.low, True), (interval.high, False)):
            if bound is None:
                continue
            if open_below or open_above:  # the bound is the figure: "au moins 2 400" / "plus de 2 400"
                strict = bool(figure["strict"]) and qualifier in ("at_least", "at_most", "vague")
                shapes.append(bound_mark(scale.x(bound), y, colour, strict))
            else:
                shapes.append(tick_mark(scale.x(bound), y, colour))
    stated = interval.value if interval.value is not None else (interval.low if interval.is_point() else None)
    bound_drawn = (open_below or open_above) and stated in (interval.low, interval.high)
    if stated is not None and not bound_drawn:
        shapes.append(Markup(
            '<circle class="value" cx="{:.1f}" cy="{:.1f}" r="6.5" fill="{}" stroke="{}" stroke-width="2"{}/>'
        ).format(scale.x(stated), y, "#fff" if qualifier == "vague" else colour, colour, dashed))
    return shapes


def figure_row(figure: dict, interval: Interval, scale: Scale, top: float, new_source: bool) -> Markup:
    """The label (source; date, figure as written, outlet) and the mark of one figure, linking to its sentence."""
    y = top + ROW_HEIGHT / 2
    # the date and the figure as written first: a long outlet name ("Al Ain (fr.al-ain.com, United Arab Emirates,
    # French edition)") is what gets cut, not what the row is about
    details = " \u00b7 ".join(
        part for part in (figure["published"] or "undated",
                          f"\u00ab {shorten(figure['figure_text'], 28)} \u00bb", figure["outlet"])
        if part
    )
    tooltip = (
        f"{figure['figure_text']} \u2014 {figure['source']}, {figure['outlet'] or 'outlet unknown'}, "
        f"{figure['published'] or 'undated'}: {describe(figure)} ({figure['qualifier']})\n{figure['sentence']}"
    )
    separator = Markup(
        '<line x1="0" y1="{t}" x2="{w}" y2="{t}" stroke="#b8bec8" stroke-width="1"/>'
    ).format(t=top, w=WIDTH) if new_source else Markup("")
    label = Markup(
        '<text x="10" y="{:.1f}" font-size="13" font-weight="bold" fill="{}">{}</text>'
        '<text x="10" y="{:.1f}" font-size="11" fill="#555">{}</text>'
    ).format(top + 16, "#222" if new_source else "#888", shorten(figure["source"], 44), top + 31, shorten(details, 58))
    shapes = Markup("").join(mark_shapes(figure, interval, scale, y))
    return separator + label + Markup(
        '<g class="mark q-{q}" data-figure-id="{id}" data-qualifier="{q}"><a href="{href}">'
        '<title>{tooltip}</title><rect x="{x0}" y="{top}" width="{w}" height="{h}" fill="transparent"/>{shapes}</a></g>'
    ).format(q=figure["qualifier"], id=figure["figure_id"], href=figure["href"], tooltip=tooltip,
             x0=PLOT_LEFT - OVERFLOW, top=top, w=PLOT_RIGHT - PLOT_LEFT + 2 * OVERFLOW, h=ROW_HEIGHT, shapes=shapes)


def agreement_band(intervals: list, scale: Scale, rows_bottom: float) -> Markup:
    """The values every figure allows, shaded (drawn only when the sources agree)."""
    lows = [i.low for i in intervals if i.low is not None]
    highs = [i.high for i in intervals if i.high is not None]
    if not lows and not highs:
        return Markup("")
    x_low = scale.x(max(lows)) if lows else PLOT_LEFT - OVERFLOW
    x_high = scale.x(min(highs)) if highs else PLOT_RIGHT + OVERFLOW
    if x_high < x_low:
        return Markup("")
    if x_high - x_low < 6:  # a single value: a band narrow but visible, centred on it
        middle = (x_low + x_high) / 2
        x_low, x_high = middle - 3, middle + 3
    width = x_high - x_low
    return Markup(
        '<g class="agreement"><rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" fill="#2e8b57" fill-opacity="0.22"/>'
        '<text x="{:.1f}" y="{}" font-size="11" fill="#1b6e2e" text-anchor="middle">every figure allows</text></g>'
    ).format(x_low, TOP, width, rows_bottom - TOP, x_low + width / 2, rows_bottom + 24)


def axis(scale: Scale, rows_bottom: float) -> Markup:
    parts = []
    for tick in scale.ticks():
        x = scale.x(tick)
        parts.append(Markup(
            '<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" stroke="#d0d4da" stroke-width="1"/>'
            '<text x="{x:.1f}" y="{label_y}" font-size="12" fill="#333" text-anchor="middle">{label}</text>'
        ).format(x=x, top=TOP - 4, bottom=rows_bottom, label_y=TOP - 10, label=format_number(tick, compact=True)))
    parts.append(Markup('<text x="{}" y="16" font-size="12" fill="#555" text-anchor="end">{}</text>').format(
        PLOT_RIGHT + OVERFLOW, "logarithmic scale" if scale.log else "linear scale"))
    return Markup("").join(parts)


def render_chart(figures: list, consistent: bool) -> tuple:
    """The SVG chart of the figures (in the order given), and the ones that cannot be plotted."""
    intervals = [interval_of(f) for f in figures]
    plotted = [(f, i) for f, i in zip(figures, intervals) if i.numbers()]
    unplotted = [f["figure_text"] for f, i in zip(figures, intervals) if not i.numbers()]
    if not plotted:
        return Markup(""), unplotted
    scale = choose_scale([n for f, i in plotted for n in near(i, f["qualifier"]).numbers()])
    rows_bottom = TOP + ROW_HEIGHT * len(plotted)
    height = rows_bottom + (BOTTOM if consistent else 8)  # room under the rows for the shaded band's label
    parts = [Markup(
        '<svg class="compare-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
        'height="{h}" role="group" aria-label="Each source\u2019s figure on one axis" data-scale="{kind}">'
    ).format(w=WIDTH, h=height, kind="log" if scale.log else "linear"), arrow_markers()]
    for index in range(0, len(plotted), 2):  # zebra rows, to follow a row from its label to its mark
        parts.append(Markup('<rect x="0" y="{}" width="{}" height="{}" fill="#f6f7f9"/>').format(
            TOP + index * ROW_HEIGHT, WIDTH, ROW_HEIGHT))
    if consistent:
        # the values every figure allows, a bound read near its number; when only the rounding the verdicts
        # allow brings them together ("au moins 10" and "12"), the values their words allow
        band = agreement_band([near(i, f["qualifier"]) for f, i in plotted], scale, rows_bottom) \
            or agreement_band([i for _, i in plotted], scale, rows_bottom)
        parts.append(band)
    parts.append(axis(scale, rows_bottom))
    previous_source = None
    for index, (figure, interval) in enumerate(plotted):
        new_source = figure["source"] != previous_source
        parts.append(figure_row(figure, interval, scale, TOP + index * ROW_HEIGHT, new_source))
        previous_source = figure["source"]
    parts.append(Markup("</svg>"))
    return Markup("").join(parts), unplotted
