"""The scope of a figure: the place its count holds in (see recoupe/frames.py, `scope`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from .dates import offset_in_sentence
from .lexicon import demonym
from .models import Figure, Place, PlaceMention
from .nlp import doc_text

# "À Islamabad, le ministère a indiqué qu'au moins 298 Pakistanais…": a figure inside what someone reports where
# they spoke is not counted there ("le même chiffre que le 31 janvier" is no report)
REPORTED = re.compile(r"\b(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\w+\s+)?\w+|\w+(?:e|ent))\s+qu(?:e\b|['’])"
                      r"(?<!chiffre que)(?<!même que)(?<!plus que)(?<!moins que)")


def _scope(doc: Doc, figure: Figure, place_of: dict[str, Place], mentions: list[PlaceMention],
           lex: dict) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(scope as written, place id, scope key) of a figure; see recoupe/frames.py. Two rules wrap the phrase's:
    a count said to hold elsewhere than a place ("170 ailleurs dans l'est du pays", "about 170 people elsewhere
    in the country", "dans d'autres endroits") is its own quantity, `noun:ailleurs`, whatever place follows; and
    a town named by a common noun ("dans la ville", "dans cette commune") is the last town the article named
    before the figure."""
    text = doc_text(doc)
    labelled = _labelled_by_place(text, figure, place_of, mentions)
    if labelled is not None:
        return labelled
    clause_end = _clause_end(text, figure, lex)
    clause_end = min(clause_end, _another_count(doc, figure.end, clause_end) or clause_end)
    clause = text[figure.end:clause_end]
    elsewhere = lex["elsewhere"].search(clause)
    if elsewhere and not re.search(r"[.;:()\d]", clause[:elsewhere.start()]) and not any(
            m.article_id == figure.article_id and figure.end <= m.start < figure.end + elsewhere.start() for m in mentions):
        # no other number and no place between: "2 400 morts à Arles et 90 ailleurs" puts only the 90 elsewhere
        prep = re.search(r"(?<![\w'’])(?:dans|en|à|in|at)\s+$", clause[:elsewhere.start()], re.I)
        written = re.split(r"[,«»\"“”(]|\s(?:et|and)\s", clause[prep.start() if prep else elsewhere.start():])[0]
        return written.strip(" ,."), None, "noun:ailleurs"
    scope, place_id, key = _scope_phrase(doc, figure, place_of, mentions, lex, clause_end)
    if key and key.startswith("noun:") and key[5:] in lex["region_nouns"]:
        region = max((m for m in mentions if m.article_id == figure.article_id and m.end <= figure.start
                      and place_of.get(m.place_id) is not None and place_of[m.place_id].kind in ("region", "country")),
                     key=lambda m: m.start, default=None)  # "dans le département": the last one named
        if region is not None:
            place = place_of[region.place_id]
            return scope, region.place_id, _scope_key(place, region.place_id)
    if key and key.startswith("noun:") and key[5:] in lex["town_nouns"]:
        town = max((m for m in mentions if m.article_id == figure.article_id and m.end <= figure.start
                    and (place_of.get(m.place_id) is not None and place_of[m.place_id].kind == "city")),
                   key=lambda m: m.start, default=None)
        if town is not None:
            return scope, town.place_id, f"place:{town.place_id}"
    return scope, place_id, key


def _scope_key(place: Optional[Place], place_id: str) -> str:
    """The scope key of a count: a country by its code, any other place by its id."""
    if place is not None and place.kind == "country" and place.country_code:
        return f"country:{place.country_code}"
    return f"place:{place_id}"


def _labelled_by_place(text: str, figure: Figure, place_of: dict[str, Place],
                       mentions: list[PlaceMention]) -> Optional[tuple[str, str, str]]:
    """The place a count is labelled with in a list of places and counts, a colon between them ("Mazandaran : 27
    personnes ; Gilan : 12"): that place is its scope. Measured: one label alone ("Mayotte : 14 morts", a headline)
    cost four development stories more than it gave."""
    at = offset_in_sentence(figure.sentence, figure.text, figure.start, text)
    start = figure.start - max(at, 0)
    labels = [m for m in mentions if m.article_id == figure.article_id and start <= m.start
              and m.end < start + len(figure.sentence) and re.match(r"\s*:\s*\d", text[m.end:m.end + 6])]
    if len(labels) < 2:
        return None  # a list labels its counts with places; one "Mali : 20 morts" is a headline's, not a list's
    for mention in labels:
        if mention.end <= figure.start \
                and figure.start - mention.end <= 4 and re.fullmatch(r"\s*:\s*", text[mention.end:figure.start]):
            place = place_of.get(mention.place_id)
            return text[mention.start:mention.end], mention.place_id, _scope_key(place, mention.place_id)
    return None


