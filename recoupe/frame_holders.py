"""Whose share a percentage is (frames.py, `entity_group` of a percent): "Chapo a obtenu 65 % des voix", "X, qui a
obtenu 24 %", "la commission a donné 71 % à X", "X a été déclaré vainqueur avec 71 %", "X réélu avec 73 %", "20 %
pour X", "X (18 %)", "X won 71%", "to X's 31%", "X on 35%". The holder is a name (a proper noun, or a capitalised noun the parse took for a
common one) tied to the figure through one of these constructions (events.yml
`share_holder_verbs`, `share_giving_verbs` and the prepositions beside them); its last word stands for it
("Daniel Chapo" and "Chapo" hold the same share). Two holders' shares are two quantities: the winner's and the
runner-up's votes are never compared."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from .lexicon import load

SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")


@lru_cache(maxsize=None)
def _words(key: str, language: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events", language).get(key) or ())


def _is_name(token: Token) -> bool:
    """A proper noun, or a capitalised noun inside its sentence (the parse may call "Tshisekedi" a noun)."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.text[:1].isupper() and token.i != token.sent.start \
        and not any(c.dep_ == "det" for c in token.children)  # "la Cour" is an institution's noun, no name


def _name(token: Optional[Token]) -> Optional[str]:
    """The last word of the proper name `token` begins or ends ("Daniel Chapo" -> "Chapo"), or None."""
    if token is None or not _is_name(token):
        return None
    while token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN":
        token = token.doc[token.i + 1]
    return token.text


def _phrase_name(head: Token) -> Optional[str]:
    """The name a noun phrase gives: its head's, or that of a name beside it ("le président sortant Paul Dupont",
    "President Paul Doe winner")."""
    named = [head] + [c for c in head.children if c.dep_ in ("appos", "flat:name", "flat", "compound")]
    return next((_name(t) for t in named if _name(t)), None)


def _antecedent(relative: Token) -> Optional[Token]:
    """The word right before a relative pronoun, over punctuation ("Mondlane, qui …", "Mondlane (qui …")."""
    for token in reversed(relative.doc[max(0, relative.i - 4):relative.i]):
        if not token.is_punct:
            return token
    return None


def _subject_name(verb: Token) -> Optional[str]:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.pos_ == "PRON" and verb.dep_.startswith("acl"):
                return _name(_antecedent(child))  # "Mondlane, qui a obtenu 24 %"
            if child.pos_ == "PRON" and child.lower_ in _words("share_holder_pronouns", "fr"):
                return _named_subject_before(child)  # "Doe published a tally that showed he had won 55%"
            return _phrase_name(child)  # "le président sortant Paul Dupont"
    if verb.dep_.startswith("acl") and verb.head.i < verb.i:
        return _name(verb.head)  # "Félix Dupont réélu avec 73 %": the participle's noun
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        return _subject_name(verb.head)  # "Doe declared himself the winner, claiming to have won 55%": Doe's
    return None


def _named_subject_before(pronoun: Token) -> Optional[str]:
    """The name a personal pronoun stands for: the last name before it in its sentence that is a verb's subject."""
    for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if token.dep_ in SUBJECTS or token.head.dep_ in SUBJECTS and token.dep_ in ("flat:name", "flat", "appos"):
            found = _name(token)
            if found:
                return found
    return None


def _winner_name(verb: Token) -> Optional[str]:
    """Who a verb of winning says won: the name it declares ("le Conseil a déclaré Paul Doe vainqueur avec 53 %",
    "the council declared Doe the winner with 54%"), else its subject ("Doe a été déclaré vainqueur")."""
    for child in verb.children:  # the English parse makes the title the object's head ("declared Doe winner")
        if child.dep_ in ("obj", "dobj", "ccomp", "oprd", "xcomp") and child.pos_ in ("NOUN", "PROPN"):
            found = _phrase_name(child)
            if found:
                return found
    return _subject_name(verb)


