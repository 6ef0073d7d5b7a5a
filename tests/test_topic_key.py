"""The topic key on rules shared by several stories (issue 12, eighth round): made-up sentences, one per rule."""
from __future__ import annotations

from support import by_text, dossier


def test_a_toll_of_a_year_before_the_story_is_a_quantity_of_its_own(nlp):
    """"le séisme de 1994, qui avait fait 900 morts": another event's dead, not the story's toll, even in the same
    country; a year inside the dossier's span is the story's own, and a number read as a year ("plus de 2000 morts")
    is no year."""
    result = dossier(nlp, "Le séisme a fait 40 morts au Pérou, selon les pompiers.",
                     "C'est le pire séisme au Pérou depuis celui de 1994, qui avait fait 900 morts.",
                     "Séisme au Pérou : plus de 2000 morts",
                     published=["2025-03-04", "2025-03-05", "2025-03-09"])
    figures = by_text(result)
    assert figures["900"].topic != figures["40"].topic
    assert ":1994" in figures["900"].topic
    assert figures["plus de 2000"].topic == figures["40"].topic
    labels = {t.id: t.label for t in result.topics}
    assert labels[figures["900"].topic].endswith("(en 1994)")


def test_a_figure_after_toll_words_counts_the_dead_whatever_noun_the_parse_found():
    """"the storm death toll of 1,427", "the flood death toll has risen to at least 114", "the confirmed toll remains
    at 64 pending a review": the noun before the toll says what it is of, the word after it is no counted noun; the
    figure is the toll, the dead counted elsewhere ("killed 40 people")."""
    from recoupe.nlp import get_nlp

    result = dossier(get_nlp("en"), "The flood killed 40 people in the valley, officials said on Monday.",
                     "Officials said the flood death toll has risen to at least 52 on Tuesday.",
                     "The government cites a storm death toll of 61 in its damage report.",
                     "The confirmed toll remains at 64 pending a review, an official said on Thursday.",
                     published=["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"])
    figures = by_text(result)
    topic = figures["40"].topic
    assert topic and topic.startswith("mort")
    assert figures["at least 52"].topic == figures["61"].topic == figures["64"].topic == topic
