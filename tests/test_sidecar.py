"""sources.yml (issue 13): checked entry by entry by a pydantic model, bounded, and reported with file, entry,
line and key; what is wrong costs that value only (recoupe/sidecar.py)."""

from __future__ import annotations

import sqlite3

import pytest

from recoupe.sidecar import SidecarError, parse, validate_metadata

ARTICLE = ("Le conseil municipal a voté mardi un budget de {n} millions d’euros pour rénover les écoles de la "
           "ville, selon le maire.\n")


def corpus(tmp_path, sources: str, files: int = 3):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(1, files + 1):
        (folder / f"{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (folder / "sources.yml").write_text(sources, encoding="utf-8")
    return folder


def test_a_bad_date_costs_that_value_only(tmp_path):
    from recoupe.pipeline import ingest

    folder = corpus(tmp_path, "1.txt:\n  outlet: Le Journal\n  published: 2024-13-45\n"
                              "2.txt:\n  published: 2024-10-18\n  url: https://example.org/2\n")
    articles, rejected = ingest([folder])
    by_file = {a.source_file: a for a in articles}
    assert by_file["corpus/1.txt"].outlet == "Le Journal" and by_file["corpus/1.txt"].published is None
    assert by_file["corpus/2.txt"].published == "2024-10-18" and by_file["corpus/2.txt"].url == "https://example.org/2"
    [row] = rejected
    assert row.path == "corpus/sources.yml"
    assert row.reason == "metadata partly ignored: sources.yml, 1.txt, line 3: published: no such date: 2024-13-45"


def test_wrong_types_and_unknown_keys_are_reported_not_stored(tmp_path):
    from recoupe.pipeline import ingest

    folder = corpus(tmp_path, "1.txt:\n  title: [a, b]\n  outlet: {x: 1}\n  autor: Zoé\n  author: Zoé Samin\n"
                              "2.txt:\n  title: 1984\n  language: EN\n  url: javascript:alert(1)\n"
                              "3.txt: just text\n")
    articles, rejected = ingest([folder])
    by_file = {a.source_file: a for a in articles}
    one = by_file["corpus/1.txt"]
    assert one.author == "Zoé Samin" and "[" not in (one.title or "") and "{" not in (one.outlet or "")
    assert by_file["corpus/2.txt"].title == "1984" and by_file["corpus/2.txt"].language == "en"
    assert by_file["corpus/2.txt"].url is None
    reason = rejected[0].reason
    for expected in ["sources.yml, 1.txt, line 2: title: expected text, got a list",
                     "sources.yml, 1.txt, line 3: outlet: expected text, got a mapping",
                     "sources.yml, 1.txt, line 4: unknown key 'autor' (known: url, title, outlet, author, published, "
                     "language)",
                     "sources.yml, 2.txt, line 9: url: expected an http:// or https:// address",
                     "sources.yml, 3.txt, line 10: expected a mapping"]:
        assert expected in reason, reason


BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(9)
) + "1.txt:\n  title: *j\n"


def test_a_yaml_bomb_is_refused_without_expanding_it(tmp_path):
    """Nested aliases: 600 bytes that expand to 9^10 values (a 2.27 GB database, or out of memory, before)."""
    from recoupe.pipeline import build

    folder = corpus(tmp_path, BOMB)
    assert len(BOMB) < 700
    with pytest.raises(SidecarError, match="aliases"):  # counted on the node graph, never expanded
        parse(BOMB)
    report = build([folder], tmp_path / "d.db", cache_dir=tmp_path / "cache")
    assert report.articles == 3
    assert [(r.path, r.reason.split(":")[0]) for r in report.rejected] == [("corpus/sources.yml",
                                                                             "metadata file ignored")]
    assert (tmp_path / "d.db").stat().st_size < 5_000_000


def test_bounded_size_and_depth():
    with pytest.raises(SidecarError, match="nested too deeply"):
        parse("a: " + "[" * 50_000)
    with pytest.raises(SidecarError, match="aliases"):
        parse("a: &x [*x]")
    with pytest.raises(SidecarError, match="not valid YAML"):
        parse("a: [unclosed\n")


def test_a_large_sources_yml_is_refused(tmp_path):
    from recoupe.pipeline import ingest

    folder = corpus(tmp_path, "# padding\n" * 150_000)
    articles, rejected = ingest([folder])
    assert len(articles) == 3 and "too large for a metadata file" in rejected[0].reason


def test_validate_metadata_serves_any_origin():
    good, problems = validate_metadata({"title": " Un titre ", "published": "2024-02", "language": "fr",
                                        "colour": "red"}, "front matter of a.md")
    assert good == {"title": "Un titre", "published": "2024-02", "language": "fr"}
    assert problems == ["front matter of a.md: unknown key 'colour' (known: url, title, outlet, author, published, "
                        "language)"]
    assert validate_metadata(["x"])[1] == [
        "expected a mapping of keys (url, title, outlet, author, published, language) to values, got a list"]
    from datetime import date

    assert validate_metadata({"published": date(2024, 10, 18)})[0] == {"published": "2024-10-18"}


def test_valid_sources_yml_still_fills_the_articles(tmp_path):
    from recoupe.pipeline import build

    folder = corpus(tmp_path, "1.txt:\n  url: https://example.org/1\n  outlet: Example News\n"
                              "  published: 2024-10-18\n  title: Un titre\n  author: Zoé Samin\n  language: fr\n")
    build([folder], tmp_path / "d.db", cache_dir=tmp_path / "cache")
    with sqlite3.connect(tmp_path / "d.db") as conn:
        row = conn.execute("select url, outlet, published, title, author, language from articles "
                           "where source_file = 'corpus/1.txt'").fetchone()
        assert row == ("https://example.org/1", "Example News", "2024-10-18", "Un titre", "Zoé Samin", "fr")
        assert conn.execute("select count(*) from rejected_files").fetchone() == (0,)
