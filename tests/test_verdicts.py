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


def test_the_old_value_of_a_revision_is_its_timeline_not_a_conflict(nlp):
    """"Un précédent bilan faisait état de 300 morts": the old value of the toll, since revised; it is set against
    no count of that day (a vague estimate still contradicts it by its order of magnitude)."""
    figures = by_text(dossier(nlp, "La tempête a fait 900 morts, selon le ministère de l'Intérieur.",
                              "Un précédent bilan faisait état de 300 morts.",
                              published=["2024-03-04", "2024-03-04"]))
    assert figures["900"].topic == figures["300"].topic
    assert figures["300"].as_of_from == "revised"
    assert figures["900"].in_conflict == figures["300"].in_conflict == 0


def test_a_revision_between_two_named_sources_is_still_a_conflict():
    """The old value of a revision is still compared with a count whose named original source is another ("in its
    previous report, … 11,300, citing the Red Crescent" against 3,958 citing the WHO)."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    old = Figure(id="a", article_id="x", start=0, end=6, text="11,300", sentence="s1", value=11300.0,
                 qualifier="exact", as_of="2023-09-17", as_of_from="revised", original_source_id="redcrescent",
                 source_actor_id="ocha")
    new = Figure(id="b", article_id="x", start=10, end=15, text="3,958", sentence="s2", value=3958.0,
                 qualifier="exact", as_of="2023-09-17", as_of_from="article", original_source_id="who")
    assert judge([old, new])[0] == "contradict"
    assert judge([old, new.model_copy(update={"original_source_id": None})])[0] == "agree"
    uncited = old.model_copy(update={"original_source_id": "ocha"})  # the revising source's own old count
    assert judge([uncited, new])[0] == "agree"


def test_a_toll_of_a_past_year_is_compared_with_nothing_of_today(nlp):
    """"le pire depuis l'incendie de 2018, qui avait fait 85 morts": the 85 are about 2018, in a window of their own,
    not a contradiction of today's toll."""
    figures = by_text(dossier(nlp, "L'incendie a fait 40 morts, selon les pompiers.",
                              "C'est l'incendie le plus meurtrier depuis celui de 2018, qui avait fait 85 morts.",
                              published=["2024-03-04", "2024-03-05"]))
    assert figures["85"].as_of == "2018" and figures["85"].as_of_from == "year"
    assert figures["40"].in_conflict == figures["85"].in_conflict == 0


def test_the_day_of_the_cause_in_its_own_clause_is_not_the_toll_s(nlp):
    """"Le séisme qui a frappé le pays le 8 septembre dernier a fait plus de 2 900 morts", in an article of 22
    September: the 8th is the earthquake's day; the toll is as of its report."""
    figures = by_text(dossier(nlp, "Le séisme qui a frappé le pays le 8 septembre dernier a fait plus de 2 900 "
                                   "morts et des milliers de blessés.", published=["2023-09-22"]))
    assert figures["plus de 2 900"].as_of == "2023-09-22"
    figures = by_text(dossier(nlp, "Le cyclone qui a frappé l'île samedi a détruit 3 000 maisons, selon la préfecture.",
                              published=["2024-12-17"]))
    assert figures["3 000"].as_of == "2024-12-17"  # any count but one of a one-day event is as of its report


def test_a_vague_estimate_below_a_count_undersays_it_and_above_contradicts_it(nlp):
    """"Des milliers de maisons détruites" beside 50 000 houses the same week says less, not otherwise; "des dizaines
    de milliers de blessés" beside 5 600 overstates it twice or more: a contradiction."""
    figures = by_text(dossier(nlp, "Des milliers de maisons ont été détruites, selon la Croix-Rouge.",
                              "Au total, 50 000 maisons ont été détruites, selon le gouvernement.",
                              published=["2024-03-04", "2024-03-05"]))
    assert figures["Des milliers"].topic == figures["50 000"].topic
    assert figures["Des milliers"].in_conflict == figures["50 000"].in_conflict == 0
    figures = by_text(dossier(nlp, "Le séisme a fait des dizaines de milliers de blessés, selon l'ONG.",
                              "Le séisme a fait 5 600 blessés, selon le ministère.",
                              published=["2024-03-04", "2024-03-04"]))
    assert figures["des dizaines de milliers"].topic == figures["5 600"].topic
    assert figures["des dizaines de milliers"].in_conflict == figures["5 600"].in_conflict == 1


