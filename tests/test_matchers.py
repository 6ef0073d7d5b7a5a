"""Word lists compiled into spaCy Matchers (recoupe/matchers.py), and a newcomer's edit of one data file: a phrase
of "selon X", a qualifier before a number. Made-up passages."""

from __future__ import annotations

import shutil

import pytest
from support import make_article

from recoupe import lexicon, matchers, number_words, pipeline, reporting
from recoupe.nlp import get_nlp


def test_phrases_are_matched_by_tokens_in_lower_case_and_labelled_with_the_lexicon_phrase():
    doc = get_nlp("fr").make_doc("D'après la mairie, 300 personnes sont venues. Selon le syndicat, 900.")
    found = matchers.phrases(doc, "according_to", ["selon", "d'après"], "fr")
    assert [(span.text, span.label_) for span in found] == [("D'après", "d'après"), ("Selon", "selon")]


def test_a_phrase_written_glued_matches_only_glued_text():
    """"d'après" is two tokens with no space between them: "d' après" with a space is not the phrase."""
    doc = get_nlp("fr").make_doc("Il part d' après-midi, puis d'après lui tout va bien.")
    assert [span.text for span in matchers.phrases(doc, "according_to", ["d'après"], "fr")] == ["d'après"]


def test_overlapping_phrases_keep_the_longest_at_each_place_as_a_regex_would():
    doc = get_nlp("en").make_doc("The agency, relying on police data, said 40 were hurt.")
    found = matchers.phrases(doc, "citing", ["relying", "relying on", "on police"], "en")
    assert [span.text for span in found] == ["relying on"]


def test_citing_words_come_from_the_lexicon():
    """"X, s'appuyant sur Y, a annoncé": Y is the original source of X's figure."""
    article = make_article("Titre\n\nLe journal local, s'appuyant sur la gendarmerie, a annoncé que 400 personnes "
                           "avaient été évacuées.")
    [(extraction, error)] = pipeline.extract_batch([article])
    assert error is None
    [claim] = [c for c in extraction.claims if c.verb == "annoncer"]
    assert "gendarmerie" in (claim.original_source_text or "")


@pytest.fixture
def overrides(tmp_path, monkeypatch):
    """A folder of lexicon overrides, read in this process (the caches of what the lexicons compile to are
    emptied before and after)."""
    folder = tmp_path / "lexicons"

    def clear():
        lexicon.load.cache_clear()
        reporting.words.cache_clear()
        number_words.words.cache_clear()

    def edit(language: str, name: str, old: str, new: str) -> None:
        (folder / language).mkdir(parents=True, exist_ok=True)
        path = folder / language / f"{name}.yml"
        shutil.copy(lexicon.FOLDER / language / f"{name}.yml", path)
        shipped = path.read_text(encoding="utf-8")
        assert old in shipped
        path.write_text(shipped.replace(old, new, 1), encoding="utf-8")
        monkeypatch.setenv(lexicon.OVERRIDE_VARIABLE, str(folder))
        clear()

    yield edit
    monkeypatch.delenv(lexicon.OVERRIDE_VARIABLE, raising=False)
    clear()


def _extract(text: str):
    [(extraction, error)] = pipeline.extract_batch([make_article(text)])
    assert error is None
    return extraction


def test_a_newcomer_adds_a_phrase_of_according_to_by_editing_one_data_file(overrides):
    """"du point de vue de X" is no phrase of according_to in lexicons/fr/attribution.yml; added there, X speaks.
    ("si l'on en croit X", the example of this test before, is in the shipped list since the thirteenth round.)"""
    text = "La fête du quartier\n\nDu point de vue de la mairie, 300 personnes ont assisté au concert samedi."
    assert not any(c.speaker_text == "la mairie" for c in _extract(text).claims)
    overrides("fr", "attribution", "according_to: [selon,", "according_to: [\"du point de vue de\", selon,")
    claims = _extract(text).claims
    assert [(c.verb, c.speaker_text) for c in claims if c.speaker_text == "la mairie"] == [("selon", "la mairie")]


def test_a_newcomer_adds_a_qualifier_by_editing_one_data_file(overrides):
    """"pas loin de 300" is no approximation in lexicons/fr/numbers.yml; added to qualifiers_before, it is."""
    text = "La fête du quartier\n\nPas loin de 300 personnes ont assisté au concert samedi."
    [figure] = [f for f in _extract(text).figures if f.value == 300]
    assert figure.qualifier == "exact"
    overrides("fr", "numbers", "qualifiers_before:\n", "qualifiers_before:\n  - [[pas loin de/d'], approx, false]\n")
    [figure] = [f for f in _extract(text).figures if f.value == 300]
    assert figure.qualifier == "approx"


