"""Figures whose noun is left out take the frame of the figure they follow (see recoupe/frames.py)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from .dates import offset_in_sentence
from .frame_lexicon import PARTIAL, event_class, in_forces_ranks, lexicons, must_be_said
from .lexicon import demonym
from .matchers import within
from .models import Figure, Place, PlaceMention
from .nlp import doc_text
from .number_objects import object_lemma


AMONG = re.compile(r"\s*(?:parmi|among)\b", re.I)  # a count said among people ("23 parmi les manifestants")


def _in_sentence(doc: Doc, figure: Figure, markers: tuple[str, ...]) -> bool:
    """Whether one of the markers ("de son côté", "pour sa part": events.yml `parallel_markers`) is in the figure's
    sentence."""
    at = offset_in_sentence(figure.sentence, figure.text, figure.start, doc_text(doc))
    if at < 0:
        return False
    start = figure.start - at
    return bool(within(doc, "parallel_markers", markers, start, start + len(figure.sentence), "fr"))


def _does_else(figure: Figure, previous: Figure, lex: dict) -> bool:
    """Whether a figure with no noun is said to do something no class knows after a toll or a tally ("four people
    were killed …; hundreds have heeded his call to rally"): its own verb, not the toll's ellipsis."""
    return must_be_said(previous.event_class, lex) and bool(figure.event) and not figure.event_class \
        and figure.event not in lex["counting"]


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
    outer: Optional[Figure] = None
    wholes: list[Figure] = []
    ordered = sorted(figures, key=lambda f: f.start)
    for index, figure in enumerate(ordered):
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if figure.kind == "count" and following is not None and following.entity and following.kind == "count" \
                and (figure.entity is None or (figure.object_text or "").lower() in lex["joints"]) \
                and lex["joint"].fullmatch(text[figure.end:following.start]):
            # "plusieurs centaines, voire quelques milliers de morts": the noun said once, after the second
            figure = figure.model_copy(update={k: getattr(following, k) for k in (
                "entity", "entity_group", "event", "event_class", "modality", "hedged", "first")})
        elided = figure.kind == "count" and (figure.entity is None or not figure.object_text) \
            and not lex["toll"].search(text[max(0, figure.start - 60):figure.start])  # "the toll at 2,100": the dead
        near = previous is not None and (previous.sentence == figure.sentence or 0 <= figure.start - previous.end <= 400)
        update: dict = {}
        parenthesis = _place_before_parenthesis(text, figure, place_of, mentions)
        if not parenthesis and figure.entity and not figure.entity_group and figure.kind != "amount":
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
        if figure.share and model is not None and model.entity and figure.event_class in lex["classes"] \
                and model.event_class and figure.event_class != model.event_class:
            update["share"] = 0  # "1 385 interpellations, dont 975 gardes à vue": a count of its own, no part of one
        if figure.share and model is not None and model.kind == figure.kind == "count" and not figure.event_class \
                and model.event_class and figure.entity and figure.entity != model.entity:
            # "la mort de sept personnes, dont deux gendarmes": the share undergoes what the whole does
            update.update(event=figure.event or model.event, event_class=model.event_class)
        parallel = model is not None and not figure.scope and _in_sentence(doc, figure, lex["parallel"]) and (
            figure.entity in (model.entity, None) or figure.entity in lex["generic"])
        if parallel and not elided:
            # "De son côté, la préfecture a avancé le chiffre de 81 000 manifestants": the same quantity as the
            # last figure before that is no share ("dont 80 000 à Paris"), by another source
            placed = model if model.scope_key else next(
                (w for w in reversed(wholes) if w.scope_key and w.entity == model.entity
                 and 0 <= figure.start - w.end <= 600), model)  # "À Paris, la CGT a annoncé 700 000 manifestants.
            # … n'avait jamais revendiqué plus d'un demi-million. De son côté, la préfecture … 81 000": in Paris
            update.update(entity=model.entity, entity_group=figure.entity_group or model.entity_group,
                          event_class=figure.event_class or model.event_class, scope=placed.scope,
                          scope_place_id=placed.scope_place_id, scope_key=placed.scope_key)
        among = _whole_opening(doc, figure, lex) if elided else None
        if among is not None:  # "Parmi les fugitifs, une trentaine seraient des djihadistes": a part of the fugitives
            from .numbers import object_lemma

            update.update(entity=object_lemma(among), object=object_lemma(among), share=1,
                          event_class=event_class(figure.event))  # what its own words say, not a class guessed
            elided = False
        if elided and near and previous.entity and (figure.entity is None or figure.object == previous.object
                                                    or previous.sentence == figure.sentence or parallel) \
                and not _does_else(figure, previous, lex):
            same_mood = figure.modality in ("actual", previous.modality)
            update.update(entity=previous.entity, entity_group=previous.entity_group,
                          event=figure.event or (previous.event if same_mood else None),
                          event_class=figure.event_class or (previous.event_class if same_mood else None),
                          modality=previous.modality if same_mood else figure.modality,
                          first=previous.first if same_mood else figure.first)
            if (update["event_class"] or "").endswith(PARTIAL) and not partial(text, figure, lex) \
                    and not re.search(r"\bdont\s+(?:\w+\s+){0,2}$", text[max(0, figure.start - 30):figure.start]):
                update["event_class"] = update["event_class"][:-len(PARTIAL)]  # "A midi, 12.000, contre 38.600 le 22"
            if previous.entity == lex["forces"] and AMONG.match(text, figure.end) \
                    and not in_forces_ranks(text, figure.end, lex):
                # "263 blessés dans les rangs des forces de l'ordre et 23 parmi les manifestants": not the forces'
                update["entity"] = lex["canonical"].get((update["event_class"] or "").split(":")[0], figure.entity)
            own = lex["canonical"].get(figure.event_class or "")
            if own and figure.event_class in lex["noun_class"].values() and figure.event_class != previous.event_class \
                    and (previous.entity in lex["noun_class"] or previous.entity in lex["event_nouns"]
                         or previous.entity in lex["generic"]):
                update["entity"] = own  # "800 morts, et 6 000 were known to have been displaced": the displaced
            if not figure.scope and not parenthesis:
                # the scope of the whole, not of a share of it: "36 500 manifestants (dont 5 500 à Paris). Pour
                # rappel : 113 000 dont 2 200 à Paris le 17/11" counts the 113 000 where the 36 500 are
                lender = whole if previous is not whole and whole is not None and whole.entity == previous.entity \
                    and previous.sentence != figure.sentence else previous
                if _parenthesis_of(text, lender) not in (None, _parenthesis_of(text, figure)) and outer is not None \
                        and outer.entity == lender.entity:
                    lender = outer  # "(Paris 4000, …, Strasbourg 200) en baisse par rapport au 19 janvier (84 000)"
                update.update(scope=lender.scope, scope_place_id=lender.scope_place_id, scope_key=lender.scope_key)
        figure = figure.model_copy(update=update) if update else figure
        out.append(figure)
        if figure.event == "écart":
            continue  # a difference is no model for the counts after it
        if figure.entity and figure.kind == "count":
            last = figure
        if figure.entity and figure.kind == "count":
            previous = figure
            if _parenthesis_of(text, figure) is None:
                outer = figure
            if not re.search(r"\bdont\s+(?:\w+\s+){0,2}$", text[max(0, figure.start - 30):figure.start]):
                whole = figure
                wholes.append(figure)
    order = {f.id: i for i, f in enumerate(figures)}
    return sorted(out, key=lambda f: order[f.id])


def _whole_opening(doc: Doc, figure: Figure, lex: dict):
    """The noun of a whole that opens the figure's sentence, right before it ("Parmi les fugitifs, une trentaine …",
    "Among the missing, 40 …": events.yml `whole_before`), or None."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or span.start == span.sent.start:
        return None
    before = list(doc[span.sent.start:span.start])
    if len(before) < 4 or not lex["whole"].match(before[0].text + " " + before[1].text + " ") \
            or before[1].pos_ != "DET" or before[2].pos_ != "NOUN" or before[-1].text != ",":
        return None
    if any(t.pos_ not in ("ADJ", "NOUN", "ADP", "DET") for t in before[3:-1]):
        return None  # "Parmi les fugitifs repris hier, …" keeps its words to the noun and its complements
    return before[2]


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
    for mention in mentions:  # "(Paris 4000, Marseille 4000, Bordeaux 5000)": each town's count after its name
        if mention.article_id == figure.article_id and 0 < figure.start - mention.end <= 2 \
                and re.fullmatch(r"\s*:?\s*", text[mention.end:figure.start]) \
                and re.search(r"[(,]\s*$", text[max(0, mention.start - 3):mention.start]):
            return _mention_scope(mention, place_of)
    opening = text.rfind("(", max(0, figure.start - 60), figure.start)
    if opening < 0 or ")" in text[opening:figure.start]:
        return None
    for mention in mentions:
        if mention.article_id == figure.article_id and 0 <= opening - mention.end <= 2:
            return _mention_scope(mention, place_of)
    timed = _place_then_time(text, opening, figure, mentions)
    if timed is not None:
        return _mention_scope(timed, place_of)
    lex = lexicons()
    nouns = "|".join(sorted(map(re.escape, lex["place_nouns"]), key=len, reverse=True))
    noun = re.search(rf"(?<![\w'’])(?:la|le|les|l['’])\s*(?P<noun>{nouns})\s*$", text[max(0, opening - 40):opening], re.I)
    if noun:  # "loin devant la capitale (7 000)": the place noun, as a scope says it
        found = noun.group("noun").lower()
        return noun.group(0).strip(), None, "noun:country" if found in lex["country_nouns"] else f"noun:{found}"
    return None


PLACE_THEN_TIME_REACH = 50  # characters between a place and the bracket of its count, a time between them


def _place_then_time(text: str, opening: int, figure: Figure, mentions: list[PlaceMention]) -> Optional[PlaceMention]:
    """"Viennent ensuite Lille dans l'après-midi du 13 mai (8 320 participants) et Metz (7 140)": a place, then
    words that say when (no comma, no number but a date's, no other place), then the bracket of its count."""
    before = [m for m in mentions if m.article_id == figure.article_id and m.end <= opening
              and opening - m.end <= PLACE_THEN_TIME_REACH]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    between = text[last.end:opening]
    if re.search(r"[,;:.()«»\n]", between) or not _says_when(between):
        return None
    return last


def _says_when(words: str) -> bool:
    """Whether the words between a place and a bracket are a time: a time of day or a date."""
    lowered = words.lower()
    return bool(re.search(r"\d", lowered) and (re.fullmatch(r"[\w\s'’-]*", lowered))) \
        or any(re.search(rf"\b{re.escape(word)}\b", lowered) for word in lexicons()["time_of_day_words"])


def _mention_scope(mention: PlaceMention, place_of: dict[str, Place]) -> tuple:
    place = place_of.get(mention.place_id)
    key = f"country:{place.country_code}" if place and place.kind == "country" else f"place:{mention.place_id}"
    return mention.surface, mention.place_id, key


def _parenthesis_of(text: str, figure: Figure) -> Optional[int]:
    """Where the parenthesis the figure stands in opens, or None."""
    opening = text.rfind("(", max(0, figure.start - 120), figure.start)
    inside = opening >= 0 and ")" not in text[opening:figure.start] and "\n" not in text[opening:figure.start]
    return opening if inside else None


def partial(text: str, figure: Figure, lex: dict) -> bool:
    """A time of day before the day's end in the figure's stretch of its sentence (events.yml `partial_day_cues`):
    before it with no other number between ("A midi, les manifestants étaient 12.000", not the "38.600" after),
    or right after it ("36 000 manifestants à la mi-journée")."""
    position = offset_in_sentence(figure.sentence, figure.text, figure.start, text)
    if position < 0:
        return False
    before = figure.sentence[:position]
    after = figure.sentence[position + len(figure.text):position + len(figure.text) + 80]
    cue = None
    for cue in lex["partial"].finditer(before):
        pass
    if cue is not None and not re.search(r"\d", before[cue.end():]):
        return True
    cue = lex["partial"].search(after)
    return cue is not None and not re.search(r"\d|[;:(]", after[:cue.start()])


COPULAS = frozenset({"être", "be"})


def named_by_pronoun(span, lex: dict, pronouns: frozenset) -> Optional[Token]:
    """"Les manifestants sont de moins en moins nombreux. Ils étaient 159 500 samedi", "They were 175,500 on August
    21": a count said of a plural personal pronoun through "être"/"be" counts the people the pronoun stands for, the
    last plural subject naming people before it, in its sentence or the one before (events.yml people classes and
    lists); else None."""
    doc = span.doc
    sentence = span.sent
    pronoun = next((t for t in doc[sentence.start:span.start] if t.lower_ in pronouns and t.dep_.startswith("nsubj")
                    and "Plur" in t.morph.get("Number")), None)
    between = doc[pronoun.i + 1:span.start] if pronoun is not None else ()
    if pronoun is None or not any(t.lemma_.lower() in COPULAS for t in between) \
            or not all(t.lemma_.lower() in COPULAS or t.pos_ in ("ADV", "AUX") for t in between):
        return None  # the pronoun, "être"/"be" (adverbs between), then the figure
    previous = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[previous:pronoun.i]):
        if token.pos_ == "NOUN" and token.dep_.startswith("nsubj") and "Plur" in token.morph.get("Number") \
                and _names_people(object_lemma(token), lex):
            return token
    return None


def _names_people(lemma: str, lex: dict) -> bool:
    return lex["noun_class"].get(lemma) in lex["people_classes"] or lemma in lex["generic"] \
        or lemma in lex["at_large"] or lemma in lex["people_nouns"]
