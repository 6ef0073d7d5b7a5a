"""Speakers a sentence's opening frames (reports.py reads them): a participle of how the speaker was quoted or reached
before the speaker's name ("Cité par la radio locale, un site d'information, Jean Roux a témoigné": Jean Roux speaks,
not the medium), and an adverbial of where words are said ("Dans un communiqué rendu public mardi, le syndicat s'est
félicité du déroulement de la grève": the syndicate speaks, whatever its verb). The words are per language in
lexicons/<language>/attribution.yml (`answering_participles`, `quoting_participles`, `speech_frame_nouns`,
`speech_frame_openers`)."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc, Token

from .lexicon import load
from .reporting import ANSWERING_PARTICIPLES, CIVILITIES, CONTROL_VERBS, SOURCE_NOUNS, SUBJECT_PRONOUNS, TITLE_NOUNS, Report, _participle_forms, verb_lemma
from .said_what import _enjoins
from .subjects import _first_nominal, _unit_tokens, _with_span

if TYPE_CHECKING:
    from .layout import Layout

_FR = load("attribution", "fr")
OPENING_PARTICIPLES = ANSWERING_PARTICIPLES | _participle_forms(_FR.get("quoting_participles", ()))
FRAME_NOUNS = frozenset(_FR.get("speech_frame_nouns", ()))
FRAME_OPENERS = frozenset(_FR.get("speech_frame_openers", ()))
SPEAKING = frozenset(load("speakers")["speaking_nouns"]) | TITLE_NOUNS | SOURCE_NOUNS


def _first_word(doc: Doc, lo: int, hi: int) -> int:
    while lo < hi and doc[lo].is_space:
        lo += 1
    return lo


def speaker_after_cited_opening(doc: Doc, verb: Token, lo: int, left: Optional[Token]) -> Optional[Token]:
    """The head of the name right before the verb group when the sentence opens on a participle of quoting or asking
    and its "par X" ("Cité par X, …", "Interrogé par X, …") and the parser took a word of that opening (X or an
    apposition to X) for the verb's subject; None otherwise."""
    lo = _first_word(doc, lo, verb.i)
    if left is None or left.i <= lo + 2 or doc[lo].lower_ not in OPENING_PARTICIPLES or doc[lo + 1].lower_ != "par":
        return None
    comma = next((t for t in reversed(doc[lo + 2:left.i]) if t.text == ","), None)
    if comma is None:
        return None
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if subjects and all(s.i > comma.i for s in subjects):
        return None  # the parse already has the subject after the opening
    head = _first_nominal(doc, comma.i + 1, left.i + 1)
    return head if head is not None and head.pos_ == "PROPN" or head is not None and head.lemma_.lower() in SPEAKING \
        else None


def framed_subject(doc: Doc, layout: Layout, unit: int) -> Optional[Report]:
    """"Dans un communiqué, le collectif s'est félicité …", "Au micro de la radio, le ministre …": a sentence that
    opens on a preposition and a noun of where words are said (`speech_frame_nouns`), closed by a comma with no
    verb of its own, is what the main clause's subject says, when that subject is a name, a personal pronoun or a
    noun of a body or a person that speaks (not "Dans le rapport, les chiffres …")."""
    lo, hi = _unit_tokens(doc, layout, unit)
    lo = _first_word(doc, lo, hi)
    if hi - lo < 5 or doc[lo].lower_ not in FRAME_OPENERS or layout.in_quote(doc[lo].idx):
        return None
    comma = next((t for t in doc[lo + 1:min(hi, lo + 16)] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") and not (t.dep_ == "acl" and "Past" in t.morph.get("Tense"))
                            for t in doc[lo:comma.i]):
        return None  # not "En attendant la conférence, …": a clause of its own; "un communiqué rendu public" frames
    noun = next((t for t in doc[lo + 1:comma.i] if t.pos_ == "NOUN" and t.lower_ not in FRAME_OPENERS), None)
    if noun is None or noun.lower_ not in FRAME_NOUNS and noun.lemma_.lower() not in FRAME_NOUNS:
        return None
    subject = next((t for t in doc[comma.i + 1:hi] if t.dep_ == "nsubj" and t.head.i > t.i
                    and not layout.in_quote(t.idx)), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in SUBJECT_PRONOUNS
                               or subject.pos_ == "NOUN" and (subject.lower_ in SPEAKING or subject.lemma_.lower() in SPEAKING)):
        return None
    verb = subject.head
    report = Report(trigger=verb.i, verb=verb_lemma(verb), unit=unit)
    if subject.lower_ in SUBJECT_PRONOUNS:
        report.pronoun = subject.lower_
        return report
    return _with_span(doc, report, subject, lo, hi, layout)


OBJECT_VERBS = frozenset(_FR.get("object_verbs", ()))
REQUEST_VERBS = frozenset(_FR.get("request_verbs", ()))
INFINITIVE_VERBS = frozenset(_FR.get("infinitive_verbs", ()))
INDEFINITE = frozenset({"un", "une", "des", "de", "d'", "d’"})


def speaks_of_object(verb: Token, lemma: str) -> bool:
    """"Le Hezbollah a demandé une prolongation", "Amnesty contredit les autorités", "le syndicat fustige la réforme":
    a verb of the `object_verbs` class, which reports only what it governs otherwise (a figure, a quote, a clause),
    reports its noun object too when its subject, before it, is a name, a personal pronoun or a noun of a body or a
    person that speaks (not "le secteur redoute une flambée", "les troupes avancent leurs pions": no speaker)."""
    if lemma not in OBJECT_VERBS and lemma not in INFINITIVE_VERBS or verb.dep_ == "acl:relcl" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and (c.dep_ == "obj" or _past_adverb(c))]
    if lemma in REQUEST_VERBS:  # "a demandé une enquête", not "a demandé le dossier": a request for what is not yet
        objects = [c for c in objects if any(d.dep_ == "det" and d.lower_ in INDEFINITE for d in c.children)]
    if not (lemma in OBJECT_VERBS and objects or lemma in INFINITIVE_VERBS and _enjoins(verb.doc, verb)):
        return False
    governing = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ in CONTROL_VERBS else verb
    # "Il continue à réclamer le départ du président": the subject of the verb of control governing it
    subjects = [c for c in governing.children if c.dep_ == "nsubj" and c.i < governing.i]
    return len(subjects) == 1 and (
        subjects[0].pos_ == "PROPN" or subjects[0].lower_ in SUBJECT_PRONOUNS
        or subjects[0].text.isupper() and len(subjects[0].text) > 1  # "Le NPD", an acronym tagged a noun
        or subjects[0].lower_.rstrip(".") in CIVILITIES  # "M. Roux", the civility heading the name
        or subjects[0].pos_ == "NOUN" and (subjects[0].lower_ in SPEAKING or subjects[0].lemma_.lower() in SPEAKING))


TRANSPARENT = frozenset(_FR.get("transparent_words", ()))


def _past_adverb(noun: Token) -> bool:
    """"Elle demande en outre une enquête": the object, hung as a complement on the preposition of an adverb of two
    words ("en outre", "par ailleurs": `transparent_words`) the parser read as its case."""
    return noun.dep_ == "obl:arg" and any(k.dep_ == "case" and any(f.dep_ == "fixed" and f.lower_ in TRANSPARENT
                                                                   for f in k.children) for k in noun.children)
