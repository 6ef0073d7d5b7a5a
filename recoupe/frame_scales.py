"""A reading on a scale is no count: "un séisme de magnitude 7,7", "the 7.7-magnitude earthquake", "a magnitude of
7.7", "6,2 sur l'échelle de Richter" measure a quake, whatever noun or verb stands near ("a fait 1 644 morts"). Such
a figure counts the magnitude (numbers.yml `scale_words`), or an aftershock's when one is named beside it ("a strong
6.4 magnitude aftershock", "une réplique de magnitude 6,4": `aftershock_words`), with no event of its own: the
magnitudes of one quake are compared together, apart from its tolls."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .dates import offset_in_sentence
from .lexicon import load
from .models import Figure

NEAR = 30  # characters around the figure read for a scale word and an aftershock


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[Optional[re.Pattern], Optional[re.Pattern], Optional[re.Pattern]]:
    words = load("numbers", language)
    scale = "|".join(map(re.escape, words.get("scale_words") or []))
    after = "|".join(map(re.escape, words.get("aftershock_words") or []))
    if not scale:
        return None, None, None
    before = re.compile(rf"(?<![\w'’])(?:{scale})(?:\s+(?:of|de|d['’]))?\s*$", re.I)
    following = re.compile(rf"^\s*-?\s*(?:{scale})(?![\w'’])", re.I)
    return before, following, re.compile(rf"(?<![\w'’])(?:{after})(?![\w'’])", re.I) if after else None


def scale_entity(figure: Figure, language: str) -> Optional[str]:
    """"magnitude" (or "réplique") when the figure is a reading on a scale; None else."""
    before, following, aftershock = _patterns(language)
    at = offset_in_sentence(figure.sentence, figure.text)
    if before is None or at < 0 or figure.kind not in ("count", "measure"):
        return None
    end = at + len(figure.text)
    if not (before.search(figure.sentence[max(0, at - NEAR):at]) or following.match(figure.sentence[end:end + NEAR])):
        return None
    around = figure.sentence[max(0, at - NEAR):end + NEAR]
    return "réplique" if aftershock is not None and aftershock.search(around) else "magnitude"
