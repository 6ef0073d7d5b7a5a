"""Word lists of the lexicons compiled into spaCy Matchers, once per language and vocabulary.

A lexicon entry that lists phrases ("selon", "d'après", "according to", "s'appuyant sur") is a pattern over tokens:
each phrase is cut by the language's own tokenizer, and every token must match in lower case; two tokens the
phrase writes without a space between them ("d'" + "après") must have none in the text either. The stages ask
for the matches of one entry on a Doc (`phrases`) instead of looping over the words themselves, so adding a
phrase to the YAML file is the whole change. Such a list runs as a PhraseMatcher over the tokens' lower case (a
Matcher tries every phrase at every token: its cost grew with the list), the glued tokens checked on its matches.

Some lists are written in a small pattern syntax (`compile_pattern`, `pattern_matches`), word by word: "a/b" is one word or
the other, "(a/b)" an optional word, "*" any one word, "dépass*" a word that starts with "dépass". So
"(bien/largement) plus de/d'" stands for "plus de", "plus d'", "bien plus de"… and "ne/n' * (*) pas plus de" for a
negated "plus de" with one or two words between.
"""

from __future__ import annotations

import itertools
import re
from typing import Iterable

import numpy
from spacy.attrs import LOWER
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from .nlp import doc_language

_MATCHERS: dict[tuple, tuple[object, object]] = {}
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


class PhraseList:
    """A list of phrases matched as a Matcher of their token patterns (`token_patterns`) would match them, each
    phrase its own label, in the Matcher's order; found by a PhraseMatcher over the tokens' lower case (each way of
    writing an apostrophe a phrase of its own), then the matches whose glued tokens have a space are dropped."""

    def __init__(self, vocab, phrases: tuple[str, ...], language: str):
        self.found = PhraseMatcher(vocab, attr="LOWER")
        self.glued: dict[int, list[int]] = {}  # label -> the phrase's tokens that have no space after them
        self.rank: dict[int, int] = {}  # label -> where its phrase was added (the Matcher's order for equal spans)
        for phrase in phrases:
            patterns = token_patterns([phrase], language)
            if not patterns:
                continue
            [pattern] = patterns
            label = vocab.strings.add(phrase)
            self.rank[label] = len(self.rank)
            self.glued[label] = [k for k, spec in enumerate(pattern) if spec.get("SPACY") is False]
            ways = [[spec["LOWER"]] if isinstance(spec["LOWER"], str) else spec["LOWER"]["IN"] for spec in pattern]
            self.found.add(phrase, [Doc(vocab, words=list(words)) for words in itertools.product(*ways)])

    def __len__(self) -> int:
        return len(self.rank)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        kept = {(label, start, end) for label, start, end in self.found(doc)
                if all(not doc[start + k].whitespace_ for k in self.glued[label])}
        return sorted(kept, key=lambda m: (m[1], -m[2], self.rank[m[0]]))


def matcher(doc: Doc, name: str, phrases: Iterable[str], language: str | None = None) -> PhraseList:
    """The matcher of a list of phrases for the Doc's vocabulary, built on first use and kept."""
    language = language or doc_language(doc)
    phrases = tuple(sorted(set(phrases)))
    return _built(doc.vocab, (language, name, phrases), lambda: PhraseList(doc.vocab, phrases, language))


def _built(vocab, key: tuple, build):
    """The matcher kept for a vocabulary and key, built on first use (the vocab is kept so its id is not reused)."""
    key = (id(vocab),) + key
    found = _MATCHERS.get(key)
    if found is None:
        found = _MATCHERS[key] = (vocab, build())
    return found[1]


def _kept(doc: Doc, key: tuple, find) -> list[Span]:
    """A Doc's matches of one list, found on first use and kept on the Doc (`doc._.lexicon_matches`)."""
    kept = doc._.lexicon_matches
    if kept is None:
        kept = doc._.lexicon_matches = {}
    if key not in kept:
        kept[key] = find()
    return kept[key]


