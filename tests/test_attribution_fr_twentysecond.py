"""French attribution, issue 17 twenty-second round: a sentence with a finite verb of its own after a speaker's is the
journalist's, its figures nobody's (only a verbless one goes on with the speaker's figures; one whose counting
participle leaves its agent out is tests/test_attribution_fr.py's and test_attribution_fr_seventh.py's); "s'ajouter à" reports
nothing; an adverb the parser hung as an oblique inside the verb group ("a par ailleurs précisé") still lets the
incise's speaker follow the quote; a clock time ("vers 18h30") between an incise's verb and its speaker; "dément"
read as an adverb after a whole noun phrase. Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

import pytest

from support import attributed, said


@pytest.mark.parametrize("text, figure", [
    ("Le conseil régional espère limiter la hausse de ses dépenses à 2,1 %. "
     "Les dépenses en transport augmenteront de 4,5 %.", "4,5 %"),
    ("Le maire a annoncé la fermeture des écoles, selon un communiqué de la mairie. "
     "La crue a également inondé le centre de cette ville d'environ 40 000 habitants.", "environ 40 000"),
    ("Un responsable des secours nous confie que six maisons sont détruites. "
     "Les recherches se poursuivent avec au moins trois pelleteuses.", "au moins trois"),
])
def test_a_sentence_with_its_own_verb_after_a_speaker_s_is_the_journalist_s(nlp, text, figure):
    _, figures = attributed(nlp, text)
    assert figures[figure] is None


def test_a_verbless_sentence_after_a_speaker_s_goes_on_with_his_figures(nlp):
    _, figures = attributed(nlp, "« Nous voyons arriver de nouvelles unités », a affirmé Marie Martin, analyste. "
                                 "Au total, 8 000 soldats en un mois.")
    assert figures["8 000"] and "Marie Martin" in figures["8 000"]


def test_s_ajouter_reports_nothing(nlp):
    claims, figures = attributed(nlp, "Des maisons qui viennent s'ajouter aux douze bâtiments détruits mardi.")
    assert claims == [] and figures["douze"] is None


@pytest.mark.parametrize("text, speaker", [
    ("« Quarante personnes ont été évacuées par les pompiers », a par ailleurs précisé le préfet.", "le préfet"),
    ("Les pompiers ont évacué quarante personnes, a par ailleurs indiqué la préfecture.", "la préfecture"),
])
def test_an_oblique_adverb_inside_the_verb_group_keeps_the_incise(nlp, text, speaker):
    claims, figures = attributed(nlp, text)
    assert said(claims, "uarante") == [speaker]
    assert list(figures.values()) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Les 300 camions resteront sur le parking jusqu'à mardi, a annoncé à l'AFP vers 18h30 Paul Leroux, président "
     "de la fédération.", "Paul Leroux, président de la fédération"),
    ("Les 300 camions resteront sur le parking, a déclaré vers midi le préfet.", "le préfet"),
])
def test_a_clock_time_between_the_incise_s_verb_and_its_speaker(nlp, text, speaker):
    claims, figures = attributed(nlp, text)
    assert said(claims, "300 camions") == [speaker]
    assert figures["300"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Le ministère de la Santé dément la mort de 40 patients.", "Le ministère de la Santé"),
    ("C'est pourquoi Jean Paul Roux dément les « rumeurs » sur 12 morts.", "Jean Paul Roux"),
])
def test_dement_read_as_an_adverb_after_a_noun_phrase_is_the_verb(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [(c.speaker_text, c.stance) for c in claims] == [(speaker, "denies")]

