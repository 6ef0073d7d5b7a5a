"""A count an office holder gives goes back to the body they head (recoupe/office_sources.py): made-up articles
through the real extraction and resolution, and made-up actors."""
from __future__ import annotations

from support import by_text, dossier

from recoupe.models import Actor
from recoupe.office_sources import heads


def _actor(id, name, kind, role=None):
    return Actor(id=id, name=name, kind=kind, role=role)


def test_a_minister_s_morning_count_and_the_ministry_s_evening_count_are_one_source_s_tally(nlp):
    result = dossier(
        nlp,
        "Le ministre de l'Intérieur, Paul Girard, a annoncé mercredi matin près de 200 interpellations en France.",
        "Au total, 480 interpellations ont été réalisées en France mercredi, selon le ministère de l'Intérieur.",
        published=["2024-03-06", "2024-03-06"])
    figures = by_text(result)
    morning, evening = figures["près de 200"], figures["480"]
    ministry = {a.id for a in result.actors if a.name == "ministère de l'Intérieur"}
    assert morning.topic == evening.topic
    assert morning.original_source_id in ministry and evening.original_source_id in ministry
    assert {a.name for a in result.actors if a.id == morning.source_actor_id} == {"Paul Girard"}  # still the speaker
    assert morning.in_conflict == evening.in_conflict == 0


def test_the_role_names_the_body_word_for_word_whatever_the_order_and_the_demonym():
    actors = [_actor("m", "ministère de l'Intérieur", "organisation"),
              _actor("h", "Health Ministry", "organisation"),
              _actor("p", "Paul Girard", "person", "ministre français de l'Intérieur démissionnaire"),
              _actor("q", "Jane Doe", "person", "Minister of Health")]
    assert heads(actors) == {"p": "m", "q": "h"}


def test_no_body_for_another_portfolio_a_prime_minister_or_two_holders():
    ministries = [_actor("m", "ministère des Affaires étrangères", "organisation"),
                  _actor("i", "ministère de l'Intérieur", "organisation")]
    assert heads(ministries + [_actor("p", "Paul Girard", "person", "ministre des Affaires sociales"),
                               _actor("r", "Anne Roux", "person", "Première ministre")]) == {}
    two = [_actor("a", "Paul Girard", "person", "ministre français de l'Intérieur"),
           _actor("b", "Marco Rossi", "person", "ministre italien de l'Intérieur")]
    assert heads(ministries + two) == {}  # two interior ministers, one ministry: whose is it?
    assert heads([_actor("m", "ministère italien de l'Intérieur", "organisation")] + two) == {"b": "m"}
