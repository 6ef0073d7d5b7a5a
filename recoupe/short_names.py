"""A body named by part of its name, or by its name without its country (recoupe/resolve_actors.py runs these
rules, and speaker_merges.py runs the last two again on the speakers made actors since):

- one word of its name, its first ("l'Assemblée" for "Assemblée nationale") or its capitalised complement
  ("l'Intérieur" for "ministère de l'Intérieur"), and its first words ("le Haut-Commissariat"): `short_name`;
- its head noun alone, as English puts it last ("Police", "the Harbour Authority" for "Riverton Police",
  "Riverton Harbour Authority"): `short_name`;
- a description without its country ("le conseil royal" for "conseil royal <adj>"): `description`.

Each counts as one fit the bodies the rules before it already merged (`_merged_so_far`).
"""
from __future__ import annotations

import re
from collections import defaultdict

from . import lexicon
from .actor_keys import _fold_phrase, _lexicon, name_key
from .models import Actor
from .names import ARTICLE_WORDS, _fold_word, _is_acronym
from .place_speakers import DossierPlaces


def _one_each(bodies: list[Actor], actor: Actor, root) -> list[Actor]:
    """The bodies other than `actor`, one per body the merges found so far make of them (`root` names it)."""
    seen: dict[str, Actor] = {}
    for other in bodies:
        if other.id != actor.id and root(other.id) != root(actor.id):
            seen.setdefault(root(other.id), other)
    return list(seen.values())


def _merged_so_far(found: list[tuple[str, str, str, float, str]]):
    """The actor each one is merged into by the merges found so far (apply_merges' reading of them)."""
    into: dict[str, str] = {}
    for merged, kept, *_ in found:
        while kept in into:
            kept = into[kept]
        if merged != kept and merged not in into:
            into[merged] = kept

    def root(actor_id: str) -> str:
        while actor_id in into:
            actor_id = into[actor_id]
        return actor_id
    return root


def _elliptic_merges(actors: list[Actor], group_of, places: frozenset[tuple[str, str]] = frozenset(), root=lambda a: a,
                     ) -> list[tuple[str, str, str, float, str]]:
    """A body named by one word of its name: its first ("l'Assemblée" for "Assemblée nationale") or the
    capitalised complement ("l'Intérieur" for "ministère de l'Intérieur"), when exactly one body has it; never
    a place ("l'Espagne" is not "l'ambassade d'Espagne")."""
    organisations = [a for a in actors if a.kind == "organisation"]
    known_places = {name for name, _ in places}
    by_first: dict[str, list[Actor]] = defaultdict(list)  # the first word of each long name
    by_last: dict[str, list[Actor]] = defaultdict(list)  # and its capitalised complement
    for other in organisations:
        words = [w for w in re.split(r"\s+", other.name) if w]
        if len(words) < 2:
            continue
        last = re.sub(r"^[dl][’']", "", words[-1])
        complement = last[:1].isupper() and (words[-1] != last or words[-2].lower() in ("de", "du", "des", "la"))
        by_first[_fold_word(words[0])].append(other)
        if complement and _fold_word(last) != _fold_word(words[0]):
            by_last[_fold_word(last)].append(other)
    found = []
    for actor in organisations:
        word = actor.name.strip()
        if " " in word or not word[:1].isupper() or _is_acronym(word) or _fold_word(word) in known_places:
            continue
        # the body whose name starts with the word, else the one whose complement it is ("le Croissant-Rouge" is
        # "Croissant-Rouge libyen" rather than "Fédération … de la Croix-Rouge et du Croissant-Rouge")
        # two names of one body the rules above merged ("ministère de l'Intérieur", "ministère <adj> de
        # l'Intérieur") are one fit
        first = [other for other in by_first.get(_fold_word(word), []) if other.id != actor.id]
        fits = _one_each(first if first else by_last.get(_fold_word(word), []), actor, root)
        if len(fits) == 1:
            found.append((actor.id, fits[0].id, "short_name", 0.7,
                          f"'{actor.name}' is one word of '{fits[0].name}', the only body whose name has it"))
    found += _first_words_merges(organisations, known_places)
    return found


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(_fold_word(w) for w in re.split(r"[\s\-‐’'()]+", name) if w and _fold_word(w) not in ARTICLE_WORDS)


