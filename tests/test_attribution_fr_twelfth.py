"""French attribution, issue 17 twelfth round: transcripts whose answer cites someone, inverted guillemets, the one
questioned by someone who answers. Made-up passages only; no passage comes from an audit set."""

from __future__ import annotations

from support import attributed, said


TRANSCRIPT = (
    "Que sait-on de l'incendie ? Paul Girard est pompier volontaire dans la région.\n\n"
    "Paul Girard : On sait que le feu est parti d'une grange et, d'après une vidéo, on voit des dizaines de maisons "
    "touchées. Donc, des familles entières dehors. On a compris que les secours étaient arrivés tard.\n\n"
    "Radio Nord : Combien de blessés ?\n\n"
    "Paul Girard : Il n'y a pas de chiffre officiel. On parle de 30 blessés.")


def test_a_transcript_label_speaks_for_an_answer_that_cites_someone(nlp):
    claims, _ = attributed(nlp, TRANSCRIPT)
    assert "Paul Girard" in said(claims, "On sait que le feu")
    assert said(claims, "Donc, des familles") == ["Paul Girard"]
    assert said(claims, "On a compris") == ["Paul Girard"]


def test_after_a_quoted_label_another_speaker_ends_its_words(nlp):
    claims, _ = attributed(
        nlp, "Paul Girard, un voisin : « Nous avons tout perdu. » Le maire, lui, a annoncé trente blessés. "
             "Trois maisons ont brûlé.")
    assert "Paul Girard" not in said(claims, "Trois maisons")


def test_guillemets_typed_the_wrong_way_round(nlp):
    claims, _ = attributed(
        nlp, "Au nom de la défense, Me Anne Roux a dit ne pas être surprise.  »  Nous savions que ce serait long. "
             "Notre rôle est de défendre. Nous ferons appel « , a dit Me Anne Roux.")
    assert set(said(claims, "Notre rôle est de défendre")) == {"Anne Roux"}
    assert set(said(claims, "Nous savions")) == {"Anne Roux"}


def test_a_closing_guillemet_after_a_quote_is_no_inverted_opening():
    from recoupe.layout import _quote_regions
    text = "« Nous partons », dit-il. » Le maire a parlé de 30 blessés."
    assert _quote_regions(text, [(0, len(text))]) == [(0, 16, True)]


def test_the_one_questioned_by_someone_answers(nlp):
    claims, _ = attributed(
        nlp, "Le bilan fait débat.\n\nJoint au téléphone par nos confrères, le porte-parole de la police a défendu ses "
             "agents. « Nous avons compté 12 blessés. »")
    assert "le porte-parole de la police" in said(claims, "Joint au téléphone")
    assert "Nos confrères" not in {c.speaker_text for c in claims}
    assert set(said(claims, "Nous avons compté")) == {"le porte-parole de la police"}


def test_one_questioned_who_declines_says_nothing(nlp):
    claims, _ = attributed(nlp, "Contactée par la radio, la mairie n'a pas souhaité réagir.")
    assert claims == []


def test_de_source_with_no_article_names_who_says(nlp):
    claims, sources = attributed(nlp, "De source hospitalière, on indique que 40 patients sont arrivés dans la nuit.")
    assert said(claims, "40 patients") == ["source hospitalière"]
    assert sources["40"] == "source hospitalière"


def test_de_meme_source_is_the_source_quoted_last(nlp):
    claims, sources = attributed(
        nlp, "« Au 3 mai, 120 cas avaient été recensés », lit-on dans un communiqué de la préfecture. « Plus de la "
             "moitié des cas sont des enfants », c'est-à-dire des moins de 15 ans, de même source.")
    assert sources["120"] == "la préfecture"
    assert said(claims, "Plus de la moitié") == ["la préfecture"]


def test_a_spring_is_no_source(nlp):
    claims, _ = attributed(nlp, "Le village boit une eau de source claire depuis 30 ans.")
    assert claims == []


def test_the_narrative_infinitive_reports(nlp):
    claims, _ = attributed(
        nlp, "Selon la préfecture, 30 cas ont été recensés. La même source d’ajouter que deux écoles ont fermé.")
    assert said(claims, "deux écoles") == ["la préfecture"]


def test_verifying_from_an_independent_source_names_no_one(nlp):
    claims, _ = attributed(nlp, "Des témoins parlent de 40 morts, ce que l'agence n'a pu vérifier de source indépendante.")
    assert "source indépendante" not in {c.speaker_text for c in claims}


def test_read_in_a_document_with_no_author_names_no_one(nlp):
    claims, _ = attributed(nlp, "Le maire a pris un arrêté. Les baignades sont interdites, lit-on dans le texte.")
    assert "le texte" not in {c.speaker_text for c in claims}


PARTY = ("Les écologistes accusent la majorité de trop dépenser.\n\n"
         "La cheffe du Parti vert, Anne Roux, a profité de la séance pour critiquer les choix du gouvernement, mardi.\n\n"
         "Elle a déploré que le gouvernement annonce vouloir dépenser 600 millions alors que les libéraux disaient "
         "vouloir dépenser 250 millions. Selon elle, ces dépenses nuiront à l'emploi.")


def test_a_pronoun_stands_for_the_person_subject_before(nlp):
    claims, _ = attributed(nlp, PARTY)
    # the person, named with her title as the sentence before names her ("a profité … pour critiquer" reports too)
    speakers = [c.speaker_text for c in claims if c.verb == "déplorer"]
    assert len(speakers) == 1 and speakers[0].endswith("Anne Roux")


def test_selon_lui_is_the_governing_speaker_not_one_inside_its_words(nlp):
    claims, _ = attributed(nlp, PARTY)
    speakers = said(claims, "Selon elle")
    assert len(speakers) == 1 and speakers[0].endswith("Anne Roux")

