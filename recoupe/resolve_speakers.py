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

from typing import Optional

from .described_speakers import unnamed_speakers
from .models import ActorMention, Claim, Figure
from .names import determiners_only
from .source_phrases import no_speaker, unowned_document
from .speaker_merges import merge_speakers

__all__ = ["determiners_only", "link_sources", "merge_speakers", "no_speaker", "unnamed_speakers", "unowned_document"]

def link_sources(claims: list[Claim], figures: list[Figure], mentions: list[ActorMention]) -> tuple[list[Claim], list[Figure]]:
    """Each claim's and figure's actor, and its original source: whom it cites, else itself."""
    actor_of = {m.id: m.actor_id for m in mentions}

    def original(actor: Optional[str], said: Optional[str], mention_id: Optional[str], text: Optional[str]) -> dict:
        if mention_id is None and text is None:  # cites nobody: the original source is the speaker
            return {"original_source_id": actor, "original_source_text": said}
        return {"original_source_id": actor_of.get(mention_id) if mention_id else None}

    linked_claims = []
    for c in claims:
        actor = actor_of.get(c.speaker_mention_id)
        linked_claims.append(c.model_copy(update={
            "actor_id": actor, **original(actor, c.speaker_text, c.original_mention_id, c.original_source_text)}))
    linked_figures = []
    for f in figures:
        actor = actor_of.get(f.source_mention_id)
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
