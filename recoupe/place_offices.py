"""Places before an office that the model ran into a longer name: "Balochistan Home | Minister X" (an organisation
"Balochistan Home"), "Llandudno Conservative | county councillor X" (a person "Llandudno Conservative"). A known
place opening a person's or an organisation's span, whose other words and the words right after the span reach an
office's title (attribution.yml `title_nouns`, places.yml `office_words`) through capitalised words or lower-case
nouns only, the title then followed by its holder's name, is the office's place, as "the Nepal Police Chief" keeps Nepal
(place_bodies). English only (a language without `office_words` finds none). Read by places.extract_places."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from . import lexicon
from .folding import name_key
from .gazetteer import Gazetteer
from .place_candidates import PERSON_LABELS, Candidate, _not_a_place, _optional, _trim

# "Llandudno Conservative county councillor": the title at most this many words after the place's name
MAX_WORDS_TO_THE_TITLE = 3
# a place's name of one or two words opens the span ("Balochistan", "Kuala Lumpur")
MAX_NAME_WORDS = 2


@lru_cache(maxsize=None)
def _titles(language: str) -> frozenset:
    offices = frozenset(_optional("office_words", language))
    if not offices:
        return frozenset()
    return offices | frozenset(lexicon.load("attribution", language).get("title_nouns") or ())


@lru_cache(maxsize=None)
def _portfolio_words(language: str) -> frozenset:
    """The words of organisations' and portfolios' names (sources.yml `translations`: "justice", "health",
    "home affairs"), which name no place before a title."""
    return frozenset(lexicon.load("sources", language).get("translations") or ())


def places_before_an_office(doc: Doc, gaz: Gazetteer, taken: list[Candidate], countries: set[str],
                            language: str) -> list[tuple[Candidate, str, Span]]:
    """(candidate, key, core) for each such place: a region or a town by its own name, of the article's countries
    (`countries`) or of the one country that has a place of that name; not a name any other, longer person's span
    of the article holds ("Jackson" of "Jackson Mensah"), nor a portfolio's word ("Justice Minister X")."""
    titles = _titles(language)
    if not titles:
        return []
    found: list[tuple[Candidate, str, Span]] = []
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS | {"ORG"}:
            continue
        core = _trim(ent)
        if core is None or not core[0].text[:1].isupper():
            continue
        for n in range(min(MAX_NAME_WORDS, len(core)), 0, -1):
            name = core[:n]
            if not all(t.is_alpha and t.text[:1].isupper() for t in name) or not _before_a_title(name, ent, titles):
                continue
            key = name_key(name.text)
            if not key or _not_a_place(key, language) or _in_another_persons_name(name, ent) \
                    or name.text.lower() in _portfolio_words(language):
                continue  # "Justice Minister X": the portfolio, not a town named Justice
            entries = gaz.exact.get(key, [])
            alone = len({known.country_code for known, _ in entries}) == 1  # a town of one country only
            kinds = {known.kind for known, main in entries
                     if main and known.kind in ("region", "city") and (known.country_code in countries or alone)}
            if not kinds:
                continue
            # "Ceara Security Secretary": the state by its own name, not a city that goes by it too
            candidate = Candidate(name.start_char, name.end_char, name.start_char, name.end_char, "scan",
                                  head="region" if kinds == {"region"} else None)
            if not any(candidate.overlaps(other) for other in taken + [c for c, _, _ in found]):
                found.append((candidate, key, name))
            break
    return found


def _before_a_title(name: Span, ent: Span, titles: frozenset) -> bool:
    """The words after the name, inside the span and right after it, reach a title within MAX_WORDS_TO_THE_TITLE
    words through capitalised words or lower-case nouns, and the holder's name (a person's span) follows the title
    ("the X Police Department said" names a body)."""
    doc = name.doc
    for i in range(name.end, min(name.end + MAX_WORDS_TO_THE_TITLE, len(doc) - 1)):
        token = doc[i]
        if token.lower_ in titles and doc[i + 1].ent_type_ in PERSON_LABELS and "\n" not in token.whitespace_:
            return True
        if not token.is_alpha or not (token.text[:1].isupper() or token.pos_ == "NOUN") or "\n" in token.whitespace_ \
                or (i >= ent.end and token.ent_type_ in PERSON_LABELS):
            return False
    return False


def _in_another_persons_name(name: Span, ent: Span) -> bool:
    words = [t.text for t in name]
    for other in name.doc.ents:
        if other.label_ in PERSON_LABELS and other.start != ent.start and len(other) > len(words):
            texts = [t.text for t in other]
            if any(texts[k:k + len(words)] == words for k in range(len(texts) - len(words) + 1)):
                return True
    return False
