"""Dates and places in sentences (recoupe/dates.py): made-up sentences."""

from __future__ import annotations

import random
import re

import pytest

from recoupe.dates import as_of, offset_in_sentence


def test_a_figure_s_place_in_its_sentence_is_the_first_occurrence_standing_alone():
    """dates.offset_in_sentence without the article: the first occurrence of the figure that is no part of a longer
    number or word, found by scanning (no expression compiled per figure) exactly where the two expressions it
    replaces find it, on made-up sentences and every piece of them."""
    def by_regex(sentence: str, surface: str) -> int:
        match = re.search(rf"(?<![\w.,’'\u00a0\u202f]){re.escape(surface)}(?!\w)", sentence) or re.search(
            rf"(?<![\d\w]){re.escape(surface)}", sentence)
        return match.start() if match else sentence.find(surface)

    sentences = ["Ils étaient 240 000 selon la CGT, 40 000 selon la police, et 1.40 000 ? Non : 40 000.",
                 "Le bilan passe de 16 000 à 6 000 morts (6 000_x), puis 6\u00a0000 et 6\u202f000 ; 6 000é.",
                 "« 12 % », disait-il, 3,12 % et x12 % puis 12 %."]
    pieces = {s[i:j] for s in sentences for i in range(len(s)) for j in range(i + 1, min(len(s), i + 8) + 1)}
    rng = random.Random(7)
    for sentence in sentences:
        for surface in sorted(pieces) + ["".join(rng.choice("0 6,.4x_é%") for _ in range(rng.randint(1, 5)))
                                         for _ in range(300)]:
            assert offset_in_sentence(sentence, surface) == by_regex(sentence, surface), (sentence, surface)


def test_a_span_of_weekdays_is_about_its_last_day():
    """"entre lundi et mercredi", "du lundi au mercredi", "between Monday and Wednesday": a count over the span is
    as of its end, not its start (the article is of Friday 15 March 2024)."""
    from recoupe import dates

    s = "Sur l'île, 10 000 personnes sont arrivées entre lundi et mercredi, selon le ministère."
    assert dates.as_of(s, s.index("10 000"), "2024-03-15") == ("2024-03-13", "weekday")
    s = "Du lundi au mercredi, 8 500 personnes sont arrivées."
    assert dates.as_of(s, s.index("8 500"), "2024-03-15") == ("2024-03-13", "weekday")
    s = "Lundi, 300 personnes sont arrivées."
    assert dates.as_of(s, s.index("300"), "2024-03-15") == ("2024-03-11", "weekday")
    s = "About 8,500 people arrived between Monday and Wednesday."
    assert dates.as_of(s, s.index("8,500"), "2024-03-15", language="en") == ("2024-03-13", "weekday")


def test_an_earlier_count_since_revised_is_read_as_such():
    """The old value of a revision, in French and English: "un précédent bilan faisait état de", "passé de X à Y",
    "up from", "revised from X down to Y", "the previous count, which was", "was later raised to"; never the new
    value, nor the latest toll ("selon le dernier bilan"), nor a range."""
    from recoupe.date_pasts import revised

    def said(sentence, figure, language="fr"):
        return revised(sentence, sentence.index(figure), figure, language)

    assert said("Quelques heures plus tôt, un précédent bilan faisait état de 1 305 morts.", "1 305")
    s = "Le bilan provisoire des dégâts est passé de 200 millions à un milliard d'euros."
    assert said(s, "200 millions") and not said(s, "un milliard")
    assert not said("Selon le dernier bilan, 2 946 personnes sont mortes.", "2 946")
    assert not said("Entre 1 500 et 1 800 emplois sont menacés.", "1 500")
    assert said("The death toll, up from six earlier in the day, was confirmed by officials.", "six", "en")
    s = "The governor said the death toll was revised from 115 down to 97 after DNA tests."
    assert said(s, "115", "en") and not said(s, "97", "en")
    assert said("He expected the toll to rise from the previous count, which was 36.", "36", "en")
    s = "The number of 89 deaths was later raised to 93 at a press conference."
    assert said(s, "89", "en") and not said(s, "93", "en")
    s = "The toll rose to 93 from 89."
    assert said(s, "89", "en") and not said(s, "93", "en")
    s = "Flood toll climbs to 48, from a dozen"  # a headline, in the present
    assert said(s, "a dozen", "en") and not said(s, "48", "en")
    assert said("The previously reported tally of 300 arrests was too low.", "300", "en")
    s = "The county said the shelter list once topped 4,500, and 900 remain there."
    assert said(s, "4,500", "en") and not said(s, "900", "en")
    s = "Earlier on Tuesday the governor had put the number of deaths at four; police now count 19."
    assert said(s, "four", "en") and not said(s, "19", "en")


