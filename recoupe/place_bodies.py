"""Whether a place after "of" inside an organisation's name is named by it: in a language that keeps a place inside
an organisation's capitalised name out (`places_in_organisation_names: false`), only the body a country or a region
governs names it ("the Government of Canada", "the Republic of Kenya": `bodies_named_by_their_place`); "the Election
Commission of Pakistan", "the Reserve Bank of Fiji", "the University of Newcastle" do not; a place before "of" names
both ("Kushtia of Bangladesh", which the model took for one organisation)."""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .folding import name_key


def names_its_place(token: Token, key: str, gaz) -> bool:
    """The place `token` opens (its name's key `key`), after "of" in an organisation's name, is named there as a
    place: after a body a country or a region governs, or after a town of that country or region."""
    words = lexicon.load("places", token.doc.lang_)
    if words.get("places_in_organisation_names", True):
        return True
    before_of = token.doc[token.i - 2] if token.i >= 2 else None
    if before_of is None:
        return False
    if before_of.lower_ in (words.get("bodies_named_by_their_place") or ()):
        return True
    areas = {known.country_code for known, _ in gaz.exact.get(key, []) if known.kind in ("country", "region")}
    return any(known.kind == "city" and known.country_code in areas
               for known, _ in gaz.exact.get(name_key(before_of.text), []))
