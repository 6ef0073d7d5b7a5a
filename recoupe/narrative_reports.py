"""Reporting constructions of written French narrative, read like "selon X" or a verb's subject: "de source X" and
"de même source" with no article ("De source médicale, on indique …", "…, de même source."), and the narrative
infinitive ("La même source d'ajouter que …", "Le ministre de renchérir : …"), and the credit line after a quote
("« … » — Une citation de X"). Called from reports.py."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .layout import CLOSING_QUOTES
from .lexicon import load
from .reporting import INCISE_VERBS, REPORTING_VERBS, SUBJECT_PRONOUNS, Report, verb_lemma
from .subjects import _unit_tokens, _with_span

if TYPE_CHECKING:
    from .layout import Layout

SOURCE_WORDS = ("source", "sources")
SAME_WORDS = ("même", "mêmes")
DE_FORMS = ("de", "d'", "d’")
QUOTE_CREDIT_NOUNS = frozenset(load("attribution", "fr").get("quote_credit_nouns", ()))


def _of_source(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    """"De source médicale, on indique que …", "…, a-t-on indiqué de même source": "de source" with no article
    names who says, as "selon" does, at a clause's start or after a verb of saying, when an adjective qualifies the source ("de source sûre") or "même" points to
    the one quoted last (speakers.py); not "une eau de source", "changer de source d'énergie" (the word before "de"
    is a noun, or no adjective follows)."""
    if token.lower_ not in SOURCE_WORDS or layout.in_quote(token.idx):
        return None
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    de = token.i - 1
    same = de >= lo and doc[de].lower_ in SAME_WORDS
    if same:
        de -= 1
    if de < lo or doc[de].lower_ not in DE_FORMS:
        return None
    before = doc[de - 1] if de > lo else None
    if before is not None and not (before.is_punct or before.is_space or verb_lemma(before) in REPORTING_VERBS):
        return None  # "a-t-on indiqué de même source", not "vérifier de source indépendante"
    qualified = token.i + 1 < hi and doc[token.i + 1].pos_ == "ADJ" and doc[token.i + 1].head.i == token.i
    if not (same or qualified):
        return None
    return _with_span(doc, Report(trigger=de, verb="selon", unit=unit), token, de + 1, hi, layout)


def _narrative_infinitive(doc: Doc, verb: Token, layout: Layout) -> Optional[Report]:
    """"La même source d'ajouter que …", "Le ministre de renchérir : « … »": the narrative infinitive, a subject
    opening the sentence and a verb of saying in the infinitive after "de", reports that subject's words."""
    if verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm") or layout.in_quote(verb.idx):
        return None
    lemma = verb_lemma(verb)
    if lemma not in REPORTING_VERBS and lemma not in INCISE_VERBS:
        return None
    if verb.i == 0 or doc[verb.i - 1].lower_ not in DE_FORMS:
        return None
    subject = verb.head
    unit = layout.unit_of(verb.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    while lo < hi and doc[lo].is_space:
        lo += 1
    if verb.dep_ != "acl" or subject.pos_ not in ("NOUN", "PROPN") or subject.i >= verb.i \
            or any(t.pos_ in ("VERB", "AUX", "ADP") and t.head.i != subject.i for t in doc[lo:subject.i]) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[subject.i + 1:verb.i - 1]):
        return None  # the subject opens the sentence and nothing but its phrase stands before the infinitive
    return _with_span(doc, Report(trigger=verb.i, verb=lemma, unit=unit), subject, lo, verb.i - 1, layout)


def _quote_credit(doc: Doc, token: Token, layout: Layout) -> Optional[Report]:
    """"« … » — Une citation de Marie Roux, mairesse": a credit line right after a closing quote, a dash (or a
    bracket) then "citation de" and a name, says who spoke the quote, as "selon X" would."""
    if token.lower_ not in QUOTE_CREDIT_NOUNS or layout.in_quote(token.idx):
        return None
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    k = token.i - 1
    if k >= lo and doc[k].pos_ == "DET":
        k -= 1  # "Une citation de …"
    if not (k - 1 >= lo and doc[k].text in ("-", "–", "—", "(") and doc[k - 1].text in CLOSING_QUOTES):
        return None
    de = token.i + 1
    if not (de + 1 < hi and doc[de].lower_ in DE_FORMS and doc[de + 1].pos_ in ("PROPN", "DET", "NOUN")):
        return None
    head = next((t for t in doc[de + 1:hi] if t.pos_ in ("PROPN", "NOUN")), None)
    return None if head is None else _with_span(doc, Report(trigger=token.i, verb="selon", unit=unit), head, de + 1, hi, layout)


def _mistagged_after_subject(doc: Doc, token: Token, layout: Layout, forms: dict) -> Optional[Report]:
    """"Elle note que …", "Amnesty note que …": a present form of a verb of saying the tagger took for a noun ("note")
    right after a subject pronoun or a name, with "que" after it, is that verb (no noun follows a subject pronoun)."""
    if layout.in_quote(token.idx) or token.i == 0 or token.i + 1 >= len(doc) \
            or doc[token.i + 1].lower_ not in ("que", "qu'", "qu’"):
        return None
    subject = doc[token.i - 1]
    unit = layout.unit_of(token.idx)
    lo, hi = _unit_tokens(doc, layout, unit)
    report = Report(trigger=token.i, verb=forms[token.lower_], unit=unit)
    if subject.lower_ in SUBJECT_PRONOUNS:
        report.pronoun = subject.lower_
        return report
    if subject.pos_ == "PROPN" and subject.i >= lo:
        return _with_span(doc, report, subject, lo, hi, layout)
    return None
