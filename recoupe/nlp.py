"""spaCy, loaded once per process: sentences, tokens, dependency parse and entities."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODELS = {"fr": "fr_core_news_md"}


@lru_cache(maxsize=None)
def get_nlp(language: str = "fr") -> Language:
    """The pipeline for a language; loading takes seconds, so it happens once per process."""
    return spacy.load(MODELS.get(language, MODELS["fr"]))


def parse(text: str, language: str = "fr") -> Doc:
    return get_nlp(language)(text)


def parse_many(texts: Iterable[str], language: str = "fr", batch_size: int = 32) -> Iterator[Doc]:
    return get_nlp(language).pipe(texts, batch_size=batch_size)


def doc_text(doc: Doc) -> str:
    """The document's text. `Doc.text` joins every token on each access; stages that slice it often use this."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as character offsets, the ones every stage quotes: spaCy's, with fragments that do not end a
    sentence ("Jusqu’") joined to what follows on the same line, and cut at line breaks (a headline is its own
    sentence). Computed once per document."""
    spans = doc.user_data.get("sentence_spans")
    if spans is None:
        spans = doc.user_data["sentence_spans"] = _sentence_spans(doc)
    return spans


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    merged: list[list[int]] = []
    for sent in doc.sents:
        if merged and not re.search(r"[.!?…»\"”:]\s*$", text[merged[-1][0]:merged[-1][1]]) and "\n" not in text[
            merged[-1][1]:sent.start_char
        ] and "\n" not in text[sent.start_char:sent.end_char].strip()[:1]:
            merged[-1][1] = sent.end_char
        else:
            merged.append([sent.start_char, sent.end_char])
    bounds = []
    for start, end in merged:
        offset = start
        for piece in text[start:end].split("\n"):
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                bounds.append((offset + lead, offset + lead + len(stripped)))
            offset += len(piece) + 1
    return bounds


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """The sentence holding `offset` (or the last one starting before it, for an offset between sentences)."""
    return max(bisect.bisect_right([start for start, _ in spans], offset) - 1, 0)


@lru_cache(maxsize=1)
def lemmatizer_words() -> frozenset[str]:
    """The nouns and word forms spaCy's French lemmatizer tables know."""
    lookups = get_nlp("fr").get_pipe("lemmatizer").lookups
    words = set(lookups.get_table("lemma_index")["noun"]) if lookups.has_table("lemma_index") else set()
    if lookups.has_table("lemma_lookup"):
        words |= set(lookups.get_table("lemma_lookup").keys())
    return frozenset(words)


def known_word(word: str) -> bool:
    """Whether the word is a French word spaCy's lemmatizer knows ("direct", "soldats")."""
    return word in lemmatizer_words()


@lru_cache(maxsize=1)
def _noun_lemmas() -> frozenset[str]:
    lookups = get_nlp("fr").get_pipe("lemmatizer").lookups
    return frozenset(lookups.get_table("lemma_index")["noun"]) if lookups.has_table("lemma_index") else frozenset()


def known_noun(word: str) -> bool:
    """Whether spaCy's French lemmatizer tables know the word as a noun lemma ("camp", "terrain")."""
    return word in _noun_lemmas()
