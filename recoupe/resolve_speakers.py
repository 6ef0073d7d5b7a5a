"""Speakers across articles: the bodies an article names only by a description become actors, people named by a
title alone merge with the named one, and each claim and figure gets its actor and its original source.

The jobs live in their own modules, reached from here:
  described_speakers.py  speakers named only by a description or a title become actors (`unnamed_speakers`)
  source_phrases.py      what a source as written says: a document and its issuer, an unnamed source, a
                         spokesperson's body, no one (`no_speaker`, `unowned_document`)
  office_holders.py      who holds the office or title a speaker is named by
  speaker_merges.py      speakers merged into the body or person they stand for (`merge_speakers`)
This module links each claim and figure to its actor and its original source (citing.py finds whom a speaker
cites).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional

from . import lexicon
from .actor_keys import _lexicon, description_words
from .described_speakers import unnamed_speakers
from .models import ActorMention, Claim, Figure
from .names import _fold_word, _is_acronym, _name_tokens, _org_key, _person_key, determiners_only
from .source_phrases import no_speaker, unowned_document
from .speaker_merges import merge_speakers

__all__ = ["determiners_only", "link_sources", "merge_speakers", "no_speaker", "unnamed_speakers", "unowned_document"]

NGRAM = 6  # the longest run of a source's words looked up as a name


def _proper_names(mentions: list[ActorMention]) -> dict[str, set[str]]:
    """The dossier's proper names as its mentions write them (a person's name or surname, an acronym, a body's name
    of two capitalised words or more), folded as names.py folds people and bodies -> the actors they name."""
    index: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for name in {m.surface.strip(), m.name.strip()}:
            words = name.split()
            if not name[:1].isupper() or m.actor_id is None:
                continue
            if m.kind == "person" and _name_tokens(name):
                index["p:" + _person_key(name)].add(m.actor_id)
            elif _is_acronym(name) or len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2:
                index["o:" + _org_key(name)].add(m.actor_id)
    return index


def _named_in(source: str, index: dict[str, set[str]]) -> Optional[str]:
    """The one actor whose proper name the words of a source hold ("le maire Jean Roe", "selon l'OIM"), the longest
    name first; None when that name is two actors' or no name is found."""
    words = [w.strip(",;:.()«»\"“”") for w in re.sub(r"['’]s\b", "", source).split()]
    words = [re.sub(r"^[dlDL]['’]", "", w) for w in words if w]
    for size in range(min(NGRAM, len(words)), 0, -1):
        for at in range(len(words) - size + 1):
            run = " ".join(words[at:at + size])
            if not run[:1].isupper() or size == 1 and determiners_only([run]):
                continue  # "Un groupe" is no "UN"
            actors = index.get("p:" + _person_key(run), set())
            if size > 1 or _is_acronym(run):
                actors = actors | index.get("o:" + _org_key(run), set())
            if actors:
                return next(iter(actors)) if len(actors) == 1 else None
    return None


