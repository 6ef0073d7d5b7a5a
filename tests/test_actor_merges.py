"""Actors across articles: variants of one source merged (recoupe/entities.py, recoupe/resolve_actors.py), on
made-up passages."""
from __future__ import annotations

from support import make_article

from recoupe.entities import extract_actor_mentions
from recoupe.resolve import resolve_actors


def resolved_in(*passages):
    """Each passage read by its own language's model: ("fr", text), ("en", text)."""
    from recoupe.nlp import get_nlp

    mentions = []
    for i, (language, text) in enumerate(passages):
        article = make_article(text, name=f"a{i}.txt")
        mentions += extract_actor_mentions(get_nlp(language)(article.text), article)
    return resolve_actors(mentions)


def ids(mentions, spelling):
    found = {m.actor_id for m in mentions if spelling in (m.surface, m.name)}
    assert found, (spelling, sorted({m.surface for m in mentions}))
    return found


def same_actor(mentions, a, b):
    return bool(ids(mentions, a) & ids(mentions, b))


def test_a_body_written_in_lower_case_is_the_body_named_with_a_capital():
    _, mentions, _ = resolved_in(
        ("fr", "Le ministère de l'Agriculture a recensé 300 exploitations touchées par la grêle."),
        ("fr", "Vers midi, le ministère de l'agriculture comptait 420 exploitations sinistrées."),
    )
    assert same_actor(mentions, "ministère de l'agriculture", "ministère de l'Agriculture")


def test_a_body_named_with_its_country_in_english_is_the_body_named_without_it_in_french():
    _, mentions, merges = resolved_in(
        ("fr", "Le ministère de la Santé a fait état de 40 hospitalisations lundi."),
        ("en", "The Dutch Ministry of Health said 52 people were in hospital."),
        ("en", "On Tuesday the Ministry of Health said 60 people were in hospital."),
    )
    assert same_actor(mentions, "Dutch Ministry of Health", "ministère de la Santé")
    assert same_actor(mentions, "Ministry of Health", "ministère de la Santé")
    assert any(m.rule == "translation" and m.confidence == 0.7 for m in merges)


def test_two_countries_ministries_stay_apart():
    _, mentions, _ = resolved_in(
        ("fr", "Le ministère de la Santé a fait état de 40 hospitalisations lundi."),
        ("en", "The Dutch Ministry of Health said 52 people were in hospital."),
        ("en", "The Belgian Ministry of Health said 12 people were in hospital."),
    )
    assert not same_actor(mentions, "Dutch Ministry of Health", "Belgian Ministry of Health")
    assert not same_actor(mentions, "Dutch Ministry of Health", "ministère de la Santé")
