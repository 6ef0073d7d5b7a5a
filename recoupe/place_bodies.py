"""Places inside the name of a body (English lexicon entries; a language without them keeps its places): "the
Election Commission of Pakistan", "News Agency of Nigeria", "the Communist Party of India" name the body, not the
country, the noun before "of" being a body's (`body_nouns`; "the Government of Samoa" names Samoa);
a country's name the model left unlabelled before a capitalised noun of a body, or before capitalised words ending
with one, or after one ("The Nigeria Police says", "the Fiji National Provident Fund", "Janata Samajwadi Party Nepal
has won": `body_nouns`), is the body's too, unless an office's word follows the noun ("the Nepal Police Chief" keeps
Nepal). Read by place_candidates (the gazetteer scan)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from . import lexicon
from .folding import fold


# "Fiji National Provident Fund": the body's noun at most this many capitalised words after the place's name
MAX_WORDS_TO_THE_NOUN = 3


@lru_cache(maxsize=None)
def _words(entry: str, language: str) -> frozenset:
    return frozenset(fold(word) for word in lexicon.load("places", language).get(entry) or ())


@lru_cache(maxsize=None)
def _titles(language: str) -> frozenset:
    return frozenset(fold(word) for word in lexicon.load("attribution", language).get("title_nouns") or ())


def after_of_in_a_body(token: Token) -> bool:
    """The token opens a name after "of" inside a name the model tagged an organisation, whose words before "of"
    are capitalised and end with a body's noun: "(the) Election Commission of | Pakistan" ("Government of Samoa",
    "Kushtia of Bangladesh" keep the place)."""
    language = token.doc.lang_
    nouns = _words("body_nouns", language)
    if not nouns:
        return False
    entity = next((e for e in token.doc.ents if e.start < token.i < e.end), None)
    if entity is None or entity.label_ != "ORG" or token.i < 1 or \
            fold(token.doc[token.i - 1].lower_) not in _words("of_words", language):
        return False
    before = [t for t in token.doc[entity.start:token.i - 1] if t.is_alpha and t.lower_ != "the"]
    return bool(before) and all(t.text[:1].isupper() for t in before) and fold(before[-1].lower_) in nouns


def beside_a_body_noun(token: Token, end: int) -> bool:
    """The unlabelled name (from the token to character `end`) right before a capitalised noun of a body, or before
    capitalised words that end with one ("The Nigeria Police says", "the Fiji National Provident Fund"), that noun
    not itself before an office's word ("the Nepal Police Chief"); or right after one ("Samajwadi Party Nepal")."""
    nouns = _words("body_nouns", token.doc.lang_)
    if not nouns:
        return False
    doc = token.doc
    after = next((t for t in doc[token.i:] if t.idx >= end), None)
    offices = _words("office_words", doc.lang_) | _titles(doc.lang_)
    # the capitalised words right after the name, on its line ("Fiji | National Provident Fund")
    i = after.i if after is not None and after.idx == end + 1 else len(doc)
    while i < len(doc) and i - after.i < MAX_WORDS_TO_THE_NOUN and doc[i].is_alpha and doc[i].text[:1].isupper() \
            and "\n" not in doc[i - 1].whitespace_:
        if fold(doc[i].lower_) in nouns:
            following = doc[i + 1] if i + 1 < len(doc) else None
            return following is None or not (following.text[:1].isupper() and fold(following.lower_) in offices)
        i += 1
    before = doc[token.i - 1] if token.i else None
    return before is not None and before.whitespace_ == " " and before.text[:1].isupper() \
        and fold(before.lower_) in nouns and before.ent_type_ == token.ent_type_
