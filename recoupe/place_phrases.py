"""Place names the words around them make whole, found after the first pass (places.extract_places; English
lexicon entries, a language without them finds none):
- a capitalised noun of a natural feature opening the name ("the River Elwy", "Lake Kivu", "Mount Elgon", "the Isle
  of Skye": `feature_nouns_before`), the name being the noun and the proper names after it;
- a region noun closing a span the model took for a person ("Clarendon Parish:" heading a paragraph): the region,
  kept only when the gazetteer knows it; a country opening such a span after a title ("Prime Minister of Tajikistan
  Kokhir Rasulzoda"): the country;
- a capitalised word opening the name of a wider area around a known place ("Greater Manchester", `area_prefixes`)
  or an abbreviation opening a known name ("St Elizabeth", `name_abbreviations`): the mention holds it;
- a proper name after a place preposition and before ", " and a region or country the gazetteer knows ("off
  Linapacan, Palawan", "in Bato, Camarines Sur"): a place inside that one;
- a proper name in apposition to a settlement noun ("X, a village in Y", "X, a small town near Y").
All are kept unresolved unless the gazetteer knows the exact name (source "settlement"), or dropped (source
"person")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from . import lexicon
from .folding import fold, name_key
from .gazetteer import Gazetteer
from .nlp import doc_text
from .place_resolution import _matches_cached
from .place_candidates import (PERSON_LABELS, PLACE_LABELS, Candidate, _longest_name_at, _not_a_place, _optional,
                               place_words, surname_of_a_person)


# A capitalised word (and its abbreviation's dot) and one space right before a name: bounded, no backtracking
OPENER = re.compile(r"(?<![\w.])([A-Z][a-z]{1,9})\.? $")


def _free(start: int, end: int, taken: list[Candidate]) -> bool:
    return not any(c.start < end and start < c.end for c in taken)


def _name_end(doc: Doc, i: int, persons: bool = False) -> int:
    """The end of the run of capitalised proper nouns from token i (no person's name, unless `persons`)."""
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN" and not doc[i].is_space \
            and (persons or doc[i].ent_type_ not in PERSON_LABELS):
        i += 1
    return i


def features_before(doc: Doc, taken: list[Candidate], language: str) -> list[tuple[Candidate, str, Span]]:
    """"the River Elwy", "Lake Kivu", "Isle of Skye": a capitalised feature noun, "of" perhaps, and proper names; so
    does a capitalised noun of a local settlement or ward ("Barangay Tandik", `settlement_titles_before`)."""
    titles = frozenset(_optional("settlement_titles_before", language))
    nouns = frozenset(_optional("feature_nouns_before", language)) | titles
    of_words = frozenset(_optional("of_words", language))
    found: list[tuple[Candidate, str, Span]] = []
    for token in doc[:-1]:
        if token.lower_ not in nouns or not token.text[:1].isupper():
            continue
        start = token.i + 1
        if start < len(doc) - 1 and doc[start].lower_ in of_words:
            start += 1  # "Isle of Skye"
        end = _name_end(doc, start, token.lower_ in titles)  # "Purok Maligaya" taken for a person
        if end == start:
            continue
        span = doc[token.i:end]
        key = name_key(span.text)
        if key and _free(span.start_char, span.end_char, taken + [c for c, _, _ in found]) \
                and not _not_a_place(key, language):
            found.append((Candidate(span.start_char, span.end_char, span.start_char, span.end_char, "settlement"),
                          key, span))
    return found


def persons_with_a_region_noun(doc: Doc, taken: list[Candidate], language: str) -> list[Candidate]:
    """A span the model took for a person that ends with a capitalised region noun after a name ("Clarendon
    Parish", `region_words_after`): a region candidate of source "person", dropped unless it resolves ("Mike Parish"
    names nobody's region)."""
    nouns = frozenset(_optional("region_words_after", language))
    found = []
    for ent in doc.ents:
        words = [t for t in ent if not t.is_space and not t.is_punct]
        if ent.label_ not in PERSON_LABELS or len(words) < 2 or fold(words[-1].lower_) not in nouns \
                or not words[-1].text[:1].isupper():
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if _free(start, end, taken + found):
            found.append(Candidate(start, end, start, end, "person"))
    return found


def countries_in_titles(doc: Doc, gaz: Gazetteer, folded: str, taken: list[Candidate],
                        language: str) -> list[Candidate]:
    """"Prime Minister of Tajikistan Kokhir Rasulzoda" taken for one person from the country on: after a title noun
    (attribution.yml `title_nouns`) and "of", a person's span that opens with a country's name and goes on holds
    that country (source "person": kept only if it resolves)."""
    titles = frozenset(lexicon.load("attribution", language).get("title_nouns") or ())
    of_words = frozenset(_optional("of_words", language))
    found = []
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS or ent.start < 2 or doc[ent.start - 1].lower_ not in of_words \
                or doc[ent.start - 2].lower_ not in titles:
            continue
        end = _longest_name_at(folded, ent.start_char, gaz)
        entries = gaz.exact.get(name_key(doc_text(doc)[ent.start_char:end]), []) if end is not None else []
        if end is None or end >= ent.end_char or not any(main and known.kind == "country" for known, main in entries):
            continue
        if _free(ent.start_char, end, taken + found):
            found.append(Candidate(ent.start_char, end, ent.start_char, end, "person"))
    return found


def with_openers(candidates: list[Candidate], text: str, gaz: Gazetteer, language: str) -> list[Candidate]:
    """A capitalised area prefix ("Greater Manchester", `area_prefixes`) or a name abbreviation ("St Elizabeth",
    lexicons/common `name_abbreviations`) right before a candidate opens its name: the candidate starts there. The
    prefix whatever the gazetteer knows ("Greater Manchester" is no Manchester), the abbreviation only where the
    gazetteer knows the longer name ("St Elizabeth" is Saint Elizabeth, not Elizabeth)."""
    prefixes = frozenset(_optional("area_prefixes", language))
    abbreviations = frozenset(lexicon.load("places", "common").get("name_abbreviations") or ())
    for candidate in candidates:
        opener = OPENER.search(text, max(0, candidate.start - 12), candidate.start)
        if candidate.start != candidate.core_start or opener is None:
            continue
        word = opener.group(1).lower()
        key = name_key(text[opener.start():candidate.core_end])
        if word in prefixes or (word in abbreviations and _matches_cached(key, language, False)):
            candidate.start = candidate.core_start = opener.start()
    return candidates


def towns_before_their_region(doc: Doc, taken: list[Candidate], gaz: Gazetteer,
                              language: str) -> list[tuple[Candidate, str, Span]]:
    """"the coastal waters of Linapacan, Palawan", "in Bato, Camarines Sur": a proper name no place candidate
    covers, after a place preposition (`locative_prepositions`, `weak_prepositions`, "of") and before a comma and a
    candidate the gazetteer knows as a region, a country or a district (a province, a county) by its own name: a
    place inside that one."""
    words = place_words(language)
    prepositions = words.locative_prepositions | words.weak_prepositions | frozenset(_optional("of_words", language))
    text = doc_text(doc)
    found: list[tuple[Candidate, str, Span]] = []
    for region in taken:
        key = name_key(text[region.core_start:region.core_end])
        if not any(main and known.kind in ("region", "country") for known, main in gaz.exact.get(key, [])) \
                and not any(written for _, written in gaz.districts.get(key, [])):
            continue
        comma = doc.char_span(region.start, region.end, alignment_mode="expand")
        if comma is None or comma.start < 3 or doc[comma.start - 1].text != ",":
            continue
        end = comma.start - 1
        start = end
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and doc[start - 1].ent_type_ not in PERSON_LABELS | PLACE_LABELS:
            start -= 1
        if start == end or start == 0 or doc[start - 1].lower_ not in prepositions:
            continue
        span = doc[start:end]
        key = name_key(span.text)
        if any(t.pos_ != "PROPN" for t in span) or not key or _not_a_place(key, language) \
                or not _free(span.start_char, span.end_char, taken + [c for c, _, _ in found]):
            continue
        found.append((Candidate(span.start_char, span.end_char, span.start_char, span.end_char, "settlement"), key,
                      span))
    return found


def bare_region_names(text: str, resolved: list, taken: list[tuple[int, int]], blocked: list[tuple[int, int]],
                      gaz: Gazetteer, language: str) -> list:
    """A region whose own name holds its noun ("Abia State", "Rakhine State") also goes by its name without it
    wherever else the article writes it ("gunmen in Abia"), as a whole word in the same case, outside the names of
    organisations and people (`blocked`) and the mentions found (`taken`), when the gazetteer knows no other place
    by that name ("Niger State" leaves "Niger" the country)."""
    nouns = frozenset(_optional("region_words_after", language))
    found = []
    for candidate, key, known in resolved:
        words = text[candidate.core_start:candidate.core_end].split()
        if known is None or known.kind != "region" or len(words) < 2 or fold(words[-1].lower()) not in nouns:
            continue
        bare = " ".join(words[:-1])
        if not bare[:1].isupper() or any(other.place_id != known.place_id
                                         for other, _ in gaz.exact.get(name_key(bare), [])):
            continue
        spans = whole_word_spans(text, bare, taken + blocked)
        found += [(Candidate(start, end, start, end, "repeated"), name_key(bare), known) for start, end in spans]
        taken = taken + spans
    return found


def whole_word_spans(text: str, name: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the text writes the name again, as a whole word in the same case, outside the spans `taken`."""
    spans = [(match.start(), match.end()) for match in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text)]
    return [(start, end) for start, end in spans if not any(a < end and start < b for a, b in taken)]


def appositive_settlements(doc: Doc, taken: list[Candidate], language: str) -> list[tuple[Candidate, str, Span]]:
    """"Gunmen attacked X, a village in Y", "the blast hit X, a small town near Y": a proper name followed by a comma,
    "a" or "an", at most two words and a settlement noun (`appositive_nouns`) that a preposition or a punctuation
    mark or a relative pronoun follows ("X, a village that borders Y": `appositive_relatives`), whatever label the
    model gave the name (it takes many villages for persons). "Smith, a village elder" names a person: the noun must
    end the phrase."""
    nouns = frozenset(_optional("appositive_nouns", language))
    relatives = frozenset(_optional("appositive_relatives", language))
    found: list[tuple[Candidate, str, Span]] = []
    for comma in doc[1:-3]:
        if comma.text != "," or doc[comma.i + 1].lower_ not in ("a", "an"):
            continue
        at = next((i for i in range(comma.i + 2, min(comma.i + 5, len(doc))) if doc[i].lower_ in nouns), None)
        if at is None or at + 1 >= len(doc) \
                or not (doc[at + 1].pos_ == "ADP" or doc[at + 1].is_punct or doc[at + 1].lower_ in relatives) \
                or any(not t.is_alpha or t.is_stop for t in doc[comma.i + 2:at]):
            continue
        start = comma.i
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_stop \
                and (doc[start - 1].pos_ == "PROPN" or not doc[start - 1].is_sent_start):
            start -= 1
            if doc[start].is_sent_start:
                break
        if start == comma.i:
            continue
        span = doc[start:comma.i]
        key = name_key(span.text)
        if key and not _not_a_place(key, language) and not surname_of_a_person(span) \
                and _free(span.start_char, span.end_char, taken + [c for c, _, _ in found]):
            found.append((Candidate(span.start_char, span.end_char, span.start_char, span.end_char, "settlement"),
                          key, span))
    return found


def names_apposed_to_a_settlement(doc: Doc, taken: list[Candidate], language: str,
                                  pending: list[Candidate] = ()) -> list[tuple[Candidate, str, Span]]:
    """"a neighbouring village, X, was attacked", "in the same district, X.", "two affected wards, X and Y.": the
    proper names in apposition after a settlement or area noun (`apposed_after_nouns`) that a determiner or a number
    opens, each name closed by a punctuation mark or "and" (not a verb: "the village, Smith said"), the names listed
    after a plural noun each one; whatever label the model gave them, no person's surname. A name already found as
    one kept only if it resolves (`pending`: a list member the model took for a person) stays so when the gazetteer
    may know it, by a close spelling too ("two other towns, Quilpé and Villa Alemana")."""
    nouns = frozenset(_optional("apposed_after_nouns", language))
    found: list[tuple[Candidate, str, Span]] = []
    for noun in doc[1:-2]:
        if noun.lower_ not in nouns or noun.text != noun.lower_ or doc[noun.i + 1].text != "," \
                or not any(t.pos_ in ("DET", "NUM") for t in doc[max(0, noun.i - 3):noun.i]):
            continue
        plural = "Plur" in noun.morph.get("Number")
        names, at = [], noun.i + 2
        while at < len(doc):
            end = _apposed_name_end(doc, at)
            if end == at or end >= len(doc) or not (doc[end].is_punct or doc[end].lower_ == "and"):
                break
            names.append(doc[at:end])
            if not plural or doc[end].lower_ not in (",", "and"):
                break
            at = end + 1 + (doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ == "and")
        if plural and len(names) < 2:
            continue  # "the villages, Police said": a plural noun lists two names at least
        for span in names:
            key = name_key(span.text)
            if key and not _not_a_place(key, language) and not surname_of_a_person(span) \
                    and _free(span.start_char, span.end_char, taken + [c for c, _, _ in found]) \
                    and (_free(span.start_char, span.end_char, list(pending)) or not _matches_cached(key, language, True)):
                found.append((Candidate(span.start_char, span.end_char, span.start_char, span.end_char, "settlement"),
                              key, span))
    return found


def _apposed_name_end(doc: Doc, i: int) -> int:
    """The end of a run of capitalised words from token i, hyphenated ones included ("Jande-Ikyura")."""
    while i < len(doc) and (doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN"
                            or doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                            and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
        i += 1
    return i
