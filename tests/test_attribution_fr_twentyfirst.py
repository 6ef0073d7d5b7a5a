"""French attribution, issue 17 twenty-first round: a time noun opening the sentence is no speaker ("La soirée de
lundi, …"), nor "l'anonymat"; "dément" read as the adjective after a pronoun; a relative clause on "qui" inside the
subject's phrase bars it no more; "Cité par X, …" names the one after the opening; a frame of words opening the
sentence ("Dans un communiqué, …") makes its subject speak; the verbs of `object_verbs` report a noun object after a
speaking subject; "maintenir que"; "ils" is not "l'agence". Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

from support import attributed, said


def test_a_time_noun_opening_the_sentence_is_no_speaker(nlp):
    claims, figures = attributed(nlp, "La matinée de jeudi, les secouristes joints par la radio ajoutent que neuf "
                                      "randonneurs sont portés disparus.")
    assert said(claims, "neuf randonneurs") == ["les secouristes"]
    assert figures["neuf"] == "les secouristes"


def test_anonymity_is_no_speaker(nlp):
    claims, figures = attributed(nlp, "Un médecin de l'hôpital ayant requis l'anonymat avance un bilan de 31 blessés.")
    assert said(claims, "31 blessés") == ["Un médecin de l'hôpital"]
    assert figures["31"] == "Un médecin de l'hôpital"


def test_dement_after_a_pronoun_is_the_verb(nlp):
    claims, _ = attributed(nlp, "La mairie a publié un communiqué. Elle dément la fermeture de quatre écoles du quartier.")
    denial = [c for c in claims if "quatre écoles" in c.text]
    assert [c.speaker_text for c in denial] == ["La mairie"] and denial[0].stance == "denies"


def test_a_relative_clause_on_qui_in_the_subject_s_phrase_does_not_bar_it(nlp):
    claims, figures = attributed(nlp, "Les responsables du collectif des riverains qui ont organisé la marche ont fait "
                                      "état de 7 blessés.")
    assert said(claims, "7 blessés") == ["Les responsables du collectif des riverains"]
    assert figures["7"] == "Les responsables du collectif des riverains"


def test_cite_par_opening_names_the_one_after_it(nlp):
    claims, _ = attributed(nlp, "Cité par Radio Horizon, une station de la région, Paul Mbeki a témoigné.")
    assert said(claims, "a témoigné") == ["Paul Mbeki"]


def test_a_frame_of_words_opening_the_sentence_makes_its_subject_speak(nlp):
    claims, figures = attributed(nlp, "Dans un communiqué publié mardi, le syndicat des cheminots s'est félicité de la "
                                      "participation de 4 000 grévistes.")
    assert said(claims, "4 000 grévistes") == ["le syndicat des cheminots"]
    assert figures["4 000"] == "le syndicat des cheminots"


def test_a_frame_needs_a_speaking_subject_and_no_clause_of_its_own(nlp):
    claims, _ = attributed(nlp, "Dans le rapport, les chiffres de la région ont doublé en 2020.")
    assert claims == []
    claims, _ = attributed(nlp, "En attendant la conférence, le conseil municipal a voté 3 millions d'euros.")
    assert claims == []


def test_an_object_verb_reports_a_noun_object_after_a_speaking_subject(nlp):
    claims, _ = attributed(nlp, "Le syndicat fustige la réforme des retraites.")
    assert said(claims, "réforme") == ["Le syndicat"]
    claims, _ = attributed(nlp, "L'association des parents continue à réclamer la réouverture de la classe.")
    assert said(claims, "réouverture") == ["L'association des parents"]
    claims, _ = attributed(nlp, "La Ligue des droits a publié un communiqué. Elle réclame en outre une enquête sur la prison.")
    assert said(claims, "une enquête") == ["La Ligue des droits"]


def test_an_object_verb_without_a_speaking_subject_reports_nothing(nlp):
    claims, _ = attributed(nlp, "Ce résultat contredit les prévisions des instituts.")
    assert claims == []
    claims, _ = attributed(nlp, "Les habitants du delta redoutent la sécheresse.")
    assert claims == []


def test_maintenir_que_reports(nlp):
    claims, figures = attributed(nlp, "La gendarmerie maintient qu'il y avait moins de 2 000 personnes au défilé.")
    assert said(claims, "2 000") == ["La gendarmerie"]
    assert figures["moins de 2 000"] == "La gendarmerie"


def test_a_plural_pronoun_is_not_a_singular_name_cited_before(nlp):
    claims, _ = attributed(nlp, "Environ 200 infirmiers, selon un comptage de l'AFP, ont manifesté devant la clinique. "
                                "Ils ont exigé une hausse des salaires.")
    assert "l'AFP" not in said(claims, "hausse des salaires")


def test_a_request_reports_an_indefinite_object_only(nlp):
    claims, _ = attributed(nlp, "Le parti vert a demandé une suspension de la séance.")
    assert said(claims, "suspension") == ["Le parti vert"]
    claims, _ = attributed(nlp, "La directrice a demandé le registre pour le relire.")
    assert said(claims, "registre") == []


def test_a_promise_or_a_reproach_reports_its_infinitive(nlp):
    claims, _ = attributed(nlp, "M. Diallo a promis de saisir la Cour suprême.")
    assert said(claims, "saisir") == ["M. Diallo"]
    claims, _ = attributed(nlp, "Le RDP reproche au préfet d'avoir interdit la marche.")
    assert said(claims, "interdit la marche") == ["Le RDP"]

