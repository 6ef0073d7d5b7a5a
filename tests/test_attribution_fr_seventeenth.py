"""French attribution, issue 17 seventeenth round: the kinds of failure most frequent on the newest unseen sets — a
subject opened by an article the tagger took for a preposition ("D'autres sources avancent …", "De nombreux témoins …"); a
verb that puts forward a document of figures ("avancent des chiffres", "évoquent un bilan"); "faire mention de", as
"faire état de"; "rectifier" a document, as "revoir" one; a gapped speaker ("X a parlé de 8 morts, Y de 15"); "mais pour
X,"; "un des X" after the verb; "sous couvert d'anonymat". A relative clause on the subject still bars it. Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

from support import attributed, said


def test_a_finite_verb_of_another_clause_still_bars_the_subject(nlp):
    claims, _ = attributed(nlp, "Paul Roux aurait dirigé le convoi, a rapporté la radio locale.")
    assert said(claims, "dirigé le convoi") == ["la radio locale"]


def test_an_article_taken_for_a_preposition_opens_the_subject(nlp):
    claims, figures = attributed(nlp, "Le maire a annoncé 40 blessés. D’autres sources proches des secouristes avancent "
                                      "des chiffres proches de la centaine de blessés.")
    assert said(claims, "avancent des chiffres") == ["D’autres sources proches des secouristes"]
    assert figures["la centaine"] == "D’autres sources proches des secouristes"
    assert figures["40"] == "Le maire"


def test_a_preposition_before_the_subject_still_is_no_article(nlp):
    claims, _ = attributed(nlp, "Par la suite, le préfet a annoncé 12 morts.")
    assert said(claims, "12 morts") == ["le préfet"]


def test_a_figure_verb_puts_forward_a_document_of_figures(nlp):
    claims, figures = attributed(nlp, "Les pompiers avancent un bilan plus lourd, autour de 60 morts.")
    assert said(claims, "bilan plus lourd") == ["Les pompiers"]
    assert figures["autour de 60"] == "Les pompiers"


def test_a_figure_verb_without_figure_or_document_reports_nothing(nlp):
    claims, _ = attributed(nlp, "Les colonnes de blindés avancent vers la frontière depuis l'aube.")
    assert said(claims, "blindés") == []


def test_faire_mention_reports_as_faire_etat(nlp):
    claims, figures = attributed(nlp, "La mairie n’a pas donné de bilan, mais la préfecture a fait mention de trois "
                                      "blessés.")
    assert said(claims, "trois blessés") == ["La mairie", "la préfecture"]
    assert figures["trois"] == "la préfecture"


def test_rectifier_a_document_revises_a_figure(nlp):
    claims, _ = attributed(nlp, "Mardi, la ministre Anne Roux a annoncé 12 morts. Elle a aussi rectifié les chiffres "
                                "donnés la veille pour le port.")
    assert said(claims, "rectifié les chiffres") == ["la ministre Anne Roux"]


def test_rectifier_without_a_document_reports_nothing(nlp):
    claims, _ = attributed(nlp, "Le pilote Paul Roux a rectifié sa trajectoire avant l'atterrissage.")
    assert said(claims, "trajectoire") == []


def test_a_gapped_speaker_keeps_the_preposition_of_the_left_out_verb(nlp):
    claims, figures = attributed(nlp, "Le ministre Paul Roux a parlé de 8 morts, la Croix-Rouge de 15 victimes.")
    assert figures["8"] == "Le ministre Paul Roux"
    assert figures["15"] in ("Croix-Rouge", "la Croix-Rouge")


def test_pour_after_mais_opens_a_clause_of_its_own(nlp):
    claims, figures = attributed(nlp, "Le ministre Paul Roux a parlé de 8 morts mais pour le collectif, il y a eu au "
                                      "moins 30 morts et plus de 90 blessés.")
    assert figures["8"] == "Le ministre Paul Roux"
    assert figures["au moins 30"] == figures["plus de 90"] == "le collectif"


def test_pour_after_mais_without_a_speaker_reports_nothing(nlp):
    claims, figures = attributed(nlp, "Le maire Paul Roux a annoncé 3 morts, mais pour la première fois, aucun blessé.")
    assert [c.speaker_text for c in claims] == ["Le maire Paul Roux"]


def test_pour_after_a_figure_closed_by_a_conjunction(nlp):
    claims, figures = attributed(nlp, "Grève à Lyon. 20 000 selon les syndicats, 4 000 pour la préfecture et entre 6 000 "
                                      "et 7 000 selon des sources policières.")
    assert figures["20 000"] == "les syndicats"
    assert figures["4 000"] == "la préfecture"
    assert figures["entre 6 000 et 7 000"] == "des sources policières"


def test_one_of_them_speaks_after_the_verb(nlp):
    claims, figures = attributed(nlp, "Deux soldats ont été blessés, a précisé un des médecins de la caserne.")
    assert figures["Deux"] in ("médecins de la caserne", "un des médecins de la caserne")


def test_sous_couvert_d_anonymat_stands_between_the_verb_and_its_speaker(nlp):
    claims, figures = attributed(nlp, "Quatre gardes ont été enlevés, a indiqué sous couvert d’anonymat une de ces "
                                      "sources.")
    assert figures["Quatre"] in ("ces sources", "une de ces sources")


def test_one_of_a_document_after_the_verb_is_no_speaker(nlp):
    claims, _ = attributed(nlp, "Dans la soirée, 40 familles ont été relogées, a évoqué mardi un des bilans de la "
                                "préfecture.")
    assert not any("bilans" in (c.speaker_text or "") for c in claims)


def test_a_relative_clause_on_a_noun_of_the_subject_s_complement_still_bars_it(nlp):
    claims, figures = attributed(nlp, "Le dernier bilan de la tempête qui a frappé la côte mardi soir fait état de 40 morts, "
                                      "a indiqué le ministère de la Sécurité.")
    assert figures["40"] == "le ministère de la Sécurité"
    assert said(claims, "40 morts") == ["le ministère de la Sécurité"]
