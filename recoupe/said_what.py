"""What a verb of saying says: a clause on "que", a quote after a colon, an injunction's infinitive, a description on
"comme" (`_says_what`); the verbs of the `clause_verbs` and `injunction_verbs` classes report only with it. Moved
verbatim from reports.py, which reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .lexicon import load
from .nlp import doc_language
from .reporting import INJUNCTION_VERBS, verb_lemma

if TYPE_CHECKING:
    from .layout import Layout


def _says_what(doc: Doc, verb: Token, layout: Layout) -> bool:
    """"X juge que …", "X s'inquiète qu'il y ait …", "X a noté : « … »": the verb governs a clause on "que" or
    opens a quote after a colon (what a verb of the `clause_verbs` class needs to report)."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’") for m in clause.children):
            return True
    if verb_lemma(verb) in INJUNCTION_VERBS and _enjoins(doc, verb):
        return True
    if any(child.dep_ == "obj" and child.i > verb.i and _que_at(doc, child.i + 1, "ADJ") for child in verb.children):
        return True  # "a informé le journal que …", the clause the parser hung on the addressee
    if any(_completive_on_addressee(child) for child in verb.children if child.dep_ == "obj" and child.i > verb.i):
        return True  # "informe les directeurs de campagne que …": hung on the addressee past its complements
    if _que_at(doc, verb.i + 1, "ADV") and not any(t.lower_ in ("ne", "n'", "n’") for t in doc[max(0, verb.i - 4):verb.i]):
        return True  # "a aussi noté que toujours pour …": a clause the parser lost ("n'a noté que deux cas" restricts)
    if _describes_as(doc, verb):
        return True
    j = verb.i + 1
    return j + 1 < len(doc) and doc[j].text == ":" and layout.in_quote(doc[j + 1].idx + len(doc[j + 1].text))


def _completive_on_addressee(addressee: Token) -> bool:
    """Whether the object (or a noun coordinated with it) governs a clause opened by the conjunction "que" (a
    relative's "que" is a pronoun): what the verb says, which the parser hung on whom it is said to."""
    for noun in (addressee, *(c for c in addressee.children if c.dep_ == "conj")):
        for clause in noun.children:
            if clause.dep_ in ("acl", "acl:relcl") and clause.i > noun.i and any(
                    m.dep_ == "mark" and m.pos_ == "SCONJ" and m.lower_ in ("que", "qu'", "qu’") for m in clause.children):
                return True
    return False


def _describes_as(doc: Doc, verb: Token) -> bool:
    """"Le responsable a décrit le secteur comme un port", "considère ces chiffres comme exagérés": a verb of
    describing with its object and "comme" what it is said to be (a few words on, no other verb between)."""
    if verb_lemma(verb) not in load("attribution", doc_language(doc)).get("describing_verbs", ()):
        return False
    for t in doc[verb.i + 1:min(len(doc), verb.i + 8)]:
        if t.lower_ == "comme":
            return t.i > verb.i + 1
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


def _que_at(doc: Doc, i: int, skipped: str) -> bool:
    """Whether a conjunction "que" stands at token i, past words of the part of speech `skipped` ("a informé le
    journal local que", "a aussi noté que")."""
    while i < len(doc) and doc[i].pos_ == skipped and doc[i].lower_ not in ("que", "qu'", "qu’"):
        i += 1
    return i < len(doc) and doc[i].lower_ in ("que", "qu'", "qu’") and doc[i].pos_ == "SCONJ"


def _enjoins(doc: Doc, verb: Token) -> bool:
    """"a demandé à la commission de publier …", "invite la population à se protéger", "appelle au calme": a verb of
    injunction with what it asks, an infinitive on "de" / "à" after it (or, for "appeler", "à" and a noun)."""
    for token in verb.subtree:  # the parser often hangs the infinitive on the addressee: any in the verb's phrase
        if not (verb.i < token.i <= verb.i + 15) or token.pos_ not in ("VERB", "AUX") \
                or "Inf" not in token.morph.get("VerbForm"):
            continue
        k = token.i - 1
        while k > verb.i and doc[k].pos_ == "PRON" and (doc[k].dep_.startswith("expl") or doc[k].dep_ in ("obj", "iobj")):
            k -= 1  # "de s'y rendre", "à se protéger", "de lui accorder", "de les recevoir": clitics before it
        if doc[k].lower_ in ("de", "d'", "d’", "à") and doc[k - 1].lower_ not in ("afin", "avant", "lieu", "faute", "près"):
            return True  # not "afin de", "avant de", "au lieu de": an adverbial of the verb, not what it asks
    j = verb.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return verb_lemma(verb) == "appeler" and j < len(doc) and doc[j].lower_ in ("à", "au", "aux")
