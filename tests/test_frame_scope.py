"""The scope of a figure (recoupe/frame_scope.py) on made-up sentences, through the real extraction."""
from __future__ import annotations

from support import by_text, dossier, make_article


def test_a_place_that_counts_scopes_what_it_counts(nlp):
    """A place opening its clause as the subject of a verb of counting ("La Guinée a enregistré…") is where the
    figures that verb counts hold, through an incise in commas and "à elle seule"; not through a second subject
    ("Le Mali et le Niger ont…"), and a locative phrase still wins."""
    figures = by_text(dossier(nlp, "Depuis janvier, la Guinée a enregistré plus de 2 000 cas et près de 80 décès."))
    assert figures["plus de 2 000"].scope_key == figures["près de 80"].scope_key == "country:GN"
    figures = by_text(dossier(nlp, "Le Mali, voisin du Niger, a recensé 420 cas."))
    assert figures["420"].scope_key == "country:ML"
    figures = by_text(dossier(nlp, "La Bretagne, où les premiers cas sont apparus, selon l'agence régionale, "
                                   "compte à elle seule 900 cas."))
    assert figures["900"].scope == "Bretagne" and figures["900"].scope_key.startswith("place:")
    figures = by_text(dossier(nlp, "Le ministre a indiqué que le Mali avait signalé 1 250 cas."))
    assert figures["1 250"].scope_key == "country:ML"
    figures = by_text(dossier(nlp, "À Dakar, le ministère a enregistré 300 cas."))
    assert figures["300"].scope == "À Dakar"
    figures = by_text(dossier(nlp, "Le virus a fait 12 morts dans le pays.Le Mali a signalé 330 cas."))
    assert figures["330"].scope_key == "country:ML"  # a sentence the splitter joined to the one before
    figures = by_text(dossier(nlp, "Le Mali et le Niger ont enregistré 310 cas."))
    assert figures["310"].scope is None


def test_a_place_that_counts_in_english():
    from recoupe import pipeline, resolve
    from recoupe.nlp import get_nlp

    nlp = get_nlp("en")
    article = make_article("Jamaica has recorded 64 deaths since the storm, officials said.", name="e.txt")
    figures = by_text(resolve.resolve([pipeline.extract(article, nlp(article.text))], []))
    assert figures["64"].scope_key == "country:JM"


def test_the_world_and_the_continent_are_scopes_of_their_own(nlp):
    """A count "dans le monde" or "sur le continent" is not the country's: a quantity apart."""
    figures = by_text(dossier(nlp, "Le virus a fait 600 000 morts dans le monde.",
                              "Au total, 17 000 cas ont été signalés sur le continent.",
                              "Le virus a fait 300 morts au Mali."))
    assert figures["600 000"].scope_key == "noun:monde"
    assert figures["17 000"].scope_key == "noun:continent"
    assert figures["600 000"].topic != figures["300"].topic
    figures = by_text(dossier(nlp, "Le pays dispose de 900 000 soldats, l'une des plus grandes armées au monde.",
                              "Des milliers de migrants ont été transférés vers le continent."))
    assert figures["900 000"].scope is None and figures["Des milliers"].scope_key != "noun:continent"


def test_a_count_across_several_countries_is_no_one_country_s(nlp):
    """"dans 12 pays", "dans plusieurs pays voisins": a scope of its own, one for any number of countries (two
    such counts meet), never the country the dossier names most; the count of countries itself has no scope."""
    figures = by_text(dossier(nlp, "Au total, 2 300 cas et 75 décès ont été signalés dans 12 pays de la région.",
                              "Le virus a fait 90 morts dans plusieurs pays voisins.",
                              "Le virus a fait 40 morts au Mali."))
    assert figures["2 300"].scope_key == figures["75"].scope_key == figures["90"].scope_key == "noun:plusieurs pays"
    assert figures["12"].scope is None
    assert figures["90"].topic != figures["40"].topic


