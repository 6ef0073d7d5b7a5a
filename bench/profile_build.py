#!/usr/bin/env python3
"""Where the per-article extraction spends its time: cProfile over `pipeline.extract_batch` on the bench corpus.

    .venv/bin/python bench/profile_build.py [--articles 200] [--corpus real] [--top 40] [--out FILE.prof]

Warms up first (models, gazetteers: one article per language), then profiles the extraction of `--articles`
articles of bench/corpus.py (spaCy's parse included, so its share shows beside the stages'). Prints the functions
with the most time of their own, then recoupe's functions by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench.build_bench import warm_up  # noqa: E402
from bench.corpus import CORPORA, write_corpus  # noqa: E402
from recoupe import pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", choices=CORPORA, default="real")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path, help="also write the raw profile here (for snakeviz, pstats)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="recoupe-profile-") as tmp:
        write_corpus(Path(tmp), args.articles, corpus=args.corpus)
        articles, _ = pipeline.ingest([Path(tmp)])
    warm_up()
    profile = cProfile.Profile(time.process_time)  # CPU time: steadier on a shared machine
    clock = time.perf_counter()
    profile.enable()
    outcomes = pipeline.extract_batch(articles)
    profile.disable()
    seconds = time.perf_counter() - clock
    print(f"{len(outcomes)} articles extracted in {seconds:.1f} s under the profiler")
    if args.out:
        profile.dump_stats(args.out)
    for order, restrict in (("tottime", ()), ("cumulative", ("recoupe",))):
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats(order).print_stats(*restrict, args.top)
        text = out.getvalue()
        print(text[text.find("   ncalls"):].replace(str(ROOT) + "/", ""))


if __name__ == "__main__":
    main()
