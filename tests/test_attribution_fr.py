"""French attribution on phrasings new outlets use (issue 17): one made-up passage per form, each a general rule."""

from __future__ import annotations

import pytest
from support import attributed, make_article

from recoupe.attribution import build_layout


def speakers(claims):
    return [(c.speaker_text, c.verb) for c in claims]


# --- a headline or a subheading is its own sentence for the parser ----------------------------------------------

def test_a_subheading_without_full_stop_is_not_the_next_sentences_subject(nlp):
    claims, sources = attributed(
        nlp, "Le budget de la ville\n\nUne hausse de 4 %\n\nMme Paule Dubois a annoncé une hausse des dépenses de 12 M$.")
    assert ("Mme Paule Dubois", "annoncer") in speakers(claims) and sources["12 M"] == "Mme Paule Dubois"


def test_a_line_ending_on_a_stop_is_left_to_the_parser(nlp):
    claims, sources = attributed(
        nlp, "« Les besoins dépassent nos capacités, a alerté le responsable humanitaire, qui parlait de Tunis.\n\n"
             "Ousssama Ali, porte-parole des secours, a rapporté que les crues avaient fait « plus de 2 300 morts ».")
    assert sources["plus de 2 300"] == "Ousssama Ali, porte-parole des secours"


# --- verbs and documents ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, verb", [
    ("Crues : la préfecture donne un nouveau bilan de 14 morts", "la préfecture", "donner"),
    ("La commission électorale communique des résultats partiels.", "La commission électorale", "communiquer"),
    ("L'autre, de la Ligue des électeurs indépendants (LEI) qui a communiqué dans la soirée un autre chiffre de 41 %.",
     "la Ligue des électeurs indépendants (LEI)", "communiquer"),
])
def test_a_document_given_by_its_author(nlp, text, speaker, verb):
    claims, _ = attributed(nlp, text)
    assert (speaker, verb) in speakers(claims)


