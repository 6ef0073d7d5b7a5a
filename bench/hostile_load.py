"""Hostile load: many clients, some of them sending the worst queries we know, against a real `datasette serve`
with the Makefile's settings and plugins (plugins/limits.py among them), on the seed dossier.

    .venv/bin/python bench/hostile_load.py --db seeds.db            # 3,000 requests, 16 clients, 10 % hostile
    .venv/bin/python bench/hostile_load.py --db seeds.db --render   # every ordinary page rendered, none cached

Measures what issue 13 asks: every hostile query answered with its intended status (a 400, or a 200 with little
in it), no other error, the server's memory (peak resident set, from /proc) and p50/p95 of the ordinary pages,
table pages apart. Prints the figures and saves them in bench/out/hostile_load.json (hostile_load_render.json).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from serve_bench import RENDER, Server, fetch, percentiles  # noqa: E402

# The worst queries found, each with the statuses that are its intended answer.
HOSTILE = {
    "one 200 MB blob": ("select zeroblob(200000000)", {400}),
    "one 50 MB random blob": ("select randomblob(50000000)", {400}),
    "a 300 MB printf": ("select printf('%.*c', 300000000, 'x')", {200}),  # SQLite gives NULL past the limit
    "doubling string": ("with recursive r(x, n) as (select 'ab', 1 union all select x || x, n + 1 from r "
                        "where n < 40) select length(x) from r", {400}),
    "a long printf per row": ("select printf('%.*c', 90000, 'x'), printf('%.*c', 90000, 'y') from figures, claims",
                              {400}),
    "a 2,000,000,000-wide printf": ("select printf('%.*c', 2000000000, 'x')", {200}),  # NULL past MAX_WIDTH
    "3 blobs per figure": ("select zeroblob(900000), zeroblob(900000), zeroblob(900000) from figures", {400}),
    "replace of hex": ("select replace(hex(zeroblob(400000)), '0', 'abcdefgh')", {400}),
    "group_concat cross join": ("select group_concat(a.text) from articles a, articles b, articles c, articles d",
                                {400}),
    "article texts crossed": ("select f.sentence, c.text, a.text, a.raw_text from figures f, claims c, articles a",
                              {200, 400}),
    "4-way cross join count": ("select count(*) from figures a, claims b, actor_mentions c, place_mentions d",
                               {200, 400}),  # done within the time limit when the machine is idle
    "endless recursion": ("with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c",
                          {400}),
    "deep expression": ("select " + "+".join(["1"] * 150), {400}),
    "long compound": ("select " + " union all select ".join(str(i) for i in range(40)), {400}),
    "wide select": ("select " + ", ".join(str(i) for i in range(150)), {400}),
    "LIKE pattern": ("select count(*) from articles where text like '" + "%a" * 600 + "'", {400}),
    "long SQL": ("select '" + "x" * 30_000 + "'", {400}),
    "LIKE over every text": ("select count(*) from figures f, articles a where a.text like '%' || f.sentence || '%'",
                             {200, 400}),
    "regexp-free backtracking glob": ("select count(*) from articles a, articles b where a.text glob '*a*b*c*d*e*f*'",
                                      {200, 400}),
}
HOSTILE_PAGES = {
    "facets on every text column": ("/dossier/figures?_facet=sentence&_facet=text&_facet=object_text&_facet=source_text"
                                    "&_size=max", {200}),
    "FTS syntax error": ("/dossier/figures?_search=%22*%22+NEAR(", {200, 400}),
    "huge _size": ("/dossier/figures.json?_size=100000000", {400}),
    "CSV stream of every article": ("/dossier/articles.csv?_stream=on&_size=max", {200}),
    "deep /-/ path": ("/-/a/b/c", {404}),
}
TABLES = ["figures", "claims", "articles", "actors", "actor_mentions", "places", "place_mentions", "actor_places",
          "figure_comparison", "topic_spread", "rejected_files"]


def ordinary_pages(db: Path) -> list[tuple[str, str]]:
    """(kind, path): table pages (HTML and JSON, with facets and sorting), views, canned queries, plugin pages."""
    with sqlite3.connect(db) as conn:
        article = conn.execute("select id from articles order by id limit 1").fetchone()[0]
        topic = conn.execute("select topic from figures where topic is not null group by topic "
                             "order by count(*) desc limit 1").fetchone()[0]
        actor = conn.execute("select name from actors order by mention_count desc limit 1").fetchone()[0]
    pages = []
    for table in TABLES:
        pages += [("table", f"/dossier/{table}"), ("table", f"/dossier/{table}.json?_size=100")]
    pages += [("table", "/dossier/figures?_sort_desc=value&_facet=qualifier"),
              ("table", "/dossier/claims?_facet=stance&_size=max"),
              ("table", "/dossier/figures?" + urllib.parse.urlencode({"topic": topic})),
              ("table", "/dossier/articles?_search=" + urllib.parse.quote("corée"))]
    pages += [("other", "/dossier"), ("other", "/-/compare"), ("other", "/-/compare/" + urllib.parse.quote(topic)),
              ("other", f"/-/article/{article}"), ("other", "/-/article"),
              ("other", "/dossier/figures_for_topic.json?_shape=array&" + urllib.parse.urlencode({"topic": topic})),
              ("other", "/dossier/source_figures?" + urllib.parse.urlencode({"actor": actor})),
              ("other", "/dossier/disagreements.json"), ("other", "/dossier/claims_timeline"),
              ("other", "/dossier/figures.csv?_size=max")]
    return pages


class MemoryWatch(threading.Thread):
    """The server process's resident memory every 50 ms, and the kernel's own peak (VmHWM) at the end."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[int] = []
        self.done = threading.Event()

    def field(self, name: str) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
        return 0

    def run(self) -> None:
        while not self.done.wait(0.05):
            try:
                self.samples.append(self.field("VmRSS"))
            except OSError:
                return

    def stop(self) -> dict:
        self.done.set()
        self.join()
        return {"start_mb": self.samples[0] / 1e6 if self.samples else None,
                "peak_mb": self.field("VmHWM") / 1e6, "end_mb": self.field("VmRSS") / 1e6}


