"""Place candidates: the spans of an article that may name a place, before they are resolved (place_resolution):
the model's place entities, the gazetteer scan, names coordinated with places, known places the model took for a
person, datelines; the head-noun lists ("région de X", "the X region"; widening a candidate to its head is
place_heads.py); telling places from people (demonyms) and institutions ("l'Élysée")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .folding import fold, name_key, phonetic_key
from .gazetteer import MAJOR_CITY_POPULATION, Gazetteer, _first_word
from .nlp import doc_text
from .place_bodies import after_of_in_a_body, beside_a_body_noun
from .place_surnames import PERSON_LABELS, surname_of_a_person  # noqa: F401  (what other modules import from here)

# A dateline opening a line: "ATHÈNES (AFP) -", "KYIV — ", "NEW YORK, 3 mars". Capitals are checked in code.
# The dash may touch the name ("ISLAMABAD- The turnout"), a hyphen inside it does not end it ("PORT-AU-PRINCE"); a
# bar may stand for the dash ("MONTRÉAL | Près de..."); the name may stand alone on its line ("BELGRADE").
DATELINE = re.compile(r"^([^\W\d_]+(?:[ '’-][^\W\d_]+)*)(?=\s*\(|\s*[—–|-]\s|,|:\s|[ \t]*\n)", re.MULTILINE)
DATELINE_MIN_LETTERS = 4
# The models' entity labels: French (WikiNER: LOC, PER, MISC) and English (OntoNotes: GPE, LOC, PERSON, FAC...).
PLACE_LABELS = {"LOC", "GPE"}
MISC_LABELS = {"MISC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
# Labels the English model gives place names it does not know ("Murcia" as a PRODUCT): no label at all, here.
NO_LABEL = {"PRODUCT", "WORK_OF_ART"}


@lru_cache(maxsize=None)
def place_words(language: str = "fr") -> SimpleNamespace:
    """The words that tell a place from what is not one (lexicons/<language>/places.yml, each entry the French one
    when the language's file has none), compiled."""
    def get(key: str):
        return lexicon.entry("places", key, language)

    joints = "|".join(re.escape(w) + ("" if w.endswith("'") else " ") for w in get("phrase_joints"))

    def before(phrases) -> re.Pattern:  # a phrase and its joint, right before the name (folded text)
        return re.compile(rf"(?:^|[^\w'])(?:{_alternation(phrases)}) (?:{joints})$")

    nouns = _alternation(get("neighbourhood_nouns"))
    return SimpleNamespace(
        area_words=frozenset(get("area_words")), compass_words=frozenset(get("compass_words")),
        locative_prepositions=frozenset(get("locative_prepositions")),
        weak_prepositions=frozenset(get("weak_prepositions")),
        locative_phrase_before=before(get("locative_phrases")), near_phrase_before=before(get("near_phrases")),
        neighbourhood_before=re.compile(rf"(?:^|[^\w'])(?:{nouns})s? (?:\w+ )?(?:{joints})$"),
        not_town_after=re.compile(rf"(?:^|\W)(?:{_alternation(get('not_town_after'))})\s*$"),
        article_before=re.compile(rf"(?:^|[^\w'])({_alternation(get('name_articles'))})\s*$"),
        contracted_articles=dict(get("contracted_articles")),
        institution_names=frozenset(get("institution_names")), demonym_endings=tuple(get("demonym_endings")),
        people_determiners=frozenset(get("people_determiners")), age_words=frozenset(get("age_words")),
        not_places=frozenset(_optional("not_places", language)),
        media_nouns=frozenset(_optional("media_nouns", language)),
        not_place_openers=frozenset(_optional("not_place_openers", language)),
        place_prepositions=frozenset(_optional("place_prepositions", language)),
        island_nouns=frozenset(_optional("island_nouns", language)),
        compass_adjectives=frozenset(_optional("compass_adjectives", language)),
        plural_people_articles=frozenset(_optional("plural_people_articles", language)),
        places_in_organisation_names=lexicon.load("places", language).get("places_in_organisation_names", True),
        one_sense_for_unknown_names=lexicon.load("places", language).get("one_sense_for_unknown_names", False),
    )


def _optional(key: str, language: str) -> list:
    """An entry a language may give or not (no French fallback): the language's own words, else none."""
    return lexicon.load("places", language).get(key) or []


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


# --- finding mentions -------------------------------------------------------------------------


@dataclass
class Candidate:
    start: int  # the whole mention, "région de Murcie"
    end: int
    core_start: int  # the name, "Murcie"
    core_end: int
    source: str  # "entity", "scan", "coordinated", "person" (a known place the model took for a person), "dateline"
    head: Optional[str] = None  # "region" after "région de", "city" after "ville de"
    small_town_only: bool = False  # kept only as a small town's name: dropped if it does not resolve to one
    list_head: bool = False  # the head noun is plural ("les régions de X et Y", "the X and Y regions")
    within: frozenset = frozenset()  # a compass word kept as a region of these countries only ("le Sud" of Haiti)
    countries: frozenset = frozenset()  # a town written before its region ("Evansburg, Alta."): of these only

    @property
    def must_resolve(self) -> bool:
        """A name kept on what the gazetteer knows (not on the model's say-so) is dropped when it resolves not."""
        return self.small_town_only or self.source in ("coordinated", "listed", "person", "dateline")

    @property
    def region(self) -> bool:
        return self.head == "region"

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end


def _entity_candidates(doc: Doc, folded: str, gaz: Gazetteer) -> list[Candidate]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and not _place_noun_around(ent, folded):
            continue
        if ent.label_ not in PLACE_LABELS and all(token.pos_ == "ADJ" for token in ent):
            continue  # "the Dutch territory of X", "Indian territory": a people's adjective, not a region's name
        core = _with_leading_article(_trim(ent), gaz)
        if core is None:
            continue
        core = _without_leading_preposition(core, gaz)
        if core is None:
            continue  # "A midi", "En fin de journée": a preposition the model took for a name, and common words
        if _lists_places(core, folded, gaz):
            continue  # "Madrid et Lisbonne" as one entity: the scan finds each name
        if _institution_named_by_a_place(core, folded, gaz):
            continue  # "Conseil constitutionnel du Mozambique": the scan finds the place in the name
        pair = _hyphenated_places(core, gaz)
        if pair:
            found += pair  # "la frontière Burkina-Mali", "the India-Pakistan border"
            continue
        end = max(core.end_char, _longest_name_at(folded, core.start_char, gaz) or 0)
        found.append(Candidate(core.start_char, end, core.start_char, end, "entity"))
    return found


def _hyphenated_places(core: Span, gaz: Gazetteer) -> list[Candidate]:
    """Places joined by hyphens into one word ("Burkina-Mali", "India-Pakistan"), one of them a country and
    each a known name, the whole none: one candidate per place. "Guinée-Bissau", "Rapperswil-Jona" stay whole."""
    text = core.text
    if "-" not in text or " " in text or name_key(text) in gaz.exact:
        return []
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^-]+", text)]
    keys = [name_key(text[a:b]) for a, b in parts]
    if len(parts) < 2 or not all(text[a:a + 1].isupper() and keys[i] in gaz.exact for i, (a, b) in enumerate(parts)):
        return []
    if not any(known.kind == "country" for key in keys for known, _ in gaz.exact[key]):
        return []
    start = core.start_char
    return [Candidate(start + a, start + b, start + a, start + b, "entity") for a, b in parts]


