"""French attribution, issue 17 eleventh round: a quote closed by an opening mark ("“…“"), a quote an earlier
paragraph left open closed in the next one, a name in another language the tagger reads as foreign words, a verb of
counting ("répertorier"), a sentence opening on the whole its shares are counted from; one made-up passage per
rule. No passage comes from an audit set."""

from __future__ import annotations

from support import attributed, said


def test_a_quote_closed_by_an_opening_mark(nlp):
    claims, _ = attributed(nlp, "La conseillère Anne Dupuis a pris la parole. “C’est un budget opaque“, a-t-elle "
                                "regretté.")
    assert said(claims, "budget opaque") == ["Anne Dupuis"]


def test_a_quote_left_open_closes_in_the_next_paragraph(nlp):
    claims, _ = attributed(nlp, "Le conseiller Paul Roux a pris la parole. “J’ai posé la question hier et personne "
                                "n’a su répondre.\n\nPourquoi inscrire ces 4 millions sans partenaire“, a ajouté "
                                "le conseiller Marc Petit.")
    assert said(claims, "Pourquoi inscrire") == ["le conseiller Marc Petit"]


def test_an_incise_whose_speaker_is_named_in_another_language(nlp):
    claims, figures = attributed(nlp, "Le chômage remonte. « The rise is in line with some 6 800 new registrations », "
                                      "souligne Statistics Norway.")
    assert said(claims, "The rise") == ["Statistics Norway"]
    assert figures["6 800"] == "Statistics Norway"


def test_according_to_a_name_in_another_language(nlp):
    _, figures = attributed(nlp, "Après ajustement, on arriverait, selon Statistics Norway, à un taux de 8,1 %.")
    assert figures["8,1 %"] == "Statistics Norway"


def test_shares_of_a_whole_counted_by_someone(nlp):
    claims, figures = attributed(nlp, "Le bilan a été publié. Parmi les blessures répertoriées par le ministère, "
                                      "44 % sont dues à des explosions et 30 % à des chutes.")
    assert said(claims, "Parmi les blessures") == ["le ministère"]
    assert figures["44 %"] == "le ministère"
    assert figures["30 %"] == "le ministère"


def test_a_count_by_participle_without_an_agent_names_no_one(nlp):
    claims, _ = attributed(nlp, "Les monuments répertoriés dans la vieille ville sont au nombre de 40.")
    assert claims == []


def test_indications_given_are_a_document_of_figures(nlp):
    _, figures = attributed(nlp, "Le ministre a donné des indications de participation : Nord (40 %), Sud (41 %).")
    assert figures["40 %"] == "Le ministre"


def test_first_indications_name_no_one(nlp):
    claims, figures = attributed(nlp, "Selon les premières indications, 12 personnes sont mortes dans l’incendie.")
    assert claims == [] and figures["12"] is None


def test_a_request_in_court_with_an_amount(nlp):
    claims, figures = attributed(nlp, "Me Anne Roux sollicite la condamnation du prévenu au remboursement de "
                                      "4 millions d’euros. Le procureur requiert « la peine maximale ».")
    assert said(claims, "4 millions") == ["Anne Roux"]
    assert figures["4 millions"] == "Anne Roux"
    assert said(claims, "peine maximale") == ["Le procureur"]


def test_a_request_with_nothing_put_forward_reports_nothing(nlp):
    claims, _ = attributed(nlp, "La commune sollicite de l’aide auprès de la région.")
    assert claims == []
