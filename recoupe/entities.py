"""Actors: people and organisations named in articles, merged across spellings."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import Actor, ActorMention, Article


def extract_actor_mentions(doc: Doc, article: Article) -> list[ActorMention]:
    return []


def resolve_actors(mentions: list[ActorMention]) -> tuple[list[Actor], list[ActorMention]]:
    """Merge mentions across articles into actors; returns the actors and the mentions with actor_id set."""
    return [], mentions