def _new_head_after(name: str, count: int) -> bool:
    """Whether the word of a name after its first `count` words starts a body of its own: a capitalised word that
    is no function word nor a word of a legal form ("Riverside County Fire" after "Riverside County": the county's
    fire department, the head noun coming last in English), not a complement ("Haut-Commissariat de la
    République") nor an adjective ("Croix-Rouge italienne")."""
    raw = [w for w in re.split(r"[\s\-‐’'()]+", name) if w]
    seen = 0
    for i, word in enumerate(raw):
        if _fold_word(word) in ARTICLE_WORDS:
            continue
        seen += 1
        if seen == count:
            from .actor_keys import _plain, _translations

            following = raw[i + 1] if i + 1 < len(raw) else ""
            words = _translations()
            return bool(following) and following[:1].isupper() and _fold_word(following) not in ARTICLE_WORDS and (
                _plain(following) not in words["dropped"] and _plain(following) not in words["forms"])
    return False


def _first_words_merges(organisations: list[Actor], known_places: set[str]) -> list[tuple[str, str, str, float, str]]:
    """A body named by the first words of its name, written with a hyphen or not ("le Haut-Commissariat" for "le
    Haut Commissariat de la République"), when exactly one body's name starts with them; never a place, and a
    name of one word is the rule above's."""
    words_of = {a.id: _name_words(a.name) for a in organisations}
    starting_with: dict[tuple[str, ...], list[Actor]] = {}  # first words -> the longer names starting so, in order
    for other in organisations:
        for count in range(1, len(words_of[other.id])):
            starting_with.setdefault(words_of[other.id][:count], []).append(other)
    found = []
    for actor in organisations:
        words = words_of[actor.id]
        if len(words) < 2 or not actor.name[:1].isupper() or " ".join(words) in known_places:
            continue
        fits = [other for other in starting_with.get(words, ()) if other.id != actor.id
                and not _new_head_after(other.name, len(words))]
        if len(fits) == 1:
            found.append((actor.id, fits[0].id, "short_name", 0.7,
                          f"'{actor.name}' is the first words of '{fits[0].name}', the only body whose name starts so"))
    return found


def _head_nouns_en() -> frozenset[str]:
    """English nouns of bodies and groups (en/sources.yml collective_speakers, body_nouns, local_government), folded."""
    data = lexicon.load("sources", "en")
    words = set()
    for key in ("collective_speakers", "body_nouns", "local_government"):
        for phrase in data.get(key) or []:
            words.update(_fold_word(w) for w in str(phrase).split())
    return frozenset(words)