def _place_noun_around(ent: Span, folded: str) -> bool:
    """An organisation the model found where a place noun says place: "l'État de X", "the state of X",
    "the X region", "the town of X"."""
    if ent.label_ not in MISC_LABELS | {"ORG"}:
        return False
    rules = heads(ent.doc.lang_)
    before = _head_before(folded, ent.start_char, ent.doc.lang_)
    after = rules.after.match(folded[ent.end_char:ent.end_char + 30]) if rules.after else None
    inside = rules.inside_after.search(folded[ent.start_char:ent.end_char]) if rules.inside_after else None
    return before is not None or bool(after or inside)


def _lists_places(core: Span, folded: str, gaz: Gazetteer) -> bool:
    """An entity that is a list ("Madrid et Lisbonne"), no known name itself, holding known names."""
    if name_key(core.text) in gaz.exact or not any(t.pos_ == "CCONJ" or t.text == "," for t in core):
        return False
    return any(_longest_name_at(folded, token.idx, gaz) for token in core[1:] if token.text[:1].isupper())


def _institution_named_by_a_place(core: Span, folded: str, gaz: Gazetteer) -> bool:
    """An institution's name the model tagged a place: its first word an institution's head noun (actors.yml
    `institution_heads`, not a place noun of places.yml: "département de X" stays a place), a known place after a
    preposition inside it ("Conseil constitutionnel du Mozambique", "Banque centrale du Nigeria")."""
    first = fold(core[0].text)
    if first not in _institution_heads(core.doc.lang_) or first in heads(core.doc.lang_).place_heads \
            or name_key(core.text) in gaz.exact:
        return False
    return any(token.pos_ == "ADP" and next_.text[:1].isupper() and _longest_name_at(folded, next_.idx, gaz)
               for token, next_ in zip(core[1:], core[2:]))


