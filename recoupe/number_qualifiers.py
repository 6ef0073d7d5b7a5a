"""Qualifiers of a number: approx, at_least, at_most (strict or not), read from the words just before or after it
(lexicons/<language>/numbers.yml: qualifiers_before, qualifiers_after, phrases compiled into a spaCy Matcher), and
ranges ("entre A et B", "de A à B")."""

from __future__ import annotations

import bisect
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
    first, last = _tokens_between(doc, max(0, start - 40), start)  # the 40 characters before it
    if any((t.idx < start < t.idx + len(t)) or _glued_punctuation(t) for t in doc[first:last + 1]):
        return _qualifier_before_glued(doc, norm, start, w)  # "plus d'1 million", "(AFP) -Au moins 11": tokens
        # the phrases cannot cut
    if last <= first:
        return None
    return _best_before(_qualifier_spans(doc[first:last], "qualifiers_before", w), norm, start, 0, w)


def _tokens_between(doc: Doc, begin: int, end: int) -> tuple[int, int]:
    """The tokens from the one holding character `begin` to the last that starts before `end` (end exclusive)."""
    kept = doc._.lexicon_matches
    if kept is None:
        kept = doc._.lexicon_matches = {}
    starts = kept.get("token starts")
    if starts is None:
        starts = kept["token starts"] = [t.idx for t in doc]
    return max(0, bisect.bisect_right(starts, begin) - 1), bisect.bisect_left(starts, end)


def _best_before(spans, norm: str, start: int, shift: int, w) -> Optional[tuple[str, bool, int]]:
    best = None
    for span in spans:
        begin = span.start_char + shift
        end = span.end_char + shift
        if begin < start - 40 or end > start or (best is not None and begin > best[0]):
            continue
        gap = norm[end:start]
        if not rx.fullmatch(r"\s*(?:[\"«“]\s*)?", gap) and not _currency_gap(gap, w):
            continue
        if not _starts_a_word(span, w):
            continue
        index = int(span.label_)
        if best is None or (begin, index) < best:
            best = (begin, index)
    if best is None:
        return None
    _, qualifier, strict = w.qualifiers_before[best[1]]
    return qualifier, strict, best[0]


def _currency_gap(gap: str, w) -> bool:
    """ "as high as $4.5 billion", "about US$ 6 billion": a currency sign or code between the qualifier and its
    number (numbers.yml `currency_before`) leaves the qualifier the number's."""
    return bool(gap.strip()) and bool(rx.fullmatch(rf"\s*(?:{w.currency_before})", gap))


def _qualifier_before_glued(doc: Doc, norm: str, start: int, w) -> Optional[tuple[str, bool, int]]:
    """The qualifier before a number where the tokenizer glued words: the 60 characters before the number, with
    the glued punctuation blanked and a stand-in word after them, tokenized and matched apart (offsets kept)."""
    from .nlp import doc_text, get_nlp, model_language

    begin = max(0, start - 60)
    before = doc_text(doc)[begin:start]
    blanked = "".join(" " if _glued_mark(before, k) else c for k, c in enumerate(before))
    glue = "x" if before.endswith(("'", "’")) else " x"  # "d'x" is "d'" + "x", as "d'un" is
    window = get_nlp(model_language(w.language)).make_doc(blanked + glue)
    spans = [s for s in _qualifier_spans(window, "qualifiers_before", w) if s.end_char <= len(before)]
    return _best_before(spans, norm, start, begin, w)


def _glued_mark(text: str, k: int) -> bool:
    """Punctuation at k that starts a word glued to it ("-Au", "/environ"): not a letter, digit, apostrophe or
    space, after a space or the start, before a letter."""
    c = text[k]
    return not (c.isalnum() or c in "_'’" or c.isspace()) and (k == 0 or text[k - 1].isspace()) \
        and k + 1 < len(text) and text[k + 1].isalpha()


def qualifier_after_noun(doc: Doc, norm: str, end: int, language: str = "fr") -> Optional[tuple[str, bool, int]]:
    """ "33 morts au moins", "12 people at least": the qualifier written after the one noun that follows the number
    (numbers.yml `qualifiers_after_noun`). Returns (qualifier, strict, where the number ends): the noun and the
    qualifier stay out of the figure's text."""
    w = words(language)
    if not w.qualifiers_after_noun:
        return None
    last, _ = _tokens_between(doc, end, end)  # the number's last token
    noun = doc[last + 1] if last + 1 < len(doc) else None
    if noun is None or noun.idx < end or noun.pos_ not in ("NOUN", "ADJ") or norm[end:noun.idx].strip():
        return None
    found = qualifier_after(doc, norm, noun.idx + len(noun), language, "qualifiers_after_noun")
    return (found[0], found[1], end) if found else None


def qualifier_after(doc: Doc, norm: str, end: int, language: str = "fr",
                    name: str = "qualifiers_after") -> Optional[tuple[str, bool, int]]:
    """The qualifier written right after a number ("300 au moins", "300 or so"), within 30 characters: the earliest
    entry of `qualifiers_after` (or of the list `name`), its longest phrase. Returns (qualifier, strict, where the
    qualifier ends)."""
    w = words(language)
    best = None
    for span in _qualifier_spans(doc, name, w):
        if span.start_char < end or span.end_char > end + 30 or norm[end:span.start_char].strip() \
                or "\n" in norm[end:span.start_char]:  # a qualifier after a line break starts the next paragraph
            continue
        index = int(span.label_)
        if best is None or (index, -span.end_char) < best:
            best = (index, -span.end_char)
    if best is None:
        return None
    _, qualifier, strict = getattr(w, name)[best[0]]
    return qualifier, strict, -best[1]


