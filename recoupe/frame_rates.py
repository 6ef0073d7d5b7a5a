"""The population a rate is of, named right after it: "6,13 % dans le secondaire", "25 % de grévistes à la SNCF",
"12% of workers in the public sector". Two rates of two populations are two quantities (the share of strikers in
primary schools is no estimate of the share at the railway), so the population goes into the scope key
('noun:secondaire'), as a part of a sum does for an amount (frame_currency.money_part). Read only when the
figure's clause names no place."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from .models import Figure
from .nlp import doc_text

WORD = r"[^\W\d_][\w'’-]*"


@lru_cache(maxsize=None)
def _pattern(prepositions: tuple[str, ...]) -> re.Pattern:
    """The preposition and article before the population, right after the figure (its counted noun may stand
    between: "25 % de grévistes à la SNCF"); on one line."""
    preposition = "|".join(map(re.escape, prepositions))
    return re.compile(rf"[^\S\n]*(?:(?:de|d['’]|of)[^\S\n]*(?:the[^\S\n]+)?{WORD}[^\S\n]+)?(?P<prep>{preposition})"
                      rf"[^\S\n]+(?:les|le|la|l['’]|the)[^\S\n]*(?={WORD})", re.I)


def rate_part(doc: Doc, figure: Figure, lex: dict) -> Optional[tuple[str, str]]:
    """(the population as a key, as written) for a percentage whose phrase names it: a noun or a name, with the
    adjective before it or after it ("second degré", "secteur privé"); None otherwise, or when the noun names a
    time, a trend or a whole (scope.yml `rate_not`, `time_nouns`)."""
    if figure.kind != "percent":
        return None
    text = doc_text(doc)
    found = _pattern(tuple(lex["rate_prepositions"])).match(text, figure.end, figure.end + 120)
    if found is None:
        return None
    span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    tokens = [span[0]]
    following = _next_on_line(doc, tokens[0])
    if tokens[0].pos_ == "ADJ" and following is not None and following.pos_ in ("NOUN", "PROPN"):
        tokens.append(following)  # "dans le second degré"
    elif tokens[0].pos_ in ("NOUN", "PROPN") and following is not None and following.pos_ == "ADJ":
        tokens.append(following)  # "dans le secteur privé"
    elif tokens[0].pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t.lower_.replace("’", "'") for t in tokens]
    if any(w in lex["rate_not"] or w in lex["time_nouns"] for w in words):
        return None
    return " ".join(words), text[found.start("prep"):tokens[-1].idx + len(tokens[-1])]


def _next_on_line(doc: Doc, token):
    """The word after `token`, when a space (no line break) separates them."""
    if token.i + 1 < len(doc) and token.whitespace_ and "\n" not in token.whitespace_:
        return doc[token.i + 1]
    return None
