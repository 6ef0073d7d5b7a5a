"""Keys actors are merged by (recoupe/actor_keys.py): the countries a word stands for, found through an index of
the countries' words, are the ones a comparison with every country finds."""

from __future__ import annotations

from recoupe import actor_keys
from recoupe.actor_keys import _country_names, _country_names_any, _countries_of, _country_of_word, _stem_match
from recoupe.names import _fold_word


def _every_country(word: str, places: frozenset) -> frozenset:
    found = {code for name, code in places if name == word}
    parts = word.split("-")
    for code, words in _country_names().items():
        if all(any(_stem_match(p, w) for w in words) for p in parts) and all(
                any(_stem_match(p, w) for p in parts) for w in words):
            found.add(code)
    return frozenset(found)


def _every_single_word(word: str):
    folded = _fold_word(word)
    found = {code for code, forms in _country_names_any().items() for words in forms
             if len(words) == 1 and _stem_match(folded, words[0])}
    return next(iter(found)) if len(found) == 1 else None


def test_the_countries_of_a_word_are_those_a_comparison_with_every_country_finds():
    places = frozenset({("portneuf", "FR"), ("lisbonne", "PT"), ("lisbonne", "BR"), ("suede", "SE")})
    words = {w for words in _country_names().values() for w in words}
    words |= {w + ending for w in list(words) for ending in ("", "s", "ien", "ois", "ais", "e", "-nord")}
    words |= {"allemand", "nord-irlandais", "sud-coreen", "suedois", "belge", "italien", "portneuf", "lisbonne",
              "x", "ab", "abcd", "nord", "sud"}
    for word in sorted(words):
        assert _countries_of(word, places) == _every_country(word, places), word
        assert _country_of_word(word) == _every_single_word(word), word
    assert _countries_of("lisbonne", places) >= {"PT", "BR"}
    assert actor_keys._codes_by_name(places)["lisbonne"]


def test_description_words_are_read_once_and_each_caller_gets_its_own_list():
    words = actor_keys.description_words("les services secrets allemands")
    assert words == ["renseignement", "allemand"]
    words.append("x")
    assert actor_keys.description_words("les services secrets allemands") == ["renseignement", "allemand"]


def test_a_name_of_determiners_alone_names_no_one_in_both_places_that_ask():
    """names.determiners_only, shared by resolve_actors (a mention "The" cut short by NER) and
    no_speaker (a source as written): determiners alone name no one; "UN" is no "un"."""
    from recoupe.resolve_actors import _determiner_only
    from recoupe.resolve_speakers import no_speaker

    for text in ("The", "les", "Les", "l'", "the the", "Là"):
        assert _determiner_only(text) == (text != "Là")  # resolve_actors reads words in lower case, unfolded
        assert no_speaker(text)  # a source folds its words: "Là" is "la"
    for text in ("UN", "The UN", "The fire brigade", "le maire", "Les Amis du Port"):
        assert not _determiner_only(text)
        assert not no_speaker(text)
    assert _determiner_only("")
    assert not no_speaker("")
    assert no_speaker("début") and not no_speaker("manifestants")


def test_a_source_that_opens_with_a_word_for_none_names_no_one():
    """"selon le ministère et aucun membre des forces de l'ordre n'a été blessé": the phrase after "et" is the next
    clause's subject, no source; a name whose first word is "No" ("No Kum-sae") still names someone."""
    from recoupe.resolve_speakers import no_speaker

    assert no_speaker("aucun membre des forces de l'ordre") and no_speaker("No official")
    assert not no_speaker("No Kum-sae") and not no_speaker("le ministère")


def test_a_body_named_by_its_first_words_is_found_through_an_index_as_by_reading_every_body():
    """short_names._first_words_merges ("le Haut-Commissariat" for "le Haut Commissariat de la République")
    looks up the bodies whose name starts with a name's words: the merges of reading every body's name."""
    import random

    from recoupe.models import Actor
    from recoupe.short_names import _first_words_merges, _name_words, _new_head_after

    def every_body(organisations, known_places):
        words_of = {a.id: _name_words(a.name) for a in organisations}
        found = []
        for actor in organisations:
            words = words_of[actor.id]
            if len(words) < 2 or not actor.name[:1].isupper() or " ".join(words) in known_places:
                continue
            fits = [o for o in organisations if o.id != actor.id and len(words_of[o.id]) > len(words)
                    and words_of[o.id][:len(words)] == words and not _new_head_after(o.name, len(words))]
            if len(fits) == 1:
                found.append((actor.id, fits[0].id))
        return found

    rng = random.Random(5)
    parts = ["Haut", "Commissariat", "de la", "République", "Conseil", "régional", "Croix-Rouge", "Office", "national"]
    for _ in range(100):
        names = {" ".join(rng.choice(parts) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(2, 25))}
        organisations = [Actor(id=f"a{i}", name=name, kind="organisation") for i, name in enumerate(sorted(names))]
        known = {"conseil regional"}
        assert [(a, b) for a, b, *_ in _first_words_merges(organisations, known)] == every_body(organisations, known)


def test_a_dotted_acronym_gives_all_its_letters_to_the_initials():
    """"U.N. High Commission for Refugees" goes by UNHCR."""
    assert "UNHCR" in actor_keys.initials("U.N. High Commission for Refugees")
