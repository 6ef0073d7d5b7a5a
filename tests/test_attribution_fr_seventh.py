"""French attribution, issue 17 seventh round: reported speech the grammar marks without the forms the rules knew
(an incise with no quote marks, a clause of comparison, an attribution in the sentence after the quote, verb phrases
of saying), and what looks like a source but is none ("selon toute vraisemblance", a vote, a passive injunction).
One made-up passage per rule; none comes from an audit set."""

from __future__ import annotations

import pytest
from support import attributed, said


# --- incises and their forms ----------------------------------------------------------------------------------------

def test_an_incise_without_quote_marks_closing_the_sentence(nlp):
    claims, _ = attributed(nlp, "Le budget est en hausse. Il n'est pas question de couper dans les services, a "
                                "rassuré Mme Durand.")
    assert said(claims, "a rassuré") == ["Durand"]
    assert said(claims, "Le budget est en hausse") == []


def test_a_verb_of_the_incise_class_with_an_inverted_pronoun(nlp):
    claims, sources = attributed(nlp, "Le budget est en hausse, a souligné la maire Anne Roux. Donc à 3 %, ça nous "
                                      "permet de maintenir les services, justifie-t-elle.")
    assert said(claims, "justifie-t-elle") == ["la maire Anne Roux"]
    assert sources["3 %"] == "la maire Anne Roux"


def test_a_verb_of_the_incise_class_reports_nothing_outside_an_incise(nlp):
    claims, _ = attributed(nlp, "Le ministre a justifié la hausse des taxes par l'inflation.")
    assert claims == []


def test_a_stray_comma_between_the_incise_and_its_speaker(nlp):
    claims, _ = attributed(nlp, "«Nous ne savons rien. Nous attendons. Le patron doit trancher cette semaine», "
                                "indique, Jean Dupuis, délégué syndical.")
    assert set(said(claims, "Nous attendons")) == {"Jean Dupuis, délégué syndical"}
    first = [c for c in claims if c.verb == "indiquer"]
    assert [c.stance for c in first] == ["cannot_confirm"]  # "Nous ne savons rien"
    later = [c for c in claims if c.text.startswith("Nous attendons")]
    assert [c.stance for c in later] == ["asserts"]  # the first sentence's stance is its own


def test_an_attribution_opening_the_sentence_after_the_quote(nlp):
    claims, _ = attributed(nlp, "Le conseil a voté le budget.\n\n« Depuis deux ans, la situation s'est dégradée. "
                                "Tout cela exige de la prudence. » Explique Jean Dupuis, maire de la ville.")
    assert said(claims, "Depuis deux ans") == ["Jean Dupuis, maire de la ville"]
    assert [c.speaker_text for c in claims if c.text.startswith("Tout cela")] == ["Jean Dupuis, maire de la ville"]
    assert said(claims, "Le conseil a voté") == []


def test_a_presentative_after_the_quote(nlp):
    claims, _ = attributed(nlp, "« Un malheureux accident, conséquence des opérations. » Voici comment l'armée a "
                                "justifié la mort des 12 civils.")
    assert said(claims, "Un malheureux accident") == ["l'armée"]


def test_a_clause_of_comparison_reports_the_sentence(nlp):
    claims, sources = attributed(nlp, "Le déficit atteint 40 millions d'euros, comme l'opposition l'a remarqué lors "
                                      "du conseil.")
    assert said(claims, "Le déficit") == ["l'opposition"] and sources["40 millions"] == "l'opposition"


def test_a_clause_of_comparison_without_the_neuter_clitic_reports_nothing(nlp):
    claims, _ = attributed(nlp, "Le déficit atteint 40 millions d'euros, comme l'opposition a remarqué la hausse.")
    assert claims == []


# --- verbs and verb phrases -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, figure", [
    ("La police municipale a décompté 2500 manifestants.", "La police municipale", "2500"),
    ("Lors d'une précédente communication, la Protection civile a fait part de plus de 300 blessés.",
     "la Protection civile", "plus de 300"),
    ("Les autorités ont fait savoir que deux équipes de pompiers sont sur place.", "Les autorités", "deux"),
])
def test_verbs_and_verb_phrases_of_counting_and_saying(nlp, text, speaker, figure):
    claims, sources = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker] and sources[figure] == speaker


def test_a_document_proclaimed(nlp):
    claims, _ = attributed(nlp, "Lundi, la commission électorale a proclamé les résultats provisoires.")
    assert [c.speaker_text for c in claims] == ["la commission électorale"]


def test_a_document_still_to_be_proclaimed(nlp):
    claims, _ = attributed(nlp, "La commission devait initialement proclamer les résultats officiels mardi soir.")
    assert claims == []


