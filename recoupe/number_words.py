"""The words and patterns figures are read with, per language: recoupe/lexicons/<language>/numbers.yml (and
figures.yml beside it), loaded once and compiled. The code of numbers.py and its helpers knows no word of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional

from .lexicon import FOLDER, load, month_names, weekday_names

# Entries of a numbers.yml that are compiled to patterns
COMPILED = ("digits", "point_decimal", "phone", "and_a_half", "half_units", "share", "hyphen_pair")
# ${name} in a pattern: another entry of the file
REFERENCE = re.compile(r"\$\{(\w+)\}")

# Shared by every language: words that shape how a number is read (lexicons/fr/figures.yml; the file of the
# article's language when it has one).
FIGURE_WORDS = load("figures")
SUFFIX_MULTIPLIERS = {word: float(value) for word, value in FIGURE_WORDS["suffix_multipliers"].items()}
# "500k", "1,5k": a multiplier glued to the digits
# Patterns over a whole text start with a character (a digit, "+", a capital), and look behind it from there: the
# engine jumps to that character instead of testing the lookbehind at every position of the text (2 to 15 times faster)
SUFFIXED = re.compile(
    r"(\d(?<![\w.,/@#:-]\d)\d{0,2})(?:,(\d{1,2}))?(" + "|".join(SUFFIX_MULTIPLIERS) + r")(?![\w'’@/-])", re.IGNORECASE
)
# What holds digits but is no number: links, query strings, file names, tokens with "/", "=", "@", "#" (dates
# "12/03/2024", references "S/2024/123"), international and national phone numbers, bank accounts (IBAN and runs of
# four-digit groups). Anchored at the start of a non-space run, so each run is tried once (linear time). Character
# shapes, not words (the tokenizer cuts "S/2024/123" or "+41 22 345 67 89" its own way): regular expressions.
CODES = [
    re.compile(r"(?<!\S)\S*?(?:[/=@#]|\?\w)\S*"),
    re.compile(r"(?<![\w.-])(?:www\.)?[\w-]{1,63}\.(?:[a-z]{2,6})\b(?:[/?]\S*)?"),
    re.compile(r"\+(?<![\w+]\+)\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]\d{1,4}){2,6}(?!\d)"),
    re.compile(r"0(?<![\w+,.]0)\d{1,3}(?:[ .-]\d{2,4}){2,5}(?!\d)"),
    re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?!\w)"),
    re.compile(r"\d(?<![\w.,]\d)\d{3}(?: \d{4}){2,8}(?!\w)"),
]
# "soins/98 %/contrat échu": a percentage between slashes, after a word (a table written inline), which the first
# code pattern would take with the word
SLASHED_PERCENT = re.compile(r"(\d(?<=[^\W\d_]/\d)\d{0,2})(?:[.,](\d{1,2}))?(?=\s?%(?:/|\s|$))")
QUOTES = ("»", "«", "”", "“", '"')
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word, hyphenated or not ("sans-abri")
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})

APPROX_BAND = 0.10  # "près de 7 200" is taken as 7 200 +/- 10 %
COLLECTIVE_BAND = 0.20  # "une dizaine" is looser: 10 +/- 20 %


@lru_cache(maxsize=None)
def words(language: str = "fr") -> SimpleNamespace:
    """A language's words and patterns for figures, from recoupe/lexicons/<language>/numbers.yml (French when the
    language has none)."""
    if not (FOLDER / language / "numbers.yml").exists():
        language = "fr"
    lex = dict(load("numbers", language))
    if (FOLDER / language / "figures.yml").exists():
        extra = load("figures", language)
        lex["currencies"] = {**lex["currencies"], **extra.get("currency_codes", {})}
        lex["multipliers"] = {**lex["multipliers"], **extra.get("word_multipliers", {})}
        lex["identifier_heads"] += "".join("|" + re.escape(word) for word in extra.get("identifier_heads", []))
        references = {**extra, **lex}
    else:
        references = dict(lex)
    references.setdefault("months", _alternation(month_names(language)))
    references.setdefault("weekdays", _alternation(weekday_names(language)))
    lex.setdefault("months", references["months"])
    lex.setdefault("weekdays", references["weekdays"])
    lex = {key: _expand(value, references) for key, value in lex.items()}
    return SimpleNamespace(**{
        **lex,
        **{key: re.compile(lex[key], re.IGNORECASE) if lex.get(key) else None for key in COMPILED},
        "language": language,
        "partitives": tuple(lex.get("partitives", ())),
        "not_number_words": frozenset(lex.get("not_number_words") or ()),
        "qualifiers_before": [_qualifier(q) for q in lex["qualifiers_before"]],
        "qualifiers_after": [_qualifier(q) for q in lex["qualifiers_after"]],
        "qualifiers_after_noun": [_qualifier(q) for q in lex.get("qualifiers_after_noun") or ()],
        "qualifier_elided_before": frozenset(lex.get("qualifier_elided_before") or ()),
        "multipliers": {word: float(value) for word, value in lex["multipliers"].items()},
        "personnel_nouns": frozenset(lex["personnel_nouns"]),
        "counting_nouns": frozenset(lex["counting_nouns"]), "figure_nouns": frozenset(lex["figure_nouns"]),
        "rate_nouns": frozenset(lex["rate_nouns"]),
        "level_verbs": frozenset(lex["level_verbs"]), "level_cases": frozenset(lex["level_cases"]),
        "threshold_nouns": frozenset(lex["threshold_nouns"]), "de_forms": tuple(lex["de_forms"]),
        "empty_predicates": frozenset(lex["empty_predicates"]), "phrase_deps": frozenset(lex["phrase_deps"]),
        "not_objects": tuple(lex.get("not_objects") or ()),
        "singular_noun_tags": frozenset(lex.get("singular_noun_tags") or ()),
        "figure_participles": frozenset(lex.get("figure_participles") or ()),
        "never_counted": frozenset(lex.get("never_counted") or ()),
        "money_nouns": frozenset(lex.get("money_nouns") or ()),
        "concepts": lex.get("concepts") or {}, "verb_concepts": lex.get("verb_concepts") or {},
        "glued_currency": _glued_currency(lex.get("currency_prefixes") or ()),
        "vague_words": _counting_phrase(lex["vague_words"]),
        "collective_words": _counting_phrase(lex["collective_words"]),
    })


def _glued_currency(prefixes) -> Optional[re.Pattern]:
    """A currency abbreviation glued to the digits after it ("Sh3.08", "Rs.800"), not inside a word."""
    if not prefixes:
        return None
    return re.compile(rf"(?<![\w.])(?:{_alternation(prefixes)})(?=\d)", re.IGNORECASE)


def _counting_phrase(entry: dict) -> SimpleNamespace:
    """vague_words / collective_words: the words of a phrase that counts by a noun ("des centaines de milliers")."""
    return SimpleNamespace(
        leads=tuple(entry.get("leads") or ()), bare_after=frozenset(entry.get("bare_after") or ()),
        bare_anywhere=bool(entry.get("bare_anywhere")), units=tuple(entry["units"]),
        of=frozenset(entry.get("of") or ()), larger=frozenset(entry.get("larger") or ()),
        singular_leads=tuple(entry.get("singular_leads") or ()), singular_units=tuple(entry.get("singular_units") or ()),
        quotes=tuple(entry.get("quotes") or ()), closing_quotes=frozenset(entry.get("closing_quotes") or ()),
    )


def _qualifier(entry) -> tuple[tuple[str, ...], str, bool]:
    """[phrases, qualifier, strict]: the phrases (matchers.py's small syntax) as a tuple; one phrase may stand alone."""
    phrases, qualifier, strict = entry
    return (tuple(phrases) if isinstance(phrases, list) else (phrases,)), qualifier, bool(strict)


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


def _expand(value, references: dict):
    """A pattern with its ${name} references replaced (a list or table by the alternation of its words)."""
    if isinstance(value, list):
        return [_expand(item, references) for item in value]
    if not isinstance(value, str) or "${" not in value:
        return value

    def replace(match: re.Match) -> str:
        target = references[match.group(1)]
        if isinstance(target, (list, dict)):
            return _alternation(target)
        return _expand(target, references)

    return REFERENCE.sub(replace, value)


@dataclass
class Quantity:
    """A number expression found in the text, before it becomes a Figure."""

    start: int  # offsets of the number itself (with its multiplier), qualifier excluded
    end: int
    value: Optional[float]
    base: float  # the number before its multiplier: 3.75 in "3,75 millions"
    multiplier: float = 1.0
    spelled: bool = False  # written in words ("quatre")
    vague: bool = False
    collective: bool = False  # "une dizaine"
    low: Optional[float] = None
    high: Optional[float] = None
    ends_with_counting_noun: bool = False  # "huit millions", "des centaines": the object follows "de"
    article: bool = False  # "un", "une" before a noun: a count only beside a count of the same noun
    share: bool = False  # a fraction of a whole ("trois quarts des votants"), its value a percentage
    slashed: bool = False  # a percentage between slashes ("soins/98 %/contrat"): no code, whatever its neighbours


class _Patterns:
    """`re.search(pattern, text)` and the like with each pattern compiled once: the lexicon's patterns are strings
    (some built per call from a template), and `re`'s own cache lookup per call was measurable."""

    compile = staticmethod(lru_cache(maxsize=4096)(re.compile))

    def search(self, pattern, string, flags=0):
        return self.compile(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern, string, flags=0):
        return self.compile(pattern, flags).fullmatch(string)

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).sub(repl, string, count)


rx = _Patterns()