def _qualifier_spans(doc: Doc, name: str, w) -> list:
    """The phrases of one qualifier list in the Doc, labelled with their entry's index in the list."""
    labelled = [(str(index), pattern) for index, (patterns, _, _) in enumerate(getattr(w, name)) for pattern in patterns]
    return pattern_matches(doc, name, labelled, w.language)


def _glued_punctuation(token) -> int:
    """How many characters of punctuation the tokenizer glued to the front of a word ("-Au": 1)."""
    text = token.text
    count = 0
    while count < len(text) and not (text[count].isalnum() or text[count] in "_'’" or text[count].isspace()):
        count += 1
    return count if count < len(text) else 0


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


def without_repeated_unit(norm: str, between: str, second: Quantity, w) -> str:
    """ "entre 13 % et 31 %", "de 2,5 d/kg à 3,5 d/kg", "from 5 percent to 7 percent": what stands between two
    numbers less the unit the first bound repeats from the second (one or two words or signs, no digit), so the
    range words are left to read."""
    after = norm[second.end:second.end + 30].lstrip()
    for unit in rx.compile(r"\S+").finditer(between):
        candidate = between[:unit.end()].strip()
        if rx.search(r"\d", candidate) or len(candidate.split()) > 2:
            break
        rest = between[unit.end():]
        if after.startswith(candidate) and not rx.match(r"\w", after[len(candidate):len(candidate) + 1]) \
                and (rx.fullmatch(w.range_and, rest) or rx.fullmatch(w.range_or, rest)):
            return rest
    return between


def elided_change(norm: str, lead_end: int, w) -> bool:
    """ "le résidentiel passe de 1,28 $ à 1,31 $, le commercial de 2,66 $ à 2,71 $": an item of a list ("…, X de"
    or "et X de" right before the number) after an item of the same sentence whose verb of change says "de <number>":
    the verb is left out, the item is a change too."""
    before = norm[max(0, lead_end - 200):lead_end]
    before = before[max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n")) + 1:]
    item = rx.search(rf"(?:[,;]|\s{w.number_and})\s+(?:[^\W\d][\w'’-]*\s+){{0,3}}{w.change_lead}\s*$", before)
    return bool(item) and bool(rx.search(rf"{change_phrase(w)}\s*\S*\d", before[:item.start()]))


def change_phrase(w) -> str:
    """A verb of change, up to three words, then "de"/"from": "est passé de", "passe ainsi de", "rose from"."""
    return rf"(?:{w.change_verbs})\w*\s+(?:[^\W\d]+\s+){{0,3}}{w.change_lead}"


def is_range(norm: str, first: Quantity, second: Quantity, language: str = "fr") -> bool:
    """"entre A et B", "de A à B", "A à B", "A ou B": one figure with two bounds."""
    w = words(language)
    between = norm[first.end:second.start]
    if first.vague or second.vague:
        return False
    sign = rx.search(rf"\s*(?:{w.currency_before})", between)
    sign_before = rx.search(w.currency_before, norm[max(0, first.start - 6):first.start])
    if sign and sign_before:
        between = between[:sign.start()]  # "$14 to $16 billion", "between $3.5 billion and $7 billion"
    # where the words before the range end: before the first bound's currency ("passé de Rs 27 à Rs 55 milliards")
    lead_end = first.start - (len(sign_before.group(0)) if sign and sign_before else 0)
    between = without_repeated_unit(norm, between, second, w)
    if rx.fullmatch(w.range_and, between):
        return bool(rx.search(w.range_and_lead, norm[max(0, lead_end - 12):lead_end]))
    if rx.fullmatch(r"\s*[-–]\s*", between) and first.value is not None and second.value is not None \
            and first.value > second.value and not second.multiplier > 1 and not first.multiplier > 1 \
            and first.base >= 1 and second.base >= 1 and rx.fullmatch(r"\d+", norm[second.start:second.end]):
        return False  # "voted 35-8", "a 27-16 vote": a tally (a range is written low to high)
    if rx.fullmatch(w.range_or, between):
        if rx.search(rf"{change_phrase(w)}\s*$", norm[max(0, lead_end - 50):lead_end]):
            return False  # "est passé de 300 à 400", "passe ainsi de 41 % à 39 %": a change, two figures
        if elided_change(norm, lead_end, w):
            return False  # "passe de 1,28 $ à 1,31 $, le commercial de 2,66 $ à 2,71 $": the verb left out
        if first.value is not None and second.value is not None and first.multiplier == second.multiplier \
                and first.value > second.value:
            return False  # "de 2,86 $ à 2,63 $": a range is written low to high, this is a fall
        if rx.search(r"\w\s*\((?:[^()\d]{1,20},\s*)?$", norm[max(0, first.start - 30):first.start]) \
                and rx.match(r"\s*\)", norm[second.end:]):
            return False  # "à Vannes (4.000 à 9.000)": two counts of one place, the police's and the unions'
        return not is_date(norm, first, language) and not is_date(norm, second, language)
    return False