def test_a_figure_put_in_a_past_year_is_about_that_year():
    """A comparison with an older event ("the Camp Fire, which killed 85 people in 2018", "le séisme de 1960, qui
    avait fait 12 000 morts") is about that year; "depuis 2004" bounds a count, it does not date it; a comparison
    ("contre 79 000 cette année") is another segment."""
    from recoupe.date_pasts import past_year

    def year(sentence, figure, language="fr"):
        return past_year(sentence, sentence.index(figure), "2023-09-10", language)

    assert year("It trails only a wildfire elsewhere, which killed 85 people in 2018.", "85", "en") == "2018"
    assert year("It surpasses even the 1960 tsunami that killed 61 people.", "61", "en") == "1960"
    assert year("Le séisme de 1960 avait fait plus de 12 000 morts.", "plus de 12 000") == "1960"
    assert year("Depuis 2004, 628 personnes sont mortes.", "628") is None
    assert year("Le pays a exporté plus de 13 000 conteneurs depuis août 2022.", "plus de 13 000") is None
    assert year("Le budget 2024 prévoit 3 milliards.", "3 milliards") is None
    s = "En février 2004, un séisme de magnitude 6,3 avait touché la province du nord, provoquant alors la mort de 628 personnes."
    assert year(s, "628") == "2004"
    s = "Il y a eu 52 783 arrivées en 2022, contre 79 327 cette année."
    assert year(s, "52 783") == "2022" and year(s, "79 327") is None


def test_an_english_sentence_is_dated_in_english():
    """English months come first and may be abbreviated ("on Aug. 8", "Sept. 1"); weekdays are English ones."""
    from recoupe import dates

    s = "The march on Sept. 1 drew 66 people, police said."
    assert dates.as_of(s, s.index("66"), "2023-09-19", language="en") == ("2023-09-01", "sentence")
    s = "Police said 128,000 people joined the rally on Sunday."
    assert dates.as_of(s, s.index("128,000"), "2019-08-19", language="en") == ("2019-08-18", "weekday")
    s = "Le 8 mars, 300 personnes ont défilé."
    assert dates.as_of(s, s.index("300"), "2023-03-09") == ("2023-03-08", "sentence")


def test_a_pluperfect_toll_with_no_year_is_an_earlier_count():
    """A toll told in the pluperfect with no year ("l'épidémie avait fait 140 morts", "had killed some 140 people")
    is an earlier event's or count's, set against no count of today (as a revised count); "a fait" is today's, a
    year dates it instead, and "avait fait état de" is a report, not a toll."""
    from recoupe.date_pasts import revised

    def said(sentence, surface, language="fr"):
        return revised(sentence, sentence.index(surface), surface, language)

    assert said("L'épidémie avait fait quelque 140 morts sur environ 90 000 cas.", "quelque 140")
    assert said("Dans la vallée, 30 habitants étaient morts lors de la crue.", "30")
    assert not said("L'épidémie a fait quelque 140 morts.", "quelque 140")
    assert not said("En 2019, l'épidémie avait fait 140 morts.", "140")
    assert not said("Le syndicat avait fait état de 200 000 manifestants.", "200 000")
    assert said("The outbreak had killed some 140 people.", "some 140", "en")
    assert said("Some 30 people had died in the flood.", "Some 30", "en")
    assert not said("The outbreak has killed 140 people.", "140", "en")
    assert not said("Le ministère a annoncé que la tempête avait fait 35 morts.", "35")
    assert not said("Officials said the storm had killed 35 people.", "35", "en")


