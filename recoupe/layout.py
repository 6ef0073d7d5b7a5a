"""The layout of an article: paragraphs, sentence units that respect direct quotes (spaCy's sentence splitter breaks
inside « … » on news text) and the quoted regions. Built once per article by the `recoupe_layout` stage
(recoupe/stages.py) and read from `doc._.layout` by the stages after it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from .nlp import doc_language
from .reporting import REPORTING_VERBS, _left_of_verb, verb_lemma, words


OPENING_QUOTES = "«“„"
CLOSING_QUOTES = "»”"
PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"', "»": "«"}  # the last: guillemets typed the wrong way round
# Two single quotation marks standing for a double one ("‘’Ce n’est pas …’’, a dit X", "''…''"): they open and close
# in turn, whichever of the two shapes is used (some sites open with "’’")
DOUBLED_SINGLES = ("‘’", "’’", "‘‘", "''")


@dataclass
class Layout:
    text: str
    paragraphs: list[tuple[int, int]]
    units: list[tuple[int, int]]
    unit_paragraph: list[int]
    quotes: list[tuple[int, int]]  # quoted regions, quote marks included
    _unit_starts: list[int] = field(default_factory=list)
    _quote_starts: list[int] = field(default_factory=list)  # the quoted regions merged, for one bisection
    _quote_ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._unit_starts = [s for s, _ in self.units]
        merged: list[list[int]] = []
        for s, e in sorted(q for q in self.quotes if q[0] < q[1]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._quote_starts = [s for s, _ in merged]
        self._quote_ends = [e for _, e in merged]

    def unit_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._unit_starts, offset) - 1)

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and offset < self._quote_ends[i]


def build_layout(doc: Doc, text: str) -> Layout:
    paragraphs = _paragraphs(text)
    quotes = [_close_unfinished_quote(doc, region) for region in _quote_regions(text, paragraphs)]
    units: list[tuple[int, int]] = []
    unit_paragraph: list[int] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        for unit in _split_paragraph(text, p_start, p_end, quotes, words(doc_language(doc)).civilities):
            units.append(unit)
            unit_paragraph.append(p_index)
    return Layout(text, paragraphs, units, unit_paragraph, [(s, e) for s, e, _ in quotes])


def line_at(text: str, position: int) -> str:
    """The line of the text that holds `position`, without its line break."""
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1:end if end >= 0 else len(text)]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines of the text; a line that goes on a sentence the line before left open (no stop at its end, a lower
    case letter at its start, a single line break between: "Selon les résultats, Jean Roux [3,09%]\narrive en
    deuxième position") is part of the same paragraph."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = _strip_span(text, match.start(), match.end())
        if end <= start:
            continue
        if spans and text[start].islower() and text[spans[-1][1] - 1] not in ".!?…:;»”\"" \
                and text.count("\n", spans[-1][1], start) == 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quote_regions(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Quoted regions (start, end, closed) per paragraph; an unclosed quote runs to the paragraph end."""
    regions = []
    for p_start, p_end in paragraphs:
        open_at: Optional[int] = None
        opener = ""
        doubled_at: Optional[int] = None
        skip = -1
        for i in range(p_start, p_end):
            if i == skip:
                continue  # the second mark of a doubled single
            c = text[i]
            if text[i:i + 2] in DOUBLED_SINGLES and open_at is None:
                if doubled_at is None:
                    doubled_at = i
                else:
                    regions.append((doubled_at, i + 2, True))
                    doubled_at = None
                skip = i + 1
                continue
            if (c not in OPENING_QUOTES and c not in CLOSING_QUOTES and c != '"') or doubled_at is not None:
                continue
            if open_at is None and c == "»" and _inverted_opening(text, i, p_end):
                open_at, opener = i, c
                continue
            if opener == "»" and open_at is not None and c == "«":  # the inverted pair's closing mark
                regions.append((open_at, i + 1, True))
                open_at = None
                continue
            role = _quote_role(text, i, open_at is not None)
            if role == "open" and open_at is None:
                open_at, opener = i, c
            elif role == "close" and open_at is not None and (c == PAIRS[opener] or c in "«“"):
                regions.append((open_at, i + 1, True))
                open_at = None
            elif role == "close" and open_at is None and c != '"' and not any(r[0] >= p_start for r in regions) \
                    and regions and not regions[-1][2] and not re.search(r"[.!?]\s", text[p_start:i]):
                # a paragraph that closes, in its first sentence, a quote it never opened, after one that left a
                # quote open: the quote ran on into it (French usage), from its start to this mark
                regions.append((p_start, i + 1, True))
        if open_at is not None:
            regions.append((open_at, p_end, False))
        elif doubled_at is not None:
            regions.append((doubled_at, p_end, False))
    return regions


