"""Known places the model labelled as a person, an organisation or misc, kept when the context says place
(`_placed_by_context`), when the article names the same place elsewhere (one sense per article), or when it is a
city or region of the countries the article names -- those it names, and those of the places found so (read by
places.extract_places through place_context)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from . import lexicon
from .folding import name_key
from .gazetteer import SMALL_TOWN_POPULATION, Gazetteer, small_towns_named
from .nlp import doc_text, known_word
from .place_candidates import (MISC_LABELS, PERSON_LABELS, Candidate, _head_before, _optional, _trim,
                               surname_of_a_person, _untaken_people, place_words)
from .place_resolution import _expanded_abbreviations, district_named, district_spelled_like


def _person_labelled_candidates(doc: Doc, gaz: Gazetteer, folded: str, taken: list[Candidate]) -> list[Candidate]:
    """Known places the model labelled as a person or misc ("Bielsko Biala", "le choix de Wrocław"): kept when
    the context says place (see `_placed_by_context`), or when the article names the same place elsewhere --
    one sense per article."""
    text = doc_text(doc)
    named_here = {name_key(text[c.core_start:c.core_end]) for c in taken}
    named_here &= gaz.exact.keys()
    countries = {known.country_code for key in named_here for known, _ in gaz.exact[key] if known.kind == "country"}
    countries = countries | _countries_of_unambiguous(named_here, gaz)
    found: list[Candidate] = []
    for _ in range(2):  # again with the countries of the places found ("parts of KwaZulu-Natal" ... "near Empangeni")
        more = _people_placed(doc, gaz, folded, taken + found, named_here, countries)
        found += more
        keys = {name_key(text[c.core_start:c.core_end]) for c in more} & gaz.exact.keys()
        widened = countries | _countries_of_unambiguous(keys, gaz)
        if not more or widened == countries:
            break
        countries = widened
    found += _organisation_labelled_cities(doc, gaz, countries, taken + found)
    return found


def _people_placed(doc: Doc, gaz: Gazetteer, folded: str, taken: list[Candidate], named_here: set[str],
                   countries: set[str]) -> list[Candidate]:
    found = []
    for core in _untaken_people(doc, taken, organisations=True):
        key = name_key(core.text)
        # "Co. Laois" taken for a person: the name with its abbreviation written out, when the gazetteer knows it
        key = next((k for k in _expanded_abbreviations(key) if k in gaz.exact), key) if key not in gaz.exact else key
        # a district of the article's countries by the name it is written with ("in Panjgur", tagged an organisation)
        district = district_named(key, gaz, countries) or district_spelled_like(key, gaz, countries)
        district_countries = {district.country_code} if district is not None else set()
        if core.root.ent_type_ == "ORG" and (core.text.isupper() or (key not in gaz.exact and not district_countries)):
            continue  # an acronym, or only a small town: the organisation's
        place_countries = {known.country_code for known, main in gaz.exact.get(key, []) if main} | district_countries
        # A small town needs a plainly locative context: "à Mathieu" is more often a person than the village.
        town_countries = {town[2] for town in small_towns_named(key, gaz)}
        if (key in named_here or (place_countries and _placed_by_context(core, folded, place_countries, countries))
                or _country_taken_for_a_person(core, gaz)
                or (town_countries and _placed_by_context(core, folded, town_countries, set()))
                or _city_of_a_country_named(core, gaz, countries)
                or _town_taken_for_an_organisation(core, gaz, countries)
                or (place_countries & countries and _after_a_place_and_comma(core, taken))):
            found.append(Candidate(core.start_char, core.end_char, core.start_char, core.end_char, "person"))
        elif _region_of_a_country_named(core, gaz, countries):
            found.append(Candidate(core.start_char, core.end_char, core.start_char, core.end_char, "person",
                                   within=frozenset(countries)))
    return found


def _country_taken_for_a_person(core: Span, gaz: Gazetteer) -> bool:
    """A one-word country's name the model labelled a person ("Malawi's elections commission"), the whole of its
    span and no one's surname in the article: the country."""
    if len(core) != 1 or core.root.ent_type_ not in PERSON_LABELS or surname_of_a_person(core) or _surname_elsewhere(core):
        return False
    entries = gaz.exact.get(name_key(core.text), [])
    return any(main and known.kind == "country" for known, main in entries) and \
        all(known.kind == "country" for known, _ in entries)


