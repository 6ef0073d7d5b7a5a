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


def test_a_body_named_by_the_first_words_of_its_name_is_that_body():
    _, mentions, merges = resolved_in(
        ("fr", "Le Haut Conseil de la santé publique a recommandé mardi 3 doses."),
        ("fr", "Le Haut-Conseil a publié jeudi son avis sur les 3 doses."),
    )
    assert same_actor(mentions, "Haut-Conseil", "Haut Conseil de la santé publique")
    assert any(m.rule == "short_name" and "first words" in m.evidence for m in merges)


def test_a_longer_english_name_with_a_head_of_its_own_is_another_body():
    """"Riverside County Fire" is the county's fire department, not "Riverside County": the English head comes
    last, so the first words of a name are no short name of it when a capitalised word follows them."""
    _, mentions, _ = resolved_in(
        ("en", "Riverside County said 40 homes were destroyed on Monday."),
        ("en", "Riverside County Fire said 12 crews were fighting the blaze."),
    )
    assert not same_actor(mentions, "Riverside County", "Riverside County Fire")


def test_an_acronym_is_the_initials_of_a_long_form_without_its_place():
    from recoupe.actor_keys import initials

    assert "CCI" in initials("Chambre de commerce et d'industrie de Haute-Savoie")
    assert "ARS" in initials("Agence régionale de santé de Bretagne")
    _, mentions, merges = resolved_in(
        ("fr", "La Chambre de commerce et d'industrie de Haute-Savoie a compté 40 commerces fermés."),
        ("fr", "Mardi, la CCI a publié un nouveau bilan : 52 commerces restent fermés."),
    )
    assert same_actor(mentions, "CCI", "Chambre de commerce et d'industrie de Haute-Savoie")


def build_rows(tmp_path, texts, sql):
    import sqlite3

    from recoupe.pipeline import build

    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "d.db"
    build([tmp_path], db, cache_dir=None)
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


def test_a_speaker_named_by_the_first_words_of_a_body_is_that_body(tmp_path):
    rows = build_rows(tmp_path, [
        "Crue\n\nLa Chambre de métiers et de l'artisanat du Jura a recensé 120 ateliers inondés lundi.\n",
        "Crue\n\nMardi, 150 ateliers étaient sinistrés, selon les chiffres de la Chambre de métiers.\n",
    ], "select f.text, a.name from figures f left join actors a on a.id = f.source_actor_id")
    by_figure = dict(rows)
    assert by_figure["150"] == by_figure["120"] == "Chambre de métiers et de l'artisanat du Jura"


def test_an_office_alone_is_the_person_the_article_introduces_with_it(tmp_path):
    rows = build_rows(tmp_path, [
        "Tempête\n\nLa tempête a fait 12 morts, selon le préfet. Le préfet de la Somme, Jeanne Marchal, a ouvert une "
        "cellule de crise.\n",
        "Tempête\n\nLa préfète de l'Aisne, Odile Ferrand, a recensé 3 blessés.\n",
    ], "select m.surface, a.name from actor_mentions m join actors a on a.id = m.actor_id")
    names = dict(rows)
    assert names["le préfet"] == "Jeanne Marchal"


def test_a_word_that_names_no_one_is_no_source():
    from recoupe.resolve_speakers import no_speaker

    assert no_speaker("The") and no_speaker("début") and no_speaker("interpellations")
    for speaker in ("les manifestants", "les grévistes", "riverains", "la police", "residents", "officials",
                    "les organisateurs", "Lidl", "UN"):
        assert not no_speaker(speaker), speaker


def test_a_determiner_taken_for_a_name_is_no_actor():
    actors, _, _ = resolved_in(
        ("en", "The fire brigade said 40 homes had burned. The UN said 300 people were displaced."),
    )
    names = {a.name for a in actors}
    assert "The" not in names and "UN" in names


def test_a_long_form_and_its_hyphenated_acronym_are_one_source_that_updates_its_count(tmp_path):
    rows = build_rows(tmp_path, [
        "Urgences\n\nSelon un bilan des Hospices civils-Hôpitaux de Lyon (HC-HL) à 17h, une soixantaine de "
        "personnes ont été accueillies samedi dans les hôpitaux de la ville.\n",
        "Urgences\n\nSelon un nouveau décompte établi par les HC-HL à 20h, 126 personnes ont été accueillies samedi "
        "dans les hôpitaux de la ville.\n",
    ], "select f.text, f.source_actor_id, f.in_conflict from figures f")
    sources = {text: (actor, conflict) for text, actor, conflict in rows}
    assert sources["126"][0] and sources["126"][0] == sources["une soixantaine"][0]
    assert sources["126"][1] == sources["une soixantaine"][1] == 0


def test_a_description_with_its_determiner_may_still_name_a_source():
    from recoupe.resolve_speakers import no_speaker

    assert not no_speaker("le texte") and not no_speaker("the statement")
