"""English place mentions, twenty-fifth round (issue 17): subdivisions below a district ("X block", "X union", "X
division"), lists a plural noun opens or closes, a region's possessive the model took for a person, a name in lower
case, a name after a title and before a verb, districts of several words, a place's name after a title, a town
before its province's abbreviation, a town after a place and a comma. One made-up passage per rule, its entities
set by hand where the model's labels vary; the words are in recoupe/lexicons/en/places.yml."""

from __future__ import annotations

from recoupe.gazetteer import gazetteer
from recoupe.nlp import get_nlp
from recoupe.place_candidates import Candidate
from recoupe.place_context import after_a_title
from recoupe.place_cues import area_names, listed_areas
from recoupe.place_derived import district_names, office_after_a_place, place_after_a_title
from recoupe.place_heads import split_at_a_region
from recoupe.place_labelled import _after_a_place_and_comma, _city_of_a_country_named
from recoupe.place_resolution import _could_be_places


def _with_entities(text: str, *entities: tuple[str, str]):
    """The parsed text with these (surface, label) as its only entities (each surface's first occurrence)."""
    doc = get_nlp("en")(text)
    doc.ents = [doc.char_span(text.index(surface), text.index(surface) + len(surface), label=label)
                for surface, label in entities]
    return doc


def _span(doc, surface: str):
    start = doc.text.index(surface)
    return doc.char_span(start, start + len(surface))


def _candidate(text: str, surface: str, source: str = "entity") -> Candidate:
    start = text.index(surface)
    return Candidate(start, start + len(surface), start, start + len(surface), source)


def test_subdivisions_below_a_district_are_places_but_a_bodys_union_is_not():
    """area_nouns_after: "X block", "X and Y unions", "Commissioner X division" (the title left out); "the Solidar
    union", a name the model calls an organisation, is a trade union's."""
    text = ("Title\nTwo women died in Baliguda block. Floods hit the Korapara and Dhalpur unions. Commissioner Nandi "
            "division attended. Members of the Solidar union marched.")
    doc = _with_entities(text, ("Nandi", "PER"), ("Solidar", "ORG"))
    found = {span.text for _, _, span in area_names(doc, [], gazetteer("en"), "en")}
    assert found == {"Baliguda", "Korapara", "Dhalpur", "Nandi"}


def test_names_listed_before_a_plural_noun_are_places_whatever_the_model_took_them_for():
    """area_names: "in X Y, Z W, and V U communities" (the parser may take "communities" for a verb, the model the
    names for persons): each a place."""
    text = "Title\nPeople were killed in Kuru Dawa, Tandu Yari, and Sabon Mafa communities on Monday."
    doc = _with_entities(text, ("Kuru Dawa", "PER"), ("Tandu Yari", "PER"), ("Sabon Mafa", "PER"))
    found = {span.text for _, _, span in area_names(doc, [], gazetteer("en"), "en")}
    assert found == {"Kuru Dawa", "Tandu Yari", "Sabon Mafa"}


def test_names_listed_after_namely_are_places():
    """listing_verbs: "in five villages namely; X, Y and Z", a punctuation mark after the verb."""
    text = "Title\nBandits struck in five villages namely; Kuru Dawa, Tandu Yari and Dutsin Kaura on Monday."
    doc = _with_entities(text, ("Kuru Dawa", "PER"), ("Tandu Yari", "PER"))
    found = {span.text for _, _, span in listed_areas(doc, [], gazetteer("en"), "en")}
    assert found == {"Kuru Dawa", "Tandu Yari", "Dutsin Kaura"}


def test_a_regions_possessive_the_model_took_for_a_person_is_the_region():
    """place_labelled._city_of_a_country_named: "Kerala's minister" (a first-level region of the article's country
    before "'s"); a town before "'s" stays a person's reading."""
    text = "Title\nKerala's minister for ports spoke in Ernakulam. Kochi's view was different."
    doc = _with_entities(text, ("Kerala", "PER"), ("Kochi", "PER"))
    assert _city_of_a_country_named(_span(doc, "Kerala"), gazetteer("en"), {"IN"})
    last = [t.i for t in doc if t.text == "Kochi"][-1]
    assert not _city_of_a_country_named(doc[last:last + 1], gazetteer("en"), {"IN"})


