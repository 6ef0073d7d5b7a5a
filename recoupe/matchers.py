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
Doc.set_extension("lexicon_matches", default=None, force=True)  # {(language, list name, words): spans}


def token_patterns(phrases: Iterable[str], language: str) -> list[list[dict]]:
    """One Matcher pattern per phrase: its tokens (the language's tokenizer) in lower case."""
    from .nlp import get_nlp

    tokenizer = get_nlp(language).tokenizer
    patterns = []
    for phrase in phrases:
        words = [[t.lower_, t.whitespace_] for t in tokenizer(phrase) if not t.is_space]
        if len(words) > 1 and words[-1][0] in ("'", "’") and not words[-2][1]:
            words[-2:] = [[words[-2][0] + words[-1][0], ""]]  # "du côté d'": an elided word, cut off before a word
        pattern = []
        for k, (word, space) in enumerate(words):
            spec: dict = {"LOWER": word}
            if "'" in word or "’" in word:  # either apostrophe: "d'active", "d’active"
                spec["LOWER"] = {"IN": sorted({word.replace("’", "'"), word.replace("'", "’")})}
            if k + 1 < len(words) and not space:
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


def matches(doc: Doc, name: str, words: Iterable[str], language: str | None = None) -> list[Span]:
    """Every occurrence of the phrases of a word list in the Doc, overlapping ones too, by start then longest
    first; each span's label is the phrase of the lexicon it matched. Found once per Doc and list
    (`doc._.lexicon_matches`)."""
    language = language or doc_language(doc)
    words = tuple(words)
    kept = doc._.lexicon_matches
    if kept is None:
        kept = doc._.lexicon_matches = {}
    key = (language, name, words)
    if key not in kept:
        found = matcher(doc, name, words, language)
        kept[key] = [Span(doc, start, stop, label=label) for label, start, stop in
                     sorted(found(doc), key=lambda m: (m[1], -m[2]))] if len(found) else []
    return kept[key]


def within(doc: Doc, name: str, words: Iterable[str], start: int, end: int, language: str | None = None) -> list[Span]:
    """The occurrences of a word list's phrases that lie wholly between two character offsets of the Doc."""
    return [span for span in matches(doc, name, words, language) if start <= span.start_char and span.end_char <= end]


def phrases(doc: Doc, name: str, words: Iterable[str], language: str | None = None) -> list[Span]:
    """Where the phrases of a word list occur in the Doc, in text order, without overlaps: at each place the
    longest phrase that starts there (as a regular expression that tries the longest phrase first would)."""
    spans, end = [], 0
    for span in matches(doc, name, words, language):
        if span.start >= end:
            spans.append(span)
            end = span.end
    return spans
