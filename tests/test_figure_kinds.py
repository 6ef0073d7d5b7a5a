"""Figures by kind (issue 17, second round): number formats, ranges and bounds, vague quantities, qualifiers, what
is no count, and what is counted, each on made-up sentences (no fact of the seeds or of the audit articles)."""

from __future__ import annotations

import pytest
from support import make_article

from recoupe.nlp import get_nlp
from recoupe.numbers import extract_figures


def figures_of(text, language="fr"):
    article = make_article(text).model_copy(update={"language": language})
    return extract_figures(get_nlp(language)(article.text), article)


def found(text, language="fr"):
    return {f.text: f for f in figures_of(text, language)}


# --- number formats --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, obj", [
    ("La commune annonce un déficit de 12 milliards 305 millions de francs CFA pour l'an prochain.",
     "12 milliards 305 millions", 12_305_000_000, "franc cfa"),
    ("Le projet prévoit plus de 950 milliards FCFA 42 millions de francs CFA en dépenses, selon le ministre.",
     "plus de 950 milliards FCFA 42 millions", 950_042_000_000, "franc cfa"),
    ("La région compte 1 million 250 000 habitants selon le dernier recensement.", "1 million 250 000", 1_250_000,
     "habitant"),
])
def test_an_amount_written_in_two_parts_is_one(text, surface, value, obj):
    figure = found(text)[surface]
    assert (figure.value, figure.object) == (value, obj)


def test_two_amounts_apart_stay_two():
    assert [f.text for f in figures_of("Le parti a recueilli 3 millions, puis 400 000 voix au second tour.")] == [
        "3 millions", "400 000"]


# --- ranges ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, low, high", [
    ("Les experts estiment qu'il y a chaque année 2,5 à 6 millions de cas de paludisme dans la région.",
     "2,5 à 6 millions", 2_500_000, 6_000_000),
    ("La marche a réuni entre un et trois millions de personnes selon les sources.", "entre un et trois millions",
     1_000_000, 3_000_000),
    ("Les organisateurs attendent entre 300 et 500 000 participants ce samedi.", "entre 300 et 500 000", 300_000,
     500_000),
    ("Les pompiers ont évacué de 5 à 12 000 habitants selon la commune.", "de 5 à 12 000", 5_000, 12_000),
    ("Les salaires augmenteront entre 2 et 3 % l'an prochain, selon le syndicat.", "entre 2 et 3 %", 2, 3),
])
def test_the_second_bound_lends_the_first_its_multiplier_and_noun(text, surface, low, high):
    figure = found(text)[surface]
    assert (figure.qualifier, figure.value_low, figure.value_high) == ("range", low, high)


def test_room_numbers_stay_labels():
    assert figures_of("Les blessés occupent les chambres 12 à 14 du service de chirurgie.") == []


# --- vague quantities ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, obj", [
    ('Les sauveteurs redoutent la perte de "centaines" de passagers après le naufrage.', '"centaines"', "passager"),
    ("Un nombre inquiétant de malades, qui pourraient se compter en milliers, attend des soins.", "en milliers",
     "malade"),
    ("Les manifestants arrivaient par centaines devant la mairie dès l'aube.", "par centaines", "manifestant"),
    ("Le sort de milliers de réfugiés inquiète les associations.", "milliers", "réfugié"),
])
def test_vague_quantities_written_bare_quoted_or_as_adverbs(text, surface, obj):
    figure = found(text)[surface]
    assert (figure.qualifier, figure.value, figure.object) == ("vague", None, obj)


def test_a_quoted_collective_after_la_is_about_its_value():
    figure = found("Outre la « quinzaine » de policiers blessés, trois passants ont été soignés.")["la « quinzaine »"]
    assert (figure.qualifier, figure.value, figure.object) == ("approx", 15, "policier")


