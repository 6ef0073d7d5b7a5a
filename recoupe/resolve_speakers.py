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
from typing import Optional

from .described_speakers import unnamed_speakers
from .models import ActorMention, Claim, Figure
from .names import _is_acronym, _name_tokens, _org_key, _person_key, determiners_only
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


def link_sources(claims: list[Claim], figures: list[Figure], mentions: list[ActorMention]) -> tuple[list[Claim], list[Figure]]:
    """Each claim's and figure's actor, and its original source: whom it cites, else itself. A source whose words
    were linked to no mention in its article is the actor whose proper name they hold, when one is
    (`_named_in`: "selon l'OIM", "le maire Jean Roe")."""
    index = _proper_names(mentions)
    actor_of = {m.id: m.actor_id for m in mentions}

    def original(actor: Optional[str], said: Optional[str], mention_id: Optional[str], text: Optional[str]) -> dict:
        if mention_id is None and text is None:  # cites nobody: the original source is the speaker
            return {"original_source_id": actor, "original_source_text": said}
        return {"original_source_id": actor_of.get(mention_id) if mention_id else None}

    linked_claims = []
    for c in claims:
        actor = actor_of.get(c.speaker_mention_id) or (_named_in(c.speaker_text, index) if c.speaker_text else None)
        linked_claims.append(c.model_copy(update={
            "actor_id": actor, **original(actor, c.speaker_text, c.original_mention_id, c.original_source_text)}))
    linked_figures = []
    for f in figures:
        actor = actor_of.get(f.source_mention_id) or (_named_in(f.source_text, index) if f.source_text else None)
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
