"""Place candidates found by what the article says elsewhere, after the first pass (place_candidates): known
places the model labelled as a person, kept when the context says place; one sense per article (a name resolved
once is the same place wherever else it stands); and what the model missed that the article's countries make
likely (English first-level regions, names before a feature noun)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from . import lexicon
from .folding import fold, name_key
from .gazetteer import MAJOR_CITY_POPULATION, Gazetteer
from .nlp import doc_text, word_forms
from .place_candidates import (MISC_LABELS, PERSON_LABELS, PLACE_LABELS, Candidate, _not_a_place, _optional, _trim,
                               surname_of_a_person, place_words)
from .place_cues import joining_hyphen, misc_name_of_a_place
from .place_phrases import whole_word_spans
from .place_labelled import _person_labelled_candidates  # noqa: F401 (places.py reads it here)


def repeated_mentions(text: str, kept: list[tuple[Candidate, Optional[object]]], taken: list[tuple[int, int]],
                      blocked: list[tuple[int, int]], regions_alone=frozenset()) -> list[tuple[Candidate, object]]:
    """One sense per article: a name the article resolved as a place (not a region named after its city; a region
    named with its noun only when no town has its name: `regions_alone`) is the same place wherever else it stands,
    as a whole word in the same case, outside the names of organisations and people (`blocked`) and the mentions
    already found (`taken`)."""
    found = []
    seen = set()
    for candidate, known in kept:
        core = text[candidate.core_start:candidate.core_end]
        if known is None or (candidate.head == "region" and core not in regions_alone) or candidate.source in ("person", "coordinated", "listed") or core in seen or len(core) < 3 or not core[:1].isupper():
            continue
        seen.add(core)
        spans = whole_word_spans(text, core, taken + blocked)
        found += [(Candidate(start, end, start, end, "repeated"), known) for start, end in spans]
        taken = taken + spans
    return found


def missed_regions_and_features(doc: Doc, gaz: Gazetteer, taken: list[Candidate], countries: set[str],
                                language: str) -> list[tuple[Candidate, str, Span]]:
    """What the model did not tag as a place, found by what is known about the article (English):
    - a first-level region's own name, tagged as an organisation or not at all ("Karnataka saw 12,000 cases",
      "Palermo, Sicily", "Kunar Governor X" before a title), when the region lies in a country the article names
      or has places in; a town of such a country right after a place preposition ("from Damboa to X");
    - a proper name followed by a noun of a natural or urban feature (`feature_nouns`: "the Tagab valley", "near
      Sambisa forest", "the Adola Mountains"), kept unresolved as a place of its own."""
    words = place_words(language)
    features = frozenset(_optional("feature_nouns", language))
    if not features and not words.one_sense_for_unknown_names:
        return []
    spans = [e for e in doc.ents if e.label_ not in PLACE_LABELS | PERSON_LABELS]
    i = 0
    while i < len(doc):  # runs of capitalised proper nouns outside any entity
        j = i
        while j < len(doc) and not doc[j].ent_type_ and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        if j > i:
            spans.append(doc[i:j])
        i = max(j, i + 1)
    found: list[tuple[Candidate, str, Span]] = []

    def free(candidate: Candidate) -> bool:
        return not any(candidate.overlaps(other) for other in taken + [c for c, _, _ in found])

    titles = set(lexicon.load("attribution", language).get("title_nouns") or ()) | set(_optional("office_words", language))
    time_words = set(lexicon.load("attribution", language).get("time_words") or ())  # "in March": no town
    based = frozenset(_optional("place_hyphen_words", language))
    for span in spans:
        core = _trim(span)
        titled = False
        while core is not None and len(core) > 1 and core[-1].lower_ in titles:
            core, titled = core[:-1], True  # "Kunar Governor Sayed Akbar", "Punjab Chief Minister X": the region before the title
        while core is not None and len(core) > 1 and core[0].lower_ in titles and core[1].text[:1].isupper():
            core, titled = core[1:], True  # "According to CMO Pilibhit, X": the town after the office's title
        if core is None:
            continue
        key = name_key(core.text)
        entries = gaz.exact.get(key, []) if key and not _not_a_place(key, language) else []
        region = any(known.kind == "region" and main and known.country_code in countries for known, main in entries)
        # a town too small for the scan, by its main name, in one of those countries, right after a place
        # preposition: "escorting vehicles from Damboa to Maiduguri"
        # or before a title: "Lundazi Resident Magistrate", "the Kuala Lumpur Police Chief"; or before "-based"
        town = (titled or core.start > 0 and doc[core.start - 1].lower_ in words.locative_prepositions | words.weak_prepositions
                or _before_a_hyphenated_word(core, based)) \
            and key not in time_words and any(known.kind == "city" and main and (known.country_code in countries or (
                titled and len({other.country_code for other, _ in entries}) == 1)) for known, main in entries)
        # (before a title, a town the gazetteer knows in one country only, whatever the article's other places)
        if not (region or town):
            continue
        candidate = Candidate(core.start_char, core.end_char, core.start_char, core.end_char, "scan")
        if free(candidate):
            found.append((candidate, key, core))
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_stop and following.lower_ in features
                and (token.ent_type_ not in PERSON_LABELS or _a_feature_named_by_a_person_tag(token, following))):
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].ent_type_ not in PERSON_LABELS:
                start -= 1  # "the Upper Tagab valley"
            after = doc[following.i + 1] if following.i + 1 < len(doc) else None
            if after is not None and after.text[:1].isupper() and after.is_alpha:
                continue  # "U.S. Coast Guard", "Virgin Islands Police": part of a longer name
            core = doc[start:following.i + 1]
            candidate = Candidate(core.start_char, core.end_char, core.start_char, core.end_char, "entity")
            key = name_key(core.text)
            if free(candidate) and key and not _not_a_place(key, language):
                found.append((candidate, key, core))
    return found


