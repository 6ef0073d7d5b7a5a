"""Cross-figure adoption rules of topics (see recoupe/topics.py): which figures of a dossier count one quantity
when their frames differ in a class no lexicon names (_soft_classes), in the noun for the same people
(_same_people), in a toll's town and country (_tolls_as_one), in a quantity's town and country (_places_as_one),
in a place the gazetteer could not place (_same_place); and which unscoped counts are local (_local_counts). Each
rule rewrites the frames of assign_topics in place."""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter, defaultdict
from typing import Optional

from .dates import parse_iso
from .frame_lexicon import TOLLS, is_toll, must_be_said
from .frames import CUMULATIVE, RULED_OUT
from .models import Figure, Place
from .topic_labels import LOCAL, UNHELD
from .verdicts import DEFAULT_WINDOW_DAYS


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

        def untold(cls: str, cluster: list[str]) -> bool:
            # a toll or a tally is what a text says befell people: vague counts of people said to do something else
            # ("hundreds of supporters defied a ban") have no value to set against it, and are not its counts
            return not values.get(cls) and must_be_said(cluster[0], lex)

        for cls in sorted((c for c in counts if not hard(c)), key=lambda c: (-counts[c], c)):
            fits = [cluster for cluster in clusters if not any(frozenset((cls, other)) in apart for other in cluster)
                    and not far(cls, cluster) and not untold(cls, cluster)]
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


def _names_people(entity: Optional[str], lex: dict) -> bool:
    """Whether a counted noun names people: "personnes", a people noun of events.yml, or a noun of its suffixes."""
    return entity in lex["generic"] or entity in lex["at_large"] or entity in lex["people_nouns"] \
        or bool(lex["people_suffix"].search(entity or ""))


def _same_people(frames: list[Optional[dict]], lex: dict) -> None:
    """Two nouns of people ("migrants", "exilés", "personnes", "réfugiés") count the same people when the dossier
    gives the same count of both, for the same day and the same thing said of them, in two different sentences, on
    two occasions at least ("6 000 migrants ont débarqué" and "6 000 exilés sont arrivés" on one day, "8 500
    personnes" and "8 500 migrants" another): the figures of the rarer noun take the commoner one. A noun that only
    says "people" ("personnes", events.yml `generic_people`) takes the one noun it meets so, for the things said of
    that noun; a toll keeps its own nouns (the dead are counted as the dead)."""
    def people(entity: Optional[str]) -> bool:
        return bool(entity) and ":" not in entity and " " not in entity and entity not in lex["not_people"] \
            and _names_people(entity, lex)

    days: dict[tuple, list[dict]] = defaultdict(list)
    frequency: Counter = Counter()
    for frame in frames:
        if frame and people(frame["entity"]) and not is_toll(frame) \
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


def _arrivals_displaced(frames: list[Optional[dict]], lex: dict) -> None:
    """People of a group counted as having come somewhere ("600,000 Rohingya have arrived in Bangladesh", "have
    crossed into": a class of common/topics.yml `arrival_classes`) are the displaced of that group the dossier counts
    ("600,000 Rohingya have fled to Bangladesh") when it gives the same count of both, for the same day, in two
    different sentences, on two occasions at least (as _same_people does for two nouns): the arrivals said to do
    what those that met the displaced did (arrive, cross into, or a headline's no verb) take the displaced's noun
    and class. Troops sent or present meet no count of the displaced, and people said to come
    whose counts never meet the displaced's stay a quantity of their own."""
    from .lexicon import load

    pairs = load("topics", "common").get("arrival_classes") or {}
    if not pairs:
        return

    for arrival, toll in pairs.items():
        came = [f for f in frames if f and (f["class"] or "").split(":")[0] == arrival and f["modality"] == "actual"
                and _names_people(f["entity"], lex)]
        fled = [f for f in frames if f and f["class"] == toll and not f["cumul"]]
        met: dict[tuple, set] = defaultdict(set)
        verbs: dict[tuple, set] = defaultdict(set)  # what the arrivals that met the displaced were said to do
        for a in came:
            for b in fled if not a["cumul"] else ():  # counts over a span ("in the past two weeks") are no evidence
                if a["group"] == b["group"] and a["sentence"] != b["sentence"] and _meet(a, b, SAME_VALUE, 1):
                    met[a["entity"], a["group"], b["entity"]].add((b["as_of"][:10] if b["as_of"] else "", f"{b['value']:.2g}"))
                    verbs[a["entity"], a["group"], b["entity"]].add(a["event"])
        nouns: dict[tuple, set] = defaultdict(set)
        for (entity, group, noun), occasions in met.items():
            if len(occasions) >= SAME_TIMES:
                nouns[entity, group].add(noun)
        for frame in came:
            found = nouns.get((frame["entity"], frame["group"]))
            if found and len(found) == 1 and frame["event"] in verbs[frame["entity"], frame["group"], next(iter(found))]:
                # people of the class said to do what no arrival that met the displaced did ("800,000 are now
                # living in the camps": the stock, not the flow) stay apart; the arrivals over a span are the
                # displaced over that span
                span = "" if frame["cumul"] == CUMULATIVE else frame["cumul"]  # a toll counts from the start
                frame["entity"], frame["class"], frame["cumul"] = next(iter(found)), toll + span, span


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


