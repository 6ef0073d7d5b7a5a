"""French attribution, twenty-seventh round: a figure's own participle with an agent beats the verb governing the
sentence; the participle of a verb that issues a document gives its figure ("donnés par"); brackets that hold only a
"selon X" name the source of the figures before them. Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

import pytest

from support import attributed


def test_a_figure_s_participle_names_its_source_against_the_sentence_s_verb(nlp):
    _, figures = attributed(nlp, "Samedi, les bénévoles ont compté 52 300 marcheurs contre 18 400 annoncés par la "
                                 "préfecture.")
    assert figures["52 300"] == "les bénévoles"
    assert figures["18 400"] == "la préfecture"


@pytest.mark.parametrize("participle", ["donnés", "fournis", "publiés"])
def test_the_participle_of_a_verb_that_issues_a_document_gives_its_figure(nlp, participle):
    _, figures = attributed(nlp, f"Le tableau affiche 9 100 grévistes, contre les 4 250 {participle} par le rectorat.")
    assert figures["4 250"] == "le rectorat"


def test_brackets_holding_only_a_source_name_the_source_of_the_figures_before_them(nlp):
    _, figures = attributed(nlp, "Après 31 000 grévistes lundi, 27 000 mardi et 24 500 mercredi (toujours selon les "
                                 "chiffres du rectorat), le mouvement s'essouffle.")
    assert len(figures) == 3 and all(source and "rectorat" in source for source in figures.values())


def test_brackets_holding_their_own_figure_still_speak_for_it_alone(nlp):
    _, figures = attributed(nlp, "À Lille (4 300 selon la police), à Rouen (2 000 à 3 000), les cortèges ont défilé.")
    assert figures["4 300"] == "la police"
    assert figures["2 000"] is None and figures["3 000"] is None