# --- qualifiers ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, qualifier", [
    ("Le syndicat revendique près 1,5 million de grévistes dans tout le pays.", "près 1,5 million", "approx"),
    ("La préfecture a compté quelques 40.000 marcheurs dans le centre.", "quelques 40.000", "approx"),
    ("La fréquentation a baissé d'environ « 15 % » selon le musée.", "environ « 15 %", "approx"),
    ("Le bilan pourrait atteindre 300 morts selon le gouverneur.", "pourrait atteindre 300", "at_most"),
    ("Le nombre de sinistrés risque de grimper à 8 000 selon la préfecture.", "risque de grimper à 8 000", "at_most"),
])
def test_qualifiers(text, surface, qualifier):
    assert found(text)[surface].qualifier == qualifier


@pytest.mark.parametrize("text, surface", [
    ("The toll could reach 1,200, the governor said on Monday.", "could reach 1,200"),
    ("There were few of them; their number would not reach 20, he said.", "would not reach 20"),
])
def test_what_may_be_reached_is_a_bound_in_english(text, surface):
    assert found(text, "en")[surface].qualifier == "at_most"


# --- definite numbers: a pair the text is about, or how many there are -----------------------------------------------

@pytest.mark.parametrize("text, surface, obj", [
    ("Les sept principaux partis ont signé l'accord jeudi soir.", "sept", "parti"),
    ("Le maire a réuni ses cinq adjoints pour préparer la rentrée.", "cinq", "adjoint"),
    ("Dans ces deux communes, la participation a reculé.", "deux", "commune"),
    ("Le texte a été rejeté lors des deux précédentes lectures à l'Assemblée.", "deux", "lecture"),
])
def test_a_definite_number_that_says_how_many_is_a_count(text, surface, obj):
    assert found(text)[surface].object == obj


@pytest.mark.parametrize("text", [
    "Les deux délégations se sont quittées sans accord, et l'un des deux ministres est reparti.",
    "Les uns sont partis, les autres sont restés sur la place.",
])
def test_a_pair_the_text_is_about_is_no_count(text):
    assert figures_of(text) == []


# --- a source and a figure with the verb and the noun left out -------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Les organisateurs ont compté 15.000 marcheurs et la police 6.200.", "6.200", 6_200),
    ("Le syndicat annonce 1,9 million de grévistes et les autorités 1,15 million.", "1,15 million", 1_150_000),
])
def test_a_common_noun_before_a_gapped_figure_is_its_source_not_its_label(text, surface, value):
    figure = found(text)[surface]
    assert (figure.value, figure.object) == (value, figures_of(text)[0].object)


# --- dates, ages, years and labels -----------------------------------------------------------------------------------

def test_le_and_a_day_with_no_noun_is_a_date():
    assert [f.text for f in figures_of("Le 12, la fédération avait annoncé 4 000 adhérents de plus.")] == ["4 000"]


@pytest.mark.parametrize("text, surface", [
    ("Police said on Friday 12,480 people had been detained since the protests began.", "12,480"),
    ("Officials said on Tuesday 41 homes had been destroyed by the storm.", "41"),
])
def test_a_weekday_before_a_count_is_no_date(text, surface):
    assert surface in found(text, "en")


@pytest.mark.parametrize("text", [
    "The region has been unstable since a 2014 coup that ousted the president.",
    "Spending was higher than announced in the Budget 2023 statement, the opposition said.",
    "A magnitude 5 aftershock and a magnitude 6.8 quake shook the valley on Sunday.",
    "Mary Jones, 64, from the village, said she had lost her home.",
])
def test_years_labels_and_ages_are_no_counts_in_english(text):
    assert figures_of(text, "en") == []


# --- English: spelled numbers, partitives, ellipsis ------------------------------------------------------------------

def test_a_hyphenated_spelled_number_is_one_number():
    figure = found("Eighty-four people, including twenty-two children, were rescued.", "en")["Eighty-four"]
    assert (figure.value, figure.qualifier, figure.object) == (84, "exact", "personne")
    assert found("Eighty-four people, including twenty-two children, were rescued.", "en")["twenty-two"].value == 22


def test_a_partitive_of_the_counts_its_noun():
    figure = found("The coast guard took 214 of the passengers to the port, officials said.", "en")["214"]
    assert (figure.object, figure.object_text) == ("passenger", "passengers")


