"""The speaker of an incise closing reported speech without quote marks ("Trois écoles ont été fermées, insiste la
mairie."), when the parser took the inverted subject for the verb's object (reports._closing_incise)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .lexicon import load
from .noun_phrases import noun_phrase
from .reporting import TITLE_NOUNS, verb_lemma

_SPEAKERS = load("speakers")
# Who may speak after an incise's verb: a title ("prévient le directeur"), a body or a person by its common noun
# ("insiste la police", "renchérit la mairie"), a document that speaks ("précise le communiqué")
SPEAKING_HEADS = frozenset(TITLE_NOUNS) | frozenset(_SPEAKERS["speaking_nouns"]) \
    | frozenset(_SPEAKERS["view_holders"]) | frozenset(_SPEAKERS["incise_nouns"])
PERSON_OBJECT_VERBS = frozenset(_SPEAKERS["person_object_verbs"])


def speaking_document(verb: Token, head: Optional[Token]) -> Optional[Token]:
    """The document an incise names as its subject, though named without its author ("…, précise un communiqué"),
    else None (not "a évoqué un bilan": a document that is what is given, not who gives it)."""
    return head if head is not None and head.lemma_.lower() in _SPEAKERS["incise_nouns"] and head.i > verb.i else None


def _number(token: Token) -> str:
    """The verb's grammatical number: its own, or its auxiliary's in a compound tense ("a insisté")."""
    number = token.morph.get("Number")
    if number and "Fin" in token.morph.get("VerbForm"):
        return number[0]
    aux = next((c for c in token.children if c.dep_.startswith("aux") and c.morph.get("Number")), None)
    return aux.morph.get("Number")[0] if aux is not None else (number[0] if number else "")


def inverted_speaker(verb: Token, head: Token) -> bool:
    """Whether the noun after the verb, parsed as its object, is its inverted subject: a name or a noun for someone
    who speaks (a title, a body, a document), agreeing in number with the verb ("…, insiste la police nationale";
    not "…, a salué les soldats", a plural after a singular verb, nor "…, dénonce la lenteur des secours")."""
    if verb_lemma(verb) in PERSON_OBJECT_VERBS:
        return False  # "…, a salué le gouverneur": whom the first clause's subject greets
    if not (head.pos_ == "PROPN" or head.ent_type_ in ("PER", "ORG") or head.lemma_.lower() in SPEAKING_HEADS
            or head.lower_ in SPEAKING_HEADS):
        return False
    verb_number, noun_number = _number(verb), head.morph.get("Number")
    return not (verb_number and noun_number and noun_number[0] != verb_number)


def closes_with_aside(doc: Doc, head: Token, lo: int, hi: int) -> bool:
    """Whether the noun phrase of `head` is followed only by asides before the sentence ends: an apposition ("…,
    renseigne le préfet du Nord, région frontalière du Niger.") or a clause on a present participle ("…, insiste la
    police, précisant que …"), no finite verb of its own."""
    end = noun_phrase(doc, head, lo, hi)[1]
    if end >= hi or doc[end].text != ",":
        return False
    rest = [t for t in doc[end + 1:hi] if not t.is_punct]
    if not rest:
        return True
    if rest[0].lower_.endswith("ant") and rest[0].pos_ in ("VERB", "AUX"):
        return True  # "précisant que des poursuites seront engagées"
    return rest[0].pos_ in ("NOUN", "PROPN", "DET") and not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in rest)
