"""Names listed with places: "Fires are burning at Stanthorpe, Applethorpe, Witheren and Sarabah in Queensland" makes
Witheren a place although neither the model nor the gazetteer knows it. Read by places.extract_places after the
names are resolved (English lexicon entries `list_place_share`, `list_min_members`; a language without them finds
none)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from . import lexicon
from .folding import name_key
from .gazetteer import Gazetteer
from .place_candidates import (PERSON_LABELS, Candidate, _names_people, _not_a_place, _optional, place_words,
                               surname_of_a_person)
from .place_cues import _language_names, joining_hyphen

LIST_JOINTS = ("and", "or")


def names_listed_with_places(doc: Doc, resolved: list, gaz: Gazetteer, language: str,
                             headlines: list = ()) -> list[tuple[Candidate, str, object]]:
    """The names of a list ("X, Y, Z and W") that no candidate covers, kept as places (unresolved unless a town or
    district of the list's places' countries has that exact name) when the list holds enough places: at least
    `list_min_members` names, and either places for at least `list_place_share` of them (two at least), or one
    place and a place preposition right before the list ("moved to X, Y and Z") or "in" and a place right after it
    ("X, Y and Z in NSW"). A member is no place when it is a person's name (two words or more the model calls a
    person, a surname the article uses), an organisation's name of several words, an acronym, a people's or a
    language's name, a date or a day ("Ohafia, Abia State, Friday night") or a word of the language ("Police, Army and
    Navy" hold no proper noun); a list holding a title noun (attribution.yml `title_nouns`) is an office's name."""
    minimum = lexicon.load("places", language).get("list_min_members")
    share = lexicon.load("places", language).get("list_place_share")
    if not minimum or not share:
        return []
    words = place_words(language)
    openers = words.locative_prepositions | words.weak_prepositions
    features = frozenset(_optional("feature_nouns", language))
    inside = frozenset(_optional("inside_words", language))
    spans = [(c.start, c.end, c, known) for c, _, known in resolved]
    attribution = lexicon.load("attribution", language)
    titles = frozenset(attribution.get("title_nouns") or ())
    times = frozenset(attribution.get("time_words") or ())

    def place_over(span: Span) -> Optional[tuple]:
        return next((item for item in spans if item[0] < span.end_char and span.start_char < item[1]), None)

    def is_place(item) -> bool:
        candidate, known = item[2], item[3]
        return known is not None or candidate.head is not None or candidate.source == "settlement"

    found: list[tuple[Candidate, str, object]] = []
    i = 0
    while i < len(doc):
        members, end = _list_at(doc, i)
        if len(members) < minimum:
            i += 1
            continue
        i = end
        if any(a <= members[0].start_char < b for a, b in headlines):
            continue  # a title-case headline, every word capitalised ("Police Fire Tear Gas, Arrest 20")
        if any(member.text.lower() in titles for member in members):
            continue  # "In Lucknow, Director, Medical and Health (...) X said": an office's name, no list of places
        over = [place_over(member) for member in members]
        places = [item for item in over if item is not None and is_place(item)]
        if not places:
            continue
        before = doc[members[0].start - 1] if members[0].start > 0 else None
        after = doc[members[-1].end:members[-1].end + 2]
        closing = place_over(after[1:2]) if len(after) == 2 and after[0].lower_ in inside else None
        anchored = (before is not None and before.lower_ in openers) or (closing is not None and is_place(closing))
        if not (len(places) >= 2 and len(places) >= share * len(members)) and not anchored:
            continue
        countries = {item[3].country_code for item in places if item[3] is not None and item[3].country_code}
        for member, item in zip(members, over):
            if item is not None or member.text.lower() in times or not _a_place_name(member, gaz, language, features):
                continue
            key = name_key(member.text)
            candidate = Candidate(member.start_char, member.end_char, member.start_char, member.end_char, "settlement")
            found.append((candidate, key, _known_in(key, gaz, countries)))
    return found


def _list_at(doc: Doc, i: int) -> tuple[list[Span], int]:
    """The names listed from token i ("X, Y-Z, W and V"), each a run of capitalised words, and where the list ends."""
    members: list[Span] = []
    at = i
    while at < len(doc):
        end = at
        while end < len(doc) and (_word(doc[end]) or (end > at and joining_hyphen(doc, end))):
            end += 1
        if end == at:
            break
        members.append(doc[at:end])
        if end < len(doc) and doc[end].text == ",":
            following = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in LIST_JOINTS)
        elif end < len(doc) and doc[end].lower_ in LIST_JOINTS:
            following = end + 1
        else:
            return members, end
        if following >= len(doc) or not _word(doc[following]):
            return members, end
        at = following
    return members, at


def _word(token) -> bool:
    """A capitalised word, or a name whose prefix stays in lower case before its capital ("uMgungundlovu")."""
    return token.is_alpha and not token.is_stop and (
        token.text[:1].isupper() or token.text[:1].islower() and token.text[1:2].isupper() and token.pos_ == "PROPN")


def _a_place_name(member: Span, gaz: Gazetteer, language: str, features: frozenset) -> bool:
    key = name_key(member.text)
    words = [t for t in member if t.is_alpha]
    labels = {t.ent_type_ for t in member}
    several = len(member.text.split()) > 1
    if not key or _not_a_place(key, language) or not any(t.pos_ == "PROPN" for t in member):
        return False
    if any(len(t.text) > 1 and t.text.isupper() for t in words) or any(t.ent_type_ in ("DATE", "TIME") for t in member):
        return False  # "UNICEF", "March"
    if several and (labels & PERSON_LABELS or "ORG" in labels) and words[-1].lower_ not in features \
            and not _run_over_a_list(member):
        return False  # "John Mensah", "Red Cross"; "Numinbah Valley" stays a place
    return not (surname_of_a_person(member) or _names_people(member) or key in _language_names(language))


def _run_over_a_list(member: Span) -> bool:
    """The member's words lie in one entity the model ran over a list ("Askira Uba, Chibok" as one person): that
    label says nothing of the member."""
    entity = next((e for e in member.doc.ents if e.start <= member.start < e.end), None)
    return entity is not None and member.end <= entity.end and any(t.text == "," for t in entity)


def _known_in(key: str, gaz: Gazetteer, countries: set[str]):
    """The largest town of that exact name in the list's countries, else the one district of that name there."""
    towns = [known for known, main in gaz.exact.get(key, []) if main and known.kind in ("city", "region")
             and known.country_code in countries]
    if towns:
        return max(towns, key=lambda known: known.population or 0)
    districts = [known for known, written in gaz.districts.get(key, []) if written and known.country_code in countries]
    return districts[0] if len(districts) == 1 else None
