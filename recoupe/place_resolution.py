"""Resolving place candidates against the gazetteer: exact name, transliteration key, fuzzy match; homonyms
ranked by population and by the countries the sentence and the article name; small towns; the Place rows;
across articles, namesakes settled by the dossier's countries."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Optional

import numpy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel
from spacy.tokens import Doc, Span

from . import lexicon
from .folding import fold, name_key, phonetic_key
from .gazetteer import MAJOR_CITY_POPULATION, Gazetteer, Known, gazetteer, phonetic_index, small_towns_named
from .models import Article, Place, PlaceKind, PlaceMention, stable_id
from .nlp import doc_text, sentence_index, sentence_spans
from .place_candidates import (Candidate, surname_of_a_person, _core_span, _could_be_place, _not_a_place, _people_word, heads,
                               place_words)

# fuzz.ratio on transliteration keys; 88 admits one slip in a long name and refuses it in a short one.
FUZZY_MIN_SCORE = 88
FUZZY_MIN_LENGTH = 6
NEAR_MIN_KEYS = 200  # keys of one length from which `_near` picks the few that can match first
# How many answers of district_spelled_like a process keeps
KEPT_DISTRICT_ANSWERS = 100_000
# Ranking homonyms: log10(population) plus these. A country named in the same sentence outweighs a 1000x larger
# namesake; a country named elsewhere in the article outweighs a 20x larger one (Paris, Texas stays behind Paris).
SENTENCE_COUNTRY_BONUS = 3.0
ARTICLE_COUNTRY_BONUS = 1.3
REGION_OVER_TOWN = 20  # a region by its own name outweighs a town by another of its names this much smaller
SHORTENED_MIN_LENGTH = 5  # letters of a name that may be a district's name cut short ("Kavre")
MAIN_NAME_BONUS = 0.5  # matched on the official or CLDR name rather than on one of many alternate spellings


# --- resolution -------------------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def _matches_cached(key: str, language: str, approximate: bool) -> tuple[tuple[Known, bool], ...]:
    """The same name recurs across articles: fuzzy matching over the whole gazetteer is done once per name."""
    return tuple(_matches(key, gazetteer(language), language, approximate))


def _matches(key: str, gaz: Gazetteer, language: str, approximate: bool) -> list[tuple[Known, bool]]:
    """Places a name may be: exact name, else (if allowed) same transliteration key, else close fuzzy match."""
    if key in gaz.exact:
        return gaz.exact[key]
    for expanded in _expanded_abbreviations(key):
        if expanded in gaz.exact:
            return gaz.exact[expanded]  # "St. Maarten": Sint Maarten
    regions = gaz.region_sounds.get(phonetic_key(key))
    if regions or not approximate:
        return regions or []
    phonetic = phonetic_index(language)
    sound = phonetic_key(key)
    if sound in phonetic:
        return phonetic[sound]
    if len(sound) < FUZZY_MIN_LENGTH:
        return []
    hits = _closest_keys(sound, _keys_by_length(phonetic), limit=10)
    best = max((score for _, score, _ in hits), default=None)
    return [entry for choice, score, _ in hits if score == best for entry in phonetic[choice]]


def _keys_by_length(phonetic) -> dict[int, tuple[list[str], list[int]]]:
    """The phonetic index's keys grouped by length (`group_by_length`), made once and kept on the index."""
    by_length = phonetic.__dict__.get("_keys_by_length")
    if by_length is None:
        by_length = phonetic.__dict__["_keys_by_length"] = group_by_length(phonetic.keys())
    return by_length


def group_by_length(strings: Iterable[str]) -> dict[int, tuple[list[str], list[int]]]:
    """Length -> the strings of that length, in their order, and each one's position among all of them."""
    groups: dict[int, tuple[list[str], list[int]]] = {}
    for position, string in enumerate(strings):
        kept, positions = groups.setdefault(len(string), ([], []))
        kept.append(string)
        positions.append(position)
    return groups


