"""Actors across articles: one actor per real source, each merge with its rule, confidence and evidence (the
resolve step, recoupe/resolve.py, calls this).

entities.resolve_actors first merges mentions by spelling (folded names, acronyms paired with their long form,
spelling variants of people's full names). This module then merges actors that are one source under different
names, and keeps why in `actor_merges`:

- description: an organisation named only by a description ("l'agence allemande", "les services secrets
  allemands", "l'agence de renseignement de Berlin") is the named body (a proper name or an acronym) whose
  words, over the whole dossier, hold every word of the description. Head nouns of one family are
  interchangeable ("agence", "service", "office"…) and synonyms are read as one word ("services secrets" =
  "renseignement"): both lists are in recoupe/lexicons/fr/sources.yml. Merged when exactly one named body fits
  (0.8; 0.9 when it is also named in the description's article); when several fit, the one named last before the
  description in its article (0.6); otherwise not at all. A description made of vague words ("les autorités
  allemandes") is never merged. A fuller description that says where ("préfecture de police de Paris") is a
  body the shorter one ("la préfecture de police") may name, as is a description written with a capital inside a
  sentence ("selon l'Office fédéral suisse": a proper name).
- short_name: a body named by one word of its name, its first ("l'Assemblée" for "Assemblée nationale") or its
  capitalised complement ("l'Intérieur" for "ministère de l'Intérieur"), when exactly one body has that word and
  it is no place (0.7).
- transliteration: a lone surname spelt another way ("Tchaïkovski" for "Piotr Tchaikovsky"), or two lone surnames,
  after transliteration folding and a rapidfuzz similarity of at least 85, when exactly one person fits.
- acronym: an acronym named alone ("CGT") and the one organisation whose long form has those initials
  ("Confédération générale du travail").
- translation: two named organisations whose names have the same words once English words are read in French
  (recoupe/lexicons/en/sources.yml `translations`), function words and words of a legal form dropped and an
  adjective of nationality read as its country: "World Health Organization" / "Organisation mondiale de la
  santé", "Libyan Red Crescent Society" / "Croissant-Rouge libyen" (0.8).

The keys these rules compare (description words, countries, initials, name keys) are in recoupe/actor_keys.py; the
rules for a body named by part of its name (short_name) or without its country are in recoupe/short_names.py.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable, Optional

from rapidfuzz import fuzz, process

from . import entities, lexicon
from .actor_keys import BODY, _countries_of, _fold_phrase, _lexicon, description_words, initials, name_key
from .names import _country_codes, _fold_word, _is_acronym, _name_tokens, _org_key, determiners_only, split_acronym
from .models import Actor, ActorMention, ActorMerge, stable_id
from .reporting import words as attribution_words
from .short_names import _elliptic_merges, _head_last_merges, _merged_so_far, _national_descriptions

# --- which actors are descriptions, which are named -------------------------------------------------------


def _is_description_name(name: str) -> bool:
    """A common-noun phrase: lower-case words after the first, but for a place after "de" ("de Berlin")."""
    words = re.split(r"\s+", name.strip())
    if len(words) < 2 or _is_acronym(words[0]):
        return False
    for previous, word in zip(words, words[1:]):
        bare = re.sub(r"^[dl][’']", "", word)
        if bare[:1].isupper() and not (previous.lower() in ("de", "du", "des", "d'", "d’", "la") or word != bare):
            return False
    return True


def _is_description(actor: Actor, group: list[ActorMention]) -> bool:
    if actor.kind != "organisation" or any(m.acronym or _capitalised_inside(m) for m in group):
        return False
    if not all(_is_description_name(m.name) for m in group):
        return False
    words = description_words(actor.name)
    head = _fold_phrase(actor.name)[0] if actor.name else ""
    return len(words) >= 2 and head not in _lexicon()["vague"]


def _is_named(actor: Actor, group: list[ActorMention]) -> bool:
    if actor.kind != "organisation":
        return False
    if any(m.acronym for m in group):
        return True
    return any(m.name[:1].isupper() and (not _is_description_name(m.name) or _capitalised_inside(m)) for m in group)


def _capitalised_inside(mention: ActorMention) -> bool:
    """A capital that is no sentence's first letter marks a proper name: "selon l'Office fédéral suisse"."""
    at = mention.sentence.find(mention.surface)
    return mention.surface[:1].isupper() and at > 0 and bool(mention.sentence[:at].strip())