def _a_feature_named_by_a_person_tag(token, following) -> bool:
    """"the Gusami forest": one word the model took for a person's name, after "the", before a feature noun in lower
    case, and no surname the article gives a person: the feature's name."""
    doc = token.doc
    return following.text.islower() and token.i > 0 and doc[token.i - 1].lower_ == "the" \
        and doc[token.i - 1].ent_type_ == "" and not surname_of_a_person(doc[token.i:token.i + 1]) \
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_type_ not in PERSON_LABELS)


def _before_a_hyphenated_word(core: Span, words: frozenset) -> bool:
    """The name opens a hyphenated word that says it is a place: "the Dipayal-based police office"."""
    doc = core.doc
    return core.end + 1 < len(doc) and doc[core.end].text == "-" and doc[core.end + 1].lower_ in words \
        and not doc[core.end].whitespace_ and not doc[core.end - 1].whitespace_


def repeated_unresolved(text: str, resolved: list, taken: list[tuple[int, int]], blocked: list[tuple[int, int]],
                        names: set[str], districts: Optional[dict] = None) -> list:
    """One sense per article for a name the model called a place but the gazetteer does not know ("Chibok"), or
    knows only as a district (`districts`: candidate id -> district): the same name as a whole word in the same
    case elsewhere, outside the names of organisations and people, is the same place (candidate, key, district or
    None)."""
    found = []
    districts = districts or {}
    by_core = {text[c.core_start:c.core_end]: (key, districts.get(id(c))) for c, key, known in resolved
               if known is None or id(c) in districts}
    for core in sorted(names):
        if len(core) < 3 or not core[:1].isupper() or core not in by_core:
            continue
        spans = whole_word_spans(text, core, taken + blocked)
        found += [(Candidate(start, end, start, end, "repeated"), *by_core[core]) for start, end in spans]
        taken = taken + spans
    return found


def unevidenced_towns(doc: Doc, resolved: list, gaz: Gazetteer, language: str) -> set[str]:
    """Name keys of towns that nothing in the article calls a place: every mention of the name a town of under a
    million people, in a country where none of the article's other places lies (the article has some), with no
    head noun, no place preposition or list of places right before it (`place_prepositions`), not a capital, not
    a dateline in capitals.
    "Metro operator WMATA" in an article on Washington, "Monsoon rains" (a Hungarian town by its sound) in one
    on South Asia, "Union finance minister" in one on India: words of the language the model or the scan took
    for towns of other continents. "Crowds marched in Sanda" or "Juibar, 200 km away" stay places."""
    words = place_words(language)
    if not words.place_prepositions:
        return set()
    by_key: dict[str, list] = {}
    for candidate, key, known in resolved:
        by_key.setdefault(key, []).append((candidate, known))
    dropped = set()
    for key, mentions in by_key.items():
        countries_elsewhere = {known.country_code for k, items in by_key.items() if k != key
                               for _, known in items if known is not None and known.country_code}
        if not countries_elsewhere:
            continue
        if all(known is not None and known.kind == "city" and (known.population or 0) < MAJOR_CITY_POPULATION
               and known.country_code not in countries_elsewhere and candidate.head is None
               and known.geonames_id not in gaz.capitals and not doc_text(doc)[candidate.start:candidate.end].isupper()
               and candidate.source in ("entity", "scan") and not _placed_by_the_word_before(doc, candidate, words)
               for candidate, known in mentions):
            dropped.add(key)
    return dropped


