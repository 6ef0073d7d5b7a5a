"""spaCy, loaded once per process: sentences, tokens, dependency parse and entities."""

from __future__ import annotations

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
