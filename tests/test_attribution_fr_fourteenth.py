"""French attribution, issue 17 fourteenth round: claims missed on unseen text by construction — "Pour" + a title in
the plural or an unnamed group, a wish or a refusal before the verb of saying ("n'a pas souhaité indiquer"), "un
autre" as the speaker of an incise, and an aside in commas between the auxiliary and the verb ("a, en substance,
répondu"). Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

from support import attributed


def _claims_on(claims, snippet):
    return [(c.speaker_text, c.stance) for c in claims if snippet in c.text]


def test_pour_and_a_title_in_the_plural_gives_their_view(nlp):
    claims, _ = attributed(nlp, "Pour les deux sénateurs, le scrutin a été régulier.")
    assert [s for s, _ in _claims_on(claims, "le scrutin")] == ["les deux sénateurs"]


def test_pour_and_an_unnamed_group_gives_its_view_as_reported(nlp):
    claims, _ = attributed(nlp, "Pour certains, il s'agirait d'un incendie criminel.")
    assert _claims_on(claims, "incendie criminel") == [("certains", "reported")]


def test_pour_and_a_plural_that_is_no_speaker_gives_nothing(nlp):
    claims, _ = attributed(nlp, "Pour les électeurs, la campagne commence lundi.")
    assert _claims_on(claims, "la campagne") == []


def test_a_wish_before_the_verb_of_saying_keeps_the_speaker(nlp):
    claims, _ = attributed(nlp, "La préfète souhaite préciser que le bilan reste provisoire.")
    assert _claims_on(claims, "bilan reste provisoire") == [("La préfète", "asserts")]


def test_not_wishing_or_refusing_to_tell_cannot_confirm(nlp):
    claims, _ = attributed(nlp, "Interrogé à ce sujet, Paul Roux n'a pas souhaité indiquer le montant de ces frais.")
    assert _claims_on(claims, "le montant") == [("Paul Roux", "cannot_confirm")]
    claims, _ = attributed(nlp, "La maire Anne Roux n'a pas voulu préciser le nombre de blessés.")
    assert _claims_on(claims, "nombre de blessés") == [("La maire Anne Roux", "cannot_confirm")]


def test_refusing_to_pay_reports_nothing(nlp):
    claims, _ = attributed(nlp, "Le maire refuse de payer la facture.")
    assert _claims_on(claims, "la facture") == []


def test_un_autre_closing_an_incise_is_the_speaker(nlp):
    claims, _ = attributed(nlp, "Un pont s'est effondré, a dit un autre.")
    assert [s for s, _ in _claims_on(claims, "Un pont")] == ["un autre"]


def test_an_aside_between_the_auxiliary_and_the_verb_of_an_incise(nlp):
    claims, _ = attributed(nlp, "« Nous ne céderons pas » a, en substance, répondu une déléguée syndicale.")
    assert [s for s, _ in _claims_on(claims, "céderons")] == ["une déléguée syndicale"]
    claims, _ = attributed(nlp, "Le ministre a, par ailleurs, déclaré que le bilan est lourd.")
    assert [s for s, _ in _claims_on(claims, "le bilan")] == ["Le ministre"]


def test_taking_an_occasion_to_say_gives_the_subject(nlp):
    claims, _ = attributed(nlp, "La députée Anne Roux a profité de sa question pour critiquer le budget de la ville.")
    assert [s for s, _ in _claims_on(claims, "critiquer le budget")] == ["La députée Anne Roux"]


def test_a_purpose_on_pour_is_no_report(nlp):
    claims, _ = attributed(nlp, "Les habitants se sont réunis devant la mairie pour dénoncer la fermeture de l'école.")
    assert _claims_on(claims, "la fermeture") == []


def test_a_document_in_the_passive_is_given_by_its_agent(nlp):
    claims, _ = attributed(nlp, "Ces résultats ont été communiqués par le ministère de l'Intérieur.")
    assert [s for s, _ in _claims_on(claims, "Ces résultats")] == ["le ministère de l'Intérieur"]


def test_a_person_by_the_cause_she_stands_for_keeps_her_name(nlp):
    claims, _ = attributed(nlp, "« Il faut agir maintenant », a déclaré la militante pour le climat Anne Roux.")
    assert [s for s, _ in _claims_on(claims, "agir maintenant")] == ["la militante pour le climat Anne Roux"]


def test_describing_as_reports_what_the_thing_is_said_to_be(nlp):
    claims, _ = attributed(nlp, "Le maire a décrit le quartier comme une zone sinistrée.")
    assert [s for s, _ in _claims_on(claims, "zone sinistrée")] == ["Le maire"]
    claims, _ = attributed(nlp, "Le maire a décrit la situation aux habitants.")
    assert _claims_on(claims, "la situation") == []


def test_ce_dernier_is_a_speaker_named_after_the_last_actor(nlp):
    claims, _ = attributed(
        nlp, "L'incendie a éclaté près d'une base de l'OTAN, selon le député du quartier, Jean-Marc Almétis Junior. "
             "Ce dernier affirme avoir compté 9 blessés.")
    assert any("Almétis" in s for s in [c.speaker_text for c in claims if "avoir compté" in c.text])


def test_a_plural_pronoun_reaches_back_past_a_speaker_it_does_not_agree_with(nlp):
    claims, _ = attributed(
        nlp, "Les autorités locales ont exprimé leur surprise devant ce rapport. « Nous comptons les blessés chaque "
             "semaine », a expliqué à la radio une source du ministère. Lundi, elles avaient annoncé 40 blessés.")
    assert [c.speaker_text for c in claims if "40 blessés" in c.text] == ["Les autorités locales"]