def test_a_vague_toll_far_below_a_count_contradicts_it_and_so_do_two_vague_voices_apart(nlp):
    """A toll is a count: "des dizaines de morts" (a diplomat) beside 700 dead (the opposition) the same day denies
    it, though "des milliers de maisons" beside 50 000 only undersays. Two vague counts of two voices an order
    apart ("des centaines de manifestants", the police; "des milliers", the organisers) disagree too; one voice
    saying "des centaines, voire des milliers" does not."""
    figures = by_text(dossier(nlp, "Des dizaines de personnes ont été tuées, selon des sources diplomatiques.",
                              "Environ 700 personnes ont été tuées, selon le parti d'opposition.",
                              published=["2024-03-04", "2024-03-04"]))
    assert figures["Des dizaines"].topic == figures["Environ 700"].topic
    assert figures["Des dizaines"].in_conflict == figures["Environ 700"].in_conflict == 1
    figures = by_text(dossier(nlp, "Des centaines de manifestants ont défilé, selon la police.",
                              "Des milliers de manifestants ont défilé, selon les organisateurs.",
                              published=["2024-03-04", "2024-03-04"]))
    assert figures["Des centaines"].topic == figures["Des milliers"].topic
    assert figures["Des centaines"].in_conflict == figures["Des milliers"].in_conflict == 1
    figures = by_text(dossier(nlp, "Des centaines, voire des milliers de manifestants ont défilé, selon la police."))
    assert figures["Des centaines"].in_conflict == figures["des milliers"].in_conflict == 0


def test_a_headline_s_vague_word_sums_up_a_toll_it_does_not_deny_it(nlp):
    """"Des dizaines de morts à Zinder" standing as a headline (the opening line, no full stop) beside 700 dead the
    same day is no conflict; the same words in a sentence of the body are (the test above)."""
    figures = by_text(dossier(nlp, "Des dizaines de morts à Zinder\nLes secours cherchent encore des survivants.",
                              "Environ 700 personnes ont été tuées à Zinder, selon le parti d'opposition.",
                              published=["2024-03-04", "2024-03-04"]))
    assert figures["Des dizaines"].topic == figures["Environ 700"].topic
    assert figures["Des dizaines"].in_conflict == figures["Environ 700"].in_conflict == 0


def test_a_toll_s_bulletins_are_one_source_by_the_resolved_actor_not_by_the_words_of_its_name():
    """Verdicts read the actors the build resolved (original source, else speaker): one ministry written "le
    ministère de l'Intérieur" here and "le ministère marocain de l'Intérieur" there, resolved to one actor, gives a
    toll rising through the day (successive bulletins, no conflict); two actors the build kept apart are two
    sources, compared, whatever words their names share (merging names is resolve_actors' job, not the verdict's)."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def toll(id, value, actor, said):
        return Figure(id=id, article_id=id, start=0, end=3, text=str(value), sentence=f"s{id}", value=value,
                      qualifier="exact", as_of="2023-09-09", as_of_from="article", source_actor_id=actor,
                      source_text=said, event_class="killed")

    morning = toll("a", 296.0, "x", "le ministère de l'Intérieur")
    night = toll("b", 2012.0, "x", "le ministère marocain de l’Intérieur")
    assert judge([morning, night], tally=True, days=1)[0] == "agree"
    apart = toll("b", 2012.0, "y", "le ministère marocain de l’Intérieur")
    assert judge([morning, apart], tally=True, days=1)[0] == "contradict"
    other = toll("c", 2012.0, "z", "la Croix-Rouge")
    assert judge([morning, other], tally=True, days=1)[0] == "contradict"


def test_two_figures_said_to_undergo_two_different_events_are_not_compared():
    """A topic may join figures on thin evidence: each said to undergo an event of its own that no class (or two
    classes) of events.yml holds, they are two quantities, not a conflict; two verbs of one class, or a verb no class
    knows beside one a class knows, are still compared."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def figure(id_, value, event, entity="maison", sentence="s"):
        return Figure(id=id_, article_id=id_, start=0, end=3, text=str(value), sentence=sentence + id_,
                      value=float(value), qualifier="exact", as_of="2024-03-04", event=event, entity=entity,
                      source_actor_id=id_)

    assert judge([figure("a", 400, "inspecter"), figure("b", 1500, "répertorier")])[0] == "agree"
    assert judge([figure("a", 30, "tuer", "personne"), figure("b", 300, "évacuer", "personne")])[0] == "agree"
    assert judge([figure("a", 400, "envoyer", "soldat"), figure("b", 1500, "déployer", "soldat")])[0] == "contradict"
    assert judge([figure("a", 400, "envoyer", "soldat"), figure("b", 1500, "apercevoir", "soldat")])[0] == "contradict"
    assert judge([figure("a", 400, "inspecter"), figure("b", 1500, None)])[0] == "contradict"