def _heads(group: list[ActorMention]) -> set[str]:
    """The head noun of each name and role of a body ("syndicat" for "le syndicat CGT"), families folded."""
    heads = set()
    for m in group:
        for text in (m.name, m.role or ""):
            words = description_words(text)
            if words:
                heads.add(words[0])
    return heads


def _vocabulary(group: list[ActorMention]) -> set[str]:
    words: set[str] = set()
    for m in group:
        for text in (m.surface, m.name, m.role or "", m.acronym or ""):
            words.update(description_words(text))
    return words


# --- the merges ---------------------------------------------------------------------------------------------


def merge_actors(actors: list[Actor], mentions: list[ActorMention], places: frozenset[tuple[str, str]] = frozenset(),
                 ) -> tuple[list[Actor], list[ActorMention], list[ActorMerge]]:
    """Actors that are one source under several names merged, with a row of evidence per merge. `places` holds
    (folded name, country code) for the places the dossier names."""
    group_of: dict[str, list[ActorMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m.article_id, m.start, m.end)):
        group_of[m.actor_id].append(m)
    by_id = {a.id: a for a in actors}
    found: list[tuple[str, str, str, float, str]] = []  # (merged id, kept id, rule, confidence, evidence)
    found += _translation_merges(actors, group_of)
    found += _description_merges(actors, group_of, places)
    found += _elliptic_merges(actors, group_of, places, _merged_so_far(found))
    found += _head_last_merges(actors, group_of, _merged_so_far(found))
    found += _national_descriptions(actors, group_of, _merged_so_far(found))
    found += _transliteration_merges(actors, group_of)
    found += _acronym_merges(actors, group_of)
    found += _bracket_merges(actors, group_of, places, found)
    return apply_merges(by_id, mentions, group_of, found)


def apply_merges(by_id: dict[str, Actor], mentions: list[ActorMention], group_of: dict[str, list[ActorMention]],
                 found: Iterable[tuple[str, str, str, float, str]]) -> tuple[list[Actor], list[ActorMention], list[ActorMerge]]:
    """Fold each merged actor into the one kept (following chains), and record each merge."""
    into: dict[str, str] = {}
    rows: list[ActorMerge] = []
    for merged, kept, rule, confidence, evidence in found:
        while kept in into:
            kept = into[kept]
        if merged == kept or merged in into:
            continue
        into[merged] = kept
        first = group_of[merged][0]
        rows.append(ActorMerge(
            id=stable_id("merge", merged, kept, rule), actor_id=kept, merged_name=by_id[merged].name,
            merged_actor_id=merged, rule=rule, confidence=confidence, evidence=evidence, mention_id=first.id,
            surface=first.surface, article_id=first.article_id, start=first.start, end=first.end,
            sentence=first.sentence,
        ))

    def final(actor_id: str) -> str:
        while actor_id in into:
            actor_id = into[actor_id]
        return actor_id

    kept_actors: dict[str, Actor] = {}
    for actor in sorted(by_id.values(), key=lambda a: a.id):
        target = final(actor.id)
        if target == actor.id:
            kept_actors.setdefault(actor.id, actor)
    for actor in sorted(by_id.values(), key=lambda a: a.id):
        target = final(actor.id)
        if target != actor.id:
            base = kept_actors[target]
            kept_actors[target] = base.model_copy(update={
                "aliases": sorted(set(base.aliases) | set(actor.aliases)),
                "mention_count": base.mention_count + actor.mention_count,
                "role": base.role or actor.role,
            })
    resolved = [m.model_copy(update={"actor_id": final(m.actor_id)}) if m.actor_id in into else m for m in mentions]
    result = sorted(kept_actors.values(), key=lambda a: (a.kind, a.name.lower(), a.id))
    for row in rows:  # a chain a -> b -> c: every row names the actor finally kept
        row.actor_id = final(row.actor_id)
    return result, resolved, sorted(rows, key=lambda r: r.id)


