"""Qualifiers of a number: approx, at_least, at_most (strict or not), read from the words just before or after it
(lexicons/<language>/numbers.yml: qualifiers_before, qualifiers_after), and ranges ("entre A et B", "de A à B")."""

from __future__ import annotations

from typing import Optional

from .number_reading import is_date
from .number_words import Quantity, words, rx


def qualifier_before(norm: str, start: int, language: str = "fr") -> Optional[tuple[str, bool, int]]:
    w = words(language)
    window = norm[max(0, start - 40):start]
    best = None
    for pattern, qualifier, strict in w.qualifiers_before:
        match = rx.search(rf"{w.qualifier_start}(?:{pattern})\s*(?:[\"«“]\s*)?$", window)  # 'environ « 20 % »'
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), qualifier, strict)
    if best is None:
        return None
    return best[1], best[2], start - (len(window) - best[0])


def qualifier_after(norm: str, end: int, language: str = "fr") -> Optional[tuple[str, bool, int]]:
    window = norm[end:end + 30]
    for pattern, qualifier, strict in words(language).qualifiers_after:
        match = rx.match(rf"\s*(?:{pattern})\b", window)
        if match:
            return qualifier, strict, end + match.end()
    return None


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
            return False  # "à Nantes (10.000 à 25.000)": two counts of one place, the police's and the unions
        return not is_date(norm, first, language) and not is_date(norm, second, language)
    return False