def toll_key(frame: dict) -> tuple:
    """What makes two tolls one, before their place: the dead, the wounded... of a group, first batch or share."""
    return frame["entity"], frame["group"], frame["class"], frame["first"], frame["share"]


def _quantity(frame: dict) -> tuple:
    return frame["entity"], frame["group"], frame["class"], frame["modality"], frame["first"], frame["share"]


def _tolls_as_one(frames: list[Optional[dict]], places: list[Place]) -> None:
    """A toll (the dead, wounded, missing, rescued, displaced) is one quantity across what its figures may add:
    - a toll a source fears or expects ("le bilan pourrait atteindre 4 000 morts") is its estimate of the same
      toll, compared with the counts (the modality is left out of the topic);
    - when a toll's figures name one town or region only, inside the one country they name ("à Arles", "en
      France", or nothing, or a noun for it: "dans le département", common/topics.yml `place_nouns`), the town is
      where the country's toll is: one quantity, scoped to the country, as the sources themselves compare them. So
      is a town that holds the toll: two figures or more, twice as many as every other place's (`_dominant`);
      the other places' tolls stay apart, town by town, and a toll "ailleurs" (frame_scope.py) stays its own."""
    from .lexicon import load

    where = {f"place:{p.id}": p for p in places}
    place_nouns = {f"noun:{word}" for word in load("topics", "common").get("place_nouns") or ()}
    tolls: dict[tuple, list[dict]] = defaultdict(list)
    for frame in frames:
        if frame and is_toll(frame):
            frame["feared"], frame["modality"] = frame["modality"] != "actual", "actual"
            if (frame["scope"] or "").lower() in place_nouns:
                frame["scope"] = None  # "dans le département": the place its toll's other figures name
            tolls[toll_key(frame)].append(frame)
    tolls = _toll_groups(tolls)
    for members in tolls.values():
        scopes = {f["scope"] for f in members if f["scope"] and not f["scope"].startswith("noun:")}
        towns = {s for s in scopes if s in where and where[s].kind in ("city", "region") and where[s].country_code}
        countries = {s for s in scopes if s.startswith("country:")}
        unplaced = {s for s in scopes if s in where and where[s].kind != "country" and not where[s].country_code}
        if not towns and len(unplaced) == 1 and len(countries) == 1 and scopes == unplaced | countries:
            # "deux personnes sont mortes à Petite-Terre" (a place the gazetteer could not place) in a dossier whose
            # toll names one country only: a town of that country
            town, country = next(iter(unplaced)), next(iter(countries))
        elif len(towns) == 1 and not scopes - towns - countries:
            town = next(iter(towns))
            country = f"country:{where[town].country_code}"
        else:  # tolls of two towns or more, or of a place no country holds, stay apart, but for a town that holds
            town = _dominant(members, scopes - countries)  # the toll: the others' figures stay apart, town by town
            if town not in towns:
                continue
            country = f"country:{where[town].country_code}"
        in_town = [f for f in members if f["scope"] == town]
        if _country_far_above(in_town, [f for f in members if f["scope"] == country]):
            # "12 millions de déplacés" in the country, "100 000 ont fui El-Fasher": the town's toll is its own, and
            # so is a count that names no place among the town's values ("quelque 35 000 personnes fuyaient")
            values = [f["value"] for f in in_town if f["value"] and not f["vague"]]
            for frame in members:
                if frame["scope"] is None and frame["value"] and not frame["vague"] \
                        and min(values) / WHOLE_RATIO <= frame["value"] <= WHOLE_RATIO * max(values):
                    frame["scope"] = town
                elif frame["scope"] is None and country in countries:
                    frame["scope"] = country  # the others, the country's, as below
            continue
        for frame in members:  # the country when a figure names it, else the town; other countries stay apart
            if frame["scope"] in (None, town, country):
                frame["scope"] = country if country in countries else town


