"""Serving benchmark: a dossier scaled up to N figures, served by a real `datasette serve` on 127.0.0.1 as the
Makefile serves it (-i, inspect file, metadata, plugins, sql_time_limit_ms); latency of the figures table and of
every canned query against the same SQL run straight on sqlite3; then a load run from several clients.

The scaled database copies the seed build's records many times over with new, content-derived ids (articles
grouped ten by ten into "stories" whose topics differ, actors and places shared) and is written through
recoupe.store's own table, index, full-text and view definitions.
"""

from __future__ import annotations

import json
import math
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from recoupe import pipeline, resolve, store  # noqa: E402
from recoupe.models import Dossier, stable_id  # noqa: E402

SQL_TIME_LIMIT_MS = 1000  # when the Makefile's serve target sets none
ARTICLES_PER_STORY = 10


# --- the scaled database ---------------------------------------------------------------------


def seed_dossier(cache: Path) -> Dossier:
    articles, rejected = pipeline.ingest([ROOT / "seeds"])
    extractions, _, _, _ = pipeline.extract_all(articles, pipeline.ExtractionCache(cache))
    return resolve.resolve(extractions, rejected)


def scale_dossier(seed: Dossier, target_figures: int) -> Dossier:
    """Copies of the seed dossier until it holds `target_figures` figures (at least one copy)."""
    copies = max(1, math.ceil(target_figures / max(len(seed.figures), 1)))
    per_copy = max(len(seed.articles), 1)
    out: dict[str, list] = {k: [] for k in ["articles", "figures", "claims", "actor_mentions", "place_mentions"]}
    for k in range(copies):
        story = (k * per_copy) // ARTICLES_PER_STORY

        def new(old_id, k=k):
            return None if old_id is None else stable_id(old_id, k)

        def topic(t, story=story):
            return t if t is None or story == 0 else f"{t} #{story}"

        for a in seed.articles:
            out["articles"].append(a.model_copy(update={
                "id": stable_id(a.id, k, length=12), "sha256": stable_id(a.sha256, k, length=64),
                "raw_text": a.text, "source_file": f"copy{k:05d}/{Path(a.source_file).name}"}))
        article_id = {a.id: stable_id(a.id, k, length=12) for a in seed.articles}
        for f in seed.figures:
            out["figures"].append(f.model_copy(update={
                "id": new(f.id), "article_id": article_id[f.article_id], "claim_id": new(f.claim_id),
                "source_mention_id": new(f.source_mention_id), "topic": topic(f.topic)}))
        for c in seed.claims:
            out["claims"].append(c.model_copy(update={
                "id": new(c.id), "article_id": article_id[c.article_id],
                "speaker_mention_id": new(c.speaker_mention_id)}))
        for m in seed.actor_mentions:
            out["actor_mentions"].append(m.model_copy(update={"id": new(m.id), "article_id": article_id[m.article_id]}))
        for m in seed.place_mentions:
            out["place_mentions"].append(m.model_copy(update={"id": new(m.id), "article_id": article_id[m.article_id]}))
    actors = [a.model_copy(update={"mention_count": a.mention_count * copies}) for a in seed.actors]
    actors = resolve.count_statements(actors, out["claims"], out["figures"])
    derived = resolve.actor_places(out["articles"], actors, seed.places, out["place_mentions"], out["claims"])
    return Dossier(actors=actors, places=seed.places, actor_places=derived, rejected=[], **out)


def write_fast(dossier: Dossier, target: Path) -> None:
    """store.write_dossier's tables, indexes, search and views, on a connection that does not sync each batch
    (a throwaway benchmark file; the real build's durability is store.write_dossier's business)."""
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("pragma journal_mode = off")
    conn.execute("pragma synchronous = off")
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    store.fill(db, dossier)
    conn.commit()
    conn.close()


def schema(db: Path) -> set:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("select type, name, sql from sqlite_master where name not like 'sqlite_stat%'"))


