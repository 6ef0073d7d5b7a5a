"""Word lists of the lexicons compiled into spaCy Matchers, once per language and vocabulary.

A lexicon entry that lists phrases ("selon", "d'après", "according to", "s'appuyant sur") is a pattern over tokens:
each phrase is cut by the language's own tokenizer, and every token must match in lower case; two tokens the
phrase writes without a space between them ("d'" + "après") must have none in the text either. The stages ask
for the matches of one entry on a Doc (`phrases`) instead of looping over the words themselves, so adding a
phrase to the YAML file is the whole change.

Some lists are written in a small pattern syntax (`expand`, `pattern_matches`), word by word: "a/b" is one word or
the other, "(a/b)" an optional word, "*" any one word, "dépass*" a word that starts with "dépass". So
"(bien/largement) plus de/d'" stands for "plus de", "plus d'", "bien plus de"… and "ne/n' * (*) pas plus de" for a
negated "plus de" with one or two words between.
"""

from __future__ import annotations

import itertools
import re
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


def expand(pattern: str) -> list[str]:
    """The phrases a pattern of the small syntax stands for (wildcard words left as they are), in the order written:
    "(bien) plus de/d'" -> ["plus de", "plus d'", "bien plus de", "bien plus d'"]."""
    slots = []
    for word in pattern.split():
        optional = word.startswith("(") and word.endswith(")")
        choices = (word[1:-1] if optional else word).split("/")
        slots.append(([""] if optional else []) + choices)
    return [" ".join(word for word in words if word) for words in itertools.product(*slots)]


def phrase_pattern(phrase: str, language: str) -> list[dict]:
    """The Matcher pattern of one phrase of the small syntax (no alternatives left): each word cut by the language's
    tokenizer as in `token_patterns`, "*" any word, "dépass*" a word with that beginning."""
    pattern: list[dict] = []
    for word in phrase.split():
        if word == "*":
            pattern.append({"TEXT": {"REGEX": r"^\w+$"}})
        elif word.endswith("*"):
            pattern.append({"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}})
        else:
            pattern += token_patterns([word], language)[0]
    return pattern


def glued_to_digits(pattern: list[dict]) -> list[dict] | None:
    """The pattern with its last word also matching that word glued to the digits that follow it, which the
    tokenizer keeps as one token ("plus d'1 million": "d'1"); None when the last word is a wildcard."""
    last = pattern[-1].get("LOWER") if pattern else None
    if isinstance(last, str):
        words = [last]
    elif isinstance(last, dict) and "IN" in last:
        words = last["IN"]
    else:
        return None
    return pattern[:-1] + [{"LOWER": {"REGEX": "^(?:" + "|".join(map(re.escape, words)) + r")\d"}}]


def glued_to_punctuation(pattern: list[dict]) -> list[dict] | None:
    """The pattern with its first word also matching that word after punctuation the tokenizer keeps in the same
    token ("(AFP) -Au moins 11": "-Au"); None when the first word is a wildcard."""
    first = pattern[0].get("LOWER") if pattern else None
    if isinstance(first, str):
        words = [first]
    elif isinstance(first, dict) and "IN" in first:
        words = first["IN"]
    else:
        return None
    glued = {**pattern[0], "LOWER": {"REGEX": r"^[^\w\s'’]+(?:" + "|".join(map(re.escape, words)) + ")$"}}
    return [glued] + pattern[1:]


def pattern_matches(doc: Doc, name: str, patterns: Iterable[tuple[str, str]], language: str | None = None,
                    before_digits: bool = False) -> list[Span]:
    """Every occurrence in the Doc of (label, pattern) pairs written in the small syntax (module docstring), by start
    then longest first, each span labelled with its pair's label. Found once per Doc and list. With `before_digits`,
    a phrase also matches when the digits after it are glued to its last word (the span then ends after them), or
    punctuation before it to its first word (the span then starts before it)."""
    language = language or doc_language(doc)
    patterns = tuple(patterns)
    kept = doc._.lexicon_matches
    if kept is None:
        kept = doc._.lexicon_matches = {}
    key = (language, name, patterns, before_digits)
    if key not in kept:
        matcher_key = (id(doc.vocab), language, name, patterns, before_digits)
        found = _MATCHERS.get(matcher_key)
        if found is None:
            built = Matcher(doc.vocab)
            for label, pattern in patterns:
                compiled = [phrase_pattern(phrase, language) for phrase in expand(pattern)]
                if before_digits:
                    compiled += [glued for glued in map(glued_to_digits, compiled) if glued] + \
                        [glued for glued in map(glued_to_punctuation, compiled) if glued]
                built.add(label, compiled)
            found = _MATCHERS[matcher_key] = (doc.vocab, built)
        built = found[1]
        kept[key] = [Span(doc, start, stop, label=label) for label, start, stop in
                     sorted(built(doc), key=lambda m: (m[1], -m[2]))] if len(built) else []
    return kept[key]


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
