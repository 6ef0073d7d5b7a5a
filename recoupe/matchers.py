"""Word lists of the lexicons compiled into spaCy Matchers, once per language and vocabulary.

A lexicon entry that lists phrases ("selon", "d'après", "according to", "s'appuyant sur") is a pattern over tokens:
each phrase is cut by the language's own tokenizer, and every token must match in lower case; two tokens the
phrase writes without a space between them ("d'" + "après") must have none in the text either. The stages ask
for the matches of one entry on a Doc (`phrases`) instead of looping over the words themselves, so adding a
phrase to the YAML file is the whole change.
"""

from __future__ import annotations

from typing import Iterable

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .nlp import doc_language

_MATCHERS: dict[tuple, tuple[object, Matcher]] = {}


def token_patterns(phrases: Iterable[str], language: str) -> list[list[dict]]:
    """One Matcher pattern per phrase: its tokens (the language's tokenizer) in lower case."""
    from .nlp import get_nlp

    tokenizer = get_nlp(language).tokenizer
    patterns = []
    for phrase in phrases:
        tokens = [t for t in tokenizer(phrase) if not t.is_space]
        pattern = []
        for k, token in enumerate(tokens):
            spec: dict = {"LOWER": token.lower_}
            if k + 1 < len(tokens) and not token.whitespace_:
                spec["SPACY"] = False  # glued in the phrase: glued in the text
            pattern.append(spec)
        if pattern:
            patterns.append(pattern)
    return patterns


def matcher(doc: Doc, name: str, phrases: Iterable[str], language: str | None = None) -> Matcher:
    """The Matcher of a list of phrases for the Doc's vocabulary, built on first use and kept."""
    language = language or doc_language(doc)
    phrases = tuple(sorted(set(phrases)))
    key = (id(doc.vocab), language, name, phrases)
    found = _MATCHERS.get(key)
    if found is None:
        built = Matcher(doc.vocab)
        for phrase in phrases:  # each phrase its own label: a match says which phrase it is
            patterns = token_patterns([phrase], language)
            if patterns:
                built.add(phrase, patterns)
        found = _MATCHERS[key] = (doc.vocab, built)  # the vocab is kept so its id is not reused
    return found[1]


def phrases(doc: Doc, name: str, words: Iterable[str], language: str | None = None) -> list[Span]:
    """Where the phrases of a word list occur in the Doc, in text order, without overlaps: at each place the
    longest phrase that starts there (as a regular expression that tries the longest phrase first would). Each
    span's label is the phrase of the lexicon it matched."""
    found = matcher(doc, name, words, language)
    spans, end = [], 0
    for label, start, stop in sorted(found(doc), key=lambda m: (m[1], -m[2])) if len(found) else ():
        if start >= end:
            spans.append(Span(doc, start, stop, label=label))
            end = stop
    return spans
