"""Repairing text once, in ingest: what a missing or misplaced character does to a sentence, fixed before any
stage reads it, so that every offset downstream is an offset into the repaired text (the stored body).

- a closing guillemet glued to the next word gets its space: "troupes »représente" -> "troupes » représente";
- an end of sentence glued to an opening guillemet: "à Dakar.« Jusqu'à" -> "à Dakar. « Jusqu'à";
- an opening guillemet used as a closer (glued to the word before, punctuation after) is turned:
  "a commencé« , a indiqué" -> "a commencé» , a indiqué";
- a full stop glued to one of the short words a sentence goes on with (lexicons/<language>/repair.yml) gets its
  space: "Nordpresse.ce que" -> "Nordpresse. ce que". Not inclusive writing ("Vert.e.s") nor web addresses ("lemonde.fr");
- a comma or semicolon glued between two words gets its space: "nationale,a déclaré" -> "nationale, a
  déclaré" (not between digits: "3,5").
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

CLOSER_GLUED = re.compile(r"»(?=[^\W\d_])")
COMMA_GLUED = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[»”)]))([,;])(?=[a-zà-öø-ÿœæ])")
OPENER_AFTER_STOP = re.compile(r"(?<=[^\W\d_])([.!?])(?=«)")
OPENER_AS_CLOSER = re.compile(r"(?<=[^\W\d_])«(?=\s?[,.;:!?)])")


@lru_cache(maxsize=None)
def _glued_after_full_stop(language: str) -> re.Pattern:
    words = lexicon.load("repair", language).get("glued_after_full_stop") or []
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    # a word of two letters or more, a full stop, one of the words, a space: "Nordpresse.ce que"
    return re.compile(rf"(?<=[^\W\d_]{{2}})\.(?=(?:{alternation})\s)")


def repair(text: str, language: str = "fr") -> str:
    """The text with glued and misplaced punctuation repaired (see the module's docstring)."""
    text = CLOSER_GLUED.sub("» ", text)
    text = OPENER_AFTER_STOP.sub(r"\1 ", text)
    text = OPENER_AS_CLOSER.sub("»", text)
    text = COMMA_GLUED.sub(r"\1 ", text)
    return _glued_after_full_stop(language).sub(". ", text)
