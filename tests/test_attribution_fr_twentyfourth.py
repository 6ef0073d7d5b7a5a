"""French attribution, issue 17 twenty-fourth round: a name followed by two asides before its verb; "« … », nous a
confié X" (a pronoun of whom it was said to before the incise's verb); a paragraph opening on the journalist's words, a
colon and a quote, right after the quoted speaker's paragraph. Made-up passages only; no passage comes from an audit
set."""

from __future__ import annotations

import pytest

from support import attributed, said


def test_a_name_with_two_asides_before_its_verb(nlp):
    text = ("Inondations : le bilan fait débat\n\n"
            "Marie Ndong, la ministre de la Santé, par ailleurs porte-parole du gouvernement, affirme qu'il n'y a pas eu "
            "plus de dix morts.")
    claims, figures = attributed(nlp, text)
    assert said(claims, "plus de dix morts") == ["Marie Ndong"]
    assert set(figures.values()) == {"Marie Ndong"}


@pytest.mark.parametrize("clitic, speaker", [
    ("nous a confié", "le porte-parole des pompiers, Marc Dupuis"),
    ("m'a expliqué", "la directrice de l'hôpital"),
    ("lui a répondu", "la procureure"),
])
def test_a_pronoun_of_whom_it_was_said_to_before_the_incise(nlp, clitic, speaker):
    claims, _ = attributed(nlp, f"« Nous sommes sortis quarante fois cette nuit », {clitic} {speaker}.")
    assert said(claims, "quarante fois") == [speaker]


def test_the_subject_pronoun_opening_a_sentence_still_speaks(nlp):
    claims, _ = attributed(nlp, "Nous avons affirmé que la digue tiendrait, a rappelé le maire.")
    assert "nous" not in [s.lower() for s in said(claims, "la digue") if s]


SPEAKER = "« Nous sommes sortis quarante fois cette nuit », nous a confié le porte-parole des pompiers, Marc Dupuis.\n\n"


def test_a_colon_quote_after_the_quoted_speaker_s_paragraph_goes_on_with_his_words(nlp):
    claims, _ = attributed(nlp, SPEAKER + "Le bilan reste plus léger que lors de la dernière crue : « Rien ne nous a "
                                          "surpris. La météo l'avait annoncé.")
    assert said(claims, "Le bilan reste") == ["le porte-parole des pompiers, Marc Dupuis"]
    assert set(said(claims, "La météo")) == {"le porte-parole des pompiers, Marc Dupuis"}


def test_a_colon_quote_after_someone_named_is_that_one_s(nlp):
    claims, _ = attributed(nlp, SPEAKER + "Une voisine, Anne Roux, se souvient : « Rien ne nous a surpris. »")
    assert said(claims, "Rien ne nous") == ["Anne Roux"]


def test_a_colon_quote_after_a_reported_speaker_stays_unattributed(nlp):
    claims, _ = attributed(nlp, "Selon la préfecture, douze maisons ont été inondées.\n\n"
                                "Le bilan reste léger : « Rien ne nous a surpris. »")
    assert said(claims, "Rien ne nous") == []


@pytest.mark.parametrize("text", [
    "En effet, relate le préfet, la digue a cédé vers minuit sous la pression de l'eau.",
    "La digue a cédé vers minuit, relate le préfet.",
])
def test_relater_reports(nlp, text):
    claims, _ = attributed(nlp, text)
    assert said(claims, "La digue") == ["le préfet"] or said(claims, "la digue") == ["le préfet"]


def test_a_time_between_a_figure_s_participle_and_its_agent(nlp):
    claims, figures = attributed(nlp, "Cela porte à 40 le total des morts, contre 34 annoncés lundi soir par la "
                                      "préfecture.")
    assert figures["34"] == "la préfecture"
    assert figures["40"] is None  # the journalist's new total, not the one the agent gave
