"""Actors across articles (`resolve_actors`): mentions share an actor when their folded names are equal (case,
accents, hyphens, plural and transliteration variants folded: names.py), when they share an acronym, when
rapidfuzz finds two full names of people to be spelling variants, or when a lone surname matches exactly one
person. The mentions themselves are found per article in actors.py.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz, process

from .models import Actor, ActorMention, stable_id
from .names import DEMONYM, _fold_word, _is_acronym, _name_tokens, _org_key, _person_key


def _anchored(mention: ActorMention) -> bool:
    """Whether an organisation's name points to one body whatever the article ('OTAN', 'présidence
    sud-africaine'), or only makes sense in its article ('l'agence de renseignement')."""
    if mention.acronym:
        return True
    words = re.split(r"[\s’']+", mention.name)
    if any(w[:1].isupper() for w in words[1:]) or mention.name[:1].isupper():
        return True
    return any(DEMONYM.search(_fold_word(w)) for w in words[1:])


class _Groups:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_actors(mentions: list[ActorMention]) -> tuple[list[Actor], list[ActorMention]]:
    """Merge mentions across articles into actors; returns the actors and the mentions with actor_id set."""
    mentions = _surnames_taken_for_bodies(sorted(mentions, key=lambda m: (m.article_id, m.start, m.end)))
    groups = _Groups(len(mentions))
    first_with_key: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        for key in _merge_keys(mention):
            if key in first_with_key:
                groups.union(first_with_key[key], i)
            else:
                first_with_key[key] = i
    _merge_person_variants(mentions, groups)
    _merge_lower_case_variants(mentions, groups, first_with_key)

    members: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        members.setdefault(groups.find(i), []).append(i)
    actors = []
    resolved = list(mentions)
    for indexes in members.values():
        group = [mentions[i] for i in indexes]
        actor = _make_actor(group)
        actors.append(actor)
        for i in indexes:
            resolved[i] = mentions[i].model_copy(update={"actor_id": actor.id})
    actors.sort(key=lambda a: (a.kind, a.name.lower(), a.id))
    return actors, resolved


def _surnames_taken_for_bodies(mentions: list[ActorMention]) -> list[ActorMention]:
    """A lone capitalised word NER took for an organisation ("Green told reporters") that is the surname of a
    person its article names in full ("Gov. Jane Green") is that person's name. Not an acronym ("CGT"). So is a
    full name taken for an organisation ("a spokesman for Governor Jane Grene") that folds to the full name of a
    person the dossier names ("Jane Greene": accents, doubled letters and transliteration folded) more often than it
    names a body so ("George Washington University" stays a body when NER once took it for a person)."""
    surnames: dict[str, set[str]] = {}
    named_as: Counter = Counter()  # a full name's key -> its mentions as a person less those as an organisation
    for m in mentions:
        tokens = _name_tokens(m.name)
        if m.kind == "person" and len(tokens) >= 2:
            surnames.setdefault(m.article_id, set()).add(tokens[-1])
            named_as[_person_key(m.name)] += 1
        elif m.kind == "organisation" and _written_as_a_name(m.name.strip()):
            named_as[_person_key(m.name)] -= 1
    full_names = {key for key, count in named_as.items() if count > 0}
    result = []
    for m in mentions:
        word = m.name.strip()
        if m.kind == "organisation" and not m.acronym and (
                " " not in word and word[:1].isupper() and word[1:].islower()
                and _name_tokens(word) and _name_tokens(word)[0] in surnames.get(m.article_id, ())
                or _written_as_a_name(word) and _person_key(word) in full_names):
            m = m.model_copy(update={"kind": "person"})
        result.append(m)
    return result


def _written_as_a_name(name: str) -> bool:
    """Two to four words, each a capital and then lower case ("Jane Grene", "Jean-Luc Roe"): how a person's full
    name is written, and an organisation's rarely."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*", w) for w in words)


