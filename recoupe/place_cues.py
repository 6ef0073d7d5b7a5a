"""Places the grammar around a name calls places, whatever label the model gave it (English lexicon entries; a
language without them finds none):
- a region a country numbers ("Region Four", "Region 4", "Region VII", "in region four": `numbered_region_nouns`),
  the noun and its number being the name;
- a proper name the gazetteer does not know, no title's nor a person's surname, after a place preposition and
  before "in" and a subdivision the article names with its noun ("clashes at X in the Y District", "residents of X, Y and Z in the W LGA", "at X in the same
  LGA": `inside_words`), a place inside that one; and the names listed with it; likewise before "in" and a place
  found already ("sent to X in North Tongu"), no organisation's name;
- a proper name before a lower-case noun of a local area ("the Rampura area", "X zone", "X and Y communities",
  "in Boda upazila": `area_nouns_after`), a plural noun holding for the names listed before it, not a people's
  name ("the Hausa community") nor a person's surname.
All are kept unresolved unless the gazetteer knows the exact name (source "settlement")."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale
from spacy.tokens import Doc, Span

from . import lexicon
from .folding import fold, name_key
from .gazetteer import Gazetteer
from .gazetteer import gazetteer
from .place_candidates import (MISC_LABELS, PERSON_LABELS, Candidate, _names_people, _not_a_place, _optional,
                               surname_of_a_person)

ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")
# a region's number: a word or a numeral of one or two digits, or a Roman numeral
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                         "fifteen sixteen seventeen eighteen nineteen twenty".split())


def _region_number(token) -> bool:
    text = token.text
    if token.i and token.doc[token.i - 1].lower_ != token.doc[token.i - 1].text:  # "Region ...": any number
        return (text.isdigit() and len(text) <= 2) or ROMAN_NUMERAL.fullmatch(text) is not None \
            or text.lower() in NUMBER_WORDS
    return text.lower() in NUMBER_WORDS  # "region four", not "the region 20 people fled"


def numbered_regions(doc: Doc, taken: list[Candidate], language: str) -> list[tuple[Candidate, str, Span]]:
    """"Region Four", "Region 4", "Region VII": an administrative region known by its number."""
    nouns = frozenset(_optional("numbered_region_nouns", language))
    found: list[tuple[Candidate, str, Span]] = []
    for token in doc[:-1]:
        number = doc[token.i + 1]
        if token.lower_ not in nouns or not _region_number(number):
            continue
        after = doc[number.i + 1] if number.i + 1 < len(doc) else None
        if after is not None and (after.like_num or after.text in (",", ".") and after.whitespace_ == ""
                                  and number.i + 2 < len(doc) and doc[number.i + 2].like_num):
            continue  # "Region 4,000": a figure, not a number
        span = doc[token.i:number.i + 1]
        _add(found, taken, span)
    return found


def contained_names(doc: Doc, taken: list[Candidate], gaz: Gazetteer, language: str, headlines: list = ()
                    ) -> list[tuple[Candidate, str, Span]]:
    """Names of places inside a subdivision the article names with its noun ("at X in the Y District", "residents
    of X and Z in Y LGA"): unknown to the gazetteer, after a place preposition, not a person's surname."""
    inside = frozenset(_optional("inside_words", language))
    if not inside:
        return []
    nouns = _subdivision_nouns(language)
    openers = frozenset(_optional("inside_openers", language))
    found: list[tuple[Candidate, str, Span]] = []
    titles = frozenset(lexicon.load("attribution", language).get("title_nouns") or ())
    locative = frozenset(_optional("locative_prepositions", language))
    for token in doc[1:]:
        # not in a title-case headline, whose words are all capitalised ("Gunmen Kill 10 in Fresh Attack in X State")
        if token.text not in inside or any(a <= token.idx < b for a, b in headlines):
            continue
        subdivision = _a_subdivision_follows(doc, token.i + 1, nouns)
        if not subdivision and not _a_place_follows(doc, token.i + 1, taken):
            continue
        names = _listed_names_before(doc, token.i)
        opener = doc[names[0].start - 1].lower_ if names and names[0].start > 0 else None
        if opener in openers or opener in _optional("inside_openers_before_a_place", language) and not subdivision:
            for name in names:
                # before a place named without its noun ("sent to X in North Tongu", "displaced in X in the Y
                # metropolis"): no organisation's name, a person's one word only after "in"
                if not subdivision and (name.root.ent_type_ == "ORG" or name.root.ent_type_ in PERSON_LABELS
                                        and (len(name) > 1 or opener not in locative)):
                    continue
                if not gaz.exact.get(name_key(name.text)) and not surname_of_a_person(name) \
                        and not _part_of_a_longer_entity(name) and all(t.pos_ == "PROPN" or t.text == "-" or doc[t.i - 1].text == "-" for t in name) \
                        and not any(t.lower_ in titles for t in name):  # "Paramount Chief X": a person
                    _add(found, taken, name)
    return found


def names_after_in(doc: Doc, taken: list[Candidate], gaz: Gazetteer, language: str, headlines: list = ()
                   ) -> list[tuple[Candidate, str, Span]]:
    """"in X –", "in X, ...", "in X on Sunday": a one-word name the gazetteer does not know, right after a
    locative preposition in lower case (`locative_prepositions`: "in", "across", not "at" or "to"), the model
    leaving it unlabelled or taking it for a person (as it does unknown villages), before a punctuation mark or a
    word in lower case; not a person's surname, not before a possessive ("in Mensah's view"), not in a title-case headline,
    not after a verb or noun of belief (`not_places_after_in`: "faith in X")."""
    if not _optional("inside_openers_before_a_place", language):
        return []
    locative = frozenset(_optional("locative_prepositions", language))
    beliefs = frozenset(_optional("not_places_after_in", language))
    found: list[tuple[Candidate, str, Span]] = []
    for token in doc[2:-1]:
        before, after = doc[token.i - 1], doc[token.i + 1]
        if before.text not in locative or not _name_word(token) or token.pos_ != "PROPN" \
                or token.ent_type_ and token.ent_type_ not in PERSON_LABELS \
                or any(a <= token.idx < b for a, b in headlines) or doc[token.i - 2].lemma_.lower() in beliefs:
            continue
        if after.text in ("'s", "’s", "'", "’") or not (after.is_punct or after.is_lower and after.is_alpha):
            continue
        name = doc[token.i:token.i + 1]
        if gaz.exact.get(name_key(name.text)) or surname_of_a_person(name) or _names_people(name) \
                or _a_peoples_or_persons(name, gaz, language, misc_allowed=True):
            continue
        _add(found, taken, name)
    return found


def _a_place_follows(doc: Doc, i: int, taken: list[Candidate]) -> bool:
    """From token i: "(the) <a place found already>" ("in North Tongu", "in the Sekondi-Takoradi metropolis")."""
    while i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and any(c.core_start == doc[i].idx for c in taken)


def _part_of_a_longer_entity(name: Span) -> bool:
    """"the Ministry of Law and Order in the X district": words of an organisation's longer name."""
    return any(ent.start < name.end and name.start < ent.end and (ent.start < name.start or ent.end > name.end)
               for ent in name.doc.ents)


def _subdivision_nouns(language: str) -> frozenset:
    """The nouns of a subdivision, a phrase as a tuple of its words ("lga", ("local", "government", "area"))."""
    phrases = [*_optional("region_words_after", language), *_optional("settlement_nouns_after", language)]
    return frozenset(phrase if " " not in phrase else tuple(phrase.split()) for phrase in phrases)


def _a_subdivision_follows(doc: Doc, i: int, nouns: frozenset) -> bool:
    """From token i: "(the) (same) (Capitalised words) <noun of a subdivision>" ("the Ada West District", "Ohafia
    LGA", "the same LGA", "Ukum Local Government Area")."""
    phrases = [noun for noun in nouns if isinstance(noun, tuple)]

    def at_noun(j: int) -> bool:
        return fold(doc[j].lower_) in nouns or any(
            tuple(fold(t.lower_) for t in doc[j:j + len(phrase)]) == phrase for phrase in phrases)

    while i < len(doc) and doc[i].lower_ in ("the", "same"):
        i += 1
    while i < len(doc) and doc[i].text[:1].isupper() and not at_noun(i):
        i += 1
    return i < len(doc) and at_noun(i)


def _listed_names_before(doc: Doc, end: int) -> list[Span]:
    """The capitalised names right before token `end`, with those listed before them ("X, Y and Z"), first first;
    a hyphen joins two words of one name ("Jande-Ikyura"), a possessive a known place's ("Cox’s Bazar")."""
    names: list[Span] = []
    while end > 0:
        start = end
        while start > 0 and (_name_word(doc[start - 1]) or start - 1 > 0 and start < end
                             and joining_hyphen(doc, start - 1) and _name_word(doc[start - 2])):
            start -= 1
        if start == end:
            break
        if start > 1 and doc[start - 1].text in ("'s", "’s") and _name_word(doc[start - 2]) \
                and name_key(doc[start - 2:end].text) in gazetteer(doc.lang_).exact:
            start -= 2  # "Cox’s Bazar": a known place's name holds its possessive
        names.insert(0, doc[start:end])
        joint = start - 1
        if joint > 0 and doc[joint].lower_ == "and" and doc[joint - 1].text == ",":
            joint -= 1  # "X, Y, and Z"
        if joint > 0 and doc[joint].lower_ in (",", "and") and _name_word(doc[joint - 1]):
            end = joint
        else:
            break
    return names


def _name_word(token) -> bool:
    """A capitalised word of a name, not an acronym ("UNICEF"), not a stop word, not a date ("March"); not the first
    word of a sentence, unless the parser opened one inside a phrase ("the state’s Anka and Bukkuyum districts")."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop \
        and (not token.is_sent_start or _after_a_word(token)) \
        and not (len(token.text) > 1 and token.text.isupper()) and token.ent_type_ not in ("DATE", "TIME")


def _after_a_word(token) -> bool:
    """Right after a word or a possessive on the same line: a sentence the parser opened inside a phrase."""
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and "\n" not in previous.whitespace_ \
        and (previous.is_alpha or previous.text in ("'s", "’s"))


def _add(found: list, taken: list[Candidate], span: Span, end: int = 0) -> None:
    """The name as a settlement candidate, its mention running to `end` when a noun after it belongs to it."""
    key = name_key(span.text)
    end = max(end, span.end_char)
    if not key or _not_a_place(key, span.doc.lang_):
        return
    if any(c.start < end and span.start_char < c.end for c in taken + [c for c, _, _ in found]):
        return
    found.append((Candidate(span.start_char, end, span.start_char, span.end_char, "settlement"), key, span))


def area_names(doc: Doc, taken: list[Candidate], gaz: Gazetteer, language: str) -> list[tuple[Candidate, str, Span]]:
    """"the Rampura area", "X zone", "X and Y communities": the names right before a lower-case noun of a local
    area, the noun part of the mention, the names listed before a plural noun each one mention."""
    nouns = frozenset(_optional("area_nouns_after", language))
    groups = frozenset(_optional("group_nouns_after", language))
    bodies = frozenset(_optional("body_nouns", language))
    found: list[tuple[Candidate, str, Span]] = []
    for token in doc[1:]:
        if token.text not in nouns or not _name_word(doc[token.i - 1]):
            continue
        plural = _plural(token, nouns)
        names = [_without_titles(name) for name in _listed_names_before(doc, token.i)]
        names = [name for name in names if len(name)]
        # a list of several names before a plural noun is no person's ("in X Y, Z W and V U communities")
        persons_too = plural and len(names) >= 2
        for name in names if plural else names[-1:]:
            if token.lemma_ in bodies and any(t.ent_type_ == "ORG" for t in name):
                continue  # "the Unite union": a body's name before a noun that also names bodies
            if not _a_peoples_or_persons(name, gaz, language, misc_allowed=token.text not in groups,
                                         persons_allowed=persons_too):
                end = token.idx + len(token.text) if name is names[-1] else name.end_char
                # the noun overrides the model's reading of the bare name (a namesake town abroad)
                others = [c for c in taken if (c.start, c.end) != (name.start_char, name.end_char)]
                before = len(found)
                _add(found, others, name, end)
                if len(found) == before and end > name.end_char:
                    _add(found, others, name)  # "Serpadi districts of Assam": the noun is the next place's
    return found


def _plural(token, nouns: frozenset) -> bool:
    """A plural noun, by the parser or by its singular in the list ("communities" the parser took for a verb)."""
    text = token.lower_
    return "Plur" in token.morph.get("Number") or text[:-1] in nouns or text.endswith("ies") and text[:-3] + "y" in nouns


def _without_titles(name: Span) -> Span:
    """The name less the title nouns that open it ("Commissioner Sibi division": Sibi; attribution.yml
    `title_nouns`, `civilities`)."""
    words = lexicon.load("attribution", name.doc.lang_)
    titles = set(words.get("title_nouns") or ()) | set(words.get("civilities") or ())
    start = name.start
    while start < name.end and name.doc[start].lower_.rstrip(".") in titles:
        start += 1
    return name.doc[start:name.end]


def listed_areas(doc: Doc, taken: list[Candidate], gaz: Gazetteer, language: str) -> list[tuple[Candidate, str, Span]]:
    """"the affected areas include X, Y and Z": the names listed after a plural noun of an area and a verb that
    opens a list (`listing_nouns`, `listing_verbs`), each a place, unresolved when the gazetteer does not know it; a
    lone compass word ("X East and South") is no name of its own."""
    nouns = frozenset(_optional("listing_nouns", language))
    verbs = frozenset(_optional("listing_verbs", language))
    compass = frozenset(_optional("compass_divisions", language))
    found: list[tuple[Candidate, str, Span]] = []
    for token in doc[:-2]:
        if token.lower_ not in nouns or doc[token.i + 1].lower_ not in verbs:
            continue
        at = token.i + 2
        if at < len(doc) - 1 and doc[at].text in (":", ";", ","):
            at += 1  # "six villages namely; X, Y and Z"
        while at < len(doc):
            end = at
            while end < len(doc) and (_name_word(doc[end]) or (end > at and joining_hyphen(doc, end))):
                end += 1
            if end == at:
                break
            name = doc[at:end]
            if not (len(name) == 1 and name.text.lower() in compass) and not _names_people(name) \
                    and name.text.lower() not in _language_names(language):
                _add(found, taken, name)
            at = end + (end < len(doc) and doc[end].text == ",")
            at += at < len(doc) and doc[at].lower_ == "and"
            if at == end:
                break
    return found


def _a_peoples_or_persons(name: Span, gaz: Gazetteer, language: str, misc_allowed: bool = False,
                          persons_allowed: bool = False) -> bool:
    """"a Rohingya area", "Smith community", "the Hausa community" (a people known by its language's name in
    CLDR, no country or region of that name): no place. A name the model labelled misc is a people's before a noun
    of a group ("the Muslim community") or after "a"; with `misc_allowed` it may be a place ("the Chepstowe area");
    with `persons_allowed` (a list before a plural noun) a name of several words the model took for a person's too."""
    if any(t.ent_type_ in PERSON_LABELS and len(name) > 1 and not persons_allowed for t in name) or _names_people(name) \
            or surname_of_a_person(name):
        return True
    if any(t.ent_type_ in MISC_LABELS for t in name) and not (misc_allowed and misc_name_of_a_place(name)):
        return True
    return name.text.lower() in _language_names(language) \
        and not any(known.kind in ("country", "region") for known, _ in gaz.exact.get(name_key(name.text), []))


def misc_name_of_a_place(name: Span) -> bool:
    """A name the model labelled misc before a noun of an area or a settlement: a place's ("the Chepstowe area",
    "Vongo area", "Apihimal Rural Municipality"), unless it is an adjective ("Kurdish areas") or follows "a" or "an"
    ("a Rohingya village": a people's)."""
    previous = name.doc[name.start - 1] if name.start > 0 else None
    return all(t.pos_ == "PROPN" for t in name) and not (previous is not None and previous.lower_ in ("a", "an")) \
        and not _names_people(name)


@lru_cache(maxsize=None)
def _language_names(language: str) -> frozenset:
    """The names of languages in the article's language (CLDR), lower-cased: "hausa", "yoruba", "tamil"."""
    return frozenset(name.lower() for name in Locale.parse(language).languages.values())


def joining_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen with no space around it between two capitalised words: one name ("Ak-Sai", "Ould-Yahia")."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and i + 1 < len(doc) \
        and doc[i + 1].text[:1].isupper()
