"""Build benchmarks, each run in a fresh process (`python bench/build_bench.py MODE ...`, JSON on stdout) so
that peak memory and timings do not mix:

  spacy CORPUS            spaCy alone: nlp.pipe over the same clean texts the build parses, each language's texts
                          by its own model as the build does (models' load apart)
  build CORPUS WORKDIR    full build, rebuild with nothing changed, rebuild after adding one article; the same
                          added article to smaller dossiers of the corpus's first articles (read from the cache);
                          and its floor: a fresh process that loads the model and parses that article
  floor ARTICLE           what the floor process does: read the article, load its language's model, parse it
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
from typing import Optional

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402
from recoupe import pipeline, places  # noqa: E402
from recoupe.nlp import get_nlp, model_language  # noqa: E402 (spaCy alone)
from recoupe.stages import STAGES  # noqa: E402


def peak_mb(children: bool = False) -> float:
    """Peak resident memory in MB (Linux reports kB) of this process, or of its largest child."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def spacy_only(corpus: Path) -> dict:
    articles, _ = pipeline.ingest([corpus])  # not timed: the same clean texts the build gives spaCy
    by_language: dict[str, list[str]] = {}
    for article in articles:
        by_language.setdefault(model_language(article.language), []).append(article.text)
    load = seconds = cpu = 0.0
    tokens = 0
    for language, texts in sorted(by_language.items()):
        clock = time.perf_counter()
        nlp = get_nlp(language)
        load += time.perf_counter() - clock
        clock, cpu_clock = time.perf_counter(), time.process_time()
        with nlp.select_pipes(disable=STAGES):  # the model alone, without recoupe's stages
            tokens += sum(len(doc) for doc in nlp.pipe(texts, batch_size=pipeline.BATCH_SIZE))
        seconds += time.perf_counter() - clock
        cpu += time.process_time() - cpu_clock
    return {"articles": len(articles), "tokens": tokens, "load_s": load, "pipe_s": seconds, "pipe_cpu_s": cpu,
            "articles_per_s": len(articles) / seconds, "peak_mb": peak_mb(),
            "languages": {language: len(texts) for language, texts in sorted(by_language.items())}}


def floor(article: Path) -> dict:
    """The least a fresh process does to read one article: read it, load its language's model, parse it."""
    clock = time.perf_counter()
    found, _ = pipeline.ingest([article])
    nlp = get_nlp(model_language(found[0].language))
    doc = nlp(found[0].text)
    return {"tokens": len(doc), "in_process_s": time.perf_counter() - clock}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_process(*args: str, cwd: Path) -> tuple[float, str]:
    """Runs a fresh Python process: its wall-clock seconds and stdout; its CPU seconds go to CPU_OF_LAST[0]."""
    clock, cpu = time.perf_counter(), children_cpu()
    out = subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True, cwd=cwd)
    CPU_OF_LAST[0] = children_cpu() - cpu
    return time.perf_counter() - clock, out.stdout


CPU_OF_LAST = [0.0]  # CPU seconds of the last timed_process: steadier than wall time on a shared machine


def cli_add_one(corpus: Path, db: Path, cache: Path, workdir: Path) -> tuple[float, Optional[int]]:
    """A fresh `build_db.py` process over `corpus` (imports and model load included): seconds, articles reused."""
    seconds, out = timed_process(str(ROOT / "build_db.py"), str(corpus), "--db", str(db), "--cache", str(cache),
                                 "-q", cwd=workdir)
    # If the code changed since this process started (another version), the CLI reprocesses everything.
    reused = re.search(r"(\d+) reused from cache", out)
    return seconds, int(reused.group(1)) if reused else None


# One article per language the corpus has, for the warm-up: each language's model and resources load once.
WARM_UP = (ROOT / "seeds", ROOT / "audit" / "unseen_en")


def warm_up() -> None:
    pipeline.extract_batch([pipeline.ingest([folder])[0][0] for folder in WARM_UP])


