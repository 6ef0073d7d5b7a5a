"""English place mentions, twenty-third round (issue 17): a person span that is no evidence of a surname (a
headline's run of capitalised words, a name abbreviation before a place: "Co. Offaly"), "Co." written out as
"County", a dateline in capitals the article names again, a market's name ("X Bazar"). One made-up passage per
rule; the rules are in recoupe/place_surnames.py, place_resolution.py, place_labelled.py and places.py, their words
in recoupe/lexicons/common/places.yml and recoupe/lexicons/en/places.yml."""

from __future__ import annotations

from spacy.tokens import Span
from support import english_places as places_of

from recoupe.nlp import get_nlp
from recoupe.place_resolution import _expanded_abbreviations
from recoupe.place_surnames import surname_of_a_person


def _with_person(text: str, person: str):
    """The parsed text with `person` (its first occurrence) as the only entity, labelled a person."""
    doc = get_nlp("en")(text)
    start = text.index(person)
    span = doc.char_span(start, start + len(person), label="PER")
    doc.ents = [span]
    return doc


def _last_token(doc, word: str) -> Span:
    token = [t for t in doc if t.text == word][-1]
    return doc[token.i:token.i + 1]


def test_a_person_span_in_a_headline_the_body_never_writes_is_no_surname():
    doc = _with_person("Deadly Kansas twister flattens barns\nA tornado pounded Kansas on Sunday.\n", "Deadly Kansas")
    assert not surname_of_a_person(_last_token(doc, "Kansas"))


def test_a_person_span_in_the_body_still_makes_a_surname():
    doc = _with_person("Storm news\nSenator Anna Kansas visited the farms. Kansas said help was coming.\n",
                       "Senator Anna Kansas")
    assert surname_of_a_person(_last_token(doc, "Kansas"))


def test_a_name_abbreviation_before_a_place_is_no_first_name():
    doc = _with_person("Storm news\nRivers burst in Portarlington, Co. Offaly. Crews in Offaly pumped water.\n",
                       "Co. Offaly")
    assert not surname_of_a_person(_last_token(doc, "Offaly"))


def test_co_is_written_out_as_county():
    assert _expanded_abbreviations("co. offaly") == ["county offaly"]
    assert "county kerry" in _expanded_abbreviations("co kerry")


def test_a_dateline_in_capitals_the_article_names_again_is_a_place():
    found = [surface for surface, _ in places_of(
        "Tornado news\nQUOBBATUCK — A tornado struck on Friday. Twelve homes were lost in Quobbatuck, Mississippi, "
        "officials said.\n")]
    assert "QUOBBATUCK" in found


def test_a_dateline_in_capitals_named_nowhere_else_stays_out():
    found = [surface for surface, _ in places_of(
        "Tornado news\nQUOBBATUCK — A tornado struck Mississippi on Friday, officials said.\n")]
    assert "QUOBBATUCK" not in found


def test_a_name_before_bazar_is_a_market_place():
    found = [surface for surface, _ in places_of(
        "Clash news\nA procession was brought out at Dhanpur Bazar on Wednesday evening after the incident.\n")]
    assert "Dhanpur Bazar" in found


def test_a_place_named_again_before_an_office_is_that_place():
    found = [surface for surface, _ in places_of(
        "Flood news\nTwo people died in Kiptoror village in Nandi County. Residents of Kiptoror said the water rose "
        "fast. Kiptoror MCA Joseph Kibet said help had been sent.\n")]
    assert found.count("Kiptoror") + found.count("Kiptoror village") >= 3