APPOSED_WORDS = 8  # the longest description read right before a body's name


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The nouns a description of one body starts with ("l'agence", "le quotidien", "l'ONG"): sources.yml
    description_heads and actors.yml organisation_words, in every language, folded; no vague word."""
    words = lexicon.in_every_language("actors", "organisation_words") | {
        w for language in lexicon.languages_with("sources")
        for family in (lexicon.load("sources", language).get("description_heads") or {}).values() for w in family}
    return frozenset(_fold_word(w) for w in words) - _lexicon()["vague"]


def _description_key(text: str) -> Optional[frozenset[str]]:
    """The description words of a phrase headed by a body noun ("l'agence sanitaire de l'Union africaine" ->
    {<body>, santé, union, africain}), None for a phrase of another head, a name or a single word."""
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", text)]
    while words and _fold_word(words[0]) in _determiners():
        words.pop(0)
    if not words or not words[0][:1].islower() or _fold_word(words[0]) not in _body_heads():
        return None
    key = frozenset(description_words(" ".join(words)))
    return key if len(key) >= 2 else None


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(_fold_word(w.rstrip("'’")) for w in lexicon.in_every_language("actors", "determiners"))


@lru_cache(maxsize=1)
def _complement_words() -> frozenset[str]:
    return frozenset(_fold_word(w.rstrip("'’")) for w in lexicon.in_every_language("actors", "complement_before_name"))


def _appositions(mentions: list[ActorMention]) -> list[tuple[frozenset[str], str]]:
    """The descriptions the dossier writes right before a body's name ("l'agence de santé de l'Union africaine
    Africa CDC", "le quotidien Prothom Alo"): (description words, the body's actor), the longest description a
    determiner starts that has no punctuation."""
    found = set()
    not_a_name = _determiners() | _complement_words()  # the last word before a name in apposition is neither
    for m in mentions:
        if m.kind != "organisation" or m.actor_id is None or not m.surface[:1].isupper():
            continue
        at = m.sentence.find(m.surface)
        before = m.sentence[:at] if at > 0 else ""
        if not before.endswith(" "):
            continue
        words = before.split()[-APPOSED_WORDS:]
        if _fold_word(words[-1].rstrip("'’")) in not_a_name:
            continue  # "l'agence de santé de la Fédération andine": a complement, not a name in apposition
        for start in range(len(words)):
            phrase = " ".join(words[start:])
            if re.search(r"[,;:()«»\"“”.!?]", phrase):
                continue
            first = re.match(r"[^\W\d_]+", words[start])
            if first is None or _fold_word(first.group(0)) not in _determiners():
                continue
            key = _description_key(phrase)
            if key is not None:
                found.add((key, m.actor_id))
                break
    return sorted(found, key=lambda k: (sorted(k[0]), k[1]))


def _apposed_body(source: str, appositions: list[tuple[frozenset[str], str]]) -> Optional[str]:
    """The one body a source written as a description stands for, the dossier having written that description (or
    a fuller one) right before the body's name: "selon l'agence sanitaire de l'Union africaine" is Africa CDC when
    an article writes "l'agence de santé de l'Union africaine Africa CDC", not the Union africaine its words name."""
    key = _description_key(source)
    if key is None:
        return None
    bodies = {actor for words, actor in appositions if key <= words}
    return next(iter(bodies)) if len(bodies) == 1 else None


def link_sources(claims: list[Claim], figures: list[Figure], mentions: list[ActorMention]) -> tuple[list[Claim], list[Figure]]:
    """Each claim's and figure's actor, and its original source: whom it cites, else itself. A source whose words
    were linked to no mention in its article is the actor whose proper name they hold, when one is
    (`_named_in`: "selon l'OIM", "le maire Jean Roe"). A source written as a description the dossier writes right
    before a body's name is that body (`_apposed_body`), whatever name its words hold."""
    index = _proper_names(mentions)
    appositions = _appositions(mentions)
    actor_of = {m.id: m.actor_id for m in mentions}

    def source_of(mention_id: Optional[str], said: Optional[str]) -> Optional[str]:
        apposed = _apposed_body(said, appositions) if said else None
        return apposed or actor_of.get(mention_id) or (_named_in(said, index) if said else None)

    def original(actor: Optional[str], said: Optional[str], mention_id: Optional[str], text: Optional[str]) -> dict:
        if mention_id is None and text is None:  # cites nobody: the original source is the speaker
            return {"original_source_id": actor, "original_source_text": said}
        apposed = _apposed_body(text, appositions) if text else None
        return {"original_source_id": apposed or (actor_of.get(mention_id) if mention_id else None)}

    linked_claims = []
    for c in claims:
        actor = source_of(c.speaker_mention_id, c.speaker_text)
        linked_claims.append(c.model_copy(update={
            "actor_id": actor, **original(actor, c.speaker_text, c.original_mention_id, c.original_source_text)}))
    linked_figures = []
    for f in figures:
        actor = source_of(f.source_mention_id, f.source_text)
        update = {"source_actor_id": actor, **original(actor, f.source_text, f.original_mention_id, f.original_source_text)}
        if actor is None and f.source_text and no_speaker(f.source_text):
            # "interpellations", "début": a word no person, body or group of people is ever named by
            update.update(source_text=None, source_mention_id=None, original_source_text=None,
                          original_source_id=update.get("original_source_id") if f.original_mention_id else None)
        elif actor is None and f.source_text and unowned_document(f.source_text):
            if update.get("original_source_id"):  # "selon le communiqué": the word of whoever issued it
                update["source_actor_id"] = update["original_source_id"]
            else:  # "selon des chiffres officiels": a document no one is said to have issued is no source
                update.update(source_text=None, source_mention_id=None, original_source_text=None)
        linked_figures.append(f.model_copy(update=update))
    return linked_claims, linked_figures
