"""Claims: one per speaker and sentence unit, with its verb, stance and quote, from the reports and the actor
mentions (`attribute`, run by the `recoupe_claims` stage); the figures get their sources in figure_sources.py.
"""

from __future__ import annotations

import re
from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from . import citing
from .continuations import (
    _answer_goes_on, _colon_quote_goes_on, _continued_quote, _hearsay_goes_on, _inherited, _inside_quote,
    _list_goes_on, _open_quote_goes_on, _quote_only, _quote_paragraph_goes_on, _same_speaker,
)
from .extensions import layout_of, reports_of
from .figure_sources import (
    _attribute_figure, _between_same_source, _conditional_carry_over, _continued_statement, _gapped, _has_finite_verb,
)
from .layout import CLOSING_QUOTES, DOUBLED_SINGLES, _strip_span
from .lexicon import load
from .matchers import matches
from .models import ActorMention, Article, Claim, Figure, PlaceMention, stable_id
from .nlp import doc_language
from .reporting import ACCORDING_VERBS, CAPACITY_WORDS, CONFIRM_VERBS, MODAL_VERBS, _conditional, _unit_has_conditional, words
from .reports import with_candidates
from .speakers import _Said, _in_main_clause, _speaker
from .subjects import _unit_tokens

if TYPE_CHECKING:
    from .layout import Layout
    from .reporting import Report


STANCE_PRIORITY = {"denies": 3, "cannot_confirm": 2, "reported": 1, "asserts": 0}


def attribute(
    doc: Doc, article: Article, actor_mentions: list[ActorMention], figures: list[Figure]
) -> tuple[list[Claim], list[Figure]]:
    """Claims of the article, and the figures with claim_id / source_mention_id / source_text set."""
    layout = layout_of(doc)
    mentions = sorted(actor_mentions, key=lambda m: (m.start, m.end))
    reports = with_candidates(doc, layout, reports_of(doc), [(m.start, m.end) for m in mentions])

    said: list[_Said] = []
    by_unit: dict[int, list[_Said]] = {}
    same_as: dict[str, str] = {}  # a claim of "la même source" -> the claim that named that source
    report_iter = iter(reports)
    pending = next(report_iter, None)
    for unit_index in range(len(layout.units)):
        unit_reports = []
        while pending is not None and pending.unit == unit_index:
            unit_reports.append(pending)
            pending = next(report_iter, None)
        # reports that name nobody ("citant l'équipement") do not take their clause from the others
        speaking = [r for r in unit_reports if _speaker(doc, r, layout, mentions, said) is not None]
        for report in unit_reports:
            speaker = _speaker(doc, report, layout, mentions, said)
            if speaker is None:
                continue
            speaker_text, mention = speaker
            item = _make_claim(doc, article, layout, report, speaker_text, mention, speaking or [report])
            _add(said, by_unit, item)
            if _names_the_same_source(layout, report):  # "d'après la même source": the figures go to the first claim
                earlier = next((s for s in reversed(said) if s.unit < report.unit and s.claim.speaker_text == speaker_text), None)
                if earlier is not None:
                    same_as[item.claim.id] = earlier.claim.id
        if unit_reports and said and said[-1].unit == unit_index:
            before = _quote_before_bare_attribution(article, layout, unit_index, said[-1], by_unit) \
                or _quotes_before_attribution_only(doc, article, layout, unit_index, said[-1], by_unit)
            if before is not None:  # '"... till they are caught". He said.': the quote before is his
                last = said.pop()
                for item in before if isinstance(before, list) else [before]:
                    _add(said, by_unit, item)
                said.append(last)  # kept in text order
        if not unit_reports and said:
            last = [s for s in said if s.unit == said[-1].unit]
            continued = _continued_quote(article, layout, unit_index, _in_main_clause(doc, last)[-1]) \
                or _detailed(article, layout, unit_index, _in_main_clause(doc, last)[-1]) \
                or _hearsay_goes_on(doc, article, layout, unit_index, _in_main_clause(doc, last)[-1]) \
                or _answer_goes_on(doc, article, layout, unit_index, said[-1], by_unit) \
                or _open_quote_goes_on(article, layout, unit_index, said[-1], by_unit)
            continued = continued or _quote_paragraph_goes_on(article, layout, unit_index, said) \
                or _colon_quote_goes_on(article, layout, unit_index, said, mentions) \
                or _list_goes_on(article, layout, unit_index, said)
            if continued is not None:
                _add(said, by_unit, continued)

    for item in [s for s in said if _incise_of_opening_quote(doc, layout, s)]:
        # «Du 1er au 5 mai, … dans 12 zones». «Afin de …», a-t-il ajouté: the quotes just before the one an incise
        # closes, alone in their sentences, are the same speaker's
        unit = item.unit - 1
        while unit >= 0 and item.unit - unit <= 2 and not by_unit.get(unit) \
                and layout.unit_paragraph[unit] == layout.unit_paragraph[item.unit] and _quote_only(layout, unit):
            _add(said, by_unit, _Said(_quote_claim(article, layout, unit, item), item.mention, None, unit))
            unit -= 1
    said.sort(key=lambda s: (s.unit, s.trigger is None, s.trigger or 0))
    claims = _with_originals(doc, layout, said, mentions)
    claims += [extra for item in said if len(by_unit.get(item.unit, [])) == 1
               for extra in _quoted_sentences(article, layout, item)]
    attributed = [_attribute_figure(doc, layout, f, by_unit) for f in figures]
    attributed = [_conditional_carry_over(doc, layout, f, by_unit, mentions) for f in attributed]
    attributed = [_continued_statement(layout, f, by_unit, mentions, doc) for f in attributed]
    attributed = [_between_same_source(layout, f, by_unit, mentions) for f in attributed]
    attributed = [_headline_figure(doc, article, layout, f, said) for f in attributed]
    claims, attributed = _carried(doc, article, layout, claims, attributed)
    claims, attributed = _gapped(article, layout, claims, attributed, mentions, by_unit)
    attributed = [f.model_copy(update={"claim_id": same_as[f.claim_id]}) if f.claim_id in same_as else f
                  for f in attributed]
    cites = {c.id: c for c in claims}
    return claims, [
        f.model_copy(update={"original_mention_id": cites[f.claim_id].original_mention_id,
                             "original_source_text": cites[f.claim_id].original_source_text})
        if f.claim_id in cites else f
        for f in attributed
    ]


