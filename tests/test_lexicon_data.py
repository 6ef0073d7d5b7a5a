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