def _covered(words: set[str], vocab: set[str], places: frozenset[tuple[str, str]]) -> bool:
    """Whether every word of a description is in a body's words, a place or a nationality counting as any word
    of the body that names the same country ("de Berlin" and "allemand")."""
    countries = None
    for word in words:
        if word in vocab:
            continue
        own = _countries_of(word, places)
        if not own:
            return False
        if countries is None:
            countries = set().union(*(_countries_of(v, places) for v in vocab))
        if not own & countries:
            return False
    return True


def _description_merges(actors: list[Actor], group_of, places: frozenset[tuple[str, str]] = frozenset()
                        ) -> list[tuple[str, str, str, float, str]]:
    named = [a for a in actors if _is_named(a, group_of[a.id])]
    descriptions = [a for a in actors if _is_description(a, group_of[a.id])]
    vocab = {a.id: _vocabulary(group_of[a.id]) for a in named + descriptions}
    own_words = {a.id: set(description_words(a.name)) for a in descriptions}
    found = []
    for actor in descriptions:
        group = group_of[actor.id]
        words = own_words[actor.id]
        # a fuller description that says where ("préfecture de police de Paris" for "la préfecture de police")
        placed = [t for t in descriptions if words < own_words[t.id]
                  and any(_countries_of(w, places) for w in own_words[t.id] - words)]
        fits = [t for t in named + placed if t.id != actor.id and _covered(words, vocab[t.id], places)]
        articles = {m.article_id for m in group}
        head = _fold_phrase(actor.name)[0]
        shown = " ".join(sorted(head if w == BODY else w for w in words))
        if len(fits) == 1:
            target = fits[0]
            together = any(m.article_id in articles for m in group_of[target.id])
            found.append((actor.id, target.id, "description", 0.9 if together else 0.8,
                          f"'{actor.name}' ({shown}) describes only '{target.name}' in the dossier"))
        elif len(fits) > 1:
            target = _named_last_before(group, fits, group_of)
            if target is not None:
                found.append((actor.id, target.id, "description", 0.6,
                              f"'{actor.name}' ({shown}) fits {len(fits)} named bodies; '{target.name}' is the one "
                              "named last before it in its article"))
    return found


def _bracket_merges(actors: list[Actor], group_of, places: frozenset[tuple[str, str]] = frozenset(),
                    before: list[tuple[str, str, str, float, str]] = ()) -> list[tuple[str, str, str, float, str]]:
    """A body's name its article follows with another of the dossier's names of bodies in brackets: "Africa CDC
    (Centres de contrôle et de prévention des maladies)", "le Centre africain de prévention des maladies (CDC
    Afrique)": one body under two names, the article says so (0.8; an acronym in brackets is paired when the
    mention is read, actors.py). The longer name is kept. Not the complement of a noun ("l'agence de santé de
    l'Union africaine (Africa CDC)" names the agency), nor a place in brackets ("Bavarian Nordic (Danemark)"). Read
    after the other rules (`before`): the two bodies each is already merged into are merged."""
    by_key: dict[str, set[str]] = defaultdict(set)  # a body's folded name or alias -> the actors named so
    for actor in actors:
        if actor.kind == "organisation":
            for name in {actor.name, *actor.aliases}:
                by_key[_org_key(name)].add(actor.id)
    known_places = {name for name, _ in places}
    name_of = {a.id: a.name for a in actors}
    found: list[tuple[str, str, str, float, str]] = []
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation":
            continue
        for mention in group_of[actor.id]:
            for inner in _bracketed_after(mention):
                key = _org_key(inner)
                others = by_key.get(key, set()) - {actor.id}
                if len(others) != 1 or key in known_places or _countries_of(key, places) or _holds(
                        key, _org_key(mention.surface)) or inner.upper() in _country_codes():
                    continue  # a place, or a longer name holding this one: "une antenne GIGN (AGIGN)"
                other = next(a for a in actors if a.id in others)
                root = _merged_so_far([*before, *found])
                if root(other.id) == root(actor.id):
                    continue
                shorter, longer = sorted((root(other.id), root(actor.id)), key=lambda i: (len(name_of[i]), i))
                found.append((shorter, longer, "bracket", 0.8,
                              f"'{mention.surface} ({inner})': the article names '{other.name}' in brackets after "
                              f"'{actor.name}'"))
    return found