def test_a_numbered_week_dates_a_figure_to_its_last_day():
    """Epidemic bulletins count by numbered weeks (Sunday to Saturday, week 1 the one holding 4 January): "semaine
    épidémiologique 12" or "la 12e semaine" in a sentence naming the weeks epidemiological is about the week's
    Saturday; "depuis la semaine 9" dates nothing, nor "la 3e semaine de grève" or "week 2 of the strike"."""
    from recoupe.dates import as_of, epi_week_end

    assert str(epi_week_end(2022, 12)) == "2022-03-26" and str(epi_week_end(2021, 1)) == "2021-01-09"
    sentence = "Le bilan cumulé de la 1re semaine épidémiologique à la 12e semaine est de 2 140 cas et 61 décès."
    assert as_of(sentence, sentence.index("61"), "2022-04-06") == ("2022-03-26", "sentence")
    sentence = "On comptait 310 cas en semaine 11 et environ 280 cas en semaine 12."
    assert as_of(sentence, sentence.index("310"), "2022-04-06") == ("2022-03-19", "sentence")
    assert as_of(sentence, sentence.index("280"), "2022-04-06") == ("2022-03-26", "sentence")
    sentence = "Une baisse des cas est observée depuis la semaine 9, avec 280 cas."
    assert as_of(sentence, sentence.index("280"), "2022-04-06") == ("2022-04-06", "article")
    sentence = "La grève entre dans sa 3e semaine, avec 300 grévistes."
    assert as_of(sentence, sentence.index("300"), "2022-04-06") == ("2022-04-06", "article")
    sentence = "In epidemiological week 12, 2,140 cases were reported; in week 2 of the strike, 300 walked out."
    assert as_of(sentence, sentence.index("2,140"), "2022-04-06", language="en") == ("2022-03-26", "sentence")
    assert as_of(sentence, sentence.index("300"), "2022-04-06", language="en") == ("2022-04-06", "article")
    sentence = "En semaine 50, 90 cas ont été notifiés."  # week 50 of the year before, read in January
    assert as_of(sentence, sentence.index("90"), "2022-01-10") == ("2021-12-18", "sentence")


def test_the_noun_of_a_revision_marks_the_count_it_replaced():
    """"a sharp increase from the official count of 26": 26 is the old value of a revision, as "up from 26" is."""
    from recoupe.date_pasts import revised

    sentence = "The toll now stands at 60, a sharp increase from the official count of 26 given last week."
    assert revised(sentence, sentence.index("26"), "26", "en")
    assert not revised(sentence, sentence.index("60"), "60", "en")


def test_a_date_in_a_since_clause_starts_the_span():
    """A date in the clause "since …" / "depuis …" opens is where the span starts ("since violence erupted on
    August 25"): the figure is about the article's date, or a later date its sentence gives."""
    from recoupe.dates import as_of

    cases = [  # (sentence, the figure, language, the day it is about and how)
        ("About 164,000 Rohingya have fled to Bangladesh since violence erupted in Burma on August 25, the UN said.",
         "About", "en", ("2017-09-07", "article")),
        ("Quelque 164 000 Rohingyas ont fui depuis que les violences ont éclaté le 25 août.", "164", "fr",
         ("2017-09-07", "article")),
        ("Le 5 septembre, 123 000 Rohingyas étaient arrivés depuis que les violences ont éclaté le 25 août.", "123",
         "fr", ("2017-09-05", "sentence")),
        ("Since Monday, officials said on September 5 that 123,000 had arrived.", "123", "en",
         ("2017-09-05", "sentence")),
    ]
    for sentence, figure, language, expected in cases:
        assert as_of(sentence, sentence.index(figure), "2017-09-07", language=language) == expected, sentence


def test_a_figures_own_number_is_no_year():
    """"plus de 2000 morts" counts 2,000 dead: the figure's own number is not the past year it is about, nor is
    another figure's ("2012 morts et 2059 blessés")."""
    from recoupe.date_pasts import past_year

    s = "Le séisme a fait plus de 2000 morts, selon le ministère."
    assert past_year(s, s.index("plus"), "2023-09-10", "fr", "plus de 2000") is None
    s = "En 1960, le séisme avait fait plus de 2000 morts."
    assert past_year(s, s.index("plus"), "2023-09-10", "fr", "plus de 2000") == "1960"
    s = "Le dernier bilan fait état de 2012 morts et de 2059 blessés."
    assert past_year(s, s.index("2059"), "2023-09-10", "fr", "2059", frozenset({2012, 2059})) is None