def _closest_keys(sound: str, by_length: dict[int, tuple[list[str], list[int]]], limit: int) -> list[tuple[str, float, int]]:
    """`process.extract(sound, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=limit)` over keys
    grouped by length (`group_by_length`), reading only the lengths that can reach the score: fuzz.ratio is
    100 * (1 - d / (m + n)) for lengths m and n, and the distance d is at least |m - n|. The same hits in the same
    order (best score first, then the keys' order)."""
    hits = []
    for length, (keys, positions) in by_length.items():
        if 100 * (1 - abs(length - len(sound)) / (length + len(sound))) < FUZZY_MIN_SCORE - 1e-9:
            continue
        near = _near(sound, keys, length)
        found = process.extract(sound, [keys[k] for k in near] if near is not None else keys, scorer=fuzz.ratio,
                                score_cutoff=FUZZY_MIN_SCORE, limit=limit)
        hits += [(choice, score, positions[index if near is None else near[index]]) for choice, score, index in found]
    return sorted(hits, key=lambda hit: (-hit[1], hit[2]))[:limit]


def _near(sound: str, keys: list[str], length: int) -> Optional[list[int]]:
    """Where, among many keys of one length, those that can reach FUZZY_MIN_SCORE stand: their Indel distance to
    the sound (an integer; fuzz.ratio is 100 * (1 - d / (m + n))) at most the score allows, plus one against
    rounding, computed for all keys at once (rapidfuzz's cdist, several keys per instruction); None for a few keys
    (then plain `process.extract` costs less). A superset of the hits, scored again as before."""
    if len(keys) < NEAR_MIN_KEYS:
        return None
    most = int((1 - FUZZY_MIN_SCORE / 100) * (length + len(sound))) + 1
    distances = process.cdist([sound], keys, scorer=Indel.distance, dtype=numpy.int32, score_cutoff=most, workers=1)[0]
    return numpy.flatnonzero(distances <= most).tolist()


def _expanded_abbreviations(key: str) -> list[str]:
    """The name with its abbreviated words written out, each way (`name_abbreviations` in
    lexicons/common/places.yml): "st maarten" -> "saint maarten", "sint maarten"...; none if it has none."""
    abbreviations = lexicon.load("places", "common").get("name_abbreviations") or {}
    variants = [""]
    found = False
    for word in key.split():
        forms = abbreviations.get(word.rstrip("."))  # "co. laois" as "county laois"
        found = found or bool(forms)
        variants = [f"{v} {form}".strip() for v in variants for form in (forms or [word])]
    return variants if found else []


def _best(entries: list[tuple[Known, bool]], sentence_countries: set[str], article_countries: set[str],
          head: Optional[str], capitals: frozenset[int] = frozenset()) -> Optional[Known]:
    """The likeliest place among homonyms. After "ville de X", cities only; after "région de X", regions, else
    cities (a region named after its city); with no head noun, a region only when nothing else has the name
    ("à Salzbourg" is the city, "au Texas" the state) and no capital has it (`capitals`: the language's
    gazetteer's)."""
    largest = max(((known.population or 0) for known, _ in entries), default=0)

    def score(entry: tuple[Known, bool]) -> float:
        known, main = entry
        value = math.log10((known.population or 0) + 1) + (MAIN_NAME_BONUS if main else 0.0)
        if largest >= MAJOR_CITY_POPULATION and (known.population or 0) * 20 < largest:
            return value  # "London, Paris and other cities … the US marchers": no town of Ohio or Texas
        if known.country_code in sentence_countries:
            value += SENTENCE_COUNTRY_BONUS
        elif known.country_code in article_countries:
            value += ARTICLE_COUNTRY_BONUS
        return value

    if head == "city":
        entries = [e for e in entries if e[0].kind == "city"]
    elif head == "region":  # "région de X" is a region, or named after a city, not after a country
        countries = [e for e in entries if e[0].kind == "country"]
        if countries:  # "the western districts of Bangladesh", "les provinces du Canada": in the country
            return max(countries, key=score)[0]
        entries = _regions_or_their_cities(entries, sentence_countries | article_countries)
    else:  # not a region, unless the region is called so and every town of that name is far smaller
        plain = [e for e in entries if e[0].kind != "region"]
        regions = [e for e in entries if e[0].kind == "region" and e[1]]
        towns = max(((known.population or 0) for known, _ in plain), default=0)
        if plain and regions and not any(known.geonames_id in capitals for known, _ in plain) \
                and towns * REGION_OVER_TOWN < max((known.population or 0) for known, _ in regions):
            plain = []  # "Kansas City, Missouri", "Florida": the state, not a far smaller town of that name
        if _own_region_over_foreign_aliases(plain, regions, sentence_countries | article_countries):
            plain = []
        entries = plain or entries
    return max(entries, key=score)[0] if entries else None