def _merge_keys(mention: ActorMention) -> list[str]:
    if mention.kind == "person":
        if len(_name_tokens(mention.name)) == 1:  # a lone surname is settled in its article first
            return [f"p1:{mention.article_id}:{_person_key(mention.name)}"]
        return ["p:" + _person_key(mention.name)]
    keys = []
    key = _org_key(mention.name)
    keys.append("o:" + key if _anchored(mention) else f"o:{mention.article_id}:{key}")
    if mention.acronym:
        keys.append("a:" + mention.acronym.upper())  # "Ocha" and "OCHA"
    return keys


def _named_by_complement(name: str) -> bool:
    """A body's name whose complement is capitalised ("ministère de l'Intérieur", "Cour des comptes" is not):
    the capital is what names one body, so the same words in lower case name it too."""
    words = [re.sub(r"^[dl][’']", "", w) for w in re.split(r"\s+", name.strip()) if w]
    return len(words) >= 2 and not words[0][:1].isupper() and any(w[:1].isupper() for w in words[1:])


def _merge_lower_case_variants(mentions: list[ActorMention], groups: _Groups, first_with_key: dict[str, int]) -> None:
    """An organisation written in lower case in one article ("le ministère de l'intérieur") is the body another
    names with a capital complement ("le ministère de l'Intérieur"): same folded words, so one actor. Only a name of
    two words or more whose capitalised form is a common noun with a capital complement: "la préfecture" stays
    the préfecture of its article."""
    named = {_org_key(m.name): first_with_key.get("o:" + _org_key(m.name)) for m in mentions
             if m.kind != "person" and _anchored(m) and not m.acronym and _named_by_complement(m.name)}
    for i, mention in enumerate(mentions):
        if mention.kind == "person" or _anchored(mention):
            continue
        key = _org_key(mention.name)
        if len(key.split()) >= 2 and named.get(key) is not None:
            groups.union(named[key], i)


def _merge_person_variants(mentions: list[ActorMention], groups: _Groups) -> None:
    """Spelling variants of full names (rapidfuzz), lone surnames matching exactly one person, and names
    with a word glued on ('Anne-Sophieréticente').

    Each rule reads an index instead of every other name (the names compared pairwise grew as the square of the
    dossier): two full names are compared only when their last words are near enough for `_same_person` to
    accept them (a ratio of 80 or more, found by rapidfuzz over the distinct last words); a glued name looks up
    the names its key starts with; a name that ends a longer one, and a lone surname, look up the names that end
    with, or start or end with, their words. Same pairs in the same order, so the same groups."""
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.kind == "person":
            by_key.setdefault(_person_key(m.name), i)
    full = {k: i for k, i in by_key.items() if len(_name_tokens(mentions[i].name)) >= 2}
    tokens_of = {k: _name_tokens(mentions[i].name) for k, i in full.items()}  # each name folded once
    ordered = sorted(full.items())
    for a, b in _near_last_words(ordered, tokens_of):  # as combinations(ordered, 2) gives them, the others left out
        (key_a, i), (key_b, j) = ordered[a], ordered[b]
        if _same_person(tokens_of[key_a], tokens_of[key_b]):
            groups.union(i, j)
    for key_a, i in ordered:
        surface = mentions[i].name
        for length in range(1, len(key_a) - 3):  # the keys key_a starts with, 4 letters shorter or more: in order
            j = full.get(key_a[:length])
            if j is not None:
                tail = surface[-(len(key_a) - length):]
                if tail.isalpha() and tail.islower():
                    groups.union(i, j)
    # a name that is the end of a longer one ("Marie Duval" of "Anne-Marie Duval", which an English
    # parse also reads as "Vendée Anne-Marie Duval"): the one person whose name ends so
    ending_with: dict[tuple, list[int]] = {}  # the last words of a name -> the longer names that end so
    for k, j in full.items():
        tokens = tokens_of[k]
        for count in range(1, len(tokens)):
            ending_with.setdefault(tuple(tokens[-count:]), []).append(j)
    for key, i in sorted(full.items(), key=lambda kv: (-len(tokens_of[kv[0]]), kv[0])):
        longer = {groups.find(j) for j in ending_with.get(tuple(tokens_of[key]), ())}
        if len(longer) == 1:
            groups.union(i, longer.pop())
    # a name of two words or more that begins a longer one ("Jean Mba" of "Jean Mba Ndong", a name its bearer goes
    # by without its last part): the one person whose name begins so ("Kim Jong" of two longer names is neither)
    starting_with: dict[tuple, list[int]] = {}
    for k, j in full.items():
        tokens = tokens_of[k]
        for count in range(2, len(tokens)):
            starting_with.setdefault(tuple(tokens[:count]), []).append(j)
    for key, i in sorted(full.items(), key=lambda kv: (-len(tokens_of[kv[0]]), kv[0])):
        longer = {groups.find(j) for j in starting_with.get(tuple(tokens_of[key]), ())}
        if len(longer) == 1:
            groups.union(i, longer.pop())
    _merge_lone_names(mentions, groups, full)


