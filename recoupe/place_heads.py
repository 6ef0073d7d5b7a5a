"""A place candidate's head noun: "la région de X", "the X region", "le village de X" widen a candidate to its head
and type it; an area noun before "de X" ("bande de Gaza") is a place of its own; heads shared along a list ("les
régions de X et de Y"). Read by places.extract_places; the head-noun lists are place_candidates.heads."""

from __future__ import annotations

import re
from typing import Optional

from . import lexicon
from .folding import name_key
from .gazetteer import gazetteer
from .place_candidates import Candidate, _alternation, _head_before, heads, place_words


def _with_head(candidate: Candidate, text: str, folded: str, language: str = "fr") -> Candidate:
    """'région de Murcie' is one region mention, whether the model's span included the noun or not; 'ville de
    Francfort' is the city Francfort; 'le pic de l'Oder' (a common noun about a place) is the Oder. In English
    the noun may follow: 'the Murcia region', 'Almaty Oblast'."""
    rules = heads(language)
    inside = rules.inside.match(folded[candidate.core_start:candidate.core_end])
    if inside and _country_name(folded[candidate.core_start:candidate.core_end], language):
        inside = None  # "États-Unis d'Amérique": a country's own long name, no "États de X"
    if inside and inside.group(1) in rules.place_heads:
        candidate.core_start += inside.end()
        candidate.head = rules.place_heads[inside.group(1)]
        candidate.list_head = _plural(inside.group(1))
        if candidate.head == "city":
            candidate.start = candidate.core_start
        return candidate
    if (inside and text[candidate.core_start].islower() and inside.group(1) in place_words(language).island_nouns
            and name_key(text[candidate.core_start + inside.end():candidate.core_end]) in gazetteer(language).exact):
        candidate.core_start += inside.end()  # "l'île de Mayotte": Mayotte, the mention keeping its noun
        return candidate
    if inside and text[candidate.core_start].islower() and inside.group(1) not in place_words(language).area_words:
        candidate.start = candidate.core_start = candidate.core_start + inside.end()
        return candidate
    if rules.inside_after is not None:
        trailing = rules.inside_after.search(folded[candidate.core_start:candidate.core_end])
        if trailing and _country_name(folded[candidate.core_start:candidate.core_end], language):
            trailing = None  # "United States", "United Arab Emirates": a country's own name, no region noun
        if trailing and trailing.start() > 0:
            if not _region_name(folded[candidate.core_start:candidate.core_end], language):
                candidate.core_end = candidate.core_start + trailing.start()
            candidate.head = "region"
            candidate.list_head = _plural(trailing.group(1))
            return candidate
        following = rules.after.match(folded[candidate.end:candidate.end + 30])
        if following:
            candidate.end += following.end()
            if _region_name(folded[candidate.core_start:candidate.end], language):
                candidate.core_end = candidate.end  # "Niger State": the state's own name, not the country's
            candidate.head = "region"
            candidate.list_head = _plural(following.group(1))
            return candidate
    area = _area_noun_before(text, folded, candidate.start, language)
    if area is not None:  # "la bande de Gaza", "la forêt du Baoulé": a place of its own, not Gaza
        candidate.start = candidate.core_start = area
        candidate.source = "landmark"
        return candidate
    before = _head_before(folded, candidate.start, language)
    if before:
        candidate.head = rules.place_heads[before.group(1)]
        candidate.list_head = _plural(before.group(1))
        if candidate.head == "region":
            candidate.start -= len(before.group(0))
    return candidate


def with_compass_adjective(candidate: Candidate, text: str, language: str) -> Candidate:
    """A compass adjective in lower case before a name that makes with it the name of a world area ("southern
    Africa" is Southern Africa, `compass_adjectives`, places.yml): the mention and the name hold it. Not a region's
    ("north Darfur" may be the north of Darfur), and "northern Nigeria" stays Nigeria."""
    adjectives = place_words(language).compass_adjectives
    core = text[candidate.core_start:candidate.core_end]
    words = core.split(None, 1)
    if adjectives and len(words) == 2 and words[0] in adjectives and candidate.start == candidate.core_start \
            and name_key(core) not in gazetteer(language).exact:
        # the model's "west London": London, not a name spelled like it ("East London"); an area keeps it below
        candidate.start = candidate.core_start = candidate.core_start + len(core) - len(words[1])
    elif len(words) == 2 and candidate.start == candidate.core_start and _compass_prefix(words[0], language) \
            and name_key(core) not in gazetteer(language).exact and _country_name(words[1], language):
        # "northeast Nigeria", "North-Central Nigeria" as one entity: the country ("South Sudan" is known whole)
        candidate.start = candidate.core_start = candidate.core_start + len(core) - len(words[1])
    match = re.search(r"(\w+)\s+$", text[max(0, candidate.start - 20):candidate.start])
    if not adjectives or match is None or match.group(1) not in adjectives or candidate.start != candidate.core_start:
        return candidate
    start = candidate.start - len(match.group(0))
    key = name_key(text[start:candidate.core_end])
    if any(known.kind == "area" for known, _ in gazetteer(language).exact.get(key, [])):
        candidate.start = candidate.core_start = start
    return candidate