def test_to_register_a_denial(nlp):
    claims, _ = attributed(nlp, "« Je m'inscris totalement en faux contre ces allégations », a déclaré le ministre.")
    assert [(c.speaker_text, c.stance) for c in claims] == [("le ministre", "denies")]


# --- what is no source ----------------------------------------------------------------------------------------------

def test_selon_toute_vraisemblance_names_no_one(nlp):
    claims, _ = attributed(nlp, "Selon toute vraisemblance, cette décision est due à une baisse de la demande. Même "
                                "s'il attend une confirmation, le délégué Jean Roux estime que 40 emplois sont menacés.")
    assert said(claims, "Selon toute") == []
    assert said(claims, "Même s'il") == ["le délégué Jean Roux"]


def test_a_stray_comma_after_selon(nlp):
    claims, sources = attributed(nlp, "Cette année, le budget sera à l'équilibre selon, la mairie et s'élève à "
                                      "300 millions d'euros.")
    assert sources["300 millions"] == "la mairie"


def test_selon_unnamed_information(nlp):
    claims, sources = attributed(nlp, "Par ailleurs, au moins 4 ponts ont été endommagés, selon des informations "
                                      "disponibles à la mi-journée.")
    assert claims == [] and sources["au moins 4"] is None


def test_a_vote_is_no_statement(nlp):
    claims, sources = attributed(nlp, "Les électeurs du canton ont dit non à 60 % à la réforme.")
    assert claims == [] and sources["60 %"] is None


def test_the_subject_of_a_passive_injunction_is_whom_it_addresses(nlp):
    claims, _ = attributed(nlp, "Les habitants de la région sont invités à suivre les consignes.")
    assert claims == []


def test_a_relative_clause_on_the_speaker_is_no_report_of_its_own(nlp):
    claims, sources = attributed(nlp, "Selon le président de la commission électorale qui rendait publics les "
                                      "résultats provisoires, le sortant a obtenu 2 554 voix.")
    assert [c.speaker_text for c in claims] == ["le président de la commission électorale"]
    assert sources["2 554"] == "le président de la commission électorale"


def test_a_colon_quote_whose_speaker_is_the_object(nlp):
    claims, sources = attributed(nlp, "Ce verdict satisfait le magistrat Jean Roux, chargé de défendre l'État : « Nous "
                                      "avons obtenu 2 millions de francs. »")
    assert [c.speaker_text for c in claims] == ["le magistrat Jean Roux"]
    assert sources["2 millions"] == "le magistrat Jean Roux"


def test_a_colon_after_a_subject_that_cannot_speak_and_no_person(nlp):
    claims, _ = attributed(nlp, "Le bilan reste lourd dans la région : « 30 morts ».")
    assert claims == []


# --- more speakers per sentence, and sentences that go on ------------------------------------------------------------

def test_coordinated_speakers_each_speak(nlp):
    claims, sources = attributed(nlp, "La police et les syndicats ont annoncé 3000 manifestants.")
    assert sorted(c.speaker_text for c in claims) == ["La police", "les syndicats"]
    assert sources["3000"] == "La police"


def test_coordinated_agents_the_parser_hung_elsewhere(nlp):
    claims, _ = attributed(nlp, "Les ONG contestent le bilan de 5 morts annoncé par le ministère de la Défense et le "
                                "porte-parole du gouvernement, Jean Roux.")
    assert sorted(c.speaker_text for c in claims) == ["Les ONG", "le ministère de la Défense",
                                                      "le porte-parole du gouvernement, Jean Roux"]


@pytest.mark.parametrize("text, speakers", [
    # the parser makes both nouns subjects, "et" hung on the second
    ("Des villageois et une association de défense des éleveurs ont fait état de 20 morts.",
     ["Des villageois", "une association de défense des éleveurs"]),
    # the second name is the one the report found; the first is read leftwards, with its complement
    ("Le comité du personnel et l'Unsa disent avoir tout tenté pour sauver 49 emplois.",
     ["Le comité du personnel", "Unsa"]),
    # a postposed list of speakers
    ("Trente personnes ont été tuées lundi, ont annoncé le quotidien national et la radio publique.",
     ["la radio publique", "le quotidien national"]),
])
def test_every_speaker_of_a_coordination_speaks(nlp, text, speakers):
    claims, _ = attributed(nlp, text)
    assert sorted(c.speaker_text for c in claims) == sorted(speakers)


def test_commas_without_a_conjunction_are_an_apposition_not_a_list(nlp):
    claims, _ = attributed(nlp, "Le porte-parole, Jean Dupont, a annoncé 300 cas.")
    assert [c.speaker_text for c in claims] == ["Le porte-parole, Jean Dupont"]


