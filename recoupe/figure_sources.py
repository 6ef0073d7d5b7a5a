"""Who each figure comes from: the claim whose clause holds it, a "selon X" next to it, the previous sentence's
source for a figure in the conditional or a continued statement, a gapped speaker ("…, le syndicat « plus de
2,5 millions »"). A headline's figure is nobody's: the headline restates the body in the newsroom's words (every
hand-annotated set says so; crediting it to the body's source added a source to the newsroom's own line).
"""

from __future__ import annotations

import re
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .lexicon import load
from .models import ActorMention, Article, Claim, Figure, stable_id
from .nlp import doc_language
from .report_constructions import deep_participle
from .reporting import (
    ACCORDING_VERBS, PAST_PARTICIPLE, _is_reporting_verb, _unit_has_conditional, figure_participle, verb_lemma, words,
)
from .speakers import _same_passage
from .subjects import _token_at, _unit_tokens

if TYPE_CHECKING:
    from .layout import Layout
    from .speakers import _Said


# What may stand between a gapped speaker and its figure: "…, le syndicat « plus de 1,5 million »", "Et le syndicat, « … »"
GAP_BEFORE = re.compile(r"^\s*(?:(?:et|mais)\s+)?(?:(?:le|la|les|l['’])\s*)?$", re.I)
GAP_AFTER = re.compile(r"^\s*,?\s*[«“\"]?\s*$")
# ... and between that speaker and its figure, the preposition the left-out verb governs: "X a parlé de 11 morts,
# l'ONU de 14", "X fait état de 30 blessés, le syndicat d'une centaine"
GAP_AFTER_SPEAKER = re.compile(r"^\s*,?\s*(?:(?:de|d['’])\s*)?[«“\"]?\s*$", re.I)


def _gapped(article: Article, layout: Layout, claims: list[Claim], figures: list[Figure],
            mentions: list[ActorMention], by_unit: dict[int, list[_Said]]) -> tuple[list[Claim], list[Figure]]:
    """A speaker whose reporting verb is left out because the clause before has it ("le ministère recense
    412 000 marcheurs, le syndicat « plus de 1,5 million »"; "la préfecture avait compté 412 000 marcheurs.
    Et le syndicat, « plus de 1,5 million »"): the figure is that speaker's, in a claim of its own with the verb
    and stance of the clause it borrows them from."""
    text = layout.text
    made: dict[str, Claim] = {}
    result = []
    for figure in figures:
        unit = layout.unit_of(figure.start)
        unit_start, unit_end = layout.units[unit]
        segment_start = max([unit_start] + [i + 1 for i in range(unit_start, figure.start) if text[i] in ",;:—"])
        gap = text[segment_start:figure.start]
        if GAP_AFTER.fullmatch(gap) and segment_start > unit_start:  # "Et le syndicat, « … »": the speaker is one clause back
            gap_end = segment_start - 1
            segment_start = max([unit_start] + [i + 1 for i in range(unit_start, gap_end) if text[i] in ",;:—"])
        else:
            gap_end = figure.start
        speaker = next((m for m in mentions if segment_start <= m.start and m.end <= gap_end
                        and GAP_BEFORE.fullmatch(text[segment_start:m.start]) and GAP_AFTER_SPEAKER.fullmatch(text[m.end:gap_end])),
                       None)
        if speaker is None or figure.source_mention_id == speaker.id:
            result.append(figure)
            continue
        borrowed = [s for s in by_unit.get(unit, []) if s.trigger is not None and s.claim.start < figure.start
                    and s.claim.verb not in ("selon", "pour") and (s.mention is None or s.mention.id != speaker.id)]
        if not borrowed and _same_passage(layout, unit):
            borrowed = [s for s in by_unit.get(unit - 1, []) if s.trigger is not None and s.claim.verb not in ("selon", "pour")]
        if not borrowed or (figure.claim_id and any(s.claim.id == figure.claim_id and s.trigger is not None
                                                    and s.claim.start <= figure.start and s.claim.verb in ("selon", "pour")
                                                    for s in by_unit.get(unit, []))):
            result.append(figure)
            continue
        model = borrowed[-1].claim
        speaker_text = text[speaker.start:speaker.end]
        claim = made.get(speaker.id) or Claim(
            id=stable_id(article.id, unit_start, unit_end, speaker_text), article_id=article.id,
            speaker_mention_id=speaker.id, speaker_text=speaker_text, text=text[unit_start:unit_end], verb=model.verb,
            stance=model.stance, start=unit_start, end=unit_end)
        made[speaker.id] = claim
        result.append(figure.model_copy(update={"claim_id": claim.id, "source_mention_id": speaker.id,
                                                "source_text": speaker_text}))
    known = {c.id for c in claims}
    return claims + [c for c in made.values() if c.id not in known], result