@pytest.mark.parametrize("text, surface", [
    ("The insurgency has lasted 12 years and killed more than 30,000, the report said.", "more than 30,000"),
    ("The worst toll in the past three months -- 1,245 -- was recorded in the north.", "1,245"),
])
def test_a_number_after_a_duration_in_another_clause_is_a_count(text, surface):
    assert surface in found(text, "en")


# --- shares, and "un" that counts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, qualifier, obj", [
    ("Le chômage touche désormais 1 habitant sur 12, a indiqué l'institut.", "1 habitant sur 12", 100 / 12, "exact",
     "habitant"),
    ("Près de quatre enseignants sur dix étaient en grève mardi.", "Près de quatre enseignants sur dix", 40, "approx",
     "enseignant"),
    ("Un électeur sur cinq s'est abstenu, selon la commission.", "Un électeur sur cinq", 20, "exact", "électeur"),
])
def test_a_share_is_a_percentage_of_what_it_counts(text, surface, value, qualifier, obj):
    figure = found(text)[surface]
    assert (figure.kind, figure.qualifier, figure.object) == ("percent", qualifier, obj)
    assert figure.value == pytest.approx(value, abs=1e-5)


def test_the_base_of_a_share_is_no_count_even_before_a_participle():
    assert [f.text for f in figures_of("1 habitant sur 8 touché par la crise")] == ["1 habitant sur 8"]


def test_two_counts_of_different_nouns_are_no_share():
    assert [f.kind for f in figures_of("Le naufrage a fait 7 morts sur 240 passagers, selon la marine.")] == [
        "count", "count"]


def test_un_counts_beside_a_count_of_the_same_noun_with_the_same_verb():
    figures = figures_of("Le parti vert a perdu trois sièges. Le parti rouge a perdu un siège, selon le décompte.")
    assert [(f.text, f.value, f.object) for f in figures] == [("trois", 3, "siège"), ("un", 1, "siège")]


def test_un_stays_the_article_otherwise():
    figures = figures_of("La ville a deux gouvernements rivaux. Un gouvernement siège au nord, l'autre au sud.")
    assert [f.text for f in figures] == ["deux"]


# --- what is counted, and what a percentage measures -----------------------------------------------------------------

@pytest.mark.parametrize("text, surface, obj", [
    ("Ils étaient 40 000 dans le cortège, contre 60 000 samedi dernier.", "60 000", None),
    ("Le rassemblement a réuni 9 000 personnes, dont 2 000 au centre (contre 800 côté police).", "800", "personne"),
    ("La marche a réuni 8 000 marcheurs selon la police, 15 000 d'après les organisateurs.", "15 000", "marcheur"),
    ("Le nombre de bulletins nuls est fixé à 4 512 au lieu des 5 120 annoncés par le ministère.", "5 120",
     "bulletin"),
])
def test_days_cote_dapres_and_participles_of_a_figure_are_not_what_it_counts(text, surface, obj):
    assert found(text)[surface].object == obj


def test_the_second_percentage_of_a_change_measures_what_the_first_does():
    figures = found("La commission a corrigé le taux de participation au scrutin du 3 juin, qui passe ainsi de "
                    "41,2% à 39,8%. Le recours est rejeté.")
    assert (figures["41,2%"].object, figures["39,8%"].object) == ("participation", "participation")


@pytest.mark.parametrize("text, surface, obj", [
    ("Près de 40 % de la population a quitté la ville, selon la mairie.", "Près de 40 %", "population"),
    ("Seuls 12 % de l'électorat se sont déplacés dimanche.", "12 %", "électorat"),
])
def test_what_a_percentage_of_a_determined_noun_measures(text, surface, obj):
    assert found(text)[surface].object == obj


# --- money written without its currency ------------------------------------------------------------------------------

def test_amounts_without_a_currency_take_the_articles():
    figures = found("La province prévoit un déficit de 2,6 milliards de dollars. Le déficit tombera à 900 millions "
                    "l'an prochain. La dette atteindra 95,2 milliards en 2030, soit une hausse de 4,1 milliards. "
                    "Les intérêts absorberont 3,3 milliards du budget.")
    assert {s: (f.kind, f.object) for s, f in figures.items()} == {
        "2,6 milliards": ("amount", "dollar"), "900 millions": ("amount", "dollar"),
        "95,2 milliards": ("amount", "dollar"), "4,1 milliards": ("amount", "dollar"),
        "3,3 milliards": ("amount", "dollar")}