def _merge_lone_names(mentions: list[ActorMention], groups: _Groups, full: dict[str, int]) -> None:
    """A lone name ("Green") is the one person of that name its article names in full; when its article names
    two ("Gov. Jane Green and her husband, Tom Green"), the one of them the dossier names in at least twice as many
    articles; when its article names none, the one person of that name in the dossier. Lone names left
    unsettled share one actor across articles: the dossier's person of that name when every settled one went to
    the same person and none was left unsettled between two people of its article."""
    articles_of: dict[int, set[str]] = {}
    for j, m in enumerate(mentions):
        articles_of.setdefault(groups.find(j), set()).add(m.article_id)
    named_in: dict[str, set[str]] = {}  # article -> the full-name groups it names
    for j, m in enumerate(mentions):
        if m.kind == "person" and len(_name_tokens(m.name)) >= 2:
            named_in.setdefault(m.article_id, set()).add(groups.find(j))
    tokens_of = {i: _name_tokens(mentions[i].name) for i in full.values()}
    lone: dict[tuple[str, str], int] = {}  # (article, name) -> first mention
    for i, m in enumerate(mentions):
        if m.kind == "person" and len(_name_tokens(m.name)) == 1:
            lone.setdefault((m.article_id, _person_key(m.name)), i)
    settled: dict[str, set[int]] = {}  # name -> the groups its lone mentions went to
    unsettled: dict[str, list[int]] = {}
    torn: set[str] = set()  # names left unsettled in an article that names two such people
    for (article, key), i in sorted(lone.items()):
        token = _name_tokens(mentions[i].name)[0]
        matches = {groups.find(j) for j in full.values() if token in (tokens_of[j][0], tokens_of[j][-1])}
        here = matches & named_in.get(article, set())
        target = None
        if len(here) == 1:
            target = next(iter(here))
        elif len(here) > 1:
            ranked = sorted(here, key=lambda g: -len(articles_of.get(g, ())))
            if len(articles_of.get(ranked[0], ())) >= 2 * len(articles_of.get(ranked[1], ())):
                target = ranked[0]
        elif len(matches) == 1:
            target = next(iter(matches))
        if target is None:
            unsettled.setdefault(key, []).append(i)
            if here:
                torn.add(key)
        else:
            groups.union(i, target)
            settled.setdefault(key, set()).add(groups.find(target))
    for key, indexes in unsettled.items():
        for i in indexes[1:]:
            groups.union(indexes[0], i)
        targets = {groups.find(t) for t in settled.get(key, set())}
        if len(targets) == 1 and key not in torn:
            groups.union(indexes[0], targets.pop())


LAST_WORD_RATIO = 80  # _same_person accepts no two names whose last words are further apart


