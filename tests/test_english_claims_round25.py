"""English attribution, round 25 (issue 17): the forms counted across the English audit sets — a reporting verb that
closes its sentence after a comma ("…, police and residents said"), a headline whose speaker closes it ("…: police",
"… - NDRRMC", "…, union claims"), a dateline the parser took for the subject ("HARBORTOWN, Freedonia - Rebels
said"), verbs of news copy that report a clause ("highlighted that"). Every passage is made up."""

from __future__ import annotations

import pytest
from test_english import claims


def speakers(said):
    return sorted(c.speaker_text for c in said)


# --- a verb that closes its sentence -----------------------------------------------------------------------------


def test_coordinated_speakers_closing_the_sentence_each_speak():
    said, found = claims("Title\nAt least 14 people have died in raids on farms in the Upper Vale and Lower Vale "
                         "districts of Bright county, police and farmers said.")
    assert speakers(said) == ["farmers", "police"]
    assert found["At least 14"].source_text in ("police", "farmers")


def test_the_speaker_after_the_comma_is_the_subject_not_the_clause_before():
    said, _ = claims("Title\nThe raiders attacked with the intention to steal goats, the police said.")
    assert speakers(said) == ["the police"]


def test_a_closing_verb_keeps_its_auxiliaries_and_a_description():
    said, _ = claims("Title\nThe ferry sank on Monday, the head of the harbour authority has said.")
    assert speakers(said) == ["the head of the harbour authority"]


def test_a_verb_with_more_after_it_is_no_closing_incise():
    said, _ = claims("Title\nThe ferry sank on Monday, the harbour master said in a statement on Tuesday.")
    assert speakers(said) == ["the harbour master"]


# --- headlines ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("headline, speaker", [
    ("Toll in ferry sinking climbs to nearly 90: police", "police"),
    ("Hundreds of goats stolen: Herders Union", "Herders Union"),
    ("Death toll from Storm Lira rises to 31 - NDMCC", "NDMCC"),
    ("Over 40 shops looted in market fire: organizers", "organizers"),
])
def test_a_speaker_closing_the_headline(headline, speaker):
    said, found = claims(f"{headline}\n\nThe storm hit the coast on Monday.")
    assert [c.speaker_text for c in said] == [speaker]
    figure = next(f for f in found.values() if f.start < len(headline))
    assert figure.source_text == speaker


def test_a_body_by_its_noun_before_the_colon_speaks():
    said, found = claims("Statistics Department: 71.3 pct turnout in the town poll\n\nThe count ended on Monday.")
    assert [c.speaker_text for c in said] == ["Statistics Department"]
    assert found["71.3"].source_text == "Statistics Department"


@pytest.mark.parametrize("headline", [
    "Floods in the north - Wellington",
    "Storm hits coast: live updates",
])
def test_a_place_or_a_label_closing_the_headline_is_no_speaker(headline):
    said, _ = claims(f"{headline}\n\nThe storm hit the coast on Monday.")
    assert not said


def test_a_speaker_and_verb_closing_the_headline_speak_for_its_figure():
    said, found = claims("Over half of the clinics closed during the walkout, nurses union claims\n\n"
                         "The walkout began on Monday.")
    assert [c.speaker_text for c in said] == ["nurses union"]
    assert found["Over half"].source_text == "nurses union"


# --- datelines ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("opening, speaker", [
    ("HARBORTOWN, Freedonia - Rebel fighters in the hills said on Monday they had killed 40 soldiers.",
     "Rebel fighters"),
    ("PORTVILLE, Freedonia, June 3 – The Freedonia Relief Society says the toll has risen to about 120.",
     "The Freedonia Relief Society"),
    ("Lakeview: The town's mayor on Monday denied that 30 homes had been lost.", "The town's mayor"),
])
def test_a_dateline_is_no_speaker(opening, speaker):
    said, _ = claims(f"Title\n\n{opening}")
    assert [c.speaker_text for c in said] == [speaker] or [c.speaker_text for c in said][0].startswith(speaker)


def test_a_name_between_dashes_is_no_dateline():
    said, _ = claims("Title\n\nKim Harlow - who runs the shelter - said 30 homes had been lost.")
    assert [c.speaker_text for c in said] == ["Kim Harlow"]