def _countries_of_unambiguous(keys: set[str], gaz: Gazetteer) -> set[str]:
    """The countries of the names that only one country has a place for ("Kerala", "Lokoja"): where an article
    that names no country is (its places' context, as for ranking namesakes)."""
    countries: set[str] = set()
    for key in keys:
        found = {known.country_code for known, _ in gaz.exact[key] if known.kind != "area"}
        if len(found) == 1 and None not in found:
            countries |= found
    return countries


# Where the name stands in its sentence when it is a person's: "Chegutu said", "Chegutu's office", "Mr Chegutu".
PERSON_DEPENDENCIES = frozenset({"nsubj", "nsubjpass", "poss", "appos", "agent"})


def _city_of_a_country_named(core: Span, gaz: Gazetteer, countries: set[str]) -> bool:
    """A one-word name the model took for a person that is the main name of a city or region of a country the
    article names ("the epicentre was Chegutu" in an article on Zimbabwe), standing where a person does not (not
    the subject of a verb, not before "'s"), never written as part of a person's longer name ("Information
    Minister Jenfan Muswere" ... "Muswere said"); a first-level region's name before "'s" too ("Odisha's minister":
    a region's name is seldom a person's)."""
    if len(core) != 1 or core.root.ent_type_ not in PERSON_LABELS:
        return False
    if surname_of_a_person(core) or _surname_elsewhere(core):
        return False
    kinds = ("region",) if core.root.dep_ == "poss" else () if core.root.dep_ in PERSON_DEPENDENCIES else ("city", "region")
    return any(main and known.kind in kinds and known.country_code in countries
               for known, main in gaz.exact.get(name_key(core.text), []))


def _town_taken_for_an_organisation(core: Span, gaz: Gazetteer, countries: set[str]) -> bool:
    """A one-word name the model took for an organisation, in title case, that is the main name of a town, a region
    or a district of a country the article names ("in the Aligarh hooch tragedy",
    "Nalgonda seven and Prakasam six" in an article on India), standing where an organisation does not act (not
    the subject of a verb, not before "'s", not in apposition), no one's surname in the article; a town of 15,000
    people at least, and by a name that is no word of the language ("Justice"; "the Tweed" is a district's)."""
    if len(core) != 1 or core.root.ent_type_ != "ORG" or core.text.isupper() or not core.text[:1].isupper():
        return False
    if not lexicon.load("places", core.doc.lang_).get("organisations_may_be_towns", False):
        return False
    if core.root.dep_ in PERSON_DEPENDENCIES or surname_of_a_person(core) or _surname_elsewhere(core):
        return False
    key = name_key(core.text)
    # "United for Peace and Justice": a word of the language is no town's name here, whatever town has it
    town = not known_word(core.text.lower(), core.doc.lang_)
    entries = [known for known, main in gaz.exact.get(key, []) if main and known.country_code in countries
               and (known.kind == "region" or (town and (known.population or 0) >= SMALL_TOWN_POPULATION))]
    return bool(entries) or district_named(key, gaz, countries) is not None


def _region_of_a_country_named(core: Span, gaz: Gazetteer, countries: set[str]) -> bool:
    """A name the model labelled misc (often one written in capitals: "les populations de DIANA et SAVA") that is the
    main name of a first-level region of a country the article names: that region."""
    return core.root.ent_type_ in MISC_LABELS and any(
        main and known.kind == "region" and known.country_code in countries
        for known, main in gaz.exact.get(name_key(core.text), []))


