"""English place mentions, twenty-second round (issue 17): names listed with places, a settlement noun's apposition
with a relative clause, a compass word run onto a country, a parse that opens a sentence inside a phrase, a list the
model took for one organisation, a possessive inside a known name. One made-up passage per rule; the rules are in
recoupe/place_lists.py, place_phrases.py, place_heads.py, place_cues.py, place_context.py and places.py, their words
in recoupe/lexicons/en/places.yml."""

from __future__ import annotations

from support import english_place_mentions as mentions, english_places as places_of



def test_the_unknown_names_of_a_list_of_places_are_places():
    found = mentions("Title\nGrass fires were still burning on Sunday at Tamworth, Gunnedah, Wollombar, Yarrowitch "
                     "and Narrabri in New South Wales, the rural fire service said.\n")
    assert {"Wollombar", "Yarrowitch"} <= set(found)


def test_a_list_with_one_place_needs_a_place_preposition_or_a_place_after_it():
    found = mentions("Title\nThe gunmen moved on to Kutaru, Bamdiga, Lelle and Mokwa, residents told reporters in "
                     "Nigeria.\n")
    assert {"Kutaru", "Bamdiga", "Lelle"} <= set(found)
    unanchored = mentions("Title\nThe award went to Mokwa. Judges named Tinubu Okoro, Adaeze Bello, Chidi Nwosu and "
                          "Kano as winners of the prize.\n")
    assert not any(name in unanchored for name in ("Tinubu Okoro", "Adaeze Bello", "Chidi Nwosu"))


def test_a_list_of_persons_next_to_a_place_stays_persons():
    found = mentions("Title\nIn Accra, John Mensah, Akosua Owusu and Kwame Boateng were sworn in on Monday.\n")
    assert "Accra" in found and not any(name in found for name in ("John Mensah", "Akosua Owusu", "Kwame Boateng"))


def test_a_name_before_a_settlement_noun_and_a_relative_clause_is_a_place():
    found = mentions("Title\nBandits then attacked Dukuwa, a village that borders Rafi district in Niger State.\n")
    assert "Dukuwa" in found


def test_a_compass_word_run_onto_a_country_leaves_the_country():
    placed = dict(places_of("Title\nFloods displaced thousands in northeast Nigeria on Monday, officials said.\n"))
    assert any(place.kind == "country" and place.country_code == "NG" for place in placed.values())


def test_a_name_the_parser_opens_a_sentence_with_after_a_possessive_is_listed():
    found = mentions("Title\nTwo communities in the state’s Maru and Gummi districts were attacked, police in "
                     "Zamfara said.\n")
    assert any(m.startswith("Maru") for m in found) and any(m.startswith("Gummi") for m in found)


def test_a_list_the_model_takes_for_one_organisation_still_repeats_its_places():
    found = mentions("Title\nRain fell on Sylhet and Feni on Friday.\n\nRelief reached 9 districts–Sylhet, Feni, "
                     "Noakhali, Chandpur and Bhola in Bangladesh.\n")
    assert found.count("Sylhet") == 2 and found.count("Feni") == 2


def test_a_known_place_with_a_possessive_stays_whole_before_a_plural_district_noun():
    placed = places_of("Title\nFlooding is easing in Sylhet, Cox’s Bazar and Feni districts of Bangladesh.\n")
    assert any(surface.startswith("Cox’s Bazar") for surface, _ in placed)
    assert not any(surface == "Bazar" for surface, _ in placed)


def test_an_office_or_a_day_in_a_list_after_a_place_is_no_place():
    found = mentions("Title\nIn Lucknow, Director, Medical and Health Rakesh Tiwari said the toll was 12.\n\nSoldiers "
                     "were killed at Umuahia, Abia State, Friday night, a source said.\n")
    assert not any(name in found for name in ("Director", "Medical", "Health", "Friday"))


def test_a_capitalised_ward_noun_opens_a_place():
    found = mentions("Title\nA landslide hit Barangay Malinao in Davao de Oro on Sunday, and mud buried two houses in "
                     "Purok Maligaya, police said.\n")
    assert any("Malinao" in m for m in found) and any("Maligaya" in m for m in found)


def test_a_name_the_model_took_for_a_person_before_a_lower_case_feature_noun_is_a_place():
    found = mentions("Title\nThe air force struck camps in the Dansadau forest in Zamfara state on Monday.\n")
    assert any(m.startswith("Dansadau") for m in found)


def test_a_list_in_a_title_case_headline_adds_no_place():
    found = mentions("Hong Kong Police Fire Tear Gas, Arrest Protesters In Mong Kok And Tai Po\n\nPolice fired tear "
                     "gas in Hong Kong on Sunday.\n")
    assert not any("Tear Gas" in m or "Police" in m for m in found)