def test_a_count_coordinated_with_a_speaker_does_not_speak(nlp):
    claims, _ = attributed(nlp, "Le ministère et 3 000 manifestants ont annoncé la fin du mouvement.")
    assert [c.speaker_text for c in claims] == ["Le ministère"]


def test_a_phrase_after_selon_x_et_that_opens_its_own_clause_does_not_speak(nlp):
    """"selon la préfecture et aucun policier n'a été blessé": the phrase after "et" is the next clause's subject;
    "selon la police et les syndicats" and "annoncé par le ministère et le porte-parole" still give both."""
    claims, sources = attributed(nlp, "Quatre personnes ont été interpellées selon la préfecture et aucun policier "
                                      "n'a été blessé.")
    assert [c.speaker_text for c in claims] == ["la préfecture"] and sources["Quatre"] == "la préfecture"
    claims, _ = attributed(nlp, "Le bilan annoncé par le ministère et le porte-parole du gouvernement est de 12 morts.")
    assert sorted(c.speaker_text for c in claims) == ["le ministère", "le porte-parole du gouvernement"]


def test_a_sentence_in_the_conditional_that_goes_on_a_statement_is_a_claim(nlp):
    claims, sources = attributed(nlp, "L'Office national des secours (ONS) fait état de 120 morts. Quatre-vingt-sept "
                                      "morts auraient été répertoriés dans le district et deux dans la capitale.")
    assert said(claims, "Quatre-vingt-sept") == ["L'Office national des secours (ONS)"]
    carried = next(c for c in claims if c.text.startswith("Quatre-vingt-sept"))
    assert carried.verb is None and sources["Quatre-vingt-sept"] == "L'Office national des secours (ONS)"


def test_a_sentence_in_the_indicative_keeps_its_figures_without_a_claim(nlp):
    claims, sources = attributed(nlp, "L'Office national des secours (ONS) fait état de 120 morts. Quatre-vingt-sept "
                                      "morts ont été répertoriés dans le district.")
    assert said(claims, "Quatre-vingt-sept") == []
    assert sources["Quatre-vingt-sept"] == "L'Office national des secours (ONS)"


def test_not_knowing_is_a_refusal_to_confirm(nlp):
    claims, _ = attributed(nlp, "Le maire Jean Roux ne sait pas si les travaux reprendront.")
    assert [(c.speaker_text, c.stance) for c in claims] == [("Le maire Jean Roux", "cannot_confirm")]


def test_knowing_is_no_statement(nlp):
    claims, _ = attributed(nlp, "Le maire Jean Roux sait nager.")
    assert claims == []


def test_a_mention_reports(nlp):
    claims, _ = attributed(nlp, "Des habitants ont mentionné une autre attaque.")
    assert [c.speaker_text for c in claims] == ["Des habitants"]


# --- layout, agreement, headlines -----------------------------------------------------------------------------------

def test_a_line_break_inside_a_sentence_does_not_cut_it(nlp):
    claims, sources = attributed(nlp, "Le scrutin est clos.\n\nSelon les résultats publiés par la commission, Jean "
                                      "Dupuis [3,09%]\narrive en deuxième position, suivi de Paul Roux [2,42 %].")
    assert sources["2,42 %"] is not None and "commission" in sources["2,42 %"]


def test_the_subject_that_agrees_with_the_verb(nlp):
    claims, _ = attributed(nlp, "La victoire du président confirmée, à Dakar des candidats dénoncent des taux "
                                "contestables.")
    assert [c.speaker_text for c in claims] == ["candidats"]


def test_a_clitic_between_the_speaker_and_its_auxiliary(nlp):
    claims, sources = attributed(nlp, "La police cantonale a décompté 3500 participants au cortège, Radio-Nord en a "
                                      "compté quelques milliers de plus.")
    assert sources["3500"] == "La police cantonale" and sources["quelques milliers"] == "Radio-Nord"


def test_a_headline_figure_is_nobodys(nlp):
    claims, sources = attributed(nlp, "Élection : la victoire à 89 % confirmée, des candidats dénoncent des taux "
                                      "contestables\n\nLundi, la commission a proclamé les résultats.")
    assert sources["89 %"] is None
    assert said(claims, "des candidats dénoncent") == ["des candidats"]


def test_a_question_asks_who_speaks(nlp):
    claims, _ = attributed(nlp, "Dette publique : entre le ministre et le conseil, qui dit la vérité ?")
    assert claims == []


def test_ne_alone_negates_pouvoir(nlp):
    claims, _ = attributed(nlp, "Des habitants évoquent un bilan très lourd, 91 soldats tués, ce que l'agence n'a pu "
                                "vérifier de source indépendante.")
    assert [(c.speaker_text, c.stance) for c in claims if c.verb == "vérifier"] == [("l'agence", "cannot_confirm")]


