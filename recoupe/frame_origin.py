"""Where counted people left: a place they fled or were driven from is the scope of their count ("89,000 people
have been forced to flee El-Fasher", "100,000 displaced from El-Fasher in western Sudan", "36 000 personnes ont
réussi à quitter la ville"), before any place the sentence says they are in. Read from the parse: a verb of leaving
(scope.yml `origin_verbs`) that is the figure's event or follows it in its clause, and its object or its "from"
complement (`origin_prepositions`) holding a town or region the article names, or a town noun ("la ville") standing
for the last town named before. Not across a border: people who fled a country ("fled Myanmar"), or a town or region
in an article that names another country ("fled Rakhine", "arrived in Bangladesh"), are counted where they arrived."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .models import Figure, Place, PlaceMention

OBJECTS = ("obj", "dobj")  # the dependency labels of a direct object (French UD, English ClearNLP)
COMPLEMENTS = ("obl", "obl:arg", "obl:mod", "prep", "nmod")


def origin_scope(doc: Doc, figure: Figure, event_token: Optional[Token], clause_end: int,
                 place_of: dict[str, Place], mentions: list[PlaceMention],
                 lex: dict) -> Optional[tuple[str, Optional[str], str]]:
    """(the place as written, its id, its scope key) the figure's people left, or None."""
    verbs = lex["origin_verbs"]
    if not verbs or figure.kind != "count":
        return None
    candidates = [event_token] if event_token is not None and event_token.lemma_.lower() in verbs else []
    candidates += [t for t in doc.char_span(figure.end, clause_end, alignment_mode="expand") or []
                   if t.pos_ == "VERB" and t.lemma_.lower() in verbs and t not in candidates]
    if not candidates:
        return None  # most counts: no verb of leaving, no need to read the article's places
    own = [m for m in mentions if m.article_id == figure.article_id and place_of.get(m.place_id) is not None]
    countries = {place_of[m.place_id].country_code for m in own if place_of[m.place_id].kind == "country"}
    for verb in candidates:
        for place in _left_places(verb, lex):
            found = _placed(place, own, countries, place_of, lex)
            if found:
                return found
    return None


def _left_places(verb: Token, lex: dict) -> list[Token]:
    """The heads of what the verb says was left: its object ("flee El-Fasher", "quitter la ville"), or its
    complement after "from"/"de" ("displaced from El-Fasher")."""
    found = []
    for child in verb.children:
        if child.dep_ in OBJECTS:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in lex["origin_preps"]:
            found += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in COMPLEMENTS and any(c.dep_ == "case" and c.lower_ in lex["origin_preps"]
                                               for c in child.children):
            found.append(child)
    return found


def _placed(head: Token, mentions: list[PlaceMention], countries: set[Optional[str]], place_of: dict[str, Place],
            lex: dict) -> Optional[tuple[str, Optional[str], str]]:
    """The place a left-behind noun phrase names: a mention inside it ("la ville d'El-Fasher"), or, for a town noun
    alone ("la ville"), the last town named before it; `mentions` are the article's placed ones, `countries` the
    countries it names."""
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    inside = [m for m in mentions if start <= m.start < end]
    if not inside and head.lemma_.lower() in lex["town_nouns"]:
        inside = [m for m in mentions if m.end <= start and place_of[m.place_id].kind == "city"][-1:]
    if not inside:
        return None
    mention = next((m for m in inside if m.start <= head.idx < m.end), inside[0])  # "Sudan's El-Fasher": El-Fasher
    place = place_of[mention.place_id]
    if place.kind == "country" or countries - {None, place.country_code}:
        return None  # "fled Myanmar", "fled Rakhine" in an article naming Bangladesh: counted where they arrived
    return mention.surface, mention.place_id, f"place:{mention.place_id}"