def _clause_end(text: str, figure: Figure, lex: dict) -> int:
    """Where the figure's clause ends: its sentence's end, 160 characters on, or a word that starts another
    clause or source."""
    sentence_end = figure.start - max(0, offset_in_sentence(figure.sentence, figure.text, figure.start, text)) \
        + len(figure.sentence)
    window_end = min(sentence_end, figure.end + 160)
    stops = lex["clause_stops"].finditer(text[figure.end:window_end])
    skip = 0
    for stop in stops:
        if stop.start() < skip or (stop.group(0) == "»" and not text[figure.end:figure.end + stop.start()].strip()):
            continue  # the mark closing a quote around the figure ("« des dizaines » de disparus dans …")
        incise = stop.group(0) == "selon" and re.search(r",\s*$", text[figure.end:figure.end + stop.start()]) \
            and re.match(r"[^,;:.()«»]{1,60},\s+(?!selon)", text[figure.end + stop.end():window_end])
        if not incise:  # "4 000 manifestants, selon la préfecture, ont défilé à Lyon": the clause goes on
            return figure.end + stop.start()
        skip = stop.end() + incise.end() - 1
    return window_end


def _another_count(doc: Doc, start: int, end: int) -> Optional[int]:
    """Where a verb's clause gives way to another count: a comma after a verb, a number within the next five
    words ("« plus de deux millions » de personnes ayant manifesté dans le pays, au total plus de 200
    manifestations ont été comptabilisées à Paris": Paris is the 200's). A list with no verb goes on ("5 morts,
    12 blessés et 3 disparus à Gaza")."""
    span = doc.char_span(start, end, alignment_mode="contract")
    verb = False
    for i, token in enumerate(span or ()):
        verb = verb or token.pos_ == "VERB"
        if verb and token.text == "," and any(t.like_num for t in span[i + 1:i + 6]):
            return token.idx
    return None