def build_runs(corpus: Path, workdir: Path, workers: int, kind: str = "real",
               sizes: Optional[list[int]] = None) -> dict:
    db, cache = workdir / "dossier.db", workdir / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    clock = time.perf_counter()
    # Warm up on one seed article: the model and whatever the extractors load lazily (gazetteers...), once per
    # process as in any build; reported apart so the timed builds measure throughput. The gazetteer is kept in
    # the cache folder, as a first build through the command line keeps it.
    places.keep_gazetteers_in(cache)
    warm_up()
    load = time.perf_counter() - clock
    warm_peak = peak_mb()

    cpu_clock = time.process_time()
    full = pipeline.build([corpus], db, cache_dir=cache, workers=workers, full=True)
    full_cpu = time.process_time() - cpu_clock
    result = {
        "extractor_version": pipeline.extractor_version(), "peak_mb_after_warm_up": warm_peak,
        "workers": workers, "load_s": load, "articles": full.articles, "figures": full.figures,
        "claims": full.claims, "actors": full.actors, "places": full.places, "rejected": len(full.rejected),
        "full_s": full.seconds, "full_cpu_s": full_cpu, "full_stages": full.timings, "articles_per_s": full.articles / full.seconds,
        "peak_mb": peak_mb(), "peak_mb_workers": peak_mb(children=True) if workers > 1 else None,
    }
    if workers > 1:
        return result

    same = pipeline.build([corpus], db, cache_dir=cache)
    result.update(unchanged_s=same.seconds, unchanged_stages=same.timings, unchanged_reused=same.reused)

    added = write_corpus(corpus, 1, start=full.articles, corpus=kind)[0]  # one new article
    try:
        one = pipeline.build([corpus], db, cache_dir=cache)
        result.update(add_one_s=one.seconds, add_one_stages=one.timings, add_one_reused=one.reused,
                      add_one_articles=one.articles)
        # As a user sees it: a fresh process (imports, and the model loaded for the one new article).
        added.write_text(added.read_text(encoding="utf-8") + "\nUne phrase de plus ajoutée à l’article.\n",
                         encoding="utf-8")
        # Twice each, alternating with its floor (a fresh process that loads the model and parses that article,
        # nothing else), the least of each kept: the machine may be shared.
        clis, floors, cli_cpus, floor_cpus = [], [], [], []
        for attempt in range(2):
            if attempt:  # a text the cache has not seen yet
                added.write_text(added.read_text(encoding="utf-8") + "\nUne autre phrase ajoutée.\n",
                                 encoding="utf-8")
            clis.append(cli_add_one(corpus, db, cache, workdir))
            cli_cpus.append(CPU_OF_LAST[0])
            floors.append(timed_process(str(BENCH / "build_bench.py"), "floor", str(added), cwd=workdir)[0])
            floor_cpus.append(CPU_OF_LAST[0])
        result["add_one_cli_s"], result["add_one_cli_reused"] = min(clis)
        result["add_one_cli_runs_s"], result["floor_runs_s"] = [c[0] for c in clis], floors
        result["floor_s"] = min(floors)
        result["add_one_cli_cpu_s"], result["floor_cpu_s"] = min(cli_cpus), min(floor_cpus)
        # How the added article's cost grows with the dossier: the same article added to dossiers of the corpus's
        # first articles (their extractions come from the cache), each through a fresh process: a quarter and half
        # the corpus, or the `sizes` asked for (under the corpus's size).
        growth = []
        sizes = sorted({size for size in sizes if 0 < size < full.articles}) if sizes else \
            sorted({max(1, full.articles // 4), max(1, full.articles // 2)})
        for size in sizes:
            sub = workdir / f"corpus_{size}"
            sub.mkdir(exist_ok=True)
            for path in sorted(corpus.glob("*.txt"))[:size]:
                (sub / path.name).symlink_to(path)
            sub_db = workdir / f"dossier_{size}.db"
            pipeline.build([sub], sub_db, cache_dir=cache)
            (sub / added.name).symlink_to(added)
            # A text the cache has not seen (the article with another added sentence), so it is extracted.
            added.write_text(added.read_text(encoding="utf-8") + f"\nEncore une phrase, pour {size} articles.\n",
                             encoding="utf-8")
            seconds, reused = cli_add_one(sub, sub_db, cache, workdir)
            growth.append({"articles": size + 1, "add_one_cli_s": seconds, "add_one_cli_cpu_s": CPU_OF_LAST[0],
                           "reused": reused})
            shutil.rmtree(sub)
        growth.append({"articles": one.articles, "add_one_cli_s": result["add_one_cli_s"],
                       "add_one_cli_cpu_s": result["add_one_cli_cpu_s"],
                       "reused": result["add_one_cli_reused"]})
        result["add_one_growth"] = growth
    finally:
        added.unlink()
    return result


def warm_worker(cache: str) -> str:
    """On a Dask worker: what a build's first batch pays once per process (model, gazetteer), paid up front."""
    from recoupe.executors import prepare_worker

    version = prepare_worker(cache)
    warm_up()
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
    parser.add_argument("mode", choices=["spacy", "build", "cluster", "floor"])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("workdir", type=Path, nargs="?")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--corpus-kind", default="real", help="the corpus the added article comes from")
    parser.add_argument("--growth-sizes", help="dossier sizes the added article is also timed at (comma-separated; "
                        "default a quarter and half the corpus)")
    args = parser.parse_args()
    if args.mode == "spacy":
        result = spacy_only(args.corpus)
    elif args.mode == "floor":
        result = floor(args.corpus)
    elif args.mode == "cluster":
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = cluster_run(args.corpus, args.workdir, args.workers)
    else:
        args.workdir.mkdir(parents=True, exist_ok=True)
        sizes = [int(size) for size in args.growth_sizes.split(",")] if args.growth_sizes else None
        result = build_runs(args.corpus, args.workdir, args.workers, args.corpus_kind, sizes)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
