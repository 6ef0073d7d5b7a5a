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


def test_deaths_over_a_baseline_are_the_toll_not_a_difference():
    """"1,052 more people than usual died" is excess mortality, an estimate of the toll itself; "1,427 more deaths
    than the average" too. More protesters than usual, and deaths more than another count ("499 more deaths than
    the official count"), stay differences."""
    from recoupe.nlp import get_nlp

    result = dossier(get_nlp("en"), "The storm killed 640 people on the island, officials said on Monday.",
                     "A study found that 1,052 more people than usual died on the island in the weeks after the storm.",
                     "The government said there were 1,427 more deaths than the average for the same months.",
                     "Funeral homes reported 499 more deaths than the official count.",
                     "Some 10,000 more protesters than usual marched on Sunday.",
                     published=["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07"])
    figures = by_text(result)
    topic = figures["640"].topic
    assert figures["1,052"].topic == figures["1,427"].topic == topic
    assert figures["499"].event_class == figures["Some 10,000"].event_class == "écart"


def test_people_said_to_have_died_are_the_dead_whatever_noun_counts_them():
    """"4,645 Americans died": people the text names by a noun no list knows, said to have died, are the toll."""
    from recoupe.nlp import get_nlp

    result = dossier(get_nlp("en"), "The hurricane killed 64 people, officials said on Monday.",
                     "Researchers said 4,645 Americans died from the hurricane and its aftermath.",
                     published=["2025-03-03", "2025-03-04"])
    figures = by_text(result)
    assert figures["4,645"].topic == figures["64"].topic

