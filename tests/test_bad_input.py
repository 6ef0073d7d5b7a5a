"""Bad input: the build finishes, every good article goes in, every bad file is rejected with a reason a person
understands, named on stderr, and `--strict` turns any rejection into a failing exit status.

The static bad files live in tests/bad_input/ (small, committed); the ones that cannot be committed (20 MB,
named pipe, symbolic links, unreadable files) are made here in tmp_path.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
BAD_INPUT = Path(__file__).resolve().parent / "bad_input"
SEEDS = ROOT / "seeds"

# File -> words its reason must contain (case-insensitive). Paths are relative to the corpus folder.
REJECTED = {
    "empty.txt": ["empty"],
    "whitespace_only.txt": ["whitespace"],
    "binary.txt": ["binary"],
    "invalid_utf8.txt": ["invalid utf-8", "position"],
    "page.html": ["web page", "no article body"],
    "no_sentence.txt": ["no sentence"],
    "big.txt": ["too large", "mb"],
    "good_article_copy.txt": ["duplicate", "good_article.txt"],
    "fifo.txt": ["named pipe"],
    "dangling.txt": ["broken symbolic link"],
    "self_loop.txt": ["symbolic link loop"],
    "loop/back": ["folder already read"],
    "unreadable.txt": ["cannot read"],
}
ACCEPTED = ["latin1_article.txt", "utf16_bom_article.txt", "utf16_no_bom.txt", "good_article.txt"] + [
    f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))
]


def load_cli():
    spec = importlib.util.spec_from_file_location("build_db", ROOT / "build_db.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


def make_corpus(folder: Path) -> Path:
    """The committed bad files, the seeds, and the bad files that must be made on the spot."""
    shutil.copytree(BAD_INPUT, folder)
    shutil.copytree(SEEDS, folder / "seeds")
    good = (folder / "good_article.txt").read_text(encoding="utf-8")
    # The same article under another name, with other line ends and spaces: a duplicate by content.
    (folder / "good_article_copy.txt").write_bytes(good.replace(" ", "\u00a0", 3).replace("\n", "\r\n").encode())
    (folder / "utf16_no_bom.txt").write_bytes(
        "Environ 300 personnes ont manifesté samedi devant la mairie pour réclamer la réouverture de la "
        "piscine municipale, fermée depuis deux ans.\n".encode("utf-16-le")
    )
    with (folder / "big.txt").open("wb") as big:  # 20 MB of text: a dump, not an article
        line = "Une ligne de texte qui se répète encore et encore dans un très gros fichier.\n".encode()
        big.write(line * (20 * 1024 * 1024 // len(line) + 1))
    os.mkfifo(folder / "fifo.txt")  # opening it would block the build forever
    os.symlink(folder / "missing.txt", folder / "dangling.txt")
    os.symlink("self_loop.txt", folder / "self_loop.txt")
    (folder / "loop").mkdir()
    os.symlink("..", folder / "loop" / "back")  # walking it would read the corpus again, forever
    make_unreadable(folder / "unreadable.txt")
    return folder


def make_unreadable(path: Path) -> None:
    """A file whose read really fails. chmod 000 does not stop root (CI runs as root), so as root use a
    regular file the kernel refuses to read from the start: /proc/self/mem (EIO)."""
    if os.geteuid() != 0:
        path.write_text("Un article que personne ne peut lire, faute de droits sur le fichier.\n", encoding="utf-8")
        path.chmod(0)
    elif Path("/proc/self/mem").exists():
        os.symlink("/proc/self/mem", path)
    else:
        pytest.skip("running as root without /proc: no way to make an unreadable file")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("bad") / "corpus")


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    """One build of the bad corpus through the command line (in this process, so spaCy loads once)."""
    out = tmp_path_factory.mktemp("out")
    db = out / "dossier.db"
    result = CliRunner().invoke(load_cli(), [str(corpus), "--db", str(db), "--cache", str(out / "cache")])
    return result, db, out


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_build_finishes_with_every_good_article(built, corpus):
    result, db, _ = built
    assert result.exit_code == 0, result.output + str(result.exception)
    # published by their path from the folder given, under its name: no path of the build machine
    sources = {f.removeprefix("corpus/") for (f,) in rows(db, "select source_file from articles")}
    assert sources == set(ACCEPTED)
    assert all(f.startswith("corpus/") for (f,) in rows(db, "select source_file from articles"))


def test_every_bad_file_is_rejected_with_its_reason(built, corpus):
    _, db, _ = built
    rejected = rows(db, "select path, reason from rejected_files")
    assert all(path.startswith("corpus/") for path, _ in rejected)
    assert not any(str(corpus) in reason for _, reason in rejected)
    reasons = {path.removeprefix("corpus/"): reason for path, reason in rejected}
    assert set(reasons) == set(REJECTED)
    for name, words in REJECTED.items():
        for word in words:
            assert word in reasons[name].lower(), (name, reasons[name])


def test_rejected_files_are_named_on_stderr(built, corpus):
    result, _, _ = built
    for name in REJECTED:
        assert f"rejected: corpus/{name}:" in result.stderr


def test_legacy_encodings_are_decoded_not_garbled(built, corpus):
    _, db, _ = built
    texts = dict(rows(db, "select source_file, text from articles"))
    latin = texts["corpus/latin1_article.txt"]
    assert "d’euros" in latin and "« une œuvre de longue haleine »" in latin and "2 € de plus" in latin
    assert "\r" not in latin and "Ã" not in latin
    assert "pompiers" in texts["corpus/utf16_bom_article.txt"]
    assert "réouverture" in texts["corpus/utf16_no_bom.txt"]


def test_strict_exits_non_zero_on_any_rejection(built, corpus):
    _, _, out = built
    db = out / "strict.db"
    result = CliRunner().invoke(load_cli(), [str(corpus), "--db", str(db), "--cache", str(out / "cache"), "--strict"])
    assert result.exit_code == 1
    assert "rejected:" in result.stderr
    assert db.exists()  # the dossier is still written: strict reports, it does not discard the good articles


def test_strict_passes_on_a_clean_corpus(built, tmp_path):
    _, _, out = built
    folder = tmp_path / "clean"
    folder.mkdir()
    shutil.copy(BAD_INPUT / "good_article.txt", folder)
    result = CliRunner().invoke(
        load_cli(), [str(folder), "--db", str(tmp_path / "d.db"), "--cache", str(out / "cache"), "--strict"]
    )
    assert result.exit_code == 0, result.output
    assert rows(tmp_path / "d.db", "select count(*) from rejected_files") == [(0,)]


def test_no_readable_article_leaves_the_database_alone(tmp_path):
    db = tmp_path / "dossier.db"
    db.write_bytes(b"previous")
    result = CliRunner().invoke(load_cli(), [str(BAD_INPUT / "empty.txt"), str(tmp_path / "nope"), "--db", str(db)])
    assert result.exit_code == 2
    assert "no article" in result.stderr and "empty.txt: empty file" in result.stderr
    assert "nope: no such file or folder" in result.stderr
    assert db.read_bytes() == b"previous"


def test_broken_sources_yml_is_reported_and_articles_still_go_in(tmp_path):
    from recoupe.pipeline import ingest

    shutil.copy(BAD_INPUT / "good_article.txt", tmp_path)
    (tmp_path / "sources.yml").write_text("good_article.txt: [unclosed\n", encoding="utf-8")
    articles, rejected = ingest([tmp_path])
    assert [a.source_file for a in articles] == [f"{tmp_path.name}/good_article.txt"]
    assert [(r.path, r.reason.split(":")[0]) for r in rejected] == [
        (f"{tmp_path.name}/sources.yml", "metadata file ignored")
    ]


def test_a_path_given_twice_is_reported_once(tmp_path):
    from recoupe.pipeline import ingest

    missing = tmp_path / "missing.txt"
    articles, rejected = ingest([missing, missing, BAD_INPUT / "empty.txt", BAD_INPUT / "empty.txt"])
    assert articles == []
    # rejected files come sorted by path, whatever folder the checkout is in
    assert [r.path for r in rejected] == ["empty.txt", "missing.txt"]


def test_an_article_spacy_cannot_parse_goes_in_without_records(tmp_path, nlp):
    """Extraction fails for one article (longer than spaCy's max_length): the batch's other articles are still
    extracted, the article is kept without records, and the failure is listed with its reason."""
    from recoupe.pipeline import build

    shutil.copy(BAD_INPUT / "good_article.txt", tmp_path)
    sentence = "Le conseil a voté un budget de 12 millions d’euros pour les écoles de la ville. "
    (tmp_path / "huge.txt").write_text(sentence * (nlp.max_length // len(sentence) + 10), encoding="utf-8")
    report = build([tmp_path], tmp_path / "d.db", cache_dir=tmp_path / "cache")
    assert report.articles == 2
    failures = [(Path(r.path).name, r.reason.split(" (")[0]) for r in report.rejected]
    assert failures == [("huge.txt", "extraction failed")]
    assert "spaCy could not parse it" in report.rejected[0].reason
    counts = dict(rows(tmp_path / "d.db", "select a.source_file, count(f.id) from articles a "
                                          "left join figures f on f.article_id = a.id group by a.id"))
    assert counts[f"{tmp_path.name}/huge.txt"] == 0
    # Not cached: the next build tries it again.
    assert build([tmp_path], tmp_path / "d.db", cache_dir=tmp_path / "cache").reused == 1
