"""No input makes a pattern or an ingest function run away: every one finishes each pathological input within
a time bound (tests/fuzzing.py makes the inputs).

CI runs a few dozen inputs per pattern (well under a minute in all); a deeper run is one variable away:

    RECOUPE_FUZZ_INPUTS=10000 .venv/bin/python -m pytest -q tests/test_fuzz.py
"""

from __future__ import annotations

import os
import random

import pytest

from fuzzing import article_like, inputs, patterns, run_pattern, timed

COUNT = int(os.environ.get("RECOUPE_FUZZ_INPUTS", "24"))
SEED = int(os.environ.get("RECOUPE_FUZZ_SEED", "13"))
REPORT = os.environ.get("RECOUPE_FUZZ_REPORT")  # a file to append "name, inputs, slowest seconds" lines to
BOUND = 1.0  # seconds per input; a linear pattern takes milliseconds on the longest input (60,000 characters)
FOUND = patterns()


def report(name: str, slowest: float) -> None:
    if REPORT:
        with open(REPORT, "a", encoding="utf-8") as out:
            out.write(f"{name}\t{COUNT}\t{slowest:.4f}\n")


def test_patterns_are_found():
    """The collector sees the patterns of every module (a broken collector would make the fuzz test vacuous)."""
    where = {f.where.split(".")[0].split(":")[0] for f in FOUND}
    assert {"ingest", "number_words", "number_reading", "actors", "place_candidates", "reporting", "reports", "claims",
            "topics"} <= where
    assert len(FOUND) > 100


# Patterns that would be slow on some long input but only ever see a few characters, or no article text;
# where each is applied says why. A pattern taken off this list must pass the test like the others.
BOUNDED = {
    r"^(.*?)\s*\((.*)\)$": "places._cldr_variants: CLDR's country names, not article text",
    r",\s*(?:\w+\s+)?\d[^\n]*\(": "actors: matched at one position, on the 60 characters after a word in capitals",
    r"(\w+)\.?\s+$": "date_pasts.past_year: on the 16 characters before a year",
    r"\b([A-ZÉ][\w-]*[A-Z][\w-]*|": "frame_ellipses._name_before_parenthesis: on the 40 characters before a '('",
    r"(?:(?:an?|the|some|several|other)\s+)?([^\W\d_]":
        "source_phrases._unnamed_source: a source phrase, at most LONGEST_SOURCE_PHRASE characters",
    r"(?:\S+\s+){0,3}?(\S+)\s+(?:du|des|":
        "source_phrases._document_owner: a source phrase, at most LONGEST_SOURCE_PHRASE characters",
    r"[«“\"]([^»”\"]*)[»”\"]":
        "claims._quoted: applied up to the last closing quote, so each scan ends at one",
}


def bounded(found) -> str:
    source = found.pattern.pattern
    return next((why for start, why in BOUNDED.items() if isinstance(source, str) and source.startswith(start)), "")


def test_bounded_patterns_still_exist():
    """The list above names patterns that exist (a pattern rewritten or removed must leave it)."""
    sources = [f.pattern.pattern for f in FOUND if isinstance(f.pattern.pattern, str)]
    for start in BOUNDED:
        assert any(s.startswith(start) for s in sources), start


@pytest.mark.parametrize("found", FOUND, ids=str)
def test_pattern_is_fast_on_pathological_input(found):
    if bounded(found):
        pytest.skip(bounded(found))
    # Extraction patterns see the clean body (no whitespace run longer than two); ingest patterns, the raw file.
    shape = (lambda text: text) if found.where.startswith(("ingest", "sidecar")) else article_like
    slow = []
    slowest = 0.0
    for text in inputs(found.pattern.pattern if isinstance(found.pattern.pattern, str)
                       else found.pattern.pattern.decode("latin-1"), COUNT, SEED):
        text = shape(text)
        seconds = timed(lambda: run_pattern(found.pattern, text), BOUND)
        slowest = max(slowest, seconds)
        if seconds > BOUND:
            slow.append((len(text), repr(text[:60])))
    report(str(found), slowest)
    assert not slow, f"{found}: {len(slow)} input(s) over {BOUND} s, e.g. {slow[:3]}"


def test_known_worst_cases_are_fast():
    """The inputs that hung or crawled before (issue 13): 40 comments before a page, a line of 40,000 digits,
    180 kB of `<a ` with no `>`."""
    from recoupe.ingest import IngestError, article_from_text, looks_like_html

    cases = ["<!-- a -->\n" * 40 + "x", "1" * 40_000 + "\n" + "Une phrase de texte ordinaire pour finir ici.",
             "<a " * 60_000]
    for text in cases:
        assert timed(lambda: looks_like_html(text), BOUND) < BOUND, text[:30]
        assert timed(lambda: article_from_text(text, "x.txt"), BOUND) < BOUND, text[:30]
    with pytest.raises(IngestError):
        article_from_text("1" * 40_000, "x.txt")


INGEST_SOURCE = (
    "<!--<?xml<html<head<body<!doctype html>Lire aussi :Partager sur date 2024-10- 18 octobre 2024 vendredi "
    "Par Zoé SAMIN class=\"a\" href='b' fr-02 1er \u00a0\u202f\r\n\ufeff\x00\u2028"
)


@pytest.mark.parametrize("name", ["decode", "normalize_whitespace", "clean_lines", "fold", "looks_like_html",
                                  "published_in_text", "split_date_header", "detect_language", "article_from_text"])
def test_ingest_function_is_fast_on_pathological_input(name):
    from recoupe import dates, ingest

    function = getattr(ingest, name, None) or getattr(dates, name)  # dates.py reads the dates ingest finds
    slow = []
    slowest = 0.0
    for i, text in enumerate(inputs(INGEST_SOURCE, max(COUNT, 96), SEED)):
        if name == "decode":
            data = text.encode(random.Random(i).choice(["utf-8", "utf-16", "cp1252", "latin-1"]), errors="replace")
            call = lambda: function(data)  # noqa: E731
        elif name == "article_from_text":
            call = lambda: function(text, "fuzz.txt")  # noqa: E731
        else:
            call = lambda: function(text)  # noqa: E731
        seconds = timed(call, BOUND)
        slowest = max(slowest, seconds)
        if seconds > BOUND:
            slow.append((len(text), repr(text[:60])))
    report(f"ingest.{name}", slowest)
    assert not slow, f"{name}: {len(slow)} input(s) too slow, e.g. {slow[:3]}"


def test_a_source_phrase_longer_than_any_noun_phrase_is_no_source():
    """The cap that keeps the source-phrase patterns linear leaves real phrases alone."""
    from recoupe.source_phrases import LONGEST_SOURCE_PHRASE, _unnamed_source

    assert _unnamed_source("a police source") is not None
    assert _unnamed_source("x" * LONGEST_SOURCE_PHRASE + " police source") is None
