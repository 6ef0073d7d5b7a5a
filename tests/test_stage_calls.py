"""Following a Doc through the code visits each stage once, in order (issue 11, "Done when"), watched from the calls
themselves rather than from the extension writes.

tests/test_stages.py checks what the stages log (`doc._.stages`) and write (`doc._.written`): a stage or a helper
that recomputed an earlier stage's work without writing it back (calling build_layout, find_all_reports or
extract_figures for itself) would pass those checks. Here Python's trace hook (sys.settrace, an observer: the
shipped code runs unchanged; it asks for no line events) records every call of each stage's work function during one nlp.pipe pass, whatever
module makes it and however it imported the function, and attributes it to the Doc it was given."""

from __future__ import annotations

import sys
from contextlib import contextmanager

import pytest
from support import make_article

from recoupe import actors, claims, frames, layout, numbers, pipeline, places, reports
from recoupe.nlp import get_nlp, model_language
from recoupe.stages import make_doc

# Each stage's work, in pipe order: the function that computes what the stage writes on the Doc.
WORK = [
    ("recoupe_layout", layout.build_layout),
    ("recoupe_figures", numbers.extract_figures),
    ("recoupe_places", places.extract_places),
    ("recoupe_reports", reports.find_all_reports),
    ("recoupe_actors", actors.extract_actor_mentions),
    ("recoupe_actors", actors.without_places),
    ("recoupe_claims", claims.attribute),
    ("recoupe_claims", claims.link_place_mentions),
    ("recoupe_frames", frames.frame_figures),
]
# Reading the reports: each of the two stages that name speakers resolves the reports found once against its own
# candidate names (reports.with_candidates); it never finds them again.
RESOLVED_TWICE = reports.with_candidates

ENGLISH = ("Flood toll rises\n\nThe regional governor said on Tuesday that 120 people had died and 3,000 were "
           "displaced. \"We are doing everything we can,\" she told reporters in the capital.")


@contextmanager
def watching(functions):
    """[(function name, id of the Doc it was given)], in call order, for every call of one of `functions`."""
    codes = {f.__code__: f.__name__ for f in functions}
    calls: list[tuple[str, int]] = []
    current = [None]  # the Doc of the last call given one: without_places and link_place_mentions take records

    def hook(frame, event, arg):
        if frame.f_code in codes:
            doc = frame.f_locals.get("doc")
            current[0] = doc if doc is not None else current[0]
            calls.append((codes[frame.f_code], id(current[0])))
        return None  # no line events: the cost is one call per Python function call

    previous = sys.gettrace()
    sys.settrace(hook)
    try:
        yield calls
    finally:
        sys.settrace(previous)


@pytest.fixture(scope="module")
def watched(seed_articles):
    """The two shortest seed articles and an English passage through one nlp.pipe pass per language, as the build
    makes it, with the calls of every stage's work recorded; then pipeline.extract on each Doc, recorded apart."""
    articles = [*sorted(seed_articles.values(), key=lambda a: len(a.text))[:2], make_article(ENGLISH, "flood.txt")]
    docs, calls = [], []
    for language in ("fr", "en"):
        group = [a for a in articles if model_language(a.language) == language]
        nlp = get_nlp(language)
        with watching([f for _, f in WORK] + [RESOLVED_TWICE]) as seen:
            docs += list(nlp.pipe((make_doc(nlp, a) for a in group), batch_size=pipeline.BATCH_SIZE))
        calls += seen
    by_article = {a.id: a for a in articles}
    with watching([f for _, f in WORK] + [RESOLVED_TWICE]) as after:
        extractions = [pipeline.extract(by_article[doc._.article.id], doc) for doc in docs]
    return docs, calls, after, extractions


def test_each_stage_computes_its_work_once_per_doc_in_pipe_order(watched):
    docs, calls, _, _ = watched
    assert len(docs) == 3 and {model_language(d._.article.language) for d in docs} == {"fr", "en"}
    for doc in docs:
        mine = [name for name, who in calls if who == id(doc) and name != RESOLVED_TWICE.__name__]
        assert mine == [f.__name__ for _, f in WORK], doc._.article.source_file
        assert [name for name, who in calls if who == id(doc)].count(RESOLVED_TWICE.__name__) == 2
    assert all(who in {id(d) for d in docs} for _, who in calls)  # no call on a Doc of its own making


def test_the_stages_order_matches_the_pipe(watched):
    docs, _, _, _ = watched
    assert list(dict.fromkeys(stage for stage, _ in WORK)) == docs[0]._.stages


def test_extract_recomputes_nothing(watched):
    _, _, after, extractions = watched
    assert after == []  # pipeline.extract reads what the stages wrote
    assert all(e.figures for e in extractions) and sum(len(e.claims) for e in extractions) > 0