DOMINANT = 2.0  # a town whose figures of a toll are at least twice those of every other place is where it is


def _dominant(members: list[dict], places: set[str]) -> Optional[str]:
    """The place most of a toll's scoped figures name ("à Derna" eleven times, "in Wadi X" once), when it has two
    figures or more and DOMINANT times as many as all the other places together; else None."""
    counts = Counter(f["scope"] for f in members if f["scope"] in places)
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda item: (item[1], item[0]))
    return top if n >= 2 and n >= DOMINANT * (sum(counts.values()) - n) else None


def _toll_groups(tolls: dict[tuple, list[dict]]) -> dict[tuple, list[dict]]:
    """A toll counted with the group of its dead ("at least 6,700 Rohingya were killed") and without ("at least
    6,700 killed") is one toll when the dossier counts that toll with that one group only and a count with the group
    meets one without (within 15 % of each other, a day apart at most): the counts without it take the group. A
    group's part of a larger toll ("deux Français parmi les 2 900 morts") meets no count of the whole: it stays
    apart, and so do tolls counted with two groups ("soldats russes", "soldats ukrainiens")."""
    kinds: dict[tuple, list[tuple]] = defaultdict(list)
    for key in tolls:
        entity, group, *rest = key
        kinds[(entity, *rest)].append(key)
    merged: dict[tuple, list[dict]] = {}
    for (entity, *rest), keys in kinds.items():
        groups = {key[1] for key in keys if key[1]}
        bare_key = (entity, None, *rest)
        if len(groups) == 1 and bare_key in tolls:
            group = next(iter(groups))
            grouped, bare = tolls[(entity, group, *rest)], tolls[bare_key]
            if any(_meet(a, b) for a in grouped for b in bare):
                for frame in bare:
                    frame["group"] = group
                merged[(entity, group, *rest)] = grouped + bare
                continue
        merged.update((key, tolls[key]) for key in keys)
    return merged


def _meet(a: dict, b: dict, ratio: float = APART_RATIO, days: int = 1) -> bool:
    """Two counts within `ratio` of each other, `days` apart at most, neither vague."""
    return bool(a["value"] and b["value"]) and not (a["vague"] or b["vague"]) \
        and max(a["value"], b["value"]) <= ratio * min(a["value"], b["value"]) and _days_apart(a, b) <= days


WHOLE_RATIO = 2.0  # a country's count that is a town's count and more: twice the town's at least


FAR = 20.0  # a figure whose words say nothing of its class takes the one class of its noun unless its value is this
# many times away from that class's median value


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


SAME_TOLL = 1.02  # two tolls this close give one count
SITE_ARTICLES = 2  # articles that must give a building's toll before the dossier's other tolls of that value join it