def test_a_quote_around_the_figure_does_not_end_its_clause(nlp):
    """ "« des dizaines et des dizaines » de personnes … dans le sud du Mali": the mark closing the quote around the
    count is no clause's end; a "»" later in the clause still is."""
    figures = by_text(dossier(nlp, "Il y avait encore « des dizaines et des dizaines » de personnes portées disparues "
                                   "dans le sud du Mali, a dit le gouvernement."))
    assert figures["des dizaines et des dizaines"].scope_key == "country:ML"


def test_a_verb_s_clause_ends_where_another_count_starts(nlp):
    """After a verb, a comma and another number start that number's clause: the place after it is not the first
    figure's. A list with no verb goes on to its place."""
    figures = by_text(dossier(nlp, "Au total, 1 400 personnes ont été interpellées depuis lundi, 12 en zone nord et "
                                   "26 à Lyon."))
    assert figures["1 400"].scope is None and figures["26"].scope == "à Lyon"
    figures = by_text(dossier(nlp, "Le virus a fait 5 morts, 12 blessés et 3 disparus au Mali."))
    assert figures["5"].scope_key == figures["12"].scope_key == "country:ML"


def test_a_restrictive_word_does_not_hide_the_place(nlp):
    """ "dans la seule région de X" is in X (scope.yml `restrictive_words`)."""
    figures = by_text(dossier(nlp, "Le dernier bilan fait état de 92 morts dans la seule région de Kayes, au Mali."))
    assert "région de Kayes" in figures["92"].scope


def test_outside_the_capital_is_elsewhere(nlp):
    """ "55 000 à Lyon, 451 789 hors capitale": the second count is not the country's, but the one elsewhere
    (scope.yml `elsewhere`), as "dans le reste du pays" is."""
    figures = by_text(dossier(nlp, "Le ministère a compté 506 000 manifestants en France (55 000 à Paris, "
                                   "451 789 hors capitale).",
                              "La préfecture a compté 55 000 personnes à Paris et le ministère 451 789 participants "
                              "dans le reste du pays."))
    assert figures["451 789"].scope_key == "noun:ailleurs"
    assert figures["506 000"].scope_key == "country:FR"
    figures = by_text(dossier(nlp, "Le ministère recense 451.789 manifestants en région et 55.000 à Lyon.",
                              "Ils étaient 3 000 en région parisienne."))
    assert figures["451.789"].scope_key == "noun:ailleurs" and figures["55.000"].scope_key != "noun:ailleurs"
    assert figures["3 000"].scope_key != "noun:ailleurs"  # "en région parisienne" is a region


def test_a_rate_of_one_population_is_not_another_s(nlp):
    """ "6,1 % dans le secondaire", "25 % de grévistes à la SNCF": the population a rate is of, named right after
    it, is its scope (frame_rates.py); two populations' rates are two quantities, never compared. Not a trend or a
    whole ("en hausse de 2 % à la fin de l'année", "au total")."""
    figures = by_text(dossier(nlp, "Le taux de grévistes s'élève à 6,9 % dans le primaire et 6,1 % dans le secondaire.",
                              "Le syndicat évoque 45 % de grévistes dans le secondaire et 25 % de grévistes à la SNCF.",
                              "Le chômage atteint 7 %, en hausse de 2 % à la fin de l'année."))
    assert figures["6,1 %"].scope_key == figures["45 %"].scope_key == "noun:secondaire"
    assert figures["25 %"].scope_key == "noun:sncf" and figures["25 %"].scope == "à la SNCF"
    assert figures["6,9 %"].topic != figures["6,1 %"].topic
    assert figures["7 %"].scope is None and figures["2 %"].scope is None