# --- verbs ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, speaker", [
    ("In her reply, minister Ana Ruiz highlighted that 212 schools had been closed.", "minister Ana Ruiz"),
    ("The board's spokesperson shared that 40 results were still missing.", "The board's spokesperson"),
    ("The judge ruled that the 3 companies had broken the law.", "The judge"),
])
def test_verbs_that_report_a_clause(sentence, speaker):
    said, _ = claims(f"Title\n{sentence}")
    assert [c.speaker_text for c in said] == [speaker]


@pytest.mark.parametrize("sentence", [
    "The study highlighted the risks to 40 towns.",
    "After the long march they shared a meal with 20 of the other guests.",
    "The family ruled the province for 80 years.",
])
def test_the_same_verbs_without_a_clause_report_nothing(sentence):
    said, _ = claims(f"Title\n{sentence}")
    assert not said


# --- appeals ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, speaker", [
    ("The councillor urged colleagues to vote against the new parking fees.", "The councillor"),
    ("The health officer called on parents in the district to boil drinking water.", "The health officer"),
    ("The association appealed to the regional government to reopen the clinic.", "The association"),
])
def test_an_appeal_with_an_infinitive_reports(sentence, speaker):
    said, _ = claims(f"Title\n{sentence}")
    assert [c.speaker_text for c in said] == [speaker]


@pytest.mark.parametrize("sentence", [
    "The mayor urged calm after the long night of rioting in the old town.",
    "The coast guard called off its search for the 12 missing fishermen on Monday.",
    "The owner called the police three times before the fire spread to the barn.",
])
def test_an_appeal_without_what_is_asked_reports_nothing(sentence):
    said, _ = claims(f"Title\n{sentence}")
    assert not said


# --- two subjects ---------------------------------------------------------------------------------------------------


def test_of_two_subjects_the_one_next_to_the_verb_speaks():
    said, found = claims("Title\nThe tropical storm Lira which reached the coast on Sunday night has so far claimed "
                         "12 lives, said the regional relief commissioner.")
    assert [c.speaker_text for c in said] == ["the regional relief commissioner"]
    assert found["12"].source_text == "the regional relief commissioner"


def test_a_closing_verb_the_parser_hung_on_a_relative_clause_still_speaks():
    said, found = claims("Title\nThe guards, four men and a woman, were beaten and killed in the square where the "
                         "march ended on Friday, interior minister Ann Cole said.")
    assert [c.speaker_text for c in said] == ["interior minister Ann Cole"]


def test_subjects_listed_before_a_verb_are_no_closing_incise():
    from test_english import english
    from recoupe.layout import build_layout
    from recoupe.reporting import words
    from recoupe.reports_by_subject import _closing_subjects
    article, doc = english("Guards, hikers and farmers agree\n\nThe march on the pass began at dawn on Monday.")
    layout = build_layout(doc, article.text)
    verb = next(t for t in doc if t.lower_ == "agree")
    assert _closing_subjects(doc, verb, 0, verb.i + 1, layout, words("en")) == []


def test_according_to_details_names_no_one():
    said, found = claims("Title\nAccording to details, the number of measles cases in the province has reached 1,240, "
                         "and nine deaths were reported, the sources said.")
    assert [c.speaker_text for c in said] == ["the sources"]
    assert found["1,240"].source_text == "the sources"


def test_the_author_of_a_framing_document_speaks_for_a_passive_clause():
    said, found = claims("Title\nIn a report released by the 4th Marine Brigade, the dead were identified as two "
                         "fishermen and a trader.")
    assert [c.speaker_text for c in said] == ["the 4th Marine Brigade"]
    assert found["two"].source_text == "the 4th Marine Brigade"


def test_a_framing_document_with_no_author_names_no_one():
    said, _ = claims("Title\nIn a report released on Monday, the 14 victims were named as local farmers.")
    assert not said


def test_a_relative_pronoun_among_two_subjects_keeps_the_relative_clause_apart():
    _, found = claims("Title\nThe charges were only brought against one person, a businesswoman who prosecutors "
                      "allege encouraged the protesters to buy their masks from her shop during the march.")
    assert found["one"].source_text is None


def test_details_that_show_a_figure_name_no_one():
    said, found = claims("Title\nFurther details show the total valid votes in the town were 81,460 with 3,397 "
                         "ballots rejected.")
    assert found["81,460"].source_text is None
