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