def _conditional_carry_over(
    doc: Doc, layout: Layout, figure: Figure, by_unit: dict[int, list[_Said]], mentions: list[ActorMention]
) -> Figure:
    """A figure in the conditional with no source of its own ("Un premier contingent ... arriverait") goes on
    reporting the previous sentence's source: the French conditional marks unverified, reported information.
    Not when the sentence names an actor of its own: then it is that actor's sentence, not a continuation."""
    unit = layout.unit_of(figure.start)
    previous = by_unit.get(unit - 1, [])
    if figure.source_text or not previous or not _same_passage(layout, unit) or by_unit.get(unit):
        return figure
    unit_start, unit_end = layout.units[unit]
    if any(unit_start <= m.start < unit_end for m in mentions):
        return figure
    if not _unit_has_conditional(doc, layout, *layout.units[unit]):
        return figure
    chosen = previous[-1].claim
    return figure.model_copy(
        update={"claim_id": chosen.id, "source_mention_id": chosen.speaker_mention_id, "source_text": chosen.speaker_text}
    )


def _continued_statement(
    layout: Layout, figure: Figure, by_unit: dict[int, list[_Said]], mentions: list[ActorMention],
    doc: Optional[Doc] = None,
) -> Figure:
    """ "…, a affirmé Marie Martin, analyste. Au total, 8 000 soldats.": a figure with no source of its own, in the
    sentence right after one where a named speaker speaks (with a verb or a quote), in the same paragraph, continues
    that statement. Not when its sentence names an actor of its own, nor after a "selon" (which holds for its own
    sentence), unless the sentence has no finite verb: "Selon l'office, 9 décès sont déclarés. 124 000 personnes
    sinistrées, 29 000 déplacées." goes on listing the office's figures. Where the language's lexicon says so
    (`continued_statement_verbless`, attribution.yml), only a sentence with no finite verb continues: one in the
    indicative with a verb of its own ("Les dépenses augmenteront de 3 %", "La ville compte 15 millions
    d'habitants") is the journalist's, whoever spoke before it (the conditional is _conditional_carry_over's)."""
    unit = layout.unit_of(figure.start)
    verbless = doc is not None and not _has_finite_verb(doc, layout, unit)
    if not verbless and doc is not None and getattr(words(doc_language(doc)), "continued_statement_verbless", False) \
            and not _counted_without_agent(doc, layout, unit):
        return figure
    previous = [s for s in by_unit.get(unit - 1, []) if s.claim.verb not in ("selon", "pour")]
    if not previous and by_unit.get(unit - 1) and verbless and not figure.source_text:
        previous = by_unit[unit - 1]
    if figure.source_text or not previous or unit == 0 or layout.unit_paragraph[unit] != layout.unit_paragraph[unit - 1] \
            or by_unit.get(unit):  # a sentence with a speaker of its own continues nobody's
        return figure
    unit_start, unit_end = layout.units[unit]
    if any(unit_start <= m.start < unit_end for m in mentions):
        return figure
    chosen = previous[-1].claim
    if chosen.speaker_mention_id is None:
        return figure
    return figure.model_copy(
        update={"claim_id": chosen.id, "source_mention_id": chosen.speaker_mention_id, "source_text": chosen.speaker_text}
    )


def _counted_without_agent(doc: Doc, layout: Layout, unit: int) -> bool:
    """Whether the sentence counts with a participle of a counting verb whose agent is left out ("ils étaient 7 000
    contre 8 000 comptabilisés", "87 morts ont été répertoriés"; `agentless_counting_verbs`): the counter is the one
    named before."""
    counting = getattr(words(doc_language(doc)), "agentless_counting_verbs", frozenset())
    lo, hi = _unit_tokens(doc, layout, unit)

    def participle(t: Token) -> bool:  # ("comptabilisés" may be tagged a noun)
        if "Part" in t.morph.get("VerbForm"):
            return verb_lemma(t) in counting
        return t.pos_ in ("NOUN", "ADJ") and PAST_PARTICIPLE.search(t.lower_) is not None \
            and any(t.lower_.startswith(v[:-2]) for v in counting)

    return any(participle(t) and not layout.in_quote(t.idx)
               and not any(c.dep_ == "obl:agent" or any(k.lower_ == "par" for k in c.children) for c in t.children)
               for t in doc[lo:hi])