def _headline_figure(doc: Doc, article: Article, layout: Layout, figure: Figure, said: list[_Said]) -> Figure:
    """A figure of the headline before the verb of the one who speaks in it, outside a quote, is nobody's ("La
    victoire à 89 % confirmée, des candidats dénoncent des taux contestables"): the headline restates the body in the
    newsroom's words. Not one its "selon X" gives ("96 000 déplacés, selon l'OIM"), one the verb puts forward ("X
    annonce 300 morts") or one quoted."""
    title = (article.title or "").strip()
    if not title or figure.start >= len(title) or not layout.text.startswith(title) or figure.claim_id is None \
            or layout.in_quote(figure.start):
        return figure
    claim = next((s for s in said if s.claim.id == figure.claim_id), None)
    if claim is None or claim.trigger is None or claim.claim.verb in ACCORDING_VERBS \
            or doc[claim.trigger].idx < figure.start:
        return figure
    speaker_at = claim.mention.start if claim.mention is not None else layout.text.find(
        claim.claim.speaker_text or "", claim.claim.start, claim.claim.end)
    if speaker_at > doc[claim.trigger].idx:
        return figure  # "Pas plus de 46 morts, disent les autorités": an incise speaks for the whole headline
    verb = doc[claim.trigger]
    if "," in layout.text[figure.end:max(speaker_at, figure.end)] \
            and not title[verb.idx + len(verb.text):].strip(" .!?"):
        return figure  # "Over half of schools shut, union claims": so does a speaker and verb that close it
    return figure.model_copy(update={"claim_id": None, "source_mention_id": None, "source_text": None})


