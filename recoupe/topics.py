"""Topics: a deterministic key that groups figures measuring the same quantity across articles.

topic = object, or object + ":" + facet when the facet is needed to tell apart different measures of that
object ("soldat:first", "soldat:total", "soldat:training", "soldat:stock"). Non-count kinds get their kind in
front ("amount:dollar", "percent:voix", "measure:mm"); a figure without object gets no topic.

The facet comes from a small lexicon of French cue words, looked for in the figure's window: the six words
before it and the rest of its clause after it (up to the next punctuation, twelve words at most).

- Strong cues name the quantity itself: "premier contingent / premier envoi" -> first ("premier groupe" is too loose: a first
  group sent to the front is not the first contingent shipped);
  "un total de / au total / en tout / chiffre final / nombre total" -> total; "armée de / effectif de" -> stock.
- Weak cues describe what the counted things do or where they stand: "déjà arrivés / déjà déployés" -> first;
  "s'entraîner / entraîner / formation / entraînement" -> training; "compte / dispose de / en service /
  d'active" -> stock.

A figure's facet is, in order: its own strong cue; else the strong-cue facet of the figures with the same object
and the same value anywhere in the dossier, when they agree on one (the same number for the same thing, named
"premier contingent" in one article and stated bare or with a weak cue in another, is the same quantity);
else its own weak cue; else none.

Tolls are grouped whatever noun counts them ("59 morts", "78 migrants ont péri" and "au moins 78 décès" are all
"mort"; "104 rescapés" and "104 personnes secourues" are "survivant"), from the noun or from the figure's
`predicate`; a named group keeps its noun ("civil:mort"). For nouns that only say "people" (personne,
habitant…), the topic adds the verb saying what happened to them ("personne:interpeller"); without one, the
noun alone.

A figure that counts in one town or region gets that place after "@" ("manifestant@Marseille"): the place named
right after its noun phrase ("dont 119 000 à Paris", "16 000 manifestants à Marseille") or framing its sentence
("À Lyon, ils étaient environ 20 000"); a share introduced by "dont" gets the place it counts in even when that is
no town the gazetteer knows ("dont 800 000 dans la capitale" -> "@la capitale"). Only towns and regions: a country after a count is usually where the
counted things went ("1 500 soldats envoyés en Russie"), not a breakdown of a national figure. The place is the
resolved one, so "Koursk" and "Kursk" scope alike.

The facet is only a disambiguator: when all the figures of an object carry at most one distinct facet, the
topic is the object alone ("Jusqu'à huit millions d'obus" and "au total, plus de 8 millions d'obus" are both
"obus"). Topics therefore depend on the whole dossier, which is why assign_topics takes every article's figures.
A figure whose text occurs twice in its sentence is located at the first occurrence followed by its object.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from .models import Figure, Place, PlaceMention

FACETS = ("first", "total", "stock", "training")  # order of precedence when a window holds several cues

STRONG_CUES = {
    "first": r"premi(?:er|ère)s? (?:contingent|envoi|convoi|détachement|vague|rotation|lot|tranche)",
    "total": r"\bun total de|\bau total\b|\ben tout\b|\bchiffre final|\bnombre total|\btotal de|\bau final\b"
             r"|\bbilan (?:total|final|global)",
    "stock": r"\barmée (?:forte )?de\b|\beffectifs? (?:total |totaux )?de\b",
}
WEAK_CUES = {
    "first": r"\bdéjà (?:arrivé|déployé|envoyé|présent|stationné|sur place)|\bpremiers? arrivés",
    "training": r"\bs'entra[iî]n|\bentra[iî]n(?:e|ent|ait|aient|era|erait|eraient|és?|ement)\b|\bformation\b"
                r"|\bformés?\b",
    "stock": r"\bcompt(?:e|ent|ait|aient|erait)\b|\bdispos(?:e|ent|ait|aient|erait)\b|\ben service\b|\bd'active\b",
}
WINDOW_BEFORE_WORDS = 6
WINDOW_AFTER_WORDS = 12


# Nouns that count people without saying which: their topic adds what happened to them ("34 personnes tuées"
# and "750 000 personnes dans le besoin" are not the same quantity)
GENERIC_OBJECTS = frozenset({
    "personne", "gens", "individu", "habitant", "civil", "homme", "femme", "enfant", "adulte", "citoyen",
    "ressortissant", "résident",
})
# Tolls: what happened to people, by the verb said of them or by the noun that counts them
VERB_OUTCOMES = {
    "mort": {"mourir", "périr", "décéder", "tuer", "succomber", "noyer"},
    "blessé": {"blesser"},
    "survivant": {"survivre", "secourir", "sauver", "rescaper"},
    "disparu": {"disparaître"},
    "déplacé": {"déplacer", "évacuer"},
}
NOUN_OUTCOMES = {
    "mort": "mort", "décès": "mort", "tué": "mort", "décédé": "mort", "blessé": "blessé", "survivant": "survivant",
    "rescapé": "survivant", "disparu": "disparu", "déplacé": "déplacé",
}
# Nouns for people at large: a toll of them is the toll ("78 migrants ont péri" is 78 dead)
PEOPLE_AT_LARGE = frozenset({"personne", "gens", "individu", "migrant", "passager", "habitant", "victime"})
SCOPE_KINDS = frozenset({"city", "region"})
FRAME = re.compile(r"^(?:À|A|Au|Aux|Dans)\s+(?:la |le |les |l['’])?(?P<name>[^,]{1,60}),")
AFTER_FIGURE = r"\s*(?:(?:de |d['’])?{object})?\s+(?:à|au|aux|dans)\s+(?:la |le |les |l['’])?"


# "dont 800 000 dans la capitale": the share of a total counted in one place the gazetteer does not name
DONT_BEFORE = re.compile(r"\bdont\s+(?:près de |environ |plus de |au moins )?$", re.I)
PART_OF = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:à|au|aux|dans|en)\s+(?P<where>(?:la |le |les |l['’])?[\w'’-]+(?: [\w'’-]+)?)(?=\s*[,.;:)])")


def place_scopes(
    figures: list[Figure], mentions: list[PlaceMention], places: list[Place], texts: dict[str, str]
) -> dict[str, str]:
    """figure id -> the name of the town or region the figure counts in, when the text says so."""
    local = {p.id: p.name for p in places if p.kind in SCOPE_KINDS}
    in_article: dict[str, list[PlaceMention]] = defaultdict(list)
    for mention in mentions:
        if mention.place_id in local:
            in_article[mention.article_id].append(mention)
    scopes = {}
    for figure in figures:
        text = texts.get(figure.article_id, "")
        pattern = AFTER_FIGURE.format(object=re.escape(figure.object_text or "") if figure.object_text else "(?!)")
        frame = FRAME.match(figure.sentence)
        for mention in in_article[figure.article_id]:
            right_after = 0 <= mention.start - figure.end <= 80 and re.fullmatch(pattern, text[figure.end:mention.start])
            framing = (
                frame is not None and frame.group("name").strip() == mention.surface
                and mention.sentence == figure.sentence and not _reported_between(text, mention.end, figure.start)
            )
            if right_after or framing:
                scopes[figure.id] = local[mention.place_id]
                if right_after:
                    break
        if figure.id not in scopes:
            part = PART_OF.match(text, figure.end) if DONT_BEFORE.search(text, 0, figure.start) else None
            if part:  # "…, dont 800 000 dans la capitale": a share of the figure before, never the same quantity
                scopes[figure.id] = part.group("where").lower()
    return scopes


def _reported_between(text: str, start: int, end: int) -> bool:
    """"À Islamabad, le ministère a indiqué qu'au moins 298 Pakistanais …": a figure inside what someone reports
    is not counted where they spoke."""
    return re.search(r"\bqu(?:e\b|['’])", text[start:end]) is not None


def assign_topics(figures: list[Figure], scopes: Optional[dict[str, str]] = None) -> list[Figure]:
    """Copies of the figures with `topic` set (see the module docstring for the rule); `scopes` are
    place_scopes' answer."""
    scopes = scopes or {}
    agents = frozenset(f.object for f in figures if f.object and f.object.endswith("ant"))
    strong = [cue_facet(f, STRONG_CUES) for f in figures]
    weak = [cue_facet(f, WEAK_CUES) for f in figures]
    strong_by_quantity: dict[tuple, set[str]] = defaultdict(set)
    for figure, facet in zip(figures, strong):
        if facet and figure.object and figure.value is not None:
            strong_by_quantity[(figure.object, figure.value)].add(facet)
    facets = []
    for figure, own_strong, own_weak in zip(figures, strong, weak):
        adopted = strong_by_quantity.get((figure.object, figure.value), set())
        facets.append(own_strong or (next(iter(adopted)) if len(adopted) == 1 else None) or own_weak)
    bases = [topic_base(f, agents) for f in figures]
    facets_of_base: dict[str, set[str]] = defaultdict(set)
    for base, facet in zip(bases, facets):
        if facet and base:
            facets_of_base[base].add(facet)
    topics = []
    for figure, base, facet in zip(figures, bases, facets):
        topic = base
        if base and len(facets_of_base[base]) > 1:
            topic = f"{base}:{facet}" if facet else base
        if topic and figure.id in scopes:
            topic = f"{topic}@{scopes[figure.id]}"
        topics.append(figure.model_copy(update={"topic": topic}))
    return topics