@pytest.mark.parametrize("text, speaker", [
    ("Les syndicats ont ensuite revu ce chiffre à la hausse.", "Les syndicats"),
    ("Le tribunal administratif a revu à la baisse le taux de participation, à 31,5 %.", "Le tribunal administratif"),
    ("« Nous étions très nombreux. Le cortège a duré trois heures », revoit en hausse le maire de la ville.",
     "le maire de la ville"),
])
def test_who_revises_a_figure_gives_it(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert speaker in [c.speaker_text for c in claims] and {c.verb for c in claims} - {None} == {"revoir"}


def test_revising_without_a_figure_reports_nothing(nlp):
    claims, _ = attributed(nlp, "Les élèves ont revu leurs leçons avant l'examen.")
    assert claims == []


@pytest.mark.parametrize("text, verb", [
    ("« Jamais autant de monde n'était venu », a relevé l'association des commerçants.", "relever"),
    ("« Ces chiffres ne viennent pas de nous », a clarifié le directeur de l'hôpital.", "clarifier"),
])
def test_more_incise_verbs(nlp, text, verb):
    claims, _ = attributed(nlp, text)
    assert [c.verb for c in claims][:1] == [verb]


def test_a_reflexive_annoncer_reports_nothing(nlp):
    claims, _ = attributed(nlp, "La journée de grève s'annonce très suivie dans les écoles.")
    assert claims == []


# --- the speaker after "on", in a note, before a quote ----------------------------------------------------------

def test_what_on_learnt_from_someone(nlp):
    claims, sources = attributed(
        nlp, "Au moins 12 soldats ont été tués lundi dans l'attaque d'un poste, a-t-on appris de sources sécuritaires.")
    assert [c.speaker_text for c in claims] == ["sources sécuritaires"] and sources["Au moins 12"] == "sources sécuritaires"


def test_a_source_note_in_brackets(nlp):
    claims, sources = attributed(nlp, "La tempête avait fait plus de 200 victimes sur la côte (source : Météo Sud)")
    assert [c.speaker_text for c in claims] == ["Météo Sud"] and sources["plus de 200"] == "Météo Sud"


def test_a_quote_opening_on_the_subjects_verb(nlp):
    claims, _ = attributed(
        nlp, "Le ministère de l'Agriculture « a démenti que le nombre de bêtes abattues ait atteint 3 000 », a "
             "rapporté l'agence officielle.")
    assert [(c.speaker_text, c.stance) for c in claims] == [
        ("Le ministère de l'Agriculture", "denies"), ("l'agence officielle", "asserts")]


def test_a_quoted_verb_inside_another_report_stays_the_reporters(nlp):
    claims, _ = attributed(
        nlp, "L'agence a indiqué que la capitale « prévoit d'envoyer 3 000 policiers » dans la région.")
    assert [c.speaker_text for c in claims] == ["L'agence"]


# --- "Pour X,", "Selon le dernier bilan" ------------------------------------------------------------------------

def test_pour_a_body_with_a_complement(nlp):
    claims, _ = attributed(nlp, "Pour le comité de riposte contre l'épidémie, ces chiffres sont erronés.")
    assert [(c.speaker_text, c.stance) for c in claims] == [("le comité de riposte", "denies")]


@pytest.mark.parametrize("text", [
    "Selon le dernier bilan, 206 cas ont été signalés dont 51 guéris.",
    "Selon les derniers chiffres, toujours provisoires, 35 personnes sont mortes.",
])
def test_a_document_without_author_names_no_one(nlp, text):
    claims, sources = attributed(nlp, text)
    assert claims == [] and set(sources.values()) == {None}


@pytest.mark.parametrize("text, speaker", [
    ("Selon le bilan de la préfecture, 206 cas ont été signalés.", "la préfecture"),
    ("Selon les chiffres officiels, 206 cas ont été signalés.", "les chiffres officiels"),
    ("Près de 500 000 personnes devraient défiler, selon une note du renseignement territorial révélée par une "
     "chaîne.", "renseignement territorial"),
])
def test_a_document_with_an_author_or_official(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert claims[0].speaker_text == speaker


# --- who a pronoun, a "qui", an infinitive clause stand for -------------------------------------------------------

def test_qui_opening_a_sentence_is_the_one_just_quoted(nlp):
    _, sources = attributed(nlp, "Le préfet Paul Roux a annoncé 40 blessés. Qui a ajouté que 12 personnes étaient "
                                 "dans un état grave.")
    assert sources == {"40": "Le préfet Paul Roux", "12": "Le préfet Paul Roux"}


def test_an_infinitive_clause_takes_the_main_subject(nlp):
    claims, sources = attributed(nlp, "Après avoir annoncé en mai une économie de 30 millions d'euros, la mairie "
                                      "n'entend pas réduire ses dépenses.")
    assert [c.speaker_text for c in claims] == ["la mairie"] and sources["30 millions"] == "la mairie"


def test_a_pronoun_agrees_with_the_noun_it_stands_for(nlp):
    claims, sources = attributed(
        nlp, "« Ils ont tout brûlé », indiquent d'autres témoins. La radio a pu joindre des associations de la "
             "région. Elles avancent le nombre de 35 morts.")
    assert sources["35"] == "des associations de la région"


# --- quotes marked with two single marks, and their stances -------------------------------------------------------

def test_two_single_marks_quote_several_sentences(nlp):
    text = ("‘’Ce n’est pas une surenchère. Le bilan est de 73 victimes’’, revoit en hausse le ministre de la "
            "Santé.")
    article = make_article(text)
    doc = nlp(article.text)
    assert len(build_layout(doc, article.text).units) == 1
    claims, sources = attributed(nlp, text)
    assert {c.speaker_text for c in claims} == {"le ministre de la Santé"} and len(claims) == 2
    assert sources["73"] == "le ministre de la Santé"


def test_a_first_person_denial_is_its_sentences_own(nlp):
    claims, _ = attributed(
        nlp, '"Y a-t-il 20 morts ? Je démens formellement cette information. Les chiffres donnés sont exacts", a '
             "précisé le ministre Paul Roux.")
    stances = {c.text.strip('"')[:12]: c.stance for c in claims}
    assert stances["Je démens fo"] == "denies" and stances["Les chiffres"] == "asserts"


@pytest.mark.parametrize("text", [
    "La police n'a pas commenté les chiffres avancés par les organisateurs.",
    "La police n'a pas voulu commenter les chiffres des organisateurs.",
])
def test_not_commenting_cannot_confirm(nlp, text):
    claims, _ = attributed(nlp, text)
    assert [c.stance for c in claims] == ["cannot_confirm"]


def test_a_subject_before_an_aside_between_dashes(nlp):
    claims, _ = attributed(
        nlp, "Un habitant du quartier - qu'on ne peut soupçonner de parti pris - confirme ces informations : selon "
             "lui, 30 maisons ont brûlé.")
    assert {c.speaker_text for c in claims} == {"Un habitant du quartier"}


def test_prendre_acte_reports(nlp):
    claims, _ = attributed(nlp, "Le syndicat prend acte du refus de la direction.")
    assert speakers(claims) == [("Le syndicat", "prendre acte")]


def test_a_pronoun_that_is_what_was_counted_keeps_the_previous_source(nlp):
    _, sources = attributed(
        nlp, "52 000 manifestants en France ont été comptabilisés par le ministère de l'Intérieur, comme samedi 5 "
             "mai. A Lyon, ils étaient 3 000 contre 4 000 comptabilisés la semaine dernière.")
    assert sources["3 000"] == sources["4 000"] == "le ministère de l'Intérieur"


# --- the grammar's class of "verbes introducteurs": they report with a clause of what is said -----------------------

@pytest.mark.parametrize("text, speaker, verb", [
    ("La directrice de l'ONG s'inquiète que 300 familles restent sans abri.", "La directrice de l'ONG", "inquiéter"),
    ("Le ministre pense que 200 personnes sont mortes.", "Le ministre", "penser"),
    ("« Nous étions 4 000 », a noté la présidente de l'association.", "la présidente de l'association", "noter"),
    ("La préfecture considère que 1 200 foyers ont été touchés.", "La préfecture", "considérer"),
    ("« Il manque 40 millions », a répliqué la maire.", "la maire", "répliquer"),
])
def test_a_verb_of_saying_or_belief_with_what_is_said_reports(nlp, text, speaker, verb):
    claims, _ = attributed(nlp, text)
    assert (speaker, verb) in speakers(claims)


@pytest.mark.parametrize("text", [
    "Le maire a noté une hausse de 12 % des inscriptions.",
    "Le soldat a trouvé la mort près de la frontière, avec 3 autres.",
    "Les habitants qui pensent que la digue tiendra sont 300.",
])
def test_a_verb_of_saying_or_belief_without_a_clause_reports_nothing(nlp, text):
    claims, sources = attributed(nlp, text)
    assert not claims and set(sources.values()) == {None}


def test_a_reporting_verb_tagged_as_a_noun_before_que(nlp):
    claims, sources = attributed(nlp, "Le syndicat juge que la réforme coûtera 3 milliards d'euros.")
    assert ("Le syndicat", "juger") in speakers(claims) and sources["3 milliards"] == "Le syndicat"
    claims, _ = attributed(nlp, "Le juge que nous avons rencontré a condamné 3 prévenus.")
    assert not claims


@pytest.mark.parametrize("text, speaker", [
    ("À en croire la police, 3 000 personnes ont défilé.", "la police"),
    ("3 000 personnes ont défilé, à en croire le syndicat.", "le syndicat"),
    ("Aux dires des organisateurs, 3 000 personnes ont défilé.", "organisateurs"),
    ("De l'avis du ministre, 3 000 personnes ont défilé.", "ministre"),
])
def test_the_other_prepositional_phrases_of_reported_speech(nlp, text, speaker):
    claims, sources = attributed(nlp, text)
    assert speakers(claims) == [(speaker, "selon")] and sources["3 000"] == speaker


# --- the incise: any verb right after a quote, with its subject inverted, reports it ---------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("« Environ 25 % des emplois sont touchés », a jaugé Paul Durand.", "Paul Durand"),
    ("« Environ 25 % des emplois sont touchés », sourit le maire.", "le maire"),
    ("Le maire Paul Durand a visité le quartier lundi. « Environ 25 % des emplois sont touchés », s'amuse-t-il.",
     "Paul Durand"),
])
def test_any_verb_of_an_incise_after_a_quote_reports(nlp, text, speaker):
    claims, sources = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker] and sources["Environ 25 %"] == speaker


