"""Speakers named together ("La police et les syndicats ont annoncé …", "The UN refugee agency, the IOM and UNICEF
expressed concern"): each one speaks, a report of its own beside the one the reports stage found (recoupe/reports.py).
The coordination is read on the surface, around the phrase the report names: the parser often hangs the second
member on the verb or on a complement of the first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .nlp import doc_language
from .reporting import Report, words
from .subjects import _unit_tokens

if TYPE_CHECKING:
    from .layout import Layout


def with_coordinated_speakers(doc: Doc, layout: Layout, reports: list[Report]) -> list[Report]:
    """"La police et les syndicats ont annoncé …", "le bilan annoncé par le ministère et le porte-parole du
    gouvernement", "The UN refugee agency, the IOM and UNICEF expressed concern": each speaker coordinated with the one
    a report names speaks too (a report of its own, placed before it so that the figures keep going to the one the
    report names). Read on the surface: the parser often hangs a coordination wrongly."""
    w = words(doc_language(doc))
    spans = {(r.trigger, r.start, r.end) for r in reports}
    result = []
    for report in reports:
        if report.head is not None and report.start is not None and not report.needs_name:
            lo, hi = _unit_tokens(doc, layout, report.unit)
            inside = [t.i for t in doc[lo:hi] if report.start <= t.idx < report.end]
            first = inside[0] if inside else None
            while first is not None and first > lo and doc[first - 1].pos_ == "DET":  # "l'" left out of "l'OGBL"
                first -= 1
            if inside and doc[inside[0]].pos_ != "NUM":  # "40 districts reported": a count speaks for no one
                for first, last, head in _conjuncts(doc, layout, first, inside[-1] + 1, lo, hi, w):
                    if first > inside[-1] and _opens_a_clause(doc, head, last, report.trigger):
                        continue  # "selon le ministère et aucun policier n'a été blessé": the next clause's subject
                    other = replace(report, start=doc[first].idx, end=doc[last - 1].idx + len(doc[last - 1]), head=head)
                    named = layout.text[other.start:other.end]  # not "et d'autres sources", "et leurs partenaires"
                    # (one source named by itself speaks: "ont affirmé un élu local et une source indépendante")
                    vague = w.anonymous_speaker.search(named) and not re.match(r"une?\s", named, re.I)
                    if not vague and not w.possessive_speaker.match(named) and not any(
                            t == report.trigger and a < other.end and other.start < b for t, a, b in spans):
                        result.append(other)  # nor a speaker the report has already
        result.append(report)
    return result


def _opens_a_clause(doc: Doc, head: int, end: int, trigger: int) -> bool:
    """Whether a coordinated phrase is the subject of a verb of its own after it, not of the report's: "selon le
    ministère et aucun membre des forces de l'ordre n'a été blessé" opens a clause; "la police et les syndicats ont
    annoncé" and "annoncé par le ministère et le porte-parole du gouvernement" do not."""
    verb = doc[head].head
    if doc[head].dep_.startswith("nsubj") and verb.i >= end and verb.i != trigger:
        return True
    k = end  # the parser may hang it as a conjunct: a verb group right after it whose verb has no subject
    while k < len(doc) and k < end + 5 and (doc[k].pos_ == "AUX" or doc[k].lower_ in ("ne", "n'", "n’")):
        k += 1
    return k < len(doc) and k != trigger and doc[k].pos_ == "VERB" \
        and not any(c.dep_.startswith("nsubj") for c in doc[k].children)


def _conjuncts(doc: Doc, layout: Layout, first: int, last: int, lo: int, hi: int, w) -> list[tuple[int, int, int]]:
    """(first token, end token, head) of each noun phrase coordinated with tokens [first, last): "A et B", "A, B et
    C", on either side; commas alone make an apposition ("le porte-parole, Jean Dupont,"), not a list, so a list needs
    its conjunction."""
    joining = frozenset(getattr(w, "coordinating_conjunctions", ()))
    found, i = [], last
    while i + 1 < hi and (doc[i].lower_ in joining or doc[i].text == ","):  # to the right
        phrase = _phrase_from(doc, layout, i + 1, hi, w)
        if phrase is None:
            break
        found.append((i + 1, *phrase, doc[i].lower_ in joining))
        i = phrase[0]
    j = first - 1
    while j - 1 >= lo and (doc[j].lower_ in joining or doc[j].text == ","):  # to the left
        phrase = _phrase_before(doc, layout, j, lo, w)
        if phrase is None:
            break
        found.append((phrase[0], j, phrase[1], doc[j].lower_ in joining))
        j = phrase[0] - 1
    right = [f for f in found if f[0] >= last]
    left = [f for f in found if f[0] < first]
    kept = []
    for side in (right, left):  # a list ends on its conjunction: members up to the last one joined by it
        joined = [k for k, f in enumerate(side) if f[3]]
        kept += side[:joined[-1] + 1] if joined else []
    return [(a, b, h) for a, b, h, _ in kept]


def _phrase_from(doc: Doc, layout: Layout, i: int, hi: int, w) -> Optional[tuple[int, int]]:
    """(end token, head) of the noun phrase opening at token i: a name, or a determiner and a noun, with their
    adjectives and complements ("de la santé", "for Migration"); None for anything else (a number, a verb)."""
    j, head = i, None
    while j < hi and not layout.in_quote(doc[j].idx) and _in_noun_phrase(doc[j], w, head is not None) \
            and not (doc[j].pos_ == "ADP" and j + 1 < hi and doc[j + 1].lower_ in w.time_words):  # "on Friday"
        if head is None and doc[j].pos_ in ("NOUN", "PROPN"):
            head = j
        j += 1
    while j > i and doc[j - 1].pos_ == "ADP":  # "l'armée à …" stops before its preposition
        j -= 1
    if head is None or j <= head or not (doc[i].pos_ == "DET" or doc[head].pos_ == "PROPN"):
        return None
    return j, head


def _phrase_before(doc: Doc, layout: Layout, j: int, lo: int, w) -> Optional[tuple[int, int]]:
    """(first token, head) of the noun phrase ending right before token j, read leftwards."""
    i = j
    while i - 1 >= lo and not layout.in_quote(doc[i - 1].idx) and _in_noun_phrase(doc[i - 1], w, True):
        i -= 1
    if i < j and doc[i].pos_ == "ADP" and not (doc[i].lower_ in getattr(w, "indefinite_articles", ()) and i + 1 < j
                                               and doc[i + 1].pos_ == "NOUN"):
        return None  # "depuis le début de l'épidémie et 40 districts": a complement, no speaker; "Des villageois" is one
    phrase = _phrase_from(doc, layout, i, j, w) if i < j else None
    return (i, phrase[1]) if phrase is not None and phrase[0] == j else None


def _in_noun_phrase(token: Token, w, after_noun: bool) -> bool:
    if token.pos_ == "NUM" or token.is_digit:
        return False  # "la police et 300 manifestants": a count, not a speaker
    if token.pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        return True
    return after_noun and (token.pos_ == "ADP" or token.tag_ == "POS" or token.text in ("’s", "'s"))