def test_a_name_in_lower_case_is_no_place():
    """places._could_be_places: "gruel made from mango kernels", the model's place, is no town (the two characters
    before the name are read too, so that French "N'zérékoré", its core in lower case after "N'", stays a place:
    unseen21_fr)."""
    text = "Title\nThey ate gruel made from mango kernels near Kochi."
    doc = get_nlp("en")(text)
    kept = _could_be_places([_candidate(text, "mango"), _candidate(text, "Kochi")], doc, gazetteer("en"))
    assert [core.text for _, _, core in kept] == ["Kochi"]


def test_a_name_after_a_title_in_lower_case_and_before_its_verb_is_a_persons():
    """place_context.after_a_title: "minister Kandi dismissed the claims" is the minister; "the minister visited
    Kandi" names the town."""
    text = "Title\nAddressing the House, minister Kandi dismissed the claims. Later the minister visited Kandi."
    doc = get_nlp("en")(text)
    first = _candidate(text, "Kandi")
    at = text.rindex("Kandi")
    assert after_a_title(doc, first)
    assert not after_a_title(doc, Candidate(at, at + 5, at, at + 5, "entity"))


def test_a_district_of_several_words_is_found_whole():
    """place_derived.district_names: "Maco, Davao de Oro" (the model's organisation, "Davao" alone the city) and
    "Lianga, Surigao del Sur" (taken for a verb) are the districts, in an article on their country."""
    text = "Title\nTroops clashed in Maco, Davao de Oro on Monday, and later in Lianga, Surigao del Sur."
    doc = get_nlp("en")(text)
    found = {span.text for _, _, span in district_names(doc, [_candidate(text, "Davao", "scan")], gazetteer("en"),
                                                        {"PH"})}
    assert found == {"Davao de Oro", "Surigao del Sur"}
    assert not district_names(doc, [], gazetteer("en"), {"NG"})


def test_a_places_name_after_a_title_and_before_a_persons_is_the_place():
    """place_derived.place_after_a_title: "Deputy Commissioner Kohlu Amir Baksh" taken for one person names Kohlu
    when the article calls Kohlu a place; the words after it are the person's."""
    text = "Title\nAccording to Deputy Commissioner Kohlu Amir Baksh, the road to Kohlu was closed."
    doc = _with_entities(text, ("Kohlu Amir Baksh", "PER"))
    ent = doc.ents[0]
    assert place_after_a_title(ent, {"Kohlu"}, "en") == (text.index("Amir"), ent.end_char)
    assert place_after_a_title(ent, {"Quetta"}, "en") is None


def test_a_places_name_before_an_upazila_office_is_the_place():
    """office_words: "the Kaptai Upazila Nirbahi Officer" (an organisation's span) names Kaptai."""
    text = "Title\nKaptai Upazila Nirbahi Officer Rahim Uddin said roads near Kaptai were shut."
    doc = _with_entities(text, ("Kaptai Upazila Nirbahi", "ORG"))
    assert office_after_a_place(doc.ents[0], {"Kaptai"}, "en") == (text.index("Upazila"), doc.ents[0].end_char)


def test_a_town_before_its_provinces_abbreviation_is_two_places():
    """region_abbreviations, place_heads.split_at_a_region: "the hamlet of Evansburg, Alta." is the hamlet, a
    place of Canada only, and Alberta."""
    text = "Title\nAn order was lifted for the hamlet of Evansburg, Alta., on Monday."
    candidate = _candidate(text, "Evansburg, Alta")
    town, region = split_at_a_region([candidate], text, "en")
    assert text[town.start:town.end] == "Evansburg" and town.countries == {"CA"}
    assert text[region.start:region.end] == "Alta."


