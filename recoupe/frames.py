"""Quantity frames: for each figure, what exactly it counts, what is said of it, how sure, where and when.

A frame is read from the parse and the lexicons (recoupe/lexicons/<language>/), never from a story's facts:

- `entity`: the counted noun's lemma ("soldat"); a demonym used as a noun ("6 100 Sud-Africains") counts people
  ("personne") of that group; a toll noun ("59 morts") counts people, its event being the toll.
- `entity_group`: a demonym qualifying the noun ("soldats sud-africains" -> "sud-africain"); for a percentage, whose
  share it is ("Chapo a obtenu 65 % des voix" -> "Chapo", frame_holders.py).
- `event`: the lemma of what is said of the counted things: a past participle after the noun ("personnes
  tuées"), else the verb the noun (or the container it sits in: "un premier contingent de 2 400 soldats
  arriverait") is the subject, object or complement of; a light verb gives its object ("reçoivent une
  formation" -> "formation"); reflexives keep "se" ("se trouver"). `event_class` is that event's class in
  events.yml (or the counted noun's: "manifestants" are a gathering).
- `modality`: 'planned' when a verb of intent governs the event ("prévoit d'envoyer", "a décidé d'envoyer",
  "devrait", "s'apprête à") or the event is in the future tense; 'possible' under "pouvoir" ("pourrait");
  else 'actual'. `hedged` = 1 when the event is in the conditional ("arriverait", "serait envoyé") or the source
  is anonymous or unconfirmed ("selon des sources anonymes").
- `scope`: the place the count holds in, as written ("dans la région de Murcie"), from the first place named
  after the figure in its clause behind a preposition of scope.yml, or a sentence-opening "À Lyon,". Its place
  id goes to `scope_place_id`; `scope_key` is what topics compare: the town or region itself after "à / dans"
  ("à Marseille", "dans la région de Murcie"), its country when the phrase only points at it or names a part of
  a country ("vers Marseille", "près de X", "dans l'est de l'Espagne"), the noun for a place that is no name
  ("sur le front").
- `first`: the figure counts a first batch ("un premier contingent de", "le premier groupe de").
- a total since a moment ("Depuis jeudi, … 855 interpellations") has its class suffixed ":cumul"; a difference
  ("10 000 de plus que…") or a margin ("à 9 voix près") has the event and class `écart`.

The scope is read in frame_scope.py, a figure whose noun is left out in frame_ellipses.py, the event and its
modality in frame_events.py, the class rules that read the words around a figure (severity, spans, totals since a
moment) in frame_classes.py, and the lexicons are compiled in frame_lexicon.py.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from .dates import offset_in_sentence
from .frame_holders import share_holder, sum_giver
from .frame_classes import _cumulative, _period_class, _phrase_class, _phrased, _rate, _severity, _state_of_container
from .frame_currency import equivalents, money_class, money_part, named_varieties, restated, unit
from .frame_ellipses import _ellipses, named_by_pronoun, partial
from .frame_events import (_after_another_count, _coordinated_participle, _event, _holder, _in_own_sentence, _lemma,
                           _modality, _verb)
from .frame_lexicon import ARTICLES, CUMULATIVE, PARTIAL, RULED_OUT, TOLLS, _not_counted, event_class, lexicons  # noqa: F401 (read here)
from .frame_lexicon import in_forces_ranks
from .frame_rates import rate_part
from .frame_origin import origin_scope
from .frame_scales import scale_entity
from .frame_scope import _clause_end, _scope
from .lexicon import demonym
from .models import Figure, Place, PlaceMention
from .nlp import doc_text, known_noun
from .reporting import words as attribution_words


def frame_figures(doc: Doc, figures: list[Figure], places: list[Place], mentions: list[PlaceMention],
                  language: str = "fr") -> list[Figure]:
    """Copies of the figures with their frame (see the module docstring)."""
    place_of = {p.id: p for p in places}
    people = _people_by_what_they_do(doc, language)
    figures = named_varieties(figures)  # "24 milliards de francs" in an article giving "18 milliards CFP"
    framed = [f.model_copy(update=frame_of(doc, f, place_of, mentions, language, people)) for f in figures]
    framed = equivalents(doc_text(doc), restated(_ellipses(doc, framed, place_of, mentions)), language)
    # a magnitude keeps its reading whatever an ellipsis lent it ("le séisme de 7,7 … a fait 1 644 morts")
    return [_as_reading(f, language) for f in framed]


def _as_reading(figure: Figure, language: str) -> Figure:
    """The figure as a reading on a scale when it is one (frame_scales.py), its frame cleared; else as it is."""
    scale = scale_entity(figure, language)
    return figure.model_copy(update=dict(entity=scale, entity_group=None, event=None, event_class=None, scope=None,
                                         scope_place_id=None, scope_key=None)) if scale else figure


def _people_by_what_they_do(doc: Doc, language: str = "fr") -> dict[str, str]:
    """{noun: class} for the nouns no class knows that the article says do what only people do ("les gilets jaunes
    ont manifesté", "287 000 bonnets rouges se sont rassemblés"): they name people by what they wear or are
    (events.yml `people_classes`), whatever the figure of them says."""
    lex = lexicons(language)
    found: dict[str, str] = {}
    for token in doc:
        if token.pos_ != "NOUN":
            continue
        if token.dep_.startswith("nsubj") and token.head.pos_ in ("VERB", "ADJ"):
            cls = event_class(_verb(token.head, lex), None, language)  # "les gilets jaunes ont manifesté"
        elif token.dep_ == "nmod" and token.head.pos_ == "NOUN" and token.head.i < token.i:
            cls = event_class(token.head.lemma_.lower(), None, language)  # "la mobilisation des gilets jaunes"
        else:
            continue
        lemma = _lemma(token)
        if cls in lex["people_classes"] and _may_name_people(lemma, lex, language):
            found.setdefault(lemma, cls)
    return found


def _named_by_container(doc: Doc, figure: Figure, lex: dict) -> Optional[Token]:
    """The noun a container names before a figure that has none of its own: "le nombre de X, …, était de 87 700",
    "le total des X s'élève à 1 200" (events.yml `container_nouns`), with no other number between."""
    text = doc_text(doc)
    start = max(0, figure.start - 200, figure.start - max(0, offset_in_sentence(figure.sentence, figure.text,
                                                                                  figure.start, text)))
    before = text[start:figure.start]
    if not re.search(r"(?:\bde|\bà|\bd['’])\s*$", before):
        return None
    containers = "|".join(sorted(map(re.escape, lex["containers"]), key=len, reverse=True))
    after = re.match(rf"\s+(?:le|la|les)\s+(?:{containers})\s+(?:de|des|du|d['’])\s*{ARTICLES}(?P<noun>[^\W\d][\w-]*)",
                     text[figure.end:figure.end + 80], re.I)
    if after and re.search(r"\bà\s*$", before):  # "estimant à 123 151 le nombre de X qui se sont rassemblés"
        token = doc.char_span(figure.end + after.start("noun"), figure.end + after.end("noun"), alignment_mode="expand")
        if token is not None and token.root.pos_ in ("NOUN", "PROPN"):
            return token.root
    found = None
    for found in re.finditer(rf"\b(?:{containers})\s+(?:de|des|du|d['’])\s*{ARTICLES}(?P<noun>[^\W\d][\w-]*)", before, re.I):
        pass
    if found is None or re.search(r"\d", re.sub(r",\s*(?:qui|que|qu['’]|dont|où)\b[^,]*,", ",", before[found.end():])):
        return None  # another number, outside a relative clause on the noun ("qui ont participé dans 161 villes")
    token = doc.char_span(start + found.start("noun"), start + found.end("noun"), alignment_mode="expand")
    if token is None or token.root.pos_ not in ("NOUN", "PROPN") or not (
            "Plur" in token.root.morph.get("Number") or re.search(r"[sx]$", token.root.text)):
        return None  # "le chiffre de la préfecture était de 7 000": a source, not what is counted
    return token.root


def _named_before_dash(doc: Doc, figure: Figure, lex: dict) -> Optional[Token]:
    """A noun a class knows right before a dash or a colon that the figure follows ("en procédant à des
    interpellations - 82 la première nuit, 173 la deuxième", "Bilan : morts : 12"): what the figure counts."""
    before = re.search(r"([^\W\d][\w'’-]*)\s*[-–—:]\s*$", doc_text(doc)[max(0, figure.start - 60):figure.start])
    if before is None:
        return None
    start = max(0, figure.start - 60) + before.start(1)
    token = doc.char_span(start, start + len(before.group(1)), alignment_mode="expand")
    if token is None or token.root.pos_ != "NOUN":
        return None
    lemma = _lemma(token.root)
    return token.root if lemma in lex["event_nouns"] or lemma in lex["noun_class"] else None


def _unknown_noun(lemma: Optional[str], lex: dict, language: str) -> bool:
    """A noun no class, people list or place list knows."""
    return bool(lemma) and ":" not in lemma and " " not in lemma and not any(
        lemma in lex[part] for part in ("noun_class", "event_nouns", "generic", "idle", "not_people", "canonical",
                                        "deployed", "at_large", "people_nouns")) \
        and lemma not in _not_counted(language) and not demonym(lemma, language)


def _may_name_people(lemma: Optional[str], lex: dict, language: str) -> bool:
    """A noun no list knows and no noun of agents or status ("400 000 jeunes", "étudiants", "cheminots" are people
    of their own): it may name people by what they wear or carry."""
    return _unknown_noun(lemma, lex, language) and not lex["people_suffix"].search(lemma)


EXCESS_REACH = 160  # how far after a figure its clause may name the baseline it exceeds


def frame_of(doc: Doc, figure: Figure, place_of: dict[str, Place], mentions: list[PlaceMention],
             language: str = "fr", people: Optional[dict[str, str]] = None) -> dict:
    lex = lexicons(language)
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    frame: dict = {}
    if span is None:
        return frame
    named = _named_by_container(doc, figure, lex) if figure.kind == "count" and not figure.object_text else None
    if named is None and figure.kind == "count" and not figure.object:
        named = _named_before_dash(doc, figure, lex)  # "des interpellations - 82 la première nuit"
    by_pronoun = None
    if named is None and figure.kind == "count" and not figure.object:
        named = by_pronoun = named_by_pronoun(span, lex, attribution_words(language).subject_pronouns)  # "Ils étaient 159 500"
    if named is not None:  # "le nombre de gilets jaunes, qui ont participé …, était de 87 700": gilets jaunes
        figure = figure.model_copy(update={"object": _lemma(named), "object_text": named.text})
        frame.update(object=figure.object, object_text=figure.object_text)
    noun = (named or _counted_noun(doc, span, figure)) if figure.object else None
    anchor = noun if noun is not None else span.root
    entity, group = _entity(figure, noun, lex, language)
    if by_pronoun is not None:  # the pronoun's noun says what is counted, its own clause says nothing of this count
        noun, anchor = None, span.root
    entity = _forces(entity, figure, lex)  # "policiers", "membres des forces de l'ordre": one set
    scale = scale_entity(figure, language)
    if scale:
        entity, group = scale, None  # "un séisme de magnitude 7,7": a reading, not a count of the noun near it
    contained = None
    if noun is not None and figure.kind == "count" and entity in lex["event_containers"]:
        inner = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and c.pos_ == "NOUN"
                      and any(w.lower_ in ("de", "d'", "d’", "des", "of") for w in c.children)), None)
        if inner is not None:  # "5 000 pertes d'emplois": jobs, lost
            contained, entity, noun = lex["event_containers"][entity], _lemma(inner), inner
    if entity in _not_counted(language) or re.match(r"(?:après|selon)\b", figure.object_text or ""):
        entity, group, noun = None, None, None  # "500 000 samedi dernier": the noun was left out
        anchor = span.root
    text = doc_text(doc)
    if noun is not None and entity in lex["phrased"]:
        entity = _phrased(entity, text, noun.idx, lex)  # "975 gardes à vue": the noun is "garde à vue"
    done = None
    if entity and figure.kind == "count" and re.search(r"ée?s?$", entity) and _unknown_noun(entity, lex, language) \
            and not (entity.endswith("ée") and known_noun(entity)):  # "deux entrées", "une armée" are nouns
        verb = re.sub(r"ée?s?$", "er", entity)
        if event_class(verb, None, language):
            entity, done = "personne", verb  # "les 32.000 mobilisées": a participle for the people it was said of
    holder, first = _holder(anchor, span, lex)
    event, event_token = _event(noun, holder, span, lex)
    if contained:
        event, event_token = contained, None
    joined = _coordinated_participle(noun, lex) if event is None and noun is not None else None
    if joined is not None:  # "49 militaires et 14 policiers blessés": both wounded
        event, event_token = _verb(joined, lex), joined
    if event_token is not None and not _in_own_sentence(event_token, figure, text):
        event, event_token = None, None  # a title run into the next line: that line's verb is not the figure's
    if event_token is not None and event in lex["phrased"]:
        event = _phrased(event, text, event_token.idx, lex)  # "placées en garde à vue"
    if done and not event_class(event, None, language):
        # "81 placés en garde à vue": the participle's verb, and the words after it
        word = re.match(r"\s*[\w'’-]+", text[figure.end:])  # the participle, right after the figure
        after = noun.idx + len(noun.text) if noun is not None else figure.end + (word.end() if word else 0)
        event, event_token = _phrased(done, text, after, lex), None
    if lex["whole"].search(doc_text(doc)[max(0, figure.start - 30):figure.start]):
        event, event_token = None, None  # "déplacées parmi les 100 000 habitants": the whole, not the ones said
    if language != "fr" and event:  # an English verb as the French one the classes know ("send" -> "envoyer")
        from .numbers import words

        event = words(language).verb_concepts.get(event, event)
    if figure.kind == "count" and entity in lex["holder_counts"]:
        group = share_holder(noun if noun is not None else span.root, language) or group  # "Doe a obtenu 871 748 voix"
    if figure.kind != "count":
        entity = f"{figure.kind}:{unit(figure.object) if figure.kind == 'amount' else figure.object}" \
            if figure.object else None
        if figure.kind == "amount":  # "francs CFP", "dollars américains": the currency's name, no group; the giver's
            group = sum_giver(span.root, language)  # name is: "Kuwait pledged $50 million"
        elif figure.kind == "percent":
            group = share_holder(span.root, language) or group  # "Chapo a obtenu 65 %": Chapo's share
            if lex["gap_units"] & set(figure.text.lower().split()):
                event = "écart"  # "moins de cinq points": a gap between two shares
    # "près" first: the pattern holds the figure's text, so each figure compiles its own
    if "près" in figure.sentence and re.search(rf"\bà\s+{re.escape(figure.text)}\s+[\w'’-]+\s+près\b", figure.sentence):
        event = "écart"  # "rejetée à 9 voix près": a margin, not a count of what the noun names
    excess = False
    if lex["difference"].match(doc_text(doc)[figure.end:figure.end + 40].replace("’", "'")) \
            or lex["increment"].match(doc_text(doc)[figure.end:figure.end + 40]):  # "three more deaths"
        clause = re.split(r"[.;!?](?:\s|$)", doc_text(doc)[figure.end:figure.end + EXCESS_REACH])[0]
        if lex["excess"].search(clause.replace("’", "'")):
            excess = True  # "1,052 more people than usual died": over a baseline, the toll (if it is one, below)
        else:
            event = "écart"  # "soit 10 000 de plus que lors de la première manifestation": a difference
    if figure.kind == "percent" and event and lex["share_with"].search(doc_text(doc)[max(0, figure.start - 30):figure.start]):
        event, event_token = None, None  # "qui placeraient le président en tête avec 53 %": a vote share, no arrest
    cls = event_class(event, None, language)
    if cls is None and noun is not None and language != "fr":
        # an adjective before the noun says what happened to them: "45 injured people" ("injure" -> "blesser")
        from .numbers import words

        said = [c for c in noun.children if c.dep_ in ("amod", "acl")  # "45 injured people", "66 people still missing"
                and not _after_another_count(c, span)]  # not "1,300 buildings damaged, …, 700 officers injured"
        if noun.dep_.startswith("nsubj") and noun.head.lemma_.lower() in words(language).empty_predicates:
            said += [c for c in noun.head.children if c.dep_ in ("acomp", "oprd", "xcomp")]  # "31 people remain unaccounted for"
        for child in said:
            for form in (child.lemma_.lower(), child.lower_, re.sub(r"e?d$", "", child.lower_),
                         re.sub(r"d$", "", child.lower_)):
                concept = words(language).verb_concepts.get(form) or lex["declared_states"].get(form)
                if concept and event_class(concept, None, language):
                    event, event_token, cls = concept, child, event_class(concept, None, language)
                    break
            if cls:
                break
    if cls is None and figure.kind == "count" and (entity is None or entity in lex["generic"]):
        state = _state_of_container(text, figure, lex)  # "the number of people missing has dropped to 66"
        if state:
            event, event_token, cls = state, None, event_class(state, None, language)
    if figure.kind == "count" and lex["capacity"].search(
            doc_text(doc)[max(0, figure.start - 80):figure.start].lower().replace("’", "'")):
        cls = "capacity"  # "un centre prévu pour 400 personnes", "d'une capacité de 400 places": what a place holds
    if cls is None and not (entity == "personne" and group):  # "un million de Français dans la rue": the
        cls = _phrase_class(doc, figure, lex, language)         # dossier says which people (topics.py)
    if noun is not None and noun.pos_ in ("NOUN", "PROPN") and _may_name_people(entity, lex, language) and (
            cls in lex["people_classes"] or (cls is None or cls not in lex["classes"]) and entity in (people or {})):
        # "287 000 gilets jaunes ont manifesté", and in that article "115 954 gilets jaunes": people named by what
        # they wear, counted as the people of that class ("manifestants")
        cls = cls if cls in lex["people_classes"] else people[entity]
        entity = "personne"
    if entity and entity not in lex["noun_class"] and entity not in lex["event_nouns"]:
        singular = re.sub(r"(?<=\w)[sx]$", "", entity)
        if singular in lex["noun_class"] or singular in lex["event_nouns"]:
            entity = singular  # "10 000 disparus" the lemmatizer left plural: the noun a class knows
    if entity and lex["noun_class"].get(entity) in lex["people_classes"] and cls in lex["classes"] \
            and cls not in lex["people_classes"] and cls in lex["canonical"]:
        entity = "personne"  # "220 manifestants ont été interpellés" are arrests, "3 grévistes blessés" the wounded
    noun_cls = lex["noun_class"].get(entity) if entity else None
    if entity in lex["event_nouns"]:
        cls = lex["event_nouns"][entity]  # "172 interpellations": the noun is the event counted
        entity = lex["canonical"].get(entity, entity)
    elif noun_cls is not None:
        # the noun carries the event: "manifestants", "participants" are counted alike, "59 morts" is a toll
        entity = lex["canonical"].get(entity, entity)
        cls = cls if cls in TOLLS and noun_cls in TOLLS and (entity in lex["at_large"] or not figure.object_text) else (
            noun_cls if (cls is None or noun_cls in TOLLS) and cls not in lex["of_the_dead"] else cls)
        # "4 345 morts": dead, whatever verb is near; but "2 000 corps enterrés" are the buried ("3 000 enterrements")
        if cls in lex["of_the_dead"]:
            entity = lex["canonical"].get(cls, entity)
        if cls != noun_cls and cls in TOLLS and not figure.object_text:
            entity = lex["canonical"].get(cls, entity)  # "6 085 were displaced": no noun said, the event's
    elif cls in lex["canonical"] and (entity in lex["generic"] or entity in lex["at_large"] and cls in TOLLS):
        # people said to do or undergo what a noun names: "78 migrants ont péri" are the "morts" of "79 morts",
        # "441 personnes interpellées" the "interpellations"
        entity = lex["canonical"][cls]
    if figure.kind == "amount":
        cls = money_class(doc, span, lex) or cls  # "200 millions d'euros de dégâts", "les dégâts sont évalués à"
    if cls is None and event and entity and entity not in lex["generic"] and (
            ":" not in entity or figure.kind == "amount" and event not in lex["counting"]):
        # an amount is what is done with it: "2 millions de dollars mis à disposition", "18 millions alloués"
        cls = re.sub(r"^se ([aeiouyéèêh])", r"s'\1", event)  # an event no class knows is its own: "278 voix recueillies" and "9 voix près" differ
    if (cls is None or cls == "killed" or cls not in lex["classes"]) and figure.kind == "count" and (
            entity is None or entity in lex["generic"] or _unknown_noun(entity, lex, language) and (
                noun is None or noun.idx < figure.start or _may_name_people(entity, lex, language))) \
            and lex["toll"].search(doc_text(doc)[max(0, figure.start - 60):figure.start]):
        # "pegged the toll at 3,958": the dead; so are "the storm death toll of 1,427", "the wildfire death toll
        # has risen to 114", "the toll remains at 64 pending a review": a noun no class knows, said before the
        # figure (what the toll is of) or after it (a word the parse took for its noun), is not what is counted
        cls, entity = "killed", lex["canonical"].get("killed", entity)
    if cls is None and entity in lex["idle"] and (event is None or event not in lex["verb_class"]) \
            and figure.qualifier != "vague":  # "des centaines d'habitants" is no town's population
        cls = lex["idle"][entity]  # "une ville d'environ 100 000 habitants": a population
    deployed = bool(entity) and any(part in lex["deployed"] for part in entity.split(" et "))  # forces
    after_part = bool(lex["part_before"].search(text[max(0, figure.start - 40):figure.start])) \
        or _conjunct_part(span, text, lex)  # a part: "dont 40 pompiers", and "et 15 policiers" after it
    if cls is None and event is None and figure.kind == "count" and deployed and not after_part:
        cls = "presence"  # "ils étaient 80 000 policiers et gendarmes en France": forces of whom nothing else is said
    if cls == "gathering" and deployed:
        cls = "presence"  # "7.200 policiers mobilisés": forces are deployed, not gathered
    if cls == "presence" and deployed and _reinforcement(doc, figure, holder, lex):
        cls = f"{cls}{REINFORCEMENT}"  # "1 100 policiers et gendarmes supplémentaires": a batch, not the total
    if excess and (cls or "").split(":")[0] != "killed":
        event = "écart"  # "10 000 manifestants de plus que d'habitude": over a baseline, but no toll: a difference
    if event == "écart":
        cls = event  # a margin or a difference is compared with no count
    elif lex["ruled_out"].search(text[max(0, figure.start - 30):figure.start]):
        cls = RULED_OUT  # "des dizaines, et non des milliers": what the source rules out is no count of the toll
    elif rate := _rate(figure, lex):
        cls = f"{cls or ''}{rate}".lstrip(":")  # "23,000 a day": a rate, never set against a total
    elif cls != "stock" and figure.kind != "percent" and _cumulative(doc_text(doc), figure, lex):
        # a share is no total since a moment ("le parti au pouvoir depuis 1975 a remporté 65 %")
        cls = f"{cls}{CUMULATIVE}" if cls else CUMULATIVE.lstrip(":")  # "Depuis jeudi, 855 interpellations": a total
    elif period := _period_class(cls, figure, lex):
        cls = period  # "6 000 migrants en 24 heures": a count over a span, apart
    elif cls in lex["partial_classes"] and partial(text, figure, lex):
        cls = f"{cls}{PARTIAL}"  # "À midi, nous recensons 36 500 manifestants": the day's count is another
    if figure.kind == "count" and (cls == "wounded" or cls in (None, "presence") and (
            entity is None or entity in lex["generic"] or entity in lex["at_large"])):
        cls = _severity(text, figure, cls, lex)  # "dont 205 graves", "51 personnes se trouvent dans un état grave"
        if cls and cls.startswith("wounded") and (entity in lex["generic"] or entity in lex["at_large"]):
            entity = lex["canonical"].get("wounded", entity)  # people in such a state are the wounded
    if cls and cls.split(":")[0] in TOLLS and lex["forces"] and in_forces_ranks(text, figure.end, lex):
        entity = lex["forces"]  # "263 blessés dans les rangs des forces de l'ordre": the forces' wounded
    if scale:  # a magnitude is no event's count ("a fait 1 644 morts"), whatever a toll's words made of it
        entity, group, event, event_token, cls = scale, None, None, None, None
    modality, hedged = _modality(event_token or anchor, figure, lex, doc, language)
    if cls == "capacity":
        modality = "actual"  # "peut accueillir 400 personnes": what a place can hold is its capacity, not a plan
    scope, place_id, key = _scope(doc, figure, place_of, mentions, lex) if not scale else (None, None, None)
    origin = origin_scope(doc, figure, event_token, _clause_end(text, figure, lex), place_of, mentions, lex) \
        if figure.kind == "count" and not scale and (cls is None or cls.split(":")[0] == "displaced"
                                       or cls.split(":")[0] not in lex["classes"]) else None
    if origin:  # "36 000 personnes ont quitté El-Fasher": the town they left, and they are its displaced
        scope, place_id, key = origin
        base = (cls or "").split(":")[0]
        cls = "displaced" + (cls or "")[len(base):] if base not in lex["classes"] else cls
    if figure.kind == "amount" and not scope:
        part = money_part(text, figure, lex)  # "1,2 milliard pour le secteur privé": that part of the sum
        if part:
            scope, place_id, key = part[1], None, f"noun:{part[0]}"
    if figure.kind == "percent" and not scope:
        part = rate_part(doc, figure, lex)  # "6,13 % dans le secondaire": that population's rate
        if part:
            scope, place_id, key = part[1], None, f"noun:{part[0]}"
    if scope and key and key.startswith("noun:") and scope.lower() in lex["phrase_tails"]:
        scope, place_id, key = None, None, None  # "dont 975 gardes à vue": "à vue" ends the noun, it is no place
    share = (after_part or bool(lex["partitive"].match(text[figure.end:figure.end + 40]))) and scope is None
    if event and event.startswith("se ") and re.match(r"[aeiouyéèêh]", event[3:]):
        event = "s'" + event[3:]  # "s'effondrer", as French writes it (lexicons may write either)
    frame.update(entity=entity, entity_group=group, event=event, event_class=cls, modality=modality,
                 hedged=int(hedged), scope=scope, scope_place_id=place_id, scope_key=key, first=int(first),
                 share=int(share))
    return frame


