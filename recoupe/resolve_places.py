"""Places across articles: one place per GeoNames id, namesakes settled by the countries the dossier names, the
places each actor speaks of, and the countries a body's description may name ("de Berlin")."""

from __future__ import annotations

from collections import defaultdict

from . import places
from .models import ActorPlace, Actor, Article, ArticleExtraction, Claim, Place, PlaceMention, stable_id
from .names import _fold_word


def place_countries(places: list[Place], place_mentions: list[PlaceMention]) -> frozenset[tuple[str, str]]:
    """(folded one-word name, country code) of every place the dossier names: what "de Berlin" says of a body."""
    country = {p.id: p.country_code for p in places if p.country_code}
    return frozenset((_fold_word(m.surface), country[m.place_id]) for m in place_mentions
                     if m.place_id in country and " " not in m.surface.strip())


def actor_places(
    articles: list[Article], actors: list[Actor], known_places: list[Place], place_mentions: list[PlaceMention],
    claims: list[Claim],
) -> list[ActorPlace]:
    """One row per actor and place named inside that actor's claims (the canned query places_of_actor)."""
    published = {a.id: a.published or "~" for a in articles}  # undated last
    mentions_in: dict[str, list[PlaceMention]] = defaultdict(list)
    for mention in place_mentions:
        mentions_in[mention.article_id].append(mention)
    place_of = {p.id: p for p in known_places}
    name_of = {a.id: a.name for a in actors}
    found: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.actor_id is None:
            continue
        inside = {m.place_id for m in mentions_in[claim.article_id] if claim.start <= m.start and m.end <= claim.end}
        for place_id in sorted(inside):
            found[claim.actor_id, place_id].append(claim)
    rows = []
    for (actor_id, place_id), said in found.items():
        first = min(said, key=lambda c: (published[c.article_id], c.article_id, c.start))
        place = place_of[place_id]
        rows.append(ActorPlace(
            id=stable_id(actor_id, place_id), actor_id=actor_id, place_id=place_id, actor=name_of[actor_id],
            place=place.name, kind=place.kind, latitude=place.latitude, longitude=place.longitude,
            claims=len(said), articles=len({c.article_id for c in said}), claim_id=first.id,
            article_id=first.article_id, start=first.start, end=first.end, sentence=first.text,
        ))
    return rows


def settle_namesakes(extractions: list[ArticleExtraction]) -> list[ArticleExtraction]:
    """A town in an article that names no country is taken again among its namesakes in the countries the rest of
    the dossier names (places.settle_namesakes); its mentions and the figures scoped there follow."""
    swaps = places.settle_namesakes([e.article for e in extractions], [e.places for e in extractions],
                                    [e.place_mentions for e in extractions])
    settled = []
    for extraction, swap in zip(extractions, swaps):
        if not swap:
            settled.append(extraction)
            continue
        new_id = {old: place.id for old, place in swap.items()}
        settled.append(extraction.model_copy(update={
            "places": [swap.get(p.id, p) for p in extraction.places],
            "place_mentions": [m.model_copy(update={"place_id": new_id.get(m.place_id, m.place_id)})
                               for m in extraction.place_mentions],
            "figures": [_rescoped(f, new_id) for f in extraction.figures],
        }))
    return settled


def _rescoped(figure, new_id: dict[str, str]):
    if figure.scope_place_id not in new_id:
        return figure
    key = figure.scope_key
    if key == f"place:{figure.scope_place_id}":
        key = f"place:{new_id[figure.scope_place_id]}"
    return figure.model_copy(update={"scope_place_id": new_id[figure.scope_place_id], "scope_key": key})


def merge_places(found: list[Place]) -> list[Place]:
    """One Place per id, with every alias seen in any article."""
    merged: dict[str, Place] = {}
    for place in found:
        if place.id in merged:
            aliases = sorted(set(merged[place.id].aliases) | set(place.aliases))
            merged[place.id] = merged[place.id].model_copy(update={"aliases": aliases})
        else:
            merged[place.id] = place.model_copy(update={"aliases": sorted(set(place.aliases))})
    return list(merged.values())
