"""The command line (build_db.py) and the published instance's safety: read-only, with a SQL time limit,
canned queries that take parameters instead of building SQL from strings."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


def load_cli():
    spec = importlib.util.spec_from_file_location("build_db", ROOT / "build_db.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


def run(*args: str):
    return CliRunner().invoke(load_cli(), [str(a) for a in args])


# --- build_db.py -----------------------------------------------------------------------------


def test_help_names_every_option():
    result = run("--help")
    assert result.exit_code == 0
    for option in ["--db", "--cache", "--full", "--workers", "--strict", "--quiet"]:
        assert option in result.output


def test_cache_full_and_workers(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in NAMES[:3]:
        shutil.copy(SEEDS / name, folder)
    common = (folder, "--db", tmp_path / "d.db", "--cache", tmp_path / "cache")
    first = run(*common)
    assert first.exit_code == 0, first.output
    assert "3 articles" in first.stdout and "0 reused from cache" in first.stdout
    again = run(*common)
    assert "3 reused from cache" in again.stdout
    full = run(*common, "--full", "--workers", "2")
    assert full.exit_code == 0, full.output
    assert "0 reused from cache" in full.stdout and "(2 processes)" in full.stdout


def test_quiet_prints_no_rejected_files_unless_strict(tmp_path, nlp):
    shutil.copy(ROOT / "tests" / "bad_input" / "good_article.txt", tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    common = (tmp_path, "--db", tmp_path / "d.db", "--cache", tmp_path / "cache")
    quiet = run(*common, "-q")
    assert quiet.exit_code == 0 and "rejected:" not in quiet.stderr
    strict = run(*common, "-q", "--strict")
    assert strict.exit_code == 1 and f"rejected: {tmp_path.name}/empty.txt: empty file" in strict.stderr


# --- the published instance ------------------------------------------------------------------


def serve_command() -> str:
    """The `datasette serve` line of the Makefile's serve target."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    recipe = re.search(r"^serve:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    return next(line for line in recipe.splitlines() if "datasette serve" in line)


def test_makefile_serves_read_only_with_a_time_limit():
    command = serve_command().split()
    assert "-i" in command  # immutable: opened read-only, never written
    assert command[command.index("--setting") + 1] == "sql_time_limit_ms"


def test_canned_queries_take_parameters_and_never_write(metadata):
    for name, query in metadata["databases"]["dossier"]["queries"].items():
        assert not query.get("write"), name
        sql = query["sql"]
        assert not re.search(r"\{|%s|%\(|\$\w", sql), f"{name}: SQL built from strings"
        assert not re.search(r"\b(insert|update|delete|drop|alter|attach|pragma)\b", sql, re.IGNORECASE), name


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_db):
    """A real `datasette serve`, with the Makefile's flags, on 127.0.0.1."""
    port = free_port()
    datasette = Path(sys.executable).parent / "datasette"
    process = subprocess.Popen(
        [str(datasette), "serve", "-i", str(seed_db), "-m", str(ROOT / "metadata.yml"),
         "--plugins-dir", str(ROOT / "plugins"), "--template-dir", str(ROOT / "templates"),
         "--static", f"assets:{ROOT / 'static'}", "--setting", "sql_time_limit_ms", "500",
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"datasette did not start: {process.stderr.read().decode()[-1000:]}")
            time.sleep(0.2)
    yield base, seed_db
    process.terminate()
    process.wait(timeout=10)


def get_json(url: str) -> tuple[int, dict | list]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"{}")


def sql_url(base: str, sql: str, **params: str) -> str:
    return f"{base}/dossier.json?" + urllib.parse.urlencode({"sql": sql, **params})


WRITES = [
    "insert into rejected_files (path, reason) values ('x', 'y')",
    "update articles set title = 'pwned'",
    "delete from figures",
    "drop table articles",
    "select 1; delete from figures",
    "attach database '/tmp/x.db' as x",
    "pragma writable_schema = 1",
]


@pytest.mark.parametrize("sql", WRITES)
def test_write_attempts_are_refused(server, sql):
    base, db = server
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    status, body = get_json(sql_url(base, sql))
    assert status >= 400 or body.get("ok") is False, body
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_runaway_query_is_stopped_by_the_time_limit(server):
    base, _ = server
    endless = "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n"
    started = time.monotonic()
    status, body = get_json(sql_url(base, endless))
    assert status >= 400 and "too long" in json.dumps(body).lower()
    assert time.monotonic() - started < 10


def test_a_parameter_is_data_not_sql(server):
    base, _ = server
    url = f"{base}/dossier/actor_claims.json?_shape=array&" + urllib.parse.urlencode(
        {"actor": "zzz' or 1=1 or a.name like '"}
    )
    status, rows = get_json(url)
    assert status == 200 and rows == []


def test_the_database_is_served_immutable(server):
    base, _ = server
    status, databases = get_json(f"{base}/-/databases.json")
    assert status == 200
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("dossier", False)]
    _, settings = get_json(f"{base}/-/settings.json")
    assert settings["sql_time_limit_ms"] == 500


def test_the_command_leaves_with_its_status_and_its_output_flushed(tmp_path):
    """build_db.py exits at once when the build is done (no teardown of the build's objects): the summary, the
    rejected files and the status are those of the command."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Titre\n\nSelon la préfecture, 300 personnes ont manifesté mardi.\n",
                                  encoding="utf-8")
    (folder / "b.pdf").write_bytes(b"not a pdf")
    command = [sys.executable, str(ROOT / "build_db.py"), str(folder), "--db", str(tmp_path / "d.db"), "--cache",
               str(tmp_path / "cache")]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 articles" in done.stdout and "rejected: " in done.stderr and (tmp_path / "d.db").exists()
    strict = subprocess.run(command + ["--strict", "-q"], capture_output=True, text=True, cwd=tmp_path)
    assert strict.returncode == 1 and "b.pdf" in strict.stderr