def _conjunct_part(span, text: str, lex: dict) -> bool:
    """A figure joined by a conjunction to a part ("120 blessés, dont 40 pompiers et 15 policiers", "including 12
    officers and 30 protesters"): the parse makes it (or the noun it counts) a conjunct of a count right after a word of
    `part_before`, so it is a part too; a new clause ("dont 20 enfants, et 300 habitants ont été relogés") is not."""
    node = span.root.head if span.root.dep_ == "nummod" else span.root
    for _ in range(4):
        if node.dep_ != "conj" or node.head.i >= node.i:
            return False
        node = node.head
        if lex["part_before"].search(text[max(0, node.idx - 40):node.idx]):
            return True
    return False


def _counted_noun(doc: Doc, span, figure: Figure) -> Optional[Token]:
    for token in doc[span.end:span.end + 8]:
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and (
                _lemma(token) == figure.object or token.lower_.rstrip("s") == (figure.object or "").rstrip("s")
                or (figure.object_text or "").lower().startswith(token.lower_)):
            return token
    return None


def _entity(figure: Figure, noun: Optional[Token], lex: dict, language: str) -> tuple[Optional[str], Optional[str]]:
    entity = figure.object
    if not entity:
        return None, None
    group = None
    own = demonym(entity, language) or (demonym(noun.text, language) if noun is not None else None)
    if own and (noun is None or noun.pos_ in ("NOUN", "PROPN") or noun.text[:1].isupper()):
        return "personne", own  # "6 100 Sud-Africains": people of that group
    if language != "fr" and noun is not None and noun.ent_type_ in ("NORP", "MISC") and noun.text[:1].isupper() \
            and noun.text.endswith("s") and _unknown_noun(entity, lex, language):
        # "4,645 Americans died", "8,500 Puerto Ricans": people, by the name of a nation (the model's NORP, which
        # the English pipeline maps to MISC), of no group a list knows
        return "personne", None
    if noun is not None:
        # adjectives on the noun, or on a "de" complement of it ("soldats d'infanterie sud-africains")
        candidates = [c for c in noun.children if c.dep_ == "amod"]
        for child in noun.children:
            if child.dep_ == "nmod" and child.i > noun.i:
                candidates += [c for c in child.children if c.dep_ == "amod"]
        for following in noun.doc[noun.i + 1:noun.i + 4]:  # adjectives right after the noun, the parse aside
            if following.pos_ != "ADJ":
                break
            candidates.append(following)
        for token in candidates:
            found = demonym(token.text, language)
            if found:
                group = found
                break
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if group is None and following is not None and re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", following.text):
            group = following.text  # "88 députés RN": a party, a union, a company named by its acronym
        # "149 policiers et gendarmes", "149 gendarmes et policiers": one set, whatever the order
        joined = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i == noun.i + 2
                  and noun.doc[noun.i + 1].lower_ in ("et", "and") and not c.like_num
                  and not re.search(r"\d", c.text)
                  and not any(w.like_num or w.pos_ == "NUM" for w in c.children)]  # "2.901 morts et 5.530 blessés"
        if len(joined) == 1 and _lemma(joined[0]) != entity and not demonym(joined[0].text, language):
            entity = " et ".join(sorted({entity, _lemma(joined[0])}))
    return entity, group