def _organisation_labelled_cities(doc: Doc, gaz: Gazetteer, countries: set[str],
                                  taken: list[Candidate]) -> list[Candidate]:
    """A city or region the model labelled as an organisation, written whole ("Cox's Bazar" as a headline) or
    followed by its country ("Cox's Bazar of Bangladesh"): kept when it is the main name of a place of a country
    the article names, the organisation's name being no longer than the place's."""
    found = []
    of_words = set(_optional("of_words", doc.lang_))
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        core = _trim(ent)
        while core is not None and len(core) and core[-1].is_space:
            core = core[:-1] if len(core) > 1 else None
        if core is None:
            continue
        joint = next((t for t in core if t.lower_ in of_words), None)
        if joint is not None:  # "X of <its country>"
            rest = name_key(doc[joint.i + 1:core.end].text)
            if not any(known.kind == "country" for known, _ in gaz.exact.get(rest, [])) or joint.i == core.start:
                continue
            core = doc[core.start:joint.i]
        key = name_key(core.text)
        if core.text.isupper() or not any(main and known.kind in ("city", "region") and known.country_code in countries
                                          for known, main in gaz.exact.get(key, [])):
            continue
        candidate = Candidate(core.start_char, core.end_char, core.start_char, core.end_char, "person")
        if not any(candidate.overlaps(other) for other in taken):
            found.append(candidate)
    return found


def _surname_elsewhere(core: Span) -> bool:
    """"Lázaro Cárdenas" (a Mexican city too) is a person when the article also calls him "Cárdenas"."""
    last = core[-1].text
    return any(ent.label_ in PERSON_LABELS and ent.text != core.text and last in ent.text.split()
               for ent in core.doc.ents if ent.start != core.start)


def _placed_by_context(core: Span, folded: str, place_countries: set[Optional[str]], countries: set[str]) -> bool:
    """The whole name of a known place in several words ("Stronie Slaskie": a first name and a surname would not
    make one, unless the surname recurs alone); a name after "en", "dans", "département de", "au large de" (a
    lower-case modifier between them: "in neighbouring X"); or
    after "à", "près de" or before ", en Roumanie" when the place lies in a country the article names ("à X" may
    be a person's dative)."""
    doc = core.doc
    if " " in name_key(core.text):
        return not _surname_elsewhere(core)
    previous = doc[core.start - 1].lower_ if core.start > 0 else ""
    preceding = folded[max(0, core.start_char - 30):core.start_char]
    words = place_words(doc.lang_)
    if (previous in words.locative_prepositions or _head_before(folded, core.start_char, doc.lang_)
            or words.locative_phrase_before.search(preceding)):
        return True
    if core.start > 1 and doc[core.start - 1].is_lower and doc[core.start - 1].pos_ in ("ADJ", "VERB") \
            and doc[core.start - 2].lower_ in words.locative_prepositions:
        return True  # "in neighbouring X", "in northern X": a modifier between the preposition and the name
    if previous in _optional("capital_nouns", doc.lang_) and place_countries & countries:
        return True  # "Burundi's capital Bujumbura", tagged an organisation
    following = doc[core.end:core.end + 2]
    if len(following) and following[0].is_lower and following[0].lower_ in _optional("city_words", doc.lang_):
        return True  # "the commissioner of Aligarh city"
    apposed = len(following) == 2 and following[0].text == "," and following[1].lower_ in words.locative_prepositions
    weak = previous in words.weak_prepositions or apposed or words.near_phrase_before.search(preceding) is not None \
        or _inside_a_place(doc[core.end:core.end + 3], words)
    return weak and bool(place_countries & countries)


def _inside_a_place(following: Span, words) -> bool:
    """"Hillingdon in west London topped the list": the name is followed by "in" (`inside_words`), a compass word
    at most, and a capitalised name."""
    inside = frozenset(_optional("inside_words", following.doc.lang_))
    if len(following) < 2 or following[0].lower_ not in inside:
        return False
    rest = following[2:] if following[1].lower_ in words.compass_adjectives else following[1:]
    return len(rest) > 0 and rest[0].text[:1].isupper() and rest[0].is_alpha


def _after_a_place_and_comma(core: Span, taken: list[Candidate]) -> bool:
    """"residents in Zwelihle, Hermanus were up in arms": the name right after a comma that closes a place found
    after a place preposition (`locative_prepositions`, `weak_prepositions`) is the wider place it lies in, not a
    person ("Hermanus" taken for the subject)."""
    doc = core.doc
    if core.start < 3 or doc[core.start - 1].text != ",":
        return False
    comma = doc[core.start - 1].idx
    before = next((c for c in taken if c.end == comma), None)
    if before is None:
        return False
    opening = doc.char_span(before.start, before.end, alignment_mode="expand")
    words = place_words(doc.lang_)
    return opening is not None and opening.start > 0 and \
        doc[opening.start - 1].lower_ in words.locative_prepositions | words.weak_prepositions