def _slot(word: str, language: str) -> list[list[dict]]:
    """The ways one word of the small syntax can be written, as token sequences: its one-token alternatives merged
    into one token (a set of words, or one regular expression when some are a prefix or "*"), each alternative
    the tokenizer cuts in several tokens ("jusqu'à", "s'élever") a sequence of its own; [] first when optional."""
    optional = word.startswith("(") and word.endswith(")")
    single, prefixes, sequences = [], [], []
    for choice in (word[1:-1] if optional else word).split("/"):
        if choice == "*" or choice.endswith("*"):
            prefixes.append(choice[:-1].lower())
            continue
        [tokens] = token_patterns([choice], language)
        if len(tokens) == 1:
            lower = tokens[0]["LOWER"]
            single += [lower] if isinstance(lower, str) else lower["IN"]
        else:
            sequences.append(tokens)
    ways: list[list[dict]] = [[]] if optional else []
    if prefixes:  # "pourr*/peut/peuvent": one expression, a word that starts so or is one of the words
        alternatives = [re.escape(p) + r"\w*" if p else r"\w+" for p in prefixes] + [re.escape(w) for w in single]
        ways.append([{"LOWER": {"REGEX": "^(?:" + "|".join(alternatives) + ")$"}}])
    elif len(set(single)) == 1:  # one word: compared in the Matcher's own code, not a set tried in Python
        ways.append([{"LOWER": single[0]}])
    elif single:
        ways.append([{"LOWER": {"IN": sorted(set(single))}}])
    return ways + sequences


def compile_pattern(pattern: str, language: str) -> list[list[dict]]:
    """The Matcher patterns of one pattern of the small syntax: a word's alternatives of one token are one token
    of the pattern, so "(bien/largement) plus de/d'" is two Matcher patterns, not eight."""
    slots = [_slot(word, language) for word in pattern.split()]
    found = []
    for ways in itertools.product(*slots):
        tokens = [token for way in ways for token in way]
        first = tokens[0].get("LOWER") if tokens else None
        # The first token as plain words: a set or an expression there is tried on every token of every Doc
        variants = [[{**tokens[0], "LOWER": word}] + tokens[1:] for word in first["IN"]] \
            if isinstance(first, dict) and "IN" in first else [tokens]
        found += [variant for variant in variants if variant and variant not in found]
    return found


