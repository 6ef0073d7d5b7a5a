"""Where per-article extraction runs: in this process, in local worker processes, or on a Dask cluster.

Only extraction moves. Reading the cache, resolution across articles and the database write stay with the
caller, so a distributed build gives the same dossier as a local one: every id derives from content.

A Dask executor is named by its scheduler's address, `dask://HOST:PORT` (or `tcp://HOST:PORT`). Each worker
process loads spaCy once (the model is cached per process, as here) and must run the same recoupe code and
model as the client: the extractor version is checked on every worker before any article is sent.
"""

from __future__ import annotations

import math
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterator, Optional

LOCAL = "local"
DASK_SCHEMES = ("dask://", "tcp://")


class ExecutorError(Exception):
    """The executor named cannot be used (bad address, no scheduler, workers with other code)."""


def check_executor(executor: str) -> str:
    """The executor string as given, or ExecutorError saying what is accepted."""
    if executor == LOCAL or executor.startswith(DASK_SCHEMES):
        return executor
    raise ExecutorError(f"unknown executor {executor!r}: use 'local' or 'dask://HOST:PORT'")


def batches_of(items: list, size: int, workers: int) -> list[list]:
    """Batches of at most `size` articles, cut so that each of `workers` gets some."""
    size = max(1, min(size, math.ceil(len(items) / max(workers, 1))))
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_local(items: list, size: int, work: Callable[[list], list], workers: int) -> Iterator:
    """`work(batch)` for batches of `items`, in this process or spread over `workers` forked processes; results
    are yielded as batches finish. A worker that dies (out of memory, killed) has its batches redone here."""
    batches = batches_of(items, size, workers)
    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            yield from work(batch)
        return
    done: set[int] = set()
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(batches))) as pool:
            futures = {pool.submit(work, batch): i for i, batch in enumerate(batches)}
            for future in as_completed(futures):
                outcomes = future.result()
                done.add(futures[future])
                yield from outcomes
    except BrokenProcessPool:
        print("warning: a worker process died; finishing extraction in the main process", file=sys.stderr)
        for i, batch in enumerate(batches):
            if i not in done:
                yield from work(batch)


def run_dask(
    items: list,
    size: int,
    work: Callable[[list], list],
    address: str,
    version: str,
    version_on_worker: Callable[[Optional[str]], str],
    cache_dir: Optional[Path] = None,
) -> Iterator:
    """`work(batch)` for batches of `items` on the Dask cluster at `address`, each worker getting some; results
    are yielded as batches finish."""
    try:
        from distributed import Client, as_completed as dask_completed
    except ImportError as err:  # pragma: no cover - distributed is a dependency
        raise ExecutorError("the Dask executor needs the 'distributed' package") from err
    scheduler = "tcp://" + address.split("://", 1)[1]
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as err:
        raise ExecutorError(f"no Dask scheduler answers at {scheduler} ({err})") from err
    try:
        workers = client.run(version_on_worker, str(cache_dir) if cache_dir else None)
        if not workers:
            raise ExecutorError(f"the Dask scheduler at {scheduler} has no worker")
        stale = sorted(w for w, v in workers.items() if v != version)
        if stale:
            raise ExecutorError(
                f"{len(stale)} Dask worker(s) run other recoupe code or models than this build "
                f"(extractor {version}; {stale[0]} has {workers[stale[0]]}): install the same version there"
            )
        batches = batches_of(items, size, len(workers))
        # pure=False: two batches with equal content are still two pieces of work.
        futures = [client.submit(work, batch, pure=False) for batch in batches]
        for future in dask_completed(futures):
            yield from future.result()
    finally:
        client.close()


def prepare_worker(cache_dir: Optional[str]) -> str:
    """Run once on each Dask worker before any article: keep the gazetteer in the shared cache folder when
    the worker can reach it, and report the extractor version for the client to compare."""
    from . import places
    from .extraction_cache import extractor_version

    if cache_dir:
        folder = Path(cache_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                places.keep_gazetteers_in(folder)
        except OSError:  # another machine's path: the worker builds its gazetteer in memory
            pass
    return extractor_version()