def test_a_compared_value_of_an_earlier_time_and_the_start_of_a_fall_are_old_values():
    """ "contre 7 400 six ans plus tôt", "against 7,400 six years earlier": the compared value of a time before the
    article's; "de 10 000 à 4 000", "(15 000 → 4 000)": the count a fall came down from. Not the value said today,
    not the count of an event some time ago ("tués il y a deux jours"), not a range that climbs."""
    from recoupe.date_pasts import revised

    def said(sentence, figure, language="fr"):
        return revised(sentence, sentence.index(figure), figure, language)

    s = "Les forces de l'ordre étaient 5 000 à Lyon, contre 7 400 six ans plus tôt."
    assert said(s, "7 400") and not said(s, "5 000")
    assert said("Ils étaient 900 mardi, contre 1 200 il y a un an.", "1 200")
    assert not said("L'attaque, qui a fait 30 morts il y a deux jours, a été revendiquée.", "30")
    assert said("There were 5,000 officers, against 7,400 six years earlier.", "7,400", "en")
    s = "À Nîmes, de 10 000 à 4 000, selon une source policière ; à Arles (8 800 → 3 000)."
    assert said(s, "10 000") and not said(s, "4 000") and said(s, "8 800") and not said(s, "3 000")
    assert not said("Entre 3 000 et 5 000 personnes, de 3 000 à 5 000 selon les villes.", "3 000")
    assert not said("Le taux est passé de 4,5 à 3 %.", "3")


def test_a_figure_of_the_time_of_an_earlier_event_is_an_old_value():
    """ "À l'époque, l'Intérieur parlait d'1,28 million": back then, not today; not "at the time of writing"."""
    from recoupe.date_pasts import revised

    def said(sentence, figure, language="fr"):
        return revised(sentence, sentence.index(figure), figure, language)

    assert said("À l'époque, le ministère parlait d'1,28 million quand les syndicats criaient à 3,5 millions.",
                "1,28 million")
    assert said("At the time, the ministry counted 1.28 million marchers.", "1.28 million", "en")
    assert not said("At the time of writing, 30 people had been rescued.", "30", "en")


def test_aujourdhui_typeset_with_a_curly_apostrophe_is_the_articles_day():
    from recoupe.dates import dates_in, parse_iso

    said = dates_in("Ils étaient aujourd’hui 2 400 devant la mairie.", parse_iso("2031-10-02"), 2031)
    assert [(day.isoformat(), how) for _, day, how in said] == [("2031-10-02", "weekday")]


def test_a_protest_count_published_the_day_after_is_about_the_protest_day_its_article_names(nlp):
    """A turnout its sentence does not date, in an article published the day after a protest day the dossier dates
    (two figures) and that the article names, is that day's ('context'); an article that names no such day keeps
    its own (resolve._day_named_before)."""
    from support import dossier

    found = dossier(nlp, "Grève\n\nJeudi 2 octobre, 3 100 manifestants ont défilé à Brest.",
                    "Grève\n\nJeudi 2 octobre, 2 900 manifestants ont défilé à Brest.",
                    "Grève\n\nLa manifestation du jeudi 2 octobre a été moins suivie. Le syndicat annonce 7 400 "
                    "manifestants à Brest.",
                    "Grève\n\nLe syndicat annonce 7 300 manifestants à Brest.",
                    published=["2031-10-02", "2031-10-02", "2031-10-03", "2031-10-03"])
    dated = {f.text: (f.as_of, f.as_of_from) for f in found.figures}
    assert dated["7 400"] == ("2031-10-02", "context")
    assert dated["7 300"] == ("2031-10-03", "article")


@pytest.mark.parametrize("sentence, surface, language, published, day", [
    # a weekend said as a whole is its Saturday; "dernier" said in that very weekend means the one before
    ("Le week-end dernier, 4 100 personnes ont défilé.", "4 100", "fr", "2023-05-13", "2023-05-06"),
    ("Le week-end dernier, 4 100 personnes ont défilé.", "4 100", "fr", "2023-05-16", "2023-05-13"),
    ("Ce week-end, 4 100 personnes ont défilé.", "4 100", "fr", "2023-05-14", "2023-05-13"),
    ("Last weekend, police counted 4,100 marchers.", "4,100", "en", "2023-05-13", "2023-05-06"),
    # "last Saturday" in an article of a Saturday: the one before, as "samedi dernier"
    ("Last Saturday, police counted 4,100 marchers.", "4,100", "en", "2023-05-13", "2023-05-06"),
    # an ordinal makes a weekday the n-th of a series, no day: the sentence's date holds
    ("Le 29 avril, troisième samedi de grève, 4 100 personnes ont défilé.", "4 100", "fr", "2023-05-13", "2023-04-29"),
    ("On April 29, the third Saturday of protests, police counted 4,100 marchers.", "4,100", "en", "2023-05-13",
     "2023-04-29"),
    # a count set against another source's, with no date of its own, is about the clause's day
    ("Le 29 avril, le collectif compte 9 300 marcheurs, contre les 4 100 annoncés par la préfecture.", "4 100", "fr",
     "2023-05-13", "2023-04-29"),
    ("Le 29 avril, le collectif compte 9 300 marcheurs, contre 4 100 selon la préfecture.", "4 100", "fr",
     "2023-05-13", "2023-04-29"),
])
def test_weekends_ordinal_weekdays_and_sourced_comparisons(sentence, surface, language, published, day):
    assert as_of(sentence, sentence.index(surface), published, language=language)[0] == day