def _near_last_words(ordered: list[tuple[str, int]], tokens_of: dict[str, list[str]]) -> list[tuple[int, int]]:
    """The pairs (a < b) of positions in `ordered` whose names' last words have a fuzz.ratio near LAST_WORD_RATIO or
    more (the same word, or near it), sorted as itertools.combinations gives them. Two different keys never join
    into the same letters, so `_same_person` needs this ratio to accept a pair."""
    at: dict[str, list[int]] = {}
    for position, (key, _) in enumerate(ordered):
        at.setdefault(tokens_of[key][-1], []).append(position)
    words = list(at)
    pairs = []
    for word in words:
        # a point below the ratio: a pair at the edge is kept, and _same_person decides it as before
        for near, _, _ in process.extract(word, words, scorer=fuzz.ratio, processor=None,
                                          score_cutoff=LAST_WORD_RATIO - 1, limit=None):
            pairs += [(a, b) for a in at[word] for b in at[near] if a < b]
    return sorted(set(pairs))


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two full names of the same person in different spellings. Family names may come first (Korean,
    Chinese), so both the first and the last word must agree, and the whole name must be nearly equal."""
    if "".join(a) == "".join(b):
        return True
    if len(a) != len(b) and fuzz.ratio("".join(a[:-1]), "".join(b[:-1])) >= 85 and fuzz.ratio(a[-1], b[-1]) >= 80:
        return fuzz.ratio("".join(a), "".join(b)) >= 88  # a given name written in one word or two: "Abdul Hamid"
    if fuzz.ratio(a[0], b[0]) < 80 or fuzz.ratio(a[-1], b[-1]) < 80:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(longer) == len(shorter) + 1 == 3 and shorter[0] == longer[0] and shorter[-1] == longer[-1]:
        return True  # a middle name given once: "Hans Kluge", "Hans Henri Kluge"
    return fuzz.ratio("".join(a), "".join(b)) >= 88


def _make_actor(group: list[ActorMention]) -> Actor:
    kind = Counter(m.kind for m in group).most_common(1)[0][0]
    name = _canonical_name(group, kind)
    if kind == "person":
        key = "p:" + _person_key(name)
    else:
        anchored = any(_anchored(m) for m in group)
        key = "o:" + _org_key(name) if anchored else f"o:{group[0].article_id}:{_org_key(name)}"
    roles = Counter(m.role for m in group if m.role)
    role = max(roles, key=lambda r: (roles[r], len(r), r)) if roles else None
    return Actor(
        id=stable_id("actor", key),
        name=name,
        kind=kind,
        role=role,
        aliases=_clean_aliases({m.surface for m in group} | {m.name for m in group} | {m.acronym for m in group if m.acronym}),
        mention_count=len(group),
    )


def _clean_aliases(spellings: set[str]) -> list[str]:
    """Every spelling seen, without a name glued to the next word by a missing space ("Anne-Sophieréticente"):
    the mention still counts, its junk spelling is not one to search for."""
    def glued(alias: str) -> bool:
        return any(alias.startswith(other) and alias != other and alias[len(other):].isalpha()
                   and alias[len(other):].islower() and len(alias) - len(other) >= 4 for other in spellings)
    return sorted(a for a in spellings if not glued(a))


def _canonical_name(group: list[ActorMention], kind: str) -> str:
    """The fullest common form: for people a full name used in the most articles; for organisations a long
    form rather than its acronym, used in the most articles, longest on ties."""
    articles: dict[str, set[str]] = {}
    for m in group:
        articles.setdefault(m.name, set()).add(m.article_id)
    names = list(articles)
    if kind == "person":
        full = [n for n in names if len(_name_tokens(n)) >= 2]
        glued = {n for n in full for o in full if n != o and _person_key(n).startswith(_person_key(o))}
        names = [n for n in full if n not in glued] or full or names
    else:
        long_forms = [n for n in names if not _is_acronym(n)]
        names = long_forms or names
    return max(names, key=lambda n: (len(articles[n]), len(n), n))


# Per-article mentions moved to actors.py; these names stay importable from here.
from .actors import extract_actor_mentions, without_places  # noqa: E402,F401

__all__ = ["extract_actor_mentions", "resolve_actors", "without_places"]