def _holds(longer: str, shorter: str) -> bool:
    return shorter != longer and shorter.replace(" ", "") in longer.replace(" ", "")


def _bracketed_after(mention: ActorMention) -> list[str]:
    """What stands in brackets right after each occurrence of the mention in its sentence, when the mention is no
    noun's complement ("de l'Union africaine (…)", "of the United Nations (…)")."""
    inner = []
    at = mention.sentence.find(mention.surface)
    while at >= 0:
        after = _BRACKET.match(mention.sentence, at + len(mention.surface))
        if after is not None and not _complement_before(mention.sentence[:at]):
            inner.append(after.group(1).strip())
        at = mention.sentence.find(mention.surface, at + 1)
    return inner


_BRACKET = re.compile(r"\s?\(([^()]{2,80})\)")


def _complement_before(text: str) -> bool:
    """Whether the words before a name end with a preposition of complement, determiners skipped ("de l'",
    "of the"): lexicons/<lang>/actors.yml `complement_before_name`."""
    prepositions, determiners = _name_complements()
    words = [w.lower() for w in re.findall(r"[^\W\d_]+['’]?", text[-60:])]
    while words and words[-1] not in prepositions and words[-1] in determiners:
        words.pop()
    # a person's title is no body: "le président de la Commission électorale (Céni)" names the commission
    return bool(words) and words[-1] in prepositions and not (len(words) >= 2 and words[-2] in _title_nouns())


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    return frozenset().union(*(attribution_words(language).title_nouns for language in lexicon.languages_with("attribution")))


def _name_complements() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions that make a name a noun's complement, and the determiners between, in every language."""
    return (lexicon.in_every_language("actors", "complement_before_name"),
            lexicon.in_every_language("actors", "determiners"))


def _named_last_before(group: list[ActorMention], fits: list[Actor], group_of) -> Optional[Actor]:
    chosen: set[str] = set()
    for mention in group:
        before = [(m.start, t.id) for t in fits for m in group_of[t.id]
                  if m.article_id == mention.article_id and m.end <= mention.start]
        if not before:
            return None
        chosen.add(max(before)[1])
    if len(chosen) != 1:
        return None
    return next(t for t in fits if t.id in chosen)


def _transliteration_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    persons = [a for a in actors if a.kind == "person"]
    lone = [a for a in persons if len(_name_tokens(a.name)) == 1]
    with_end: dict[str, list[int]] = defaultdict(list)  # a first or last word -> the persons (positions) it ends
    for position, other in enumerate(persons):
        tokens = _name_tokens(other.name)
        for end in ({tokens[0], tokens[-1]} if tokens else ()):
            with_end[end].append(position)
    end_words = list(with_end)
    found = []
    for actor in lone:
        token = _name_tokens(actor.name)[0]
        if len(token) < 5:
            continue
        # only the persons with an end near the token can reach 85 (a point below: the ratio decides as before)
        near = sorted({position for end, _, _ in process.extract(token, end_words, scorer=fuzz.ratio, processor=None,
                                                                 score_cutoff=84, limit=None)
                       for position in with_end[end]})
        fits = []
        for other in (persons[position] for position in near):
            if other.id == actor.id:
                continue
            tokens = _name_tokens(other.name)
            ends = {tokens[0], tokens[-1]} if len(tokens) > 1 else {tokens[0]}
            score = max(fuzz.ratio(token, end) for end in ends)
            if score >= 85 and token not in ends:
                fits.append((other, score))
        if len(fits) == 1:
            other, score = fits[0]
            if len(_name_tokens(other.name)) == 1 and other.id < actor.id:
                continue  # two lone surnames: merged once, into the first by id
            found.append((actor.id, other.id, "transliteration", 0.7,
                          f"'{actor.name}' and '{other.name}' are one name spelt two ways "
                          f"(folded '{token}', similarity {score:.0f})"))
    return found


