"""Attribution: claims (speaker, reporting verb or 'selon', quote, stance) and who each figure comes from."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import ActorMention, Article, Claim, Figure


def attribute(
    doc: Doc, article: Article, actor_mentions: list[ActorMention], figures: list[Figure]
) -> tuple[list[Claim], list[Figure]]:
    """Claims of the article, and the figures with claim_id / source_mention_id / source_text set."""
    return [], figures
