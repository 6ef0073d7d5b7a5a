"""French attribution, issue 17 fifth round: rules from the grammar of reported speech (incises, passives, pronoun
antecedents, documents handed over by someone), one made-up passage per rule. No passage comes from an audit set."""

from __future__ import annotations

import pytest
from support import make_article

from recoupe.attribution import attribute
from recoupe.entities import extract_actor_mentions
from recoupe.numbers import extract_figures


def attributed(nlp, text):
    article = make_article(text)
    doc = nlp(article.text)
    claims, figures = attribute(doc, article, extract_actor_mentions(doc, article), extract_figures(doc, article))
    return claims, {f.text: f.source_text for f in figures}


def said(claims, snippet):
    return [c.speaker_text for c in claims if snippet in c.text]


# --- incises -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("« Nous sommes la plus grande foule de l'année », a annoncé à la foule Jean Roux, du collectif Terre.", "Jean Roux"),
    ("« Nous partons demain », a dit à la radio publique le maire.", "le maire"),
    ("« Il faut agir », a déclaré à la chaîne de télévision régionale la ministre Anne Roux.", "la ministre Anne Roux"),
])
def test_an_addressee_between_the_incise_and_its_speaker(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker]


def test_an_incise_verb_the_tagger_took_for_a_noun(nlp):
    claims, _ = attributed(nlp, "“Il aura fallu trois heures pour que les trains arrivent”, note la FGTB.")
    assert [(c.speaker_text, c.verb) for c in claims] == [("la FGTB", "noter")]


def test_an_inverted_incise_inside_a_quote_that_runs_on(nlp):
    claims, _ = attributed(
        nlp, "Interrogé par la radio, Pierre Dumas a vivement contesté les propos du ministre Jean Roux, qui l'accuse "
             "d'avoir menti. « Je rejette ces allégations, a-t-il déclaré. C'est un procédé politique. »")
    assert set(said(claims, "a-t-il déclaré")) == {"Pierre Dumas"}
    assert set(said(claims, "procédé politique")) == {"Pierre Dumas"}


def test_quotes_before_the_one_an_incise_closes(nlp):
    claims, sources = attributed(
        nlp, "Plus de 800 cas ont été enregistrés, précise le ministre Jean Roux.\n\n"
             "«Du 1er au 5 mai, 20 000 enfants ont été vaccinés. Une seconde campagne visera 15 000 enfants». «Afin "
             "de stopper la transmission, 95% de la population doit être immunisée», a-t-il ajouté.")
    assert said(claims, "Du 1er au 5 mai") == ["le ministre Jean Roux"]
    assert sources["20 000"] == sources["15 000"] == "le ministre Jean Roux"


def test_a_quote_before_a_sentence_of_the_journalist_stays_unattributed(nlp):
    claims, sources = attributed(
        nlp, "Le maire Paul Roux a parlé mardi.\n\n«Nous avons 300 sinistrés». La pluie a cessé dans la soirée.")
    assert said(claims, "300 sinistrés") in ([], ["Le maire Paul Roux"])  # a quote right after a speaker: his
    assert said(claims, "La pluie a cessé") == []


# --- passives, documents --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('Cette annonce avait aussitôt été qualifiée de "tentative de coup" par le pouvoir.', "le pouvoir"),
    ("Une épidémie de choléra a été déclarée lundi au Tchad, par le ministre de la santé, Paul Roux.",
     "le ministre de la santé, Paul Roux"),
])
def test_the_agent_of_a_passive_the_parser_read_as_an_adverbial(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Les pluies ont fait « une centaine de morts » à Lomé, selon un bilan provisoire évoqué dans la soirée par la "
     "télévision publique TVT.", "la télévision publique TVT"),
    ("Le président Paul Roux a été réélu avec 49,80% des voix, selon les résultats de l'élection validés par la "
     "commission et fournis mercredi à l'AFP par un commissaire.", "un commissaire"),
    ("Le ministre Paul Roux a annoncé un deuil de trois jours, selon une déclaration transmise par les services du "
     "gouvernement.", "les services du gouvernement"),
])
def test_selon_a_document_handed_over_by_someone(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert speaker in [c.speaker_text for c in claims if c.verb == "selon"]


# --- pronouns -------------------------------------------------------------------------------------------------------

def test_a_pronoun_the_parser_labelled_a_passive_subject(nlp):
    claims, _ = attributed(
        nlp, "L'ancien président Pierre Dumas s'est exprimé pour la première fois depuis le rapport de la Cour des "
             "comptes. Dans un entretien accordé à un journal, il a fermement rejeté les accusations de dérive.")
    assert said(claims, "il a fermement rejeté") == ["Pierre Dumas"]


def test_a_pronoun_stands_for_the_speaking_subject_of_the_sentence_before(nlp):
    claims, sources = attributed(
        nlp, "Les autorités locales ont affiché leur étonnement devant la réaction des experts. Samedi, elles "
             "avaient annoncé 535 morts, dont 396 civils.")
    assert said(claims, "elles avaient annoncé") == ["Les autorités locales"] and sources["535"] == "Les autorités locales"


def test_a_pronoun_after_a_sentence_with_a_relative_clause_speaker(nlp):
    claims, _ = attributed(
        nlp, "Pierre Dumas a contesté les chiffres du ministre Jean Roux, qui l'accuse d'avoir menti. Il a ajouté "
             "que 40 personnes avaient été entendues.")
    assert said(claims, "Il a ajouté") == ["Pierre Dumas"]


def test_pour_and_a_disjunct_pronoun(nlp):
    claims, _ = attributed(
        nlp, "L'armée a jugé excessif le bilan fourni par les autorités. Pour elle, il s'agit du mois le plus calme.")
    assert said(claims, "Pour elle") == ["L'armée"]


# --- "à en croire", "aux dires de", "de l'avis de", "in the words of": the whole sentence -------------------------

@pytest.mark.parametrize("phrase", ["À en croire la police", "Aux dires de la police", "De l'avis de la police",
                                    "Selon la police"])
def test_an_according_to_phrase_speaks_for_its_whole_sentence(nlp, phrase):
    claims, _ = attributed(nlp, f"{phrase}, ces chiffres sont faux, a pourtant affirmé le syndicat Sud.")
    by_speaker = {c.speaker_text: c.stance for c in claims}
    assert by_speaker.get("la police") == "denies", by_speaker


def test_in_the_words_of_speaks_for_its_whole_sentence():
    from test_english import claims

    said, _ = claims("Title\nIn the words of the mayor, these figures are false, the union said.")
    assert {c.speaker_text: c.stance for c in said}.get("the mayor") == "denies"


def test_according_verbs_come_from_every_languages_lexicon():
    from recoupe.lexicon import languages_with, load
    from recoupe.reporting import ACCORDING_VERBS

    for language in languages_with("attribution"):
        assert set(load("attribution", language).get("according_to", ())) <= ACCORDING_VERBS
    assert {"à en croire", "in the words of"} <= ACCORDING_VERBS