def test_a_comparison_with_no_source_and_no_date_keeps_the_article_s_day():
    sentence = "Le 29 avril, 9 300 personnes ont défilé, contre 4 100."
    assert as_of(sentence, sentence.index("4 100"), "2023-05-13")[0] == "2023-05-13"


@pytest.mark.parametrize("sentence, language, published, expected", [
    ("Avec 16 000 grévistes mardi dernier, contre 17 500 la semaine précédente et 21 500 sept jours plus tôt, le "
     "mouvement faiblit.", "fr", "2023-05-12", {"16 000": "2023-05-09", "17 500": "2023-05-02", "21 500": "2023-04-25"}),
    ("Mardi, la direction a compté 1 500 grévistes, contre 2 300 le mardi précédent.", "fr", "2023-05-12",
     {"1 500": "2023-05-09", "2 300": "2023-05-02"}),
    ("Last Tuesday, 1,500 workers struck, down from the previous week, when 2,300 walked out.", "en", "2023-05-12",
     {"1,500": "2023-05-09", "2,300": "2023-05-02"}),
])
def test_a_week_before_the_date_said_before_it(sentence, language, published, expected):
    """"la semaine précédente", "sept jours plus tôt", "le mardi précédent", "the previous week": a week before the
    date said before it in the sentence, in a chain."""
    for surface, day in expected.items():
        assert as_of(sentence, sentence.index(surface), published, language=language)[0] == day, surface


@pytest.mark.parametrize("sentence, language, expected", [
    ("En une semaine, 5 892 véhicules ont été brûlés, dont 1 990 dans la nuit du 29 au 30 juin.", "fr",
     {"5 892": "2023-07-05", "1 990": "2023-06-30"}),
    ("Le 3 juillet, 4 000 personnes ont défilé, dont 500 à Lyon.", "fr", {"4 000": "2023-07-03", "500": "2023-07-03"}),
    ("4 000 manifestants dont 500 à Lyon le 3 juillet.", "fr", {"4 000": "2023-07-03", "500": "2023-07-03"}),
    ("On July 3, 4,000 people marched, including 500 in Lyon.", "en", {"4,000": "2023-07-03", "500": "2023-07-03"}),
    ("Some 621 people, including 83 minors, have been detained, the prosecutor said on Friday.", "en",
     {"621": "2023-06-30", "83": "2023-06-30"}),
])
def test_a_date_inside_a_share_is_the_share_s_only(sentence, language, expected):
    """"dont", "including": when the whole is a count over a span, a date inside the share (up to its comma) is not
    the whole's; one after it is; without a span, the share's date is the whole's too."""
    for surface, day in expected.items():
        assert as_of(sentence, sentence.index(surface), "2023-07-05", language=language)[0] == day, surface


def test_a_week_before_with_no_date_before_it_dates_nothing():
    """"La semaine précédente, la CGT avait estimé …" alone: the week before what the article said before, which
    this sentence does not say; not the article's date less a week."""
    sentence = "La semaine précédente, la CGT avait estimé la mobilisation à 30 000."
    assert as_of(sentence, sentence.index("30 000"), "2023-05-12")[1] != "weekday"


def test_a_number_inside_a_share_is_no_past_year_of_the_whole():
    """"5 892 véhicules brûlés dont 1990 dans la nuit": 1990 is the share's count, no year of the whole's."""
    from recoupe.date_pasts import past_year

    sentence = "En une semaine, 5892 véhicules ont été brûlés dont 1990 dans la nuit du 29 au 30 juin."
    assert past_year(sentence, sentence.index("5892"), "2023-07-05", "fr", "5892") is None
    sentence = "Le séisme de 1960 a fait 12 000 morts, dont 3 000 enfants."
    assert past_year(sentence, sentence.index("3 000"), "2023-07-05", "fr", "3 000") == "1960"
