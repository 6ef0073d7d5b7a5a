"""Actor mentions: the people and organisations one article names (`extract_actor_mentions`, run by the
`recoupe_actors` stage into `doc._.actor_mentions`).

- spaCy entities: PER -> person, ORG -> organisation; a LOC/MISC entity becomes an organisation only when it
  speaks ("L'Élysée rejette", "selon l'Afrique du Sud": the reports of `doc._.reports`) or is an acronym that is
  not a country code;
- institutions that NER misses, found from a small lexicon of institution head nouns ("le service national de
  renseignement allemand", "la présidence sud-africaine", "le bureau de Pereira");
- an acronym the text pairs with a long form ("… sud-africain (BND)") becomes that mention's `acronym`;
- the title the text gives ("le président portugais Rui Pereira", "Rui Pereira, secrétaire général de l'OTAN")
  goes to `role`;
- `name` is the fullest form in the article: a surname alone takes the full name given elsewhere, an acronym
  its long form, a generic description ("l'agence de renseignement") the one named organisation it describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Token

from . import lexicon
from .extensions import layout_of, reports_of
from .models import ActorMention, Article, PlaceMention, stable_id
from .names import (
    ACRONYM, DEMONYM, _content_words, _country_codes, _fold_word, _is_acronym, _name_tokens, _org_key, _person_key,
)
from .nlp import doc_language, doc_text, known_word
from .reporting import CIVILITIES, TITLE_NOUNS, words
from .reports import with_candidates


# The words that find and delimit an institution or an organisation: lexicons/fr/actors.yml.
_WORDS = lexicon.load("actors", "fr")
INSTITUTION_HEADS = frozenset(_WORDS["institution_heads"])  # head nouns of institutional actors NER tends to miss
ORGANISATION_WORDS = frozenset(_WORDS["organisation_words"])  # "l'ONG X", "le quotidien Y"
DETERMINERS = frozenset(_WORDS["determiners"])
COMPLEMENT_ADP = frozenset(_WORDS["complement_adp"])
ROLE_INNER_ADP = frozenset(_WORDS["role_inner_adp"])
ROLE_PREFIXES = tuple(_WORDS["role_prefixes"])


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str  # "person" | "organisation"
    source: str  # "ner" | "np"
    label: str = ""
    role: Optional[str] = None
    acronym: Optional[str] = None
    name: Optional[str] = None
    tokens: list[int] = field(default_factory=list)


def extract_actor_mentions(doc: Doc, article: Article) -> list[ActorMention]:
    text = article.text
    layout = layout_of(doc)
    entities = [c for c in (_clean_entity(doc, ent) for ent in doc.ents) if c is not None]
    entities += _titled_names(doc, entities)
    entities = _join_coordinated(doc, text, entities)
    reports = with_candidates(doc, layout, reports_of(doc), [(c.start, c.end) for c in entities])
    speaker_heads = {r.head for r in reports if r.head is not None}

    candidates: list[_Candidate] = []
    for cand in entities:
        kind = _entity_kind(doc, cand, entities, speaker_heads, text)
        if kind is not None:
            cand.kind = kind
            candidates.append(cand)
    candidates = _add_institutions(doc, text, candidates)
    candidates = _pair_acronyms(text, candidates)
    for cand in candidates:
        if cand.kind == "person":
            cand.role = _role_before(doc, cand) or _role_after(doc, cand)
    _resolve_names_in_article(text, candidates)

    mentions = []
    for cand in sorted(candidates, key=lambda c: (c.start, c.end)):
        unit = layout.units[layout.unit_of(cand.start)]
        surface = text[cand.start:cand.end]
        mentions.append(
            ActorMention(
                id=stable_id(article.id, "actor", cand.start, cand.end),
                article_id=article.id,
                start=cand.start,
                end=cand.end,
                sentence=text[unit[0]:unit[1]],
                surface=surface,
                kind=cand.kind,
                name=cand.name or surface,
                role=cand.role,
                acronym=cand.acronym,
            )
        )
    return mentions


def without_places(mentions: list[ActorMention], place_mentions: list[PlaceMention]) -> list[ActorMention]:
    """The "people" the places stage showed to be towns ("Bielsko Biala, en Pologne"). Organisations stay: a
    country or a city that speaks ("Madrid a démenti") is both a place and an actor."""
    spans = [(p.start, p.end) for p in place_mentions]
    return [m for m in mentions if m.kind != "person" or not any(s <= m.start and m.end <= e for s, e in spans)]


def _clean_entity(doc: Doc, ent) -> Optional[_Candidate]:
    """The entity without leading articles (and, for people, leading lower-case titles); a full stop glued to the
    next word ("Nordpresse.ce que") is repaired in ingest (recoupe/repair.py)."""
    if ent.label_ not in ("PER", "ORG", "LOC", "MISC"):
        return None
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    label = ent.label_
    if label != "PER" and len(tokens) > 1 and tokens[0].lower_.rstrip(".") in CIVILITIES and tokens[-1].text[:1].isupper():
        label = "PER"  # "le Dr Malet" read as an organisation: a civility says a person
    if label == "PER":
        title = []
        while tokens and (not tokens[0].text[:1].isupper() or tokens[0].lower_.rstrip(".") in CIVILITIES):
            title.append(tokens.pop(0))  # "général Lindqvist", "M. Scholz" -> the surname; a title becomes the role
        if title and title[-1].pos_ in ("ADP", "DET") and _is_title(doc, title[0].i):
            return None  # "président de la République": the title's complement, no person's name
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in ("'s", "’s")):
        tokens.pop()  # and a possessive: "the Health Ministry's figures"
    breaks = [k for k, t in enumerate(tokens) if "\n" in t.text or "\n" in t.whitespace_]
    if breaks:  # a name never runs over a paragraph: "l'Assemblée\n\nLa motion de censure"
        tokens = tokens[: breaks[0] + (0 if "\n" in tokens[breaks[0]].text else 1)]
    if label == "ORG":
        # an acronym NER took with its bracket ("World Health Organization (WHO"), or a clause it ran into ("…
        # de la santé faisant état de 3 958 morts"): the name stops there; the acronym is paired later
        for k, t in enumerate(tokens[1:], 1):
            if t.text == "(" or (t.pos_ in ("VERB", "AUX") and t.is_lower and t.dep_ != "amod"
                                 and tokens[k - 1].pos_ != "ADP" and t.text.endswith(("ant", "ing"))):
                tokens = tokens[:k]
                break
        # a verb or a number NER ran into: "le ministère de l'Intérieur avance", "le Ministère de l'intérieur 1,12"
        # (not a participle the name agrees with: "les Nations unies", "l'Organisation des Nations unies")
        while len(tokens) > 1 and (tokens[-1].like_num or (tokens[-1].pos_ in ("VERB", "AUX") and tokens[-1].is_lower
                                                           and tokens[-1].dep_ != "amod")
                                   or (len(tokens) > 2 and tokens[-1].is_lower and tokens[-2].is_title
                                       and (tokens[-1].pos_ == "NOUN" or tokens[-1].pos_ == "VERB"
                                            and tokens[-1].dep_ != "amod"))):
            tokens.pop()  # a lower-case noun right after a name's capitalised word is the next word: "… l'Intérieur avance"
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
    if not tokens:
        return None
    if label == "ORG":
        # an adjective of nationality NER left out: "le Croissant-Rouge libyen", "la Croix-Rouge française"
        nxt = tokens[-1].i + 1
        if (nxt < len(doc) and tokens[-1].whitespace_ == " " and doc[nxt].is_lower and doc[nxt].pos_ == "ADJ"
                and tokens[-1].text[:1].isupper() and not (len(tokens) == 1 and _is_acronym(tokens[0].text))
                and lexicon.demonym(doc[nxt].text, doc.user_data.get("language", "fr"))):
            tokens.append(doc[nxt])
    if label == "PER":
        # "Park Ji Un a reçu": NER stops before "Un"; a capitalised word inside a sentence is part of the name
        nxt = tokens[-1].i + 1
        while nxt < len(doc) and tokens[-1].whitespace_ == " " and doc[nxt].is_alpha and doc[nxt].is_title and not doc[nxt].ent_type_:
            tokens.append(doc[nxt])
            nxt += 1
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    if end <= start:
        return None
    return _Candidate(start, end, "organisation", "ner", label, tokens=[t.i for t in tokens])


COORDINATED = re.compile(r"\s+et\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*$|\s+and\s+(?:the\s+)?$", re.I)


def _join_coordinated(doc: Doc, text: str, entities: list[_Candidate]) -> list[_Candidate]:
    """One name whose complement is two coordinated names, which NER reads as two: "la Fédération internationale
    de la Croix-Rouge et du Croissant-Rouge". Joined when the second is a conjunct of a word of the first's
    complement (the parse says so) and is no body of its own ("le ministère de l'Intérieur et le ministère de la
    Défense" stay two)."""
    ordered = sorted(entities, key=lambda c: c.start)
    joined: list[_Candidate] = []
    for cand in ordered:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.label == "ORG" and cand.label in ("ORG", "MISC", "LOC")
                and COORDINATED.fullmatch(text[previous.end:cand.start] or "x")
                and len(previous.tokens) >= 3 and any(doc[i].pos_ == "ADP" for i in previous.tokens[1:])):
            first = doc[cand.tokens[0]]
            inside = set(previous.tokens)
            if (first.dep_ == "conj" and first.head.i in inside and first.head.i != previous.tokens[0]
                    and first.lower_ not in INSTITUTION_HEADS and first.lower_ not in ORGANISATION_WORDS):
                joined[-1] = _Candidate(previous.start, cand.end, previous.kind, previous.source, "ORG",
                                        tokens=list(range(previous.tokens[0], cand.tokens[-1] + 1)))
                continue
        joined.append(cand)
    return joined


