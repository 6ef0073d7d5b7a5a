"""French attribution, issue 17 sixteenth round: kinds of attribution that failed on unseen text — an inverted pronoun
whose gender the last speaker does not have, past a sentence naming someone else ("a-t-elle écrit"); the subject of
an infinitive adverbial whose main clause is passive ("Après avoir démenti …, le ministère a été critiqué"); an
adverbial of the verb group between a name and its verb ("a par ailleurs parlé de"); "lui-même" taken for a passive
auxiliary; "selon" and a document in quotes given by someone ("selon un « bilan définitif » donné par X"); a first
name the tagger took for a verb in an incise ("a promis Bienvenu Diallo"); "selon nos constatations" (the newsroom's
own finding) and "selon les variétés" (no source); a sentence in the conditional of hearsay opening the next
paragraph; "par" and a noun without article, a manner ("jugés par défaut"). Made-up passages only; no passage comes
from an audit set."""

from __future__ import annotations

from support import attributed, said


def test_an_inverted_pronoun_does_not_stand_for_a_speaker_of_the_other_gender(nlp):
    claims, _ = attributed(nlp, "« Nous avons marché en paix », a déclaré un autre participant. Le bâtiment a été filmé "
                                "par Marie Roux, la ministre des Migrations. « Le vandalisme n'a rien à voir avec la "
                                "grève », a-t-elle écrit sur X.")
    assert said(claims, "Le vandalisme") == ["Marie Roux"]
    assert said(claims, "marché en paix") == ["un autre participant"]


def test_an_inverted_pronoun_right_after_its_speaker_keeps_it_whatever_the_noun_s_gender(nlp):
    claims, _ = attributed(nlp, "« Nous avons perdu des dizaines de personnes », a déclaré une autorité locale. "
                                "« Le village a été attaqué », explique-t-il.")
    assert said(claims, "Le village a été attaqué") == ["une autorité locale"]


def test_an_infinitive_adverbial_speaks_for_the_subject_of_a_passive_main_clause(nlp):
    claims, _ = attributed(nlp, "Après avoir démenti le rapport, le ministère a été critiqué par l'opposition.")
    assert sorted(said(claims, "démenti le rapport")) == ["l'opposition", "le ministère"]
    assert next(c.stance for c in claims if c.speaker_text == "le ministère") == "denies"


def test_an_adverbial_of_the_verb_group_stands_between_a_name_and_its_verb(nlp):
    claims, figures = attributed(nlp, "Jean Roux, chef du protocole de la mairie, a par ailleurs parlé de 120 blessés.")
    assert said(claims, "120 blessés") == ["Jean Roux"]
    assert figures["120"] == "Jean Roux"


def test_lui_meme_is_no_passive_auxiliary(nlp):
    claims, _ = attributed(nlp, "Le président Jean Roux a lui-même manifesté à Lyon la veille et s'est déclaré, dans une "
                                "vidéo, en faveur du rassemblement.")
    assert said(claims, "en faveur du rassemblement") == ["Le président Jean Roux"]


def test_selon_a_document_in_quotes_given_by_someone(nlp):
    claims, figures = attributed(nlp, "L'incendie a fait 21 morts, selon un « bilan définitif » donné samedi par le "
                                      "ministre de l'Intérieur.")
    assert said(claims, "21 morts") == ["le ministre de l'Intérieur"]
    assert figures["21"] == "le ministre de l'Intérieur"


def test_selon_an_authorless_document_in_quotes_names_no_one(nlp):
    claims, figures = attributed(nlp, "L'incendie a fait 21 morts, selon le « dernier bilan ».")
    assert said(claims, "21 morts") == [] and figures["21"] is None


def test_a_first_name_taken_for_a_verb_closes_an_incise(nlp):
    claims, _ = attributed(nlp, "Les soins seront gratuits, a promis Bienvenu Diallo, porte-parole du gouvernement.")
    assert said(claims, "soins seront gratuits") == ["Bienvenu Diallo, porte-parole du gouvernement"]


def test_the_newsroom_s_own_finding_is_no_one_s_claim(nlp):
    claims, figures = attributed(nlp, "Le taux de grévistes atteint 45 %, selon nos constatations.")
    assert said(claims, "45 %") == [] and figures["45 %"] is None


def test_the_newsroom_s_sources_and_correspondent_speak(nlp):
    claims, _ = attributed(nlp, "Le taux atteint 45 %, selon nos sources. Il atteint 50 % à Lyon, selon notre "
                                "correspondant.")
    assert said(claims, "45 %") == ["nos sources"]
    assert said(claims, "50 %") == ["notre correspondant"]


def test_selon_the_kinds_of_a_thing_names_no_one(nlp):
    claims, _ = attributed(nlp, "Le kilo se vend entre 2 et 5 euros selon les variétés.")
    assert said(claims, "Le kilo") == []


def test_a_conditional_opening_the_next_paragraph_goes_on_with_the_speaker(nlp):
    claims, _ = attributed(nlp, "Selon la Croix-Rouge, 220 personnes ont été blessées.\n\nCe bilan serait provisoire.")
    assert said(claims, "Ce bilan serait provisoire") == ["la Croix-Rouge"]


def test_a_forecast_opening_the_next_paragraph_is_the_newsroom_s(nlp):
    claims, _ = attributed(nlp, "Selon la Croix-Rouge, 220 personnes ont été blessées.\n\nLe bilan pourrait s'alourdir.")
    assert said(claims, "Le bilan pourrait") == []


def test_a_conditional_two_paragraphs_on_is_no_one_s(nlp):
    claims, _ = attributed(nlp, "Selon la Croix-Rouge, 220 personnes ont été blessées.\n\nLe maire a visité les lieux."
                                "\n\nUne école aurait été touchée.")
    assert said(claims, "Une école aurait") == []


def test_par_and_a_noun_without_article_is_a_manner_not_an_agent(nlp):
    claims, figures = attributed(nlp, "Deux agents, accusés d'avoir détourné 3 millions, ont été jugés par défaut.")
    assert said(claims, "jugés par défaut") == [] and figures["3 millions"] is None


def test_par_and_a_body_with_its_article_is_the_agent(nlp):
    claims, _ = attributed(nlp, "Ce bilan a été démenti par la police. Ces chiffres ont été contestés par plusieurs ONG.")
    assert said(claims, "démenti") == ["la police"] and said(claims, "contestés") == ["plusieurs ONG"]


def test_a_conditional_after_a_denial_in_the_paragraph_before_is_not_the_denier_s(nlp):
    claims, _ = attributed(nlp, "Le ministère rejette cette accusation.\n\nLe soutien aurait franchi une nouvelle étape.")
    assert said(claims, "Le soutien aurait") == []


def test_a_conditional_whose_next_sentence_names_its_source_is_not_the_speaker_before_s(nlp):
    claims, _ = attributed(nlp, "Le ministère annonce 20 morts.\n\nLe soutien aurait franchi une nouvelle étape. "
                                "C'est ce qu'affirment les services secrets.")
    assert "Le ministère" not in said(claims, "Le soutien aurait")
