"""The build under hostile or unlucky input (issue 13): a file that takes too long, file names that are not
UTF-8 or hold a line feed, folders it cannot read or enter (as an unprivileged user), files that are not text
by their name, stray NUL bytes, two builds to one database, a full disk, and the build machine's paths.
"""

from __future__ import annotations

import json
import os
import pwd
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

from test_bad_input import load_cli

ROOT = Path(__file__).resolve().parent.parent
GOOD = (ROOT / "tests" / "bad_input" / "good_article.txt").read_text(encoding="utf-8")


def article(n: int) -> str:
    """A short article of its own (distinct texts, so none is a duplicate of another)."""
    return (f"Le conseil municipal a voté mardi un budget de {n} millions d’euros pour rénover les écoles. "
            f"Selon le maire, les travaux commenceront au printemps et dureront {n + 2} mois.\n")


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


# --- 1. a time budget per file ------------------------------------------------------------------


def test_a_file_over_the_time_budget_is_rejected_not_waited_for(tmp_path):
    from recoupe.pipeline import ingest

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(article(1), encoding="utf-8")
    with (folder / "slow.txt").open("w", encoding="utf-8") as slow:  # 4 MB of distinct lines: long to clean
        for i in range(40_000):
            slow.write(f"Ligne {i} d’un très long texte où chaque ligne diffère de la précédente.\n")
    articles, rejected = ingest([folder], file_seconds=0.05)
    assert [a.source_file for a in articles] == ["corpus/good.txt"]
    assert [r.path for r in rejected] == ["corpus/slow.txt"]
    assert "took longer than 0.05 s" in rejected[0].reason and "limit per file" in rejected[0].reason


def test_extraction_over_the_time_budget_keeps_the_article_without_records(nlp):
    from recoupe.ingest import article_from_text
    from recoupe.pipeline import extract_batch

    article = article_from_text(GOOD, "a.txt")
    [(extraction, error)] = extract_batch([article], file_seconds=1e-6)
    assert error.startswith("took longer than") and "the limit per file" in error
    assert extraction.article == article and extraction.figures == []
    [(extraction, error)] = extract_batch([article])
    assert error is None and extraction.figures


def test_the_extraction_budget_counts_processor_time_not_waiting():
    """On a busy machine an article waits for a core: that wait is no reason to reject it. A loop that burns the
    processor is still cut."""
    import time

    from recoupe.budget import OverBudget, time_budget

    with time_budget(0.2, cpu=True):
        time.sleep(0.4)  # waiting, as for a core on a loaded machine
    with pytest.raises(OverBudget):
        with time_budget(0.2, cpu=True):
            while True:
                pass


# --- 3. file names: any bytes ---------------------------------------------------------------------


def test_file_names_that_are_not_utf8_or_hold_a_line_feed(tmp_path, nlp):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(article(1), encoding="utf-8")
    latin1_name = os.fsencode(folder) + b"/caf\xe9.txt"  # a Latin-1 name on a UTF-8 system
    with open(latin1_name, "w", encoding="utf-8") as handle:
        handle.write(article(2))
    with open(os.fsencode(folder) + b"/bad\xff\xfe.txt", "wb") as handle:
        handle.write(b"")
    forged = folder / "x\nrejected: good.txt: forged.txt"  # a line feed that would forge a line
    forged.write_bytes(b"")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(load_cli(), [str(folder), "--db", str(db), "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output + repr(result.exception)
    assert sorted(f for (f,) in rows(db, "select source_file from articles")) == ["corpus/caf\\xe9.txt",
                                                                                   "corpus/good.txt"]
    rejected = dict(rows(db, "select path, reason from rejected_files"))
    assert rejected == {"corpus/bad\\xff\\xfe.txt": "empty file",
                        "corpus/x\\nrejected: good.txt: forged.txt": "empty file"}
    lines = result.stderr.splitlines()
    assert "rejected: corpus/x\\nrejected: good.txt: forged.txt: empty file" in lines
    assert not any(line.startswith("rejected: good.txt") for line in lines)


# --- 4. folders the build cannot read or enter, as an unprivileged user ---------------------------


def unprivileged_user() -> tuple[int, int]:
    """A user without privileges to drop to when the tests run as root (CI does): nobody, or one made here."""
    for name in ("nobody", "recoupe-test"):
        try:
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid
        except KeyError:
            continue
    made = subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                           "recoupe-test"], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"running as root, no unprivileged user to drop to and useradd failed: {made.stderr.strip()}")
    entry = pwd.getpwnam("recoupe-test")
    return entry.pw_uid, entry.pw_gid