def test_a_known_town_after_a_place_and_a_comma_is_a_place():
    """place_labelled._after_a_place_and_comma: "residents in Masiphumelele, Hermanus were angry" (the town taken
    for the subject's name) is the town the place lies in; "said Masiphumelele, Hermanus" is not."""
    text = "Title\nResidents in Masiphumelele, Hermanus were angry. Police said Masiphumelele, Hermanus agreed."
    doc = _with_entities(text, ("Hermanus", "PER"))
    assert _after_a_place_and_comma(_span(doc, "Hermanus"), [_candidate(text, "Masiphumelele")])
    second = text.rindex("Hermanus")
    later = doc.char_span(second, second + len("Hermanus"))
    at = text.rindex("Masiphumelele")
    assert not _after_a_place_and_comma(later, [Candidate(at, at + 13, at, at + 13, "entity")])


def test_a_town_known_in_one_country_before_or_after_an_offices_title_is_a_place():
    """place_context.missed_regions_and_features: "Lundazi Resident Magistrate" names the town (known in one
    country only) in an article whose other places the gazetteer does not know; "According to CMO Pilibhit, X"
    (`office_words`: a title before the town) names Pilibhit."""
    from recoupe.place_context import missed_regions_and_features
    text = "Title\nLundazi Resident Magistrate Joseph Banda sentenced them. According to CMO Pilibhit, fevers rose."
    doc = _with_entities(text, ("Lundazi Resident Magistrate", "ORG"), ("CMO Pilibhit", "ORG"))
    found = {span.text for _, _, span in missed_regions_and_features(doc, gazetteer("en"), [], set(), "en")}
    assert {"Lundazi", "Pilibhit"} <= found


def test_a_provinces_abbreviation_in_capitals_is_the_province():
    """region_abbreviations: "KZN flood toll climbs" names KwaZulu-Natal, under the region's name, not "KZN"."""
    from support import english_places
    found = dict(english_places("KZN flood toll climbs\n\nRescuers searched homes in Durban on Monday."))
    assert found["KZN"].geonames_id == 972062 and found["KZN"].name != "KZN"


def test_a_town_of_the_articles_country_taken_for_an_organisation_is_the_town():
    """place_labelled._town_taken_for_an_organisation: "the Guntur hooch tragedy" with "Guntur" tagged an
    organisation, in an article on India, is the town; not where it acts ("Guntur said"), nor in an article on
    another country; "Justice" in an organisation's name is the word, not a town of that name."""
    from recoupe.place_labelled import _town_taken_for_an_organisation

    text = "Title\nThe Guntur hooch tragedy killed nine people in India. Later Guntur said it would pay."
    doc = _with_entities(text, ("Guntur", "ORG"))
    assert _town_taken_for_an_organisation(_span(doc, "Guntur"), gazetteer("en"), {"IN"})
    assert not _town_taken_for_an_organisation(_span(doc, "Guntur"), gazetteer("en"), {"KE"})
    last = [t.i for t in doc if t.text == "Guntur"][-1]
    doc.ents = [doc[last:last + 1].char_span(0, len("Guntur"), label="ORG")]
    assert not _town_taken_for_an_organisation(doc[last:last + 1], gazetteer("en"), {"IN"})
    text = "Title\nMarchers of United for Peace and Justice filled the streets of Chicago, United States."
    doc = _with_entities(text, ("Justice", "ORG"))
    assert not _town_taken_for_an_organisation(_span(doc, "Justice"), gazetteer("en"), {"US"})


def test_the_ends_of_a_route_are_places():
    """place_routes.route_ends: "a minibus travelling from X to Y" (unknown villages the model takes for persons or
    organisations), "a march from X to Y"; not "from Monday to Friday", nor a move from one firm to another."""
    from recoupe.place_routes import route_ends

    text = ("Title\nA minibus travelling from Kelvora to Marsdane overturned, and a march from Tolbury Mill to "
            "Penhask Square was held. Talks ran from Monday to Friday. She moved from Zentrix to Corvel.")
    found = {span.text for _, _, span in route_ends(get_nlp("en")(text), [], "en")}
    assert found == {"Kelvora", "Marsdane", "Tolbury Mill", "Penhask Square"}
