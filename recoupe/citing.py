"""The chain of attribution in one article: whom a speaker cites.

A claim keeps its immediate speaker (who says it in the article) and gains its original source when the
article says where the speaker got it from. Three constructions, their words in recoupe/lexicons/fr/sources.yml:
- a citing word before the cited source: "Le Quotidien, citant l'agence, a rapporté ..." (original: the agency),
  "… a rapporté l'agence locale, citant des sources policières" (original: those words, no actor);
- a report inside another speaker's report: "L'agence rapporte que le ministère a déclaré …", or a relaying incise
  after one, "… ont annoncé les pompiers, rapporte la radio régionale" (the relay's original: whom it
  relays);
- a document as speaker: "selon le communiqué" is the word of whoever issued it, named nearby ("X a écrit
  dans un communiqué …", else the last named speaker of the two sentences before).
Without one of these, the original is the speaker itself (set across articles, in resolve).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from spacy.tokens import Doc

from . import lexicon, matchers
from .folding import strip_accents
from .models import ActorMention, Claim

DEFINITE = r"(?:le|la|les|l['’]|ce|cet|cette|ces|ledit|ladite)"


@dataclass(frozen=True)
class Original:
    mention: Optional[ActorMention]
    text: str


@lru_cache(maxsize=None)
def _words(language: str = "fr") -> dict:
    citing = lexicon.entry("sources", "citing", language)
    return {
        "forward": tuple(citing["forward"]),
        "relay": frozenset(citing["relay_verbs"]),
        "cite": frozenset(citing.get("cite_verbs") or ()),
        "documents": frozenset(_fold(w) for w in lexicon.entry("sources", "documents", language)),
    }


def _fold(word: str) -> str:
    plain = strip_accents(word.lower())
    return re.sub(r"(?<=\w{3})s$", "", plain)


def original_sources(
    doc: Doc, text: str, units: Sequence[tuple[int, int]], unit_paragraph: Sequence[int],
    said: Sequence[tuple[Claim, Optional[ActorMention], Optional[int], int]], mentions: Sequence[ActorMention],
) -> dict[str, Original]:
    """{claim id: what it cites} for the claims that cite someone. `said` holds (claim, speaker mention,
    trigger token, sentence unit) in text order."""
    found: dict[str, Original] = {}
    language = doc.user_data.get("language", "fr")
    by_unit: dict[int, list] = {}
    for item in said:
        by_unit.setdefault(item[3], []).append(item)
    cues = [(s.start_char, s.end_char) for s in matchers.phrases(doc, "citing", _words(language)["forward"], language)]
    for unit, items in by_unit.items():
        _citing_words(doc, text, units[unit], items, mentions, found, cues)
        _cite_verbs(doc, items, mentions, found, language)
        _nested_reports(doc, items, found, language)
    for index, item in enumerate(said):
        claim, mention = item[0], item[1]
        if claim.id in found or mention is not None:
            continue
        issuer = _document_issuer(text, units, unit_paragraph, said[:index], item, mentions, language)
        if issuer is not None:
            found[claim.id] = Original(issuer, issuer.surface)
    return found


def _speaker_span(text: str, unit: tuple[int, int], claim: Claim, mention: Optional[ActorMention]) -> Optional[tuple[int, int]]:
    if mention is not None and unit[0] <= mention.start < unit[1]:
        return mention.start, mention.end
    if claim.speaker_text:
        at = text.find(claim.speaker_text, unit[0], unit[1])
        if at >= 0:
            return at, at + len(claim.speaker_text)
    return None


def _citing_words(doc, text, unit, items, mentions, found, cues) -> None:
    """"X, citant Y": every claim of the sentence but Y's own takes Y as original — the one whose speaker ends
    nearest before the citing word (`cues`: where the lexicon's citing words are), else the first one after it."""
    for cue_start, cue_end in cues:
        if not (unit[0] <= cue_start and cue_end <= unit[1]):
            continue
        cited = _cited_after(text, cue_end, unit[1], mentions)
        if cited is None:
            continue
        citers = []
        for claim, mention, trigger, _ in items:
            if trigger is not None and cue_start <= doc[trigger].idx < cue_end:
                continue  # the claim "citer" makes for the one cited
            if cited.mention is not None and mention is not None and mention.id == cited.mention.id:
                continue
            span = _speaker_span(text, unit, claim, mention)
            if span is not None and not (cue_end <= span[0] < cue_end + len(cited.text) + 4):
                citers.append((span, claim))
        before = [(s, c) for s, c in citers if s[1] <= cue_start]
        after = [(s, c) for s, c in citers if s[0] >= cue_end]
        chosen = max(before, key=lambda sc: sc[0][1])[1] if before else (min(after, key=lambda sc: sc[0][0])[1] if after else None)
        if chosen is not None and chosen.id not in found:
            found[chosen.id] = cited


def _cited_after(text: str, start: int, end: int, mentions) -> Optional[Original]:
    """The source a citing word introduces: a named actor right after it, else its words up to the clause's end."""
    for mention in mentions:
        if start <= mention.start < end and re.fullmatch(r"[^,;:.!?«»“”()]{0,60}", text[start:mention.start]):
            return Original(mention, mention.surface)
    clause = re.match(r"[^,;:.!?«»“”()]{3,80}", text[start:end])
    if clause is None:
        return None
    words = clause.group(0).strip()
    return Original(None, words) if words else None


def _cite_verbs(doc, items, mentions, found, language="fr") -> None:
    """"X a cité les chiffres de Y", "X cited Y's figures": a speaker whose reporting verb is one of citing takes
    the actor named in that verb's object (or the object's complement) as original."""
    verbs = _words(language)["cite"]
    for claim, mention, trigger, _ in items:
        if claim.id in found or trigger is None or not ({claim.verb, doc[trigger].lemma_.lower()} & verbs):
            continue
        verb = doc[trigger]
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
        for obj in objects:
            span = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
            inside = [m for m in mentions if span[0] <= m.start < span[1]
                      and (mention is None or (m.id != mention.id and m.name != mention.name))]
            if inside:
                cited = min(inside, key=lambda m: m.start)
                found[claim.id] = Original(cited, cited.surface)
                break


def _nested_reports(doc, items, found, language="fr") -> None:
    """A report inside another speaker's report, or a relaying incise after one: the outer speaker (the relay)
    cites the inner one."""
    relay = _words(language)["relay"]
    for outer in items:
        claim, mention, trigger, _ = outer
        if claim.id in found or trigger is None:
            continue
        outer_token = doc[trigger]
        for inner in items:
            i_claim, i_mention, i_trigger, _ = inner
            if inner is outer or i_trigger is None or i_trigger == trigger or _same(outer, inner):
                continue
            inner_token = doc[i_trigger]
            if inner_token.lemma_ in _words(language)["cite"] or claim.verb in ("selon", "pour"):
                continue
            wrapped = outer_token in inner_token.ancestors and _complement_between(inner_token, outer_token)
            relaying = claim.verb in relay and inner_token in outer_token.ancestors and i_trigger < trigger
            if wrapped or relaying:
                found[claim.id] = Original(i_mention, i_claim.speaker_text or "")
                break


def _complement_between(inner, outer) -> bool:
    """Whether `inner` sits in what `outer` reports (a completive clause on the way up), not in an incise hung
    on it ("…, ont annoncé X, rapporte Y": "rapporte" depends on "annoncé" but reports nothing of it)."""
    token, completive = inner, False
    while token.i != outer.i and token.head.i != token.i:
        if token.dep_.startswith("acl") or token.dep_ == "nmod":
            return False  # "… la présence de 300 000 marcheurs, où la police avait dénombré 64 000": a relative
        completive = completive or token.dep_ in ("ccomp", "csubj", "parataxis")
        token = token.head
    return completive


def _same(a, b) -> bool:
    if a[1] is not None and b[1] is not None:
        return a[1].id == b[1].id or a[1].name == b[1].name
    return (a[0].speaker_text or "").lower() == (b[0].speaker_text or "").lower()


def _document_issuer(text, units, unit_paragraph, earlier, item, mentions, language="fr") -> Optional[ActorMention]:
    """"selon le communiqué": whoever the article said issued that document, else the last named speaker in
    the two sentences before (same or previous paragraph)."""
    claim, _, _, unit = item
    words = re.match(rf"\s*{DEFINITE}\s*(\w[\w-]*)", claim.speaker_text or "", re.I)
    if words is None or _fold(words.group(1)) not in _words(language)["documents"]:
        return None
    noun = words.group(1)
    for occurrence in reversed(list(re.finditer(rf"(?<!\w){re.escape(noun)}s?(?!\w)", text[: units[unit][0]], re.I))):
        where = next(u for u, (s, e) in enumerate(units) if s <= occurrence.start() < e or s > occurrence.start())
        speakers = [m for c, m, _, u in earlier if u == where and m is not None]
        if speakers:
            return speakers[-1]
        named = [m for m in mentions if units[where][0] <= m.start < occurrence.start()]
        if named:
            return named[-1]
    for c, m, _, u in reversed(earlier):
        if m is not None and 0 < unit - u <= 2 and unit_paragraph[unit] - unit_paragraph[u] <= 1:
            return m
    return None