@lru_cache(maxsize=None)
def _institution_heads(language: str) -> frozenset:
    return frozenset(fold(word) for word in lexicon.load("actors", language).get("institution_heads") or ())


def _trim(span: Span) -> Optional[Span]:
    """The span without leading articles and prepositions or trailing punctuation ("La France" -> "France")."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].pos_ in ("DET", "ADP") or span.doc[start].is_punct):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].tag_ == "POS"):  # "X province’s"
        end -= 1
    return span.doc[start:end] if end > start else None


def _without_leading_preposition(core: Span, gaz: Gazetteer) -> Optional[Span]:
    """A sentence-opening preposition the model kept in the entity ("A Rennes", "À midi", "En fin de journée"):
    the name after it ("Rennes"), or None when only lower-case words follow (no name at all)."""
    first = core.doc[core.start]
    words = place_words(core.doc.lang_)
    prepositions = {fold(p) for p in words.locative_prepositions | words.weak_prepositions}
    if len(core) < 2 or not first.text[:1].isupper() or fold(first.text) not in prepositions \
            or name_key(core.text) in gaz.exact:  # "Aux Cayes" is a town's name
        return core
    rest = core.doc[core.start + 1:core.end]
    if not any(token.text[:1].isupper() for token in rest):
        return None
    return _trim(rest)


def _with_leading_article(core: Optional[Span], gaz: Gazetteer) -> Optional[Span]:
    """Give back the article that belongs to the name: "La Haye", "Le Caire", "Les Sables-d'Olonne"."""
    if core is None or core.start == 0:
        return core
    article = core.doc[core.start - 1]
    with_article = core.doc[core.start - 1:core.end]
    if article.pos_ == "DET" and article.text[:1].isupper() and name_key(with_article.text) in gaz.exact:
        return with_article
    return core


def _longest_name_at(folded: str, position: int, gaz: Gazetteer) -> Optional[int]:
    """End offset of the longest scannable name starting at position, ending on a word boundary."""
    for key in gaz.scan.get(_first_word(folded[position:position + 60]), ()):
        end = position + len(key)
        if folded.startswith(key, position) and (end == len(folded) or not folded[end].isalnum()):
            return end
    return None


def _scan_candidates(doc: Doc, folded: str, gaz: Gazetteer, taken: list[Candidate]) -> list[Candidate]:
    """Gazetteer names the model did not mark as places: capitalised proper nouns, not in a person's name."""
    found: list[Candidate] = []
    next_free = 0
    for token in doc:
        if token.idx < next_free or not token.text[:1].isupper() or token.is_stop or token.ent_type_ in PERSON_LABELS:
            continue
        label = "" if token.ent_type_ in NO_LABEL else token.ent_type_
        # a capitalised word inside a sentence the model took for a common noun ("(the capital) Lusaka accounting")
        misread_noun = token.pos_ == "NOUN" and not label and _inside_a_sentence(token)
        if token.pos_ != "PROPN" and label not in PLACE_LABELS | MISC_LABELS | {"ORG"} and not misread_noun:
            continue
        end = _longest_name_at(folded, token.idx, gaz)
        if end is None:
            continue
        surface = doc_text(doc)[token.idx:end]
        candidate = Candidate(token.idx, end, token.idx, end, "scan")
        if surface.isupper() or any(candidate.overlaps(other) for other in taken):
            continue
        if label in MISC_LABELS | {"ORG"} and not _place_in_a_name(token, name_key(surface), gaz, end) \
                or not label and beside_a_body_noun(token, end):  # "The Nigeria Police says"
            continue
        found.append(candidate)
        next_free = end
    return found


