"""English place mentions, twenty-fourth round (issue 17): a country inside the name of a body ("the Election
Commission of X", "The X Police says"), an unknown name before "in" and a place found already ("sent to X in
North Tongu"). One made-up passage per rule, its entities set by hand where the model's labels vary; the rules are
in recoupe/place_bodies.py and place_cues.py, their words in recoupe/lexicons/en/places.yml."""

from __future__ import annotations

from support import english_place_mentions as mentions

from recoupe.gazetteer import gazetteer
from recoupe.nlp import get_nlp
from recoupe.place_bodies import after_of_in_a_body
from recoupe.place_candidates import Candidate
from recoupe.place_cues import contained_names, names_after_in


def _with_entities(text: str, *entities: tuple[str, str]):
    """The parsed text with these (surface, label) as its only entities (each surface's first occurrence)."""
    doc = get_nlp("en")(text)
    doc.ents = [doc.char_span(text.index(surface), text.index(surface) + len(surface), label=label)
                for surface, label in entities]
    return doc


def _token(doc, word: str, last: bool = False):
    tokens = [t for t in doc if t.text == word]
    return tokens[-1] if last else tokens[0]


def test_a_country_after_of_inside_a_bodys_name_is_the_bodys():
    """place_bodies.after_of_in_a_body: "the Electoral Board of Kenya" names the body; "the Government of Kenya"
    names Kenya."""
    doc = _with_entities("Title\nThe Electoral Board of Kenya said so. Officials of the Government of Kenya came.",
                         ("Electoral Board of Kenya", "ORG"), ("Government of Kenya", "ORG"))
    assert after_of_in_a_body(_token(doc, "Kenya"))
    assert not after_of_in_a_body(_token(doc, "Kenya", last=True))


def test_a_country_beside_a_capitalised_bodys_noun_is_the_bodys():
    """place_bodies.beside_a_body_noun (the gazetteer scan): "The Ghana Police says" names the body; "in Ghana"
    names Ghana."""
    found = mentions("Title\nThe Ghana Police says that three people died in floods near Kumasi on Sunday night.")
    assert "Ghana" not in found and "Kumasi" in found
    found = mentions("Title\nThree people died in floods in Ghana on Sunday night, near Kumasi.")
    assert "Ghana" in found


def test_an_unknown_name_before_in_and_a_place_found_already_is_a_place():
    """place_cues.contained_names: "sent to X in North Tongu" (a place named without its noun) whatever label the
    model gave X, a person's one word after "in" too; not an organisation's name ("a manager at X in Accra")."""
    text = ("Title\nTents were sent to Dzakpodome in North Tongu. Families sheltered in Avetakpo in North Tongu. "
            "A manager at Kofcorp in North Tongu spoke. Food went to Ama Dorvlo in North Tongu.")
    doc = _with_entities(text, ("Avetakpo", "PER"), ("Kofcorp", "ORG"), ("Ama Dorvlo", "PER"))
    taken = [Candidate(i, i + len("North Tongu"), i, i + len("North Tongu"), "entity")
             for i in range(len(text)) if text.startswith("North Tongu", i)]
    found = {span.text for _, _, span in contained_names(doc, taken, gazetteer("en"), "en")}
    assert found == {"Dzakpodome", "Avetakpo"}


def test_a_name_before_a_weapons_and_an_events_noun_is_the_events_place():
    """event_nouns_after, phrases: "the Zarkhel bomb blast", "the Zarkhel suicide attack" name where it happened."""
    assert "Zarkhel" in mentions("Title\nEight people died in the Zarkhel bomb blast on Sunday, police in Pakistan "
                                 "said.")


def test_a_country_before_capitalised_words_ending_with_a_bodys_noun_is_the_bodys():
    """place_bodies.beside_a_body_noun: "the Fiji National Provident Fund" names the body, "the Nepal Police Chief"
    (an office) names Nepal."""
    assert "Fiji" not in mentions("Title\nThe deficit will be financed through the Fiji National Provident Fund, "
                                  "officials in Suva said.")
    assert "Nepal" in mentions("Title\nThe Nepal Police Chief resigned on Monday.")


def test_an_unknown_one_word_name_right_after_in_is_a_place():
    """place_cues.names_after_in: "in X – the epicentre" (the model takes such villages for persons) is a place,
    and so is X wherever else the article writes it; "faith in X" (`not_places_after_in`) and "in X's view" are
    not."""
    text = ("Title\nCrops were destroyed and schools shut in Avemepe – the epicentre of the floods – after the spill. "
            "Tents were sent to Avemepe on Monday.")
    doc = _with_entities(text, ("Avemepe", "PER"))
    found = {span.text for _, _, span in names_after_in(doc, [], gazetteer("en"), "en")}
    assert found == {"Avemepe"}
    text = "Title\nShe kept her faith in Kwadwo, she said. In Kwadwo's view, schools in Kwadwo's town shut."
    doc = _with_entities(text, ("Kwadwo", "PER"))
    assert not names_after_in(doc, [], gazetteer("en"), "en")
