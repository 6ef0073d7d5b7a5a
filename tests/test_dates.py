"""Dates and places in sentences (recoupe/dates.py): made-up sentences."""

from __future__ import annotations

import random
import re

from recoupe.dates import offset_in_sentence


def test_a_figure_s_place_in_its_sentence_is_the_first_occurrence_standing_alone():
    """dates.offset_in_sentence without the article: the first occurrence of the figure that is no part of a longer
    number or word, found by scanning (no expression compiled per figure) exactly where the two expressions it
    replaces find it, on made-up sentences and every piece of them."""
    def by_regex(sentence: str, surface: str) -> int:
        match = re.search(rf"(?<![\w.,’'\u00a0\u202f]){re.escape(surface)}(?!\w)", sentence) or re.search(
            rf"(?<![\d\w]){re.escape(surface)}", sentence)
        return match.start() if match else sentence.find(surface)

    sentences = ["Ils étaient 240 000 selon la CGT, 40 000 selon la police, et 1.40 000 ? Non : 40 000.",
                 "Le bilan passe de 16 000 à 6 000 morts (6 000_x), puis 6\u00a0000 et 6\u202f000 ; 6 000é.",
                 "« 12 % », disait-il, 3,12 % et x12 % puis 12 %."]
    pieces = {s[i:j] for s in sentences for i in range(len(s)) for j in range(i + 1, min(len(s), i + 8) + 1)}
    rng = random.Random(7)
    for sentence in sentences:
        for surface in sorted(pieces) + ["".join(rng.choice("0 6,.4x_é%") for _ in range(rng.randint(1, 5)))
                                         for _ in range(300)]:
            assert offset_in_sentence(sentence, surface) == by_regex(sentence, surface), (sentence, surface)