def _has_finite_verb(doc: Doc, layout: Layout, unit: int) -> bool:
    """Whether the sentence holds a finite verb (or auxiliary) outside quotes."""
    lo, hi = _unit_tokens(doc, layout, unit)
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not layout.in_quote(t.idx)
               for t in doc[lo:hi])


def _between_same_source(
    layout: Layout, figure: Figure, by_unit: dict[int, list[_Said]], mentions: list[ActorMention], reach: int = 3
) -> Figure:
    """ "…, selon le porte-parole des pompiers. Soit 230 blessés, dont 18 graves. Au moins 9 voitures ont été
    brûlées, d'après la même source.": a figure with no source of its own, between two statements of one
    speaker in the same paragraph (each the nearest statement on its side, a few sentences at most), is that
    speaker's. Not when its sentence names an actor of its own."""
    unit = layout.unit_of(figure.start)
    if figure.source_text or by_unit.get(unit):
        return figure
    paragraph = layout.unit_paragraph[unit]
    unit_start, unit_end = layout.units[unit]
    if any(unit_start <= m.start < unit_end for m in mentions):
        return figure

    def nearest(step: int) -> Optional[list[_Said]]:
        for other in range(unit + step, unit + step * (reach + 1), step):
            if not 0 <= other < len(layout.units) or layout.unit_paragraph[other] != paragraph:
                return None
            if by_unit.get(other):
                return by_unit[other]
        return None

    before, after = nearest(-1), nearest(1)
    if not before or not after or len({_speaker_key(s) for s in before + after}) != 1:
        return figure
    chosen = before[-1].claim
    if _speaker_key(before[-1]) is None:
        return figure
    return figure.model_copy(
        update={"claim_id": chosen.id, "source_mention_id": chosen.speaker_mention_id, "source_text": chosen.speaker_text}
    )


def _speaker_key(said: _Said) -> Optional[str]:
    if said.claim.speaker_mention_id:
        return said.claim.speaker_mention_id
    return (said.claim.speaker_text or "").lower() or None


def _attribute_figure(doc: Doc, layout: Layout, figure: Figure, by_unit: dict[int, list[_Said]]) -> Figure:
    unit = layout.unit_of(figure.start)
    candidates = _outside_other_brackets(layout, unit, figure.start, doc, by_unit.get(unit, []))
    candidates = [s for s in candidates if not _according_to_a_later_clause(doc, layout, s, figure)
                  and _gives_figure(doc, s, figure) and not _outside_embedded_report(doc, s, figure)]
    if not candidates:
        return figure.model_copy(update={"claim_id": None, "source_mention_id": None, "source_text": None})
    chosen = _claim_for_offset(doc, layout, figure.start, candidates)
    if _denied_object(doc, chosen, figure) or _in_speaker_phrase(layout, chosen, figure):
        return figure.model_copy(update={"claim_id": None, "source_mention_id": None, "source_text": None})
    return figure.model_copy(
        update={
            "claim_id": chosen.claim.id,
            "source_mention_id": chosen.claim.speaker_mention_id,
            "source_text": chosen.claim.speaker_text,
        }
    )


# What ends a clause right before a "selon X" that opens the next one: "…, mais d'après X", "…; selon X"
CLAUSE_BREAK = re.compile(r"(?:,\s*(?:mais|alors\s+que|tandis\s+que)|;|\bmais)\s*(?:d['’])?$", re.I)


def _according_to_a_later_clause(doc: Doc, layout: Layout, said: _Said, figure: Figure) -> bool:
    """"Il y aurait au moins 300 blessés, mais d'après les secours il y en aurait 700": a "selon X"
    after a "mais" or a semicolon speaks for its own clause, not for a figure before it."""
    if said.trigger is None or said.claim.verb not in ACCORDING_VERBS:
        return False
    trigger = doc[said.trigger].idx
    return figure.end <= trigger and CLAUSE_BREAK.search(layout.text[figure.end:trigger]) is not None


