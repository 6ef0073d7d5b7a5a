"""English place mentions, twenty-first round (issue 17): the kinds of misses frequent across the English sets, one
made-up passage per rule. The rules are in recoupe/place_context.py, place_cues.py, place_phrases.py and places.py,
their words in recoupe/lexicons/en/places.yml."""

from __future__ import annotations

from support import english_place_mentions as mentions, english_places as places_of



def test_a_name_after_a_town_noun_and_its_adjective_is_a_place():
    found = mentions("Title\nRebels shelled the southeastern town of Mbakoro on Sunday, and smoke rose over the town "
                     "of Lodi Lodi by noon, witnesses in Sudan said.\n")
    assert "Mbakoro" in found and "Lodi Lodi" in found


def test_a_name_the_model_labels_misc_before_an_area_noun_is_a_place():
    found = mentions("Title\nA grass fire burned two sheds in the Wendlecombe area of Victoria, Australia, on "
                     "Tuesday.\n")
    assert "Wendlecombe area" in found


def test_a_peoples_or_a_faiths_name_before_an_area_or_group_noun_stays_no_place():
    found = mentions("Title\nSoldiers burned a Rohingya village near Sittwe, and leaders of the Muslim community in "
                     "Kano condemned the attack.\n")
    assert not any("Rohingya" in m or "Muslim" in m for m in found) and "Sittwe" in found and "Kano" in found


def test_the_names_listed_before_a_plural_district_noun_are_each_a_place():
    found = mentions("Title\nA curfew was imposed in Kotravi, Malund and Serpadi districts of Assam after the "
                     "clashes.\n")
    assert {"Kotravi", "Malund"} <= set(found) and any(m.startswith("Serpadi") for m in found)


def test_a_name_in_apposition_after_a_settlement_noun_is_a_place():
    found = mentions("Title\nIn a related raid, a neighbouring village, Kufana Daji, was attacked last year in "
                     "Zamfara. The toll rests on the population of two affected wards, Yambeto and Lorak.\n")
    assert {"Kufana Daji", "Yambeto", "Lorak"} <= set(found)


def test_a_name_after_a_settlement_noun_and_a_comma_before_a_verb_is_no_place():
    found = mentions("Title\nPolice went back to the village, Smith said on Monday in Nairobi.\n")
    assert "Smith" not in found and "Nairobi" in found


def test_a_close_spelling_of_a_place_abroad_is_no_resolution_in_an_article_elsewhere():
    placed = places_of("Title\nProtesters in Sikhile, outside Standerton, barricaded roads on Monday, police in "
                       "Johannesburg said.\n")
    sikhile = [place for surface, place in placed if surface == "Sikhile"]
    assert sikhile and sikhile[0].geonames_id is None and sikhile[0].country_code is None  # not Chile


def test_a_county_named_with_its_noun_also_goes_by_its_bare_name():
    placed = places_of("Title\nHealth officials said Kiambu County reported 31 cases of cholera in Kenya.\n")
    county = next(place for surface, place in placed if surface.startswith("Kiambu"))
    assert county.kind == "region" and "Kiambu" in county.aliases


def test_a_name_apposed_to_a_settlement_noun_keeps_its_close_spelling_of_a_known_town():
    placed = places_of("Title\nThe storm hit the coast of Chile on Friday. Two nearby towns, Valparayso and "
                       "Concepsion, lost power.\n")
    valparayso = [place for surface, place in placed if surface == "Valparayso"]
    assert valparayso and valparayso[0].country_code == "CL"


def test_a_hyphenated_name_inside_a_subdivision_named_with_a_phrase_or_an_upazila_is_a_place():
    found = mentions("Title\nGunmen arrived at about 6:00 p.m. in Kutende-Ikyari in Ukum Local Government Area of Benue State on Monday. "
                     "The clash took place on Tuesday at Dorapara in Khagrachhari Upazila, police said. Villagers "
                     "later clashed with guards at the Dorapara checkpoint.\n")
    assert "Kutende-Ikyari" in found and found.count("Dorapara") == 2
    assert any(m.startswith("Khagrachhari") for m in found)
