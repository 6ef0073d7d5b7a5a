"""Ingest: decoding, boilerplate cleaning, whitespace normalization and metadata inference, on the seeds and on
small made-up files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recoupe.ingest import (
    IngestError,
    article_from_text,
    decode,
    discover,
    looks_like_html,
    normalize_whitespace,
    read_article,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
S000, S001, S002, S003, S004 = sorted(p.name for p in SEEDS.glob("*.txt"))
BODY = "Le maire a annoncé lundi la construction de 120 logements sociaux dans le quartier de la gare.\n"


# --- boilerplate on the seeds ----------------------------------------------------------------


@pytest.mark.parametrize(
    "debris",
    ["Lire aussi", "For Latest Updates", "Follow us on", "PREV", "NEXT", 'type="image/avif"', "class=", "jsx-",
     "Related News", "Suivez la couverture complète", "(nouvelle fenêtre)", "\nfr-02", "Zoé SAMIN"],
)
def test_site_furniture_is_removed_from_every_seed(seed_articles, debris):
    for name, article in seed_articles.items():
        assert debris not in article.text, name


def test_teaser_after_lire_aussi_is_dropped(seed_articles):
    assert "usine d’uranium enrichi" not in seed_articles[S001].text
    assert "Guerre en Ukraine : un conflit sans fin" not in seed_articles[S001].text
    assert "ENTRETIEN" not in seed_articles[S002].text


def test_repeated_headline_lines_are_kept_once(seed_articles):
    headline = "Des soldats nord-coréens bientôt aux côtés des troupes russes en Ukraine ?"
    assert seed_articles[S001].text.count(headline) == 1
    text_003 = seed_articles[S003].text
    assert text_003.count("ça pourrait être 12 000") == 1
    assert "ca pourrait etre 12 000" not in text_003  # the same line without accents is the same line


def test_article_text_is_kept_whole(seed_articles):
    """Cleaning removes furniture, never the article's own sentences."""
    assert seed_articles[S000].text.endswith("Reportage supplémentaire de Jake Kwon et Hosu Lee à Séoul")
    assert "1,28 million de soldats en service" in seed_articles[S002].text
    assert seed_articles[S001].text.endswith("nié toutes ces accusations venant de Kiev et de Séoul.")
    assert "Yonhap. ce vendredi 18 octobre" in seed_articles[S001].text  # link marker removed, words not glued


# --- metadata inferred from the text ---------------------------------------------------------


def test_seed_002_title_outlet_and_date(seed_articles):
    article = seed_articles[S002]
    assert article.title == "1.500 soldats nord-coréens s’entraînent en Russie avant de combattre"
    assert article.outlet == "News Day FR"
    assert article.published == "2024-10-18"  # the latest full date in the text
    assert not article.text.startswith("News Day FR")  # the masthead is metadata, not body


def test_seed_000_date_header(seed_articles):
    article = seed_articles[S000]
    assert article.published == "2024-10"
    assert article.text.startswith("Selon l’agence de renseignement")  # header removed from the body


def test_seed_001_author_from_byline(seed_articles):
    assert seed_articles[S001].author == "Zoé Samin"
    assert seed_articles[S001].title == "Des soldats nord-coréens bientôt aux côtés des troupes russes en Ukraine ?"


def test_no_metadata_is_invented(seed_articles):
    article = seed_articles[S004]  # starts with a sentence, gives no date, no masthead, no byline
    assert (article.title, article.outlet, article.author, article.published) == (None, None, None, None)


def test_seeds_are_french_with_stable_content_ids(seed_articles):
    for name, article in seed_articles.items():
        assert article.language == "fr"
        assert article.id == read_article(SEEDS / name).id
        assert article.id == article_from_text(article.raw_text, source_file="elsewhere.txt").id
        assert article.word_count > 300


def test_english_text_is_detected():
    article = article_from_text("The minister said on Monday that the army was ready and that it would be sent.",
                                source_file="en.txt")
    assert article.language == "en"


# --- whitespace ------------------------------------------------------------------------------


