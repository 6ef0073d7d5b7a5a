"""One added article, and a rebuild with nothing changed, through a fresh `build_db.py` process: this checkout
against another one (`--base`, e.g. main's code: `git archive main | tar -x -C /tmp/base`), alternated in the
same run, with the floor (a fresh process that loads the model and parses that article) beside them.

    python bench/compare_add_one.py --base /tmp/base --corpus /tmp/work/corpus --cache /tmp/work/cache --rounds 3

The corpus is a folder the bench's corpus writer filled (`python bench/corpus.py /tmp/work/corpus 600`); build it
once with each checkout first (or let the first round do it: its figures are then not comparable). Each round
adds text to one new article (so the cache has not seen it) and runs: base, this, floor. CPU time of each process
(steadier than wall time on a shared machine) and wall time, with the load average, one JSON line per round.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_corpus  # noqa: E402


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(code: Path, *args: str) -> dict:
    """A fresh Python process running `args` with `code` first on its path: CPU and wall seconds."""
    cpu, clock = children_cpu(), time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, *args], cwd=code, env=env, check=True, capture_output=True, text=True)
    return {"cpu_s": round(children_cpu() - cpu, 2), "wall_s": round(time.perf_counter() - clock, 1)}


def build(code: Path, corpus: Path, cache: Path, db: Path) -> dict:
    return run(code, "build_db.py", str(corpus), "--db", str(db), "--cache", str(cache), "-q")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=Path, required=True, help="the other checkout (its build_db.py and recoupe/)")
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True, help="extraction cache shared by both (one folder per "
                        "extractor version)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    checkouts = {"base": args.base.resolve(), "this": ROOT}
    dbs = {label: args.cache.parent / f"compare_{label}_{args.corpus.name}.db" for label in checkouts}
    added = write_corpus(args.corpus, 1, start=10**6)[0]
    try:
        added.unlink()  # the rebuilds with nothing changed come first
        for index in range(args.rounds):
            row = {"round": index, "articles": len(list(args.corpus.glob("*.txt")))}
            for label, code in checkouts.items():
                row[f"{label}_unchanged"] = build(code, args.corpus, args.cache, dbs[label])
            added = write_corpus(args.corpus, 1, start=10**6)[0]
            added.write_text(added.read_text(encoding="utf-8") + f"\nUne phrase ajoutée ({time.time()}).\n",
                             encoding="utf-8")
            for label, code in checkouts.items():
                row[f"{label}_add_one"] = build(code, args.corpus, args.cache, dbs[label])
            row["floor"] = run(ROOT, str(BENCH / "build_bench.py"), "floor", str(added))
            for label in checkouts:
                row[f"{label}_add_one_over_floor_cpu"] = round(row[f"{label}_add_one"]["cpu_s"] / row["floor"]["cpu_s"], 2)
            row["load"] = os.getloadavg()
            added.unlink()
            print(json.dumps(row), flush=True)
    finally:
        added.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