def _own_region_over_foreign_aliases(plain: list[tuple[Known, bool]], regions: list[tuple[Known, bool]],
                                     countries: set[str]) -> bool:
    """A region of the article's countries called by its own name outweighs towns that are called so only by one
    of their alternate names, in other countries ("May Pen, Clarendon" is the Jamaican parish, not a New York
    neighbourhood once named so)."""
    return (any(known.country_code in countries for known, _ in regions)
            and all(not main and known.country_code not in countries for known, main in plain))


def _regions_or_their_cities(entries: list[tuple[Known, bool]], countries: set[str]) -> list[tuple[Known, bool]]:
    """After a region noun, the regions of that name, else the cities a region may be named after; but a city of
    the article's countries before a region of another ("les territoires de Beni et Butembo" in an article on
    Nord-Kivu is the Congolese territory named after its town, not Bolivia's Beni department)."""
    regions = [e for e in entries if e[0].kind == "region"]
    cities = [e for e in entries if e[0].kind == "city"]
    local_cities = [e for e in cities if e[0].country_code in countries]
    if local_cities and not any(e[0].country_code in countries for e in regions):
        return local_cities
    return regions or cities


def _sentence_of(doc: Doc, start: int, end: int) -> int:
    """The index of the sentence holding a character offset."""
    return sentence_index(sentence_spans(doc), start)


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    """The sentence around a mention, the same one a figure there quotes."""
    spans = sentence_spans(doc)
    if not spans:
        return doc_text(doc)[start:end]
    sentence_start, sentence_end = spans[sentence_index(spans, start)]
    return doc_text(doc)[sentence_start:sentence_end]

def _could_be_places(candidates: list[Candidate], doc: Doc, gaz: Gazetteer) -> list[tuple[Candidate, str, Span]]:
    """(candidate, name key, name span) for the candidates that may be places."""
    kept = []
    outlets: set[str] = set()
    # a dateline's capitals the model took for a common noun ("SHUQUALAK —"): kept when the article names it again
    named = {name_key(doc_text(doc)[c.core_start:c.core_end]) for c in candidates if c.source != "dateline"}
    for candidate in candidates:
        key = name_key(doc_text(doc)[candidate.core_start:candidate.core_end])
        core = _core_span(doc, candidate)
        if not key or core is None or _not_a_place(key, doc.lang_):
            continue
        if not any(c.isupper() for c in doc_text(doc)[max(0, candidate.core_start - 2):candidate.core_end]):
            continue  # "gruel made from mango kernels": a name all in lower case is no place's ("N'zérékoré" is)
        if _followed_by_an_age(core):
            continue  # "Marta, 24 ans": a person
        if surname_of_a_person(core, gaz) and not any(known.kind == "country" for known, _ in gaz.exact.get(key, [])):
            continue  # "Drayton said", after "Diane Drayton"
        if key not in gaz.exact and core.end < len(doc) and doc[core.end].lower_ in place_words(doc.lang_).media_nouns:
            outlets.add(key)
            continue  # "told An Nahar newspaper": an outlet's name, no place the gazetteer knows
        if candidate.head or candidate.source == "landmark" or _could_be_place(key, core, gaz) \
                or any(written in gaz.exact for written in _expanded_abbreviations(key)) \
                or (candidate.source == "dateline" and key in named):  # "Co. Laois"; "SHUQUALAK —"
            kept.append((candidate, key, core))
        elif small_towns_named(key, gaz) and not _people_word(core):
            # "Naufrage de Pylos": the model's place, tagged as a (plural) common noun. No plural test here:
            # the town must still lie in a country the article names.
            candidate.small_town_only = True
            kept.append((candidate, key, core))
    return [item for item in kept if item[1] not in outlets]  # an outlet once is an outlet throughout the article