def test_the_day_violence_broke_out_is_not_the_day_of_the_count_it_caused(nlp):
    """Violence is a cause as a storm is: "les combats qui ont éclaté le 3 mars ont poussé 20 000 personnes à fuir",
    in an article of 10 March, counts the displaced as of the report, not of the 3rd."""
    figures = by_text(dossier(nlp, "Les combats qui ont éclaté le 3 mars dans la province ont poussé 20 000 personnes "
                                   "à fuir, selon l'ONU.", published=["2024-03-10"]))
    assert figures["20 000"].as_of == "2024-03-10"


def test_a_sentence_that_lists_values_in_one_voice_is_compared_by_the_value_that_matches():
    """"Le candidat A obtient 73 %, B 18 % et C 5 %": a list of one topic's values, one per holder. Another
    article's 73 % matches its first value and contradicts none of the others; a value matching none of the list
    is still compared, and two values in one sentence are not yet a list."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def share(id_, value, article="x", start=0, source="commission"):
        return Figure(id=id_, article_id=article, start=start, end=start + 2, text=f"{value} %", sentence=article,
                      value=float(value), qualifier="exact", as_of="2024-01-01", entity="voix",
                      source_actor_id=source)

    listed = [share("a", 73, start=0), share("b", 18, start=10), share("c", 5, start=20)]
    assert judge(listed + [share("d", 73, article="y", source="cour")])[0] == "agree"
    assert judge(listed + [share("d", 40, article="y", source="cour")])[0] == "contradict"
    assert judge(listed[:2] + [share("d", 73, article="y", source="cour")])[0] == "contradict"


def test_a_value_of_an_earlier_time_no_day_dates_is_no_conflict(nlp):
    """ "4,22 % des agents ont cessé le travail, contre près de 11 % le mois dernier": the 11 % is of an earlier
    time the dossier does not date (dates.yml `earlier_occurrence`, no day found): an earlier value, shown as one
    (as_of_from 'revised'), never set against today's."""
    figures = by_text(dossier(nlp, "Dans la fonction publique, seuls 4,22 % des agents ont cessé le travail, contre "
                                   "près de 11 % le mois dernier."))
    assert figures["près de 11 %"].as_of_from == "revised"
    assert not figures["4,22 %"].in_conflict and not figures["près de 11 %"].in_conflict


def test_sums_nothing_is_said_of_are_compared_within_their_order_of_magnitude(nlp):
    """A budget and a household's aid, both sums of which nothing is said, are not two estimates of one sum: each
    is compared with the sums near it ("120 milliards" against "100 milliards" are still close, not equal)."""
    result = dossier(nlp, "Le gouvernement a annoncé un plan de 120 milliards de dirhams.",
                     "Le gouvernement a annoncé une somme de 2 500 dirhams par famille.",
                     "Le roi a annoncé un plan de 100 milliards de dirhams.", published=["2031-05-04"] * 3)
    figures = by_text(result)
    assert figures["120 milliards"].topic == figures["2 500"].topic == figures["100 milliards"].topic
    topic = next(t for t in result.topics if t.id == figures["2 500"].topic)
    assert topic.verdict == "close" and topic.factor == 1.2  # not the 48 000 times between budget and aid
    assert not figures["2 500"].in_conflict


def test_shares_of_whom_the_text_does_not_say_are_compared_with_nothing_beside_named_ones(nlp):
    """ "45 %" and "35 %" of whom the sentence does not say, in a dossier that gives Durand's share, are neither
    Durand's nor each other's estimate: their topic is compared with nothing."""
    result = dossier(nlp, "Paul Durand a obtenu 53 % des voix selon la commission.",
                     "Selon l'opposition, le décompte donnait 45 % des voix.",
                     "Un autre décompte cite 35 % des voix.", published=["2031-05-04"] * 3)
    figures = by_text(result)
    assert figures["45 %"].topic == figures["35 %"].topic != figures["53 %"].topic
    topic = next(t for t in result.topics if t.id == figures["35 %"].topic)
    assert topic.verdict == "agree" and "non précisé" in topic.label


