"""The build: files -> articles -> per-article extraction (cached) -> resolution across articles -> database.

Stages, in the one direction data flows:
  ingest       files to Article records (bad files to RejectedFile records)
  nlp+extract  one nlp.pipe pass per language (batched; one model per process) parses each article and runs the
               extraction stages on its Doc (recoupe/extraction.py, recoupe/stages.py) -> ArticleExtraction
  resolve      every cross-article job (recoupe/resolve.py and its resolve_*.py siblings): places merged by
               GeoNames id, actors merged, speakers and sources linked, dates, topics, counts -> Dossier
  store        SQLite, written to a temporary file and moved into place
This module only orchestrates them, with the extraction cache, the build lock and the workers.
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from . import corrections, places, sidecar
from .budget import FILE_SECONDS, OverBudget, time_budget
from .executors import LOCAL, prepare_worker, run_dask, run_local
from .extraction import BATCH_SIZE, Outcome, describe, extract, extract_batch  # noqa: F401 (the build's API)
from .extraction_cache import ExtractionCache, IngestMemo, ResultMemo, extractor_version
from .fetch import FetchedPage, Fetcher, read_url_list
from .ingest import IngestError, _read_bytes, read_article, sidecar_path
from .ingest_files import TEXT_SUFFIXES, discover, published_names
from .resolve import resolve
from .models import Article, ArticleExtraction, RejectedFile
from .store import write_dossier


class EmptyBuild(Exception):
    """No article could be read: the previous database is left in place rather than replaced by an empty one."""

    def __init__(self, rejected: list[RejectedFile]):
        super().__init__("no article could be read from the given paths")
        self.rejected = rejected


@dataclass
class BuildReport:
    articles: int = 0
    figures: int = 0
    claims: int = 0
    places: int = 0
    actors: int = 0
    rejected: list[RejectedFile] = field(default_factory=list)
    warnings: list[RejectedFile] = field(default_factory=list)  # files that went in after a repair, and which
    reused: int = 0
    processes: int = 0  # processes that ran spaCy and the extractors (0 when everything came from the cache)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: ingest, extract, resolve, store
    corrections_applied: list[str] = field(default_factory=list)  # one line per corrections.yml entry applied
    corrections_rejected: list[str] = field(default_factory=list)  # and per entry skipped, with why

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.figures} figures, {self.claims} claims, {self.places} places, "
            f"{self.actors} actors, {len(self.rejected)} rejected files, {self.reused} reused from cache, "
            f"{self.seconds:.1f} s" + (f" ({self.processes} processes)" if self.processes > 1 else "")
        )


# --- ingest ----------------------------------------------------------------------------------


def ingest(
    paths: Iterable[Path],
    pages: Iterable[FetchedPage] = (),
    page_metadata: Optional[dict[str, dict]] = None,
    file_seconds: Optional[float] = FILE_SECONDS,
    suffixes: Iterable[str] = TEXT_SUFFIXES,
    warnings: Optional[list[RejectedFile]] = None,
    memo: Optional[IngestMemo] = None,
) -> tuple[list[Article], list[RejectedFile]]:
    """Articles from files and folders, and from pages fetched from links (named by their URL, with the metadata
    `page_metadata` gives for that URL); a bad file is rejected with its reason, the others go on.

    The same text under two names is kept once: the second is rejected as a duplicate of the first. A file
    that takes longer than `file_seconds` to read and clean is rejected. Files are named by their path from
    the folder given (`published_names`); what was repaired in a file that went in is added to `warnings`. With a
    `memo`, an unchanged file is taken from what it gave last time (IngestMemo) instead of being read again.
    """
    paths = list(paths)
    name = published_names(paths)
    files, found_rejected = discover(paths, suffixes)
    rejected = [RejectedFile(path=name(r.path), reason=r.reason) for r in found_rejected]
    articles: list[Article] = []
    first_file_of: dict[str, str] = {}
    sidecars: dict[Path, dict] = {}
    sources = [(file, name(file), None, _sidecar_for(file, sidecars, rejected, name).get(file.name)) for file in files]
    sources += [(page.path, page.url, page.url, (page_metadata or {}).get(page.url)) for page in pages]
    for file, shown, url, metadata in sources:
        notes: list[str] = []
        key = recalled = None
        if memo is not None and url is None:
            try:
                key = memo.key(file, shown, _read_bytes(file), metadata)
            except IngestError:  # read_article says why, below
                pass
            recalled = memo.recall(key) if key else None
        try:
            if recalled:
                article, notes = recalled
            else:
                with time_budget(file_seconds):
                    article = read_article(file, metadata=metadata, source_file=shown, url=url, notes=notes)
                if key:
                    memo.remember(key, article, notes)
        except OverBudget as err:
            rejected.append(RejectedFile(path=shown, reason=f"{err} to read and clean (the limit per file): "
                                                            "skipped so that one file cannot stall the build"))
            continue
        except IngestError as err:
            rejected.append(RejectedFile(path=shown, reason=str(err)))
            continue
        except Exception as err:  # a bug must not cost the other articles; the file is named with the error
            reason = f"could not be read ({describe(err)}): a bug in recoupe"
            rejected.append(RejectedFile(path=shown, reason=reason))
            continue
        if article.sha256 in first_file_of:
            rejected.append(RejectedFile(path=shown, reason=f"duplicate: same text as {first_file_of[article.sha256]}"))
            continue
        first_file_of[article.sha256] = shown
        articles.append(article)
        if warnings is not None:
            warnings.extend(RejectedFile(path=shown, reason=note) for note in notes)
    return articles, sorted(_unique_paths(rejected), key=lambda r: r.path)


def _sidecar_for(file: Path, cache: dict[Path, dict], rejected: list[RejectedFile], name=str) -> dict:
    """The folder's sources.yml entries; what it leaves out (an unknown key, a bad date) is one rejected_files
    row for the file, each problem with its line, and the rest of the metadata is used."""
    folder = file.parent
    if folder not in cache:
        where = sidecar_path(folder)
        cache[folder] = {}
        if where is not None:
            try:
                cache[folder], problems = sidecar.load(where)
            except (sidecar.SidecarError, OSError) as err:  # a broken sidecar loses its metadata, not the articles
                reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
                rejected.append(RejectedFile(path=name(where), reason=f"metadata file ignored: {reason}"))
            else:
                if problems:
                    rejected.append(RejectedFile(path=name(where), reason="metadata partly ignored: "
                                                 + "; ".join(problems)))
    return cache[folder]


def _unique_paths(rejected: list[RejectedFile]) -> list[RejectedFile]:
    """One row per path (the table's key): a path given twice is reported once."""
    return list({r.path: r for r in reversed(rejected)}.values())[::-1]


def extract_all(
    articles: list[Article],
    cache: ExtractionCache,
    workers: int = 1,
    progress: Optional[Callable[[int], None]] = None,
    executor: str = LOCAL,
    file_seconds: Optional[float] = FILE_SECONDS,
) -> tuple[list[ArticleExtraction], int, list[RejectedFile], int]:
    """Extractions for every article, from the cache where the text and extractor are unchanged.

    Returns the extractions in article order, how many came from the cache, the articles whose extraction
    failed (kept without records; not cached, so the next build tries them again) and how many processes
    did the work.
    """
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
    failed: list[RejectedFile] = []
    pids: set[int] = set()
    for pid, (extraction, error) in _run_extraction(todo, workers, executor, cache.folder, file_seconds):
        pids.add(pid)
        article = extraction.article
        if error is None:
            cache.put(extraction)
        else:
            failed.append(RejectedFile(path=article.source_file, reason=f"extraction failed ({error}): the article "
                                       "is in the dossier without figures, claims, places or actors"))
        results[article.id] = extraction
        if progress:
            progress(1)
    return [results[a.id] for a in articles], reused, failed, len(pids)


def _run_extraction(
    articles: list[Article], workers: int, executor: str = LOCAL, cache_dir: Optional[Path] = None,
    file_seconds: Optional[float] = FILE_SECONDS,
) -> Iterator[tuple[int, Outcome]]:
    """(process id, outcome) for each article: in this process, over `workers` local processes, or on the Dask
    cluster `executor` names. Each process loads spaCy once (forked workers inherit a model the parent has
    already loaded)."""
    if not articles:
        return
    work = partial(_extract_here, file_seconds=file_seconds)
    if executor == LOCAL:
        yield from run_local(articles, BATCH_SIZE, work, workers)
    else:
        yield from run_dask(articles, BATCH_SIZE, work, executor, extractor_version(), prepare_worker, cache_dir)


def _extract_here(batch: list[Article], file_seconds: Optional[float] = FILE_SECONDS) -> list[tuple[int, Outcome]]:
    pid = os.getpid()
    return [(pid, outcome) for outcome in extract_batch(batch, file_seconds)]


# --- the whole build -------------------------------------------------------------------------


def build(
    paths: Iterable[Path],
    db_path: Path,
    cache_dir: Optional[Path] = None,
    workers: int = 1,
    progress_factory: Optional[Callable[[int], object]] = None,
    *,
    executor: str = LOCAL,
    full: bool = False,
    allow_empty: bool = True,
    urls: Optional[Path] = None,
    fetch_delay: Optional[float] = None,
    file_seconds: Optional[float] = FILE_SECONDS,
    suffixes: Iterable[str] = TEXT_SUFFIXES,
) -> BuildReport:
    """Build the dossier database from article files, and from the pages of the links listed in `urls` (fetched
    into the cache folder, see recoupe.fetch); returns what went in and what was rejected.

    `full` reprocesses every article (the cache is refreshed, not read) and fetches the links again. With
    `allow_empty=False`, a build that finds no article raises EmptyBuild and leaves the existing database untouched.
    Only one build at a time writes a database: a second one raises BuildLocked at once. A write that fails (a full
    disk) raises StoreError, with the previous database intact and no temporary file left.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(db_path):
        return _build(paths, db_path, cache_dir, workers, progress_factory, executor=executor, full=full,
                      allow_empty=allow_empty, urls=urls, fetch_delay=fetch_delay, file_seconds=file_seconds,
                      suffixes=suffixes)


def _build(paths, db_path: Path, cache_dir, workers, progress_factory, *, executor, full, allow_empty, urls,
           fetch_delay, file_seconds, suffixes) -> BuildReport:
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    pages: list[FetchedPage] = []
    fetch_rejected: list[RejectedFile] = []
    page_metadata: dict[str, dict] = {}
    if urls is not None:
        links, fetch_rejected = read_url_list(urls)
        page_metadata = _sidecar_for(Path(urls), {}, fetch_rejected)  # a sources.yml beside the links, keyed by URL
        fetcher = Fetcher(cache_dir=Path(cache_dir or ".cache/recoupe"), refresh=full)
        if fetch_delay is not None:
            fetcher.delay = fetch_delay
        pages, failed_links = fetcher.fetch_all(links)
        fetch_rejected += failed_links
        timings["fetch"] = time.perf_counter() - clock
        clock = time.perf_counter()
    warnings: list[RejectedFile] = []
    cache = ExtractionCache(cache_dir, read=not full)
    memo = IngestMemo(cache) if cache.folder else None
    articles, rejected = ingest(paths, pages, page_metadata, file_seconds, suffixes, warnings, memo)
    if memo is not None:
        memo.save()
    rejected = sorted(_unique_paths(rejected + fetch_rejected), key=lambda r: r.path)
    timings["ingest"] = time.perf_counter() - clock
    if not articles and not allow_empty:
        raise EmptyBuild(rejected)
    places.keep_gazetteers_in(cache_dir)
    clock = time.perf_counter()
    if progress_factory is not None:
        with progress_factory(len(articles)) as bar:
            extractions, reused, failed, processes = extract_all(articles, cache, workers, progress=bar.update,
                                                                 executor=executor, file_seconds=file_seconds)
    else:
        extractions, reused, failed, processes = extract_all(articles, cache, workers, executor=executor,
                                                             file_seconds=file_seconds)
    timings["extract"] = time.perf_counter() - clock
    rejected = sorted(_unique_paths(rejected + failed), key=lambda r: r.path)
    clock = time.perf_counter()
    folders = [Path(p) for p in paths if Path(p).is_dir()] + [Path(a.source_file).parent for a in articles]
    fixes = corrections.load(corrections.find(folders))
    results = ResultMemo(cache)
    dossier = resolve(extractions, rejected, fixes, results)
    results.save()
    timings["resolve"] = time.perf_counter() - clock
    clock = time.perf_counter()
    remove_stale_temporaries(db_path)
    write_dossier(dossier, db_path)
    timings["store"] = time.perf_counter() - clock
    return BuildReport(
        articles=len(dossier.articles),
        figures=len(dossier.figures),
        claims=len(dossier.claims),
        places=len(dossier.places),
        actors=len(dossier.actors),
        rejected=rejected,
        warnings=warnings,
        reused=reused,
        processes=processes,
        seconds=time.perf_counter() - started,
        timings=timings,
        corrections_applied=fixes.applied,
        corrections_rejected=fixes.rejected,
    )


class BuildLocked(Exception):
    """Another build is writing the same database."""


@contextmanager
def build_lock(db_path: Path) -> Iterator[None]:
    """Hold `.NAME.lock` beside the database for the whole build: two builds to one database would otherwise
    race, and the last to finish would silently win. The lock is the kernel's (flock), so a killed build
    releases it; the file holds the builder's process id and is removed when the build ends."""
    lock_path = db_path.with_name(f".{db_path.name}.lock")
    while True:
        handle = open(lock_path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise BuildLocked(f"another build (process {holder}) is writing {db_path.name}; wait until it is done "
                              "or build to another --db") from None
        try:  # the file may have been removed by the build that held it just before: lock the one in place
            same = os.fstat(handle.fileno()).st_ino == os.stat(lock_path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        handle.close()
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        lock_path.unlink(missing_ok=True)  # still holding the lock: no other build can be between these two
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


# store.atomic_path writes `.NAME.tmp-PID` beside the database (and SQLite its `-journal`).
TEMPORARY = re.compile(r"\.tmp-(\d+)(?:-journal|-wal|-shm)?$")


def remove_stale_temporaries(db_path: Path) -> list[Path]:
    """Delete temporary databases left by builds that were killed (their process no longer exists)."""
    removed = []
    for tmp in Path(db_path).parent.glob(f".{Path(db_path).name}.tmp-*"):
        match = TEMPORARY.search(tmp.name)
        if match and not _process_alive(int(match.group(1))):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True
