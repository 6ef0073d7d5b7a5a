"""Rules are data: a newcomer adds a qualifier by editing one lexicon file (recoupe/lexicons/<language>/), and the
extraction reads it; the code knows no word of its own."""

from __future__ import annotations

import shutil

import yaml

from support import make_article
from recoupe import lexicon, number_words
from recoupe.nlp import parse
from recoupe.numbers import extract_figures

PASSAGE = "Un titre\n\nLa police a compté pas loin de 3 000 manifestants dans les rues de la ville ce samedi."


def _figure(text: str):
    article = make_article(text)
    (figure,) = [f for f in extract_figures(parse(article.text), article) if f.value == 3000]
    return figure


def test_a_qualifier_added_to_the_lexicon_is_read(tmp_path, monkeypatch):
    assert _figure(PASSAGE).qualifier == "exact"  # "pas loin de" is no qualifier of the shipped lexicon
    folder = tmp_path / "lexicons"
    shutil.copytree(lexicon.FOLDER, folder)
    path = folder / "fr" / "numbers.yml"
    words = yaml.safe_load(path.read_text(encoding="utf-8"))
    words["qualifiers_before"].append([["pas loin de/d'"], "approx", False])  # the newcomer's one edit
    path.write_text(yaml.safe_dump(words, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(lexicon, "FOLDER", folder)
    monkeypatch.setattr(number_words, "FOLDER", folder)
    for cached in (lexicon.load, number_words.words):
        cached.cache_clear()
    try:
        figure = _figure(PASSAGE)
        assert (figure.qualifier, figure.text) == ("approx", "pas loin de 3 000")
        assert (figure.value_low, figure.value_high) == (2700, 3300)
    finally:
        for cached in (lexicon.load, number_words.words):
            cached.cache_clear()


def test_editing_a_lexicon_file_reprocesses_the_articles(tmp_path, monkeypatch):
    """The lexicon files enter the extraction cache key: a rebuild after one edit extracts again, and reads the
    edit ("pas loin de" made a qualifier), where a rebuild with nothing changed reuses the cache."""
    import sqlite3

    from recoupe.extraction_cache import extractor_version
    from recoupe.pipeline import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "passage.txt").write_text(PASSAGE, encoding="utf-8")
    db, cache = tmp_path / "d.db", tmp_path / "cache"

    def qualifiers():
        with sqlite3.connect(db) as conn:
            return conn.execute("select qualifier from figures where value = 3000").fetchall()

    caches = (lexicon.load, number_words.words, extractor_version)
    for cached in caches:
        cached.cache_clear()
    try:
        assert build([corpus], db, cache_dir=cache).reused == 0
        assert build([corpus], db, cache_dir=cache).reused == 1
        assert qualifiers() == [("exact",)]
        folder = tmp_path / "lexicons" / "fr"
        folder.mkdir(parents=True)
        shipped = (lexicon.FOLDER / "fr" / "numbers.yml").read_text(encoding="utf-8")
        edited = shipped.replace("qualifiers_before:\n", "qualifiers_before:\n  - [[pas loin de/d'], approx, false]\n", 1)
        (folder / "numbers.yml").write_text(edited, encoding="utf-8")
        monkeypatch.setenv(lexicon.OVERRIDE_VARIABLE, str(folder.parent))
        for cached in caches:
            cached.cache_clear()
        assert build([corpus], db, cache_dir=cache).reused == 0
        assert qualifiers() == [("approx",)]
    finally:
        monkeypatch.delenv(lexicon.OVERRIDE_VARIABLE, raising=False)
        for cached in caches:
            cached.cache_clear()