def _may_be_a_town(candidate: Candidate, key: str, folded: str, gaz: Gazetteer, language: str = "fr") -> bool:
    """French names a town without an article and after "à", not "en": "en Bourgogne", "la Champagne" are the
    regions, not the villages named after them; "le quartier de Nová Ves" is part of a city."""
    if candidate.head == "city":
        return True
    preceding = folded[max(0, candidate.core_start - 40):candidate.core_start]
    words = place_words(language)
    return (not _after_article(folded, candidate.core_start, key, gaz, language)
            and not words.not_town_after.search(preceding) and not words.neighbourhood_before.search(preceding))


def _small_town_in(key: str, gaz: Gazetteer, countries: set[str]) -> Optional[Known]:
    """The one small town of that name in the article's countries; its exact spelling first. Villages named
    alike ("Nová Ves", "Neudorf") are as many guesses: none is taken."""
    towns = [town for town in small_towns_named(key, gaz) if town[2] in countries]
    exact = [town for town in towns if name_key(town[1]) == key]
    if len(exact or towns) != 1:
        return None
    geonames_id, name, country, latitude, longitude, population = (exact or towns)[0]
    return Known(source="geonames", code=str(geonames_id), name=name, kind="city", geonames_id=geonames_id,
                 country_code=country, latitude=latitude, longitude=longitude, population=population)


def district_named(key: str, gaz: Gazetteer, countries: set[str], noun: bool = False,
                   anywhere: bool = False) -> Optional[Known]:
    """The one second-level subdivision of that name in the article's countries ("Chibok" in an article on
    Nigeria), or, `anywhere`, the one of that name in the world; by a name it is written with, or by its name less
    its noun ("Panjgur" of "Panjgur District") where no town of its country has that name ("Coleman" is a town
    before it is "Coleman County"), unless a region noun names it (`noun`: "Coleman County")."""
    districts = [known for known, written in gaz.districts.get(key, [])
                 if written or noun or known.country_code not in _town_countries(key, gaz)]
    found = [known for known in districts if known.country_code in countries] or (districts if anywhere else [])
    return found[0] if len(found) == 1 else None


def district_spelled_like(key: str, gaz: Gazetteer, countries: set[str]) -> Optional[Known]:
    """The one second-level subdivision of the article's countries whose name is spelled closely like this one
    ("Makawanpur" for Makwanpur, "Sindhupalchok" for Sindhupalchowk): a few dozen names to compare, not the world's."""
    sound = phonetic_key(key)
    if not countries or len(sound) < FUZZY_MIN_LENGTH:
        return None
    answers = gaz.__dict__.setdefault("_district_spelled_like", {})  # asked again and again: kept on the gazetteer
    asked = (sound, tuple(sorted(countries)))
    if asked not in answers:
        if len(answers) >= KEPT_DISTRICT_ANSWERS:
            answers.clear()
        hits = _closest_districts(sound, gaz, asked[1], limit=3)
        best = max((score for _, score, _ in hits), default=None)
        found = {known for choice, score, names in hits if score == best for known in names}
        answers[asked] = next(iter(found)) if len(found) == 1 else None
    return answers[asked]


def _closest_districts(sound: str, gaz: Gazetteer, countries: tuple[str, ...], limit: int) -> list[tuple[str, float, set[Known]]]:
    """`_closest_keys` over the countries' districts as if merged into one dict in the countries' order (a key of
    two countries: its place of the first, its districts of the last), each country searched apart over its own
    keys grouped by length (`_districts_by_length`, once per country: merging them per set of countries cost more
    than the search)."""
    hits: dict[str, tuple[float, tuple[int, int]]] = {}
    for rank, country in enumerate(countries):
        by_length = _districts_by_length(gaz, country)
        for choice, score, position in _closest_keys(sound, by_length, limit=len(_districts_of(gaz, country))):
            hits.setdefault(choice, (score, (rank, position)))
    closest = sorted(hits.items(), key=lambda hit: (-hit[1][0], hit[1][1]))[:limit]
    return [(choice, score, _last_districts_named(choice, gaz, countries)) for choice, (score, _) in closest]


def _last_districts_named(key: str, gaz: Gazetteer, countries: tuple[str, ...]) -> set[Known]:
    return next(_districts_of(gaz, country)[key] for country in reversed(countries) if key in _districts_of(gaz, country))