def _titled_names(doc: Doc, entities: list[_Candidate]) -> list[_Candidate]:
    """People NER missed, introduced by a title: 'le ministre allemand de la Défense Boris Pistorius'."""
    found = []
    taken = {i for c in entities if c.label != "MISC" for i in c.tokens}
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].is_alpha and j not in taken:
            j += 1
        if j - i >= 2 and j - i <= 4:
            cand = _Candidate(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), "person", "ner", "PER", tokens=list(range(i, j)))
            before = doc[i - 1] if i > 0 else None
            follows_title = before is not None and (before.pos_ in ("NOUN", "ADJ") or before.text == ",")
            if follows_title and _role_before(doc, cand):  # not "président de la Banque Mondiale"
                found.append(cand)
        i = max(j, i + 1)
    return found


def _entity_kind(doc, cand: _Candidate, entities, speaker_heads: set[int], text: str) -> Optional[str]:
    surface = text[cand.start:cand.end]
    if _shouted(surface, text, cand.start):
        return None
    if cand.label == "PER":
        tokens = [doc[i] for i in cand.tokens]
        if not any(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ not in ("VERB", "ADJ", "ADV")) for t in tokens):
            return None  # "Interrogé" tagged as a person
        if _listed_with_places(cand, entities, text):
            return None  # "Tachkent, Samarcande et Boukhara": a misspelt town, not a person
        return "person"
    if cand.label == "ORG":
        first = doc[cand.tokens[0]]
        if first.is_lower and first.lower_ in TITLE_NOUNS:
            return None  # "le ministre de l'Intérieur, Paul Marchand": an office, the person's role
        return "organisation"
    # LOC / MISC: an actor only when it speaks, when a word says what it is ("l'ONG Save the Children"), or an
    # acronym that is no country code.
    before = doc[cand.tokens[0] - 1] if cand.tokens[0] > 0 else None
    if before is not None and before.lower_ in ORGANISATION_WORDS and cand.label == "MISC":
        return "organisation"
    if any(i in speaker_heads for i in cand.tokens) and any(doc[i].pos_ == "PROPN" for i in cand.tokens):
        return "organisation"  # "L'Élysée rejette" — but not "selon cette Source" tagged as a place
    if _is_acronym(surface) and surface.upper() not in _country_codes():
        return "organisation"
    return None


