"""French attribution, issue 17 tenth round: claims the constructions missed (an incise whose verb only reports in an
incise, a speaker's label before a colon, an adverb the parser fused with the participle), one made-up passage per
rule. No passage comes from an audit set."""

from __future__ import annotations

import pytest
from support import attributed, said


@pytest.mark.parametrize("text, speaker", [
    ("« C’est un manque de transparence », a regretté la conseillère Anne Dupuis.", "la conseillère Anne Dupuis"),
    ("Les soins seront gratuits, a promis Paul Martin, porte-parole du gouvernement.",
     "Paul Martin, porte-parole du gouvernement"),
])
def test_a_verb_that_reports_only_figures_reports_in_an_incise(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker]


def test_a_verb_that_reports_only_figures_outside_an_incise_stays_no_claim(nlp):
    claims, _ = attributed(nlp, "La conseillère Anne Dupuis regrette son départ.")
    assert claims == []


def test_a_speakers_label_before_a_quote(nlp):
    claims, _ = attributed(nlp, "Trois maisons ont brûlé.\n\nJean Roux, un voisin : « J’étais à la maison. Un ami "
                                "m’a appelé. Il y avait 30 pompiers. »")
    assert set(said(claims, "J’étais à la maison")) == {"Jean Roux"}
    assert set(said(claims, "Il y avait 30 pompiers")) == {"Jean Roux"}
    assert said(claims, "Trois maisons") == []


def test_an_interview_answer_after_the_speakers_name(nlp):
    claims, _ = attributed(nlp, "Que sait-on de l’attaque ?\n\nPaul Martin : On sait que l'attaque a été revendiquée. "
                                "Il y a eu au moins 40 morts.\n\nRadio Lac : Dans quelles conditions ?\n\n"
                                "Paul Martin : Les attaques sont récurrentes.")
    assert said(claims, "revendiquée") == ["Paul Martin"]
    assert said(claims, "40 morts") == ["Paul Martin"]
    assert said(claims, "récurrentes") == ["Paul Martin"]
    assert said(claims, "Dans quelles conditions") == []


@pytest.mark.parametrize("text", ["Mali : 40 morts dans une attaque au nord du pays.",
                                  "Budget 2021 : un avenir sombre pour la ville."])
def test_a_headline_with_a_colon_names_no_speaker(nlp, text):
    claims, _ = attributed(nlp, text)
    assert claims == []


def test_a_participle_the_parser_fused_with_an_adverb(nlp):
    claims, _ = attributed(nlp, "Le maire a en outre précisé que le taux était de 61 %.")
    assert [(c.speaker_text, c.verb) for c in claims] == [("Le maire", "préciser")]


def test_a_quote_left_open_runs_into_the_next_paragraph(nlp):
    claims, _ = attributed(nlp, "Le porte-parole Jean Roux a donné sa version. «L’armée ne fait pas la guerre des chiffres. "
                                "Nous avons perdu 17 militaires.\n\nQuand quatre policiers ont sauté sur une mine, on "
                                "n’a rien entendu. Le problème est ailleurs.\n\nLa pluie est tombée toute la nuit.")
    assert set(said(claims, "policiers")) == {"Le porte-parole Jean Roux"}
    assert set(said(claims, "Le problème est ailleurs")) == {"Le porte-parole Jean Roux"}
    assert said(claims, "La pluie") == []


def test_a_paragraph_that_opens_a_quote_and_never_closes_it(nlp):
    claims, _ = attributed(nlp, "Pour Jean Roux, syndicaliste, c’est une surprise.\n\n« Ils ont profité d’un conseil pour "
                                "annoncer la suppression de 245 emplois. Nous sommes surpris par le nombre. Et nous "
                                "n’avons rien vu venir.")
    assert set(said(claims, "Ils ont profité")) == {"Jean Roux"}
    assert set(said(claims, "rien vu venir")) == {"Jean Roux"}


def test_a_headline_opening_on_a_name_that_is_no_ones(nlp):
    claims, _ = attributed(nlp, "Coronavirus - Suisse : des milliers de manifestants contre les mesures sanitaires.")
    assert claims == []


@pytest.mark.parametrize("text", ["ONU : plus d'1 % de la population mondiale est déplacée.\n\nLe rapport paraît jeudi.",
                                  "Le bilan par catégorie.\n\nSoldats et officiers : 27 654\n\nCivils : 40 000"])
def test_a_label_without_quote_marks_speaks_only_in_a_transcript(nlp, text):
    claims, _ = attributed(nlp, text)
    assert claims == []


def test_a_quote_an_incise_ends_does_not_run_on(nlp):
    claims, _ = attributed(nlp, "« Nous partons demain, a déclaré le maire Jean Roux.\n\nLa ville a fermé ses écoles.")
    assert said(claims, "La ville a fermé") == []


def test_a_paragraph_whose_first_quote_closes_is_not_all_quote(nlp):
    claims, _ = attributed(nlp, "« Le mouvement a commencé », a indiqué le ministère. Il s’agirait du premier envoi "
                                "depuis 1953. Le ministère dit qu’on prévoit « un total de 12 000 soldats.")
    assert said(claims, "premier envoi") == []
