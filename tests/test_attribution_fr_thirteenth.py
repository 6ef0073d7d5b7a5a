"""French attribution, issue 17 thirteenth round: claims missed by construction — an incise whose verb takes its
addressee before the inverted subject, the locutions of saying with "faire", "à en croire" and its kin, and the
demonstrative subjects ("celui-ci", "ce dernier"). Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

from support import attributed, said


def test_an_addressee_then_a_comma_before_the_inverted_speaker(nlp):
    claims, _ = attributed(
        nlp, "« Au total, huit civils ont été tués », a déclaré à l'Agence Anadolu, Paul Durand, président de la "
             "société civile.")
    assert any("Paul Durand" in s for s in said(claims, "huit civils"))


def test_an_addressee_then_a_civility_and_how_the_speaker_was_reached(nlp):
    claims, _ = attributed(
        nlp, "« Nous avons perdu onze hommes », a déclaré à l'AFP M. Durand joint au téléphone depuis Paris.")
    assert said(claims, "onze hommes") == ["Durand"]


def test_the_locutions_of_saying_with_faire(nlp):
    claims, _ = attributed(
        nlp, "« On récolte nos années de rigueur », a fait valoir le maire de Lyon, Paul Durand, quelques minutes "
             "plus tard.")
    assert any("Paul Durand" in s for s in said(claims, "années de rigueur"))
    claims, _ = attributed(nlp, "« Rien n'est joué », a fait remarquer la ministre Anne Roux.")
    assert any("Anne Roux" in s for s in said(claims, "Rien n'est joué"))
    claims, _ = attributed(nlp, "Le maire a fait valoir que les impôts ont baissé de 3 %.")
    assert said(claims, "les impôts") == ["Le maire"]


def test_a_en_croire_and_its_kin_name_a_source(nlp):
    for opening in ("A en croire son porte-parole Jean Sylla", "Si l'on en croit son porte-parole Jean Sylla",
                    "De l'aveu de son porte-parole Jean Sylla"):
        claims, _ = attributed(nlp, f"{opening}, le bilan est lourd.")
        assert any("Jean Sylla" in s for s in said(claims, "le bilan est lourd")), opening


def test_a_demonstrative_subject_is_the_one_named_last(nlp):
    claims, _ = attributed(nlp, "Le ministre a reçu le maire Paul Durand. Ce dernier affirme que le bilan est lourd.")
    assert said(claims, "Ce dernier affirme") == ["Paul Durand"]
    claims, _ = attributed(nlp, "La ministre Anne Roux a parlé aux journalistes. Celle-ci affirme que le bilan est lourd.")
    assert said(claims, "Celle-ci affirme") == ["Anne Roux"]
    claims, _ = attributed(
        nlp, "Le ministre Paul Durand a parlé aux journalistes. « Le bilan est lourd », précise celui-ci dans un "
             "communiqué.")
    assert said(claims, "précise celui-ci") == ["Paul Durand"]


def test_ce_dernier_before_a_noun_is_no_subject(nlp):
    claims, _ = attributed(nlp, "Le ministre a reçu Paul Durand. Ce dernier film est un succès.")
    assert said(claims, "Ce dernier film") == []


def test_incise_verbs_report_with_a_clause_on_que(nlp):
    claims, _ = attributed(nlp, "Me Anne Roux a plaidé lundi. Elle a également soutenu que son client n'a rien vu.")
    assert said(claims, "soutenu que") == ["Anne Roux"]
    claims, _ = attributed(nlp, "L'équipe a soutenu son capitaine jusqu'au bout.")
    assert said(claims, "soutenu son capitaine") == []


def test_mettre_en_garde_reports(nlp):
    claims, _ = attributed(nlp, "Les autorités sanitaires ont annoncé 40 cas. Elles mettent en garde contre la "
                                "prise d'antibiotiques.")
    assert said(claims, "mettent en garde") == ["Les autorités sanitaires"]


def test_a_credit_line_after_a_quote_names_its_speaker(nlp):
    claims, _ = attributed(
        nlp, "Le budget a été présenté mardi.\n\n« On cherche un équilibre entre les dépenses et les services. Il "
             "faut se donner les moyens. » — Une citation de Marie Durand, mairesse de Lille\n\nLe conseil votera "
             "jeudi.")
    assert said(claims, "On cherche un équilibre") == ["Marie Durand"]
    assert set(said(claims, "Il faut se donner")) == {"Marie Durand"}
    assert said(claims, "Le conseil votera") == []


def test_a_subject_the_parser_hung_on_an_opening_adverbial(nlp):
    claims, _ = attributed(nlp, "Des affrontements ont eu lieu. En effet le gouvernement indique que 40 personnes "
                                "ont été tuées.")
    assert said(claims, "En effet le gouvernement") == ["le gouvernement"]


def test_contredire_is_no_verb_of_saying(nlp):
    # tried as a reporting verb and dropped: a result or a figure "contredit" as often as a speaker does
    claims, _ = attributed(nlp, "Un résultat qui contredit la mobilisation des partis, qui ont fait campagne pour le oui.")
    assert said(claims, "contredit") == []


def test_a_demonstrative_document_points_at_its_issuer(nlp):
    claims, _ = attributed(nlp, "Le gouvernement a fait un récapitulatif des pertes. Selon ce décompte, douze "
                                "soldats sont morts.")
    assert said(claims, "Selon ce décompte") == ["Le gouvernement"]
    claims, _ = attributed(nlp, "Le village a été attaqué lundi. Selon ce décompte, douze soldats sont morts.")
    assert said(claims, "Selon ce décompte") == []


def test_a_verb_of_saying_tagged_a_noun_after_a_subject_pronoun(nlp):
    claims, _ = attributed(nlp, "Amnesty International a publié un rapport lundi. Elle note que des mineurs figurent "
                                "parmi les victimes.")
    assert said(claims, "Elle note que") == ["Amnesty International"]
    claims, _ = attributed(nlp, "Le ministre a lu la note que le préfet lui a remise.")
    assert said(claims, "la note que") == []


def test_a_noun_the_parser_made_passive_subject_of_a_verb_with_avoir(nlp):
    # the parser labels "L'avocat" a passive subject after a sentence with a quote and a participle; "a soutenu"
    # takes "avoir", so it is active and the noun its subject
    claims, _ = attributed(
        nlp, "« Nous allons faire appel », a déclaré Me Paul Durand, estimant qu'il faut que la vérité soit dite.\n"
             "L'avocat a également soutenu qu'il n'a vu ressortir des infractions dont serait auteur M. Jean Roux, "
             "son client.")
    assert said(claims, "ressortir des infractions") == ["L'avocat"]


def test_ce_dernier_hung_on_the_verb_by_the_parser(nlp):
    claims, _ = attributed(nlp, "Jean Roux conteste le résultat. Ce dernier continue de contester la réélection du "
                                "président.")
    assert said(claims, "continue de contester") == ["Jean Roux"]
    claims, _ = attributed(nlp, "Le ministre a reçu Jean Roux. Ce dernier affirme que le bilan est lourd.")
    assert said(claims, "bilan est lourd") == ["Jean Roux"]


def test_pour_ce_dernier_is_the_view_of_the_one_named_last(nlp):
    """ "Pour ce dernier, …" opens a view as "Pour le syndicat, …" does: the one named last before it; nobody when
    no actor is named ("Pour ces derniers" after common nouns)."""
    claims, figures = attributed(nlp, "Le maire a rencontré Anne Roux, la préfète. Pour cette dernière, 30 maisons "
                                      "sont détruites.")
    assert said(claims, "30 maisons") == ["Anne Roux"] and figures["30"] == "Anne Roux"
    claims, _ = attributed(nlp, "Les habitants ont vu passer des véhicules. Pour ces derniers, la situation est grave.")
    assert said(claims, "la situation est grave") == []


def test_an_aside_on_par_between_an_incise_and_its_speaker(nlp):
    """ "…, indique par courriel Paul Durand", "a précisé par téléphone la porte-parole": "par courriel" is an aside
    as "dans un communiqué" is; not the agent of a passive."""
    claims, figures = attributed(nlp, "« Les 39 derniers patients ont été évacués », indique par courriel Paul Durand.")
    assert figures["39"] == "Paul Durand"
    claims, figures = attributed(nlp, "Les 39 patients ont été évacués, a précisé par téléphone la porte-parole "
                                      "Anne Roux.")
    assert "Anne Roux" in figures["39"]


def test_a_clause_the_parser_hung_on_the_addressee_is_still_what_is_said(nlp):
    """ "a informé le journal que …": the parser may hang the "que" clause on the addressee; a relative clause ("une
    hausse que personne n'attendait") is no report."""
    claims, figures = attributed(nlp, "Paul Durand a informé le journal que la morgue compte 7 corps.")
    assert figures["7"] == "Paul Durand"
    claims, _ = attributed(nlp, "Il a noté une hausse que personne n'attendait.")
    assert claims == []


def test_a_que_clause_the_parser_loses_after_an_adverb_is_still_what_is_said(nlp):
    """ "a aussi noté que toujours pour …": the "que" right after the verb (adverbs aside) opens what is said, however
    the parse hangs it; "n'a noté que deux cas" restricts, it reports nothing."""
    claims, figures = attributed(nlp, "La ligue a aussi noté que toujours pour la deuxième moitié du mois, pas moins "
                                      "de 189 personnes ont été blessées.")
    assert figures["pas moins de 189"] == "La ligue"
    claims, figures = attributed(nlp, "La ligue n'a noté que deux cas de blessures par balle.")
    assert figures["deux"] is None