def _shouted(surface: str, text: str, start: int) -> bool:
    """A word in capitals that is no acronym: a common word set in capitals ("DIRECT", a live page's label) or
    a dateline's town ("ATHÈNES (AFP) —")."""
    if not (surface.isupper() and len(surface) >= 4 and " " not in surface):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    after = text[start + len(surface):start + len(surface) + 60]
    # "ATHÈNES (AFP) —", "KYIV —", "ATHÈNES, mercredi 14 juin 2023 (AFP) -" (not "OTAN, qui …")
    dateline = not text[line_start:start].strip() and (
        re.match(r"\s*(?:\(|—|–|-\s)", after) or re.match(r",\s*(?:\w+\s+)?\d[^\n]*\(", after)
    )
    return bool(dateline) or known_word(surface.lower())


def _listed_with_places(cand: _Candidate, entities, text: str) -> bool:
    """A one-word 'person' closing or inside an enumeration of at least two places."""
    if len(cand.tokens) != 1:
        return False
    places = sorted((e for e in entities if e.label == "LOC"), key=lambda e: e.start)
    chain, position = 0, cand.start
    for place in reversed([p for p in places if p.end <= cand.start]):
        if not re.fullmatch(r"\s*(?:,|et|ou)\s*", text[place.end:position]):
            break
        chain, position = chain + 1, place.start
    return chain >= 2


