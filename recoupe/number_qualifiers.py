"""Qualifiers of a number: approx, at_least, at_most (strict or not), read from the words just before or after it
(lexicons/<language>/numbers.yml: qualifiers_before, qualifiers_after, phrases compiled into a spaCy Matcher), and
ranges ("entre A et B", "de A à B")."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .matchers import pattern_matches
from .number_reading import is_date
from .number_words import Quantity, words, rx


def qualifier_before(doc: Doc, norm: str, start: int, language: str = "fr") -> Optional[tuple[str, bool, int]]:
    """The qualifier written just before a number (an opening quote may stand between: 'environ « 20 % »'): of the
    phrases of `qualifiers_before` that end there within 40 characters, the one that starts first (the longest), the
    earlier entry on a tie. Returns (qualifier, strict, where the qualifier starts)."""
    w = words(language)
    best = None
    for span in _qualifier_spans(doc, "qualifiers_before", w, before_digits=True):
        begin = span.start_char + _glued_punctuation(span[0])  # "-Au moins 11": the qualifier starts after the "-"
        if begin < start - 40 or begin >= start or (best is not None and begin > best[0]):
            continue
        end = span.end_char
        if end > start:  # "plus d'1 million": the number starts inside the phrase's last token
            last = span[-1]
            if not (last.idx < start < end and last.text[start - last.idx].isdigit()
                    and not any(c.isdigit() for c in last.text[:start - last.idx])):
                continue
            end = start
        if not rx.fullmatch(r"\s*(?:[\"«“]\s*)?", norm[end:start]) or not (begin > span.start_char or _starts_a_word(span, w)):
            continue
        index = int(span.label_)
        if best is None or (begin, index) < best[:2]:
            best = (begin, index)
    if best is None:
        return None
    _, qualifier, strict = w.qualifiers_before[best[1]]
    return qualifier, strict, best[0]


def qualifier_after(doc: Doc, norm: str, end: int, language: str = "fr") -> Optional[tuple[str, bool, int]]:
    """The qualifier written right after a number ("300 au moins", "300 or so"), within 30 characters: the earliest
    entry of `qualifiers_after`, its longest phrase. Returns (qualifier, strict, where the qualifier ends)."""
    w = words(language)
    best = None
    for span in _qualifier_spans(doc, "qualifiers_after", w):
        if span.start_char < end or span.end_char > end + 30 or norm[end:span.start_char].strip():
            continue
        index = int(span.label_)
        if best is None or (index, -span.end_char) < best:
            best = (index, -span.end_char)
    if best is None:
        return None
    _, qualifier, strict = w.qualifiers_after[best[0]]
    return qualifier, strict, -best[1]


def _qualifier_spans(doc: Doc, name: str, w, before_digits: bool = False) -> list:
    """The phrases of one qualifier list in the Doc, labelled with their entry's index in the list."""
    labelled = [(str(index), pattern) for index, (patterns, _, _) in enumerate(getattr(w, name)) for pattern in patterns]
    return pattern_matches(doc, name, labelled, w.language, before_digits)


def _glued_punctuation(token) -> int:
    """How many characters of punctuation the tokenizer glued to the front of a word ("-Au": 1)."""
    glued = re.match(r"[^\w\s'’]+(?=\w)", token.text)
    return glued.end() if glued else 0


def _starts_a_word(span, w) -> bool:
    """A qualifier does not start inside a word, but may follow an elided word glued to it (`qualifier_elided_before`:
    "d'environ 30", "qu'au moins 8")."""
    if span.start == 0:
        return True
    previous = span.doc[span.start - 1]
    last = previous.text[-1]
    if previous.whitespace_ or not (last.isalnum() or last in "_'’"):
        return True
    return previous.lower_.replace("’", "'") in w.qualifier_elided_before


def is_range(norm: str, first: Quantity, second: Quantity, language: str = "fr") -> bool:
    """"entre A et B", "de A à B", "A à B", "A ou B": one figure with two bounds."""
    w = words(language)
    between = norm[first.end:second.start]
    if first.vague or second.vague:
        return False
    if rx.fullmatch(w.range_and, between):
        return bool(rx.search(w.range_and_lead, norm[max(0, first.start - 12):first.start]))
    if rx.fullmatch(w.range_or, between):
        if rx.search(rf"(?:{w.change_verbs})\w*\s+{w.change_lead}\s*$", norm[max(0, first.start - 30):first.start]):
            return False  # "est passé de 300 à 400": a change, two figures
        if rx.search(r"\w\s*\((?:[^()\d]{1,20},\s*)?$", norm[max(0, first.start - 30):first.start]) \
                and rx.match(r"\s*\)", norm[second.end:]):
            return False  # "à Vannes (4.000 à 9.000)": two counts of one place, the police's and the unions'
        return not is_date(norm, first, language) and not is_date(norm, second, language)
    return False