@pytest.mark.parametrize("text", [
    "Le film « Les 400 coups », sorti en 1959, a attiré 3 millions de spectateurs.",
    "Les habitants ont crié « 40 ans ça suffit », ont marché 3 heures puis sont partis.",
])
def test_a_verb_after_a_quote_without_inverted_subject_is_no_incise(nlp, text):
    claims, _ = attributed(nlp, text)
    assert not claims


def test_faire_savoir_with_its_subject_after_a_date(nlp):
    claims, sources = attributed(
        nlp, "La ville a reçu 250 millions d'euros d'aides, a fait savoir mardi le préfet de la région.")
    assert sources["250 millions"] == "le préfet de la région"


def test_a_subject_the_parser_hung_on_an_adverb_of_the_verb_group(nlp):
    claims, sources = attributed(nlp, "Les autorités ont d'abord évoqué 300 morts.")
    assert ("Les autorités", "évoquer") in speakers(claims) and sources["300"] == "Les autorités"


def test_a_verb_of_forecast_with_a_counting_noun_puts_a_figure_forward(nlp):
    claims, sources = attributed(nlp, "Les autorités redoutent des centaines de morts.")
    assert ("Les autorités", "redouter") in speakers(claims)
    claims, _ = attributed(nlp, "Les habitants redoutent la pluie.")
    assert not claims