def _scope_phrase(doc: Doc, figure: Figure, place_of: dict[str, Place], mentions: list[PlaceMention],
                  lex: dict, window_end: int) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """The place or place noun a locative phrase in the figure's clause (up to `window_end`) names, or the
    sentence's frame ("À Lyon, …"), a relative clause on a town, a "dont … à X" share."""
    text = doc_text(doc)
    rx = _compiled(lex)
    phrase = rx.phrase
    inside = sorted((m for m in mentions if m.article_id == figure.article_id
                     and figure.end <= m.start < window_end), key=lambda m: m.start)
    for mention in inside:
        before = text[max(figure.end, mention.start - 60):mention.start]
        match = phrase.search(before)
        if not match:
            continue
        words = [w for w in re.findall(r"[\w-]+", match.group("words").lower())
                 if w not in lex["article_words"]]
        if any(w not in lex["place_nouns"] | lex["subdivision"] | lex["part"] | lex["bridge"] | lex["restrictive"]
               | lex["place_adjectives"] and not demonym(w) for w in words):
            continue  # "à la guerre en Syrie": the place qualifies another noun
        if lex["superlative"].search(before):
            continue  # "making the fire the deadliest seen in the US": a comparison's place, not the count's
        if lex["mostly"].search(before[:match.start()]):
            break  # "1 002 morts, principalement dans la région de X", "notamment en RDC, au Burundi": the count
            # holds beyond the places listed
        place = place_of.get(mention.place_id)
        if mention.surface.lower() in lex["country_nouns"]:
            return text[max(figure.end, mention.start - 60) + match.start():mention.end], None, "noun:country"
        towards = match.group("prep").lower() in lex["towards"]
        part = any(w in lex["part"] for w in words)
        subdivision = any(w in lex["subdivision"] for w in words)
        scope = text[max(figure.end, mention.start - 60) + match.start():mention.end]
        if place is None:
            return scope, mention.place_id, f"place:{mention.place_id}"
        if place.kind == "country" or ((towards or part) and not subdivision):
            return scope, mention.place_id, f"country:{place.country_code or place.id}"
        return scope, mention.place_id, f"place:{place.id}"
    clause = text[figure.end:window_end]
    several = _several_places(clause) or _wide_scope(clause)
    if several:
        return several
    common = rx.common.search(clause)
    if common:
        noun = common.group("noun").lower()
        return common.group(0), None, "noun:country" if noun in lex["country_nouns"] else f"noun:{noun}"
    for adjective in rx.adjective.finditer(clause):
        town = _town_of(adjective.group("adj"), lex)
        if town:  # "dans le cortège parisien": in Paris (topics.py finds the dossier's Paris)
            return adjective.group(0), None, f"town:{town}"
    frame = rx.frame.match(figure.sentence)
    if frame and rx.time_noun.match(frame.group("name")):
        frame = None  # "Au lendemain du passage de Zorvan, …" (a storm): a time, not a place
    if frame:
        at = offset_in_sentence(figure.sentence, figure.text, figure.start, text)
        offset = figure.start - at if at >= 0 else None
        if offset is not None:
            for mention in mentions:
                if mention.article_id == figure.article_id and offset <= mention.start < offset + frame.end() \
                        and not REPORTED.search(text[mention.end:figure.start]):
                    place = place_of.get(mention.place_id)
                    return frame.group(0).rstrip(","), mention.place_id, _scope_key(place, mention.place_id)
    if frame and not figure.scope:
        noun = rx.frame_noun.match(figure.sentence)
        if noun:
            found = noun.group("noun").lower()
            return noun.group(0).rstrip(", "), None, "noun:country" if found in lex["country_nouns"] else f"noun:{found}"
    local = _local_scope(figure, clause, lex, rx)
    if local:
        return local
    for mention in mentions:  # "notamment à Paris, où 112 personnes ont été interpellées", "à Toulouse (sud-ouest),
        # où les organisateurs ont compté 65.000 manifestants"
        # the relative clause may run on ("à Lyon, où les forces de l'ordre ont essuyé des jets de projectiles et
        # procédé à 17 interpellations") as long as it names no other place and no other number
        if mention.article_id == figure.article_id and 0 < figure.start - mention.end <= 130 and re.fullmatch(
                r"\s*(?:\([^()]{1,25}\))?\s*[,–—]?\s*(?:où\s+(?:[^\W\d]+['’]|[^\W\d][\w'’-]*[\s,]+){0,14}"
                r"|avec\s+(?:[^\W\d]+['’]|[^\W\d][\w'’-]*\s+){0,2})",
                text[mention.end:figure.start]) and not any(
                m.article_id == figure.article_id and mention.end < m.start < figure.start for m in mentions):
            # "en Bulgarie, où le bilan est d'environ 27": an elided article ("d'") ends a word too
            place = place_of.get(mention.place_id)
            key = _scope_key(place, mention.place_id)
            prep = re.search(r"(?<![\w'’])(?:à|au|aux|en|dans)\s+(?:(?:la|le|les)\s+|l['’])?$",
                             text[max(0, mention.start - 12):mention.start], re.I)
            return (prep.group(0) if prep else "") + mention.surface, mention.place_id, key  # "en Grèce"
    dont = re.search(r"\bdont\s+(?:près de |environ |plus de |au moins )?$", text[max(0, figure.start - 30):figure.start])
    if dont:
        part = re.match(r"(?:\s+[\w'’-]+){0,3}?\s+(?P<prep>à|au|aux|dans|en)\s+(?P<where>(?:la |le |les |l['’])?"
                        r"[\w'’-]+(?: [\w'’-]+)?)(?=\s*[,.;:)])", text[figure.end:])
        if part:
            at = figure.end + part.start("where")
            for mention in mentions:  # "dont 1.220 gardes à vue en France": the place the gazetteer knows
                if mention.article_id == figure.article_id and at <= mention.start < figure.end + part.end("where"):
                    place = place_of.get(mention.place_id)
                    return f"{part.group('prep')} {part.group('where')}", mention.place_id, \
                        _scope_key(place, mention.place_id)
            return f"{part.group('prep')} {part.group('where')}", None, f"noun:{part.group('where').lower()}"
    subject = _subject_place(doc, figure, place_of, mentions)
    if subject:
        return subject
    return None, None, None