def _verb_above(token: Token) -> Token:
    """The nearest verb `token` depends on ("winner" in "was declared the winner with"), or the root."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _with_case(token: Token, prepositions: frozenset[str]) -> list[Token]:
    """The words a preposition of `prepositions` ties to `token`: its case (French parse) or its object (the
    English parse hangs the noun under the preposition: "for" -> "Smith")."""
    marked = [c for c in token.children if any(w.dep_ == "case" and w.lower_ in prepositions for w in c.children)]
    return marked + [o for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions
                     for o in c.children if o.dep_ == "pobj"]


def share_holder(root: Token, language: str = "fr") -> Optional[str]:
    """The name whose share the percentage at `root` (its number or its "%") is, or None."""
    def words(key: str) -> frozenset[str]:
        return _words(key, language)

    share = root.head if root.dep_ == "nummod" else root
    verb = share.head
    after = max([share.i] + [c.right_edge.i for c in share.children if c.dep_.startswith("nmod") and c.i > share.i]) + 1
    if after + 1 < len(root.doc) and root.doc[after].lower_ in words("share_for_prepositions"):
        named = root.doc[after + 1]
        while named.text[:1].isupper() and named.i + 1 < len(root.doc) and root.doc[named.i + 1].text[:1].isupper():
            named = root.doc[named.i + 1]
        if named.text[:1].isupper() and named.is_alpha:  # "18 % pour Moïse Dupont", however the parse tags the name
            return named.text
    first = min(root.i, share.i)
    if first > 1 and root.doc[first - 1].text == "(" and root.doc[first - 2].pos_ == "PROPN":
        return _name(root.doc[first - 2])  # "Moïse Dupont (18 %)": the name the parenthesis follows
    for named in _with_case(share, words("share_for_prepositions")):
        if _name(named):
            return _name(named)  # "20 % pour Mondlane"
    if any(c.dep_ == "case" and c.lower_ in words("share_against_prepositions") for c in share.children):
        return None  # "contre 18 %": the runner-up's share, not the subject's
    if any(c.dep_ == "case" and c.lower_ in words("share_with_prepositions") for c in share.children):
        # "Chapo a été déclaré vainqueur avec 71 %", not "la Cour a confirmé sa réélection avec 73 %"; the parse may
        # hang the share on the title ("a déclaré Paul Doe vainqueur avec 53 %")
        verb = _verb_above(verb)
        return _winner_name(verb) if verb.lemma_.lower() in words("share_with_verbs") else None
    if share.dep_ == "pobj" and share.head.lower_ in words("share_with_prepositions"):
        verb = _verb_above(share.head)  # "Doe was declared the winner with 54%"
        return _winner_name(verb) if verb.lemma_.lower() in words("share_with_verbs") else None
    possessor = next((c for c in share.children if c.dep_ == "poss" and _name(c)), None)
    if possessor is not None:
        return _name(possessor)  # "to Doe's 31%"
    if share.dep_ == "pobj" and share.head.lower_ in words("share_on_prepositions") and share.head.i > share.sent.start:
        before = root.doc[share.head.i - 1]  # "ahead of Jean Roe on 35%", however the parse hangs "on"
        if _name(before):
            return _name(before)
    if share.dep_ not in ("obj", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in words("share_holder_verbs"):
        return _subject_name(verb)  # "Chapo a obtenu 65 %", "Chapo won 71%"
    if lemma in words("share_giving_verbs"):
        for named in _with_case(share, words("share_giver_prepositions")) + _with_case(
                verb, words("share_giver_prepositions")) + [c for c in verb.children if c.dep_ in ("iobj", "dative")] + [
                c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i != share.i]:  # "créditent X de 18 %"
            if _name(named):
                return _name(named)  # "a donné 71 % des voix à Daniel Chapo"
    return None


def sum_giver(root: Token, language: str = "fr") -> Optional[str]:
    """Who gives a sum: the name that is the subject of a verb of giving or pledging (events.yml
    `sum_giving_verbs`) whose object the sum is ("Kuwait pledged $50 million", "l'Union européenne a débloqué 20
    millions d'euros"), or None ("donors have pledged $340 million", "$340 million pledged"). Two givers' sums are
    two quantities: one donor's pledge is no estimate of another's, nor of the total."""
    token = root
    for _ in range(3):  # "$42.5 million", "50 million dollars": up to the word the verb takes as its object
        if token.dep_ in ("obj", "dobj") or token.head.i == token.i:
            break
        token = token.head
    verb = token.head
    if token.dep_ not in ("obj", "dobj") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in _words("sum_giving_verbs", language):
        return None
    return _subject_name(verb)

