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

The facet is only a disambiguator: when all the figures of an object carry at most one distinct facet, the
topic is the object alone ("Jusqu'à huit millions d'obus" and "au total, plus de 8 millions d'obus" are both
"obus"). Topics therefore depend on the whole dossier, which is why assign_topics takes every article's figures.
A figure whose text occurs twice in its sentence is located at the first occurrence followed by its object.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from .models import Figure

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


def assign_topics(figures: list[Figure]) -> list[Figure]:
    """Copies of the figures with `topic` set (see the module docstring for the rule)."""
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
    facets_of_object: dict[tuple, set[str]] = defaultdict(set)
    for figure, facet in zip(figures, facets):
        if facet:
            facets_of_object[(figure.kind, figure.object)].add(facet)
    topics = []
    for figure, facet in zip(figures, facets):
        needed = len(facets_of_object[(figure.kind, figure.object)]) > 1
        topics.append(figure.model_copy(update={"topic": topic_key(figure, facet if needed else None)}))
    return topics


def topic_key(figure: Figure, facet: Optional[str]) -> Optional[str]:
    if not figure.object:
        return None
    base = figure.object if figure.kind == "count" else f"{figure.kind}:{figure.object}"
    return f"{base}:{facet}" if facet else base


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