def _acronym_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    organisations = [a for a in actors if a.kind == "organisation"]
    long_forms: dict[str, list[Actor]] = defaultdict(list)  # acronym -> the bodies whose long form has its initials
    for other in organisations:
        if _is_acronym(other.name):
            continue
        own = {m.acronym.upper() for m in group_of[other.id] if m.acronym}
        candidates = initials(other.name).union(*(initials(m.name) for m in group_of[other.id]))
        for acronym in candidates:
            if not own or acronym in own:  # a body with an acronym of its own has no other
                long_forms[acronym].append(other)
    found = []
    acronyms: dict[str, set[str]] = defaultdict(set)  # an acronym -> the bodies that go by it
    for other in organisations:
        for m in group_of[other.id]:
            if m.acronym:
                acronyms[m.acronym.upper()].add(other.id)
    for actor in actors:  # an acronym written like a name ("Ocha", "Ofam"), whether NER took it for a person or a body
        word = actor.name.strip()
        if len(_name_tokens(actor.name)) == 1 and " " not in word and (
                actor.kind == "person" or actor.kind == "organisation" and word[:1].isupper() and not word.isupper()):
            bodies = acronyms.get(word.upper(), set()) - {actor.id}
            if len(bodies) == 1:
                kept = next(iter(bodies))
                found.append((actor.id, kept, "acronym", 0.7,
                              f"'{actor.name}' is the acronym of '{next(a.name for a in organisations if a.id == kept)}',"
                              " written like a name"))
    for actor in organisations:
        if not _is_acronym(actor.name):
            continue
        acronym = _fold_word(actor.name).upper()
        fits = [other for other in long_forms.get(acronym, []) if other.id != actor.id]
        if len(fits) == 1:
            found.append((actor.id, fits[0].id, "acronym", 0.8,
                          f"'{actor.name}' is the initials of '{fits[0].name}'"))
    return found


def _translation_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """Named organisations whose names, read in one language, have the same words: one body named in French and
    English, or with and without the word of its legal form."""
    by_key: dict[tuple[str, ...], list[Actor]] = defaultdict(list)
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or _is_acronym(actor.name) or not (
                _is_named(actor, group_of[actor.id]) or entities._named_by_complement(actor.name)):
            continue
        keys = {name_key(m.name) for m in group_of[actor.id] if not _is_acronym(m.name)} | {name_key(actor.name)}
        for key in keys:
            if len(key) >= 2 and any(not w.startswith("@") for w in key):
                by_key[key].append(actor)
    found = []
    seen = set()
    for key, group in sorted(by_key.items()):
        kept = group[0]
        for other in group[1:]:
            if other.id == kept.id or (other.id, kept.id) in seen:
                continue
            seen.add((other.id, kept.id))
            found.append((other.id, kept.id, "translation", 0.8,
                          f"'{other.name}' and '{kept.name}' have the same words once read in one language "
                          f"({' '.join(key)})"))
    found += _national_variants(by_key)
    return found


def _national_variants(by_key: dict[tuple[str, ...], list[Actor]]) -> list[tuple[str, str, str, float, str]]:
    """A body named with its country in one language and without it in another ("French Ministry of the
    Interior", "le ministère de l'Intérieur"): one body when the dossier names that body with one country only
    (two countries' ministries stay apart) (0.7)."""
    plain = {key: group for key, group in by_key.items() if not any(w.startswith("@") for w in key)}
    national: dict[tuple[str, ...], dict[str, list[Actor]]] = defaultdict(lambda: defaultdict(list))
    for key, group in by_key.items():
        countries = [w for w in key if w.startswith("@")]
        if len(countries) == 1:
            rest = tuple(w for w in key if not w.startswith("@"))
            national[rest][countries[0]] += group
    found = []
    for rest, by_country in sorted(national.items()):
        bare = plain.get(rest, [])  # one body: the translation rule above merges them into the first
        named = {a.id: a for group in by_country.values() for a in group}
        if len(rest) < 2 or len(by_country) != 1 or not bare:
            continue
        kept = bare[0]
        for other in sorted(named.values(), key=lambda a: a.id):
            if other.id != kept.id:
                found.append((other.id, kept.id, "translation", 0.7,
                              f"'{other.name}' is '{kept.name}' with its country ({next(iter(by_country))[1:]}) "
                              f"said, the only such body in the dossier ({' '.join(rest)})"))
    return found