def test_a_bare_multiplied_count_stays_a_count_among_counts():
    figures = figures_of("Le syndicat a compté 1,4 million de grévistes et la police 900 000, pour un coût de 2 "
                         "millions d'euros. Jeudi, ils étaient encore 1,1 million.")
    assert [(f.text, f.kind) for f in figures] == [("1,4 million", "count"), ("900 000", "count"),
                                                    ("2 millions", "amount"), ("1,1 million", "count")]


@pytest.mark.parametrize("text", [
    "Le syndicat a avancé le chiffre de « plus de trois millions » de grévistes dans le pays.",
    "Le syndicat avançait «plus de trois millions» de grévistes dans le pays.",
])
def test_a_quoted_figure_keeps_the_noun_after_the_closing_quote(text):
    (figure,) = figures_of(text)
    assert (figure.value, figure.object) == (3_000_000, "gréviste")


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("La fédération revendique un demi-million d'adhérents.", "un demi-million", 500_000, "exact"),
    ("Le syndicat n'avait jamais revendiqué plus d'un demi-million de grévistes.",
     "n'avait jamais revendiqué plus d'un demi-million", 500_000, "at_most"),
    ("La préfecture n'a pas compté plus de 300 manifestants samedi.", "n'a pas compté plus de 300", 300, "at_most"),
])
def test_half_a_multiplier_and_a_negated_plus_de(text, surface, value, qualifier):
    figure = found(text)[surface]
    assert (figure.value, figure.qualifier) == (value, qualifier)


def test_one_before_names_and_adjectives_of_its_noun_counts_in_english():
    figures = found("Two French army officers and one U.S. military official confirmed the strike.", "en")
    assert (figures["one"].value, figures["one"].object) == (1, "responsable")
    assert figures["Two"].object == "officier"


def test_a_participle_before_the_noun_is_no_noun_in_english():
    figure = found("Valid votes represented 81% of the total registered voters, the commission said.", "en")["81%"]
    assert figure.object == "électeur"


@pytest.mark.parametrize("text, surface, obj, obj_text", [
    ("Aid reached more than 2,400 flood victims in the valley, the agency said.", "more than 2,400", "victime",
     "flood victims"),
    ("As many as 3,000 active duty troops will be sent to the border.", "As many as 3,000", "soldat",
     "active duty troops"),
])
def test_an_english_compound_counts_its_head_noun(text, surface, obj, obj_text):
    figure = found(text, "en")[surface]
    assert (figure.object, figure.object_text) == (obj, obj_text)


def test_a_sum_in_two_parts_in_a_title_is_money_whatever_the_article_counts():
    """A title with no full stop, "…1,2 milliard d'euros pour le privé, et 1 milliard de plus pour le public", gives
    its second part the currency of the first, not the noun the article counts most (the dead of the next line)."""
    text = ("Le coût de la crise : 1,2 milliard d'euros pour le secteur privé, et 1 milliard de plus pour les "
            "infrastructures publiques\n\nLes violences ont fait neuf morts. Trois morts à Paris.")
    figure = found(text)["1 milliard"]
    assert (figure.kind, figure.object) == ("amount", "euro")


@pytest.mark.parametrize("text, surface, obj, language", [
    ("Le plan de reconstruction coûtera 120 milliards de dirhams sur cinq ans, selon le cabinet.", "120 milliards",
     "dirham", "fr"),
    ("La commune a voté un budget de 3 milliards de dinars.", "3 milliards", "dinar", "fr"),
    ("The state will spend 40 billion naira on roads, the governor said.", "40 billion", "naira", "en"),
    ("Farmers were paid 2,000 shillings a bag.", "2,000", "shilling", "en"),
])
def test_currencies_named_in_words_are_money(text, surface, obj, language):
    figure = found(text, language)[surface]
    assert (figure.kind, figure.object) == ("amount", obj)
