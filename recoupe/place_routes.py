"""The two ends of a route: "a bus travelling from X to Y", "a march from X to Y". After a word of travel
(`route_words`, by lemma: the head of "from", or the word right before it), the capitalised names after "from" and
after the "to" that follows it are places, whatever label the model gave them (unknown villages, landmarks taken
for organisations), not a date, a time or a person's surname; kept unresolved unless the gazetteer knows the exact
name (source "settlement", as place_cues.py's names)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from .place_candidates import Candidate, _optional, surname_of_a_person
from .place_cues import _add

MAX_NAME_WORDS = 4  # "Banks Brewery", "St Mary's Road": a name of a few capitalised words
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})


def route_ends(doc: Doc, taken: list[Candidate], language: str) -> list[tuple[Candidate, str, Span]]:
    travel = frozenset(_optional("route_words", language))
    if not travel:
        return []
    found: list[tuple[Candidate, str, Span]] = []
    for token in doc[1:]:
        if token.lower_ != "from" or not (token.head.lemma_.lower() in travel
                                          or doc[token.i - 1].lemma_.lower() in travel):
            continue
        origin = _name_at(doc, token.i + 1)
        if origin is None or origin.end >= len(doc) or doc[origin.end].lower_ != "to":
            continue
        destination = _name_at(doc, origin.end + 1)
        if destination is None:
            continue
        for name in (origin, destination):
            _add(found, taken, name)
    return found


def _name_at(doc: Doc, i: int) -> Optional[Span]:
    """The capitalised name from token i ("the" before it left out), of a few words on one line; None if none."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end = i
    while end < len(doc) and end - i < MAX_NAME_WORDS and _name_word(doc[end]) \
            and (end == i or "\n" not in doc[end - 1].whitespace_):
        end += 1
    if end == i or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
        return None  # no name, or a longer one than a place's
    name = doc[i:end]
    return None if surname_of_a_person(name) else name


def _name_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not (len(token.text) > 1 and token.text.isupper()) \
        and not token.is_stop and token.ent_type_ not in NOT_NAMES