def _districts_by_length(gaz: Gazetteer, country: str) -> dict:
    """A country's district keys (`_districts_of`) grouped by length, kept on the gazetteer."""
    grouped = gaz.__dict__.setdefault("_districts_by_length", {})
    if country not in grouped:
        grouped[country] = group_by_length(_districts_of(gaz, country))
    return grouped[country]


def district_shortened(key: str, gaz: Gazetteer, countries: set[str]) -> Optional[Known]:
    """The one second-level subdivision of the article's countries whose name opens with this whole name, as news
    shortens a long one ("Kavre" for Kavrepalanchok); names of five letters or more, for a few dozen districts."""
    if " " in key or len(key) < SHORTENED_MIN_LENGTH:
        return None
    found = set()
    for country in sorted(countries):
        first_words, districts = _districts_by_first_word(gaz, country)
        at = bisect.bisect_left(first_words, key)
        while at < len(first_words) and first_words[at].startswith(key):
            if _opens_with(first_words[at], key):
                found.add(districts[at])
            at += 1
    return next(iter(found)) if len(found) == 1 else None


def _districts_by_first_word(gaz: Gazetteer, country: str) -> tuple[list[str], list[Known]]:
    """A country's districts (`_districts_of`) sorted by the first word of their name's key, beside them: the
    districts whose name opens with a word are found by bisection (kept on the gazetteer, once per country)."""
    kept = gaz.__dict__.setdefault("_districts_by_first_word", {})
    if country not in kept:
        districts = {known for entries in _districts_of(gaz, country).values() for known in entries}
        pairs = sorted(((name_key(known.name).split(" ", 1)[0], known) for known in districts), key=lambda pair: pair[0])
        kept[country] = [word for word, _ in pairs], [known for _, known in pairs]
    return kept[country]


def _opens_with(name: str, key: str) -> bool:
    first = name.split(" ", 1)[0]
    return first.startswith(key) and len(first) >= len(key) + 3


def _districts_of(gaz: Gazetteer, country: str) -> dict[str, set[Known]]:
    """A country's districts by the transliteration key of each name they are written with (built once per
    gazetteer and country, and kept on it: an index keyed by the object's id could outlive it and serve another;
    the keys are computed for the countries asked only)."""
    by_country = gaz.__dict__.get("_districts_by_country")
    if by_country is None:
        by_country = gaz.__dict__["_districts_by_country"] = {}
        for name, entries in gaz.districts.items():
            for known, written in entries:
                if written and known.country_code:
                    by_country.setdefault(known.country_code, []).append((name, known))
    keyed = gaz.__dict__.setdefault("_districts_keyed", {})
    if country not in keyed:
        keyed[country] = {}
        for name, known in by_country.get(country, []):
            keyed[country].setdefault(phonetic_key(name), set()).add(known)
    return keyed[country]


def _town_countries(key: str, gaz: Gazetteer) -> set[str]:
    """The countries with a town of that name, small towns included."""
    towns = {known.country_code for known, _ in gaz.exact.get(key, []) if known.kind == "city"}
    return towns | {town[2] for town in small_towns_named(key, gaz) if name_key(town[1]) == key}


def _followed_by_an_age(core: Span) -> bool:
    following = core.doc[core.end:core.end + 3]
    return (len(following) == 3 and following[0].text == "," and following[1].like_num
            and following[2].lower_ in place_words(core.doc.lang_).age_words)


def _after_article(folded: str, position: int, key: str, gaz: Gazetteer, language: str = "fr") -> bool:
    """'dans le Brandebourg', 'la Wien', 'du Québec': not a city, whose name takes no article in French -- unless
    the article belongs to the name ('au Caire', 'à La Haye')."""
    words = place_words(language)
    match = words.article_before.search(folded[max(0, position - 8):position])
    if not match:
        return False
    article = words.contracted_articles.get(match.group(1), match.group(1))
    return (article + key if article == "l'" else f"{article} {key}") not in gaz.exact