def test_an_english_locative_phrase_scopes_its_count_and_the_label_names_the_place_in_french():
    """English has its own scope grammar (lexicons/en/scope.yml): "in the northern city of X", "in the streets of
    X", "In X, …", "on the front line"; the topic's label names the place in French ("morts à Garoua")."""
    from recoupe.nlp import get_nlp

    result = dossier(get_nlp("en"), "Two people were killed outside a home in the northern city of Garoua.",
                     "In Douala, four people died on Sunday.", "About 5,000 protesters marched in the streets of "
                     "Lagos on Monday.", "Some 300 soldiers are deployed on the front line.",
                     published=["2031-05-04"] * 4)
    figures = by_text(result)
    labels = {t.id: t.label for t in result.topics}
    assert figures["Two"].scope == "in the northern city of Garoua" and labels[figures["Two"].topic] == "morts à Garoua"
    assert figures["four"].scope == "In Douala" and figures["About 5,000"].scope == "in the streets of Lagos"
    assert figures["Some 300"].scope_key == "noun:front line"


def test_a_country_named_only_in_english_is_named_in_french_in_the_label():
    """"killed in Sudan" in English articles only: the label says "morts au Soudan" (CLDR's French name, with its
    preposition), not "à Sudan"."""
    from recoupe.nlp import get_nlp

    result = dossier(get_nlp("en"), "More than 2,000 civilians were killed in Sudan, the government said.",
                     "At least 150 people were killed in Sudan, the army said.", published=["2031-05-04"] * 2)
    assert {t.label for t in result.topics} == {"morts au Soudan"}


def test_a_place_after_a_superlative_is_a_comparisons_not_the_counts():
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "The 53 deaths make the wildfire the second deadliest blaze in the "
                              "United States in a century.", published=["2031-05-04"]))
    assert figures["53"].scope is None


def test_a_toll_in_a_building_is_that_building_s_however_named(nlp):
    """A toll "dans l'hôpital de la ville", "dans le dernier hôpital", "inside the X Maternity Hospital" is one
    hospital's (scope.yml `site_kinds`), apart from the town's toll; a toll elsewhere in the dossier giving that same
    value is that hospital's too, and a town's other toll stays the town's."""
    from recoupe.nlp import get_nlp

    fr = dossier(nlp, "Selon l'OMS, au moins 310 personnes ont été tuées dans l'hôpital de la ville de Zinder.",
                 "Des centaines de personnes seraient mortes dans le dernier hôpital encore ouvert.",
                 "Au total, 2 000 civils ont été tués à Zinder, selon le gouvernement.",
                 "L'OMS a fait état de 310 personnes tuées.",
                 "Plus de 310 personnes ont été tuées dans une maternité de Zinder.", published=["2031-05-04"] * 5)
    figures = by_text(fr)
    hospital = figures["au moins 310"].topic
    assert figures["au moins 310"].scope_key == "noun:hôpital"
    assert figures["Des centaines"].topic == figures["310"].topic == hospital
    assert figures["2 000"].topic != hospital
    en = dossier(get_nlp("en"), "More than 310 people were killed inside the Central Maternity Hospital, the WHO said.",
                 "At least 300 people were killed at the main hospital, officials said.", published=["2031-05-04"] * 2)
    figures = by_text(en)
    assert figures["More than 310"].scope_key == figures["At least 300"].scope_key == "noun:hôpital"
    place = by_text(dossier(nlp, "Sur place, 12 personnes ont été blessées.", "Au total, 22 décès ont été recensés à "
                                 "l'hôpital et 9 signalés par des communes."))
    assert place["12"].scope_key != "noun:hôpital" and place["12"].scope is None  # "sur place" is no building
    assert place["22"].scope_key != "noun:hôpital"  # where the dead were counted, not where they died