def topic_base(figure: Figure, agents: frozenset[str] = frozenset()) -> Optional[str]:
    """The topic before its facet and place: what is counted, with its kind for anything but a count."""
    if not figure.object:
        return None
    return counted(figure, agents) if figure.kind == "count" else f"{figure.kind}:{figure.object}"


def counted(figure: Figure, agents: frozenset[str] = frozenset()) -> str:
    """What the figure counts, as the topic's base:
    - a toll, whatever noun it counts: "59 morts", "78 migrants ont péri" and "au moins 78 décès" are "mort";
      "104 rescapés" and "104 personnes secourues" are "survivant"; named groups keep their noun ("civil:mort");
    - for nouns that only say "people", what happened to them ("personne:interpeller"), or the verb's agent
      noun when the dossier counts it elsewhere ("personnes ont manifesté" next to "manifestants");
    - otherwise the object."""
    noun = figure.object if figure.object in NOUN_OUTCOMES else re.sub(r"s$", "", figure.object or "")
    if noun in NOUN_OUTCOMES:
        return NOUN_OUTCOMES[noun]
    outcome = next((name for name, verbs in VERB_OUTCOMES.items() if figure.predicate in verbs), None)
    if outcome is not None:
        return outcome if figure.object in PEOPLE_AT_LARGE else f"{figure.object}:{outcome}"
    if figure.object in GENERIC_OBJECTS and figure.predicate:
        agent = re.sub(r"er$", "ant", figure.predicate)
        return agent if agent in agents else f"{figure.object}:{figure.predicate}"
    return figure.object


