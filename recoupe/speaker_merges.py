"""Speakers merged into the body or person they stand for (`merge_speakers`), each merge with its rule, confidence
and evidence: a word that stands for a body ("la place Beauvau"), a body of another ("une agence de l'ONU"), the
first words of a named body ("le haut-commissariat"), English officials of a local government ("county
officials"), an office named alone ("le préfet").
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import lexicon
from .attribution import TITLE_NOUNS
from .models import Actor, ActorMention, ActorMerge
from .names import ARTICLE_WORDS, _fold_word, _name_tokens
from .office_holders import _introduced_as, _office_words, _offices
from .resolve_actors import BODY, _after_a_civility, _bracket_merges, _fold_phrase, apply_merges, description_words, name_key
from .short_names import (_elliptic_merges, _head_last_merges, _merged_so_far, _name_words,
                          _national_descriptions, _new_head_after)
from .place_speakers import DossierPlaces, place_government_merges
from .spokespeople import spokesperson_merges
from .source_phrases import MEMBER, _english_speaker_synonyms

def merge_speakers(actors: list[Actor], mentions: list[ActorMention], places: frozenset[tuple[str, str]] = frozenset(),
                   dossier: DossierPlaces = DossierPlaces()) -> tuple[list[Actor], list[ActorMention], list[ActorMerge]]:
    """Speakers named by a word that stands for a body (sources.yml `speaks_as`: "la place Beauvau", "la police"
    giving a national count, "les syndicats" speaking together) merged into that body, when the dossier names it
    and the speaker is no town's ("police (Lyon)" stays apart). `places` holds (folded name, country code) for the
    places the dossier names, as resolve_actors reads them; `dossier` what its places say of speakers (the
    country each article is about, for a speaker framed by a country: "military (<country>)"; the places' names,
    for a place taken for a speaker)."""
    def folded(name: str) -> str:
        return " ".join(w for w in _fold_phrase(name) if w not in ARTICLE_WORDS)

    table = {folded(k): folded(v) for k, v in (lexicon.load("sources").get("speaks_as") or {}).items()}
    group_of: dict[str, list[ActorMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m.article_id, m.start, m.end)):
        group_of[m.actor_id].append(m)
    by_name: dict[str, list[Actor]] = defaultdict(list)  # by its name, else by an alias
    by_alias: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        by_name[folded(actor.name)].append(actor)
        for name in actor.aliases:
            by_alias[folded(name)].append(actor)
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or not group_of[actor.id]:
            continue
        wanted = table.get(folded(actor.name))
        if not wanted:
            continue  # no word of speaks_as: an empty key would find any actor whose name folds to nothing ("A")
        targets = {t.id: t for t in by_name.get(wanted or "", []) or by_alias.get(wanted or "", []) if t.id != actor.id}
        if len(targets) == 1:
            target = next(iter(targets.values()))
            found.append((actor.id, target.id, "speaks_as", 0.6,
                          f"'{actor.name}' speaks as '{target.name}' (sources.yml speaks_as), named in the dossier"))
    found += _member_merges(actors, group_of, by_name, by_alias, folded)
    found += _first_words_of_a_named_body(actors, group_of)
    found += _elliptic_in_its_article(actors, group_of, places, _merged_so_far(found))
    found += _civility_merges(actors, group_of)
    found += _local_government_merges(actors, group_of)
    found += place_government_merges(actors, group_of, dossier.names)
    found += _office_merges(actors, group_of)
    # the rules of resolve_actors that read brackets and descriptions, for the speakers made actors since ("police",
    # "le conseil royal", "CDC" of "Africa CDC (Centres de contrôle…)")
    found += _bracket_merges(actors, group_of, before=found)
    found += _head_last_merges(actors, group_of, _merged_so_far(found))
    found += _national_descriptions(actors, group_of, _merged_so_far(found), dossier)
    found += spokesperson_merges(actors, group_of, _merged_so_far(found))
    if not found:
        return actors, mentions, []
    return apply_merges({a.id: a for a in actors}, mentions, group_of, found)


def _civility_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """A speaker made a body that is a civility and a name ("le Dr Tedros") is the one person the dossier names so
    ("Tedros", or the one person of that surname) (0.7): resolve_actors' `_after_a_civility` for speakers read since."""
    persons = [a for a in actors if a.kind == "person"]
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or not group_of[actor.id]:
            continue
        person = _after_a_civility(group_of[actor.id][0].model_copy(update={"name": actor.name}))
        if person.kind != "person":
            continue
        tokens = _name_tokens(person.name)
        fits = {p.id for p in persons if _name_tokens(p.name) == tokens
                or len(tokens) == 1 and _name_tokens(p.name)[-1:] == tokens}
        if len(fits) == 1:
            target = next(iter(fits))
            name = next(a.name for a in persons if a.id == target)
            found.append((actor.id, target, "title", 0.7, f"'{actor.name}' is a civility and the name of '{name}'"))
    return found