def _inverted_opening(text: str, i: int, p_end: int) -> bool:
    """"… surpris.  »  Nous ne ferons pas appel « , a dit l'avocat.": guillemets typed the wrong way round, a closing
    mark after a space before a capital that an opening mark before a comma or a full stop closes later in the
    paragraph."""
    if i > 0 and not text[i - 1].isspace():
        return False
    rest = text[i + 1:p_end]
    if not rest.lstrip()[:1].isupper():
        return False
    closing = rest.find("«")
    return closing >= 0 and rest[closing + 1:].lstrip()[:1] in (",", ".", "")


def _quote_role(text: str, i: int, inside: bool) -> str:
    c = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if c == '"':
        if not inside and not before.isspace() and before not in "([«“" and (after.isspace() or after in ",.;:!?)»"):
            return "close"  # "… par la mairie". Le défilé …": a stray closing mark opens nothing
        return "close" if inside else "open"
    if c in OPENING_QUOTES:
        # "commencé« ," — an opening mark glued to a word and followed by a space is used as a closer, also when
        # nothing is open ("publics“, a abondé X": the close of a quote an earlier paragraph left open)
        if inside and not before.isspace() and (after.isspace() or after in ",.;:"):
            return "close"
        if c == "“" and before.isalnum() and (after.isspace() or after in ",.;:!?)"):
            return "close"  # glued to a word: never an opener, even with nothing open ("qu’« un" still opens)
        return "open"
    return "close"


def _close_unfinished_quote(doc: Doc, region: tuple[int, int, bool]) -> tuple[int, int, bool]:
    """An unclosed quote ends where an attribution starts: "... régionale.a déclaré le maire"."""
    start, end, closed = region
    if closed:
        return region
    language = doc_language(doc)
    for token in doc:
        if token.idx <= start or token.idx >= end:
            continue
        if language != "fr" and token.pos_ == "VERB" and token.lemma_.lower() in words(language).reporting_verbs:
            # '"The army killed 300 rebels, General X was quoted as saying.': the quote ends before the
            # subject, after a comma
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
            if subject is not None:
                first = min(t.i for t in subject.subtree)
                if first > 0 and doc[first - 1].text == "," and doc[first - 1].idx > start:
                    return (start, doc[first - 1].idx + 1, True)
            left = _left_of_verb(token)
            if subject is None and left is not None and left.text == ",":
                # '..., General X, was quoted as saying': a name between two commas before the verb
                j = left.i - 1
                while j > 0 and left.i - j <= 10 and (doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or doc[j].text == "-"):
                    j -= 1
                if j < left.i - 1 and doc[j].text == "," and doc[j].idx > start and doc[j + 1].pos_ in ("PROPN", "NOUN", "DET"):
                    return (start, doc[j].idx + 1, True)
            continue
        if token.pos_ == "VERB" and verb_lemma(token) in REPORTING_VERBS:
            left = _left_of_verb(token)
            if left is None or left.idx <= start:
                continue
            if left.is_punct and left.text not in "«“":
                return (start, left.idx + len(left.text), True)
    return region


def _split_paragraph(text: str, p_start: int, p_end: int, quotes, abbreviations=frozenset()) -> list[tuple[int, int]]:
    units = []
    start = p_start
    for match in re.finditer(r"[.!?…]+(?:\s*[»”]|\")?", text[p_start:p_end]):
        end = p_start + match.end()
        mark = p_start + match.start()
        if text[end:end + 2] in DOUBLED_SINGLES and any(e == end + 2 for _, e, _ in quotes):
            end += 2  # "… 73 victimes.’’ Le ministre": the doubled single closing the quote ends the sentence too
        # a stop inside a quote ends no sentence, unless it closes the quote and a sentence starts after it:
        # '"... destroyed." He said'
        closing = any(s < mark and end == e for s, e, _ in quotes) and text[end:end + 1].isspace() \
            and text[end:p_end].lstrip()[:1].isupper()
        if any(s < mark < e - 1 for s, e, _ in quotes) and not closing:
            continue
        rest = text[end:p_end]
        following = rest.lstrip()
        glued_quote = (rest[:1] in "«“" or rest[:2] in DOUBLED_SINGLES) and mark > p_start \
            and text[mark - 1].isalpha()  # "à Lyon.« Jusqu'à mardi", "ce dernier chiffre.’’ Hélas"
        if not following or not (rest[:1].isspace() or glued_quote):
            continue
        if not (following[0].isupper() or following[0].isdigit() or following[0] in "«“\"(—–-"
                or following[:2] in DOUBLED_SINGLES):
            continue
        word_before = re.search(r"(\w+)\W*$", text[start:mark])
        if word_before and len(word_before.group(1)) <= 2 and word_before.group(1)[:1].isupper():
            continue  # an initial or "M.", not the end of a sentence
        if word_before and word_before.group(1)[:1].isupper() and word_before.group(1).lower() in abbreviations:
            continue  # a title: "Gen. Qassem Soleimani", "Gov. Jeb Bush"
        unit = _strip_span(text, start, end)
        if unit[1] > unit[0]:
            units.append(unit)
        start = end
    unit = _strip_span(text, start, p_end)
    if unit[1] > unit[0]:
        units.append(unit)
    return units