def _carried(doc: Doc, article: Article, layout: Layout, claims: list[Claim],
             figures: list[Figure]) -> tuple[list[Claim], list[Figure]]:
    """"Selon l'office, 9 décès sont déclarés. 124 000 personnes sinistrées, 29 000 déplacées.", "Selon des témoins,
    des heurts ont eu lieu. Trois personnes auraient été tuées.": a sentence whose figures go on with the statement
    of a speaker of another sentence (figure_sources.py) is that speaker's statement too, a claim with no verb of
    its own, when the grammar marks it as reported: it has no finite verb, or its verb is in the conditional. (A
    sentence in the indicative after one someone says keeps the figures it continues, as a reading of the
    journalist's, without a claim.) Its figures point to it."""
    by_id = {c.id: c for c in claims}
    made: dict[tuple[int, str], Claim] = {}
    result = []
    for figure in figures:
        parent = by_id.get(figure.claim_id) if figure.claim_id else None
        unit = layout.unit_of(figure.start)
        start, end = layout.units[unit]
        if parent is None or parent.start <= figure.start < parent.end or not _marked_as_reported(doc, layout, unit):
            result.append(figure)
            continue
        key = (unit, parent.id)
        if key not in made:
            made[key] = _inherited(article, parent, start, end, layout.text[start:end],
                                   parent.stance if parent.stance in ("asserts", "reported") else "asserts", None)
            made[key] = made[key].model_copy(update={"original_mention_id": parent.original_mention_id,
                                                     "original_source_text": parent.original_source_text})
        result.append(figure.model_copy(update={"claim_id": made[key].id}))
    known = {c.id for c in claims}
    extra = [c for c in made.values() if c.id not in known]
    return sorted(claims + extra, key=lambda c: (c.start, c.end)) if extra else claims, result


def _marked_as_reported(doc: Doc, layout: Layout, unit: int) -> bool:
    """Whether a sentence reads as reported speech without a verb of saying: no finite verb, or a conditional."""
    start, end = layout.units[unit]
    return _unit_has_conditional(doc, layout, start, end) or not _has_finite_verb(doc, layout, unit)


def _names_the_same_source(layout: Layout, report: Report) -> bool:
    same = load("speakers").get("same_source")
    return bool(same) and report.start is not None and re.match(same, layout.text[report.start:report.end].strip(), re.I) is not None


def _with_originals(doc: Doc, layout: Layout, said: list[_Said], mentions: list[ActorMention]) -> list[Claim]:
    """The claims, each with whom its speaker cites when the article says (citing.py)."""
    found = citing.original_sources(doc, layout.text, layout.units, layout.unit_paragraph,
                                    [(s.claim, s.mention, s.trigger, s.unit) for s in said], mentions)
    claims = []
    for item in said:
        original = found.get(item.claim.id)
        if original is not None:
            item.claim = item.claim.model_copy(update={
                "original_mention_id": original.mention.id if original.mention else None,
                "original_source_text": original.text,
            })
        claims.append(item.claim)
    return claims


