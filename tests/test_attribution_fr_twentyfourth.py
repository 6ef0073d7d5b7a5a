"""French attribution, issue 17 twenty-fourth round: a name followed by two asides before its verb; "« … », nous a
confié X" (a pronoun of whom it was said to before the incise's verb); a paragraph opening on the journalist's words, a
colon and a quote, right after the quoted speaker's paragraph. Made-up passages only; no passage comes from an audit
set."""

from __future__ import annotations

import pytest

from support import attributed, said


def test_a_name_with_two_asides_before_its_verb(nlp):
    text = ("Inondations : le bilan fait débat\n\n"
            "Marie Ndong, la ministre de la Santé, par ailleurs porte-parole du gouvernement, affirme qu'il n'y a pas eu "
            "plus de dix morts.")
    claims, figures = attributed(nlp, text)
    assert said(claims, "plus de dix morts") == ["Marie Ndong"]
    assert set(figures.values()) == {"Marie Ndong"}


@pytest.mark.parametrize("clitic, speaker", [
    ("nous a confié", "le porte-parole des pompiers, Marc Dupuis"),
    ("m'a expliqué", "la directrice de l'hôpital"),
    ("lui a répondu", "la procureure"),
])
def test_a_pronoun_of_whom_it_was_said_to_before_the_incise(nlp, clitic, speaker):
    claims, _ = attributed(nlp, f"« Nous sommes sortis quarante fois cette nuit », {clitic} {speaker}.")
    assert said(claims, "quarante fois") == [speaker]


def test_the_subject_pronoun_opening_a_sentence_still_speaks(nlp):
    claims, _ = attributed(nlp, "Nous avons affirmé que la digue tiendrait, a rappelé le maire.")
    assert "nous" not in [s.lower() for s in said(claims, "la digue") if s]


SPEAKER = "« Nous sommes sortis quarante fois cette nuit », nous a confié le porte-parole des pompiers, Marc Dupuis.\n\n"


def test_a_colon_quote_after_the_quoted_speaker_s_paragraph_goes_on_with_his_words(nlp):
    claims, _ = attributed(nlp, SPEAKER + "Le bilan reste plus léger que lors de la dernière crue : « Rien ne nous a "
                                          "surpris. La météo l'avait annoncé.")
    assert said(claims, "Le bilan reste") == ["le porte-parole des pompiers, Marc Dupuis"]
    assert set(said(claims, "La météo")) == {"le porte-parole des pompiers, Marc Dupuis"}


def test_a_colon_quote_after_someone_named_is_that_one_s(nlp):
    claims, _ = attributed(nlp, SPEAKER + "Une voisine, Anne Roux, se souvient : « Rien ne nous a surpris. »")
    assert said(claims, "Rien ne nous") == ["Anne Roux"]


def test_a_colon_quote_after_a_reported_speaker_stays_unattributed(nlp):
    claims, _ = attributed(nlp, "Selon la préfecture, douze maisons ont été inondées.\n\n"
                                "Le bilan reste léger : « Rien ne nous a surpris. »")
    assert said(claims, "Rien ne nous") == []


@pytest.mark.parametrize("text", [
    "En effet, relate le préfet, la digue a cédé vers minuit sous la pression de l'eau.",
    "La digue a cédé vers minuit, relate le préfet.",
])
def test_relater_reports(nlp, text):
    claims, _ = attributed(nlp, text)
    assert said(claims, "La digue") == ["le préfet"] or said(claims, "la digue") == ["le préfet"]


def test_a_time_between_a_figure_s_participle_and_its_agent(nlp):
    claims, figures = attributed(nlp, "Cela porte à 40 le total des morts, contre 34 annoncés lundi soir par la "
                                      "préfecture.")
    assert figures["34"] == "la préfecture"
    assert figures["40"] is None  # the journalist's new total, not the one the agent gave


# --- twenty-sixth round: incises the parser misread, subjects it cut from their verb ---------------------------------

HEADLINE = "Crue : la digue a cédé\n\n"


@pytest.mark.parametrize("sentence, speaker", [
    ("Aucune balle n’a été tirée contre les habitants, insiste la police nationale, précisant que des poursuites "
     "seront engagées.", "la police nationale"),
    ("Des familles ont été logées dans des écoles, renseigne le préfet du département du Nord, région frontalière du "
     "Niger.", "le préfet du département du Nord"),
    ("Des familles ont été logées dans des écoles, a insisté la mairie.", "la mairie"),
    ("Des familles ont été logées dans des écoles, précise un communiqué.", "un communiqué"),
])
def test_an_incise_without_quote_marks_whose_speaker_was_parsed_as_the_object(nlp, sentence, speaker):
    claims, _ = attributed(nlp, HEADLINE + sentence)
    assert said(claims, "Des familles" if "familles" in sentence else "Aucune balle") == [speaker]


