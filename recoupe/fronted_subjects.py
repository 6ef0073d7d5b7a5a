"""The subject of a reporting verb the parser left without one, read from the surface: the noun phrase standing right
before its verb group, in subject position ("Par précaution, la Ville et la zone de police ont fait savoir …",
"La mairie et la préfecture ont annoncé …" cut from its verb by the parser; reports._reporting_verb)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .reporting import words

# What closes the clause before a subject: a comma after an adverbial, a colon, a quote mark, a bracket
_BOUNDARIES = frozenset({",", ":", ";", "(", ")", "«", "»", "“", "”", '"', "—", "–"})
_NOMINAL = frozenset({"DET", "NOUN", "PROPN", "ADJ"})
_OPENERS, _CLOSERS = frozenset({"«", "“", '"'}), frozenset({"»", "”", '"'})


def subject_in_front(doc: Doc, verb: Token, lo: int, left: Optional[Token]) -> Optional[Token]:
    """The head of the noun phrase (or of the first of coordinated noun phrases) that fills the words between the
    start of the clause and the verb group of `verb`, when nothing else stands there: an article or a name first,
    then only nouns, names, adjectives, "de" and a coordinating conjunction. None when the verb is no finite verb
    (nor a compound tense), or when a preposition opens the phrase ("Par mesure de précaution")."""
    if left is not None and left.text in _CLOSERS and left.i - 1 > lo:
        return _quoted_name(doc, verb, lo, left)
    if left is None or left.pos_ not in ("NOUN", "PROPN") or left.i < lo:
        return None
    if not _finite(doc, left.i, verb):
        return None
    joining = frozenset(getattr(words("fr"), "coordinating_conjunctions", ()))
    phrase = doc[_clause_start(doc, left.i, lo):left.i + 1]
    if phrase[0].pos_ not in ("DET", "PROPN") or any(t.like_num for t in phrase):
        return None  # "Par mesure de précaution …" (a preposition), "48 000 personnes …" (a count)
    for t in phrase:
        if not (t.pos_ in _NOMINAL or t.lower_ in ("de", "du", "des", "d'", "d’") or t.lower_ in joining):
            return None  # a verb, an adverb, a pronoun: no noun phrase alone
    return next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)


def _quoted_name(doc: Doc, verb: Token, lo: int, closer: Token) -> Optional[Token]:
    """'La « Commission nationale des sinistres » a estimé que …': a name written between quote marks, after its
    article alone at the start of the clause, is the subject of the verb right after it (the words in the marks are a
    name, not a quotation: a noun phrase with no verb)."""
    opener = next((t for t in reversed(doc[lo:closer.i]) if t.text in _OPENERS), None)
    if opener is None or opener.i + 1 >= closer.i or not _finite(doc, closer.i, verb):
        return None
    if any(t.pos_ != "DET" for t in doc[_clause_start(doc, opener.i, lo):opener.i]):
        return None  # only an article before the marks: "La « Commission … »"
    name = doc[opener.i + 1:closer.i]
    if name[0].pos_ not in ("NOUN", "PROPN") or not name[0].text[:1].isupper() or any(
            t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in name):
        return None
    return name[0]


def _finite(doc: Doc, after: int, verb: Token) -> bool:
    """Whether `verb` is finite, or heads a compound tense whose auxiliary stands between token `after` and it."""
    return "Fin" in verb.morph.get("VerbForm") or any(t.pos_ == "AUX" for t in doc[after + 1:verb.i])


def _clause_start(doc: Doc, i: int, lo: int) -> int:
    """The first token of the clause holding token i: right after the last boundary mark before it, not before lo."""
    while i > lo and doc[i - 1].text not in _BOUNDARIES:
        i -= 1
    return i