def _subject_place(doc: Doc, figure: Figure, place_of: dict[str, Place], mentions: list[PlaceMention]
                   ) -> Optional[tuple]:
    """The place that counts: a place opening its clause (the sentence's start, after a comma or "que") as the
    subject of a verb of counting (subject_scope.yml `verbs`: "La RDC a enregistré plus de 30 000 cas et près de
    990 décès", "Le Sud-Kivu, où l'épidémie a été détectée, comptabilise à lui seul 8 400 cas", "Puerto Rico has
    recorded 64 deaths"). Between the place and its verb only an incise in commas and the auxiliaries and adverbs
    of `between`; between the verb and the figure no other place, no ";" and no "selon". The figure's scope is
    that place, as a locative phrase would give it."""
    lex = _subject_lexicon(doc.lang_ or "fr")
    if not lex["verbs"]:
        return None
    text = doc_text(doc)
    at = offset_in_sentence(figure.sentence, figure.text, figure.start, text)
    if at < 0:
        return None
    sentence_start = figure.start - at
    own = [m for m in mentions if m.article_id == figure.article_id and sentence_start <= m.start
           and m.end <= figure.start]
    for token in doc.char_span(sentence_start, figure.start, alignment_mode="contract") or []:
        if token.lemma_.lower() not in lex["verbs"] or token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((m for m in sorted(own, key=lambda m: -m.start) if m.end <= token.idx
                        and _opens_clause(text[sentence_start:m.start])
                        and _only_between(text[m.end:token.idx], lex)), None)
        if subject is None:
            continue
        after = text[token.idx + len(token.text):figure.start]
        if len(after) > 140 or re.search(r";|\bselon\b|\baccording\b", after, re.I) or any(
                token.idx < m.start for m in own):
            continue
        place = place_of.get(subject.place_id)
        return subject.surface, subject.place_id, _scope_key(place, subject.place_id)
    return None


def _several_places(clause: str) -> Optional[tuple]:
    """A count across several countries ("541 décès signalés dans 12 pays du continent", "in 15 countries", "dans
    plusieurs pays voisins": scope.yml `several_places`) is no one country's: a scope of its own, `noun:plusieurs
    pays`, whatever the number of countries, so that two such counts meet."""
    spec = _several_lexicon()
    if spec is None:
        return None
    match = spec.search(clause)
    if not match or re.search(r"[;:()]", clause[:match.start()]):
        return None
    return match.group(0).strip(), None, "noun:plusieurs pays"


def _wide_scope(clause: str) -> Optional[tuple]:
    """The world or the continent ("dans le monde", "sur le continent", "worldwide": scope.yml `wide_scopes`), not
    after a superlative ("l'une des plus grandes armées au monde")."""
    found = _wide_lexicon()
    if found is None:
        return None
    pattern, keys, superlatives = found
    match = pattern.search(clause)
    if not match or re.search(r"[;:()]", clause[:match.start()]) or superlatives.search(clause[:match.start()]):
        return None
    return match.group(0).strip(), None, "noun:" + keys[(match.group("noun") or match.group("word")).lower()]


