"""Person names merged across articles (recoupe/entities.py, `_merge_person_variants`): read through indexes of
last words, keys and first and last words, the groups are those the comparison of every pair of names gives (the
brute-force rules below, as they were written). Made-up names."""

from __future__ import annotations

import random
from itertools import combinations

from recoupe import entities
from recoupe.models import ActorMention
from recoupe.names import _name_tokens, _person_key


def _every_pair(mentions: list[ActorMention], groups) -> None:
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.kind == "person":
            by_key.setdefault(_person_key(m.name), i)
    full = {k: i for k, i in by_key.items() if len(_name_tokens(mentions[i].name)) >= 2}
    for (key_a, i), (key_b, j) in combinations(sorted(full.items()), 2):
        if entities._same_person(_name_tokens(mentions[i].name), _name_tokens(mentions[j].name)):
            groups.union(i, j)
    for key_a, i in sorted(full.items()):
        surface = mentions[i].name
        for key_b, j in sorted(full.items()):
            if key_a != key_b and key_a.startswith(key_b) and len(key_a) - len(key_b) >= 4:
                tail = surface[-(len(key_a) - len(key_b)):]
                if tail.isalpha() and tail.islower():
                    groups.union(i, j)
    tokens_of = {k: _name_tokens(mentions[i].name) for k, i in full.items()}
    for key, i in sorted(full.items(), key=lambda kv: (-len(tokens_of[kv[0]]), kv[0])):
        tail = tokens_of[key]
        longer = {groups.find(j) for k, j in full.items()
                  if len(tokens_of[k]) > len(tail) and tokens_of[k][-len(tail):] == tail}
        if len(longer) == 1:
            groups.union(i, longer.pop())
    for key, i in sorted(full.items(), key=lambda kv: (-len(tokens_of[kv[0]]), kv[0])):
        head = tokens_of[key]
        longer = {groups.find(j) for k, j in full.items()
                  if len(tokens_of[k]) > len(head) and tokens_of[k][:len(head)] == head}
        if len(longer) == 1:
            groups.union(i, longer.pop())
    entities._merge_lone_names(mentions, groups, full)  # lone names: settled per article, one rule for both


FIRST = ["Anne", "Marie", "Anne-Marie", "Jean", "Hans", "Henri", "Abdul", "Kim", "Yaroslav", "Iaroslav", "Lee", "Jo"]
LAST = ["Duval", "Duvall", "Dupont", "Dupond", "Kluge", "Petrenko", "Petrenkiy", "Hamid", "Jong", "Park", "Lee",
        "Sungmin", "Durand", "Duran", "Martin", "Martins"]


def test_person_variants_read_through_indexes_give_the_groups_of_every_pair():
    rng = random.Random(11)
    for _ in range(150):
        names = []
        for _ in range(rng.randint(2, 40)):
            roll = rng.random()
            if roll < 0.15:
                names.append(rng.choice(LAST))  # a lone surname
            elif roll < 0.25:
                names.append(f"{rng.choice(FIRST)} {rng.choice(LAST)}{rng.choice(['réticente', 'x', ''])}")  # glued
            elif roll < 0.4:
                names.append(f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}")
            else:
                names.append(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        mentions = [ActorMention(id=f"m{i}", article_id=f"a{i % 3}", surface=n, name=n, kind="person", start=i,
                                 end=i + 1, sentence=n) for i, n in enumerate(names)]
        expected, found = entities._Groups(len(mentions)), entities._Groups(len(mentions))
        _every_pair(mentions, expected)
        entities._merge_person_variants(mentions, found)
        assert [found.find(i) for i in range(len(mentions))] == [expected.find(i) for i in range(len(mentions))], names


def test_a_lone_surname_spelt_another_way_is_found_among_near_words_as_among_every_person():
    """resolve_actors._transliteration_merges compares a lone surname only with the persons one of whose ends
    (first or last word) is near it (rapidfuzz over the distinct ends): the merges of comparing it with everyone."""
    from rapidfuzz import fuzz as ratio

    from recoupe.models import Actor
    from recoupe.resolve_actors import _transliteration_merges

    def every_person(actors):
        persons = [a for a in actors if a.kind == "person"]
        found = []
        for actor in [a for a in persons if len(_name_tokens(a.name)) == 1]:
            token = _name_tokens(actor.name)[0]
            if len(token) < 5:
                continue
            fits = []
            for other in persons:
                if other.id == actor.id:
                    continue
                tokens = _name_tokens(other.name)
                ends = {tokens[0], tokens[-1]} if len(tokens) > 1 else {tokens[0]}
                score = max(ratio.ratio(token, end) for end in ends)
                if score >= 85 and token not in ends:
                    fits.append((other, score))
            if len(fits) == 1 and not (len(_name_tokens(fits[0][0].name)) == 1 and fits[0][0].id < actor.id):
                found.append((actor.id, fits[0][0].id))
        return found

    rng = random.Random(3)
    for _ in range(150):
        names = [rng.choice([rng.choice(LAST), f"{rng.choice(FIRST)} {rng.choice(LAST)}"])
                 for _ in range(rng.randint(2, 30))]
        actors = [Actor(id=f"p{i:02d}", name=name, kind="person") for i, name in enumerate(names)]
        assert [(a, b) for a, b, *_ in _transliteration_merges(actors, {})] == every_person(actors), names


def test_a_name_that_begins_one_longer_name_is_that_person():
    """ "Jean Mba" is "Jean Mba Ndong" when the dossier has one such longer name; "Kim Jong" of "Kim Jong Un" and
    "Kim Jong Il" is neither."""
    names = ["Jean Mba Ndong", "Jean Mba", "Kim Jong Un", "Kim Jong Il", "Kim Jong"]
    mentions = [ActorMention(id=f"m{i}", article_id=f"a{i}", surface=n, name=n, kind="person", start=i, end=i + 1,
                             sentence=n) for i, n in enumerate(names)]
    groups = entities._Groups(len(mentions))
    entities._merge_person_variants(mentions, groups)
    assert groups.find(0) == groups.find(1)
    assert len({groups.find(2), groups.find(3), groups.find(4)}) == 3