def _placed_by_the_word_before(doc: Doc, candidate: Candidate, words) -> bool:
    """A place preposition, a list's comma or conjunction right before the name ("in Sanda", ", Juibar")."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    previous = doc[span.start - 1]
    return previous.lower_ in words.place_prepositions or previous.text in words.place_prepositions


def unknown_name_of_an_organisation(text: str, candidate: Candidate) -> bool:
    """A name the gazetteer does not know that is written like an organisation's or a brand's, not a place's: an
    acronym ("the NASUWT", "l'OCPM"), a name with a digit ("TV5Monde"), or a name alone in brackets after
    another ("l'agence (Belga)", "Office de consultation (OCPM)"), where news writing puts acronyms and credits."""
    core = text[candidate.core_start:candidate.core_end]
    letters = [ch for ch in core if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return True
    if any(ch.isdigit() for ch in core):
        return True
    before = text[:candidate.start].rstrip(" ")
    after = text[candidate.end:].lstrip(" ")
    return before.endswith("(") and after.startswith(")")


def after_a_title(doc: Doc, candidate: Candidate) -> bool:
    """A name right after a civility or a title ("Mr Preston", "Dr. Reading", "Senator Lincoln", "le président
    Sedan"): a person's, whatever town (under a million people, no capital) has it (`civilities`, `title_nouns` in
    lexicons/<language>/attribution.yml). "St." opens a place's own name and is no civility here."""
    span = doc.char_span(candidate.core_start, candidate.core_end, alignment_mode="expand")
    if span is None or span.start == 0 or candidate.end > candidate.core_end:
        return False  # "Commissioner Sibi division": the noun after the name makes it the area's
    words = lexicon.load("attribution", doc.lang_)
    civilities = set(words.get("civilities") or ()) - {"st", "ste"}
    previous = doc[span.start - 1]
    if previous.text == "." and span.start > 1:
        previous = doc[span.start - 2]
    word = previous.lower_.rstrip(".")
    if word in civilities:
        return True
    if word not in set(words.get("title_nouns") or ()):
        return False
    # "Senator Lincoln"; lower case after a determiner: "le président Sedan", "the mayor Reading", or before a verb
    # the name is the subject of: "minister Patra dismissed the claims"
    return previous.text[:1].isupper() or (previous.i > 0 and doc[previous.i - 1].pos_ == "DET") \
        or (span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ in ("VERB", "AUX"))


def names_of_peoples(doc: Doc, names: set[str]) -> set[str]:
    """Names the gazetteer does not know that the article uses for a people, not a place: the model labels the
    same word as a group (misc, as an adjective or a plural) somewhere in the article ("Afghan troops"), or the
    article counts it ("a few hundred Rohingyas", "40,000 Tutsis"): a place is never counted. The model's one
    place label on such a word ("Afghan forces") is its mistake."""
    found = set()
    for name in names:
        forms = {name, name[:-1] if name.endswith("s") else name + "s"}  # "Yazidi families", "3,000 Yazidis"
        for match in re.finditer(rf"(?<![\w.-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])", doc_text(doc)):
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            # a group's adjective or plural ("Afghan troops", "the Yazidis"), not an event's name ("Khyber fighting")
            labelled = any(ent.label_ in MISC_LABELS and ent.start == span.start and ent.end == span.end
                           for ent in doc.ents) and (span.root.pos_ == "ADJ" or "Plur" in span.root.morph.get("Number"))
            before = doc[span.start - 1] if span.start > 0 else None
            counted = before is not None and (before.like_num or before.pos_ == "NUM")
            # "les Carolos", "des Carolos": a plural article before a name ending like a plural, which no gazetteer
            # knows, names its people (`plural_people_articles`)
            plural = before is not None and before.lower_ in place_words(doc.lang_).plural_people_articles \
                and name.endswith(("s", "x")) and len(span) == 1
            if labelled or counted or plural:
                found.add(name)
                break
    return found