def _elliptic_in_its_article(actors: list[Actor], group_of, places, root) -> list[tuple[str, str, str, float, str]]:
    """A speaker named by one word of a body's name ("selon la Cour" for "Cour constitutionnelle"), resolve_actors'
    short_name rule, when its article names that body in full and a comma or a full stop ends the word: a speaker
    read after resolve_actors may be a name NER cut ("le Centre" of "le Centre sismologique euroméditerranéen")."""
    def articles(actor_id: str) -> set[str]:
        return {m.article_id for m in group_of[actor_id]}
    return [found for found in _elliptic_merges(actors, group_of, places, root)
            if articles(found[0]) & articles(found[1]) and not any(_name_goes_on(m) for m in group_of[found[0]])]


def _name_goes_on(mention: ActorMention) -> bool:
    """Whether a lower-case word follows the mention in its sentence: the name may go on ("le Centre sismologique
    euroméditerranéen"), where a comma or a full stop ends it ("proclamés par la Cour, Jean Roe a obtenu ...")."""
    at = mention.sentence.find(mention.surface)
    return at < 0 or bool(re.match(r"\s+[^\W\d_A-ZÀ-Ý]", mention.sentence[at + len(mention.surface):]))


def _first_words_of_a_named_body(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """A body that speaks under a common noun ("selon le haut-commissariat", "la chambre de commerce a
    indiqué") is the one body the dossier names with a name starting with those words ("Haut-Commissariat de la
    République", "Chambre de commerce et d'industrie de …") (0.6). Not a plural, a town's ("police (Lyon)") or a
    vague word ("le gouvernement")."""
    vague = {_fold_word(w) for w in lexicon.load("sources", "fr").get("vague_heads") or []}
    named = [a for a in actors if a.kind == "organisation" and a.name[:1].isupper() and group_of[a.id]]
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        name = actor.name.strip()
        if actor.kind != "organisation" or not group_of[actor.id] or "(" in name:
            continue
        words = _name_words(name)
        if not words or words[0] in vague or words[0].endswith(("s", "x")) and len(words) == 1:
            continue
        if name[:1].isupper() and len(words) < 2:
            continue  # one capitalised word: resolve_actors' short_name rule, which knows the places
        # a longer name, or the same words written otherwise ("le haut-commissariat de la République")
        fits = {a.id: a for a in named if a.id != actor.id and _name_words(a.name)[:len(words)] == words and (
            len(_name_words(a.name)) > len(words) and not _new_head_after(a.name, len(words)) or name[:1].islower())}
        shortest = min(fits.values(), key=lambda a: (len(_name_words(a.name)), a.id), default=None)
        if shortest is not None and all(_name_words(a.name)[:len(_name_words(shortest.name))] == _name_words(shortest.name)
                                        for a in fits.values()):
            target = shortest  # "Haut-Commissariat de la République" and the same "… en <territory>"
            found.append((actor.id, target.id, "short_name", 0.6,
                          f"'{actor.name}' is the first words of '{target.name}', the only body of the dossier "
                          "whose name starts so"))
    return found


def _local_government_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """English officials of a local government: "county officials", "the county" are the one body the dossier
    names "<Place> County"; "Riverside officials" are the body named "Riverside County" (or "Riverside City
    Council"...) when the dossier names exactly one such (en/sources.yml local_government), and "officials (Riverside
    County)" the body named "Riverside County" (0.6)."""
    nouns = {_fold_word(w) for w in lexicon.load("sources", "en").get("local_government") or []}
    if not nouns:
        return []
    authority = {w for w, v in _english_speaker_synonyms().items()} | {"authority"}
    named = [a for a in actors if a.kind == "organisation" and a.name[:1].isupper() and group_of[a.id]]
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or not group_of[actor.id]:
            continue
        placed = re.fullmatch(r"([a-z][\w ’'-]*?)\s*\((.+)\)", actor.name.strip())
        desc, place = (placed.group(1), placed.group(2)) if placed else (actor.name.strip(), None)
        if not desc[:1].islower():
            continue
        words = [w for w in _name_words(desc) if w not in ("the",)]
        if place is not None:
            wanted = _name_words(place)
            if len(words) == 1 and words[0] not in authority:  # "Riverside police": the "Riverside Police Department"
                fits = {a.id: a for a in named if a.id != actor.id and any(
                    _name_words(n)[:len(wanted)] == wanted and words[0] in _name_words(n)[len(wanted):]
                    for n in {a.name, *a.aliases})}
            elif not words or any(w not in authority for w in words):
                continue
            else:
                # "officials (Riverside)": "Riverside County"; "officials (Riverside County)": the body named as
                # the place is, the place's own last word a noun of local government
                fits = {a.id: a for a in named if a.id != actor.id and any(
                    _name_words(n)[:len(wanted)] == wanted and len(_name_words(n)) == len(wanted) + 1
                    and _name_words(n)[-1] in nouns or _name_words(n) == wanted and wanted[-1] in nouns
                    for n in {a.name, *a.aliases})}
        else:
            if not words or words[0] not in nouns or any(w not in authority for w in words[1:]):
                continue
            fits = {a.id: a for a in named if a.id != actor.id and any(
                len(_name_words(n)) >= 2 and _name_words(n)[-1] == words[0] and n[:1].isupper()
                for n in {a.name, *a.aliases})}
        if len(fits) == 1:
            target = next(iter(fits.values()))
            found.append((actor.id, target.id, "description", 0.6,
                          f"'{actor.name}' speaks for the local government the dossier names '{target.name}', "
                          "the only one that fits"))
    return found


def _office_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """A speaker named by an office alone ("le préfet", "le préfet du département", "le haut-commissaire") is the
    person the dossier introduces with that office, its place words included ("le préfet de la Somme, Jeanne
    Martin"): the one named last before it in its article, else the one its article introduces later (0.7), else
    the only one in the dossier (0.6). Two people of that office and none in its article: no merge."""
    office_titles, places = _offices()
    titles = office_titles | {_fold_word(w) for w in TITLE_NOUNS}
    holders: dict[str, list[tuple[ActorMention, list[str]]]] = defaultdict(list)  # title -> (mention, office words)
    for actor in actors:
        if actor.kind != "person":
            continue
        for m in group_of[actor.id]:
            office = _introduced_as(m, titles, places)
            if office:
                holders[office[0]].append((m, office))
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        words = actor.name.split()
        if actor.kind != "organisation" or not group_of[actor.id] or not words or actor.name[:1].isupper():
            continue
        office = _office_words(re.sub(r"\s*\([^()]*\)\s*$", "", actor.name), places)
        if not office or office[0] not in office_titles or _fold_word(words[0]) != words[0].lower().replace("é", "e").replace("è", "e"):
            continue  # not an office, or a plural ("les préfets")
        fits = [(m, o) for m, o in holders.get(office[0], []) if set(office[1:]) <= set(o)]
        people = {m.actor_id for m, _ in fits}
        if not people:
            continue
        mention = group_of[actor.id][0]
        before = [(m.start, m.actor_id) for m, _ in fits if m.article_id == mention.article_id and m.end <= mention.start]
        here = {m.actor_id for m, _ in fits if m.article_id == mention.article_id}
        if before:
            target, confidence, why = max(before)[1], 0.7, "introduced with that office last before it in its article"
        elif len(here) == 1:
            target, confidence, why = next(iter(here)), 0.7, "introduced with that office later in its article"
        elif len(people) == 1:
            target, confidence, why = next(iter(people)), 0.6, "the only person the dossier introduces with that office"
        else:
            continue
        name = next(a.name for a in actors if a.id == target)
        found.append((actor.id, target, "title", confidence, f"'{actor.name}' is '{name}', {why}"))
    return found


def _member_merges(actors, group_of, by_name, by_alias, folded) -> list[tuple[str, str, str, float, str]]:
    """"une agence de l'ONU" is the body of the UN the dossier names whose name holds the UN's ("Bureau de
    coordination des affaires humanitaires des Nations unies"): the one named in the description's article (0.7),
    else the only one in the dossier (0.6)."""
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        member = MEMBER.match(actor.name) or MEMBER.match("l'" + actor.name)
        if actor.kind != "organisation" or not group_of[actor.id] or member is None or not actor.name[:1].islower():
            continue
        if description_words(member.group(1)) != [BODY]:
            continue
        parents = {p.id: p for p in by_name.get(folded(member.group(2)), []) or by_alias.get(folded(member.group(2)), [])}
        if len(parents) != 1:
            continue
        parent = next(iter(parents.values()))
        keys = {tuple(w for w in name_key(n) if description_words(w) != [BODY])  # "Organisation des Nations unies"
                for n in {parent.name, *parent.aliases} if not n.isupper()}            # -> nation, uni
        keys = {k for k in keys if len(k) >= 2}
        if not keys:
            continue
        fits = []
        for other in actors:
            if other.id in (actor.id, parent.id) or other.kind != "organisation" or not group_of[other.id]:
                continue
            words = description_words(other.name)
            if not words or words[0] != BODY:
                continue
            own = set().union(*(name_key(n) for n in {other.name, *other.aliases}))
            if any(set(key) <= own for key in keys):
                fits.append(other)
        articles = {m.article_id for m in group_of[actor.id]}
        here = [o for o in fits if any(m.article_id in articles for m in group_of[o.id])]
        if len(here) == 1:
            target, confidence, where = here[0], 0.7, "the only one named in its article"
        elif len(fits) == 1:
            target, confidence, where = fits[0], 0.6, "the only one in the dossier"
        else:
            continue
        found.append((actor.id, target.id, "description", confidence,
                      f"'{actor.name}' is a body of '{parent.name}'; '{target.name}' is {where}"))
    return found
