"""Quantity frames: for each figure, what exactly it counts, what is said of it, how sure, where and when.

A frame is read from the parse and the lexicons (recoupe/lexicons/<language>/), never from a story's facts:

- `entity`: the counted noun's lemma ("soldat"); a demonym used as a noun ("6 100 Sud-Africains") counts people
  ("personne") of that group; a toll noun ("59 morts") counts people, its event being the toll.
- `entity_group`: a demonym qualifying the noun ("soldats sud-africains" -> "sud-africain").
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

The scope is read in frame_scope.py, a figure whose noun is left out in frame_ellipses.py, and the lexicons are
compiled in frame_lexicon.py.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from .dates import offset_in_sentence
from .frame_currency import equivalents, money_class, money_part, named_varieties, restated, unit
from .frame_ellipses import _ellipses, partial
from .frame_lexicon import ARTICLES, CUMULATIVE, PARTIAL, RULED_OUT, TOLLS, _not_counted, event_class, lexicons  # noqa: F401 (read here)
from .frame_scope import _scope
from .lexicon import demonym
from .matchers import within
from .models import Figure, Place, PlaceMention
from .nlp import doc_text, known_noun


def frame_figures(doc: Doc, figures: list[Figure], places: list[Place], mentions: list[PlaceMention],
                  language: str = "fr") -> list[Figure]:
    """Copies of the figures with their frame (see the module docstring)."""
    place_of = {p.id: p for p in places}
    people = _people_by_what_they_do(doc, language)
    figures = named_varieties(figures)  # "24 milliards de francs" in an article giving "18 milliards CFP"
    framed = [f.model_copy(update=frame_of(doc, f, place_of, mentions, language, people)) for f in figures]
    return equivalents(doc_text(doc), restated(_ellipses(doc, framed, place_of, mentions)), language)


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
    if named is not None:  # "le nombre de gilets jaunes, qui ont participé …, était de 87 700": gilets jaunes
        figure = figure.model_copy(update={"object": _lemma(named), "object_text": named.text})
        frame.update(object=figure.object, object_text=figure.object_text)
    noun = (named or _counted_noun(doc, span, figure)) if figure.object else None
    anchor = noun if noun is not None else span.root
    entity, group = _entity(figure, noun, lex, language)
    entity = _forces(entity, figure, lex)  # "policiers", "membres des forces de l'ordre": one set
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
    if figure.kind != "count":
        entity = f"{figure.kind}:{unit(figure.object) if figure.kind == 'amount' else figure.object}" \
            if figure.object else None
        if figure.kind == "amount":
            group = None  # "francs CFP", "dollars américains": the currency's name, no group of people
    if re.search(rf"\bà\s+{re.escape(figure.text)}\s+[\w'’-]+\s+près\b", figure.sentence):
        event = "écart"  # "rejetée à 9 voix près": a margin, not a count of what the noun names
    if lex["difference"].match(doc_text(doc)[figure.end:figure.end + 40].replace("’", "'")) \
            or lex["increment"].match(doc_text(doc)[figure.end:figure.end + 40]):  # "three more deaths"
        event = "écart"  # "soit 10 000 de plus que lors de la première manifestation": a difference
    cls = event_class(event, None, language)
    if cls is None and noun is not None and language != "fr":
        # an adjective before the noun says what happened to them: "45 injured people" ("injure" -> "blesser")
        from .numbers import words

        said = [c for c in noun.children if c.dep_ in ("amod", "acl")]  # "45 injured people", "66 people still missing"
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
            noun_cls if cls is None or noun_cls in TOLLS else cls)  # "4 345 morts": dead, whatever verb is near
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
    if cls is None and (entity is None or entity in lex["generic"]) and lex["toll"].search(
            doc_text(doc)[max(0, figure.start - 60):figure.start]):
        cls, entity = "killed", lex["canonical"].get("killed", entity)  # "pegged the toll at 3,958": the dead
    if cls is None and entity in lex["idle"] and (event is None or event not in lex["verb_class"]) \
            and figure.qualifier != "vague":  # "des centaines d'habitants" is no town's population
        cls = lex["idle"][entity]  # "une ville d'environ 100 000 habitants": a population
    deployed = bool(entity) and any(part in lex["deployed"] for part in entity.split(" et "))  # forces
    after_dont = bool(re.search(r"\bdont\s+(?:\w+\s+){0,2}$", text[max(0, figure.start - 30):figure.start]))
    if cls is None and event is None and figure.kind == "count" and deployed and not after_dont:
        cls = "presence"  # "ils étaient 80 000 policiers et gendarmes en France": forces of whom nothing else is said
    if cls == "gathering" and deployed:
        cls = "presence"  # "7.200 policiers mobilisés": forces are deployed, not gathered
    if cls == "presence" and deployed and _reinforcement(doc, figure, holder, lex):
        cls = f"{cls}{REINFORCEMENT}"  # "1 100 policiers et gendarmes supplémentaires": a batch, not the total
    if event == "écart":
        cls = event  # a margin or a difference is compared with no count
    elif lex["ruled_out"].search(text[max(0, figure.start - 30):figure.start]):
        cls = RULED_OUT  # "des dizaines, et non des milliers": what the source rules out is no count of the toll
    elif cls != "stock" and _cumulative(doc_text(doc), figure, lex):
        cls = f"{cls}{CUMULATIVE}" if cls else CUMULATIVE.lstrip(":")  # "Depuis jeudi, 855 interpellations": a total
    elif _period_class(cls, figure, lex):
        cls = _period_class(cls, figure, lex)  # "6 000 migrants en 24 heures": a count over a span, apart
    elif cls in lex["partial_classes"] and partial(text, figure, lex):
        cls = f"{cls}{PARTIAL}"  # "À midi, nous recensons 36 500 manifestants": the day's count is another
    if figure.kind == "count" and (cls == "wounded" or cls in (None, "presence") and (
            entity is None or entity in lex["generic"] or entity in lex["at_large"])):
        cls = _severity(text, figure, cls, lex)  # "dont 205 graves", "51 personnes se trouvent dans un état grave"
        if cls and cls.startswith("wounded") and (entity in lex["generic"] or entity in lex["at_large"]):
            entity = lex["canonical"].get("wounded", entity)  # people in such a state are the wounded
    modality, hedged = _modality(event_token or anchor, figure, lex, doc, language)
    if cls == "capacity":
        modality = "actual"  # "peut accueillir 400 personnes": what a place can hold is its capacity, not a plan
    scope, place_id, key = _scope(doc, figure, place_of, mentions, lex)
    if figure.kind == "amount" and not scope:
        part = money_part(text, figure, lex)  # "1,2 milliard pour le secteur privé": that part of the sum
        if part:
            scope, place_id, key = part[1], None, f"noun:{part[0]}"
    if scope and key and key.startswith("noun:") and scope.lower() in lex["phrase_tails"]:
        scope, place_id, key = None, None, None  # "dont 975 gardes à vue": "à vue" ends the noun, it is no place
    share = (after_dont or bool(lex["partitive"].match(text[figure.end:figure.end + 40]))) and scope is None
    if event and event.startswith("se ") and re.match(r"[aeiouyéèêh]", event[3:]):
        event = "s'" + event[3:]  # "s'effondrer", as French writes it (lexicons may write either)
    frame.update(entity=entity, entity_group=group, event=event, event_class=cls, modality=modality,
                 hedged=int(hedged), scope=scope, scope_place_id=place_id, scope_key=key, first=int(first),
                 share=int(share))
    return frame


def _severity(text: str, figure: Figure, cls: Optional[str], lex: dict) -> Optional[str]:
    """The class of the wounded with how badly they are hurt, when the figure's clause says it after the figure
    (events.yml `severity`: "dont 205 graves", "1 200 dans un état grave", "5 personnes grièvement blessées"):
    "wounded:grave", "wounded:léger"; people said to be in such a state are wounded (`severity_states`). The clause
    ends at a punctuation mark or the next number ("72 injured, two in serious condition": the 72 are all the
    wounded). Else the class as it was."""
    after = text[figure.end:figure.end + 60]
    stop = re.search(r"[,;:()\n.!?]|\d", after)
    after = after[:stop.start()] if stop else after
    if cls != "wounded" and not lex["severity_states"].search(after):
        return cls
    for mark, words in lex["severity"]:
        if words.search(after):
            return f"wounded:{mark}"
    return "wounded"


def _state_of_container(text: str, figure: Figure, lex: dict) -> Optional[str]:
    """The state a container before the figure gives the people it counts ("the number of people missing has
    dropped to 66", "the list of those unaccounted for stood at 385", "le nombre de personnes disparues s'élève à
    300": events.yml `state_containers`), in the figure's sentence with no other number between; else None."""
    at = offset_in_sentence(figure.sentence, figure.text, figure.start, text)
    if at <= 0:
        return None
    found = None
    for found in lex["state_container"].finditer(figure.sentence[:at]):
        pass
    if found is None or re.search(r"\d", figure.sentence[found.end():at]):
        return None
    state = found.group("state").lower()
    return lex["declared_states"].get(state)


def _phrased(word: str, text: str, start: int, lex: dict) -> str:
    """The longer event a word opens when the words after it say it ("gardes à vue", "placées en garde à vue")."""
    for key, rest in lex["phrased"].get(word, ()):
        if rest.match(text, start):
            return key
    return word


NEW = "nouveaux"  # the suffix of a toll counted as new ones over a period ("killed:nouveaux"), an increment
SPAN_GAP = 60  # characters at most between a stated span and its figure


def _period_class(cls: Optional[str], figure: Figure, lex: dict) -> Optional[str]:
    """The class of a count over a span its sentence states (events.yml `period_*`): ":jour" up to two days,
    ":semaine" up to two weeks, a total (":cumul") beyond; "entre lundi et mercredi" spans three days. Only for a
    class compared over days that is no running tally (not a toll, not arrests, not a protest day); None else."""
    spec = lex["classes"].get(cls or "", {}) if cls else {}
    toll = cls in TOLLS
    if toll and figure.kind == "count" and lex["new_after"].match(figure.sentence, _end_in_sentence(figure)):
        return f"{cls}:{NEW}"  # "50 nouveaux décès", "12 new deaths": the new ones, an increment of the toll
    if not toll and spec.get("tally") or spec.get("window_days", 7) == 0 or (cls and cls not in lex["classes"]
                                                                               and ":" in cls):
        return None
    days = None
    at = offset_in_sentence(figure.sentence, figure.text)
    if at < 0:
        return None

    def near(match) -> bool:  # in the figure's clause: a few words away, no other number between
        gap = figure.sentence[match.end():at] if match.end() <= at else figure.sentence[at + len(figure.text):match.start()]
        return len(gap) <= SPAN_GAP and not re.search(r"\d", gap)

    for match in lex["period"].finditer(figure.sentence):
        if not near(match) or toll and not lex["toll_period"].search(match.group(0)):
            continue  # a toll "en 48 heures" is the toll so far; "ces sept derniers jours" is that span's count
        if match.group("span"):
            days = lex["period_spans"].get(match.group("span").lower())
        else:
            unit = lex["period_units"].get(match.group("unit").lower())
            number = match.group("n")
            if number is None and unit is not None and unit >= 1 and not toll and not re.search(
                    r"\b(?:une?|a|an|one|single|seule?)\s+(?:\w+\s+)?$", match.group(0)[:match.start("unit") - match.start()],
                    re.I):
                continue  # "en jours": no span said
            count = int(number) if number and number.isdigit() else lex["period_numbers"].get((number or "").lower(), 1)
            days = unit * count if unit is not None else None
        if days:
            break
    if not days and not toll:
        weekdays = lex["weekday_span"].search(figure.sentence)
        if weekdays and near(weekdays):
            first, last = (lex["weekday_index"][g.lower()] for g in weekdays.groups() if g)
            days = (last - first) % 7 + 1
    if not days:
        return None
    mark = "jour" if days <= 2 else "semaine" if days <= 14 else CUMULATIVE[1:]
    return f"{cls}:{mark}" if cls else mark


def _end_in_sentence(figure: Figure) -> int:
    """Where the figure ends in its sentence (-1 when its text is not found there)."""
    at = offset_in_sentence(figure.sentence, figure.text)
    return at + len(figure.text) if at >= 0 else len(figure.sentence)


def _cumulative(text: str, figure: Figure, lex: dict) -> bool:
    """A total since a moment: its sentence says since when ("Depuis jeudi, … 855 interpellations", "13 000
    conteneurs depuis août"), unless "depuis" follows a superlative or an ordinal ("la plus faible depuis le
    début", "la neuvième depuis le début de la contestation": a comparison)."""
    if not lex["since"]:
        return False
    for match in re.finditer(rf"\b(?:{lex['since']})\b", figure.sentence, re.I):
        if lex["ranking"].search(figure.sentence[max(0, match.start() - 60):match.start()]):
            continue
        if lex["duration"].match(figure.sentence[match.end():match.end() + 40]):
            continue  # "Depuis plusieurs semaines, X affirme…": how long something lasts, not since when
        start = lex["story_start"].match(figure.sentence[match.end():match.end() + 40])
        if start and not lex["period_start"].match(figure.sentence[match.end() + start.end():]):
            continue  # "depuis le début des émeutes": the running total every unmarked toll of the story is
        name = re.match(r"\s+(?:(?:la|le|les)\s+|l['’])?([A-ZÀ-Ý][\w-]*)", figure.sentence[match.end():])
        if name and name.group(1).lower() not in _not_counted():
            continue  # "a déclaré depuis Bordeaux": from a place, not since a moment (a month or a weekday is one)
        return True
    return False


def _phrase_class(doc: Doc, figure: Figure, lex: dict, language: str) -> Optional[str]:
    """A class a phrase right after the figure gives ("3,75 millions de soldats en service" is a stock): the
    first of the classes' `phrases` (events.yml, through a Matcher) found from the figure to 60 characters after
    it, in its sentence."""
    position = offset_in_sentence(figure.sentence, figure.text, figure.start, doc_text(doc))
    if position < 0:
        return None
    lo = figure.start
    hi = figure.start - position + min(len(figure.sentence), position + len(figure.text) + 60)
    text = doc_text(doc)
    digit = re.search(r"\d", text[figure.end:hi])
    hi = figure.end + digit.start() if digit else hi  # up to the next number: its phrase is its own
    found = {span.label_ for span in within(doc, "event_phrases", lex["phrases"], lo, hi, language)}
    return next((name for phrase, name in lex["phrases"].items() if phrase in found), None)


def _counted_noun(doc: Doc, span, figure: Figure) -> Optional[Token]:
    for token in doc[span.end:span.end + 8]:
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and (
                _lemma(token) == figure.object or token.lower_.rstrip("s") == (figure.object or "").rstrip("s")
                or (figure.object_text or "").lower().startswith(token.lower_)):
            return token
    return None


def _lemma(token: Token) -> str:
    from .numbers import object_lemma

    return object_lemma(token)


def _entity(figure: Figure, noun: Optional[Token], lex: dict, language: str) -> tuple[Optional[str], Optional[str]]:
    entity = figure.object
    if not entity:
        return None, None
    group = None
    own = demonym(entity, language) or (demonym(noun.text, language) if noun is not None else None)
    if own and (noun is None or noun.pos_ in ("NOUN", "PROPN") or noun.text[:1].isupper()):
        return "personne", own  # "6 100 Sud-Africains": people of that group
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


def _coordinated_participle(noun: Token, lex: dict) -> Optional[Token]:
    """The participle a coordinated count ends with, when the noun is the first of two counts joined by "et"/"ou"
    ("49 militaires et 14 policiers blessés"): what is said of the second is said of both."""
    doc = noun.doc
    at = noun.i + 1
    if at + 2 >= len(doc) or doc[at].lower_ not in ("et", "ou", "and", "or") or not doc[at + 1].like_num:
        return None
    for token in doc[at + 2:at + 6]:
        if token.is_punct:
            return None
        if token.pos_ in ("VERB", "ADJ") and lex["verb_class"].get(_verb(token, lex) or ""):
            return token
    return None


def _in_own_sentence(token: Token, figure: Figure, text: str) -> bool:
    """Whether a token lies on the figure's line: the parse may run a title into the line after it, whose verb is
    not the figure's."""
    low, high = sorted((token.idx, figure.start))
    return "\n" not in text[low:high]


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


def _holder(anchor: Token, span, lex: dict) -> tuple[Token, bool]:
    """The token that holds the count's role in its clause: the noun, or the container it sits in ("un premier
    contingent de 2 400 soldats", "un total de 7 200 soldats", "1,089 million de personnes"); and whether a
    container says it is the first batch."""
    holder = anchor
    first = False
    for _ in range(3):
        head = holder.head
        if holder.dep_ == "nmod" and head.i < holder.i and head.pos_ in ("NOUN", "NUM", "PROPN") and (
                _lemma(head) in lex["containers"] or span.start <= head.i < span.end):
            first = first or any(c.lemma_.lower() in lex["first"] for c in head.children)
            holder = head
        else:
            break
    first = first or any(c.lemma_.lower() in lex["first"] and c.i < anchor.i for c in anchor.children)
    return holder, first


def _verb_after(token: Token) -> Optional[Token]:
    for following in token.doc[token.i + 1:token.i + 10]:
        if following.pos_ in ("VERB",) and "Part" not in following.morph.get("VerbForm") or (
                following.pos_ == "VERB" and following.i > token.i + 1 and following.doc[following.i - 1].pos_ == "AUX"):
            return following
        if following.text in ('"', "»", "”", "“", "«"):
            continue  # '"7.200 policiers et gendarmes" seront mobilisés': a quote mark closes the noun phrase
        if following.is_punct or following.pos_ in ("SCONJ", "CCONJ", "NUM") or following.like_num:
            return None
    return None


def _event(noun: Optional[Token], holder: Token, span, lex: dict) -> tuple[Optional[str], Optional[Token]]:
    """The lemma of what is said of the counted things, and its token."""
    candidates: list[Token] = []
    if noun is not None:
        for child in noun.children:
            if child.i > noun.i and child.pos_ in ("VERB", "ADJ") and child.dep_ in ("acl", "amod") and (
                    "Part" in child.morph.get("VerbForm") and "Pres" not in child.morph.get("Tense")
                    or child.pos_ == "ADJ" and _verb(child, lex) in lex["verb_class"]):
                candidates.append(child)  # "149 policiers et gendarmes blessés": a participle the parse calls an adjective
    if holder.dep_.split(":")[0] in ("nsubj", "obj", "obl", "iobj", "nmod") and holder.head.i != holder.i \
            and (holder.head.pos_ in ("VERB", "ADJ", "AUX") or holder.dep_.startswith("nsubj") and holder.head.pos_
                 == "NOUN" and any(c.dep_ == "cop" for c in holder.head.children)):
        candidates.append(holder.head)  # "11 300 personnes étaient mortes": a predicate the parse calls a noun
    elif holder.dep_ == "ROOT" or holder.head.i == holder.i:
        # the parse lost the clause: "2 400 soldats des forces spéciales Les Sud-Africains s'entraînent"
        following = next((t for t in holder.doc[holder.i + 1:holder.i + 12] if t.pos_ == "VERB"), None)
        if following is not None:
            candidates.append(following)
    if candidates and candidates[-1].i == holder.head.i:
        # "le nombre de personnes tuées pourrait grimper à 20 000 personnes": what the container that is the verb's
        # subject counts says what happened to them
        verbs = [holder.head] + ([holder.head.head] if holder.head.dep_ == "xcomp" else [])  # "pourrait grimper"
        for subject in (c for v in verbs for c in v.children if c.dep_.startswith("nsubj")
                        and _lemma(c) in lex["containers"]):
            for counted in (c for c in subject.children if c.dep_ == "nmod"):
                said = [c for c in counted.children if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ")
                        and _verb(c, lex) in lex["verb_class"]]
                if said:
                    candidates.insert(0, said[0])
    syntax = len(candidates)  # the candidates the parse gives; those after are guesses from word order
    # the parse often loses the clause: the verb right after the noun phrase ("7 200 soldats sud-africains
    # suivent un entraînement"), or right before the number ("Le pays compte 3,75 millions de soldats")
    after = _verb_after(noun if noun is not None else holder)
    if after is not None:
        candidates.append(after)
    before = holder.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("de", "d'", "d’") and span.start > 1:
        before = holder.doc[span.start - 2]
    if before is not None and before.is_alpha:
        candidates.append(before)
    lemmas = [(_verb(t, lex), t) for t in candidates]
    lemmas = [(lemma, t) for lemma, t in lemmas if lemma]
    syntactic = [(lemma, t) for lemma, t in lemmas[:syntax] if t.pos_ == "VERB" and lemma not in lex["counting"]
                 and lemma not in lex["planned_own"] and not any(c.dep_ == "xcomp" for c in t.children)]
    if syntactic and not any(lex["verb_class"].get(lemma) for lemma, _ in lemmas[:syntax]):
        # the verb the counted things are the subject or object of says what they did, even one no class knows
        # ("même avant d'être dans la rue, 600 000 personnes ont signé la pétition": they signed)
        lemmas = syntactic + lemmas[syntax:]
    for lemma, token in lemmas:
        for form in (lemma, re.sub(r"^se ", "", lemma), lemma + "r" if lemma.endswith("e") else None):
            if form and lex["verb_class"].get(form):
                return form, token
    lemmas = [(lemma, t) for lemma, t in lemmas if t.pos_ in ("VERB", "ADJ") and lemma not in lex["counting"]]
    if lemmas:
        return lemmas[0]
    own = next((t for t in candidates if t.lemma_.lower() in lex["planned_own"]), None)
    return (None, own) if own is not None else (None, None)


def _verb(token: Token, lex: dict) -> Optional[str]:
    lemma = token.lemma_.lower()
    if lemma in lex["possible"] or lemma == "devoir" or lemma in lex["raising"]:
        # "pourraient être touchées", "were known to have been displaced": what they could undergo, or are said to
        inner = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "ADJ")), None)
        if inner is not None:
            return _verb(inner, lex)
    if token.pos_ == "ADJ" and re.search(r"é(?:e|s|es)?$", lemma):
        lemma = re.sub(r"é(?:e|s|es)?$", "er", lemma)
    if lemma in lex["declaring"]:  # "portées disparues", "reported missing": the state they are declared in
        said = list(token.children)  # "listed as missing", "déclarés comme disparus": the state after "as"
        said += [g for c in token.children if c.lower_ in ("as", "comme") for g in c.children]
        for child in said:
            state = lex["declared_states"].get(child.lower_) or lex["declared_states"].get(
                re.sub(r"(?:e|s|es)$", "", child.lower_))
            if state:
                return state
    obj = next((c for c in token.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"), None)
    if lemma in lex["joining"]:  # "ont rejoint la manifestation", "joined the march": what they joined
        joined = next((c.lemma_.lower() for c in token.children if c.i > token.i and c.pos_ in ("NOUN", "PROPN")
                       and c.dep_ in ("obj", "dobj", "npadvmod") and c.lemma_.lower() in lex["verb_class"]), None)
        if joined:
            return joined
    if obj is not None and (lemma in lex["light"] or (lemma not in lex["verb_class"]
                                                      and obj.lemma_.lower() in lex["verb_class"])):
        return obj.lemma_.lower()  # "suivent un entraînement", "ont garni le cortège"
    if lemma in ("être", "avoir"):
        return None
    if any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in token.children):
        return f"se {lemma}"
    return lemma


def _modality(token: Token, figure: Figure, lex: dict, doc: Doc, language: str = "fr") -> tuple[str, bool]:
    """actual / planned / possible, and whether the figure is hedged (see the module docstring)."""
    modality = "actual"
    hedged = False
    node = token
    for _ in range(6):
        auxiliaries = [c for c in node.children if c.dep_.startswith("aux")]
        moods = set(node.morph.get("Mood")) | {m for a in auxiliaries for m in a.morph.get("Mood")}
        lemma = node.lemma_.lower()
        for aux in auxiliaries:
            if aux.lemma_.lower() in lex["possible"]:
                modality = "possible" if modality == "actual" else modality
            elif aux.lemma_.lower() == "devoir":
                modality = "planned" if modality == "actual" else modality
        if node is token:
            if lemma in lex["possible"]:
                modality = "possible"  # "pourraient être touchées"
            elif lemma == "devoir":
                modality = "planned"
            if "Fut" in node.morph.get("Tense") and "Ind" in node.morph.get("Mood"):
                modality = "planned"
            if lemma in lex["planned_own"] and node.pos_ == "VERB" and "Part" in node.morph.get("VerbForm"):
                modality = "planned"  # "1 million de manifestants sont attendus"
        if "Cnd" in moods and lemma not in ("pouvoir", "devoir"):
            hedged = True
        if node.dep_ in ("xcomp", "acl") and node.head.i != node.i:
            head = node.head.lemma_.lower()
            if head in lex["possible"]:
                modality = "possible" if modality == "actual" else modality
            elif head in lex["planned"] or head in lex["planned_nouns"]:
                modality = "planned" if modality == "actual" else modality
            if head == "devoir" or head == "pouvoir":
                if "Cnd" in node.head.morph.get("Mood") and head == "devoir":
                    modality = "planned"
            node = node.head
            continue
        if node.dep_.split(":")[0] in ("nsubj", "obj", "obl", "nmod", "nummod", "det", "iobj") \
                and node.head.i != node.i:
            node = node.head
            continue
        break
    sentence = figure.sentence.lower().replace("’", "'")
    position = offset_in_sentence(figure.sentence, figure.text, figure.start, doc_text(doc))
    if modality == "actual" and position >= 0 and within(  # "à terme", "prévus" in the 40 characters before
            doc, "planned_words", lex["planned_words"], figure.start - min(position, 40), figure.start, language):
        modality = "planned"
    if lex["hedge"].search(figure.source_text or "") or lex["hedge"].search(
            sentence[:max(0, position)][-60:] if position >= 0 else ""):
        hedged = True
    return modality, hedged
