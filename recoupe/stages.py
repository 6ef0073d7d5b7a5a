"""The per-article stages, as spaCy components that run in the one `nlp.pipe` pass after the model's own.

Each stage reads what the stages before it wrote on the Doc and writes its own results there (recoupe/extensions.py
lists the extensions); nothing is computed twice. In pipe order:

  recoupe_layout   layout.build_layout               writes layout: paragraphs, quotes, and the sentences every
                                                     stage quotes (`sentence` in every table)
  recoupe_figures  numbers.extract_figures           reads layout; writes figures
  recoupe_places   places.extract_places             reads layout; writes places, place_mentions
  recoupe_reports  reports.find_all_reports          reads layout; writes reports
  recoupe_actors   actors.extract_actor_mentions     reads layout, reports, place_mentions; writes actor_mentions
  recoupe_claims   claims.attribute                  reads layout, reports, actor_mentions, figures, place_mentions;
                                                     writes claims, figures (sources), place_mentions (claim ids)
  recoupe_frames   frames.frame_figures              reads figures, places, place_mentions; writes figures (frames)

A stage runs only on a Doc that carries its article (`doc._.article`, set by the build on the Doc it makes with
`nlp.make_doc`); a plain `nlp(text)` gets spaCy's annotations alone. The time budget of one article's extraction
(`doc._.file_seconds`, recoupe/budget.py) runs from its first stage to its last; a stage that fails or runs out of
time leaves the error in `doc._.error`, and the stages after it leave the Doc alone.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import frames, numbers, places
from .actors import extract_actor_mentions, without_places
from .budget import OverBudget, cpu_clock, time_budget
from .claims import attribute, link_place_mentions
from .extensions import entering
from .layout import build_layout
from .models import Article
from .reports import find_all_reports

STAGES: list[str] = []  # in pipe order
_RUN: dict[str, Callable[[Doc], Doc]] = {}


def stage(name: str):
    """Register `work(doc, article)` as the spaCy component `name`, in the budget and error handling above."""

    def register(work: Callable[[Doc, Article], None]):
        def component(doc: Doc) -> Doc:
            article = doc._.article
            if article is None or doc._.error is not None:
                return doc
            started = entering(doc, name)
            seconds = doc._.file_seconds
            left = seconds - (cpu_clock() - started) if seconds and seconds > 0 else None
            try:
                if left is not None and left <= 0:
                    raise OverBudget(seconds)
                with time_budget(left, cpu=True):
                    work(doc, article)
            except OverBudget:
                doc._.error = OverBudget(seconds)  # said with the whole budget, not what was left of it
            except Exception as err:
                doc._.error = err
            return doc

        Language.component(name, func=component)
        STAGES.append(name)
        _RUN[name] = component
        return work

    return register


@stage("recoupe_layout")
def _layout(doc: Doc, article: Article) -> None:
    doc._.layout = build_layout(doc, article.text)


@stage("recoupe_figures")
def _figures(doc: Doc, article: Article) -> None:
    doc._.figures = numbers.extract_figures(doc, article)


@stage("recoupe_places")
def _places(doc: Doc, article: Article) -> None:
    doc._.places, doc._.place_mentions = places.extract_places(doc, article)


@stage("recoupe_reports")
def _reports(doc: Doc, article: Article) -> None:
    doc._.reports = find_all_reports(doc, doc._.layout)


@stage("recoupe_actors")
def _actors(doc: Doc, article: Article) -> None:
    doc._.actor_mentions = without_places(extract_actor_mentions(doc, article), doc._.place_mentions)


@stage("recoupe_claims")
def _claims(doc: Doc, article: Article) -> None:
    claims, figures = attribute(doc, article, doc._.actor_mentions, doc._.figures)
    doc._.claims = claims
    doc._.figures = figures
    doc._.place_mentions = link_place_mentions(claims, doc._.place_mentions)


@stage("recoupe_frames")
def _frames(doc: Doc, article: Article) -> None:
    doc._.figures = frames.frame_figures(doc, doc._.figures, doc._.places, doc._.place_mentions, article.language)


def add_stages(nlp: Language) -> Language:
    """The stages, last in the pipeline, in order."""
    for name in STAGES:
        nlp.add_pipe(name, last=True)
    return nlp


def make_doc(nlp: Language, article: Article, file_seconds: Optional[float] = None) -> Doc:
    """The Doc `nlp.pipe` takes for an article: tokenized, with the article and its time budget on it."""
    doc = nlp.make_doc(article.text)
    doc._.article = article
    doc._.file_seconds = file_seconds
    return doc


def annotate(doc: Doc, article: Article, file_seconds: Optional[float] = None) -> Doc:
    """Run the stages on a Doc that spaCy parsed without its article (`nlp(text)`), as the pipe would have."""
    if doc._.article is not None:
        if doc._.article.id != article.id:
            raise ValueError(f"the Doc holds article {doc._.article.id}, not {article.id}")
        return doc
    doc._.article = article
    doc._.file_seconds = file_seconds
    for name in STAGES:
        doc = _RUN[name](doc)
    return doc
