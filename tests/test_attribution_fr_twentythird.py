"""French attribution, issue 17 twenty-third round: a demonstrative time ("ce lundi", "cette semaine") between an
incise's verb and its speaker; "C'est ce que nous a dit X" after a quote nobody is credited with; a paragraph that is
all one quote a few paragraphs after a speaker quoted in direct speech; "notifier" a count. Made-up passages only; no
passage comes from an audit set."""

from __future__ import annotations

import pytest

from support import attributed, said


@pytest.mark.parametrize("text, speaker", [
    ("Douze maisons ont été détruites par la crue, a annoncé ce mardi le préfet de la Drôme Paul Leroux.",
     "le préfet de la Drôme Paul Leroux"),
    ("Douze maisons ont été détruites par la crue, a indiqué cette semaine la mairie.", "la mairie"),
])
def test_a_demonstrative_time_between_the_incise_s_verb_and_its_speaker(nlp, text, speaker):
    claims, figures = attributed(nlp, text)
    assert said(claims, "Douze maisons") == [speaker]
    assert figures["Douze"] == speaker


def test_a_demonstrative_time_alone_after_the_verb_names_nobody(nlp):
    claims, _ = attributed(nlp, "Douze maisons ont été détruites, a signalé ce mardi.")
    assert [c.speaker_text for c in claims if c.speaker_text and "mardi" in c.speaker_text] == []


@pytest.mark.parametrize("opening", ["C'est ce que nous a expliqué", "C’est en tout cas ce qu’a expliqué"])
def test_c_est_ce_que_attributes_the_quote_before(nlp, opening):
    claims, figures = attributed(nlp, "« Nous avons reçu deux fois moins d'appels que l'an dernier, soit 40 appels. » "
                                      f"{opening} le chef des pompiers, Marc Dupuis.")
    assert [speaker for speaker in said(claims, "40 appels") if "Marc Dupuis" in speaker]
    assert "Marc Dupuis" in figures["40"]


def test_c_est_ce_que_after_an_unquoted_sentence_adds_no_quote(nlp):
    claims, _ = attributed(nlp, "La route a rouvert vers midi. C'est ce que nous a expliqué le maire.")
    assert said(claims, "La route") == []


PASSAGE = ("« Nous avons sorti 30 personnes des eaux. » C'est ce que nous a confié le porte-parole des pompiers, Marc Dupuis.\n\n"
           "Dans la vallée, 200 foyers restent privés de courant. Les écoles rouvriront lundi.\n\n"
           "Sinistres\n\n"
           "« Beaucoup de caves ont été inondées. Nous avons dû pomper pendant deux jours. »\n\n")


def test_a_quote_paragraph_goes_on_with_the_speaker_quoted_before(nlp):
    claims, figures = attributed(nlp, PASSAGE)
    assert said(claims, "Beaucoup de caves") == ["le porte-parole des pompiers, Marc Dupuis"]
    assert set(said(claims, "pomper pendant deux jours")) == {"le porte-parole des pompiers, Marc Dupuis"}
    assert figures["200"] is None  # the paragraph of facts between stays the journalist's


def test_a_quote_paragraph_after_someone_else_speaks_is_not_the_first_speaker_s(nlp):
    text = PASSAGE.replace("Les écoles rouvriront lundi.", "Les écoles rouvriront lundi, a annoncé la préfecture.")
    claims, _ = attributed(nlp, text)
    assert "le porte-parole des pompiers, Marc Dupuis" not in said(claims, "Beaucoup de caves")


def test_a_quote_paragraph_after_a_reported_speaker_is_nobody_s(nlp):
    claims, _ = attributed(nlp, "La capitaine Anne Morel a indiqué que 30 personnes avaient été sorties des eaux.\n\n"
                                "Dans la vallée, 200 foyers restent privés de courant.\n\n"
                                "« Beaucoup de caves ont été inondées. »\n\n")
    assert said(claims, "Beaucoup de caves") == []


def test_notifying_a_count_reports_it(nlp):
    claims, figures = attributed(nlp, "Depuis lundi, le district sanitaire de Kembo a notifié 14 cas suspects de "
                                      "rougeole.")
    assert [c.speaker_text for c in claims] == ["le district sanitaire de Kembo"]
    assert figures["14"] == "le district sanitaire de Kembo"
