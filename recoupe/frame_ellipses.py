"""Figures whose noun is left out take the frame of the figure they follow (see recoupe/frames.py)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .frame_lexicon import lexicons
from .lexicon import demonym
from .dates import offset_in_sentence
from .matchers import within
from .models import Figure, Place, PlaceMention
from .nlp import doc_text


def _in_sentence(doc: Doc, figure: Figure, markers: tuple[str, ...]) -> bool:
    """Whether one of the markers ("de son côté", "pour sa part": events.yml `parallel_markers`) is in the figure's
    sentence."""
    at = offset_in_sentence(figure.sentence, figure.text, figure.start, doc_text(doc))
    if at < 0:
        return False
    start = figure.start - at
    return bool(within(doc, "parallel_markers", markers, start, start + len(figure.sentence), "fr"))


def _ellipses(doc: Doc, figures: list[Figure], place_of: dict[str, Place], mentions: list[PlaceMention]) -> list[Figure]:
    """A figure whose noun is left out ("36 000 personnes ont défilé à Toulouse, 26 000 à Marseille"; "(16 000
    selon la préfecture)"; "Mais selon la préfecture, ils étaient 7 000.") says the same thing as the figure it
    follows, in its sentence or the one before: it takes that figure's frame, and its scope when it names none. A
    figure in parentheses right after a place ("à Nantes (10.000 à 25.000)") counts in that place."""
    text = doc_text(doc)
    lex = lexicons()
    out: list[Figure] = []
    previous: Optional[Figure] = None
    whole: Optional[Figure] = None
    last: Optional[Figure] = None
    for figure in sorted(figures, key=lambda f: f.start):
        elided = figure.kind == "count" and (figure.entity is None or not figure.object_text) \
            and not lex["toll"].search(text[max(0, figure.start - 60):figure.start])  # "the toll at 2,100": the dead
        near = previous is not None and (previous.sentence == figure.sentence or 0 <= figure.start - previous.end <= 400)
        update: dict = {}
        parenthesis = _place_before_parenthesis(text, figure, place_of, mentions)
        if not parenthesis and figure.entity and not figure.entity_group:
            name = _name_before_parenthesis(text, figure)
            if name:  # "LFI (74 députés)", "le groupe Liot (…, 20 députés)": the name's members
                update["entity_group"] = name
        if parenthesis and not figure.scope:
            update.update(zip(("scope", "scope_place_id", "scope_key"), parenthesis))
            if figure.entity is None and figure.kind == "count" and last is not None:
                # "à Toulouse (9.000 selon la police, 70.000 selon les syndicats)": the article's count, there
                update.update(entity=last.entity, entity_group=last.entity_group, event=last.event,
                              event_class=last.event_class, modality=last.modality)
        model = whole if whole is not None and 0 <= figure.start - whole.end <= 400 else None
        parallel = model is not None and not figure.scope and _in_sentence(doc, figure, lex["parallel"]) and (
            figure.entity in (model.entity, None) or figure.entity in lex["generic"])
        if parallel and not elided:
            # "De son côté, la préfecture a avancé le chiffre de 81 000 manifestants": the same quantity as the
            # last figure before that is no share ("dont 80 000 à Paris"), by another source
            update.update(entity=model.entity, entity_group=figure.entity_group or model.entity_group,
                          event_class=figure.event_class or model.event_class, scope=model.scope,
                          scope_place_id=model.scope_place_id, scope_key=model.scope_key)
        if elided and near and previous.entity and (figure.entity is None or figure.object == previous.object
                                                    or previous.sentence == figure.sentence or parallel):
            same_mood = figure.modality in ("actual", previous.modality)
            update.update(entity=previous.entity, entity_group=previous.entity_group,
                          event=figure.event or (previous.event if same_mood else None),
                          event_class=figure.event_class or (previous.event_class if same_mood else None),
                          modality=previous.modality if same_mood else figure.modality,
                          first=previous.first if same_mood else figure.first)
            own = lex["canonical"].get(figure.event_class or "")
            if own and figure.event_class in lex["noun_class"].values() and figure.event_class != previous.event_class \
                    and previous.entity in lex["noun_class"]:
                update["entity"] = own  # "800 morts, et 6 000 were known to have been displaced": the displaced
            if not figure.scope and not parenthesis:
                update.update(scope=previous.scope, scope_place_id=previous.scope_place_id,
                              scope_key=previous.scope_key)
        figure = figure.model_copy(update=update) if update else figure
        out.append(figure)
        if figure.event == "écart":
            continue  # a difference is no model for the counts after it
        if figure.entity and figure.kind == "count":
            last = figure
        if figure.entity and figure.kind == "count":
            previous = figure
            if not re.search(r"\bdont\s+(?:\w+\s+){0,2}$", text[max(0, figure.start - 30):figure.start]):
                whole = figure
    order = {f.id: i for i, f in enumerate(figures)}
    return sorted(out, key=lambda f: order[f.id])


def _name_before_parenthesis(text: str, figure: Figure) -> Optional[str]:
    opening = text.rfind("(", max(0, figure.start - 60), figure.start)
    if opening < 0 or ")" in text[opening:figure.start]:
        return None
    name = re.search(r"\b([A-ZÉ][\w-]*[A-Z][\w-]*|[A-ZÉ][a-zé][\w-]+)\s*$", text[max(0, opening - 40):opening])
    if name is None or demonym(name.group(1)):
        return None
    before = text[max(0, opening - 40):opening][:name.start(1)]
    acronym = name.group(1).isupper()
    if not acronym and re.search(r"(?:^|[.!?\n])\s*$", before):  # a capital that only starts a sentence
        return None
    return name.group(1)


def _place_before_parenthesis(text: str, figure: Figure, place_of: dict[str, Place],
                              mentions: list[PlaceMention]) -> Optional[tuple]:
    opening = text.rfind("(", max(0, figure.start - 60), figure.start)
    if opening < 0 or ")" in text[opening:figure.start]:
        return None
    for mention in mentions:
        if mention.article_id == figure.article_id and 0 <= opening - mention.end <= 2:
            place = place_of.get(mention.place_id)
            key = f"country:{place.country_code}" if place and place.kind == "country" else f"place:{mention.place_id}"
            return mention.surface, mention.place_id, key
    return None