def _heads_of_unresolved(resolved: list[tuple[Candidate, str, Optional[Known]]]) -> dict[str, str]:
    """Name key -> "region" or "city" for names the gazetteer could not resolve, from any mention with a head
    noun: 'Basse-Silésie' in an article that also says 'la région de Basse-Silésie' is that region too."""
    heads: dict[str, str] = {}
    for candidate, key, known in resolved:
        if candidate.head and known is None:
            heads.setdefault(key, candidate.head)
    return heads


def _countries_named(kept: list[tuple[Candidate, str, Span]], doc: Doc,
                     gaz: Gazetteer) -> tuple[dict[int, set[str]], set[str]]:
    """Country codes named plainly, by sentence (keyed by its index) and for the whole article: the context
    that ranks homonymous cities."""
    by_sentence: dict[int, set[str]] = {}
    in_article: set[str] = set()
    for candidate, key, _ in kept:
        entries = gaz.exact.get(key, [])
        known = _best(entries, set(), set(), None, gaz.capitals)
        if known is not None and known.kind == "country" and not candidate.head:
            sentence = _sentence_of(doc, candidate.start, candidate.end)
            by_sentence.setdefault(sentence, set()).add(known.country_code)
            in_article.add(known.country_code)
        elif known is not None and known.kind == "region" and known.country_code and all(
                e.country_code == known.country_code or (e.population or 0) * 20 < (known.population or 0)
                for e, _ in entries):
            # "England", "Oxfordshire": a region no other country has a place of that name of its size names its own
            in_article.add(known.country_code)
    return by_sentence, in_article


def _place(known: Optional[Known], candidate: Candidate, key: str, core_text: str, head: Optional[str],
           gaz: Gazetteer, language: str, surface: str) -> Place:
    if known is not None and candidate.region and known.kind == "city":
        region = gaz.named_region.get(known.geonames_id or 0)
        if region is not None:  # "région d'Almaty": Almaty Oblast, named after the city
            label = _region_name(core_text, language) if candidate.list_head else _region_label(surface, candidate, core_text)
            return _region_place(region, label)  # "les régions de Murcie et d'Aragon": "région de Murcie"
        district = district_named(key, gaz, {known.country_code or ""}, noun=True)
        if district is not None:  # "Malappuram district": the district, at its town's point if it has none
            label = _region_name(core_text, language) if candidate.list_head else _region_label(surface, candidate, core_text)
            if district.latitude is None:
                district = replace(district, latitude=known.latitude, longitude=known.longitude)
            return _region_place(district, label)
        # A region GeoNames does not name after the city (no admin1 or admin2 record): at the city's point; the
        # GeoNames id stays the city's business, so the region carries none.
        return Place(
            id=stable_id("place", "region", known.source, known.code), name=_region_name(known.name, language),
            kind="region", country_code=known.country_code, latitude=known.latitude, longitude=known.longitude,
        )
    if known is not None and known.kind == "region":
        # "the provinces of Balochistan and Sindh": a plural noun is the list's, each region keeps its own name
        labelled = candidate.region and not candidate.list_head
        return _region_place(known, _region_label(surface, candidate, core_text) if labelled
                             else known.name if core_text.endswith(".") or core_text.isupper() else core_text)  # "Alta.", "KZN"
    if known is not None:
        return Place(
            id=known.place_id, name=known.name, kind=known.kind, country_code=known.country_code,
            latitude=known.latitude, longitude=known.longitude, geonames_id=known.geonames_id,
            population=known.population or None,
        )
    # Unresolved: one place per name, whatever the mention's head noun, so that "région de Basse-Silésie" and
    # "Basse-Silésie" are one row, in this article and across articles.
    kind: PlaceKind = head or ("area" if set(key.split()) & place_words(language).area_words else "other")  # type: ignore[assignment]
    return Place(id=stable_id("place", "unresolved", key), name=core_text, kind=kind)


# The noun and what joins it to the name, without the adjectives between: "région frontalière russe de " ->
# "région de ", "the state of " -> "state of ".
NOUN_AND_JOINT = re.compile(r"^(?:the\s+)?(\w+)\b.*?(\s(?:de|du|des|of)\s+(?:(?:la|le|les|the)\s+|l['’])?|\sd['’])$",
                            re.IGNORECASE | re.DOTALL)