def test_ne_que_is_a_restriction(nlp):
    claims, _ = attributed(nlp, "« La situation est grave », a déclaré le maire. L'agence ne peut que confirmer ce "
                                "bilan de 12 morts.")
    assert all(c.stance != "cannot_confirm" for c in claims)


def test_a_verbless_sentence_after_selon_goes_on_listing(nlp):
    claims, sources = attributed(nlp, "Selon l'Office national des secours (ONS), encore 9 décès sont déclarés. 12 400 "
                                      "personnes sinistrées, 2 900 personnes déplacées dans 108 sites.")
    assert sources["12 400"] == sources["2 900"] == sources["9"]
    assert said(claims, "12 400 personnes") == [sources["9"]]


def test_a_sentence_with_a_verb_after_selon_is_the_journalists(nlp):
    claims, sources = attributed(nlp, "Selon l'Office national des secours (ONS), encore 9 décès sont déclarés. Les "
                                      "pluies ont touché 12 400 personnes.")
    assert sources["12 400"] is None


def test_a_headline_figure_given_by_selon(nlp):
    claims, sources = attributed(nlp, "12 000 habitants déplacés par les pluies, selon l'Office national des secours "
                                      "(ONS)\n\nLes pluies ont cessé lundi.")
    assert sources["12 000"] == "l'Office national des secours (ONS)"


def test_a_report_in_a_subordinate_clause_speaks_for_its_clause_only(nlp):
    claims, sources = attributed(nlp, "Le syndicat, qui représente les 175 employés de l'usine, est inquiet pour la "
                                      "suite, d'autant plus que la direction n'a pas encore indiqué combien d'employés "
                                      "seront touchés.")
    assert sources["175"] is None


def test_a_clause_of_comparison_speaks_for_the_sentence(nlp):
    claims, sources = attributed(nlp, "Le déficit atteint 40 millions d'euros, comme l'a indiqué le ministre.")
    assert sources["40 millions"] == "le ministre"


def test_a_relative_after_coordinated_nouns_hangs_on_the_last(nlp):
    claims, _ = attributed(nlp, "Interrogé par la radio, Paul Durand a vivement contesté les allégations de la Cour "
                                "des comptes et du ministre Jean Roux, qui accuse son prédécesseur d'avoir menti.")
    assert said(claims, "Interrogé") == ["Paul Durand", "ministre Jean Roux"]


def test_a_pronoun_after_a_relative_stands_for_the_main_speaker(nlp):
    claims, _ = attributed(nlp, "Interrogé par la radio, Paul Durand a vivement contesté les allégations de la Cour "
                                "des comptes et du ministre Jean Roux, qui accuse son prédécesseur d'avoir menti. « Je "
                                "rejette ces allégations, a-t-il déclaré. Tout cela est ridicule. »")
    assert set(said(claims, "Tout cela est ridicule")) == {"Paul Durand"}
    assert [c.stance for c in claims if c.text.startswith("Tout cela")] == ["denies"]


def test_a_headline_incise_speaks_for_its_figure(nlp):
    claims, sources = attributed(nlp, "Pas plus de 46 morts, disent les autorités dans un premier bilan\n\n"
                                      "Les heurts ont cessé lundi.")
    assert sources["Pas plus de 46"] == "les autorités"


def test_selon_ce_document_is_the_one_who_issued_it(nlp):
    claims, sources = attributed(nlp, "Le 12 février, la Cour des comptes a rendu public un rapport accablant. Selon ce "
                                      "document, la dette atteignait près de 100 % du PIB.")
    assert said(claims, "Selon ce document") == ["la Cour des comptes"]
    assert sources["près de 100 %"] == "la Cour des comptes"


@pytest.mark.parametrize("text, speaker", [
    ("La manifestation a réuni 3000 personnes. «Le climat d'abord», pouvait-on lire sur une banderole.",
     "une banderole"),
    ("Parmi les slogans affichés, on pouvait notamment lire sur les pancartes \"Non à la réforme\".", "les pancartes"),
])
def test_what_one_could_read_on_a_sign(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker]


def test_reading_a_book_is_no_statement(nlp):
    claims, _ = attributed(nlp, "On peut lire ce livre en deux heures.")
    assert claims == []


def test_a_report_in_a_relative_clause_on_a_place_speaks_for_the_sentence(nlp):
    claims, sources = attributed(nlp, "Les participants pourraient être entre 40 000 et 70 000 dans le cortège, où les "
                                      "autorités craignent la présence de 500 éléments à risque.")
    assert sources["entre 40 000 et 70 000"] == "les autorités"