def run(db: Path, requests: int, clients: int, hostile_share: float, seed: int, render: bool = False) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="hostile-load-"))
    try:
        served = workdir / "dossier.db"  # Datasette names the database after the file; metadata.yml says dossier
        shutil.copy(db, served)
        pages = ordinary_pages(served)
        hostile = [(name, "/dossier.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "array"}), ok)
                   for name, (sql, ok) in HOSTILE.items()]
        hostile += [(name, path, ok) for name, (path, ok) in HOSTILE_PAGES.items()]
        rng = random.Random(seed)
        plan = []
        for i in range(requests):
            if rng.random() < hostile_share:
                plan.append(("hostile",) + rng.choice(hostile))
            else:
                kind, path = rng.choice(pages)
                plan.append((kind, path, path, {200}))
        server = Server(served, workdir)
        # Datasette writes every SQL error, with its SQL, to stderr: read it as a terminal or a log would, or the
        # pipe fills and the server's SQL threads block on writing to it.
        logged = {"lines": 0, "bytes": 0}

        def drain() -> None:
            for line in server.process.stderr:
                logged["lines"] += 1
                logged["bytes"] += len(line)

        threading.Thread(target=drain, daemon=True).start()
        try:
            for _, path in pages:  # warm-up: every ordinary page once
                fetch(server.base + path)
            watch = MemoryWatch(server.process.pid)
            watch.start()
            seconds: dict[str, list[float]] = defaultdict(list)
            statuses: Counter = Counter()
            unexpected: Counter = Counter()
            lock = threading.Lock()

            def one(item) -> None:
                kind, name, path, ok = item
                elapsed, status = fetch(server.base + path, RENDER if render and kind != "hostile" else None)
                with lock:
                    seconds[kind].append(elapsed)
                    statuses[(kind, status)] += 1
                    if status not in ok:
                        unexpected[f"{kind} {name[:60]} ({status})"] += 1

            clock = time.perf_counter()
            with ThreadPoolExecutor(max_workers=clients) as pool:
                list(pool.map(one, plan))
            wall = time.perf_counter() - clock
            memory = watch.stop()
            after = {kind: percentiles([fetch(server.base + path)[0] for _ in range(5)])
                     for kind, path in [("table", "/dossier/figures")]}
        finally:
            server.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return {
        "requests": requests, "clients": clients, "hostile_share": hostile_share, "seed": seed, "render": render,
        "settings": server.settings, "wall_s": round(wall, 1), "requests_per_s": round(requests / wall, 1),
        "errors": sum(unexpected.values()), "unexpected": dict(unexpected),
        "statuses": {f"{kind} {status}": n for (kind, status), n in sorted(statuses.items())},
        "latency": {kind: percentiles(values) for kind, values in sorted(seconds.items())},
        "memory": memory, "figures_table_after": after["table"], "server_stderr": logged,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a dossier built by build_db.py (the seeds)")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--hostile", type=float, default=0.10, help="share of hostile requests")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--render", action="store_true",
                        help="every ordinary page rendered (Cache-Control: no-cache), none sent from plugins/cache.py")
    args = parser.parse_args()
    result = run(args.db, args.requests, args.clients, args.hostile, args.seed, args.render)
    out = BENCH / "out"
    out.mkdir(exist_ok=True)
    (out / ("hostile_load_render.json" if args.render else "hostile_load.json")).write_text(json.dumps(result, indent=2), encoding="utf-8")
    lat = result["latency"]
    print(f"{result['requests']} requests from {result['clients']} clients ({result['hostile_share']:.0%} hostile"
          f"{', ordinary pages rendered each time' if result['render'] else ''}) "
          f"in {result['wall_s']} s: {result['errors']} unexpected status(es) {result['unexpected']}")
    print(f"server memory: start {result['memory']['start_mb']:.0f} MB, peak {result['memory']['peak_mb']:.0f} MB, "
          f"end {result['memory']['end_mb']:.0f} MB")
    for kind, p in lat.items():
        print(f"{kind:8} n={p['n']:5}  p50 {p['p50_ms']:7.1f} ms  p95 {p['p95_ms']:7.1f} ms")
    print("statuses:", result["statuses"])


if __name__ == "__main__":
    main()
