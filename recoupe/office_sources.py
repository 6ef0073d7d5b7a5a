"""A count an office holder gives goes back to the body they head: "le ministre de l'Intérieur a annoncé près de 200
interpellations" in the morning and "473 interpellations, selon le ministère de l'Intérieur" in the evening are two
counts of one source, the ministry, which updated its own tally; not two sources that contradict each other, nor two
independent sources that agree.

A person's role ("ministre de l'Intérieur démissionnaire", "Health Minister") names the body when, its office noun
read as the body's (sources.yml `office_bodies`: ministre -> ministère), every word of the body's name is among
the role's (articles and prepositions aside; a demonym of either is left out, but two different demonyms never
match: "ministre italien de l'Intérieur" is no "ministère français de l'Intérieur"). Only when the dossier names
exactly one such body for the person, and one person for the body: two interior ministers of two countries and one
"ministère de l'Intérieur" are left as they were.

The figure keeps its speaker (`source_actor_id`, the minister); its `original_source_id` becomes the body, as it
would for "le ministre, citant les chiffres du ministère". A figure whose speaker cites someone is left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional

from . import lexicon
from .actor_keys import _fold_phrase
from .names import _fold_word
from .models import Actor, Figure

PREPOSITIONS = frozenset({"le", "la", "les", "l", "d", "de", "du", "des", "a", "au", "aux", "en", "et", "of", "the",
                          "for", "and"})


@lru_cache(maxsize=1)
def _office_bodies() -> dict[str, str]:
    """Office noun -> body noun, folded, from every language's sources.yml."""
    found: dict[str, str] = {}
    for language in lexicon.languages_with("sources"):
        for office, body in (lexicon.load("sources", language).get("office_bodies") or {}).items():
            found[str(office)] = str(body)
    return found


def _demonym(word: str) -> Optional[str]:
    for language in lexicon.languages_with("demonyms"):
        found = lexicon.demonym(word, language)
        if found:
            return found
    return None


def _words(text: str, offices: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the words that name a body, office nouns read as the body's; the demonyms), folded."""
    words, peoples = set(), set()
    for written in re.split(r"[\s’'()]+", text):  # as actor_keys._fold_phrase splits, the demonym read unfolded
        word = _fold_word(written)
        if not word or word in PREPOSITIONS:
            continue
        people = _demonym(written)
        if people:
            peoples.add(people)
        else:
            words.add(offices.get(word, word))
    return frozenset(words), frozenset(peoples)


def heads(actors: list[Actor]) -> dict[str, str]:
    """person id -> id of the body the dossier names that the person's role heads."""
    offices = _office_bodies()
    body_nouns = set(offices.values())
    bodies = []
    for actor in actors:
        if actor.kind != "organisation":
            continue
        words, peoples = _words(actor.name, {})
        if len(words) >= 2 and words & body_nouns:  # "ministère" alone names no portfolio
            bodies.append((actor.id, words, peoples))
    if not bodies:
        return {}
    candidates: dict[str, list[str]] = defaultdict(list)
    for actor in actors:
        if actor.kind != "person" or not actor.role:
            continue
        first = _fold_phrase(actor.role)[:1]
        if not first or first[0] not in offices:  # the office opens the role: no "Premier ministre", "vice-ministre"
            continue
        words, peoples = _words(actor.role, offices)
        for body_id, body_words, body_peoples in bodies:
            if body_words <= words and not (peoples and body_peoples and peoples != body_peoples):
                candidates[actor.id].append(body_id)
    held_by: dict[str, list[str]] = defaultdict(list)
    for person, found in candidates.items():
        for body_id in found:
            held_by[body_id].append(person)
    return {person: found[0] for person, found in candidates.items()
            if len(found) == 1 and len(held_by[found[0]]) == 1}


def office_sources(figures: list[Figure], actors: list[Actor]) -> list[Figure]:
    """Figures whose speaker heads a body the dossier names (heads) and cites nobody, their original source that
    body."""
    body_of = heads(actors)
    if not body_of:
        return figures
    return [f.model_copy(update={"original_source_id": body_of[f.source_actor_id]})
            if f.source_actor_id in body_of and f.original_source_id in (None, f.source_actor_id) else f
            for f in figures]