def test_whitespace_is_normalized():
    raw = ("Titre\u00a0:\u202fun essai\r\n\r\n"
           "Il a dit\u00a0« bonjour »\u2009; 12\u202f000\u00a0soldats\u200b.\u2028Fin.\r\n")
    text = normalize_whitespace(raw)
    assert text == "Titre : un essai\n\nIl a dit « bonjour » ; 12 000 soldats.\nFin.\n"


def test_clean_body_has_plain_spaces_and_lf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(("Ligne\u00a0un avec  des   espaces en trop et 2\u202f500 personnes.\r\n"
                      "\r\n\r\n\r\nLigne deux, séparée par trop de lignes vides.\r\n").encode())
    article = read_article(path)
    assert article.text == ("Ligne un avec des espaces en trop et 2 500 personnes.\n\n"
                            "Ligne deux, séparée par trop de lignes vides.")
    assert "\r" in article.raw_text  # raw_text keeps the file as it was read


# --- decoding --------------------------------------------------------------------------------


def test_decode_utf8_variants():
    text = "Éléphant à 3 € — « œuvre »"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode(text.encode("utf-16-be")) == (text, "utf-16-be")


def test_decode_legacy_french():
    text = "L’été, l’œuvre coûte 3 € « à peine »"
    assert decode(text.encode("cp1252")) == (text, "cp1252")
    plain_latin1 = "Les élèves sont allés à l'école"
    assert decode(plain_latin1.encode("latin-1")) == (plain_latin1, "cp1252")


def test_decode_refuses_broken_utf8_rather_than_garbling_it():
    data = "Les députés ont adopté le texte à l’unanimité".encode("utf-8")
    broken = data.replace("é".encode(), b"\xc3", 1)
    with pytest.raises(IngestError, match="invalid UTF-8"):
        decode(broken)


def test_decode_refuses_binary():
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x00\x01\x02\x03binary\x00")
    with pytest.raises(IngestError, match="looks binary"):
        decode(bytes(range(1, 256)) * 3)


def test_html_is_recognized():
    assert looks_like_html("<!DOCTYPE html><html><body><p>Texte</p></body></html>")
    assert looks_like_html("<?xml version='1.0'?>\n<!-- saved -->\n<html>")
    fragment = "".join(f"<p>Phrase numéro {i} de l’article.</p>\n" for i in range(6))
    assert looks_like_html(fragment)
    assert not looks_like_html("Le député a écrit <p> dans son message, par erreur, puis a corrigé.")


# --- files -----------------------------------------------------------------------------------


def test_sources_yml_overrides_what_the_text_says(tmp_path):
    a_text = "Le Journal\n\nUn titre d’article\n\n" + BODY + "\nJean DUPONT\n"
    (tmp_path / "a.txt").write_text(a_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY.replace("120", "80"), encoding="utf-8")
    (tmp_path / "sources.yml").write_text(
        "a.txt:\n  url: https://example.org/a\n  outlet: Le Vrai Journal\n  published: 2024-10-18\n"
        "  author: Marie Curie\nb.txt:\n", encoding="utf-8"
    )
    from recoupe.pipeline import ingest

    articles, rejected = ingest([tmp_path])
    assert rejected == []
    by_file = {Path(a.source_file).name: a for a in articles}
    a = by_file["a.txt"]
    assert (a.url, a.outlet, a.published, a.author) == (
        "https://example.org/a", "Le Vrai Journal", "2024-10-18", "Marie Curie")
    assert a.title == "Un titre d’article"  # not in sources.yml: inferred from the text
    assert by_file["b.txt"].outlet is None


def test_discover_is_sorted_and_skips_hidden_files_and_sidecars(tmp_path):
    for name in ["b.txt", "a.txt", ".hidden.txt", "sources.yml", "sub/c.txt", ".git/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    found, rejected = discover([tmp_path, tmp_path / "a.txt", tmp_path / "sources.yml"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "b.txt", "sub/c.txt"]
    assert rejected == []


def test_read_article_never_opens_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError, match="named pipe"):
        read_article(fifo)  # would block forever if it opened the pipe


def test_read_article_refuses_a_folder(tmp_path):
    with pytest.raises(IngestError, match="folder"):
        read_article(tmp_path)


def test_too_few_words_is_not_an_article():
    with pytest.raises(IngestError, match="no sentence"):
        article_from_text("Page 2 / 3", source_file="x.txt")