def _sites_as_one(frames: list[Optional[dict]], lex: dict) -> None:
    """A toll counted in a building named by its kind ("460 tués dans l'hôpital de la ville", "inside the Saudi
    Maternity Hospital": scope 'noun:hôpital', scope.yml `site_kinds`) is the count every toll of the dossier giving
    that value gives, whatever noun or place they were said with ("460 personnes tuées", "460 patients tués au
    Soudan"), once two articles give it in that building: they take the building's scope, and all its counts the
    toll's own noun ("morts") when one says it, else their commonest; a count of the town stays the town's."""
    kinds = {f"noun:{kind}" for kind in lex["site_kinds"].values()}

    def toll(frame: Optional[dict]) -> bool:
        return bool(frame) and is_toll(frame) and not frame["cumul"]

    sites: dict[tuple, list[dict]] = defaultdict(list)
    for frame in frames:
        if toll(frame) and frame["scope"] in kinds:
            sites[frame["scope"], frame["class"]].append(frame)
    for frame in frames:
        if toll(frame) and frame["value"] and not frame["vague"] and frame["scope"] not in kinds:
            found = {scope for (scope, cls), members in sites.items() if cls == frame["class"] and len({
                m["article"] for m in members if m["value"] and not m["vague"]
                and max(m["value"], frame["value"]) <= SAME_TOLL * min(m["value"], frame["value"])}) >= SITE_ARTICLES}
            if len(found) == 1:
                frame["scope"] = next(iter(found))
                sites[frame["scope"], frame["class"]].append(frame)
    for (_, cls), members in sites.items():
        nouns = Counter((m["entity"], m["group"]) for m in members)
        own = lex["canonical"].get(cls.split(":")[0])
        noun = (own, None) if own in {entity for entity, _ in nouns} else max(nouns, key=lambda n: (nouns[n], n[0]))
        for member in members:
            member["entity"], member["group"] = noun


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
        if frame and not is_toll(frame):
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
            for a in members if a["scope"] == town for b in unscoped.get(_quantity(a), ())) or _country_far_above(
            [f for f in members if f["scope"] == town], [f for f in members if f["scope"] == country])
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


def _country_far_above(town: list[dict], country: list[dict]) -> bool:
    """Whether the country's counts of the town's weeks are, by their median, far above the town's (FAR times the
    largest): "12 millions de déplacés" in the country beside the 100 000 who fled one town are another quantity,
    whatever count of the country comes near the town's; a town's first two dead beside the country's 11 to 31 of
    that week, and a prefect's feared thousand, are one toll growing."""
    counted = [f for f in town if f["value"] and not f["vague"]]
    wholes = [f["value"] for f in country if f["value"] and not (f["vague"] or f.get("feared"))
              and any(_days_apart(f, t) <= DEFAULT_WINDOW_DAYS for t in counted)]
    return bool(wholes) and statistics.median(wholes) >= FAR * max(f["value"] for f in counted)


SAME_SHARE = 1.05  # a share with no holder said is the holder's whose share the dossier gives within 5 % of it


def _share_holders(frames: list[Optional[dict]]) -> None:
    """A share whose sentence names no holder ("le président sortant a été réélu avec 73,34 % des suffrages") is the
    holder's whose share of the same thing the dossier gives with that value (within 5 %: "Tshisekedi a obtenu
    73,47 % des voix"), when one holder's does; else it is nobody's (frame_holders.py), and, when the dossier gives
    holders of that share, marked UNHELD: "55 %" and "35 %" of whom the text does not say are not set against
    each other beside Doe's and Roe's."""
    shares = [f for f in frames if f and f["entity"].startswith("percent:") and f["value"] and f["class"] != "écart"]
    held = [f for f in shares if f["group"]]
    for frame in shares:
        if frame["group"]:
            continue
        near = {f["group"] for f in held if f["entity"] == frame["entity"]
                and max(f["value"], frame["value"]) <= SAME_SHARE * min(f["value"], frame["value"])}
        if len(near) == 1:
            frame["group"] = next(iter(near))
    holders = {f["entity"] for f in held}
    for frame in shares:  # still nobody's where the dossier names others' shares of it: a quantity apart, compared
        if not frame["group"] and frame["entity"] in holders:  # with nothing (verdicts.py)
            frame["group"] = UNHELD