# --- requests ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def makefile_settings() -> list[str]:
    """The `--setting NAME VALUE` pairs of the Makefile's serve target: the bench serves what is deployed."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    recipe = re.search(r"^serve:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    line = next(line for line in recipe.splitlines() if "datasette serve" in line)
    words = line.split()
    settings = []
    for i, word in enumerate(words):
        if word == "--setting":
            settings += ["--setting", words[i + 1], words[i + 2]]
    if "sql_time_limit_ms" not in settings:
        settings += ["--setting", "sql_time_limit_ms", str(SQL_TIME_LIMIT_MS)]
    return settings


class Server:
    """`datasette serve` as the Makefile runs it (-i, inspect file, its settings), on 127.0.0.1 and a free port."""

    def __init__(self, db: Path, workdir: Path):
        bin_dir = Path(sys.executable).parent
        inspect_file = workdir / "inspect-data.json"
        subprocess.run([str(bin_dir / "datasette"), "inspect", str(db), "--inspect-file", str(inspect_file)],
                       check=True)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.settings = makefile_settings()
        self.process = subprocess.Popen(
            [str(bin_dir / "datasette"), "serve", "-i", str(db), "--inspect-file", str(inspect_file),
             "-m", str(ROOT / "metadata.yml"), "--plugins-dir", str(ROOT / "plugins"),
             "--template-dir", str(ROOT / "templates"), "--static", f"assets:{ROOT / 'static'}", *self.settings,
             "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        while not self.ready():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"datasette did not start: {self.process.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)

    def ready(self) -> bool:
        try:
            urllib.request.urlopen(f"{self.base}/-/versions.json", timeout=2).read()
            return True
        except OSError:
            return False

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# Sent to measure a page's rendering: plugins/cache.py (like any shared HTTP cache) renders a `no-cache` request
# again instead of sending the copy it keeps.
RENDER = {"Cache-Control": "no-cache"}


def fetch(url: str, headers: dict | None = None) -> tuple[float, int]:
    """Seconds and HTTP status of one GET (status 0: the connection failed)."""
    clock = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=60) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as err:
        err.read()
        status = err.code
    except OSError:
        status = 0
    return time.perf_counter() - clock, status


def percentiles(seconds: list[float]) -> dict:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return {"p50_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000, "n": len(ordered)}


def time_sql(db: Path, sql: str, params: dict, repeat: int, budget_s: float = 20.0) -> dict:
    """The same SQL straight on sqlite3, read-only, fetching what Datasette fetches (at most 1,001 rows).

    A query slower than the budget is stopped there (and reported as taking at least that long)."""
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True, check_same_thread=False)
    seconds = []
    spent = 0.0
    for _ in range(repeat + 1):
        clock = time.perf_counter()
        deadline = clock + budget_s - spent
        conn.set_progress_handler(lambda: time.perf_counter() > deadline, 10_000)
        try:
            conn.execute(sql, params).fetchmany(1001)
        except sqlite3.OperationalError:  # interrupted: over the budget
            seconds.append(time.perf_counter() - clock)
            spent = budget_s
            break
        seconds.append(time.perf_counter() - clock)
        spent += seconds[-1]
        if spent > budget_s / 2 and len(seconds) >= 3:  # slow: a few runs say enough
            break
    conn.close()
    result = percentiles(seconds[1:] or seconds)
    result["stopped"] = spent >= budget_s
    return result


# --- what is measured ------------------------------------------------------------------------


def query_params(db: Path) -> dict:
    """A value for each canned query parameter: the commonest topic, actor and place of the scaled dossier."""
    with sqlite3.connect(db) as conn:
        def first(sql, default):
            row = conn.execute(sql).fetchone()
            return row[0] if row and row[0] else default

        # The rarest word of the figures' full-text index (every seed word is copied thousands of times): the
        # search page's cost grows with the matches, so the bench searches a common and a rare word.
        conn.execute("create virtual table temp.vocabulary using fts5vocab(main, figures_fts, 'row')")
        rare = first("select term from temp.vocabulary where length(term) >= 5 and term glob '[a-z]*' "
                     "order by doc, term limit 1", "none")
        return {
            "rare_word": rare,
            "topic": first("select topic from figures where topic is not null group by topic "
                           "order by count(*) desc, topic limit 1", "none"),
            "actor": first("select name from actors order by mention_count desc, id limit 1", "none"),
            "place": first("select p.name from places p join place_mentions m on m.place_id = p.id "
                           "group by p.id order by count(*) desc, p.id limit 1", "none"),
        }


def endpoints(db: Path, params: dict) -> list[dict]:
    """Each page measured: its URL, and the SQL that gives its rows when run straight on sqlite3."""
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    queries = metadata["databases"]["dossier"].get("queries", {})
    first_article = sqlite3.connect(db).execute("select id from articles order by id limit 1").fetchone()[0]
    pages = [
        {"name": "figures table (JSON)", "path": "/dossier/figures.json",
         "sql": "select * from figures order by topic, id limit 101", "params": {}},
        {"name": "figures of one topic (JSON)", "path": "/dossier/figures.json?" + urllib.parse.urlencode(
            {"topic": params["topic"]}),
         "sql": "select * from figures where topic = :topic order by id limit 101",
         "params": {"topic": params["topic"]}},
        {"name": "figures full-text search (JSON)", "path": "/dossier/figures.json?_search=soldats",
         "sql": "select f.* from figures f join figures_fts s on s.rowid = f.rowid where figures_fts match 'soldats' "
                "limit 101", "params": {}},
        {"name": "figures full-text search, rare word (JSON)", "path": "/dossier/figures.json?_search="
         + urllib.parse.quote(params["rare_word"]),
         "sql": "select f.* from figures f join figures_fts s on s.rowid = f.rowid where figures_fts match :word "
                "limit 101", "params": {"word": params["rare_word"]}},
    ]
    for view in ["figure_comparison", "topic_spread", "disagreements"]:
        pages.append({"name": f"view {view} (JSON)", "path": f"/dossier/{view}.json",
                      "sql": f"select * from {view} limit 101", "params": {}})
    for name, query in queries.items():
        used = {p: v for p, v in params.items() if f":{p}" in query["sql"] and p != "rare_word"}
        path = f"/dossier/{name}.json?_shape=array" + ("&" + urllib.parse.urlencode(used) if used else "")
        pages.append({"name": f"canned {name}", "path": path, "sql": query["sql"], "params": used, "canned": True})
    pages.append({"name": "plugin page: article", "path": f"/-/article/{first_article}", "sql": None, "params": {}})
    pages.append({"name": "plugin page: compare topic", "path": "/-/compare/" + urllib.parse.quote(params["topic"]),
                  "sql": None, "params": {}})
    return pages


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system, every thread) a process has used: what a page costs the server, whatever else
    runs on the machine (its latency is not: on a shared machine it is mostly waiting for a core)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def latency_run(server: Server, db: Path, pages: list[dict], repeat: int) -> list[dict]:
    results = []
    for page in pages:
        url = server.base + page["path"]
        _, status = fetch(url)  # warm-up
        if status == 404 and page["sql"] is None:
            continue  # a plugin page this version does not have
        cpu = cpu_seconds(server.process.pid)
        runs = [fetch(url, RENDER) for _ in range(repeat)]  # rendered each time
        cpu = (cpu_seconds(server.process.pid) - cpu) / repeat
        kept = [fetch(url)[0] for _ in range(repeat)]  # as most readers get it: the copy plugins/cache.py keeps
        row = {"name": page["name"], "path": page["path"], "status": sorted({s for _, s in runs}),
               "datasette": percentiles([s for s, _ in runs]), "cached": percentiles(kept),
               "server_cpu_ms": cpu * 1000}
        if page["sql"]:
            row["sqlite"] = time_sql(db, page["sql"], page["params"], repeat)
        results.append(row)
    return results


def load_run(server: Server, pages: list[dict], requests: int, clients: int) -> dict:
    """`requests` GETs spread over the pages, from `clients` threads at once; every non-200 is an error."""
    statuses: Counter = Counter()
    failures: Counter = Counter()  # page name -> requests that did not get a 200
    seconds: list[float] = []
    lock = threading.Lock()

    def one(i: int) -> None:
        page = pages[i % len(pages)]
        elapsed, status = fetch(server.base + page["path"])
        with lock:
            statuses[status] += 1
            seconds.append(elapsed)
            if status != 200:
                failures[f"{page['name']} ({status})"] += 1

    clock = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, range(requests)))
    wall = time.perf_counter() - clock
    errors = sum(n for status, n in statuses.items() if status != 200)
    return {"requests": requests, "clients": clients, "errors": errors, "statuses": dict(statuses),
            "failures": dict(failures),
            "wall_s": wall, "requests_per_s": requests / wall, **percentiles(seconds)}


def run(workdir: Path, figures: int, requests: int, clients: int, repeat: int) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    seed_db = workdir / "seed.db"
    clock = time.perf_counter()
    seed = seed_dossier(workdir / "cache")
    store.write_dossier(seed, seed_db)
    scaled = scale_dossier(seed, figures)
    db = workdir / "dossier.db"  # Datasette names the database after the file: /dossier/...
    write_fast(scaled, db)
    del scaled  # a few GB of records: free them before measuring
    assert schema(db) == schema(seed_db), "the scaled database must have the schema recoupe.store writes"
    made = time.perf_counter() - clock
    with sqlite3.connect(db) as conn:
        counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0]
                  for t in ["articles", "figures", "claims", "actor_mentions", "place_mentions", "actors", "places"]}
    params = query_params(db)
    pages = endpoints(db, params)
    server = Server(db, workdir)
    try:
        latency = latency_run(server, db, pages, repeat)
        load = load_run(server, [p for p in pages if any(r["path"] == p["path"] for r in latency)], requests, clients)
    finally:
        server.stop()
    return {"seed_figures": len(seed.figures), "counts": counts, "db_mb": db.stat().st_size / 1e6,
            "settings": server.settings,
            "make_db_s": made, "params": params, "latency": latency, "load": load}


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(json.dumps(run(args.workdir, args.figures, args.requests, args.clients, args.repeat)))