def as_unprivileged(function, *args) -> dict:
    """`function(*args)` in a child process that dropped root's privileges (fork, then setgid/setuid), so that
    file permissions really apply; its JSON-able result, or the traceback of what it raised.

    A fork rather than a new interpreter: the user we drop to cannot read root's Python installation, and the
    child needs none of it (every module it uses is already imported).
    """
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"recoupe-unprivileged-{os.getpid()}.json"
    out.unlink(missing_ok=True)
    for codec in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"):
        "é".encode(codec).decode(codec)  # the codecs, imported and looked up before the child needs them
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, run, report, and leave without running pytest's cleanup
        code = 0
        try:
            if os.geteuid() == 0:
                uid, gid = unprivileged_user()
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            result = {"result": function(*args)}
        except BaseException:
            result, code = {"error": traceback.format_exc()}, 1
        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.write(fd, json.dumps(result).encode())
            os.close(fd)
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    try:
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        out.unlink(missing_ok=True)


def ingest_paths(folder: str) -> dict:
    from recoupe.pipeline import ingest

    articles, rejected = ingest([Path(folder)])
    return {"articles": [a.source_file for a in articles], "rejected": {r.path: r.reason for r in rejected},
            "uid": os.geteuid()}


@pytest.fixture
def shared_folder():
    """A folder outside pytest's private temporary folder, which the unprivileged user can reach."""
    import tempfile

    uid, gid = unprivileged_user() if os.geteuid() == 0 else (os.geteuid(), os.getegid())
    folder = Path(tempfile.mkdtemp(prefix="recoupe-perm-"))
    folder.chmod(0o755)
    os.chown(folder, uid, gid)
    yield folder, uid, gid
    for path in [folder, *folder.rglob("*")]:
        try:
            path.chmod(0o755)
        except OSError:
            pass
    shutil.rmtree(folder, ignore_errors=True)


def test_unreadable_and_unenterable_folders_are_rejected_as_an_unprivileged_user(shared_folder):
    folder, uid, gid = shared_folder
    corpus = folder / "corpus"
    for sub, mode in (("locked", 0o000), ("listed_only", 0o444)):
        (corpus / sub / "inner").mkdir(parents=True)
        (corpus / sub / "article.txt").write_text(article(3 if sub == "locked" else 4), encoding="utf-8")
        (corpus / sub).chmod(mode)
    (corpus / "good.txt").write_text(article(1), encoding="utf-8")
    (corpus / "secret.txt").write_text(article(5), encoding="utf-8")
    (corpus / "secret.txt").chmod(0o000)
    for path in [corpus, *corpus.rglob("*")]:
        if not path.is_symlink():
            os.chown(path, uid, gid)
    outcome = as_unprivileged(ingest_paths, str(corpus))
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert result["uid"] != 0  # the permissions really applied
    assert result["articles"] == ["corpus/good.txt"]
    reasons = result["rejected"]
    assert set(reasons) == {"corpus/locked", "corpus/listed_only", "corpus/secret.txt"}, reasons
    assert "permission denied" in reasons["corpus/locked"] and "folder" in reasons["corpus/locked"]
    assert "none of its files is read" in reasons["corpus/locked"]
    assert "listed but not entered" in reasons["corpus/listed_only"]
    assert "permission denied" in reasons["corpus/secret.txt"]


# --- 8. the smaller ones -------------------------------------------------------------------------