def compass_regions(candidates: list[Candidate], kept: list, doc: Doc, gaz: Gazetteer,
                    countries: set[str]) -> list[tuple[Candidate, str, Span]]:
    """A capitalised compass word that is the name of a first-level region of a country the article names or has
    places in ("la région du Nord-Ouest" in an article on Cameroon, "le département du Sud", "dans le Sud d'Haïti"):
    that region. A bare compass word stays no place elsewhere ("le nord du pays"); `compass_words`, places.yml."""
    words = place_words(doc.lang_)
    taken = {id(candidate) for candidate, _, _ in kept}
    found = []
    for candidate in candidates:
        if id(candidate) in taken:
            continue
        name = doc_text(doc)[candidate.core_start:candidate.core_end]
        key = name_key(name)
        if key not in words.compass_words or not name[:1].isupper():
            continue
        if not any(known.kind == "region" and known.country_code in countries for known, _ in gaz.exact.get(key, [])):
            continue
        core = doc.char_span(candidate.core_start, candidate.core_end, alignment_mode="expand")
        if core is not None:
            candidate.within = frozenset(countries)
            found.append((candidate, key, core))
    return found


def landmarks(doc: Doc, candidates: list[Candidate], language: str) -> list[Candidate]:
    """A square, bridge, park or station named after a proper name ("place St-François", "pont du Mont-Blanc",
    "parc des Bastions", "gare du Midi"; `landmark_nouns`, places.yml) is a place of its own, below the town, left
    unresolved: the name inside it is no town ("Mont-Blanc", "Midi"). The first noun of the list ("place") not after
    "en", "sur" ("mise en place du Conseil") nor "à la" ("à la place de Dupont": instead of him). Returns the candidates, those inside a landmark
    replaced by it."""
    nouns = _optional("landmark_nouns", language)
    if not nouns:
        return candidates
    text = doc_text(doc)
    pattern = re.compile(
        rf"(?<![\w'’-])(?i:{'|'.join(map(re.escape, nouns))})\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?"
        r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de\s+la\s+|des\s+|du\s+|de\s+|d['’])?[A-ZÀ-Ý][\w'’-]*)*")
    found = []
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 8):match.start()].lower()
        words = match.group(0).split(None, 2)
        joined = len(words) > 1 and (words[1].lower() in ("de", "du", "des") or words[1].lower()[:2] in ("d'", "d’"))
        if words[0].lower() == nouns[0] and re.search(r"(?:\ben|\bsur|\bà la|\ba la)\s+$", before) and joined:
            continue  # "mise en place du Conseil", "à la place de Dupont": the idioms ("à la place St-François" is one)
        end = match.end()
        while end > match.start() and text[end - 1] in ".-'’":
            end -= 1
        found.append(Candidate(match.start(), end, match.start(), end, "landmark"))
    if not found:
        return candidates
    kept = [c for c in candidates if not any(c.start < l.end and l.start < c.end for l in found)]
    return sorted(kept + found, key=lambda c: c.start)


def settlement_names(doc: Doc, taken: list[Candidate], language: str) -> list[tuple[Candidate, str, Span]]:
    """Names the article itself calls a settlement, whatever label the model gave them (it often takes an unknown
    village for a person or a misc): after a settlement noun ("le village de X", "du village X", "the village of
    X": `settlement_nouns_before`), before one in English ("X village", "X township", "X Local Government Area":
    `settlement_nouns_after`, the noun then part of the place), the subject of "is a village" ("X est un
    village"), or followed by a distance ("near X, 170 miles east of", "X, à 50 km de": `distance_units`). Kept
    unresolved when the gazetteer does not know them (source "settlement": exact names only, no guess)."""
    before = frozenset(_optional("settlement_nouns_before", language))
    after = [phrase.split() for phrase in _optional("settlement_nouns_after", language)]
    units = _optional("distance_units", language)
    if not (before or after or units):
        return []
    of_words = {fold(word) for word in _optional("of_words", language)}
    events = (frozenset(_optional("event_nouns_before", language)), frozenset(_optional("event_nouns_after", language)))
    distance = re.compile(rf"^\s*,\s*(?:[^\W\d]+\s+)?\d[\d\s,.]*\s*(?:{'|'.join(map(re.escape, units))})\b",
                          re.IGNORECASE) if units else None
    text = doc_text(doc)
    found: list[tuple[Candidate, str, Span]] = []

    def free(start: int, end: int) -> bool:
        return not any(c.start < end and start < c.end for c in taken + [c for c, _, _ in found])

    def add(span: Span, end_char: Optional[int] = None, head: Optional[str] = "city") -> None:
        end = span.end_char if end_char is None else end_char
        key = name_key(text[span.start_char:span.end_char])
        if key and free(span.start_char, end) and not _not_a_place(key, language):
            found.append((Candidate(span.start_char, end, span.start_char, span.end_char, "settlement", head=head), key,
                          span))

    for start, end in _name_runs(doc, before):
        run = doc[start:end]
        previous = [fold(t.lower_) for t in doc[max(0, start - 2):start]]  # the lexicon's words are folded
        if previous and (previous[-1] in before or (len(previous) == 2 and previous[-1] in of_words
                                                    and previous[0] in before)):
            add(run)  # "le village de Ngarbuh", "du village Bounti", "the village of X"
            continue
        following = [t.lower_ for t in doc[end:end + 3]]
        if _named_by_an_event(run, previous, following, events, of_words):
            add(run, head=None)  # "l'attaque de Koutougou", "renewed Khyber fighting"
            continue
        tail = [t.lower_ for t in run]
        phrase = next((p for p in after if following[:len(p)] == p or tail[-len(p):] == p), None)
        if phrase is not None and not (any(t.ent_type_ in MISC_LABELS for t in run) and not misc_name_of_a_place(run)):
            # "a Rohingya village": a people's; "Apihimal Rural Municipality": a place
            inside = tail[-len(phrase):] == phrase
            if inside and len(run) == len(phrase):
                continue
            # the mention holds the noun, the name does not ("Shiroro" of "Shiroro Local Government Area")
            name = run[:len(run) - len(phrase)] if inside else run
            add(name, run.end_char if inside else doc[end + len(phrase) - 1].idx + len(doc[end + len(phrase) - 1].text),
                None)
            continue
        if distance is not None and distance.match(text[run.end_char:run.end_char + 40]):
            add(run, head=None)  # "near X, 170 miles east of the capital"
            continue
        root = run.root
        if root.dep_ in ("nsubj", "nsubjpass"):
            head = root.head
            attribute = head if head.pos_ == "NOUN" else next((c for c in head.children if c.dep_ == "attr"), None)
            if attribute is not None and attribute.lower_ in before and any(
                    c.dep_ == "cop" or c.lemma_ == "be" for c in (head, *head.children)):
                add(run)  # "X is a village in ...", "X est un village du ..."
    return found


