"""Text is repaired once, in ingest: what a missing or misplaced character did to a sentence is fixed before any
stage reads it, and every offset downstream is an offset into the repaired text (the stored body)."""

from __future__ import annotations

import pytest

from recoupe.ingest import article_from_text
from recoupe.repair import repair


@pytest.mark.parametrize("broken, repaired", [
    ("des troupes »représente « une menace", "des troupes » représente « une menace"),
    ("ce jeudi à Dakar.« Jusqu’à hier", "ce jeudi à Dakar. « Jusqu’à hier"),
    ("« Le mouvement a déjà commencé« , a indiqué le service.", "« Le mouvement a déjà commencé» , a indiqué le service."),
    ("a rapporté l'agence Yonhap.ce que le ministère", "a rapporté l'agence Yonhap. ce que le ministère"),
    ("la communauté internationale.a déclaré le président.", "la communauté internationale. a déclaré le président."),
    ("« Nous restons mobilisés »,a déclaré le syndicat;il a ajouté", "« Nous restons mobilisés », a déclaré le syndicat; il a ajouté"),
    ("Pour cette nuit, 32.OOO policiers et 4 0O0 pompiers", "Pour cette nuit, 32.000 policiers et 4 000 pompiers"),
])
def test_glued_and_misplaced_punctuation_is_repaired(broken, repaired):
    assert repair(broken, "fr") == repaired


@pytest.mark.parametrize("text", [
    "Les jeunes Vert.e.s, les socialistes",  # inclusive writing
    "selon lemonde.fr et spiegel.de ce matin",  # web addresses (".de", ".la", ".es" are countries' codes)
    "dans le district de KhanAbad",  # a name written in camel case
    "« Il viendra », a-t-il dit. « Demain. »",  # well-formed quotes
    "1.500 soldats, 3.5 millions",
    "3,5 millions, 12,3 %, A,B",  # decimals and a list of capitals
    "le vol 12 OOOPS, la ligne 3 OOO-Est, la note 4.OOOO",  # letters O that are no group of three zeros
])
def test_what_is_not_broken_is_left_alone(text):
    assert repair(text, "fr") == text


def test_the_stored_body_is_the_repaired_text_and_offsets_point_into_it():
    article = article_from_text(
        "Un titre sur le sujet\n\nLe service a répété que « tout a déjà commencé »a souligné le porte-parole "
        "du ministère, devant la presse réunie ce matin.\n", source_file="a.txt")
    assert "» a souligné" in article.text and "»a" not in article.text
    start = article.text.index("a souligné")
    assert article.text[start:start + len("a souligné")] == "a souligné"


def test_english_text_is_repaired_with_the_english_words():
    assert repair("the ministry said.the minister was away", "en") == "the ministry said. the minister was away"
    assert repair("see example.it for more", "en") == "see example.it for more"


@pytest.mark.parametrize("language, broken, repaired", [
    ("fr", "Selon Park Ji-unprudent sur la suite, le chantier", "Selon Park Ji-un prudent sur la suite, le chantier"),
    ("fr", "la ministre Lee Su-aoptimiste ce matin", "la ministre Lee Su-a optimiste ce matin"),
    ("en", "Kim Ji-hoangry about the delay", "Kim Ji-ho angry about the delay"),
])
def test_a_word_glued_to_a_hyphenated_name_is_split_off(language, broken, repaired):
    """A missing space glued a lower-case word to a name whose last part is short: the space comes back when what
    follows is a word of the language and the whole is none."""
    assert repair(broken, language) == repaired


@pytest.mark.parametrize("language, text", [
    ("fr", "le couple Franco-allemande, Jean-Pierre et Marie-Claire"),
    ("fr", "un grand cru de Saint-émilion"),
    ("fr", "les Porte-avions sont à quai, Les Porte-avions aussi"),
    ("en", "the Pakistan-controlled area and Iran-backed groups"),
])
def test_hyphenated_words_that_are_words_are_left_alone(language, text):
    assert repair(text, language) == text


def test_no_actor_keeps_a_word_glued_to_its_name():
    """Repaired once in ingest: the actors stage never sees "Ji-unprudent"."""
    from recoupe import pipeline

    article = article_from_text("Un chantier relancé\n\nLa décision de Park Ji-unprudent jusqu'ici a surpris. "
                                "Park Ji-un a annoncé que 40 ouvriers reprendraient lundi.\n", source_file="a.txt")
    [(extraction, error)] = pipeline.extract_batch([article])
    assert error is None
    surfaces = {m.surface for m in extraction.actor_mentions}
    assert not any("prudent" in s for s in surfaces)


def test_the_word_tables_load_outside_the_file_s_time_budget():
    """Repair reads spaCy's lemmatizer tables once per process (without loading the model): that time is no file's,
    so a first article with a glued name is not rejected on a busy machine."""
    import time

    from recoupe import nlp
    from recoupe.budget import paused, time_budget

    with time_budget(0.5):
        with paused():
            time.sleep(0.8)  # would ring the file's alarm if it counted
        started = time.perf_counter()
    assert time.perf_counter() - started < 0.5
    nlp.word_forms.cache_clear()
    assert "réticente" in nlp.word_forms("fr") and "soréticente" not in nlp.word_forms("fr")