def test_only_files_with_a_text_suffix_are_read(tmp_path):
    from recoupe.pipeline import ingest

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(article(1), encoding="utf-8")
    (folder / "notes").write_text(article(2), encoding="utf-8")  # no suffix: read
    for i, name in enumerate(["data.csv", "data.json", "notes.md", "letter.rtf", "scan.pdf"]):
        (folder / name).write_text(article(10 + i), encoding="utf-8")  # text inside, but not an article file
    articles, rejected = ingest([folder])
    # Markdown is read as text (recoupe/formats.py); a PDF or an RTF is refused with how to convert it
    assert sorted(a.source_file for a in articles) == ["corpus/good.txt", "corpus/notes", "corpus/notes.md"]
    assert "convert" in next(r.reason for r in rejected if r.path == "corpus/scan.pdf").lower()
    assert "convert" in next(r.reason for r in rejected if r.path == "corpus/letter.rtf").lower()
    assert {r.path: r.reason.split(":")[0] for r in rejected if r.path.endswith((".csv", ".json"))} == {
        f"corpus/{name}": "not an article file"
        for name in ["data.csv", "data.json"]
    }
    articles, rejected = ingest([folder], suffixes=(".txt", "", ".md"))  # configurable
    assert "corpus/notes.md" in {a.source_file for a in articles}


def test_stray_nul_bytes_are_removed_with_a_warning(tmp_path):
    from recoupe.pipeline import ingest

    (tmp_path / "a.txt").write_bytes(article(1).encode().replace(b"budget", b"bud\x00get"))
    (tmp_path / "b.bin.txt").write_bytes(bytes(range(256)) * 4)  # still binary
    warnings: list = []
    articles, rejected = ingest([tmp_path / "a.txt", tmp_path / "b.bin.txt"], warnings=warnings)
    assert [a.source_file for a in articles] == ["a.txt"] and "budget de 1 millions" in articles[0].text
    assert [(w.path, w.reason) for w in warnings] == [("a.txt", "1 NUL byte(s) removed from otherwise good text")]
    assert [r.path for r in rejected] == ["b.bin.txt"] and "binary" in rejected[0].reason


def test_a_second_build_to_the_same_database_fails_clearly(tmp_path):
    from recoupe.pipeline import BuildLocked, build, build_lock

    db = tmp_path / "d.db"
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    with build_lock(db):
        with pytest.raises(BuildLocked, match="another build .* is writing d.db"):
            build([tmp_path / "a.txt"], db)
        result = CliRunner().invoke(load_cli(), [str(tmp_path / "a.txt"), "--db", str(db)])
        assert result.exit_code == 3 and f"process {os.getpid()}" in result.stderr
    assert not db.exists() and not (tmp_path / ".d.db.lock").exists()
    assert build([tmp_path / "a.txt"], db).articles == 1  # once the first is done, the next one goes ahead
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "d.db"]


def test_a_full_disk_is_a_clean_error_that_leaves_no_temporary_file(tmp_path, nlp):
    """The disk fills up while the database is written: a file size limit (RLIMIT_FSIZE) makes every write past
    64 kB fail the way a full disk does, in a child process so that the test process keeps no limit."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "out" / "d.db"
    db.parent.mkdir()
    db.write_bytes(b"previous")
    cache = tmp_path / "cache"

    def run():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))
        result = CliRunner().invoke(load_cli(), [str(folder), "--db", str(db), "--cache", str(cache)])
        return {"code": result.exit_code, "stderr": result.stderr, "exception": repr(result.exception)}

    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            (tmp_path / "child.json").write_text(json.dumps(run()), encoding="utf-8")
        except BaseException:
            (tmp_path / "child.json").write_text(json.dumps({"error": traceback.format_exc()}), encoding="utf-8")
            code = 1
        finally:
            os._exit(code)
    os.waitpid(pid, 0)
    outcome = json.loads((tmp_path / "child.json").read_text(encoding="utf-8"))
    assert "error" not in outcome, outcome.get("error")
    assert outcome["code"] == 4, outcome
    assert "error: could not write d.db: no space left" in outcome["stderr"]
    assert "Traceback" not in outcome["stderr"]
    assert db.read_bytes() == b"previous"
    assert sorted(p.name for p in db.parent.iterdir()) == ["d.db"]  # no temporary database, no lock
    assert not [p for p in cache.rglob("*.tmp")]  # nor half a cache file


def test_no_path_of_the_build_machine_is_published(seed_db):
    """The seed dossier names its files from the folder given (`seeds/…`), never from /."""
    files = [f for (f,) in rows(seed_db, "select source_file from articles")]
    assert files and all(f.startswith("seeds/") for f in files)
    dump = "\n".join(sqlite3.connect(seed_db).iterdump())
    assert str(ROOT) not in dump