def _title_case_words(name: str) -> list[str]:
    """A name's words without a leading "the", or [] when one of them is not capitalised."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return words if all(w[:1].isupper() for w in words) else []


def _head_last_merges(actors: list[Actor], group_of, root=lambda a: a) -> list[tuple[str, str, str, float, str]]:
    """English puts a body's head noun last: "Police", "the police", "the Harbour Authority" name the one body
    the dossier names with capitalised words before the same words ("Riverton Police", "Riverton Harbour
    Authority"), when the last word is a noun of bodies (en/sources.yml) or is written in lower case in one of its
    mentions ("the police"): a common noun, not a surname ("Lee" of "Port Lee") (0.6). Never a town's speakers ("police (Lyon)"),
    and French names, whose complements are lower-case words ("Préfecture de police"), never fit."""
    heads = _head_nouns_en()
    organisations = [a for a in actors if a.kind == "organisation"]
    ending: dict[tuple[str, ...], list[Actor]] = defaultdict(list)  # last words -> the bodies named with more before
    for other in organisations:
        for name in sorted({other.name, *other.aliases}):
            words = _title_case_words(name) if "(" not in name else []
            for count in range(1, len(words)):
                key = tuple(_fold_word(w) for w in words[-count:])
                if other not in ending[key]:
                    ending[key].append(other)
    found = []
    for actor in organisations:
        if "(" in actor.name or not group_of[actor.id]:
            continue
        words = actor.name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words or not all(w[:1].isupper() for w in words) and not actor.name.islower():
            continue
        last = words[-1]
        lower_case = any(re.search(rf"(?<!\w){re.escape(last.lower())}(?!\w)", m.surface) for m in group_of[actor.id])
        if _fold_word(last) not in heads and not lower_case:
            continue
        key = tuple(_fold_word(w) for w in words)
        if any(root(o.id) == root(actor.id) for o in ending.get(key, [])):
            continue  # already one with a body of that head ("Coast Guard" with the "<adj> Coast Guard", or its alias)
        fits = [o for o in _one_each(ending.get(key, []), actor, root)
                if tuple(_fold_word(w) for w in _title_case_words(o.name)) != key]
        if len(fits) == 1:
            found.append((actor.id, fits[0].id, "short_name", 0.6,
                          f"'{actor.name}' is the head of '{fits[0].name}', the only body of the dossier named with "
                          "a name before it"))
    return found


def _framed_country(name: str, countries: DossierPlaces) -> tuple[str, str]:
    """A speaker framed by a country ("military (Ruritania)": described_speakers names a speaker with the place
    that frames it) as its description and that country's code; ("", "") for any other name."""
    at = name.find(" (")
    if at <= 0 or not name.endswith(")"):
        return "", ""
    code = countries.by_name.get(" ".join(_fold_phrase(name[at + 2:-1])))
    return (name[:at], code) if code else ("", "")


def _national_key(actor: Actor, group, countries: DossierPlaces) -> tuple[tuple[str, ...], list[str], bool]:
    """The words of a body's name without its country, its countries ("@ES"), and whether it reads as a description
    written without a country (lower case, no acronym); a speaker framed by a country counts as named with it."""
    described, code = _framed_country(actor.name, countries)
    if code:
        return tuple(w for w in name_key(described) if not w.startswith("@")), ["@" + code], False
    if "(" in actor.name or _is_acronym(actor.name):
        return (), [], False
    key = name_key(actor.name)
    bare = actor.name[:1].islower() and all(m.name[:1].islower() and not m.acronym for m in group)
    return tuple(w for w in key if not w.startswith("@")), [w for w in key if w.startswith("@")], bare


def _about(group, country: str, countries: DossierPlaces) -> bool:
    """Whether every article of a body's mentions is about `country` (@code)."""
    return bool(group) and all(countries.by_article.get(m.article_id) == country[1:] for m in group)


def _national_descriptions(actors: list[Actor], group_of, root=lambda a: a,
                           countries: DossierPlaces = DossierPlaces()) -> list[tuple[str, str, str, float, str]]:
    """A body described without its country ("le conseil royal", "la préfecture") is the one the dossier describes
    or names with a country ("conseil royal <adj>", "préfecture de <territory>"), when it gives that body one
    country only (0.6). A body the dossier gives a country only as a speaker framed by it ("military (<country>)":
    "<Country>'s military said") is that body only in articles about that country (`countries.by_article`), the
    frame being one sentence's. Not with a vague word ("les autorités" are not "les autorités <adj>", "officials"
    not "<adj> officials": fr/sources.yml vague_heads, en/sources.yml speaker_synonyms; measured: the story sets
    lose more pairs than they gain even in articles about that country) nor a town's speakers ("police (Lyon)")."""
    synonyms = lexicon.load("sources", "en").get("speaker_synonyms") or {}  # "officials", "authorities"
    vague = _lexicon()["vague"] | {_fold_word(str(w)) for pair in synonyms.items() for w in pair}
    national: dict[tuple[str, ...], dict[str, list[Actor]]] = defaultdict(lambda: defaultdict(list))
    bare: dict[tuple[str, ...], list[Actor]] = defaultdict(list)
    for actor in sorted(actors, key=lambda a: a.id):
        group = group_of[actor.id]
        if actor.kind != "organisation" or not group:
            continue
        rest, found_countries, described = _national_key(actor, group, countries)
        if not rest:
            continue
        if len(found_countries) == 1:
            national[rest][found_countries[0]].append(actor)
        elif not found_countries and described and not vague & set(_fold_phrase(actor.name)):
            bare[rest].append(actor)
    found = []
    for rest, described in sorted(bare.items()):
        by_country = national.get(rest, {})
        if len(by_country) != 1:
            continue
        country, bodies = next(iter(by_country.items()))
        framed = any(_framed_country(b.name, countries)[1] for b in bodies)
        for actor in described:
            if framed and not _about(group_of[actor.id], country, countries):
                continue
            fits = _one_each(bodies, actor, root)
            if len(fits) == 1:
                about = ", in articles about that country" if framed else ""
                found.append((actor.id, fits[0].id, "description", 0.6,
                              f"'{actor.name}' is '{fits[0].name}' without its country ({country[1:]}), the only "
                              f"such body in the dossier{about}"))
    return found