class PatternList:
    """The Matcher of (label, pattern) pairs written in the small syntax. On a whole Doc it is started only where a
    pattern's first word stands (found in the array of the Doc's lower-case forms), on a window as long as the
    longest pattern, and keeps the matches that start there: a Matcher steps through every token it is given in
    Python, and a Doc is given several lists. A list with a pattern that starts with an expression ("dépass*",
    "*") is matched on the whole Doc."""

    def __init__(self, vocab, patterns: tuple[tuple[str, str], ...], language: str):
        self.matcher = Matcher(vocab)
        self.plain = Matcher(vocab)  # the patterns that open with a word, not an expression
        self.vocab = vocab
        firsts, self.longest = set(), 0
        expressions: set = set()  # the first words' expressions ("^(?:dépass\w*)$"); None: a first token of another kind
        for label, pattern in patterns:
            compiled = compile_pattern(pattern, language)
            self.matcher.add(label, compiled)
            opening_with_a_word = [tokens for tokens in compiled if isinstance(tokens[0].get("LOWER"), str)]
            if opening_with_a_word:
                self.plain.add(label, opening_with_a_word)
            for tokens in compiled:
                first = tokens[0].get("LOWER")
                firsts.add(vocab.strings.add(first) if isinstance(first, str) else None)
                if not isinstance(first, str):
                    expressions.add(first.get("REGEX") if isinstance(first, dict) and set(first) == {"REGEX"}
                                    and set(tokens[0]) == {"LOWER"} else None)
                self.longest = max(self.longest, len(tokens))
        self.firsts = None if None in firsts else numpy.array(sorted(firsts), dtype=numpy.uint64)
        self.expressions = None if None in expressions else [re.compile(e) for e in sorted(expressions)]
        self.opens: dict[int, bool] = {}  # a word's id -> whether a first word's expression takes it

    def __len__(self) -> int:
        return len(self.matcher)

    def __call__(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        if self.firsts is None or not isinstance(doclike, Doc):
            return self._all_or_plain(doclike)
        found = []
        for start in numpy.flatnonzero(numpy.isin(_lower_forms(doclike), self.firsts)).tolist():
            window = doclike[start:start + self.longest]
            found += [(label, start, start + end) for label, begin, end in self.matcher(window) if begin == 0]
        return found


    def _all_or_plain(self, doclike: Doc | Span) -> list[tuple[int, int, int]]:
        """The matches on a window (or a Doc) walked whole. The patterns that open with an expression are tried
        only when a word the expression takes stands there: the Matcher tries an expression in Python at every
        token (most windows before a number have none; then the other patterns give the same matches in the same
        order)."""
        if self.expressions is None:
            return self.matcher(doclike)
        forms = _lower_forms(doclike) if isinstance(doclike, Doc) else \
            _lower_forms(doclike.doc)[doclike.start:doclike.end]
        if any(self._opens(form) for form in forms.tolist()):
            return self.matcher(doclike)
        return self.plain(doclike) if len(self.plain) else []

    def _opens(self, form: int) -> bool:
        """Whether a first word's expression takes the word (kept per word: the expressions are tried once)."""
        found = self.opens.get(form)
        if found is None:
            word = self.vocab.strings[form]
            found = self.opens[form] = any(expression.search(word) for expression in self.expressions)
        return found


def _lower_forms(doc: Doc):
    """The Doc's lower-case forms as an array (their string ids), made once per Doc."""
    forms = doc.user_data.get("lower_forms")
    if forms is None:
        forms = doc.user_data["lower_forms"] = doc.to_array(LOWER)
    return forms


def pattern_matcher(vocab, name: str, patterns: tuple[tuple[str, str], ...], language: str) -> PatternList:
    """The matcher of (label, pattern) pairs written in the small syntax (module docstring), built once per
    vocabulary, language and list."""
    return _built(vocab, (language, name, patterns), lambda: PatternList(vocab, patterns, language))


def pattern_matches(doc: Doc | Span, name: str, patterns: Iterable[tuple[str, str]], language: str | None = None) -> list[Span]:
    """Every occurrence in a Doc, or in a stretch of it, of (label, pattern) pairs written in the small syntax, by
    start then longest first, each span labelled with its pair's label. A Doc's are found once per list
    (`doc._.lexicon_matches`); a stretch is matched each time (a window before a number is a few tokens: matching
    the few windows of a Doc costs less than matching the whole Doc once, measured)."""
    if isinstance(doc, Span):
        whole, offset = doc.doc, doc.start
        built = pattern_matcher(whole.vocab, name, tuple(patterns), language or doc_language(whole))
        return [Span(whole, start + offset, stop + offset, label=label) for label, start, stop in
                sorted(built(doc), key=lambda m: (m[1], -m[2]))]
    language = language or doc_language(doc)
    patterns = tuple(patterns)
    return _kept(doc, (language, name, patterns),
                 lambda: _spans(doc, pattern_matcher(doc.vocab, name, patterns, language)))


def _spans(doc: Doc, built) -> list[Span]:
    """A matcher's matches on the Doc as labelled spans, by start then longest first."""
    return [Span(doc, start, stop, label=label) for label, start, stop in
            sorted(built(doc), key=lambda m: (m[1], -m[2]))] if len(built) else []


def matches(doc: Doc, name: str, words: Iterable[str], language: str | None = None) -> list[Span]:
    """Every occurrence of the phrases of a word list in the Doc, overlapping ones too, by start then longest
    first; each span's label is the phrase of the lexicon it matched. Found once per Doc and list
    (`doc._.lexicon_matches`)."""
    language = language or doc_language(doc)
    words = tuple(words)
    return _kept(doc, (language, name, words), lambda: _spans(doc, matcher(doc, name, words, language)))


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
