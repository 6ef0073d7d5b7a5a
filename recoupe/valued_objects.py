"""What a number after a valuing verb counts: "le collectif estime les marcheurs à 321 000 minimum", "police put the
number of marchers at 9,000" count the verb's object (number_objects.counted_noun, when no noun follows), unless
it names an event ("estimé la mobilisation à 300 000": `event_words`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from .lexicon import load
from .nlp import doc_language
from .number_words import words


def valued_object(doc: Doc, start: int) -> Optional[Token]:
    """"Le collectif estime les marcheurs à 321 000", "put the crowd at 40,000": a number after the preposition of
    a valuing verb (`valuing_verbs`, `valuing_prepositions`: numbers.yml) counts that verb's object (its "de"
    complement when the object names a figure: "évalue le nombre de marcheurs à …"), else None."""
    w = words(doc_language(doc))
    if start < 3 or doc[start - 1].lower_ not in getattr(w, "valuing_prepositions", ()):
        return None
    sentence_start = doc[start].sent.start
    for verb in reversed(doc[sentence_start:start - 1]):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        lemma = lemma + "r" if lemma + "r" in w.valuing_verbs else lemma  # "estime": the infinitive is "estimer"
        if lemma not in w.valuing_verbs:
            return None  # the nearest verb before the number is another one
        obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and c.i < start - 1), None)
        if obj is not None and obj.lemma_.lower() in w.figure_nouns:
            obj = next((c for c in obj.children if c.dep_ in ("nmod", "prep") and c.i > obj.i), None)
            if obj is not None and obj.dep_ == "prep":
                obj = next((c for c in obj.children if c.dep_ == "pobj"), None)
        return obj if obj is not None and obj.pos_ == "NOUN" else None
    return None


@lru_cache(maxsize=None)
def event_words(language: str) -> frozenset[str]:
    """The words events.yml's classes name events by ("mobilisation", "rassemblement", "rally")."""
    return frozenset(word for spec in load("events", language)["classes"].values() for word in spec.get("verbs") or ())