def test_an_apostrophe_in_a_phrase_matches_either_apostrophe():
    doc = get_nlp("fr").make_doc("Il garde 300 soldats d’active et 200 d'active.")
    assert [span.text for span in matchers.phrases(doc, "event_phrases", ["d'active"], "fr")] == ["d’active", "d'active"]


def test_a_phrase_after_a_figure_gives_its_event_class():
    """"soldats d'active" is a stock (events.yml, `phrases` of a class), whichever apostrophe the text uses."""
    for apostrophe in ("'", "’"):
        text = f"Une armée réduite\n\nLe petit pays garde 4 300 soldats d{apostrophe}active, selon le ministère."
        [figure] = [f for f in _extract(text).figures if f.value == 4300]
        assert figure.event_class == "stock"


def test_an_adverbial_between_an_incise_verb_and_its_speaker_is_skipped():
    """"…», a ajouté pour sa part le maire": `incise_adverbials` (speakers.yml) stand between verb and speaker."""
    text = "La piscine rouvre\n\n« Les travaux sont finis », a ajouté pour sa part le maire de la commune, jeudi."
    claims = _extract(text).claims
    assert [c.speaker_text for c in claims if c.verb == "ajouter"] == ["le maire de la commune"]


def test_within_keeps_the_phrases_wholly_inside_a_window():
    doc = get_nlp("fr").make_doc("Il est prévu, à terme, de loger 300 familles.")
    start = doc.text.index("à terme")
    assert [s.text for s in matchers.within(doc, "planned_words", ["prévu", "à terme"], start, len(doc.text), "fr")] \
        == ["à terme"]
    assert matchers.within(doc, "planned_words", ["à terme"], start + 1, len(doc.text), "fr") == []


def test_a_planned_word_before_a_figure_makes_it_planned():
    """`planned_words` (modality.yml, through a Matcher) in the 40 characters before the figure."""
    text = "Un quartier neuf\n\nLa commune vise{} 3 100 logements sur l'ancienne friche."
    for words, modality in (("", "actual"), (" à terme", "planned")):
        [figure] = [f for f in _extract(text.format(words)).figures if f.value == 3100]
        assert figure.modality == modality


@pytest.mark.parametrize("opening, speaker", [
    ("Du côté du ministère de la Santé", "ministère de la Santé"),
    ("Du côté d'Aerolia", "Aerolia"),
    ("Côté syndicats", "syndicats"),
])
def test_a_sentence_opening_on_someone_s_side_gives_the_speaker_of_its_on(opening, speaker):
    """`side_openers` (speakers.yml, through a Matcher): "Du côté du ministère, on a compté 900 …"."""
    text = f"Un bilan\n\n{opening}, on a compté 900 personnes évacuées mardi."
    [figure] = [f for f in _extract(text).figures if f.value == 900]
    assert speaker in (figure.source_text or "")


def test_a_pattern_of_the_small_syntax_stands_for_its_phrases():
    """"(bien) plus de/d'" is "plus de", "plus d'", "bien plus de", "bien plus d'"; "dépass* (les)" a word that
    starts so, with or without "les"."""
    doc = get_nlp("fr").make_doc("Il y a plus de cent, bien plus d'un millier, plus d'avis, bien plus de bruit. "
                                 "Elle dépassait les autres et dépassera tout.")
    found = matchers.pattern_matches(doc, "test_plus", [("plus", "(bien) plus de/d'"), ("over", "dépass* (les)")], "fr")
    assert [(span.label_, span.text) for span in found] == [
        ("plus", "plus de"), ("plus", "bien plus d'"), ("plus", "plus d'"), ("plus", "plus d'"), ("plus", "bien plus de"),
        ("plus", "plus de"), ("over", "dépassait les"), ("over", "dépassait"), ("over", "dépassera")]


