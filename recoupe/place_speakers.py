"""A place taken for a speaker is that place's government (speaker_merges.py runs this): NER reads "Ruritania’s
government said", "Lakeside officials said" or a headline's "Ruritania raises its toll" as an actor named by the
place alone; the speaker is the one body the dossier names by that place and a noun of government ("Government of
Ruritania", "Lakeside County": en/sources.yml local_government, and the national_heads that speak as collectives,
"government" / "gouvernement") (rule `speaks_as`, 0.6). A place with no such body, or with two, stays as it is.

DossierPlaces holds what the dossier's places say of its speakers, for this rule and short_names'
`_national_descriptions` (a speaker framed by a country).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Mapping, NamedTuple

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
    """A name's folded words, function words (sources.yml function_words) and a possessive left out: "Costa
    Brava’s" -> ("costa", "brava"), "the Government of Ruritania" -> ("government", "ruritania")."""
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


class DossierPlaces(NamedTuple):
    """What the dossier's places say of its speakers: the country each article is about (`by_article`: the one most
    of its places are in), each country's name as the places table writes it (`by_name`, folded, the frame of a speaker
    "military (<country>)"), and every place's names and spellings (`names`, read by _words)."""
    by_article: Mapping[str, str] = {}
    by_name: Mapping[str, str] = {}
    names: frozenset[str] = frozenset()


def dossier_places(places, place_mentions) -> DossierPlaces:
    """DossierPlaces of the dossier's places (models.Place) and place mentions: an article is about a country
    when strictly more of its places are in it than in any other."""
    code_of = {p.id: p.country_code for p in places if p.country_code}
    counts: dict[str, Counter] = defaultdict(Counter)
    for mention in place_mentions:
        if mention.place_id in code_of:
            counts[mention.article_id][code_of[mention.place_id]] += 1
    by_article = {}
    for article_id, count in counts.items():
        top = count.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            by_article[article_id] = top[0][0]
    by_name = {" ".join(_fold_phrase(p.name)): p.country_code for p in places if p.kind == "country" and p.country_code}
    names = frozenset(" ".join(_words(name)) for p in places for name in {p.name, *p.aliases}) - {""}
    return DossierPlaces(by_article, by_name, names)
