"""A place taken for a speaker is that place's government (speaker_merges.py runs this): NER reads "Puerto Rico’s
government said", "Maui officials said" or a headline's "Ruritania raises its toll" as an actor named by the place
alone; the speaker is the one body the dossier names by that place and a noun of government ("Government of
Ruritania", "Maui County": en/sources.yml local_government, and the national_heads that speak as collectives,
"government" / "gouvernement") (rule `speaks_as`, 0.6). A place with no such body, or with two, stays as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .actor_keys import _fold_phrase
from .models import Actor
from .names import ARTICLE_WORDS

_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _government_nouns() -> frozenset[str]:
    """The nouns that, with a place, name its government: local governments, and the national heads that are
    collective speakers (the government, not a ministry), in every language."""
    local = lexicon.in_every_language("sources", "local_government")
    heads = lexicon.in_every_language("sources", "national_heads")
    collective = lexicon.in_every_language("sources", "collective_speakers")
    return frozenset(_words(" ".join(local | (heads & collective))))


def _words(name: str) -> tuple[str, ...]:
    """A name's folded words, function words (sources.yml function_words) and a possessive left out: "Puerto
    Rico’s" -> ("puerto", "rico"), "the Government of Ruritania" -> ("government", "ruritania")."""
    small = ARTICLE_WORDS | _function_words()
    return tuple(w for w in _fold_phrase(_POSSESSIVE.sub("", name.strip())) if w not in small)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return lexicon.in_every_language("sources", "function_words")


def place_government_merges(actors: list[Actor], group_of, place_names: frozenset[str]) -> list[tuple[str, str, str, float, str]]:
    """Each body named by a place alone (`place_names`: the dossier's places' folded names) merged into the one
    body named by that place and a noun of government."""
    nouns = _government_nouns()
    governments: dict[tuple[str, ...], list[Actor]] = {}  # the place's words -> the governments named with them
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or not actor.name[:1].isupper():
            continue
        for name in sorted({actor.name, *actor.aliases}):
            words = _words(name)
            for i, word in enumerate(words):
                place = words[:i] + words[i + 1:]
                if word in nouns and place and " ".join(place) in place_names and actor not in governments.get(place, []):
                    governments.setdefault(place, []).append(actor)
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or not group_of[actor.id]:
            continue
        place = _words(actor.name)
        if " ".join(place) not in place_names:
            continue
        fits = [g for g in governments.get(place, []) if g.id != actor.id]
        if len(fits) == 1:
            found.append((actor.id, fits[0].id, "speaks_as", 0.6,
                          f"'{actor.name}' is a place taken for a speaker: its government, the one body the "
                          f"dossier names '{fits[0].name}'"))
    return found