def _named_by_an_event(run: Span, previous: list[str], following: list[str], events: tuple[frozenset, frozenset],
                       of_words: set[str]) -> bool:
    """A name the article gives an event, where it happened: after "<event noun> de" ("l'attaque de Koutougou",
    `event_nouns_before`) or before the noun ("the Wayanad landslide", `event_nouns_after`), and no actor's."""
    before, after = events
    named = (len(previous) == 2 and previous[-1] in of_words and previous[0] in before) or \
        any(following[:len(noun.split())] == noun.split() for noun in after)  # "the Balakot air strike"
    cut = run.end < len(run.doc) and run.doc[run.end].text[:1].isupper()  # "le séisme d'Al Haouz": "Al" is no name
    return named and not cut and not _an_actors_name(run) and not _a_word_or_a_date(run)


def _a_word_or_a_date(run: Span) -> bool:
    """"Heavy floods", "the Thursday raid": a word of the language capitalised, or a date, is no place's name."""
    time_words = set(lexicon.load("attribution", run.doc.lang_).get("time_words") or ())
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in time_words for t in run) or (
        len(run) == 1 and run[0].lower_ in word_forms(run.doc.lang_))


def _an_actors_name(run: Span) -> bool:
    """An organisation's, a people's or a person's name: a word the model labels an organisation or a group, a
    person's surname, or a name the article makes the subject of a verb ("Boko Haram a revendiqué")."""
    if any(t.ent_type_ in ("ORG", "NORP") for t in run) or surname_of_a_person(run):
        return True
    last = run[-1].text
    return any(t.text == last and t.dep_.startswith("nsubj") for t in run.doc)


def _name_runs(doc: Doc, settlement_nouns: frozenset = frozenset()):
    """(start, end) token indexes of runs of capitalised proper nouns that the model did not call a place. A
    capitalised word inside a sentence that the model took for a common noun opens one too ("l'attaque de
    Koutougou"), and right after a settlement noun any capitalised word does, whatever the model took it for (an
    adjective it called a place and that was dropped as no proper noun: "du village Sabalou"); so does a word the model
    calls a person or an organisation, whatever part of speech it gave it."""
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text[:1].isupper() and not token.is_stop and (
                (token.is_alpha and i > 0 and fold(doc[i - 1].lower_) in settlement_nouns)  # after a settlement noun
                or (token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in PLACE_LABELS
                    and (token.pos_ == "PROPN" or (token.is_alpha and not token.is_sent_start)))
                or (token.is_alpha and token.ent_type_ in PERSON_LABELS | {"ORG"})):  # "Kiriko village", an ADJ
            j = i + 1
            while j < len(doc) and (doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in
                                    PLACE_LABELS and not doc[j].is_space or joining_hyphen(doc, j)):  # "Ak-Sai"
                j += 1
            yield i, j
            i = j
        else:
            i += 1
