"""The per-article extraction: one `nlp.pipe` pass per language parses each article and runs the stages on its Doc
(recoupe/stages.py); their results are read into an ArticleExtraction. What this module and the modules it imports
hold is the extraction cache key's code (extraction_cache.extractor_version); the build around it is pipeline.py."""

from __future__ import annotations

from typing import Optional

from . import stages
from .budget import FILE_SECONDS, OverBudget
from .models import Article, ArticleExtraction
from .nlp import get_nlp, model_language

BATCH_SIZE = 16


def describe(err: BaseException) -> str:
    """An error in one line: its type and the first line of its message."""
    message = str(err).splitlines()[0][:200] if str(err) else ""
    return f"{type(err).__name__}: {message}" if message else type(err).__name__


def extract(article: Article, doc) -> ArticleExtraction:
    """Every record one article yields before cross-article resolution, read from what the stages wrote on its Doc
    (recoupe/stages.py). A Doc parsed without its article (`nlp(text)`) goes through the stages first."""
    stages.annotate(doc, article)
    if doc._.error is not None:
        raise doc._.error
    return ArticleExtraction(
        article=article,
        figures=doc._.figures,
        actor_mentions=doc._.actor_mentions,
        places=doc._.places,
        place_mentions=doc._.place_mentions,
        claims=doc._.claims,
    )


# What one article's extraction gave: the records, or (records empty) why it failed.
Outcome = tuple[ArticleExtraction, Optional[str]]


def extract_batch(articles: list[Article], file_seconds: Optional[float] = FILE_SECONDS) -> list[Outcome]:
    """Extraction for a batch of articles in this process: one `nlp.pipe` pass per language parses each article
    and runs the stages on it (the article and its time budget ride on the Doc); an article whose extraction
    fails is kept, without records, with the reason.

    Docs are read as nlp.pipe yields them and then dropped: a parsed Doc weighs megabytes.
    """
    by_language: dict[str, list[int]] = {}
    for index, article in enumerate(articles):  # one batch per language, each parsed by its language's model
        by_language.setdefault(model_language(article.language), []).append(index)
    outcomes: dict[int, Outcome] = {}
    for language, indexes in by_language.items():
        group = [articles[i] for i in indexes]
        nlp = get_nlp(language)
        done = 0
        try:
            docs = nlp.pipe((stages.make_doc(nlp, a, file_seconds) for a in group), batch_size=BATCH_SIZE)
            for index, article, doc in zip(indexes, group, docs):
                outcomes[index] = _extract_one(article, doc)
                done += 1
        except Exception:  # a text broke spaCy's batch: parse the rest one by one so the others still go through
            for index, article in zip(indexes[done:], group[done:]):
                outcomes[index] = _extract_one(article, _parse_or_error(article, file_seconds))
    return [outcomes[i] for i in range(len(articles))]


def _extract_one(article: Article, doc) -> Outcome:
    if isinstance(doc, Exception):
        return ArticleExtraction(article=article), f"spaCy could not parse it ({describe(doc)})"
    try:
        return extract(article, doc), None
    except OverBudget as err:
        return ArticleExtraction(article=article), f"{err}, the limit per file"
    except Exception as err:
        return ArticleExtraction(article=article), describe(err)


def _parse_or_error(article: Article, file_seconds: Optional[float] = FILE_SECONDS):
    nlp = get_nlp(model_language(article.language))
    try:
        return nlp(stages.make_doc(nlp, article, file_seconds))
    except Exception as err:
        return err
