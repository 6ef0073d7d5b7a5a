"""One holder per person across the dossier. frame_holders.py names a share's holder by the last word of the name its
sentence gives: "Issa Mba Ndong a obtenu 35 %" is Ndong's share, "Issa Mba a obtenu 35 %" Mba's. When the dossier's
actors hold exactly one person whose names contain a holder word (or, of several, one alone goes by that word
as a name of its own: "Doe" beside "Jean Doe" and a stray "Blaming Doe"), the holders that person's names contain are one:
each becomes the one of them the dossier's shares use most (ties alphabetically), so that one person's shares meet
in one topic ("% de voix (Mba)"), whichever part of the name each article wrote."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .models import Actor, Figure
from .names import _fold_word


def _name_words(actor: Actor) -> frozenset[str]:
    return frozenset(_fold_word(word) for name in [actor.name, *actor.aliases]
                     for word in re.split(r"[\s\u2019'.,-]+", name) if word)


def _alone(actor: Actor) -> frozenset[str]:
    """The one-word names the actor goes by ("Doe" among "Jean Doe", "Doe")."""
    return frozenset(_fold_word(name) for name in [actor.name, *actor.aliases] if not re.search(r"[\s\u2019'.,-]", name))


def one_holder_per_person(figures: list[Figure], actors: list[Actor]) -> list[Figure]:
    """The figures, each share's holder (`entity_group` of a percent) the one its person goes by most."""
    uses = Counter(f.entity_group for f in figures if f.kind == "percent" and f.entity_group)
    if len(uses) < 2:
        return figures
    persons = [(actor.id, _name_words(actor), _alone(actor)) for actor in actors if actor.kind == "person"]
    held_by: dict[str, list[str]] = defaultdict(list)  # a person -> the holder words their names contain
    for holder in uses:
        owners = [(actor_id, alone) for actor_id, words, alone in persons if _fold_word(holder) in words]
        if len(owners) > 1:  # "Blaming Doe", "Doe Jean" beside the Jean Doe the dossier also calls "Doe"
            owners = [(actor_id, alone) for actor_id, alone in owners if _fold_word(holder) in alone]
        owners = [actor_id for actor_id, _ in owners]
        if len(owners) == 1:
            held_by[owners[0]].append(holder)
    renamed = {}
    for holders in held_by.values():
        chosen = min(holders, key=lambda h: (-uses[h], h))
        renamed.update({holder: chosen for holder in holders if holder != chosen})
    if not renamed:
        return figures
    return [f.model_copy(update={"entity_group": renamed[f.entity_group]})
            if f.kind == "percent" and f.entity_group in renamed else f for f in figures]