def _compass_prefix(word: str, language: str) -> bool:
    """A compass word, hyphenated ones included, in any case: "northeast", "North-Central" (`compass_prefix_words`)."""
    parts = frozenset(lexicon.load("places", language).get("compass_prefix_words") or ())
    return bool(parts) and all(part in parts for part in word.lower().split("-"))


# "bande de ", "forêt du ", "golfe de la ": an area noun and its joint right before a name (folded text)
AREA_NOUN_BEFORE = re.compile(r"(?:^|[^\w'])(\w+) (?:de la |de l'|du |des |de |d')$")


def _area_noun_before(text: str, folded: str, position: int, language: str) -> Optional[int]:
    """Where an area noun written in lower case starts right before "de X" ("la bande de Gaza", "la forêt du Baoulé",
    "le golfe de Guinée": `area_words`, places.yml), making "<noun> de X" a place of its own; None if there is
    none. Compass words ("le nord du Mali"), island nouns ("l'île de Mayotte" is Mayotte) and "du côté de X" (near
    X) are not."""
    match = AREA_NOUN_BEFORE.search(folded[max(0, position - 30):position])
    if match is None:
        return None
    words = place_words(language)
    noun = match.group(1)
    start = max(0, position - 30) + match.start(1)
    written = text[start:start + len(noun)]
    if (noun not in words.area_words or noun in words.compass_words or noun in words.island_nouns
            or not written.islower() or written.startswith("côté")):
        return None
    return start


def _country_name(name: str, language: str) -> bool:
    return any(known.kind == "country" for known, _ in gazetteer(language).exact.get(name_key(name), []))


def _region_name(name: str, language: str) -> bool:
    """A region's own name holds its noun ("Niger State", "Abia State"): the noun stays in the name looked up."""
    return any(known.kind == "region" for known, _ in gazetteer(language).exact.get(name_key(name), []))


def _plural(noun: str) -> bool:
    return noun.endswith(("s", "x"))


# Between two names of a list: ", ", " et ", " and ", " et de ", " or of "...
COMMON = lexicon.load("places", "common")
LIST_JOINT = re.compile(rf"^\s*(?:,|,?\s*(?:{_alternation(COMMON['list_conjunctions'])}))\s*"
                        rf"(?:(?:{_alternation(COMMON['list_of_words'])})\s*)?$")


def _share_heads(candidates: list[Candidate], folded: str) -> None:
    """A plural region noun holds for every name of its list: "les régions de Murcie et d'Aragon", "the states
    of Uttar Pradesh and Bihar", "the Murcia and Aragon regions" (a singular one, "la région de Murcie, et
    Madrid...", for its own name only)."""
    ordered = sorted(candidates, key=lambda c: c.start)
    for previous, following in zip(ordered, ordered[1:]):
        if not LIST_JOINT.match(folded[previous.end:following.start]):
            continue
        if previous.head == "region" and previous.list_head and following.head is None:
            following.head, following.list_head = "region", True
    for following, previous in zip(reversed(ordered), list(reversed(ordered))[1:]):
        if not LIST_JOINT.match(folded[previous.end:following.start]):
            continue
        if (following.head == "region" and following.list_head and previous.head is None
                and following.core_start == following.start):  # the noun comes after the list
            previous.head, previous.list_head = "region", True


def split_at_a_region(candidates: list[Candidate], text: str, language: str) -> list[Candidate]:
    """"the hamlet of Evansburg, Alta." taken as one name: a candidate whose name ends with a comma and a region's
    abbreviation (`region_abbreviations`) is two, the town and the region (the abbreviation with its full stop)."""
    abbreviations = lexicon.load("places", language).get("region_abbreviations") or {}
    found = []
    for candidate in candidates:
        core = text[candidate.core_start:candidate.core_end]
        town, comma, region = core.rpartition(", ")
        written = next((a for a in abbreviations if a.rstrip(".") == region.rstrip(".")
                        and text.startswith(a, candidate.core_start + len(town) + 2)), None)
        if not comma or not town or written is None:
            found.append(candidate)
            continue
        at = candidate.core_start + len(town) + 2
        candidate.end = candidate.core_end = candidate.core_start + len(town)
        candidate.countries = frozenset({abbreviations[written].partition(" ")[0]})
        found += [candidate, Candidate(at, at + len(written), at, at + len(written), "dateline")]
    return found