# Subordinators of a clause that holds its own report ("d'autant plus que l'employeur n'a pas indiqué …")
SUBORDINATORS = frozenset({"que", "qu'", "qu’", "si", "quand", "lorsque", "lorsqu'", "lorsqu’", "puisque", "parce",
                           "bien", "alors", "tandis"})


def _outside_embedded_report(doc: Doc, said: _Said, figure: Figure) -> bool:
    """"Le syndicat, qui représente les 175 employés, est inquiet, d'autant plus que l'employeur n'a pas indiqué …":
    a report in a subordinate clause (on "que", "si", "quand"…) under a verb that does not report speaks for its
    clause only; a figure outside it is not its figure. Not "comme l'a indiqué X", nor a relative clause ("… dans le
    cortège, où les autorités craignent …" speaks for the sentence)."""
    if said.trigger is None or said.claim.verb in ACCORDING_VERBS or doc_language(doc) != "fr":
        return False
    trigger = doc[said.trigger]
    position = _token_at(doc, figure.start)
    if position is None or position in {t.i for t in trigger.subtree}:
        return False
    return trigger.dep_ in ("advcl", "ccomp") and not _is_reporting_verb(trigger.head) \
        and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in trigger.children)


def _gives_figure(doc: Doc, said: _Said, figure: Figure) -> bool:
    """A claim made by a participle after a figure ("les 3 400 recensés par le ministère") gives that figure only."""
    if said.trigger is None or doc_language(doc) != "fr":
        return True
    first = figure_participle(doc[said.trigger])
    if first is None and said.claim.verb not in ACCORDING_VERBS:
        # "le bilan de 12 morts, annoncé par le ministère": a participle deep in the sentence gives its noun's figures
        noun = deep_participle(doc[said.trigger], doc[said.trigger].sent.start)
        according = words(doc_language(doc)).according_to
        if noun is not None and said.claim.speaker_text and not any(  # "selon les résultats proclamés par X": X's
                c.dep_ == "case" and c.lower_ in according for c in noun.children):
            if _whole_of_the_sentence(doc, noun, said):
                return True
            return doc[noun.left_edge.i].idx <= figure.start < doc[said.trigger].idx
    return first is None or doc[first].idx <= figure.start < doc[said.trigger].idx


def _whole_of_the_sentence(doc: Doc, noun: Token, said: _Said) -> bool:
    """Whether the participle's noun opens the sentence as the whole its figures are shares of ("Parmi les
    blessures répertoriées par le ministère, 44 % …"): the counter of the whole gives the shares."""
    trigger = doc[said.trigger]
    start = trigger.sent.start
    whole = getattr(words(doc_language(doc)), "whole_prepositions", frozenset())  # attribution.yml
    return noun.left_edge.i <= start + 1 and any(c.dep_ == "case" and c.lower_ in whole for c in noun.children) \
        and any(t.text == "," for t in doc[trigger.i:min(len(doc), trigger.i + 6)])


def _in_speaker_phrase(layout: Layout, chosen: _Said, figure: Figure) -> bool:
    """"selon le récit des 25 randonneurs", "at least four other countries have reported cases": a figure inside
    the words naming the speaker (or overlapping them, with its qualifier before) is no figure of theirs."""
    speaker = chosen.claim.speaker_text
    if not speaker:
        return False
    at = layout.text.find(speaker, chosen.claim.start, chosen.claim.end)
    while at != -1:
        if at < figure.end and figure.start < at + len(speaker):
            return True
        at = layout.text.find(speaker, at + 1, chosen.claim.end)
    return False


def _denied_object(doc: Doc, chosen: _Said, figure: Figure) -> bool:
    """"La mairie conteste le bilan de six blessés", "a démenti que 30 ouvriers soient blessés": the figure a speaker
    denies, after the denial verb in the same clause, is not that speaker's figure."""
    if chosen.trigger is None or chosen.claim.verb not in words(doc_language(doc)).denial_verbs:
        return False
    position = _token_at(doc, figure.start)
    if position is None:
        return False
    between = doc[chosen.trigger + 1:position]
    return position > chosen.trigger and not any(t.text in ",;:" or _is_reporting_verb(t) for t in between)


