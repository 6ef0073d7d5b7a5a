"""The author of a document a report's speaker names: the agent of a participle describing it ("les chiffres publiés
par l'Insee" -> Insee), or an earlier document phrase of the same passage that names its author. Split out of
recoupe/speakers.py (issue 11, item 6), whose `_speaker` calls them.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .lexicon import load
from .models import ActorMention
from .nlp import doc_language
from .reporting import DOCUMENT_NOUNS, NP_INNER_ADP, Report, TITLE_NOUNS, words


def _document_author(doc: Doc, report: Report) -> Optional[Token]:
    """The agent of a participle describing a document speaker: 'les chiffres publiés par l'Insee' -> Insee."""
    if report.head is None:
        return None
    head = doc[report.head]
    if head.lower_ in load("speakers").get("speech_nouns", ()) or head.lemma_ in load("speakers").get("speech_nouns", ()):
        # "selon le témoignage des 40 passagers": whose words they are
        whose = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
                      and any(k.lower_ in NP_INNER_ADP for k in c.children)), None)
        return whose if whose is not None else _agent_of_participles(doc, head)  # "une déclaration transmise par X"
    w = words(doc_language(doc))
    if doc[report.head].lemma_.lower() in w.document_nouns or doc[report.head].lower_ in w.document_nouns:
        # "a statement by the ministry said", "Data from the commission shows", "a report released by the agency"
        author = document_author(doc[report.head], w)
        if author is not None:
            return author
    if doc[report.head].lemma_ not in DOCUMENT_NOUNS:
        return None
    speaking = (set(load("speakers")["speaking_nouns"]) | TITLE_NOUNS) - set(load("speakers")["counted_people"])
    for child in doc[report.head].children:
        # "selon une note du renseignement territorial révélée par une chaîne": the body whose document it is,
        # before the one that made it public
        if child.dep_ == "nmod" and child.i > report.head and child.pos_ == "NOUN" and child.lemma_ in speaking \
                and any(c.lower_ in NP_INNER_ADP for c in child.children):
            return child
    for child in doc[report.head].children:
        if child.dep_ == "acl" and child.pos_ == "VERB":
            agents = [c for c in child.children if c.dep_ == "obl:agent"]
            if agents:
                return agents[0]
    agent = _agent_of_participles(doc, doc[report.head])
    if agent is not None:
        return agent
    for child in doc[report.head].children:
        # "selon les estimations du HCR", "un communiqué commun du HCR et de l'OIM": a named issuer
        if child.dep_ == "nmod" and child.i > report.head and any(c.lower_ in NP_INNER_ADP for c in child.children) \
                and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in child.subtree) \
                or child.dep_ == "nmod" and child.i > report.head and child.pos_ == "NOUN" and child.text[:1].isupper() \
                and any(c.lower_ in NP_INNER_ADP for c in child.children):  # "les chiffres de la Direction de …"
            return child
    return None


def _agent_of_participles(doc: Doc, noun: Token) -> Optional[Token]:
    """"selon un bilan provisoire évoqué dans la soirée par la télévision publique", "selon les résultats validés par
    la commission et fournis à l'AFP par un commissaire": the agent ("par X") of the participles that follow the
    document's noun, whatever the parser hung them on; of a chain of them, the last one, who handed it over. The
    phrase ends at a comma, a stop or a finite verb."""
    agent, participle = None, False
    for token in doc[noun.i + 1:min(len(doc), noun.i + 30)]:
        if token.is_punct and token.text not in ("(", ")", "-", "'", "’") or "Fin" in token.morph.get("VerbForm"):
            break
        if "Part" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "ADJ"):
            participle = True
        elif participle and token.lower_ == "par":
            following = next((t for t in doc[token.i + 1:token.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
            if following is not None:
                agent = following
    return agent


def document_author(noun: Token, w) -> Optional[Token]:
    """The author a document noun names (ClearNLP labels): "a statement by the ministry", "data from the
    commission", "a report released by the agency", "new numbers published by the ministry"; or the subject of
    the clause the document frames ("In a statement, the police gave an account": `document_frame_prepositions`)."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in getattr(w, "agent_prepositions", ())), None)
    if by is None:
        by = next((a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   for a in c.children if a.dep_ == "agent"), None)
    if by is None and noun.dep_ == "pobj" and noun.head.lower_ in getattr(w, "document_frame_prepositions", ()) \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        # "In a statement published on social media, the police provided an account ...": the clause's subject
        return next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _earlier_document_author(doc: Doc, report: Report,
                             mentions: list[ActorMention]) -> Optional[tuple[str, Optional[ActorMention]]]:
    """"According to the data, ...", "the report said" (a definite document, no author named): the author of the
    last document the article named with its author before ("according to a report released by the agency"), as
    (its words, its actor mention); a common noun no actor mention covers is its words alone ("the police
    force")."""
    w = words(doc_language(doc))
    head = doc[report.head]
    if not (head.lemma_.lower() in w.document_nouns or head.lower_ in w.document_nouns) \
            or not any(c.dep_ == "det" and c.lower_ in getattr(w, "definite_determiners", ()) for c in head.children):
        return None
    for token in reversed(doc[:head.i]):
        if token.pos_ == "NOUN" and (token.lemma_.lower() in w.document_nouns or token.lower_ in w.document_nouns):
            author = document_author(token, w)
            if author is not None:
                mention = next((m for m in mentions if m.start <= author.idx < m.end), None)
                if mention is not None:
                    return mention.surface, mention
                phrase = doc[author.left_edge.i:author.right_edge.i + 1]
                if author.pos_ in ("NOUN", "PROPN") and len(phrase) <= 6 and not any(t.is_punct for t in phrase):
                    return phrase.text, None
                return None
    return None


def _issuer_in_unit(doc: Doc, lo: int, hi: int) -> Optional[Token]:
    """"Le gouvernement a fait un récapitulatif des pertes", "La Cour a dressé un bilan": the subject (a noun or a
    name) of a verb whose object is a document noun, in the sentence [lo, hi) — who issued the document a
    demonstrative ("selon ce décompte") points back at."""
    for token in doc[lo:hi]:
        if token.dep_ == "obj" and token.pos_ == "NOUN" and token.lemma_ in DOCUMENT_NOUNS and token.head.pos_ == "VERB":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None
