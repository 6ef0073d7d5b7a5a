"""Verdicts a reporter would sign (recoupe/verdicts.py), on made-up articles through the real extraction."""
from __future__ import annotations

from support import by_text, dossier

from recoupe.verdicts import interval


def test_a_toll_that_grew_from_one_day_to_the_next_is_no_conflict(nlp):
    """A running tally grows: 40 wounded on Monday and about a hundred on Tuesday, from two sources, are its
    timeline; a lower count the next day is still compared."""
    result = dossier(nlp,
                     "Lundi, 40 policiers ont été blessés, selon le ministre.",
                     "Mardi, une centaine de policiers ont été blessés, selon la préfecture.",
                     published=["2024-03-04", "2024-03-05"])
    figures = by_text(result)
    assert figures["40"].topic == figures["une centaine"].topic
    assert figures["40"].in_conflict == figures["une centaine"].in_conflict == 0
    result = dossier(nlp,
                     "Lundi, 100 policiers ont été blessés, selon le ministre.",
                     "Mardi, 40 policiers ont été blessés, selon la préfecture.",
                     published=["2024-03-04", "2024-03-05"])
    figures = by_text(result)
    assert figures["100"].in_conflict == figures["40"].in_conflict == 1


def test_a_word_of_magnitude_is_an_order_not_a_count(nlp):
    figures = by_text(dossier(nlp, "Plus d'un millier d'emplois sont menacés, selon le syndicat.",
                              "Entre 1 500 et 1 800 emplois sont menacés, selon le patronat."))
    thousand = figures["Plus d'un millier"]
    assert interval(thousand) == (thousand.value - 50, 2000)
    assert thousand.in_conflict == figures["Entre 1 500 et 1 800"].in_conflict == 0
    hundred = by_text(dossier(nlp, "Une centaine de commerces ont fermé."))["Une centaine"]
    assert interval(hundred) == (75, 125)


def test_a_toll_or_a_tally_since_the_start_is_the_tally_not_a_total_apart(nlp):
    figures = by_text(dossier(
        nlp,
        "Lundi, 3 personnes sont mortes et 40 personnes ont été interpellées, selon la préfecture.",
        "Sept personnes sont mortes depuis samedi. Depuis le début des émeutes, 1 200 personnes ont été "
        "interpellées. Depuis jeudi, 300 personnes ont été interpellées.",
        published=["2024-03-04", "2024-03-12"]))
    assert figures["3"].topic == figures["Sept"].topic and ":cumul" not in figures["Sept"].topic
    assert figures["40"].topic == figures["1 200"].topic
    assert figures["300"].topic != figures["40"].topic and ":cumul" in figures["300"].topic


def test_an_estimate_revised_upwards_within_the_week_is_its_timeline(nlp):
    """Damage estimated at 150 million on Monday and at a billion on Friday grew; it does not contradict."""
    result = dossier(nlp,
                     "Lundi, les dégâts sont estimés à 150 millions d'euros, selon la chambre de commerce.",
                     "Vendredi, les dégâts sont estimés à un milliard d'euros, selon le gouvernement.",
                     published=["2024-03-04", "2024-03-08"])
    figures = by_text(result)
    assert figures["150 millions"].topic == figures["un milliard"].topic
    assert figures["150 millions"].in_conflict == figures["un milliard"].in_conflict == 0


def test_an_impersonal_on_is_the_same_voice_not_another_source():
    from recoupe.models import Figure
    from recoupe.verdicts import _side_by_side

    sentence = "On a 300 emplois perdus, mais on estime à 500 les emplois menacés."
    first = Figure(id="a", article_id="x", start=5, end=8, text="300", sentence=sentence, value=300.0, qualifier="exact")
    second = Figure(id="b", article_id="x", start=38, end=41, text="500", sentence=sentence, value=500.0,
                    qualifier="exact")
    assert _side_by_side(first, second)
    other = "On a 300 emplois perdus, mais le syndicat estime à 500 les emplois menacés."
    assert not _side_by_side(first.model_copy(update={"sentence": other}),
                             second.model_copy(update={"sentence": other, "start": 48, "end": 51}))


def test_two_sources_a_news_day_apart_are_two_estimates_not_growth(nlp):
    """Two named sources, in articles a day apart whose text says no day, give two estimates of one news day
    (the arrivals on an island): no growth is assumed, they are compared; a tally (a toll) still grows."""
    result = dossier(nlp,
                     "Selon la Croix-Rouge, 6 000 migrants ont débarqué sur l'île de Lampedusa.",
                     "Selon le ministère de l'Intérieur, plus de 9 000 migrants ont débarqué sur l'île de Lampedusa.",
                     published=["2023-09-13", "2023-09-14"])
    figures = by_text(result)
    assert figures["6 000"].topic == figures["plus de 9 000"].topic
    assert figures["6 000"].in_conflict == figures["plus de 9 000"].in_conflict == 1
