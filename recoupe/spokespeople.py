"""A named spokesperson is the body (or person) they speak for: "UNHCR spokesperson Andrej Mahecic", "Vivian Tan, a
spokeswoman for UNHCR", "la porte-parole de la Croix-Rouge, Ana Silva", "Ana Silva, porte-parole de la Croix-Rouge"
(speaker_merges.py runs this last, when every speaker is an actor). The article's own apposition is the evidence:
the person's mention and the body's in one sentence with nothing between them but a spokesperson noun
(sources.yml `spokesperson_nouns`) and small words (actors.yml `spokesperson_fillers`). Merged when every article
that says so names one and the same body (0.7); a head or a minister stays a person of their own.
"""
from __future__ import annotations

import re
from collections import defaultdict

from . import lexicon
from .models import Actor, ActorMention

_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The spokesperson nouns and the small words allowed around them, in every language."""
    return (lexicon.in_every_language("sources", "spokesperson_nouns"),
            lexicon.in_every_language("actors", "spokesperson_fillers"))


def _only_spokesperson(text: str) -> bool:
    """Whether `text` holds one spokesperson noun and nothing but small words and commas: ", a spokeswoman for
    the", " spokesperson ", ", porte-parole du"."""
    nouns, fillers = _words()
    words = [w.lower() for w in _WORD.findall(text)]
    rest = [w for w in words if w not in fillers and w != ","]
    return len(rest) == 1 and rest[0] in nouns


def _ends_with_spokesperson(text: str) -> bool:
    """Whether the words before a body end with a spokesperson noun and small words: "… le porte-parole de la";
    not a plural ("les porte-parole du Front, Ana Silva, Jo Roe": each may speak for a body of their own)."""
    nouns, fillers = _words()
    words = [w.lower() for w in _WORD.findall(text[-60:])]
    while words and words[-1] in fillers:
        words.pop()
    return len(words) >= 1 and words[-1] in nouns and not (len(words) >= 2 and words[-2] in lexicon.in_every_language("actors", "plural_determiners"))


def _right_before(text: str) -> bool:
    """Whether the words between a body and a name are one spokesperson noun: "UNHCR spokesperson Andrej Mahecic",
    "FEMA's spokesman, Jo Roe" (not "Ana Silva, a spokeswoman for Jo Roe", read the other way)."""
    nouns, _ = _words()
    words = [w.lower() for w in _WORD.findall(re.sub(r"^['’]s\b", "", text.strip())) if w != ","]
    return len(words) == 1 and words[0] in nouns


def _speaks_for(person: ActorMention, other: ActorMention, at: int) -> bool:
    """Whether the sentence of `person` makes them the spokesperson of `other` (a body or a person); `at` is where
    the sentence starts in the article."""
    sentence = person.sentence
    if other.start < person.end and person.start < other.end:
        return False
    if person.end <= other.start:  # "Vivian Tan, a spokeswoman for UNHCR," (not "for the UN children's agency")
        after = sentence[other.end - at:].lstrip()
        return _only_spokesperson(sentence[person.end - at:other.start - at]) and not after[:1].isalnum()
    between = sentence[other.end - at:person.start - at]  # "UNHCR spokesperson Andrej Mahecic"
    if _right_before(between):  # not a portfolio opening the sentence: "Transport spokesman Jo Roe said"
        return not (other.start == at and " " not in other.surface and not other.surface.isupper())
    # and "le porte-parole de X, Ana Silva":
    return not _WORD.findall(between.replace(",", "")) and _ends_with_spokesperson(sentence[:other.start - at])


def _sentence_start(mentions: list[ActorMention]) -> int | None:
    """Where the mentions' sentence starts in the article, read from a mention whose surface it holds once."""
    for m in mentions:
        if m.sentence.count(m.surface) == 1:
            return m.start - m.sentence.find(m.surface)
    return None


def spokesperson_merges(actors: list[Actor], group_of, root=lambda a: a) -> list[tuple[str, str, str, float, str]]:
    """Each person the dossier names as someone's spokesperson, merged into the one they speak for."""
    by_sentence: dict[tuple[str, str], list[ActorMention]] = defaultdict(list)
    for actor in actors:
        for m in group_of[actor.id]:
            by_sentence[(m.article_id, m.sentence)].append(m)
    name_of = {a.id: a.name for a in actors}
    found = []
    for person in sorted((a for a in actors if a.kind == "person"), key=lambda a: a.id):
        spoken_for: dict[str, ActorMention] = {}
        for m in group_of[person.id]:
            together = by_sentence[(m.article_id, m.sentence)]
            at = _sentence_start(together)
            for other in together if at is not None else ():
                if root(other.actor_id) != root(person.id) and 0 <= abs(other.start - m.start) <= 90 and _speaks_for(
                        m, other, at):
                    spoken_for.setdefault(root(other.actor_id), m)
        if len(spoken_for) == 1:
            target, evidence = next(iter(spoken_for.items()))
            at = max(0, evidence.sentence.find(evidence.surface) - 80)
            found.append((person.id, target, "spokesperson", 0.7, f"'{person.name}' speaks for "
                          f"'{name_of.get(target, target)}': \"…{evidence.sentence[at:at + 200]}…\""))
    return found
