"""Build benchmarks, each run in a fresh process (`python bench/build_bench.py MODE ...`, JSON on stdout) so
that peak memory and timings do not mix:

  spacy CORPUS            spaCy alone: nlp.pipe over the same clean texts the build parses (model load apart)
  build CORPUS WORKDIR    full build, rebuild with nothing changed, rebuild after adding one article
  cluster CORPUS WORKDIR  full build with extraction on a local Dask cluster of --workers processes (one thread
                          each), after each worker has loaded the model; and a digest of the dossier's content
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from recoupe import pipeline, places  # noqa: E402
from recoupe.nlp import get_nlp  # noqa: E402 (spaCy alone)
from recoupe.stages import STAGES  # noqa: E402


def peak_mb(children: bool = False) -> float:
    """Peak resident memory in MB (Linux reports kB) of this process, or of its largest child."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def spacy_only(corpus: Path) -> dict:
    articles, _ = pipeline.ingest([corpus])  # not timed: the same clean texts the build gives spaCy
    texts = [a.text for a in articles]
    clock = time.perf_counter()
    nlp = get_nlp()
    load = time.perf_counter() - clock
    clock = time.perf_counter()
    with nlp.select_pipes(disable=STAGES):  # the model alone, without recoupe's stages
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=pipeline.BATCH_SIZE))
    seconds = time.perf_counter() - clock
    return {"articles": len(texts), "tokens": tokens, "load_s": load, "pipe_s": seconds,
            "articles_per_s": len(texts) / seconds, "peak_mb": peak_mb()}


def build_runs(corpus: Path, workdir: Path, workers: int) -> dict:
    db, cache = workdir / "dossier.db", workdir / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    clock = time.perf_counter()
    # Warm up on one seed article: the model and whatever the extractors load lazily (gazetteers...), once per
    # process as in any build; reported apart so the timed builds measure throughput. The gazetteer is kept in
    # the cache folder, as a first build through the command line keeps it.
    places.keep_gazetteers_in(cache)
    pipeline.extract_batch(pipeline.ingest([ROOT / "seeds"])[0][:1])
    load = time.perf_counter() - clock
    warm_peak = peak_mb()

    full = pipeline.build([corpus], db, cache_dir=cache, workers=workers, full=True)
    result = {
        "extractor_version": pipeline.extractor_version(), "peak_mb_after_warm_up": warm_peak,
        "workers": workers, "load_s": load, "articles": full.articles, "figures": full.figures,
        "claims": full.claims, "actors": full.actors, "places": full.places, "rejected": len(full.rejected),
        "full_s": full.seconds, "full_stages": full.timings, "articles_per_s": full.articles / full.seconds,
        "peak_mb": peak_mb(), "peak_mb_workers": peak_mb(children=True) if workers > 1 else None,
    }
    if workers > 1:
        return result

    same = pipeline.build([corpus], db, cache_dir=cache)
    result.update(unchanged_s=same.seconds, unchanged_stages=same.timings, unchanged_reused=same.reused)

    added = write_corpus(corpus, 1, start=full.articles)[0]  # one new article
    try:
        one = pipeline.build([corpus], db, cache_dir=cache)
        result.update(add_one_s=one.seconds, add_one_stages=one.timings, add_one_reused=one.reused,
                      add_one_articles=one.articles)
        # As a user sees it: a fresh process (imports, and the model loaded for the one new article).
        added.write_text(added.read_text(encoding="utf-8") + "\nUne phrase de plus ajoutée à l’article.\n",
                         encoding="utf-8")
        clock = time.perf_counter()
        cli = subprocess.run([sys.executable, str(ROOT / "build_db.py"), str(corpus), "--db", str(db),
                              "--cache", str(cache), "-q"], check=True, capture_output=True, text=True, cwd=workdir)
        result["add_one_cli_s"] = time.perf_counter() - clock
        # If the code changed since this process started (another version), the CLI reprocesses everything.
        reused = re.search(r"(\d+) reused from cache", cli.stdout)
        result["add_one_cli_reused"] = int(reused.group(1)) if reused else None
    finally:
        added.unlink()
    return result


def warm_worker(cache: str) -> str:
    """On a Dask worker: what a build's first batch pays once per process (model, gazetteer), paid up front."""
    from recoupe.executors import prepare_worker

    version = prepare_worker(cache)
    pipeline.extract_batch(pipeline.ingest([ROOT / "seeds"])[0][:1])
    return version


def dossier_digest(db: Path) -> str:
    """A digest of every table's and view's rows, sorted: equal for two builds that stored the same dossier."""
    digest = hashlib.sha256()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        names = [n for (n,) in conn.execute(
            "select name from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%' order by name")]
        for name in names:
            digest.update(name.encode())
            for row in sorted(repr(r) for r in conn.execute(f"select * from [{name}]")):
                digest.update(row.encode())
    return digest.hexdigest()[:16]


def cluster_run(corpus: Path, workdir: Path, workers: int) -> dict:
    from distributed import Client, LocalCluster

    db, cache = workdir / "dossier.db", workdir / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster, Client(cluster) as client:
        clock = time.perf_counter()
        client.run(warm_worker, str(cache))
        load = time.perf_counter() - clock
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        full = pipeline.build([corpus], db, cache_dir=cache, executor=address, full=True)
    return {"workers": workers, "load_s": load, "articles": full.articles, "full_s": full.seconds,
            "full_stages": full.timings, "articles_per_s": full.articles / full.seconds,
            "digest": dossier_digest(db), "processes": full.processes}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["spacy", "build", "cluster"])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("workdir", type=Path, nargs="?")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if args.mode == "spacy":
        result = spacy_only(args.corpus)
    elif args.mode == "cluster":
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = cluster_run(args.corpus, args.workdir, args.workers)
    else:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = build_runs(args.corpus, args.workdir, args.workers)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