def test_a_verb_and_the_thing_it_names_after_a_clause_is_no_incise(nlp):
    claims, _ = attributed(nlp, HEADLINE + "Le ministre est arrivé à Goma, a salué les soldats.")
    assert said(claims, "les soldats") in ([], ["Le ministre"])


@pytest.mark.parametrize("text", [
    "Crue : « Aucune maison n’a été détruite » dément la mairie\n\nLa digue a cédé dans la nuit.",
    HEADLINE + "« Aucune maison n’a été détruite », dément la mairie.",
    HEADLINE + "Aucune maison n’a été détruite, dément la mairie.",
])
def test_dement_tagged_an_adjective_closes_a_quote_or_a_clause_as_an_incise(nlp, text):
    claims, _ = attributed(nlp, text)
    assert [(c.speaker_text, c.stance) for c in claims if "Aucune maison" in c.text] == [("la mairie", "denies")]


@pytest.mark.parametrize("sentence, speakers", [
    ("La mairie et la préfecture ont fait savoir que la fête était annulée.", {"La mairie", "la préfecture"}),
    ("Par prudence, la Ville de Namur et la zone de police Namur-Ouest ont fait savoir que la fête était annulée.",
     {"la Ville de Namur", "la zone de police Namur-Ouest"}),
])
def test_a_noun_phrase_right_before_its_verb_group_that_the_parser_hung_apart(nlp, sentence, speakers):
    claims, _ = attributed(nlp, HEADLINE + sentence)
    assert set(said(claims, "la fête était annulée")) == speakers


def test_fait_savoir_with_fait_tagged_an_auxiliary_heading_savoir(nlp):
    claims, _ = attributed(nlp, HEADLINE + "Par mesure de précaution, la Ville de Mons et la zone de police Mons-Ouest "
                                           "ont fait savoir qu'elles interdisaient le défilé.")
    assert {c.verb for c in claims} == {"faire savoir"} and len(claims) == 2


def test_one_source_coordinated_with_a_speaker_speaks_too(nlp):
    claims, _ = attributed(nlp, HEADLINE + "Des corps ont été retrouvés dans le village, ont affirmé un élu local et "
                                           "une source humanitaire.")
    assert set(said(claims, "Des corps")) == {"un élu local", "une source humanitaire"}
    claims, _ = attributed(nlp, HEADLINE + "Des corps ont été retrouvés dans le village, ont affirmé un élu local et "
                                           "d'autres sources.")
    assert said(claims, "Des corps") == ["un élu local"]


@pytest.mark.parametrize("presentative", ["C’est ce que nous a confirmé", "C’est ce qui nous a été confirmé par"])
def test_c_est_ce_que_x_a_confirme_points_back_at_the_sentence_before(nlp, presentative):
    claims, figures = attributed(nlp, HEADLINE + f"Trois habitants ont trouvé la mort lors de la crue de samedi. "
                                                 f"{presentative} le porte-parole des pompiers.")
    assert said(claims, "Trois habitants") == ["le porte-parole des pompiers"]
    assert figures["Trois"] == "le porte-parole des pompiers"
    claims, figures = attributed(nlp, HEADLINE + "Trois habitants ont trouvé la mort lors de la crue de samedi.\n\n"
                                                 f"{presentative} le porte-parole des pompiers.")
    assert said(claims, "Trois habitants") == [] and figures["Trois"] is None


def test_a_name_between_quote_marks_after_its_article_is_the_subject(nlp):
    claims, figures = attributed(nlp, "Séisme : le bilan\n\nLa « Commission nationale pour la réduction des "
                                      "catastrophes » a estimé que 100 personnes pourraient avoir été tuées dans la "
                                      "secousse, un bilan qui se fonde sur les chiffres du recensement.")
    assert said(claims, "100 personnes") == ["Commission nationale pour la réduction des catastrophes"]
    assert figures["100"] == "Commission nationale pour la réduction des catastrophes"


def test_a_bulleted_list_after_a_speaker_s_colon_goes_on_with_that_speaker(nlp):
    claims, figures = attributed(nlp, "Crue : la rivière déborde\n\nSelon le bilan présenté par les autorités "
                                      "régionales :\n\n  • 40 personnes ont été évacuées.\n  • 120 logements ont été "
                                      "inondés.\n  • Des pannes touchent la ville, et la mairie souligne que le courant "
                                      "reviendra.\n\nLa pluie continue, 12 maisons sont menacées.")
    assert said(claims, "120 logements") == ["les autorités régionales"]
    assert figures["40"] == figures["120"] == "les autorités régionales" and figures["12"] is None
    assert said(claims, "le courant reviendra") == ["la mairie"]