def test_an_infinitive_after_a_quote_is_no_incise(nlp):
    claims, _ = attributed(nlp, "L'alliance, par la voix de son secrétaire général, ne peut pas confirmer “à ce stade” "
                                "envoyer des troupes en Russie.")
    assert "des troupes en Russie" not in [c.speaker_text for c in claims]


def test_an_appeal_with_a_quote_reports(nlp):
    claims, _ = attributed(nlp, "Le HCR exhorte les États à « ouvrir leurs portes ».")
    assert ("Le HCR", "exhorter") in speakers(claims)
    claims, _ = attributed(nlp, "Le NIS a publié des photos montrant ce qu'il appelle les mouvements de 3 navires.")
    assert "appeler" not in [c.verb for c in claims]


@pytest.mark.parametrize("text, speaker", [
    ("Plus de 400 personnes ont été blessées, a annoncé dimanche 18 novembre sur RTL le ministre de l'Intérieur.",
     "le ministre de l'Intérieur"),
    ("Dans la capitale, 3.500 manifestants étaient mobilisés, a précisé par ailleurs la préfecture de police.",
     "la préfecture de police"),
])
def test_the_subject_after_an_aside_on_a_name_or_a_connective(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker]


def test_a_name_in_quotes_is_a_subject_not_a_quote(nlp):
    claims, sources = attributed(nlp, "«Alliance citoyenne» a dénombré 300 manifestants lors du défilé.")
    assert [(c.speaker_text, c.quote) for c in claims] == [("Alliance citoyenne", None)]
    assert sources["300"] == "Alliance citoyenne"