def _add_institutions(doc: Doc, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Institutions named by a common noun ('le ministère de la Défense'), which NER often misses."""
    result = list(candidates)
    for token in doc:
        if token.lower_ not in INSTITUTION_HEADS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        capitalised = token.text[:1].isupper()
        determined = token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS
        if not (capitalised or determined):
            continue  # "en service"
        end_i, modifiers = _institution_extent(doc, token)
        if not modifiers and not capitalised:
            continue  # "le service militaire" is no institution; "le service national de ..." is
        start, end = token.idx, doc[end_i - 1].idx + len(doc[end_i - 1].text)
        overlapping = [c for c in result if c.start < end and start < c.end]
        if any(c.kind == "organisation" and c.source == "ner" for c in overlapping):
            continue
        if any(not (start < c.start and c.end <= end) for c in overlapping):
            continue  # only a person or place inside a complement may overlap: "le bureau de Pereira"
        named = _name_right_after(text, end, result)
        if named is not None and named.kind == "organisation":
            named.role = named.role or text[start:end]  # "l'agence de presse belge Nordpresse"
            continue
        result.append(_Candidate(start, end, "organisation", "np", tokens=list(range(token.i, end_i))))
    return result


def _institution_extent(doc: Doc, head: Token) -> tuple[int, bool]:
    """End token (exclusive) of an institution phrase and whether it has a qualifying modifier."""
    end = head.i + 1
    modifiers = False
    while end < len(doc):
        t = doc[end]
        if t.pos_ == "ADJ" and not t.is_punct:
            if DEMONYM.search(_fold_word(t.lower_)) or t.text[:1].isupper():
                modifiers = True
            end += 1
            continue
        if t.lower_ in COMPLEMENT_ADP:
            j = end + 1
            if j < len(doc) and doc[j].pos_ == "DET" and doc[j].lower_ in DETERMINERS:
                j += 1
            if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and not doc[j].is_punct:
                end = j + 1
                modifiers = True
                # names that follow: "d'Afrique du Sud" is handled by the loop; "d'Rui Pereira"
                while end < len(doc) and doc[end].pos_ == "PROPN":
                    end += 1
                continue
        break
    return end, modifiers


def _name_right_after(text: str, end: int, candidates: list[_Candidate]) -> Optional[_Candidate]:
    for c in candidates:
        if c.source == "ner" and re.fullmatch(r"\s{1,2}", text[end:c.start] or "x"):
            return c
    return None


def _pair_acronyms(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """'Service fédéral de renseignement allemand (BND)': the acronym belongs to the long form."""
    kept = []
    absorbed = set()
    for cand in sorted(candidates, key=lambda c: c.start):
        if id(cand) in absorbed:
            continue
        match = re.match(rf"\s*\(({ACRONYM})\)", text[cand.end:])
        # an acronym, or one the press writes as a word ("(Unicef)", "(Ocha)") after a body's name
        written = bool(match) and cand.kind == "organisation" and re.fullmatch(r"[A-Z][a-z]{2,7}", match.group(1)) \
            and " " in text[cand.start:cand.end] and not any(c.start == cand.end + match.start(1) and c.label == "LOC"
                                                             for c in candidates)
        if match and (_is_acronym(match.group(1)) or written) and not _is_acronym(text[cand.start:cand.end]):
            cand.acronym = match.group(1)
            a_start = cand.end + match.start(1)
            for other in candidates:
                if other.start == a_start:
                    absorbed.add(id(other))
        kept.append(cand)
    return kept


def _role_before(doc: Doc, cand: _Candidate) -> Optional[str]:
    """'le président portugais Rui Pereira', 'le chef des services secrets portugais, Tomas Lindqvist'."""
    i = cand.tokens[0] - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    collected: list[int] = []
    while i >= 0 and len(collected) < 16:
        t = doc[i]
        if t.pos_ == "DET" and not (i > 0 and doc[i - 1].lower_ in COMPLEMENT_ADP | ROLE_INNER_ADP):
            break
        if t.is_punct and t.text not in "()-" or _stops_role(t):
            break
        collected.append(i)
        i -= 1
    collected.reverse()
    for k, index in enumerate(collected):
        if _is_title(doc, index):
            start = index
            while start - 1 >= 0 and doc[start - 1].text == "-" and start - 2 >= 0:
                start -= 2  # "lieutenant - général"
            end_token = doc[collected[-1]]
            return doc_text(doc)[doc[start].idx:end_token.idx + len(end_token.text)].strip(" ,")
    return None


def _role_after(doc: Doc, cand: _Candidate) -> Optional[str]:
    """'Rui Pereira, secrétaire général de l'OTAN, a déclaré'."""
    i = cand.tokens[-1] + 1
    while i < len(doc) and doc[i].idx < cand.end:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc) or not _is_title(doc, i):
        return None
    start = i
    end = i
    while end < len(doc) and end - start < 16:
        t = doc[end]
        if t.is_punct and t.text not in "()-’'" or _stops_role(t):
            break
        end += 1
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx:last.idx + len(last.text)].strip(" ,")