@pytest.mark.parametrize("language, sentence, value, qualifier, strict, text", [
    ("fr", "Le salon a reçu plus d'1 million de visiteurs cette année.", 1_000_000, "at_least", True,
     "plus d'1 million"),
    ("fr", "Le salon a reçu plus d’1 million de visiteurs cette année.", 1_000_000, "at_least", True,
     "plus d’1 million"),
    ("fr", "La foule dépassait les 2 000 personnes devant la salle.", 2000, "at_least", True,
     "dépassait les 2 000"),
    ("fr", "Le club n'a jamais compté plus de 500 adhérents.", 500, "at_most", True,
     "n'a jamais compté plus de 500"),
    ("fr", "Les dons ont baissé d'environ 30 euros par foyer.", 30, "approx", False, "environ 30"),
    ("fr", "Le chantier pourrait atteindre les 900 ouvriers en juin.", 900, "at_most", False,
     "pourrait atteindre les 900"),
    ("fr", "Ils étaient 300 au plus dans la salle.", 300, "at_most", False, "300 au plus"),
    ("en", "The fair drew well over 4,000 visitors on Sunday.", 4000, "at_least", True, "well over 4,000"),
    ("en", "The toll could even reach 250 by Friday.", 250, "at_most", False, "could even reach 250"),
    ("en", "Some 70 volunteers cleaned the beach.", 70, "approx", False, "Some 70"),
])
def test_qualifiers_are_read_from_the_lexicon_phrases(language, sentence, value, qualifier, strict, text):
    """qualifiers_before / qualifiers_after (numbers.yml), through a Matcher: the phrase that ends at the number
    and starts first, even after an elided "d'" glued to it or to the digits."""
    from recoupe.numbers import extract_figures
    from recoupe.nlp import parse

    article = make_article("Un titre\n\n" + sentence).model_copy(update={"language": language})
    doc = parse(article.text, language)
    doc.user_data["language"] = language
    [figure] = [f for f in extract_figures(doc, article) if f.value == value]
    assert (figure.qualifier, figure.strict, figure.text) == (qualifier, strict, text)


@pytest.mark.parametrize("language, sentence, text, qualifier, low, high", [
    ("fr", "Des « centaines » de bénévoles ont nettoyé la plage.", "Des « centaines »", "vague", 200, 1000),
    ("fr", "La mairie craint des dizaines de milliers de visiteurs.", "des dizaines de milliers", "vague", 20_000,
     100_000),
    ("fr", "Le festival attend la venue de « dizaines » de groupes.", "« dizaines »", "vague", 20, 100),
    ("fr", "Une vingtaine de bénévoles ont nettoyé la plage.", "Une vingtaine", "approx", 16, 24),
    ("fr", "Les centaines de milliers de lecteurs du journal l'ont appris lundi.", "Les centaines de milliers", "vague",
     200_000, 1_000_000),
    ("fr", "La police a dispersé ces milliers de supporters.", "ces milliers", "vague", 2000, 10_000),
    ("en", "Hundreds of thousands of visitors came to the fair.", "Hundreds of thousands", "vague", 200_000,
     1_000_000),
    ("en", "Several hundreds of volunteers cleaned the beach.", "Several hundreds", "vague", 200, 1000),
])
def test_vague_and_collective_quantities_come_from_the_lexicon(language, sentence, text, qualifier, low, high):
    """`vague_words` / `collective_words` (numbers.yml) through a Matcher: a lead word, the writer's quotes, the
    noun and a larger unit after "de"; after a bare "de" the noun stands alone and "de" stays out of the figure."""
    from recoupe.numbers import extract_figures
    from recoupe.nlp import parse

    article = make_article("Un titre\n\n" + sentence).model_copy(update={"language": language})
    doc = parse(article.text, language)
    doc.user_data["language"] = language
    [figure] = [f for f in extract_figures(doc, article) if f.text == text]
    assert (figure.qualifier, figure.value_low, figure.value_high) == (qualifier, low, high)


def test_a_quote_opened_before_the_lead_is_not_closed_by_the_figure():
    """ "« des dizaines et des dizaines » de personnes": the closing mark belongs to the quote around both, not to the
    second "des dizaines", which stays clean of it (the first's own quotes, "des « centaines » de", are kept)."""
    from recoupe.numbers import extract_figures
    from recoupe.nlp import parse

    sentence = "Il restait « des dizaines et des dizaines » de bénévoles sur la plage."
    article = make_article("Un titre\n\n" + sentence)
    doc = parse(article.text, "fr")
    doc.user_data["language"] = "fr"
    texts = [f.text for f in extract_figures(doc, article)]
    assert texts == ["des dizaines et des dizaines"]  # the repetition is one count, the quote's mark left out


