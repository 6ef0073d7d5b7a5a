"""Places the model tagged as an organisation, found again by what the gazetteer knows:
- a region's or a country's possessive ("Uttar Pradesh's Rampur town"): the region, by its exact name;
- a place's possessive opening the name ("Andijan's School No. 15"): the place (a region, a country, a large town);
- a list of towns taken as one name ("from Sambhal, Bijnor, Kanpur and Lucknow" with "Sambhal, Bijnor" one
  organisation): each town, when every part is a known name and the list goes on with a place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .folding import name_key
from .gazetteer import Gazetteer
from .place_candidates import PLACE_LABELS, Candidate

POSSESSIVES = ("'s", "’s")
# a town this large before a possessive opening an organisation's name is that town ("Andijan's School No. 15")
TOWN_OF_SOME_SIZE = 50_000
CONJUNCT_HOPS = 3  # how far along a list a misread organisation may hang on a place


def misread_organisations(doc: Doc, gaz: Gazetteer, taken: list[Candidate]) -> list[Candidate]:
    """Candidates for the places among the model's organisations that no candidate covers yet."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(c.start < ent.end_char and ent.start_char < c.end for c in taken):
            continue
        parts = _possessive_region(ent, gaz) or _listed_towns(ent, gaz, taken) or _possessive_opening(ent, gaz)
        found += [Candidate(p.start_char, p.end_char, p.start_char, p.end_char, "entity") for p in parts]
    return found


def _possessive_region(ent: Span, gaz: Gazetteer) -> list[Span]:
    if len(ent) < 2 or ent[-1].lower_ not in POSSESSIVES:
        return []
    if ent.start and ent.doc[ent.start - 1].lower_ in ("and", "et", "&"):
        return []  # "Trinidad and Tobago's": the end of a longer name
    core = ent[:-1]
    known = gaz.exact.get(name_key(core.text), [])
    return [core] if any(place.kind in ("region", "country") for place, _ in known) else []


def _possessive_opening(ent: Span, gaz: Gazetteer) -> list[Span]:
    """"Andijan's School No. 15", "Kenya's Ministry of Health": a known region, country or town of some size before
    the possessive that opens the organisation's name is that place."""
    at = next((t.i for t in ent[1:] if t.lower_ in POSSESSIVES), None)
    if at is None or (ent.start and ent.doc[ent.start - 1].lower_ in ("and", "et", "&")):
        return []
    core = ent.doc[ent.start:at]
    known = gaz.exact.get(name_key(core.text), [])
    return [core] if any(place.kind in ("region", "country") or (place.population or 0) >= TOWN_OF_SOME_SIZE
                         for place, _ in known) else []


def _listed_towns(ent: Span, gaz: Gazetteer, taken: list[Candidate] = ()) -> list[Span]:
    """The comma-separated parts of the entity, each one known name, when a place entity follows after a comma, or
    the entity's words are conjuncts of a place already found ("Bhola, Feni, Cox's Bazar, Chattogram, Noakhali" with
    "Cox's Bazar, Chattogram" one organisation, the list's head a place)."""
    doc = ent.doc
    after = doc[ent.end:ent.end + 2]
    listed = any(_conjunct_of_a_place(t, ent, taken) for t in ent)
    if not listed and (len(after) < 2 or after[0].text != "," or after[1].ent_type_ not in PLACE_LABELS):
        return []
    parts, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or doc[i].text == ",":
            parts.append(doc[start:i])
            start = i + 1
    if len(parts) < 2 or not all(len(p) and p[0].text[:1].isupper()
                                 and any(main for _, main in gaz.exact.get(name_key(p.text), [])) for p in parts):
        return []
    return parts


def _conjunct_of_a_place(token, ent: Span, taken) -> bool:
    """The word hangs, along a chain of a few conjuncts outside the entity, on a place already found ("Feni, Cox's
    Bazar" where "Feni" hangs on "Bhola")."""
    for _ in range(CONJUNCT_HOPS):
        if token.dep_ != "conj" or ent.start <= token.head.i < ent.end:
            return False
        token = token.head
        if any(c.start <= token.idx < c.end for c in taken):
            return True
    return False
