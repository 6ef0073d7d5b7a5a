"""Repairing text once, in ingest: what a missing or misplaced character does to a sentence, fixed before any
stage reads it, so that every offset downstream is an offset into the repaired text (the stored body).

- a closing guillemet glued to the next word gets its space: "troupes »représente" -> "troupes » représente";
- an end of sentence glued to an opening guillemet: "à Dakar.« Jusqu'à" -> "à Dakar. « Jusqu'à";
- an opening guillemet used as a closer (glued to the word before, punctuation after) is turned:
  "a commencé« , a indiqué" -> "a commencé» , a indiqué";
- a full stop glued to one of the short words a sentence goes on with (lexicons/<language>/repair.yml) gets its
  space: "Nordpresse.ce que" -> "Nordpresse. ce que". Not inclusive writing ("Vert.e.s") nor web addresses ("lemonde.fr");
- a group of thousands typed with the letter O for zero gets its zeros: "45.OOO policiers" -> "45.000 policiers"
  (same length: offsets do not move);
- a comma or semicolon glued between two words gets its space: "nationale,a déclaré" -> "nationale, a
  déclaré" (not between digits: "3,5");
- a lower-case word glued to a name whose last word is hyphenated gets its space: "Lee Anne-soréticente" ->
  "Lee Anne-so réticente", when the name's last part is short (`glued_to_name` in lexicons/<language>/repair.yml),
  what follows it is a word of the language and the whole is none (the words spaCy's lemmatizer tables know;
  a language without tables is left as it is): "Franco-allemande", "Pakistan-controlled" stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

# Each pattern starts with the mark it repairs and looks behind it from there (the lookbehind then holds the mark):
# the engine jumps from mark to mark instead of testing the lookbehind at every character (5 to 40 times faster).
CLOSER_GLUED = re.compile(r"»(?=[^\W\d_])")
COMMA_GLUED = re.compile(r"([,;])(?:(?<=[^\W\d_]{2}[,;])|(?<=[»”)][,;]))(?=[a-zà-öø-ÿœæ])")
OPENER_AFTER_STOP = re.compile(r"([.!?])(?<=[^\W\d_][.!?])(?=«)")
OPENER_AS_CLOSER = re.compile(r"«(?<=[^\W\d_]«)(?=\s?[,.;:!?)])")
# A group of thousands typed with the letter O for zero ("45.OOO policiers", "12 0O0"): digits again, same length
LETTER_O_THOUSANDS = re.compile(r"(?<=\d[.,\u00a0\u202f ])(?=[0O]{3}(?![\w-]))[0O]*O[0O]*")


@lru_cache(maxsize=None)
def _glued_after_full_stop(language: str) -> re.Pattern:
    words = lexicon.load("repair", language).get("glued_after_full_stop") or []
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
    # a word of two letters or more, a full stop, one of the words, a space: "Nordpresse.ce que"
    return re.compile(rf"\.(?<=[^\W\d_]{{2}}\.)(?=(?:{alternation})\s)")


# A name of two words or more whose last is hyphenated, then lower-case letters to the end of the word:
# "Marie Anne-soréticente" (not "les Porte-avions"); the capital first, then what may not stand before it
HYPHENATED_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w-].)[^\W\d_]* [A-ZÀ-ÖØ-Þ][^\W\d_]*-(?:[^\W\d_]+-)*([a-zà-öø-ÿœæ]{5,})(?![\w-])")


def _glued_to_name(text: str, language: str) -> str:
    settings = lexicon.load("repair", language).get("glued_to_name") or {}
    if not settings or not HYPHENATED_NAME.search(text):
        return text
    longest, shortest = settings["name_part_max"], settings["word_min"]

    def split(match: re.Match) -> str:
        tail = match.group(1)
        words = None
        for k in range(1, longest + 1):
            if len(tail) - k < shortest:
                break
            if words is None:
                from .nlp import word_forms  # spaCy's tables, loaded only when a name may have a word glued on

                words = word_forms(language)
                if not words or tail in words:
                    return match.group(0)
            if tail[k:] in words:
                cut = match.start(1) + k - match.start()
                return match.group(0)[:cut] + " " + match.group(0)[cut:]
        return match.group(0)

    return HYPHENATED_NAME.sub(split, text)


def repair(text: str, language: str = "fr") -> str:
    """The text with glued and misplaced punctuation repaired (see the module's docstring)."""
    text = CLOSER_GLUED.sub("» ", text)
    text = OPENER_AFTER_STOP.sub(r"\1 ", text)
    text = OPENER_AS_CLOSER.sub("»", text)
    text = COMMA_GLUED.sub(r"\1 ", text)
    text = LETTER_O_THOUSANDS.sub(lambda m: "0" * len(m.group(0)), text)
    text = _glued_after_full_stop(language).sub(". ", text)
    return _glued_to_name(text, language)