def _inside_a_sentence(token: Token) -> bool:
    """Not the first word of a sentence or a line, where any word is capitalised (the parser may cut a sentence at
    a bracket: "(the capital) Lusaka accounting for 381")."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and not before.is_space and "\n" not in before.whitespace_ \
        and before.text not in (".", "!", "?", ":", ";", '"', "“", "”", "-", "—", "–")


def _place_in_a_name(token: Token, key: str, gaz: Gazetteer, end: Optional[int] = None) -> bool:
    """A place inside an organisation's or event's name: "Université de Lisbonne", "traité de Madrid" -- after a
    preposition. A name that starts the entity ("la société Orange") is the organisation's, unless the place is
    a country or a very large city."""
    if token.ent_iob_ == "I" and token.i > 0 and token.doc[token.i - 1].pos_ == "ADP":
        return not after_of_in_a_body(token)  # "News Agency of Nigeria" is the body's, "Government of Samoa" Samoa's
    if not place_words(token.doc.lang_).places_in_organisation_names and _inside_a_proper_name(token, end):
        return False  # "the Washington Post", "Public Safety Canada": the organisation's name, not the place
    return any(known.kind != "city" or (known.population or 0) >= MAJOR_CITY_POPULATION
               for known, _ in gaz.exact.get(key, []))


def _inside_a_proper_name(token: Token, end: Optional[int] = None) -> bool:
    """The token is part of a longer organisation's or event's name, the other words of which are capitalised:
    "the Washington Post", "Philippines Office of Civil Defence", "Public Safety Canada" (not "Pakistan security
    forces")."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or any(t.text == "," for t in entity):
        return False  # "Cox's Bazar, Chattogram" taken for one organisation: a list, no body's name
    end = token.idx + len(token.text) if end is None else end
    after = next((t for t in entity if t.idx >= end), None)
    if after is not None and after.lower_ in ("'s", "’s"):
        return False  # "Singapore's Elections Department": the country's body, the country named
    if entity.end_char < end:
        return False  # the name holds the entity ("Central African" + "Republic"), not the other way round
    others = [t for t in entity if not token.idx <= t.idx < end and t.is_alpha and not t.is_stop and t.pos_ != "DET"]
    return bool(others) and all(t.text[:1].isupper() for t in others)


def _untaken_people(doc: Doc, taken: list[Candidate], organisations: bool = False) -> Iterator[Span]:
    """The names the model labelled as a person or misc that no place candidate covers yet, trimmed; with
    `organisations`, also the one-word names it labelled as an organisation ("from Stevenage", "KwaZulu-Natal")."""
    for ent in doc.ents:
        one_word_organisation = organisations and ent.label_ == "ORG" and " " not in (_trim(ent) or ent).text.strip()
        if ent.label_ not in PERSON_LABELS | MISC_LABELS and not one_word_organisation:
            continue
        core = _trim(ent)
        if core is not None and not any(c.start < core.end_char and core.start_char < c.end for c in taken):
            yield core


def _coordinated_candidates(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """Names the model labelled as a person or misc but listed with places ("Samarcande et Boukhara"), along the
    whole list: "Nakuru (3), Kakamega (1), Kisumu (2)", each name joined to the one before it, the first to a place.
    A one-word name it left unlabelled or took for an organisation joins the list too ("Kavre, Lalitpur, and
    Dhading", "Morang, Sarlahi, Parsa"), kept only by its exact name (source "listed")."""
    found: list[Candidate] = []
    while True:
        added = [Candidate(core.start_char, core.end_char, core.start_char, core.end_char, source)
                 for core, source in [(core, "coordinated") for core in _untaken_people(doc, taken + found)]
                 + [(core, "listed") for core in _untaken_words(doc, taken + found)]
                 if any(_inside(token, taken + found) for token in _listed_with(core.root))]
        if not added:
            return found
        found += added


def _untaken_words(doc: Doc, taken: list[Candidate]) -> Iterator[Span]:
    """One-word proper nouns, capitalised, that the model left unlabelled or labelled a one-word organisation,
    and that no candidate covers yet."""
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() \
                or token.is_stop or _inside(token, taken):
            continue
        if token.ent_type_ == "ORG":
            ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if ent is None or len(ent) != 1:
                continue
        elif token.ent_type_:
            continue
        elif (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN") or (token.i > 0 and doc[token.i - 1].pos_ == "PROPN"):
            continue  # part of a longer name
        yield doc[token.i:token.i + 1]


def _listed_with(root: Token) -> list[Token]:
    """The words a name is listed with: the one its conjunct or apposition hangs on, and its own conjuncts."""
    linked = [root.head] if root.dep_ == "conj" or (root.dep_ == "appos" and root.head.pos_ == "PROPN") else []
    if root.dep_ == "conj":  # and the other names of its list: "Kavre, Lalitpur, and Dhading" all hang on "Kavre"
        linked += [child for child in root.head.children if child.dep_ == "conj" and child is not root]
    return linked + [child for child in root.children if child.dep_ == "conj"]


def _inside(token: Token, candidates: list[Candidate]) -> bool:
    return any(c.start <= token.idx < c.end for c in candidates)


@dataclass(frozen=True)
class Heads:
    """A language's head nouns around a place's name (lexicons/<language>/places.yml), compiled."""

    place_heads: dict[str, str]  # folded noun -> "region" or "city"
    inside: re.Pattern  # "région de X" as one span: the noun and what joins it to the name
    before: tuple[re.Pattern, ...]  # the same just before a name: "région de ", "région frontalière de "
    after: Optional[re.Pattern]  # a region noun just after a name: " region", " Oblast" (English)
    inside_after: Optional[re.Pattern]  # ... or at the end of the span: "Almaty Oblast"
    region_label: str
    region_label_vowel: str


@lru_cache(maxsize=None)
def heads(language: str = "fr") -> Heads:
    words = lexicon.load("places", language)
    place_heads = {**{w: "region" for w in words.get("region_words", [])},
                   **{w: "city" for w in words.get("city_words", [])}}
    of = "|".join(re.escape(w) + ("" if w.endswith("'") else r"\s+") for w in words.get("of_words", []))
    articles = "|".join(re.escape(w) + ("" if w.endswith("'") else r"\s+") for w in words.get("articles", []))
    joint = rf"(?:{of})\s*(?:{articles})?" if articles else rf"(?:{of})\s*"
    after_words = "|".join(sorted(map(re.escape, words.get("region_words_after", [])), key=len, reverse=True))
    return Heads(
        place_heads=place_heads,
        inside=re.compile(rf"^(\w+)(?:\s+\w+)?\s+{joint}(?=\w)"),
        # "région de ", "région frontalière de ", "région frontalière russe de "
        before=tuple(re.compile(r"(\w+)\s+" + r"(?:\w+\s+)" * n + joint + "$") for n in range(3)),
        after=re.compile(rf"^\s+({after_words})\b") if after_words else None,
        inside_after=re.compile(rf"\s+({after_words})$") if after_words else None,
        region_label=words.get("region_label", "{name}"),
        region_label_vowel=words.get("region_label_vowel", words.get("region_label", "{name}")),
    )


def _head_before(folded: str, position: int, language: str = "fr") -> Optional[re.Match]:
    """'région de ' or 'ville frontalière de ' just before a name."""
    rules = heads(language)
    preceding = folded[max(0, position - 60):position]
    joints = set(lexicon.load("places", language).get("of_words") or ()) | place_words(language).compass_words
    for pattern in rules.before:
        before = pattern.search(preceding)
        if before and before.group(1) in rules.place_heads:
            between = before.group(0).split()[1:-1]
            if any(word in joints for word in between[:-1]):
                return None  # "un village du nord du Mali": the noun is about another place, not Mali
            return before
    return None


def _dateline_candidates(text: str, taken: list[Candidate]) -> list[Candidate]:
    """The city of a dateline in capitals opening a line ("ATHÈNES (AFP) —", "KYIV, 3 mars", "LAGOS: "): looked up like the
    same name in normal case, kept only if it resolves. Capitals elsewhere (acronyms, shouted words) are not."""
    found = []
    body = _first_body_line(text)
    for match in DATELINE.finditer(text):
        name = match.group(1)
        # "Bareilly: The death toll…" opening the body after the headline: a dateline in normal case
        titled = match.start(1) == body and name.istitle() and text[match.end(1):match.end(1) + 1] == ":"
        if not (name.isupper() or titled) or sum(ch.isalpha() for ch in name) < DATELINE_MIN_LETTERS:
            continue
        candidate = Candidate(match.start(1), match.end(1), match.start(1), match.end(1), "dateline")
        if not any(candidate.overlaps(other) for other in taken):
            found.append(candidate)
    return found


def _first_body_line(text: str) -> int:
    """Where the first non-empty line after the headline (the first line) starts; -1 when there is none."""
    end = text.find("\n")
    while end != -1 and end + 1 < len(text) and text[end + 1] in "\n \t":
        end += 1
    return end + 1 if end != -1 and end + 1 < len(text) else -1


def _abbreviation_candidates(doc: Doc, taken: list[Candidate], language: str,
                             headlines: tuple = ()) -> list[Candidate]:
    """A country's or a region's abbreviation in capitals (lexicons/<language>/places.yml, `country_abbreviations`,
    `region_abbreviations`) that the model took for an organisation or left unlabelled: "a CAR spokesman", "CAR
    authorities", "in the DRC", "fires across NSW". Never a word in lower case ("car"), nor inside an
    organisation's longer name."""
    words = lexicon.load("places", language)
    abbreviations = {**(words.get("country_abbreviations") or {}), **(words.get("region_abbreviations") or {})}
    currencies = frozenset(lexicon.load("places", language).get("abbreviation_not_before") or ())
    found = []
    for token in doc:
        headline = any(a <= token.idx < b for a, b in headlines)
        if token.text not in abbreviations or not (token.text.replace(".", "").isupper() or headline):
            continue  # "Qld" in running text only where the model tags a place; in a headline's capitals too
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in currencies:
            continue  # "15 billion US dollar": a currency
        if token.ent_type_ and token.ent_type_ not in PLACE_LABELS | {"ORG"}:
            continue
        if token.ent_type_ == "ORG" and any(len(ent) > 1 for ent in doc.ents if ent.start <= token.i < ent.end) \
                and not headline:
            continue  # "CAR Football Federation": the organisation's name; in a headline the model runs its
            # organisations over capitalised words ("'Complacent' Qld Shuns March", "US Military Denies Strike")
        candidate = Candidate(token.idx, token.idx + len(token.text), token.idx, token.idx + len(token.text), "dateline")
        if not any(candidate.overlaps(other) for other in taken):
            found.append(candidate)
    return found


def _no_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if not any(candidate.overlaps(other) for other in kept):
            kept.append(candidate)
    return kept


# --- telling places from people and institutions ----------------------------------------------


def _core_span(doc: Doc, candidate: Candidate) -> Optional[Span]:
    return doc.char_span(candidate.core_start, candidate.core_end, alignment_mode="expand")


def _not_a_place(key: str, language: str = "fr") -> bool:
    words = place_words(language)
    return key in words.institution_names or key in words.compass_words or key in words.not_places \
        or (" " in key and key.split(" ", 1)[0] in words.not_place_openers)  # "Oct", "Operation X"


def _names_people(span: Span) -> bool:
    """A demonym or a people ("les Sud-Africains", "un Belge"), which the model often labels LOC."""
    return "Plur" in span.root.morph.get("Number") or _people_word(span)


def _people_word(span: Span) -> bool:
    """A demonym by its ending or its determiner, or a word the article also writes as an adjective."""
    last = fold(span[-1].text)
    words = place_words(span.doc.lang_)
    if span[-1].text[:1].isupper() and last.endswith(words.demonym_endings):
        return True
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_ in words.people_determiners:
        return True
    # The same word used as a lowercase adjective elsewhere in the article: "les Belges" / "troupes belges".
    return len(span) == 1 and span.text.lower() in _common_words(span.doc)


def _common_words(doc: Doc) -> set[str]:
    """The article's adjectives and common nouns as written, computed once per document."""
    cached = doc.user_data.get("places.common_words")
    if cached is None:
        cached = doc.user_data["places.common_words"] = {t.text for t in doc if t.pos_ in ("ADJ", "NOUN")}
    return cached


def _could_be_place(key: str, core: Span, gaz: Gazetteer) -> bool:
    """A plain name of a known place stands. An alternate spelling or an unknown word must not name a people
    ("Russe" is also an alternate spelling of Ruse, Bulgaria), and an unknown word must look like a proper noun."""
    entries = gaz.exact.get(key) or gaz.region_sounds.get(phonetic_key(key), [])
    if any(main for _, main in entries):
        return True
    if _names_people(core):
        return False
    return bool(entries) or _looks_like_a_name(core)


def _looks_like_a_name(span: Span) -> bool:
    """Worth keeping unresolved: a proper noun, not a common noun the model capitalised ("État", "Source"); or a
    compound whose every part is capitalised ("le Haut-Valais", "les Franches-Montagnes"), whatever its tag."""
    if span.root.pos_ == "PROPN" or (len(span) > 1 and any(t.pos_ == "PROPN" for t in span)):
        return True
    parts = [part for token in span for part in token.text.split("-")]
    return len(parts) > 1 and all(part[:1].isupper() and part.isalpha() for part in parts) \
        and not _before_an_acronym(span)


def _before_an_acronym(span: Span) -> bool:
    """An acronym in brackets in the next few words: an organisation's name ("le Haut-Commissariat pour les
    réfugiés (HCR)"), not a place's."""
    following = span.doc[span.end:span.end + 8]
    return any(a.text == "(" and b.text.isupper() and len(b.text) > 1 and c.text == ")"
               for a, b, c in zip(following, following[1:], following[2:]))