def _outside_other_brackets(layout: Layout, unit: int, offset: int, doc: Doc, candidates: list[_Said]) -> list[_Said]:
    """A "selon X" inside brackets speaks for what the brackets hold only: in "à Dijon (4 300 selon la police,
    21 000 selon les syndicats), à Vannes (4 000 à 9 000)", the Vannes figures are nobody's."""
    start, end = layout.units[unit]
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", layout.text[start:end])]
    brackets = [(start + a, start + b) for a, b in brackets]

    def enclosed(position: int) -> Optional[tuple[int, int]]:
        return next(((a, b) for a, b in brackets if a < position < b), None)

    here = enclosed(offset)
    # "(source : X)" closing the sentence names the source of all of it
    note = load("attribution", "fr")["source_notes"]
    def speaks_here(said: _Said) -> bool:
        if said.trigger is None or doc[said.trigger].lower_ in note:
            return True
        around = enclosed(doc[said.trigger].idx)
        return around in (None, here) or _bracketed_source_of_before(layout, said, around, offset)

    return [s for s in candidates if speaks_here(s)]


def _bracketed_source_of_before(layout: Layout, said: _Said, brackets: tuple[int, int], offset: int) -> bool:
    """"114 000 manifestants le 17, 161 000 le 24 (selon les chiffres du gouvernement), la mobilisation …": brackets
    that hold nothing but a "selon X", no number, after the figure, name the source of what comes before them."""
    opening, closing = brackets
    return said.claim.verb in ACCORDING_VERBS and offset < opening \
        and not any(character.isdigit() for character in layout.text[opening:closing])


def _adjacent_according_to(doc: Doc, offset: int, candidates: list[_Said]) -> Optional[_Said]:
    """"contre 245 000 d'après les syndicats": a "selon / d'après" right after the figure's noun phrase, with no
    verb or punctuation in between, names that figure's source whatever verb governs the sentence."""
    start = _token_at(doc, offset)
    if start is None:
        return None
    for said in candidates:
        if said.trigger is None or said.claim.verb not in ACCORDING_VERBS or said.trigger <= start:
            continue
        between = doc[start + 1 : said.trigger]
        if len(between) <= 6 and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between):
            return said
    return None


def _clause_head(token: Token) -> int:
    """The verb heading the clause a token sits in (the root when none)."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.i


def _claim_for_offset(doc: Doc, layout: Layout, offset: int, candidates: list[_Said]) -> _Said:
    """Of several claims in one sentence, the one whose verb governs the figure, else the nearest."""
    if len(candidates) == 1:
        return candidates[0]
    # "La préfecture avance 6 100 personnes et le syndicat en dénombre 25 000": a speaker named after the figure, before
    # its own verb, does not say what came before it
    before = [s for s in candidates if not (s.trigger is not None and s.claim.speaker_text and offset < doc[s.trigger].idx
                                            and layout.text.find(s.claim.speaker_text, offset, doc[s.trigger].idx) != -1)]
    if before and len(before) < len(candidates):
        candidates = before
        if len(candidates) == 1:
            return candidates[0]
    token_index = _token_at(doc, offset)
    # "ont compté 415 000 manifestants contre 237 000 annoncés par les autorités": a participle right after the
    # figure names that figure's source, whatever verb governs the sentence
    participial = [s for s in candidates if s.trigger is not None and token_index is not None
                   and figure_participle(doc[s.trigger]) == token_index]
    if participial:
        return participial[0]
    adjacent = _adjacent_according_to(doc, offset, candidates)
    if adjacent is not None:
        return adjacent
    if token_index is not None:
        # "Si pour le ministère, il y a eu 1,4 million de marcheurs, le syndicat annonce …": a "selon" / "pour" in
        # the figure's own clause names its source before a verb that governs the whole sentence
        clause = _clause_head(doc[token_index])
        according = {s.trigger: _clause_head(doc[s.trigger]) for s in candidates
                     if s.trigger is not None and s.claim.verb in ("selon", "pour")}
        unit_start, unit_end = layout.units[layout.unit_of(offset)]
        inside = all(unit_start <= doc[i].idx < unit_end for i in [clause, *according.values()])
        own = [s for s in candidates if s.trigger in according and according[s.trigger] == clause]
        if inside and len(own) == 1 and not any(s.trigger == clause for s in candidates):  # a parse within the sentence
            return own[0]
        ancestors = {a.i for a in doc[token_index].ancestors}
        governing = [s for s in candidates if s.trigger is not None and s.trigger in ancestors and doc[s.trigger].lemma_ != "citer"]
        if governing:
            return governing[-1]
    return min(candidates, key=lambda s: abs(doc[s.trigger].idx - offset) if s.trigger is not None else 10**9)