def _region_label(surface: str, candidate: Candidate, core_text: str) -> str:
    """A region's name as the article writes it, less the adjectives: "région de Murcie", "Murcia region"."""
    prefix = surface[:candidate.core_start - candidate.start]
    if not prefix:
        return surface
    match = NOUN_AND_JOINT.match(prefix)
    return f"{match.group(1)}{match.group(2)}{core_text}" if match else surface


def _region_place(region: Known, name: str) -> Place:
    """A first-level region, under the name the article gives it; its id is GeoNames', the same in any language."""
    return Place(id=region.place_id, name=name, kind="region", country_code=region.country_code,
                 latitude=region.latitude, longitude=region.longitude, geonames_id=region.geonames_id,
                 population=region.population or None)


def _region_name(name: str, language: str = "fr") -> str:
    rules = heads(language)
    label = rules.region_label_vowel if fold(name[:1]) in "aeiouy" else rules.region_label
    return label.format(name=name)


def _countries_of_plain_places(kept: list[tuple[Candidate, str, Span]], gaz: Gazetteer) -> set[str]:
    """Countries of the article's places whose name is found in one country only ("Kharkiv" and "Pokrovsk" put
    an article on Austria, whichever namesake its other towns have)."""
    countries: set[str] = set()
    for _, key, _ in kept:
        places_named = {known.country_code for known, _ in gaz.exact.get(key, []) if known.kind != "area"}
        if len(places_named) == 1 and None not in places_named:
            countries |= places_named
    return countries


# --- across articles ----------------------------------------------------------------------------


def settle_namesakes(articles: list[Article], found: list[list[Place]],
                     mentions: list[list[PlaceMention]]) -> list[dict[str, Place]]:
    """For each article that names no country and has no other place, its towns' namesakes ranked again by the
    countries of the dossier's other articles: "Paris" alone is the French capital, but in a dossier on Texas, Paris, Texas.
    Returns, per article, the places to put in place of others (old place id -> new place); empty for most."""
    countries_of = [{p.country_code for p in places_here if p.country_code} for places_here in found]
    named_of = [{p.country_code for p in places_here if p.kind == "country"} for places_here in found]
    replaced: list[dict[str, Place]] = []
    for index, (article, places_here) in enumerate(zip(articles, found)):
        swaps: dict[str, Place] = {}
        if not named_of[index]:
            rest = named_of[:index] + named_of[index + 1:]
            if not any(rest):
                rest = countries_of[:index] + countries_of[index + 1:]
            others, most = _dossier_countries(rest), _dossier_countries(rest, 2)
            language = re.split(r"[-_]", article.language or "fr")[0].lower()
            for place in places_here:
                if {p.country_code for p in places_here if p.id != place.id and p.country_code}:
                    continue  # the article's other places already ranked its namesakes
                # a capital gives way only to the country most of the dossier names ("Dublin" stays Irish in a
                # dossier of stories from ten countries, two of them American)
                wanted = most if place.geonames_id in gazetteer(language).capitals else others
                better = _namesake_in(place, wanted, language) if wanted else None
                if better is not None:
                    swaps[place.id] = better
        replaced.append(swaps)
    return replaced


def _dossier_countries(per_article: list[set[str]], share: int = 3) -> set[str]:
    """The countries a dossier is about: those named by at least one in `share` of its articles that name a
    country ("Paris" alone in a dossier on Texas is Paris, Texas)."""
    naming = [countries for countries in per_article if countries]
    counts = Counter(code for countries in naming for code in countries)
    return {code for code, n in counts.items() if n * share >= len(naming)}


def _namesake_in(place: Place, countries: set[str], language: str) -> Optional[Place]:
    """The city of the same name that the dossier's countries make likelier than this one, or None."""
    if place.kind != "city" or place.country_code in countries:
        return None
    for alias in place.aliases:
        entries = [e for e in _matches_cached(name_key(alias), language, False) if e[0].kind == "city"]
        known = _best(entries, set(), countries, "city")
        if known is not None and known.place_id != place.id:
            return Place(id=known.place_id, name=known.name, kind="city", country_code=known.country_code,
                         latitude=known.latitude, longitude=known.longitude, geonames_id=known.geonames_id,
                         population=known.population or None, aliases=place.aliases)
    return None