def test_a_writer_does_not_contradict_himself_two_figures_nobody_gives_in_one_article():
    """Boat by boat, "46 (16 femmes)", "44 (6 femmes)": two figures of one article with no source are the writer's two
    quantities; the same values from two articles, or one of them said by a source, are compared."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def count(id, article, value, actor=None):
        return Figure(id=id, article_id=article, start=0, end=2, text=str(value), sentence=f"s{id}", value=value,
                      qualifier="exact", as_of="2023-08-05", as_of_from="article", source_actor_id=actor)

    assert judge([count("a", "x", 16.0), count("b", "x", 6.0)])[0] == "agree"
    assert judge([count("a", "x", 16.0), count("b", "y", 6.0)])[0] == "contradict"
    assert judge([count("a", "x", 16.0, actor="ngo"), count("b", "x", 6.0)])[0] == "contradict"


def test_the_rest_of_a_set_or_a_further_batch_is_compared_with_nothing():
    """"800 logements et 150 autres bâtiments", "another 2,300 took shelter", "the remaining 9 districts": the rest of
    a set or a further batch, said by the words right around the figure, is no estimate of the whole; the same
    figures without those words are still compared."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def figure(id_, value, text, sentence):
        return Figure(id=id_, article_id=id_, start=0, end=3, text=text, sentence=sentence, value=float(value),
                      qualifier="exact", as_of="2024-05-06", event="détruire", entity="bâtiment",
                      source_actor_id=id_)

    total = figure("a", 1900, "1 900", "La mairie compte 1 900 bâtiments détruits.")
    rest = figure("b", 150, "150", "Le séisme a détruit 800 logements et 150 autres bâtiments.")
    assert judge([total, rest])[0] == "agree"
    assert judge([total, figure("c", 150, "150", "Le séisme a détruit 150 bâtiments.")])[0] == "contradict"
    further = figure("d", 2300, "2,300", "Another 2,300 were destroyed on the coast.")
    assert judge([total, further])[0] == "agree"
    remaining = figure("e", 9, "9", "The army holds the remaining 9 districts.")
    assert judge([total, remaining])[0] == "agree"
    assert judge([total, figure("f", 150, "150", "Ils en ont recensé 150 autres que les 800 de la veille.")])[0] == "contradict"
    elided = figure("g", 300, "des centaines", "Le maire en compte 600, et des centaines d'autres bâtiments sont fissurés.")
    assert judge([total, elided])[0] == "agree"


def test_a_source_the_dossier_made_no_actor_of_is_still_another_source_than_a_named_one():
    """"La radio publique a annoncé un bilan de 30 morts" beside "L'ONG en compte 70", one article: the radio is named
    by words the build made no actor of, yet it is a source, so the two tolls of that day are compared and not read
    as one count growing; two figures that name no source at all are still the article's successive counts."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def toll(id_, value, actor=None, said=None):
        return Figure(id=id_, article_id="x", start=0, end=2, text=str(value), sentence=f"s{id_}", value=value,
                      qualifier="exact", as_of="2023-05-02", as_of_from="article", source_actor_id=actor,
                      source_text=said, event_class="killed")

    radio, ngo = toll("a", 30.0, said="La radio publique"), toll("b", 70.0, actor="ngo", said="L'ONG")
    assert judge([radio, ngo], tally=True, days=1)[0] == "contradict"
    assert judge([toll("c", 30.0), ngo], tally=True, days=1)[0] == "agree"


def test_a_vague_old_value_of_a_revision_contradicts_nothing():
    """"Missing count falls to 40, from hundreds": the vague word is the old value of a revision, not an estimate
    of today's count; a vague word said today still contradicts a count a tenth of it."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def figure(id_, text, value=None, low=None, high=None, qualifier="exact", how="article"):
        return Figure(id=id_, article_id=id_, start=0, end=3, text=text, sentence=f"s {id_}", value=value,
                      value_low=low, value_high=high, qualifier=qualifier, as_of="2024-05-06", as_of_from=how,
                      event="disparaître", entity="disparu", source_actor_id=id_)

    count = figure("a", "40", 40.0)
    assert judge([count, figure("b", "hundreds", None, 200.0, 999.0, "vague", "revised")])[0] == "agree"
    assert judge([count, figure("c", "hundreds", None, 200.0, 999.0, "vague")])[0] == "contradict"