@lru_cache(maxsize=1)
def _wide_lexicon() -> Optional[tuple]:
    from .lexicon import load

    spec = load("scope", "fr").get("wide_scopes") or {}
    if not spec:
        return None
    preps = "|".join(sorted(map(re.escape, spec["prepositions"]), key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, spec["nouns"]), key=len, reverse=True))
    words = "|".join(sorted(map(re.escape, spec.get("words") or {}), key=len, reverse=True)) or "(?!)"
    pattern = re.compile(rf"(?<![\w'’])(?:(?:{preps})\s+(?:(?:tout|toute)\s+)?(?:le|la|l['’]|the)\s*(?P<noun>{nouns})"
                         rf"(?:\s+entier)?|(?P<word>{words}))(?![\w'’-])", re.I)
    keys = {k.lower(): v for k, v in {**spec["nouns"], **(spec.get("words") or {})}.items()}
    superlatives = re.compile(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, spec.get('superlatives') or []))})(?![\w'’])", re.I)
    return pattern, keys, superlatives


@lru_cache(maxsize=1)
def _several_lexicon() -> Optional[re.Pattern]:
    from .lexicon import load

    spec = load("scope", "fr").get("several_places") or {}
    if not spec:
        return None
    preps = "|".join(sorted(map(re.escape, spec["prepositions"]), key=len, reverse=True))
    counts = "|".join(sorted(map(re.escape, spec["counts"]), key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, spec["nouns"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{preps})\s+(?:(?:les|des|the)\s+)?(?:\d+|{counts})\s+(?:(?:de|d['’]|of)\s*)?"
                      rf"(?:{nouns})(?![\w-])", re.I)


def _opens_clause(opening: str) -> bool:
    """The place opens its clause: at the sentence's start (or after a full stop the sentence splitter missed:
    "dans le pays.Le Mali a signalé…"), after a comma or a colon, or after "que"/"that", with at most its
    article."""
    return bool(re.search(r"(?:^|[,:.!?]|\bque|\bqu['’]|\bthat)\s*(?:(?:la|le|les|l['’]|the)\s*)?$", opening, re.I))


def _only_between(link: str, lex: dict) -> bool:
    """Between a place and its verb: an incise in commas (", où l'épidémie a été détectée,", ", frontalier de la
    RDC,"), auxiliaries and adverbs."""
    link = re.sub(r"^\s*,[^;.\d]{0,160},", " ", link)
    return all(w == "," or w.lower().rstrip("'’") in lex["between"] for w in re.findall(r"[\w'’-]+|[^\s\w]", link))


@lru_cache(maxsize=None)
def _subject_lexicon(language: str) -> dict:
    from .lexicon import load

    found = load("subject_scope", language)  # French when the language has none
    return {"verbs": frozenset(found.get("verbs") or []), "between": frozenset(found.get("between") or [])}




def _local_scope(figure: Figure, clause: str, lex: dict, rx: "_Patterns") -> Optional[tuple]:
    """A place below a town that no gazetteer holds, as its phrase (scope.yml `local_nouns`, `local_prepositions`):
    a street, a square, a monument, a border ("à la frontière franco-espagnole", "vers la place de la Concorde"),
    or a name after a preposition of nearness ("près du Panthéon"), in the figure's clause or opening its sentence
    ("Près du Panthéon, une vingtaine de personnes…"). Its key is the phrase itself: a quantity of its own."""
    opening = rx.local_opening.match(figure.sentence)
    match = opening if opening else rx.local_phrase.search(clause)
    if not match or not opening and (re.search(r"[,;]|\s(?:et|ou|and|or)\s", clause[:match.start()])
                                     or len(clause[:match.start()].split()) > 8):
        return None  # "40 000 participants dans divers défilés, barrages et blocages aux frontières": another noun's
    found = match.group("phrase") if opening else match.group(0)
    noun = (match.group("noun") or "").lower()
    if noun in lex["bridge"] and not re.search(rf"(?i:{noun})s?\s+{lex['of']}\s*{lex['articles']}[A-ZÀ-Ý]", found):
        return None  # "dans la rue", "dans les rues françaises": where protesters are, not a place ("rue de Rivoli" is)
    before_noun = found[:found.lower().index(noun)].rstrip() + " " if noun else ""
    if noun and not re.search(rf"{lex['articles'].replace(')?', ')')}(?:[a-zà-ÿ][\w-]*\s+)?$", before_noun):
        return None  # "sur place": an idiom, no place (a place is "sur la place", "près du palais")
    found = re.sub(r"[\s,.;:]+$", "", found)
    kind = lex["site_kinds"].get(noun or found.split()[-1].lower())
    if kind and not opening and lex["site_not_after"].search(clause[:match.start()]):
        return None  # "22 décès recensés à l'hôpital": where they were counted, not where they died
    if kind:  # "dans l'hôpital de la ville", "inside the Saudi Maternity Hospital": one hospital's, however named
        return found, None, f"noun:{kind}"
    return found, None, "noun:" + re.sub(r"\s+", " ", found.lower().replace("’", "'"))


class _Patterns:
    """The expressions `_scope_phrase` and `_local_scope` build from one language's scope lexicon: compiled once
    per lexicon (they were joined, escaped and looked up in re's cache for every figure)."""

    def __init__(self, lex: dict):
        arts, of = lex["articles"], lex["of"]  # the language's articles and "de" ("of"), as expressions
        preps = sorted(lex["at"] + lex["towards"], key=len, reverse=True)
        prep = "|".join(re.escape(p) for p in preps)
        # "rien qu'à Paris": "à" after "qu'" is the preposition ("jusqu'à" is not)
        self.phrase = re.compile(
            rf"(?:(?<![\w'’])|(?<=(?<!jus)qu['’]))(?P<prep>{prep})\s+(?:d[eu]s?\s+|d['’]\s*|(?:tout|toute|tous|toutes)\s+)?"
            rf"{arts}(?P<words>(?:[\w-]+\s+){{0,3}}?(?:{of}\s*{arts})?)$", re.I)
        nouns = "|".join(sorted(map(re.escape, lex["place_nouns"]), key=len, reverse=True))
        through = "|".join(sorted(map(re.escape, lex["bridge"] | lex["part"]), key=len, reverse=True))
        self.common = re.compile(rf"(?<![\w'’])(?P<prep>{prep})\s+(?:(?:tout|toute|tous|toutes)\s+)?{arts}"
                                 rf"(?:(?:{through})s?\s+{of}\s*{arts})?(?P<noun>{nouns})\b"
                                 rf"(?!\s+{of})", re.I)
        bridges = "|".join(sorted(map(re.escape, lex["bridge"] | lex["place_nouns"]), key=len, reverse=True))
        self.adjective = re.compile(rf"(?<![\w'’])(?P<prep>{prep})\s+{arts}(?:{bridges})s?\s+(?P<adj>[\w-]+)", re.I)
        openers = "|".join(sorted(map(re.escape, lex["openers"]), key=len, reverse=True)) or "(?!)"
        # "À Lyon, …", and after a connector ("Pourtant à la frontière, …", "Rien que dans la capitale, …")
        opener = rf"^(?:(?i:{openers})\s+)?"
        self.frame = re.compile(rf"{opener}(?:{lex['frame_preps']})\s+{lex['frame_articles']}"
                                r"(?P<name>[^,]{1,60}),")
        self.time_noun = re.compile(rf"(?:{arts})?(?:{'|'.join(map(re.escape, lex['time_nouns'])) or '(?!)'})\b",
                                    re.I)
        self.frame_noun = re.compile(rf"{opener}(?:{lex['frame_noun_preps']})\s+{arts}(?P<noun>{nouns})\s*,", re.I)
        local = "|".join(sorted(map(re.escape, lex["local_nouns"]), key=len, reverse=True))
        near = "|".join(sorted(map(re.escape, lex["local_preps"]), key=len, reverse=True))
        local_preps = "|".join(sorted(map(re.escape, lex["local_preps"] + lex["at"]), key=len, reverse=True))
        stop = "|".join(map(re.escape, lex["local_stop"])) or "(?!)"
        # the words of a name after the first are capitalised, whatever the case of the phrase around them
        complement = rf"(?:\s+{of}\s*{arts}[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)*|\s+(?!(?:{stop})\b)[\w-]+){{0,2}}"
        sites = "|".join(sorted(map(re.escape, lex["site_kinds"]), key=len, reverse=True)) or "(?!)"
        # "rien qu'à l'hôpital", and one word before a building's kind: "dans le dernier hôpital", "at the main
        # hospital"
        one_word_before_a_site = rf"(?:(?-i:[a-zà-ÿ][\w-]*)\s+(?=(?:{sites})s?(?![\w'’-])))?"
        noun_phrase = (rf"(?:(?<![\w'’])|(?<=(?<!jus)qu['’]))(?:{local_preps})\s+{arts}{one_word_before_a_site}"
                       rf"(?P<noun>{local})s?(?![\w'’-]){complement}")
        name_phrase = rf"(?<![\w'’])(?:{near})\s+{arts}[A-ZÀ-Ý][\w'’-]+(?:\s+{of}?\s*[A-ZÀ-Ý][\w'’-]+)*"
        self.local_opening = re.compile(rf"{opener}(?P<phrase>(?i:{noun_phrase})|(?:(?i:{near})\s+{arts}[A-ZÀ-Ý][\w'’-]+"
                                        rf"(?:\s+[A-ZÀ-Ý][\w'’-]+)*))\s*,")
        self.local_phrase = re.compile(rf"(?i:{noun_phrase})|{name_phrase}")


_PATTERNS: dict[int, tuple[dict, _Patterns]] = {}


def _compiled(lex: dict) -> _Patterns:
    """The patterns of a lexicon (frames.lexicons gives one dict per language, kept for the process)."""
    found = _PATTERNS.get(id(lex))
    if found is None or found[0] is not lex:
        found = _PATTERNS[id(lex)] = (lex, _Patterns(lex))  # the lexicon is kept so its id is not reused
    return found[1]


def _town_of(word: str, lex: dict) -> Optional[str]:
    """The town an adjective names ("parisiennes" -> "Paris"), from scope.yml `town_adjectives`."""
    word = word.lower()
    for ending, base in (("nnes", "n"), ("nne", "n"), ("es", ""), ("e", ""), ("s", "")):
        stem = word[:-len(ending)] + base if word.endswith(ending) else None
        if stem and stem in lex["towns"]:
            return lex["towns"][stem]
    return lex["towns"].get(word)