@pytest.mark.parametrize("language, sentence, text", [
    ("fr", "VILLE (Agence) -Au moins 12 personnes ont été blessées.", "Au moins 12"),
    ("en", "CITY (Agency) -About 40 people were hurt.", "About 40"),
])
def test_a_qualifier_glued_to_a_dash_of_the_dateline_is_read(language, sentence, text):
    """The tokenizer keeps "-Au" as one token: the qualifier still matches, and starts after the dash."""
    from recoupe.numbers import extract_figures
    from recoupe.nlp import parse

    article = make_article("Un titre\n\n" + sentence).model_copy(update={"language": language})
    doc = parse(article.text, language)
    doc.user_data["language"] = language
    [figure] = [f for f in extract_figures(doc, article) if f.text.endswith(text.split()[-1])]
    assert figure.text == text and figure.qualifier != "exact"


def test_a_phrase_list_finds_what_a_matcher_of_its_token_patterns_finds_in_the_same_order():
    """The PhraseMatcher behind a word list against the Matcher it replaced: overlapping and nested phrases, two
    phrases written alike but for the apostrophe (equal spans: the Matcher's order), glued tokens, a space."""
    from spacy.matcher import Matcher

    nlp = get_nlp("fr")
    doc = nlp.make_doc("D'après lui, d’après elle et d' après eux, selon la police, selon la police nationale: "
                       "du côté d'Alger, du côté de la mer, à terme et à  terme.")
    phrases = ("d'après", "d’après", "selon", "selon la police", "la police nationale", "du côté d'", "à terme",
               "côté")
    found = matchers.matcher(doc, "test_phrases", phrases, "fr")
    former = Matcher(doc.vocab)
    for phrase in sorted(set(phrases)):
        former.add(phrase, matchers.token_patterns([phrase], "fr"))
    by_start = sorted(former(doc), key=lambda m: (m[1], -m[2]))
    assert found(doc) == by_start
    assert [(doc.vocab.strings[label], doc[start:end].text) for label, start, end in found(doc)][:4] == [
        ("d'après", "D'après"), ("d’après", "D'après"), ("d'après", "d’après"), ("d’après", "d’après")]


def test_a_pattern_list_started_at_its_first_words_finds_what_its_matcher_finds_on_the_whole_doc():
    """Patterns of the small syntax on a whole Doc: started only where a first word stands, on a window as long as
    the longest pattern (one at the Doc's very end too), they give the Matcher's matches in its order; a list with a
    pattern starting with an expression walks the whole Doc."""
    doc = get_nlp("fr").make_doc("Des centaines de manifestants, puis des dizaines de milliers: bien plus de 300 "
                                 "personnes, dépassant les 400, et encore des centaines")
    plain = (("lead", "des/plusieurs («) centaines/dizaines"), ("plus", "(bien/largement) plus de/d'"),
             ("larger", "dizaines de milliers"))
    for name, patterns, windowed in (("test_plain", plain, True),
                                     ("test_expression", plain + (("over", "dépass* (les)"),), False)):
        built = matchers.pattern_matcher(doc.vocab, name, patterns, "fr")
        assert (built.firsts is not None) is windowed
        by_start = sorted(built.matcher(doc), key=lambda m: (m[1], -m[2]))
        assert sorted(built(doc), key=lambda m: (m[1], -m[2])) == by_start
        found = [(s.label_, s.text) for s in matchers.pattern_matches(doc, name, patterns, "fr")]
        assert found[:3] == [("lead", "Des centaines"), ("lead", "des dizaines"), ("larger", "dizaines de milliers")]
        assert found[-1] == ("lead", "des centaines")


def test_a_window_without_a_word_an_expression_takes_gives_what_the_whole_list_gives():
    """A stretch of a Doc: the patterns that open with an expression ("dépass*") are tried only where a word it
    takes stands; with or without one, the matches are the whole list's, in its order. A one-word set ("(les)")
    is a plain word."""
    doc = get_nlp("fr").make_doc("Ils étaient bien plus de 300 hier et la foule dépassait les 400 personnes ce soir.")
    patterns = (("plus", "(bien/largement) plus de/d'"), ("over", "dépass* (les)"), ("then", "et la"))
    built = matchers.pattern_matcher(doc.vocab, "test_windows", patterns, "fr")
    assert built.expressions and built.firsts is None
    for start, end in ((0, 5), (5, 12), (0, len(doc))):
        assert built(doc[start:end]) == built.matcher(doc[start:end])
    found = [(s.label_, s.text) for s in matchers.pattern_matches(doc[5:12], "test_windows", patterns, "fr")]
    assert found == [("then", "et la"), ("over", "dépassait les"), ("over", "dépassait")]
    assert matchers.compile_pattern("dépass* (les)", "fr")[1][1] == {"LOWER": "les"}