def _with_acronym(mention: ActorMention) -> ActorMention:
    """A long form whose bracket the name ran into ("Assistance publique-Hôpitaux de Paris (AP-HP") is the long
    form with that acronym, and an acronym written with a hyphen ("AP-HP") is an acronym: both go by it
    (names.split_acronym). A name with a bracket of its own before ("Fédération (FSU) et Union (CGT") stays whole."""
    if mention.kind == "person":
        return mention
    long_form, acronym = split_acronym(mention.name)
    if acronym is None or "(" in long_form:
        return mention
    if long_form != mention.name:
        return mention.model_copy(update={"name": long_form, "acronym": mention.acronym or acronym})
    if mention.acronym is None:
        return mention.model_copy(update={"acronym": acronym})
    return mention


def _unhyphenated(mention: ActorMention) -> ActorMention:
    """A name NER cut at a hyphen ("Croix" of "la Croix-Rouge italienne", "Saint" of "Saint-Denis") is the
    hyphenated word it starts: its name is that word."""
    if mention.name != mention.surface or " " in mention.surface.strip():
        return mention
    at = mention.sentence.find(mention.surface)
    rest = re.match(r"-[A-ZÀ-Ý][^\W\d_]*(?:-[A-ZÀ-Ý][^\W\d_]*)*", mention.sentence[at + len(mention.surface):]) if at >= 0 else None
    if rest is None or mention.sentence.find(mention.surface, at + 1) >= 0:
        return mention
    return mention.model_copy(update={"name": mention.surface + rest.group(0)})


def _after_a_civility(mention: ActorMention) -> ActorMention:
    """A body NER found in a civility and a name ("le Dr Tedros", "Mgr Nshole") is the person of that name:
    attribution.yml `civilities`, in every language."""
    words = mention.name.split()
    if mention.kind != "organisation" or mention.acronym or not 2 <= len(words) <= 4:
        return mention
    if words[0].rstrip(".").lower() not in _civilities() or not all(
            w[:1].isupper() and not _is_acronym(w) for w in words[1:]):
        return mention
    return mention.model_copy(update={"kind": "person", "name": " ".join(words[1:])})


@lru_cache(maxsize=1)
def _civilities() -> frozenset[str]:
    return lexicon.in_every_language("attribution", "civilities") - {"st", "ste"}  # "St." opens a name


def _determiner_only(name: str) -> bool:
    """A mention's name of determiners alone, its words the runs of letters read in lower case (names.determiners_only;
    a source as written, source_phrases.no_speaker, folds its words)."""
    words = re.findall(r"[^\W\d_]+", name)
    return not words or determiners_only(words)  # "UN" is no "un"


# --- speakers without a name -------------------------------------------------------------------------------


def resolve_actors(mentions: list[ActorMention], places: frozenset[tuple[str, str]] = frozenset(),
                   ) -> tuple[list[Actor], list[ActorMention], list[ActorMerge]]:
    """Mentions merged by spelling (entities.py), then by the rules above; a mention whose name is a determiner
    alone ("The", from "The fire brigade" cut short by NER) names no one and is left out, and a body named by a
    civility and a name is that person (`_after_a_civility`)."""
    mentions = [_with_acronym(_unhyphenated(_after_a_civility(m))) for m in mentions if not _determiner_only(m.name)]
    actors, mentions = entities.resolve_actors(mentions)
    return merge_actors(actors, mentions, places)
