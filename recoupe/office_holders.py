"""Who holds an office or a title a speaker is named by: "the governor said" is the person introduced as "Hawaii
Gov. Jane Doe", "le préfet" the person introduced as "le préfet de la Somme, Jeanne Martin", "le haut-commissaire"
the one given the role "haut-commissaire de la République en …", and "Green said" the person of that surname the
article names. Office titles and places are in recoupe/lexicons/<lang>/sources.yml.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from . import lexicon
from .models import Actor, ActorMention
from .names import ARTICLE_WORDS, _fold_word, _name_tokens
from .resolve_actors import _fold_phrase
from .source_phrases import _DOCUMENTS, INDEFINITE_EN

# --- an office named alone: "the governor said" ------------------------------------------------------------


def _english_titles() -> tuple[frozenset, dict]:
    if "titles" not in _DOCUMENTS:
        data = lexicon.load("sources", "en")
        _DOCUMENTS["titles"] = (frozenset(str(t).lower() for t in data.get("office_titles") or []),
                                {str(k).lower(): str(v).lower() for k, v in (data.get("title_abbreviations") or {}).items()})
    return _DOCUMENTS["titles"]


def _title_words_before(text: str, start: int) -> list[str]:
    """The words of the title a name is introduced with, right before it ("Hawaii Gov. Jane Doe" -> hawaii,
    governor; "County Police Chief John Roe" -> county, police, chief), lower case, abbreviations written out;
    empty when no office title is among them."""
    offices, abbreviations = _english_titles()
    words = re.findall(r"[^\W\d_][\w’'&-]*\.?|[^\w\s]", text[max(0, start - 80):start])
    found: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".").lower()
        bare = abbreviations.get(bare, bare)
        if not word[:1].isalpha() or bare in ("the", "a", "an") or not (word[:1].isupper() or bare in offices):
            break
        found.insert(0, bare)
        if len(found) >= 6:
            break
    return found if any(w in offices for w in found) else []


def _office_holders(mentions: list[ActorMention], text_of: dict[str, str], english: set[str]
                    ) -> dict[str, list[tuple[str, int, str, list[str]]]]:
    """office title -> (article, offset, actor, title words) of each person of an English article introduced with it."""
    offices, _ = _english_titles()
    found: dict[str, list[tuple[str, int, str, list[str]]]] = defaultdict(list)
    for m in mentions:
        if m.kind != "person" or m.article_id not in english or not m.actor_id:
            continue
        words = _title_words_before(text_of[m.article_id], m.start)
        for title in {w for w in words if w in offices}:
            found[title].append((m.article_id, m.start, m.actor_id, words))
    return found


def _office_of_speaker(speaker: str) -> Optional[list[str]]:
    """The office words of a speaker named by an office alone: "the governor", "Hawaii's governor", "the island's
    mayor", "The police chief" -> ["governor"], ["mayor"], ["police", "chief"]; None for anything else ("a
    spokesperson", "the governor's office", "Gov. Jane Doe")."""
    offices, _ = _english_titles()
    words = re.findall(r"[^\W\d_][\w’'&.-]*", speaker)
    if not words or words[0].lower() in INDEFINITE_EN:
        return None
    if words[-1].lower() not in offices:
        return None
    lower = []
    for word in reversed(words[:-1]):  # the lower-case words of the office before its head ("police chief")
        if not word.islower() or word in ("the",) or word.endswith(("'s", "’s")):
            break
        lower.insert(0, word)
    rest = words[:len(words) - 1 - len(lower)]
    # before the office only a determiner, a possessive or a place's name ("Hawaii governor")
    if any(not (w.lower() == "the" or w.endswith(("'s", "’s")) or w[:1].isupper()) for w in rest):
        return None
    return [w.lower() for w in lower] + [words[-1].lower()]


def _holder_of(office: list[str], article_id: str, offset: int,
               holders: dict[str, list[tuple[str, int, str, list[str]]]]) -> Optional[str]:
    """The person introduced with that office: the last one before the speaker in its article, else the one its
    article introduces later, else the only one in the dossier."""
    fits = [(a, at, actor) for a, at, actor, words in holders.get(office[-1], []) if set(office) <= set(words)]
    before = [(at, actor) for a, at, actor in fits if a == article_id and at < offset]
    if before:
        return max(before)[1]
    here = {actor for a, _, actor in fits if a == article_id}
    if len(here) == 1:
        return next(iter(here))
    everywhere = {actor for _, _, actor in fits}
    return next(iter(everywhere)) if len(everywhere) == 1 else None