def test_people_who_left_a_town_are_counted_there():
    """"89,000 people have been forced to flee X", "displaced from Sudan's X", "ont quitté la ville de X": the town
    they left is the scope of their count, and they are its displaced; the country's millions of displaced stay
    another quantity; people trapped in the town are no displaced (events.yml `trapped`)."""
    from recoupe.nlp import get_nlp

    en = dossier(get_nlp("en"), "Nearly 89,000 people have been forced to flee the city of Goma, the UN said.",
                 "More than 90,000 civilians have been displaced from the city of Goma in eastern Congo since the takeover, the IOM said.",
                 "Some 7 million people are displaced in Congo, the UN said.",
                 "An estimated 250,000 people remain trapped in Goma, aid groups said.", published=["2031-05-04"] * 4)
    figures = by_text(en)
    assert figures["Nearly 89,000"].scope_key.startswith("place:") and figures["Nearly 89,000"].event_class == "displaced"
    assert figures["More than 90,000"].topic == figures["Nearly 89,000"].topic
    assert figures["Some 7 million"].topic != figures["Nearly 89,000"].topic
    assert figures["An estimated 250,000"].topic != figures["Nearly 89,000"].topic
    fr = by_text(dossier(get_nlp("fr"), "Plus de 36 000 personnes ont réussi à quitter Goma entre lundi et jeudi.",
                         "Plus de 41 000 civils ont fui la ville de Goma, selon l'OIM.", published=["2031-05-04"] * 2))
    assert fr["Plus de 36 000"].scope_key == fr["Plus de 41 000"].scope_key
    assert fr["Plus de 41 000"].event_class.startswith("displaced")


def test_where_most_of_a_count_is_is_not_its_scope(nlp):
    """"principalement dans la région de X", "mostly in X": the count holds beyond X, so X is no scope; a plain
    "dans la région de X" still is."""
    figures = by_text(dossier(nlp, "Les secours ont recensé 2 140 blessés, principalement dans la région de Valence."))
    assert figures["2 140"].scope_key is None
    figures = by_text(dossier(nlp, "Près de 3 500 cas ont été recensés, notamment au Mali, au Niger et au Tchad."))
    assert figures["Près de 3 500"].scope_key is None
    figures = by_text(dossier(nlp, "Les secours ont recensé 310 blessés dans la région de Valence."))
    assert figures["310"].scope_key and figures["310"].scope_key.startswith("place:")


def test_where_most_of_a_count_is_is_not_its_scope_in_english():
    from recoupe import pipeline, resolve
    from recoupe.nlp import get_nlp

    nlp = get_nlp("en")
    article = make_article("Officials said 2,140 people were injured, mostly in Valencia, and 310 died in Murcia.",
                           name="e.txt")
    figures = by_text(resolve.resolve([pipeline.extract(article, nlp(article.text))], []))
    assert figures["2,140"].scope_key is None
    assert figures["310"].scope_key and figures["310"].scope_key.startswith("place:")


def test_a_place_then_a_time_then_the_bracket_of_its_count(nlp):
    """"Viennent ensuite Metz dans l'après-midi du 13 mai (1 320 participants)": the place before the time is the
    count's; not a place with a comma or other words between."""
    figures = by_text(dossier(nlp, "Les cortèges\n\nLes plus grands ont eu lieu à Toulon (9 000) et Nice (3 690). "
                                   "Viennent ensuite Metz dans l'après-midi du 13 mai (1 320 participants) et Brest "
                                   "(1 140)."))
    assert figures["1 320"].scope == "Metz" and figures["1 140"].scope == "Brest"
    figures = by_text(dossier(nlp, "Le maire de Metz a salué les organisateurs du défilé (1 320 participants)."))
    assert figures["1 320"].scope != "Metz"


def test_a_relative_clause_on_a_town_after_a_dash(nlp):
    """"Hors de Lyon – où le collectif compte 5 800 participants –, …": the dash opens the relative clause as a
    comma does."""
    figures = by_text(dossier(nlp, "Les cortèges\n\nEn dehors de Lyon – où le collectif compte au total 5 800 "
                                   "participants –, les cortèges les plus importants ont eu lieu dans l'ouest."))
    assert figures["5 800"].scope == "Lyon"


def test_a_place_inside_an_english_share_is_the_share_s():
    """"a total of 214,845 people, including 13,900 in Paris, protested": Paris is the 13,900's place only."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Protests continue across the country for a fifth weekend\n\nThe ministry "
                                             "said a total of 84,845 people, including 3,900 in Paris, protested."))
    assert figures["3,900"].scope == "in Paris" and figures["84,845"].scope != "in Paris"
