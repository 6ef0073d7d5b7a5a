"""The noun phrase around a speaker's head word, by position rather than the parse (`noun_phrase`), an apposition
after a comma, and a name glued to the next word; split out of subjects.py, which imports these names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .nlp import doc_language
from .reporting import ANSWERING_PARTICIPLES, NAME_PARTICLES, words


def noun_phrase(doc: Doc, head: Token, lo: int, hi: int) -> tuple[int, int]:
    """Token bounds [start, end) of the noun phrase around `head`, by position rather than the parse (which
    is unreliable on news copy): determiners and adjectives before; adjectives, names, 'de' complements,
    a bracketed acronym and an apposition after ('le chef des services secrets portugais, Tomas Lindqvist')."""
    w = words(doc_language(doc))
    start = head.i
    while start - 1 >= lo:
        prev = doc[start - 1]
        if prev.lower_ in w.time_words or prev.lower_.rstrip(".") in w.civilities:
            break  # "a averti jeudi Hans Kluge", "a déclaré Mme von der Leyen"
        if prev.pos_ in ("DET", "NUM"):
            if prev.pos_ == "NUM" and start - 2 >= lo and doc[start - 2].pos_ == "DET":
                start -= 2  # "les 40 passagers"
                break
            if start - 2 >= lo and doc[start - 2].lower_ in w.np_inner_adp and head.pos_ == "PROPN":
                start -= 2  # "l'agence de la sécurité … BND": keep walking through the descriptor
                continue
            start -= 1
            break
        if prev.pos_ == "ADJ" or prev.text == "-" or (prev.pos_ == "NOUN" and doc[start].text == "-") or (
            prev.dep_ == "compound" and not prev.is_punct  # "U.S. defense officials"
        ):
            start -= 1
            continue
        if head.pos_ == "PROPN" and (prev.pos_ in ("NOUN", "PROPN") or prev.lower_ in w.np_inner_adp) and not prev.is_punct:
            start -= 1  # "L'agence de renseignement allemande BND": the descriptor belongs to the name
            continue
        if prev.tag_ == "POS":  # "the Health Ministry's spokesman": the possessor names whose spokesman
            possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
            if possessor is not None and min(t.i for t in possessor.subtree) >= lo:
                start = min(t.i for t in possessor.subtree)
        break
    while start < head.i and doc[start].lower_ in w.np_inner_adp and doc[start].pos_ == "ADP":
        start += 1  # ", de la Ligue des électeurs (LEI) qui …": the walk stops on a preposition, which is no part
    allow_locative = head.lower_ in w.title_nouns or head.lower_ in w.source_nouns
    end = head.i + 1
    while end < hi and end - start < 25:
        t = doc[end]
        if t.is_space or t.lower_ in w.time_words or t.lower_ in ANSWERING_PARTICIPLES and doc_language(doc) == "fr":
            break  # "M. Roux joint au téléphone": the participle of how he was reached is no part of his name
        if t.pos_ in ("ADJ", "PROPN", "NOUN") and not t.is_punct or t.text == "-" or (t.dep_ == "amod" and t.pos_ == "VERB"):
            end += 1  # "… des Nations unies": a participle the tagger took for a verb
            continue
        if t.pos_ == "X" and t.text[:1].isupper():  # a foreign name the tagger does not know: "Save the Children"
            end += 1
            continue
        if (t.pos_ == "X" or t.lower_ in NAME_PARTICLES) and t.is_lower:  # "von der Leyen", "bin Salman"
            j = end
            while j < min(hi, end + 3) and (doc[j].pos_ == "X" or doc[j].lower_ in NAME_PARTICLES) and doc[j].is_lower:
                j += 1
            if j < hi and doc[j].pos_ in ("PROPN", "X") and doc[j].text[:1].isupper():
                end = j + 1
                continue
            break
        named_body = (head.pos_ == "PROPN" or head.text[:1].isupper()) and t.lower_ == "pour"  # "l'Office pour les sinistrés (OPS)"
        if t.lower_ in w.np_inner_adp or (allow_locative and t.lower_ in w.locative_adp) or named_body:
            j = end + 1
            if named_body and j < hi and "Yes" in doc[j].morph.get("Poss"):
                break  # "Jean Roux pour sa part"
            if j < hi and doc[j].pos_ == "DET":
                j += 1
            while j + 1 < hi and doc[j].dep_ == "compound" and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
                j += 1  # "of the Florida Division", "for the Kunduz provincial hospital"
            if j < hi and doc[j].pos_ in ("NOUN", "PROPN") and doc[j].lower_ not in w.time_words:
                end = j + 1
                continue
            break
        if t.text == "(":
            close = next((k for k in range(end + 1, min(hi, end + 6)) if doc[k].text == ")"), None)
            if close is not None:
                end = close + 1
                continue
            break
        if t.text == "," and end + 1 < hi and _starts_apposition(doc, end + 1, hi):
            end += 1
            continue
        break
    while end - 1 > start and (doc[end - 1].is_punct and doc[end - 1].text not in ")" or doc[end - 1].pos_ in ("ADP", "CCONJ")):
        end -= 1
    return start, end


def _starts_apposition(doc: Doc, i: int, hi: int) -> bool:
    """After a comma: a name closed by punctuation ('…, Tomas Lindqvist,') or an office ('…, secrétaire
    général de l'OTAN'); not the subject of the next clause ('Selon l'agence Nordpresse, Bruxelles prépare')."""
    t = doc[i]
    if t.pos_ == "PROPN" and t.text[:1].isupper():
        j = i
        while j < hi and (doc[j].pos_ == "PROPN" or doc[j].text == "-"):
            j += 1
        return j >= hi or doc[j].is_punct
    if t.pos_ == "DET" and i + 1 < hi:
        t = doc[i + 1]
    titles = words(doc_language(doc)).title_nouns
    return t.lower_ in titles or t.lower_.split("-")[-1] in titles


def _trim_glued(text: str, start: int, end: int) -> tuple[int, int]:
    """'Nordpresse.ce' -> 'Nordpresse': a missing space glued the next word to the name."""
    match = re.search(r"(?<=[A-Za-zÀ-ÿ])\.[a-zà-ÿ]+$", text[start:end])
    if match:
        end = start + match.start()
    return start, end
