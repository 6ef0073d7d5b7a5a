"""Places on text nobody tuned for (issue 17), French and English alike: what makes a name a place or not, and
which place it is. One made-up passage per rule; the rules are in recoupe/place_context.py and
recoupe/place_resolution.py, their words in recoupe/lexicons/<language>/places.yml."""

from __future__ import annotations

from support import make_article

from recoupe.nlp import get_nlp
from recoupe.places import extract_places


def extracted(text: str):
    article = make_article(text)
    found, mentions = extract_places(get_nlp(article.language)(article.text), article)
    by_id = {place.id: place for place in found}
    return [(article.text[m.start:m.end], by_id[m.place_id]) for m in sorted(mentions, key=lambda m: m.start)]


def mentions(text: str) -> list[str]:
    return [surface for surface, _ in extracted(text)]


def test_a_name_with_a_digit_or_alone_in_brackets_is_no_place():
    found = mentions("Titre\nLe porte-parole a parlé sur TV5Monde et à Lyon, selon l'agence (Belgo).")
    assert found == ["Lyon"]


def test_a_known_town_the_model_took_for_an_organisation_is_a_place_after_a_place_preposition():
    found = mentions("Title\nThousands marched in London on Saturday. Bill Hale, 72, from Stevenage, said the UK "
                     "should leave Iraq.")
    assert "Stevenage" in found and "London" in found