REINFORCEMENT = ":renfort"  # the suffix of a class counted as a batch added to those present


def _reinforcement(doc: Doc, figure: Figure, holder: Token, lex: dict) -> bool:
    """A batch of people sent on top of those there: the noun phrase says it ("1 100 policiers supplémentaires",
    "480 gendarmes en renfort", events.yml `reinforcement_words`) or the count is held by a noun of it ("des
    renforts de 1 000 soldats")."""
    text = doc_text(doc)
    said = (figure.object_text or "") + " " + text[figure.end:figure.end + 20 + len(figure.object_text or "")]
    if lex["reinforcement"].search(said.split(".")[0]):
        return True
    return holder is not None and _lemma(holder) in lex["reinforcement_nouns"] and holder.i != doc.char_span(
        figure.start, figure.end, alignment_mode="expand").root.i


def _forces(entity: Optional[str], figure: Figure, lex: dict) -> Optional[str]:
    """The police and gendarmes, however named (events.yml `forces`): a noun of them ("policiers", "gendarmes et
    policiers"), or a head noun whose words say them ("membres des forces de l'ordre", "effectifs de sécurité
    intérieure", "police officers")."""
    if not entity or not lex["forces"]:
        return entity
    if entity in lex["force_nouns"]:
        return lex["forces"]
    if entity in lex["force_heads"] and lex["force_words"].search((figure.object_text or "").replace("’", "'")):
        return lex["forces"]
    return entity