def link_place_mentions(claims: list[Claim], place_mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Each place named inside a claim's sentence links to that claim (the first one, when two speakers share it)."""
    spans = sorted(claims, key=lambda c: (c.start, c.end, c.id))
    linked = []
    for mention in place_mentions:
        claim = next((c for c in spans if c.start <= mention.start and mention.end <= c.end), None)
        linked.append(mention.model_copy(update={"claim_id": claim.id if claim else None}))
    return linked


def _add(said: list[_Said], by_unit: dict[int, list[_Said]], item: _Said) -> None:
    """Keep one claim per speaker and sentence; a second verb for the same speaker can only sharpen the stance."""
    for existing in by_unit.get(item.unit, []):
        if existing.claim.speaker_text and _same_speaker(existing, item):
            if STANCE_PRIORITY[item.claim.stance] > STANCE_PRIORITY[existing.claim.stance]:
                existing.claim = existing.claim.model_copy(update={"stance": item.claim.stance})
            return
    said.append(item)
    by_unit.setdefault(item.unit, []).append(item)


def _make_claim(
    doc: Doc, article: Article, layout: Layout, report: Report, speaker_text: str,
    mention: Optional[ActorMention], unit_reports: list[Report],
) -> _Said:
    unit_start, unit_end = layout.units[report.unit]
    trigger = doc[report.trigger]
    quotes = [(s, e) for s, e in layout.quotes if unit_start <= s < unit_end]
    if len(unit_reports) <= 1:
        scope = layout.text[unit_start:unit_end]
    else:
        # several speakers in one sentence: each gets its own clause, minus the clauses of reports inside it
        scope_start, scope_end = _clause_bounds(trigger, report.verb, unit_start, unit_end)
        nested = [
            _clause_bounds(doc[r.trigger], r.verb, unit_start, unit_end)
            for r in unit_reports
            if r.trigger != report.trigger and r.start is not None and trigger in doc[r.trigger].ancestors
            and (r.start, r.end) != (report.start, report.end)  # "X claimed …, tweeting: « … »": X's words still
        ]
        own = [i for i in range(scope_start, scope_end) if not any(s <= i < e for s, e in nested)]
        scope = "".join(layout.text[i] for i in own)
        owned = set(own)
        quotes = [(s, e) for s, e in quotes if s in owned]
    if report.start is not None:  # '«Alliance citoyenne» a dénombré …': the speaker's name in quotes is no quote
        quotes = [(s, e) for s, e in quotes if not (report.start - 2 <= s and e <= report.end + 2)]
    quote = " […] ".join(_inside_quote(layout.text, s, e) for s, e in quotes) or None
    stance = _stance(doc, report, speaker_text, scope, layout, unit_start, unit_end)
    claim = Claim(
        id=stable_id(article.id, unit_start, unit_end, speaker_text),
        article_id=article.id,
        speaker_mention_id=mention.id if mention else None,
        speaker_text=speaker_text,
        text=layout.text[unit_start:unit_end],
        verb=report.verb,
        stance=stance,
        quote=quote,
        start=unit_start,
        end=unit_end,
    )
    return _Said(claim, mention, report.trigger, report.unit)


def _clause_bounds(trigger: Token, verb: Optional[str], lo: int, hi: int) -> tuple[int, int]:
    """The characters a report speaks for: the whole sentence for "selon X", "à en croire X", "in the words of X"
    (ACCORDING_VERBS, from every language's `according_to`), else the reporting verb's clause."""
    if verb in ACCORDING_VERBS:
        return lo, hi
    if trigger.dep_ in ("xcomp", "acl") and (trigger.head.lemma_ in MODAL_VERBS or trigger.head.lemma_ in CAPACITY_WORDS):
        trigger = trigger.head  # "ne peut pas confirmer", "n'était pas en mesure de vérifier": the negation sits on
        # the modal, on the word of capacity
    subtree = list(trigger.subtree)
    start = max(lo, subtree[0].idx)
    end = min(hi, subtree[-1].idx + len(subtree[-1].text))
    return start, end


def _stance(doc: Doc, report: Report, speaker_text: str, scope: str, layout: Layout, lo: int, hi: int) -> str:
    verb = report.verb
    w = words(doc_language(doc))
    if w.neither_confirm_nor_deny.search(scope):
        return "cannot_confirm"
    if verb in w.denial_verbs:
        return "denies"
    if w.denial_words.search(scope) and (verb in ("qualifier", "dénoncer") or verb in ACCORDING_VERBS
                                         or _quoted(w.denial_words, scope)):  # "Pour la police, c'est faux"
        return "denies"
    if w.cannot_confirm.search(scope) or (verb in CONFIRM_VERBS and w.negated_speaker.match(speaker_text)):
        return "cannot_confirm"
    if w.anonymous_speaker.search(speaker_text) and not w.demonstrative_speaker.match(speaker_text):
        return "reported"
    if w.anonymous_in_clause.search(scope):
        return "reported"
    trigger = doc[report.trigger]
    if _conditional(trigger):
        return "reported"
    # "X aurait …, selon Y" / "X aurait …, a rapporté Y": the main clause is reported in the conditional
    if verb in ACCORDING_VERBS and _unit_has_conditional(doc, layout, lo, hi):
        return "reported"
    if report.postposed and any(_conditional(v) for v in _reported_clause_verbs(trigger) if not layout.in_quote(v.idx)):
        return "reported"
    return "asserts"


def _quoted(pattern: re.Pattern, scope: str) -> bool:
    # Up to the last closing quote: the same quotes, but no opening quote is scanned to the end in vain
    # (thousands of "«" without a "»" would take quadratic time).
    scope = scope[:max(scope.rfind(q) for q in "»”\"") + 1]
    return any(pattern.search(q) for q in re.findall(r"[«“\"]([^»”\"]*)[»”\"]", scope))


def _reported_clause_verbs(trigger: Token) -> list[Token]:
    """For an incise ('X aurait …, a rapporté Y'), the verb of the clause it comments on."""
    if trigger.head.i != trigger.i:
        return [trigger.head]
    return [c for c in trigger.children if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i < trigger.i]


def _detailed(article: Article, layout: Layout, unit: int, last: _Said) -> Optional[_Said]:
    """"Le ministère a annoncé 600 morts. Dans le détail, 290 personnes ont été tuées au nord …": a sentence opening
    on a connective of detail (`elaboration_openers`, speakers.yml) right after a sentence someone says, in the same
    paragraph or the next, goes on with that speaker's statement."""
    if unit - last.unit != 1 or layout.unit_paragraph[unit] - layout.unit_paragraph[last.unit] > 1:
        return None
    start, end = layout.units[unit]
    text = layout.text[start:end]
    if not any(re.match(re.escape(opener) + r"\b\s*,", text, re.I) for opener in _ELABORATION_OPENERS):
        return None
    claim = Claim(
        id=stable_id(article.id, start, end, last.claim.speaker_text), article_id=article.id,
        speaker_mention_id=last.claim.speaker_mention_id, speaker_text=last.claim.speaker_text, text=text, verb=None,
        stance=last.claim.stance if last.claim.stance in ("asserts", "reported") else "asserts", quote=None,
        start=start, end=end,
    )
    return _Said(claim, last.mention, None, unit)


_ELABORATION_OPENERS = tuple(o.rstrip(",") for o in load("speakers").get("elaboration_openers", ()))


def _incise_of_opening_quote(doc: Doc, layout: Layout, item: _Said) -> bool:
    """Whether the claim's sentence opens on a quote and its verb comes after that quote closes ("« … », a-t-il
    ajouté", "« … », indique le ministre")."""
    if item.trigger is None:
        return False
    start, end = layout.units[item.unit]
    first = next(((s, e) for s, e in layout.quotes if start <= s < end), None)
    return first is not None and not layout.text[start:first[0]].strip() and first[1] <= doc[item.trigger].idx


def _quote_claim(article: Article, layout: Layout, unit: int, item: _Said) -> Claim:
    start, end = layout.units[unit]
    stance = item.claim.stance if item.claim.stance in ("asserts", "reported") else "asserts"
    return Claim(
        id=stable_id(article.id, start, end, item.claim.speaker_text), article_id=article.id,
        speaker_mention_id=item.claim.speaker_mention_id, speaker_text=item.claim.speaker_text,
        text=layout.text[start:end], verb=None, stance=stance, quote=_inside_quote(layout.text, start, end),
        start=start, end=end,
    )


_NAME_WORD = re.compile(r"[\w.'’-]+")
_LAST_WORD = re.compile(r"\w+[.!]?")


def _bare_attribution(text: str) -> bool:
    """A sentence that only attributes: a pronoun or a name or two and a reporting verb ("He said.", "Smith
    added."). Read word by word: a regex over the whole sentence backtracks on long runs of quotes."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words[:-1]) \
        and _LAST_WORD.fullmatch(words[-1]) is not None


def _quote_before_bare_attribution(article: Article, layout: Layout, unit: int, item: _Said,
                                   by_unit: dict[int, list[_Said]]) -> Optional[_Said]:
    """'… would not relent till they are caught”. He said.': a sentence that only says who spoke, after a
    sentence ending on a closing quote that no one is credited with, makes that sentence the speaker's."""
    if unit == 0 or by_unit.get(unit - 1) or layout.unit_paragraph[unit] != layout.unit_paragraph[unit - 1]:
        return None
    start, end = layout.units[unit]
    if not _bare_attribution(layout.text[start:end]):
        return None
    p_start, p_end = layout.units[unit - 1]
    previous = layout.text[p_start:p_end].rstrip()
    if not re.search(r"[”\"»’][.!?]?$", previous):
        return None
    claim = _inherited(article, item.claim, p_start, p_end, layout.text[p_start:p_end], item.claim.stance,
                       _inside_quote(layout.text, p_start, p_end))
    return _Said(claim, item.mention, None, unit - 1)


def _quotes_before_attribution_only(doc: Doc, article: Article, layout: Layout, unit: int, item: _Said,
                                    by_unit: dict[int, list[_Said]]) -> Optional[list[_Said]]:
    """« … inflation sans précédent. Tout cela exige de la prudence. » Explique Jean Roux, maire.", "« Un accident. »
    Voici comment l'armée a justifié la mort des civils.": a sentence that opens on its reporting verb (the incise cut
    off from its quote by a stop) or on a presentative ("voici comment", `presentatives` in speakers.yml; "C'est ce
    que nous a dit X", `presentative_phrases`), right after
    quotes nobody is credited with in the same paragraph, attributes them: one claim per quoted sentence, from the
    nearest back (three at most)."""
    if item.trigger is None or by_unit.get(unit, [None])[0] is not item:
        return None
    lo, hi = _unit_tokens(doc, layout, unit)
    first = next((t for t in doc[lo:hi] if not t.is_punct and not t.is_space), None)
    if first is None:
        return None
    verb_first = first.i == item.trigger and first.pos_ in ("VERB", "AUX") and first.text[:1].isupper() \
        and item.claim.verb not in ACCORDING_VERBS
    phrase = first.i < item.trigger and any(
        span.start == first.i and span.end <= item.trigger
        for span in matches(doc, "presentative_phrases", load("speakers").get("presentative_phrases", ())))
    presentative = phrase or first.i < item.trigger and first.lower_ in _PRESENTATIVES
    if not (verb_first or presentative):
        return None
    found = []
    previous = unit - 1
    while previous >= 0 and unit - previous <= 3 and not by_unit.get(previous) \
            and layout.unit_paragraph[previous] >= layout.unit_paragraph[unit] - (1 if presentative else 0) \
            and _quote_only(layout, previous):
        found.append(_Said(_quote_claim(article, layout, previous, item), item.mention, None, previous))
        previous -= 1
    if not found and phrase and unit > 0 and not by_unit.get(unit - 1) \
            and layout.unit_paragraph[unit - 1] == layout.unit_paragraph[unit]:
        # "Aucun habitant n'est mort. C'est ce que nous a confirmé X": the relative on "ce" points back at the
        # sentence right before it in its paragraph, quoted or not, which is then X's
        found.append(_Said(_quote_claim(article, layout, unit - 1, item), item.mention, None, unit - 1))
    return found[::-1] or None


_PRESENTATIVES = frozenset(load("speakers").get("presentatives", ()))


# A sentence ending inside a quote: its stop, then a capital, a digit or a quote mark opening the next one
QUOTED_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+\s+(?=[A-ZÀ-ÖØ-Þ0-9«“\"])")  # the lookbehind starts a match only where a run of stops starts: linear time


def _quoted_sentences(article: Article, layout: Layout, item: _Said) -> list[Claim]:
    """« Nous avons fini hier. Il ne restait que deux bureaux », a-t-il ajouté: every sentence of a quote is
    the speaker's statement, one claim each. The claim of the unit covers the first; each later sentence of a quote
    in the unit gets a claim of its own (same speaker, its own stance), which figures do not use."""
    start, end = layout.units[item.unit]
    text = layout.text
    w = words(article.language)
    extras = []
    pieces = []
    for q_start, q_end in layout.quotes:
        if not (start <= q_start < end):
            continue
        inner_end = q_end - 2 if text[q_end - 2:q_end] in DOUBLED_SINGLES else (
            q_end - 1 if text[q_end - 1] in CLOSING_QUOTES + '"' else q_end)
        breaks = []
        for match in QUOTED_SENTENCE_END.finditer(text, q_start + 1, inner_end):
            word_before = re.search(r"(\w+)\W*$", text[q_start:match.start()])
            if word_before and len(word_before.group(1)) <= 2 and word_before.group(1)[:1].isupper():
                continue  # "M. Dupont", an initial
            breaks.append(match.end())
        for i, b in enumerate(breaks):
            e = breaks[i + 1] if i + 1 < len(breaks) else inner_end
            s_start, s_end = _strip_span(text, b, e)
            if s_end <= s_start:
                continue
            pieces.append((s_start, s_end))
    parent = item.claim.stance
    # a stance the claim of the unit owes to one later sentence of the quote ("Je démens formellement …") is that
    # sentence's own, not the others'
    quoted = [(max(start, s), min(end, e)) for s, e in layout.quotes if s < end and e > start]
    inherited = parent if parent not in ("denies", "cannot_confirm") or _stance_outside(
        text, start, end, pieces + quoted, item.claim.verb, w) else "asserts"
    for s_start, s_end in pieces:
        sentence = text[s_start:s_end]
        stance = "denies" if w.denial_words.search(sentence) else (
            "cannot_confirm" if w.cannot_confirm.search(sentence) else inherited)
        if stance == "denies" and parent != "denies":
            stance = inherited
        extras.append(_inherited(article, item.claim, s_start, s_end, sentence, stance, sentence))
    return extras


def _stance_outside(text: str, start: int, end: int, pieces: list[tuple[int, int]], verb: Optional[str],
                    w) -> bool:
    """Whether the unit's denial or refusal to confirm is said outside its later quoted sentences: by the verb
    ("a démenti"), or in the words left once those sentences are taken out."""
    if verb in w.denial_verbs:
        return True
    rest, at = [], start
    for s, e in sorted(pieces):
        rest.append(text[at:max(at, s)])
        at = max(at, e)
    rest.append(text[at:end])
    left = " ".join(rest)
    return bool(w.denial_words.search(left) or w.cannot_confirm.search(left) or w.neither_confirm_nor_deny.search(left))