def _stops_role(token: Token) -> bool:
    """A verb, pronoun or conjunction ends a title; an adjectival participle ('Nations unies') does not."""
    if token.pos_ == "VERB" and token.dep_ == "amod":
        return False
    return token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or token.is_space


def _is_title(doc: Doc, i: int) -> bool:
    """A title noun of the article's language ("le président", "District Judge X"), or one with a prefix."""
    word = doc[i].lower_
    if word in TITLE_NOUNS or word in words(doc_language(doc)).title_nouns:
        return True
    for prefix in ROLE_PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] in TITLE_NOUNS:
            return True
    return False


def _resolve_names_in_article(text: str, candidates: list[_Candidate]) -> None:
    """Fullest form within the article: surname -> full name, acronym -> long form, description -> name."""
    for cand in candidates:
        cand.name = text[cand.start:cand.end]
    persons = [c for c in candidates if c.kind == "person"]
    full_names = [c for c in persons if len(_name_tokens(c.name)) >= 2]
    for cand in persons:
        tokens = _name_tokens(cand.name)
        if len(tokens) != 1:
            continue
        matches = [f for f in full_names if tokens[0] in (_name_tokens(f.name)[0], _name_tokens(f.name)[-1])]
        distinct = {_person_key(f.name) for f in matches}
        if len(distinct) == 1:
            cand.name = matches[0].name
        elif matches:
            before = [f for f in matches if f.start < cand.start]
            if before and len({_person_key(f.name) for f in before}) == 1:
                cand.name = before[-1].name
    # "bureau de Pereira" -> "bureau d'Rui Pereira"
    for cand in candidates:
        if cand.kind != "organisation":
            continue
        for person in persons:
            if cand.start <= person.start and person.end <= cand.end and person.name != text[person.start:person.end]:
                cand.name = cand.name.replace(text[person.start:person.end], person.name)

    organisations = [c for c in candidates if c.kind == "organisation"]
    long_forms = {c.acronym: c.name for c in organisations if c.acronym}
    for cand in organisations:
        if cand.name in long_forms:
            cand.acronym, cand.name = cand.name, long_forms[cand.name]
        elif _is_acronym(cand.name) and not cand.acronym:
            cand.acronym = cand.name
    named = [c for c in organisations if c.source == "ner" or c.acronym]
    for cand in organisations:
        if cand.source != "np" or cand.acronym:
            continue
        words = _content_words(cand.name)
        targets = {}
        for other in named:
            described = _content_words(other.name) | _content_words(other.role or "")
            if words and words <= described:
                targets[_org_key(other.name)] = other
        if len(targets) == 1:
            target = next(iter(targets.values()))
            cand.name, cand.acronym = target.name, target.acronym
