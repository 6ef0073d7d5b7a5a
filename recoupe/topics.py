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
quantity ("des milliers") is the band its words allow, and conflicts only with a value twice beyond it (above it,
or below it for a running tally: "des dizaines de morts" against 700; _vague_conflicts). A window agrees when one
value fits every interval; else it is close when the intervals are within 10 % of each other, contradicts when its
extreme values are twice apart or more, and differs otherwise. The topic's verdict is its worst window's. Two
figures of one article that nobody is said to give are the writer's two quantities, never a conflict. A running tally
(`tally: true` in events.yml: arrests, tolls) grows: arrests through one day, whose figures conflict only when two
different sources give them; a toll from day to day (compared over a day and the next), whose figures from a
named source and from an article naming none are two counts.

A toll (the dead, wounded, missing, rescued, displaced) is one quantity whatever its modality ("pourrait
atteindre 20 000 morts" is compared with the counts), and in its town and its country when it names one town
only (_tolls_as_one), or one place the gazetteer cannot place; with and without the group of its dead when a count
of each meets the other (_toll_groups); a toll "ailleurs" is its own. People of a group said to arrive are the
displaced of that group when the dossier gives both the same counts twice (_arrivals_displaced). A town's
population ("ville de 100 000 habitants") is `habitant:population`, apart from the residents counted doing anything.

The verdicts are computed in verdicts.py, the labels written in topic_labels.py; the rules that complete one
figure's frame from the others' (_soft_classes, _same_people, _tolls_as_one, _places_as_one...) are in
topic_adoption.py, the scope names (the dossier's country, its capital, periphrases) in topic_scopes.py.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from typing import Optional

from .dates import offset_in_sentence, parse_iso
from .frame_lexicon import is_toll, must_be_said
from .frames import CUMULATIVE, RULED_OUT, lexicons
from .models import Figure, Place, PlaceMention
from .topic_adoption import (FAR, TOLLS, _arrivals_displaced, _local_counts, _places_as_one, _same_people,
                             _same_place, _share_holders, _sites_as_one, _soft_classes, _tolls_as_one)
from .topic_countries import tolls_by_country
from .topic_labels import label, modality_class  # noqa: F401 (read here)
from .topic_spans import named_dead, spans_from_the_start, tally_days, toll_days
from .topic_scopes import _capital, _main_country, _periphrases, _scope_names
from .verdicts import (  # noqa: F401 (the verdicts, importable from here as before)
    DEFAULT_WINDOW_DAYS, VERDICTS, interval, judge, judge_topics, rounding, windows)

SPANS = (CUMULATIVE, ":jour", ":semaine", ":nouveaux", ":par_mois", ":par_an")  # a total since a moment; a count
# over a day or two (or a day's rate), over days (or a week's rate); the new ones of a toll; a rate by the month or
# the year (frames.py)


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
                if n <= 0.5 * sum(counts.values()) or must_be_said(cls, lex):
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
    # a toll takes a group on the evidence of its counts (_toll_groups): "2 900 morts" are not the "deux Français"
    _adopt(frames, "group", lambda f: (f["entity"],), share=1 / 3,
           when=lambda f: not is_toll(f) and not f["entity"].startswith("percent:"))
    # a share's group is its holder (frame_holders.py): "65 % des voix" is nobody's in particular, not the one
    # candidate the dossier names, unless that candidate's share has its value (_share_holders)
    firsts = {(f["entity"], f["group"], f["value"]) for f in frames if f and f["first"]}
    for frame in frames:
        if frame and not frame["first"] and (frame["entity"], frame["group"], frame["value"]) in firsts:
            frame["first"] = 1
    _soft_classes(frames, lex)
    _share_holders(frames)
    for frame in frames:
        if frame and frame["entity"].startswith("percent:") and frame["class"] in lex["people_classes"]:
            frame["class"] = None  # votes are no crowd: "% de voix", not "% de voix rassemblés"
    classless = [f for f in frames if f and f["class"] is None and f["value"]]
    medians = _class_medians(frames)
    # a margin is no class a count can take; nor is a verb no class knows that one other article alone says of
    # values far from the count's: "13 assaillants neutralisés" says nothing of the "150 assaillants" another article
    # says attacked (but does of the "trois assaillants" its own article counts), while "700 entreprises détruites"
    # in article after article is the quantity the dossier's "900 entreprises" count (_said_enough)
    saying = _articles_saying(frames)
    _adopt(frames, "class", lambda f: (f["entity"], f["group"], f["modality"], f["first"]),
           only=lambda value: value not in (RULED_OUT, "écart"),
           refuse=lambda frame, value: frame["entity"] in lex["generic"] and must_be_said(value, lex)
           or not _said_enough(frame, value, saying, lex, medians))
    # "des centaines de personnes" whose parse lost what befell them are not the wounded because "20 people
    # suffered burns": a toll is what a text says of people (must_be_said)
    for frame in classless:  # "$1.5 million" beside estimates of $5 billion: not that quantity
        key = (frame["entity"], frame["group"], frame["modality"], frame["first"])
        median = medians.get((*key, frame["class"]))
        if frame["class"] and median and max(frame["value"], median) > FAR * min(frame["value"], median):
            frame["class"] = None
        elif frame["class"] is None:  # several classes: the one class whose values come near, if one does
            near = [other[4] for other, median in medians.items() if other[:4] == key
                    and other[4] not in (RULED_OUT, "écart") and max(frame["value"], median) <= FAR * min(frame["value"], median)]
            if len(near) == 1 and _said_enough(frame, near[0], saying, lex, medians):
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
    spans_from_the_start(frames, lex)  # "killed over the past three days" three days into the story: the toll so far
    toll_days(frames, lex)  # "21 morts en 24 heures" weeks into a story: that day's toll, apart (topic_spans.py)
    for frame in frames:
        if frame and frame["cumul"]:
            frame["class"] = f"{frame['class']}{frame['cumul']}" if frame["class"] else frame["cumul"][1:]
    for frame in frames:  # people said to have died are the dead: "4,645 Americans died", "800 to 8,500 Puerto
        # Ricans died" are the toll "deaths" counts, as "78 migrants ont péri" is (frames.py), whatever the dossier
        # made of a noun it did not know
        base = (frame or {}).get("class") and frame["class"].split(":")[0]
        if frame and base in TOLLS and (frame["entity"] in lex["generic"] or frame["entity"] in lex["at_large"]) \
                and lex["canonical"].get(base):
            frame["entity"] = lex["canonical"][base]
    named_dead(frames, lex)  # "33 morts" the day "33 détenus" died, beside 248 dead in all: the detainees' toll
    _arrivals_displaced(frames, lex)
    _same_place(frames, places or [])
    tolls_by_country(frames)  # before a town's toll takes the counts near its own
    _tolls_as_one(frames, places or [])
    _places_as_one(frames, places or [], lex)
    _sites_as_one(frames, lex)
    # a scope the figure's own words do not say (none, or its sentence's, inherited by an elided noun)
    unscoped = [bool(frame) and (frame["scope"] is None or not figure.scope) for figure, frame in zip(figures, frames)]
    _adopt(frames, "scope", lambda f: (f["entity"], f["group"], f["class"], f["modality"], f["first"]),
           only=lambda value: value.startswith("country:"))
    _local_counts(frames, figures, unscoped, lex)
    # after the scopes are adopted: every night of a tally takes the place its other nights say ("en France")
    tally_days(frames, lex)  # "667 interpellations dans la nuit de jeudi à vendredi": that night's quantity
    names = _scope_names(figures, places or [])
    # the figures keep their frame as the dossier completed it
    return [f.model_copy(update={"topic": topic_id(frame, names), "entity": frame["entity"],
                                 "entity_group": frame["group"], "event_class": frame["class"],
                                 "scope_key": frame["scope"], "first": frame["first"]})
            if frame else f.model_copy(update={"topic": None}) for f, frame in zip(figures, frames)]


def _event_start_phrases() -> re.Pattern:
    """common/topics.yml `event_start`: "depuis le début des émeutes", "since the start of the unrest"."""
    from .lexicon import load

    words = load("topics", "common").get("event_start") or []
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b") if words else re.compile(r"(?!)")


NEAR = 3.0  # a count of people of whom nothing is said is the quantity whose count that day is within 3 times ...
APART = 10.0  # ... when every other quantity's counts that day are 10 times away or more


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
    if len(near) == 1 and not must_be_said(near[0], lex) and all(ratio >= APART for key, ratio in distance.items() if key != near[0]):
        # the class's commonest noun ("manifestants" for people said to protest)
        return max(((e, c) for e, c in counts if c == near[0]), key=lambda key: (counts[key], key))
    return None


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


def _class_medians(frames: list[Optional[dict]]) -> dict[tuple, float]:
    values: dict[tuple, list[float]] = defaultdict(list)
    for frame in frames:
        if frame and frame["class"] and frame["value"] and not frame["vague"]:
            values[_class_key(frame, frame["class"])].append(frame["value"])
    return {key: statistics.median(found) for key, found in values.items()}


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
            "start": figure.start, "sentence": figure.sentence, "text": figure.text,
            "before": figure.sentence[:max(0, offset_in_sentence(figure.sentence, figure.text))][-80:]}


def _class_key(frame: dict, cls: str) -> tuple:
    """A quantity's key with a class (entity, group, modality, first batch, class): _class_medians's and
    _articles_saying's."""
    return frame["entity"], frame["group"], frame["modality"], frame["first"], cls


def _articles_saying(frames: list[Optional[dict]]) -> dict[tuple, set[str]]:
    """The articles whose own words give a quantity its class (entity, group, modality, first batch and class)."""
    saying: dict[tuple, set[str]] = defaultdict(set)
    for frame in frames:
        if frame and frame["class"]:
            saying[_class_key(frame, frame["class"])].add(frame["article"])
    return saying


ONE_VOICE_NEAR = 3.0  # a verb one other article says is a count's class only when its values come this near


def _said_enough(frame: dict, cls: str, saying: dict[tuple, set[str]], lex: dict, medians: dict[tuple, float]) -> bool:
    """Whether a frame may take a class its words do not say: one events.yml defines, or one its own article says
    of the same things, or two articles or more do; or one other article does, of a value near the frame's ("12 000
    soldats répartis en quatre brigades" and "de quatre brigades différentes")."""
    articles = saying[_class_key(frame, cls)]
    if _known_class(cls, lex) or frame["article"] in articles or len(articles) >= 2:
        return True
    median = medians.get(_class_key(frame, cls))
    return bool(frame["value"] and median) and max(frame["value"], median) <= ONE_VOICE_NEAR * min(frame["value"], median)


def _known_class(value: str, lex: dict) -> bool:
    """Whether an event class is one events.yml defines (its `classes`, or what its money nouns measure), not a verb
    of one sentence ("neutraliser")."""
    base = value.split(":")[0]
    return base in lex["classes"] or base in lex["money_classes"]


def _adopt(frames: list[Optional[dict]], part: str, key, only=lambda value: True, when=lambda frame: True,
           share: float = 0.0, majority: float = 0.0, refuse=lambda frame, value: False) -> None:
    """A frame missing `part` takes the one value the frames sharing its key give, when they give exactly one (and
    at least `share` of those frames give it), unless `refuse` says that frame cannot take that value."""
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
                if counts[value] >= share * sum(counts.values()) and not refuse(frame, value):
                    frame[part] = value


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
