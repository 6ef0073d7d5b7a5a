"""Patterns rewritten for speed find what their former, slower forms found (round 19, bench/README.md): the whole-text
patterns of repair and number_words start with their first character and look behind it from there instead of
testing a lookbehind at every position; published_dates skips a date form whose year or core a text lacks;
dates.dates_in keeps each text's dates. Checked on made-up sentences and on random strings."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from recoupe import dates, number_words, published_dates, repair

# The former forms, lookbehind first
FORMER_REPAIR = {
    "COMMA_GLUED": r"(?:(?<=[^\W\d_]{2})|(?<=[»”)]))([,;])(?=[a-zà-öø-ÿœæ])",
    "OPENER_AFTER_STOP": r"(?<=[^\W\d_])([.!?])(?=«)",
    "OPENER_AS_CLOSER": r"(?<=[^\W\d_])«(?=\s?[,.;:!?)])",
    "HYPHENATED_NAME": r"(?<![\w-])[A-ZÀ-ÖØ-Þ][^\W\d_]* [A-ZÀ-ÖØ-Þ][^\W\d_]*-(?:[^\W\d_]+-)*([a-zà-öø-ÿœæ]{5,})(?![\w-])",
}
FORMER_CODES = [
    r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]\d{1,4}){2,6}(?!\d)",
    r"(?<![\w+,.])0\d{1,3}(?:[ .-]\d{2,4}){2,5}(?!\d)",
    r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?!\w)",
    r"(?<![\w.,])\d{4}(?: \d{4}){2,8}(?!\w)",
]
FORMER_SLASHED = r"(?<=[^\W\d_]/)(\d{1,3})(?:[.,](\d{1,2}))?(?=\s?%(?:/|\s|$))"
FORMER_SUFFIXED = r"(?<![\w.,/@#:-])(\d{1,3})(?:,(\d{1,2}))?(" + "|".join(number_words.SUFFIX_MULTIPLIERS) \
    + r")(?![\w'’@/-])"

MADE_UP = [
    "Le collectif Vert-Horizon,a répondu la porte-parole Lise Marin-Dupontaffirmait.« Nous verrons« , dit-elle.",
    "Appelez le +33 (0)1 23 45 67 89 ou le 01 98 76 54 32, compte FR12 3456 7890 1234 5678 9012 345.",
    "La carte 1234 5678 9012 3456 a servi ; budget 12k, puis 3,5 k€ ; soins/45 %/contrat et 7,5 % ailleurs.",
    "Mme Ana Perez-Lopezdéclarait hier.ce que le comité appelle « une étape » ;la suite,mardi.",
]


def _random_strings(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _same(new: re.Pattern, former: re.Pattern, texts: list[str]) -> None:
    for text in texts:
        assert _found(new, text) == _found(former, text), text


def test_repair_patterns_find_what_their_lookbehind_first_forms_found():
    texts = MADE_UP + _random_strings("aéZÀ-,;.!?«»”)( \n1bçœ", 20_000, 19)
    for name, former in FORMER_REPAIR.items():
        _same(getattr(repair, name), re.compile(former), texts)
    for language in ("fr", "en"):
        new = repair._glued_after_full_stop(language)
        former = new.pattern.replace(r"\.(?<=[^\W\d_]{2}\.)", r"(?<=[^\W\d_]{2})\.", 1)
        assert former != new.pattern
        _same(new, re.compile(former), texts + ["la ville de Portavel.ce que le comité", "Il est parti.le soir"])


def test_number_patterns_find_what_their_lookbehind_first_forms_found():
    pieces = ["FR12", "3456", "1234", " ", "A", "b", ",", ".", "0", "01", "+33", "+", "45", "-", "(0)", "é", "/", "%",
              "k", "M", "AB", "7"]
    rng = random.Random(19)
    texts = MADE_UP + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    for new, former in zip(number_words.CODES[2:], FORMER_CODES):
        _same(new, re.compile(former), texts)
    _same(number_words.SLASHED_PERCENT, re.compile(FORMER_SLASHED), texts)
    _same(number_words.SUFFIXED, re.compile(FORMER_SUFFIXED, re.IGNORECASE), texts)


def _every_date(text: str, kinds) -> list:
    """What published_dates._dates_in found before its cheap tests: every form's pattern over the whole text."""
    found = []
    for kind in kinds:
        for match in published_dates.patterns()[kind].finditer(text):
            value = published_dates._date(match)
            if value is not None and value.year >= published_dates.EARLIEST_YEAR:
                found.append((match.start(), match.end(), value))
    return sorted(found)


@pytest.mark.parametrize("text", [
    "Publié le jeudi 14 mars 2024 à 10 h 30. La réunion du 1er février 2023 avait été reportée.",
    "BELVAUX, 3 Sept. 2022 - Updated March 14, 2024, after the Thursday, Mar. 9 2023 vote.",
    "Rien ne date ce texte, sinon l'an 2019 et le 12 du mois.",
    "Mis à jour le 2024-10-17T08:30:00Z ; parution papier 17/10/2024.",
    "Aucune année ici : le 14 mars, puis mardi.",
    "",
])
def test_published_dates_skip_only_forms_the_text_cannot_hold(text):
    for kinds in (("day_month", "month_day", "iso"), ("iso", "day_month", "month_day", "numeric")):
        assert published_dates._dates_in(text, kinds) == _every_date(text, kinds)


def test_dates_in_is_kept_per_text_and_each_caller_gets_its_own_list():
    sentence = "Le 14 mars, la préfecture comptait 3 000 manifestants, contre 2 500 le 7 mars."
    first = dates.dates_in(sentence, date(2024, 3, 15), None, "fr")
    assert [found[1] for found in first] == [date(2024, 3, 14), date(2024, 3, 7)]
    first.clear()
    again = dates.dates_in(sentence, date(2024, 3, 15), None, "fr")
    assert again == list(dates._dates_said.__wrapped__(sentence, date(2024, 3, 15), None, "fr")) and len(again) == 2