def cue_facet(figure: Figure, cues: dict[str, str]) -> Optional[str]:
    window = figure_window(figure)
    found = {facet for facet, pattern in cues.items() if re.search(pattern, window)}
    return next((facet for facet in FACETS if facet in found), None)


def figure_window(figure: Figure) -> str:
    """The words just before the figure and the rest of its clause after it, lower case."""
    sentence = figure.sentence.replace("’", "'").lower()
    surface = figure.text.replace("’", "'").lower()
    position = locate(sentence, surface, (figure.object_text or "").replace("’", "'").lower())
    if position < 0:
        return sentence
    before = " ".join(sentence[:position].split()[-WINDOW_BEFORE_WORDS:])
    clause = re.split(r"[,;:.!?()«»“”\"]", sentence[position + len(surface):], maxsplit=1)[0]
    after = " ".join(clause.split()[:WINDOW_AFTER_WORDS])
    return f"{before} {surface} {after}"


def locate(sentence: str, surface: str, object_text: str) -> int:
    positions = [m.start() for m in re.finditer(re.escape(surface), sentence)]
    if not positions:
        return -1
    for position in positions:
        rest = sentence[position + len(surface):].lstrip()
        if object_text and re.sub(r"^(?:de |d')", "", rest).startswith(object_text):
            return position
    return positions[0]
