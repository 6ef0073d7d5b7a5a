"""Sentences that go on with the last speaker's words without a verb of their own: a learned decision.

"« Nous sommes fiers de ce budget. Nous avons limité les impacts. … »", the sentences of an interview answer, the
detail of a toll ("La région de Maradi est la plus touchée avec 16 décès …") after "a annoncé la protection
civile": hand-annotated sets credit them to the one who spoke last. Whether a sentence with no claim of its own
does is read off a few coarse features of the sentence and of the last claim before it (how far, in a quote, a
number, a new name as subject, …), weighted by a logistic model learned from the gold claims of the unseen sets
(audit/train_continuations.py, leave-one-set-out figures in its docstring). The weights are data per language
(recoupe/lexicons/<lang>/continuation.yml); a language without the file gets no such claims, and no file is shipped:
the model did not beat the rules on the sets it was not trained on.
"""

from __future__ import annotations

import math
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc

from .lexicon import load, path_of
from .models import Article
from .nlp import doc_language
from .reporting import ACCORDING_VERBS, _is_reporting_verb, words
from .speakers import _Said
from .subjects import _unit_tokens

if TYPE_CHECKING:
    from .layout import Layout
    from .models import ActorMention


REACH = 4  # sentences after the last claim a continuation may lie


def continuations(doc: Doc, article: Article, layout: Layout, said: list[_Said],
                  mentions: list[ActorMention]) -> list[_Said]:
    """Claims for the sentences with none that the model reads as the last speaker's, in text order."""
    weights = _weights(doc_language(doc))
    if not weights:
        return []
    claimed = {s.unit for s in said}
    ordered = sorted(said, key=lambda s: (s.unit, s.trigger or 0))
    made = []
    for unit in range(len(layout.units)):
        if unit in claimed:
            continue
        last = _last_before(layout, ordered, unit)
        if last is None:
            continue
        if decide(features(doc, layout, unit, last, mentions), weights):
            made.append(_Said(_continued_claim(article, layout, unit, last), last.mention, None, unit))
    return made


def decide(values: dict[str, float], weights: dict[str, float]) -> bool:
    """Whether the model reads the sentence as a continuation (probability over one half)."""
    score = sum(weights.get(name, 0.0) * value for name, value in values.items())
    return 1 / (1 + math.exp(-score)) > 0.5


def _weights(language: str) -> dict[str, float]:
    return (load("continuation", language).get("weights") or {}) if path_of("continuation", language) else {}


def _last_before(layout: Layout, ordered: list[_Said], unit: int) -> Optional[_Said]:
    """The last claim of an earlier sentence within reach (the last main-clause one of its sentence), or None."""
    before = [s for s in ordered if s.unit < unit]
    if not before or unit - before[-1].unit > REACH or not before[-1].claim.speaker_text:
        return None
    if layout.unit_paragraph[unit] - layout.unit_paragraph[before[-1].unit] > 2:
        return None
    last_unit = [s for s in before if s.unit == before[-1].unit]
    return next((s for s in last_unit if s.trigger is not None), last_unit[-1])


def features(doc: Doc, layout: Layout, unit: int, last: _Said, mentions: list[ActorMention]) -> dict[str, float]:
    """The sentence's features against the last claim before it (names are the model's keys)."""
    w = words(doc_language(doc))
    start, end = layout.units[unit]
    lo, hi = _unit_tokens(doc, layout, unit)
    tokens = [t for t in doc[lo:hi] if not t.is_space]
    outside = [t for t in tokens if not layout.in_quote(t.idx)]
    distance = unit - last.unit
    paragraphs = layout.unit_paragraph[unit] - layout.unit_paragraph[last.unit]
    content = [i for i in range(start, end) if not layout.text[i].isspace()]
    quoted = sum(1 for i in content if layout.in_quote(i)) / len(content) if content else 0.0
    last_start, last_end = layout.units[last.unit]
    last_lo, last_hi = _unit_tokens(doc, layout, last.unit)
    first_person = frozenset(getattr(w, "first_person_words", ()))
    new_names = [m for m in mentions if start <= m.start < end and not layout.in_quote(m.start)]
    subjects = [t for t in outside if t.dep_.startswith("nsubj")]
    values = {
        "bias": 1.0,
        "distance_1": float(distance == 1), "distance_2": float(distance == 2),
        "same_paragraph": float(paragraphs == 0), "next_paragraph": float(paragraphs == 1),
        "quoted_share": quoted,
        "quote_runs_in": float(start > 0 and layout.in_quote(start) and layout.in_quote(start - 1)),
        "opens_on_quote": float(bool(tokens) and tokens[0].is_quote and layout.in_quote(tokens[0].idx)),
        "last_quoted": float(bool(last.claim.quote)),
        "last_quote_open": float(layout.in_quote(max(last_start, last_end - 1))),
        "last_ends_on_colon": float(layout.text[last_start:last_end].rstrip().endswith(":")),
        "last_according": float(last.claim.verb in ACCORDING_VERBS),
        "last_inherited": float(last.trigger is None),
        "first_person": float(any(t.lower_ in first_person for t in tokens)),
        "number": float(any(t.like_num for t in tokens)),
        "last_number": float(any(t.like_num for t in doc[last_lo:last_hi])),
        "own_verb": float(any(_is_reporting_verb(t) for t in outside)),
        "finite_verb": float(any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in outside)),
        "conditional": float(any("Cnd" in t.morph.get("Mood") for t in outside)),
        "names_someone": float(bool(new_names)),
        "name_as_subject": float(any(m.start <= s.idx < m.end for s in subjects for m in new_names)),
        "pronoun_subject": float(any(s.lower_ in w.subject_pronouns for s in subjects)),
        "short": float(len(tokens) < 12),
        "headline": float(layout.unit_paragraph[unit] == 0),
    }
    values["number_after_number"] = values["number"] * values["last_number"]
    return values


def _continued_claim(article: Article, layout: Layout, unit: int, last: _Said):
    from .claims import _inherited, _inside_quote  # claims imports this module
    start, end = layout.units[unit]
    stance = last.claim.stance if last.claim.stance in ("asserts", "reported") else "asserts"
    return _inherited(article, last.claim, start, end, layout.text[start:end], stance,
                      _inside_quote(layout.text, start, end))