def test_two_parts_of_one_breakdown_are_not_set_against_each_other():
    """"600 tentes, dont 200 pour les familles et 400 pour les blessés": two parts of one whole in one sentence, even
    with "pour" (a word that may give a source) between them; the same values as two wholes are compared."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    sentence = "Il reste 600 tentes, dont 200 pour les familles et 400 pour les blessés."

    def figure(id_, text, share):
        return Figure(id=id_, article_id="p", start=sentence.index(text), end=sentence.index(text) + 3, text=text,
                      sentence=sentence, value=float(text), qualifier="exact", as_of="2024-05-06", event="rester",
                      entity="tente", source_actor_id="x", share=share)

    assert judge([figure("a", "200", 1), figure("b", "400", 1)])[0] == "agree"
    assert judge([figure("a", "200", 0), figure("b", "400", 0)])[0] == "contradict"


def test_populations_of_places_the_text_does_not_tie_them_to_are_compared_with_nothing(nlp):
    """ "la capitale, ville de 2 millions d'habitants" and "ce pays de 30 millions d'habitants": no place is found
    for the population, so they are two places' populations, not two estimates of one (events.yml needs_place)."""
    figures = by_text(dossier(nlp, "Des heurts ont éclaté dans la capitale, ville de 2 millions d'habitants.",
                              "Le chômage frappe ce pays de 30 millions d'habitants.",
                              published=["2031-03-04", "2031-03-05"]))
    town, country = figures["2 millions"], figures["30 millions"]
    assert town.topic == country.topic and town.topic.startswith("habitant")
    assert town.in_conflict == country.in_conflict == 0


def test_sums_no_source_estimates_are_shown_and_compared_with_nothing():
    """"Une aide de 100 000 dirhams par maison détruite" and, elsewhere, "30 000 dirhams" of aid: two tiers of one
    scheme, each a decision, not two estimates; the damage two sources put at 1 and 3 billion is still a conflict."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge_topics

    def amount(id_, value, cls, actor):
        return Figure(id=id_, article_id=id_, start=0, end=3, text=str(value), sentence=f"s{id_}", value=value,
                      qualifier="exact", kind="amount", unit="euro", as_of="2024-02-01", as_of_from="article",
                      source_actor_id=actor, event_class=cls, topic=f"amount:euro:{cls}")

    figures = [amount("a", 100000.0, "aides", "x"), amount("b", 30000.0, "aides", "y"),
               amount("c", 1e9, "dégâts", "x"), amount("d", 3e9, "dégâts", "y")]
    judged, topics = judge_topics(figures)
    verdicts = {t.id: t.verdict for t in topics}
    assert verdicts == {"amount:euro:aides": "agree", "amount:euro:dégâts": "contradict"}
    assert {f.id for f in judged if f.in_conflict} == {"c", "d"}


def test_a_topic_says_why_figures_of_one_moment_that_differ_are_no_conflict():
    """One source's 100 then 150 the same day: it updated its own count, the topic agrees and says so; figures that
    overlap need no reason."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge_topics

    def count(id_, value, actor="x"):
        return Figure(id=id_, article_id=id_, start=0, end=3, text=str(value), sentence=f"s{id_}", value=value,
                      qualifier="exact", as_of="2024-02-01", as_of_from="article", source_actor_id=actor,
                      topic="soldat")

    _, (topic,) = judge_topics([count("a", 100.0), count("b", 150.0)])
    assert (topic.verdict, topic.explained) == ("agree", "one source updated or rounded its own count")
    _, (topic,) = judge_topics([count("a", 100.0), count("b", 100.0, actor="y")])
    assert (topic.verdict, topic.explained) == ("agree", None)


def test_none_against_some_is_a_contradiction_without_a_factor(nlp):
    """"Aucun policier n'a trouvé la mort", says the police; "un policier a trouvé la mort", says the coordination,
    the same day: a count of zero against one, a contradiction (no factor: nothing is times zero)."""
    from recoupe.models import Figure
    from recoupe.verdicts import judge

    def toll(id_, value, actor):
        return Figure(id=id_, article_id=id_, start=0, end=3, text=str(value), sentence=f"s{id_}", value=value,
                      qualifier="exact", as_of="2021-10-02", as_of_from="article", source_actor_id=actor,
                      event_class="killed")

    assert judge([toll("a", 0.0, "police"), toll("b", 1.0, "coordination")], tally=True, days=1)[:2] == ("contradict", None)
