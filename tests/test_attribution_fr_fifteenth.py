"""French attribution, issue 17 fifteenth round: claims missed on unseen text by construction — agreeing on what is
said ("s'accordent à dire", "s'accordent pour indiquer"), the clause on "que" the parser hung on the addressee past
its complements ("informe les directeurs de campagne que …"), a passive's agent hung on the complement before it
("communiqués à notre rédaction par …"), and a document made public after an aside between commas ("a proclamé, ce
jeudi, les résultats"). Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

from support import attributed


def _speakers_on(claims, snippet):
    return [c.speaker_text for c in claims if snippet in c.text]


def test_agreeing_to_say_gives_the_subject(nlp):
    claims, _ = attributed(nlp, "Les experts s'accordent à dire que la crise durera.")
    assert _speakers_on(claims, "la crise durera") == ["Les experts"]


def test_agreeing_on_pour_and_a_verb_of_saying_gives_the_subject(nlp):
    claims, _ = attributed(nlp, "Les observateurs s'accordent pour dire que le scrutin a été régulier.")
    assert _speakers_on(claims, "le scrutin") == ["Les observateurs"]


def test_a_clause_hung_on_the_addressee_past_its_complement_is_what_is_said(nlp):
    claims, _ = attributed(nlp, "L'Autorité informe les directeurs de campagne que les résultats seront publiés demain.")
    assert _speakers_on(claims, "seront publiés") == ["L'Autorité"]


def test_a_relative_clause_on_the_object_says_nothing(nlp):
    claims, _ = attributed(nlp, "Le maire a noté une hausse des prix que personne n'attendait.")
    assert _speakers_on(claims, "hausse des prix") == []


def test_a_passive_agent_hung_on_the_complement_before_it_speaks(nlp):
    claims, _ = attributed(nlp, "Les résultats ont été communiqués à notre rédaction par la commission.")
    assert _speakers_on(claims, "Les résultats") == ["la commission"]


def test_a_passive_by_a_means_names_no_one(nlp):
    claims, _ = attributed(nlp, "Les chiffres ont été envoyés à la rédaction par courriel.")
    assert _speakers_on(claims, "Les chiffres") == []


def test_a_document_made_public_after_an_aside_between_commas(nlp):
    claims, _ = attributed(nlp, "La commission électorale a proclamé, ce jeudi 27 décembre, les résultats provisoires.")
    assert _speakers_on(claims, "résultats provisoires") == ["La commission électorale"]


def test_a_title_closing_a_headline_after_its_verb_speaks(nlp):
    claims, _ = attributed(nlp, "Budget : un avenir sombre pour les finances de la ville, prévient le directeur financier")
    assert _speakers_on(claims, "avenir sombre") == ["le directeur financier"]


def test_a_stray_comma_after_a_speaking_subject_keeps_it(nlp):
    claims, _ = attributed(nlp, "Le gouvernement malien, dénonce le rapport.")
    assert _speakers_on(claims, "le rapport") == ["Le gouvernement malien"]


def test_an_incise_whose_aside_closes_on_a_comma_before_the_speaker(nlp):
    claims, _ = attributed(nlp, "« Les manifestants se sont rassemblés près du stade », a expliqué dans un communiqué, "
                                "Paul Roux, chercheur à l'ONG.")
    assert [s for s in _speakers_on(claims, "se sont rassemblés") if "Paul Roux" in s]


def test_pointing_the_finger_is_an_accusation(nlp):
    claims, _ = attributed(nlp, "Les syndicats pointent du doigt la gestion de la direction.")
    assert _speakers_on(claims, "la gestion") == ["Les syndicats"]


def test_a_document_with_its_author_after_the_verb_of_a_relative_on_ce(nlp):
    claims, _ = attributed(nlp, "C'est ce qu'indique un bulletin du ministère de l'Agriculture publié lundi.")
    assert _speakers_on(claims, "un bulletin") == ["ministère de l'Agriculture"]


def test_a_document_without_its_author_after_the_verb_speaks_for_no_one(nlp):
    claims, _ = attributed(nlp, "C'est ce qu'évoque un bilan de 300 blessés.")
    assert _speakers_on(claims, "un bilan") == []


def test_a_document_published_by_its_author_after_the_verb_of_a_relative_on_ce(nlp):
    claims, _ = attributed(nlp, "Les récoltes ont chuté. C'est ce qu'indique un bulletin publié lundi par la FAO.")
    assert _speakers_on(claims, "un bulletin") == ["la FAO"]


def test_a_clitic_between_de_and_the_infinitive_keeps_the_injunction(nlp):
    claims, _ = attributed(nlp, "Le syndicat a demandé à ses membres de lui accorder un mandat de grève.")
    assert _speakers_on(claims, "un mandat") == ["Le syndicat"]
    claims, _ = attributed(nlp, "Le maire a demandé le dossier pour le lire.")
    assert _speakers_on(claims, "le dossier") == []


def test_a_sentence_in_the_conditional_of_hearsay_goes_on_with_the_speaker_before(nlp):
    claims, _ = attributed(nlp, "Selon la Croix-Rouge, douze personnes ont été tuées. Ce bilan serait toujours provisoire.")
    assert [(c.speaker_text, c.stance) for c in claims if "serait" in c.text] == [("la Croix-Rouge", "reported")]


def test_a_forecast_a_hypothesis_or_a_wish_in_the_conditional_goes_on_with_no_one(nlp):
    claims, _ = attributed(nlp, "Selon la Croix-Rouge, douze personnes ont été tuées. Le bilan pourrait s'alourdir.")
    assert _speakers_on(claims, "alourdir") == []
    claims, _ = attributed(nlp, "Le maire a annoncé une hausse des taxes. Si la crise durait, les pertes seraient lourdes.")
    assert _speakers_on(claims, "les pertes") == []
    claims, _ = attributed(nlp, "Le maire a annoncé une hausse. Il faudrait pourtant réduire les dépenses.")
    assert _speakers_on(claims, "réduire les dépenses") == []