def _people_by_article(actors: list[Actor], group_of) -> dict[str, list[tuple[str, list[str], int]]]:
    """article -> (person id, name tokens, number of articles naming the person) for the people named in full."""
    found: dict[str, list[tuple[str, list[str], int]]] = defaultdict(list)
    for actor in actors:
        tokens = _name_tokens(actor.name)
        if actor.kind != "person" or len(tokens) < 2:
            continue
        articles = {m.article_id for m in group_of.get(actor.id, [])}
        for article in articles:
            found[article].append((actor.id, tokens, len(articles)))
    return found


def _person_named(speaker: str, article_id: str, people) -> Optional[str]:
    """The person a speaker names by a surname or full name the parse left without a mention ("Green said"): the
    one of the article with that name; of two, the one the dossier names in at least twice as many articles."""
    if not re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}", speaker):
        return None
    tokens = _name_tokens(speaker)
    fits = [(actor, count) for actor, name, count in people.get(article_id, [])
            if tokens == name or len(tokens) == 1 and tokens[0] in (name[0], name[-1])]
    fits = sorted(set(fits), key=lambda f: -f[1])
    if len(fits) == 1 or len(fits) > 1 and fits[0][1] >= 2 * fits[1][1]:
        return fits[0][0]
    return None


def _role_words(role: str) -> list[str]:
    """A role's words that say which office: "représentant de l'État dans l'archipel" -> [representant]."""
    _, places = _offices()
    functions = {_fold_word(w) for w in lexicon.load("sources", "fr").get("function_words") or []} | {"dan"}
    return [w for w in _office_words(role, places) if w not in functions]


def _role_holders(actors: list[Actor], group_of) -> list[tuple[str, list[str], set[str]]]:
    """(person id, role words, articles) for each role a person is given."""
    found = []
    for actor in actors:
        if actor.kind != "person":
            continue
        for m in group_of.get(actor.id, []):
            if m.role:
                words = _role_words(m.role)
                if words:
                    found.append((actor.id, words, {m.article_id}))
    return found


def _title_holder(title: str, article_id: str, offset: int, role_holders, by_id) -> Optional[Actor]:
    """The one person given a role that holds a title's words, same head first ("le haut-commissaire de la
    République" is the person introduced as "haut-commissaire de la République en <territory>"); the
    one of the speaker's article when the dossier has several."""
    wanted = _role_words(title)
    if not wanted:
        return None
    fits = {actor for actor, words, _ in role_holders if words[0] == wanted[0] and set(wanted) <= set(words)}
    if len(fits) > 1:
        fits = {actor for actor, words, articles in role_holders if actor in fits and article_id in articles}
    return by_id.get(next(iter(fits))) if len(fits) == 1 else None


def _folded_title(title: str) -> str:
    return " ".join(w for w in _fold_phrase(title) if w not in ARTICLE_WORDS)


def _offices() -> tuple[set[str], set[str]]:
    data = lexicon.load("sources", "fr")
    titles = {_fold_word(w) for w in data.get("office_titles") or []}
    return titles, {_fold_word(w) for w in data.get("office_places") or []}


def _office_words(phrase: str, places: set[str]) -> list[str]:
    return [w for w in _fold_phrase(phrase)
            if w not in ARTICLE_WORDS and w not in places]


def _introduced_as(mention: ActorMention, titles: set[str], places: set[str]) -> Optional[list[str]]:
    """The office a person is introduced with in a mention's sentence, as folded words: "le préfet de la Somme,
    Jeanne Martin" -> ["prefet", "somme"]; "Jeanne Martin, préfète de la Somme," too. None without one."""
    at = mention.sentence.find(mention.surface)
    if at < 0:
        return None
    before = _office_words(mention.sentence[max(0, at - 80):at], places)[-6:]
    heads = [i for i, w in enumerate(before) if w in titles]
    if heads:
        return before[heads[-1]:] + [w for w in _office_words(mention.surface, places)]
    after = re.match(r"\s*,\s*([^,.;:!?]{3,80})", mention.sentence[at + len(mention.surface):])
    if after:
        words = _office_words(after.group(1), places)
        if words and words[0] in titles:
            return words + _office_words(mention.surface, places)
    return None
