"""The per-article stages: spaCy components that annotate each Doc once, in pipe order, in one nlp.pipe pass
(recoupe/stages.py); and a rule added by editing one data file (recoupe/lexicons/<language>/*.yml)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support import make_article

from recoupe import lexicon, pipeline
from recoupe.nlp import get_nlp
from recoupe.stages import STAGES, make_doc

ROOT = Path(__file__).resolve().parent.parent
# Who writes each extension, in the order the writes happen on a Doc.
WRITES = [
    ("layout", "recoupe_layout"),
    ("figures", "recoupe_figures"),
    ("places", "recoupe_places"),
    ("place_mentions", "recoupe_places"),
    ("reports", "recoupe_reports"),
    ("actor_mentions", "recoupe_actors"),
    ("claims", "recoupe_claims"),
    ("figures", "recoupe_claims"),
    ("place_mentions", "recoupe_claims"),
    ("figures", "recoupe_frames"),
]


@pytest.fixture(scope="module")
def piped(seed_articles):
    """The seed articles through one nlp.pipe pass, as the build makes it: Docs made with the article on them."""
    nlp = get_nlp("fr")
    articles = list(seed_articles.values())
    return nlp, articles, list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=pipeline.BATCH_SIZE))


def test_a_doc_visits_each_stage_once_in_pipe_order(piped):
    nlp, articles, docs = piped
    assert [name for name in nlp.pipe_names if name.startswith("recoupe_") and name not in (
        "recoupe_language", "recoupe_line_breaks", "recoupe_heading_breaks")] == STAGES  # (the breaks: before the parser)
    assert nlp.pipe_names[-len(STAGES):] == STAGES  # after the model's own components
    for article, doc in zip(articles, docs):
        assert doc._.error is None
        assert doc._.stages == STAGES
        assert doc._.written == WRITES
        # layout and reports: computed once per Doc, by their stage, and read by the stages after it
        assert [w for w in doc._.written if w[0] in ("layout", "reports")] == [
            ("layout", "recoupe_layout"), ("reports", "recoupe_reports")]


def test_extract_only_reads_what_the_stages_wrote(piped):
    _, articles, docs = piped
    for article, doc in zip(articles, docs):
        before = doc._.written
        extraction = pipeline.extract(article, doc)
        assert doc._.written == before and doc._.stages == STAGES  # nothing ran again
        assert extraction.figures == doc._.figures and extraction.claims == doc._.claims
        assert extraction.actor_mentions == doc._.actor_mentions and extraction.places == doc._.places
        assert extraction.place_mentions == doc._.place_mentions
        assert extraction.figures and extraction.claims


def test_every_sentence_column_quotes_one_of_the_layouts_sentences(piped):
    """One notion of a sentence: a figure's, a place mention's and an actor mention's sentence are all units of
    the article's layout (claims are cut from those units too), the one that holds the row's span."""
    _, articles, docs = piped
    checked = 0
    for article, doc in zip(articles, docs):
        units = doc._.layout.units
        sentence_at = lambda offset: article.text[slice(*units[doc._.layout.unit_of(offset)])]  # noqa: E731
        rows = [*doc._.figures, *doc._.place_mentions, *doc._.actor_mentions]
        for row in rows:
            assert row.sentence == sentence_at(row.start), row
        checked += len(rows)
    assert checked > 100


def test_the_layout_is_written_once(piped):
    _, _, docs = piped
    with pytest.raises(RuntimeError, match="written once"):
        docs[0]._.layout = docs[0]._.layout


def test_a_doc_parsed_without_its_article_gets_spacy_alone_then_the_stages_once(seed_articles, nlp):
    article = next(iter(seed_articles.values()))
    doc = nlp(article.text)
    assert doc._.stages == [] and doc._.figures is None and doc.ents
    extraction = pipeline.extract(article, doc)
    assert doc._.stages == STAGES and doc._.written == WRITES
    pipeline.extract(article, doc)
    assert doc._.stages == STAGES  # a second read runs nothing
    piped = get_nlp("fr")(make_doc(get_nlp("fr"), article))
    assert extraction == pipeline.extract(article, piped)  # the same records as the one-pass build


def test_a_stage_that_fails_stops_the_stages_after_it_and_the_reason_is_kept():
    article = make_article("Titre\nLe ministère a indiqué que 3 000 soldats étaient arrivés, selon l'agence.")
    [(extraction, error)] = pipeline.extract_batch([article], file_seconds=1e-6)
    assert error.startswith("took longer than 1e-06 s") and extraction.claims == []


# --- a rule as data -----------------------------------------------------------------------------------------------

# Made-up passages, one per language, each with a verb the shipped lexicon does not count as reporting.
PASSAGES = {
    "en": ("bridge.txt", "crow", "Bridge reopens\n\nThe city council crowed that 4,000 residents had returned to the "
           "district by Friday. Traffic was slow.", 4000, "The city council"),
    "fr": ("ville.txt", "claironner", "La ville rouvre\n\nLe conseil municipal a claironné que 4 000 habitants étaient "
           "revenus dans le quartier vendredi. La circulation reste lente.", 4000, "Le conseil municipal"),
}


def test_a_newcomer_adds_a_reporting_verb_by_editing_one_data_file(tmp_path):
    """"crow" and "claironner" are no reporting verbs in recoupe/lexicons/<language>/attribution.yml: the council's
    figure has no source. Copy that one file into a folder of overrides, add the verb, build with RECOUPE_LEXICONS:
    the council says it."""
    overrides, corpus = tmp_path / "lexicons", tmp_path / "corpus"
    corpus.mkdir()
    for language, (name, verb, text, value, speaker) in PASSAGES.items():
        article = make_article(text, name)
        assert article.language == language and verb not in lexicon.load("attribution", language)["reporting_verbs"]
        [(extraction, error)] = pipeline.extract_batch([article])
        assert error is None and not any(c.verb == verb for c in extraction.claims)
        assert [f.source_text for f in extraction.figures if f.value == value] == [None]

        (overrides / language).mkdir(parents=True)
        edited = overrides / language / "attribution.yml"
        shutil.copy(lexicon.FOLDER / language / "attribution.yml", edited)
        shipped = edited.read_text(encoding="utf-8")
        edited.write_text(shipped.replace("reporting_verbs: [", f"reporting_verbs: [{verb}, ", 1), encoding="utf-8")
        assert edited.read_text(encoding="utf-8") != shipped
        (corpus / name).write_text(text, encoding="utf-8")

    env = {**os.environ, lexicon.OVERRIDE_VARIABLE: str(overrides), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(ROOT / "build_db.py"), str(corpus), "--db", str(tmp_path / "d.db"),
                             "--cache", str(tmp_path / "cache"), "-q", "--time-limit", "0"],  # a busy machine: no
                            capture_output=True, text=True, env=env,  # article may be cut off by the time budget
                            timeout=600)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "d.db") as db:
        assert db.execute("select path, reason from rejected_files").fetchall() == []
        claims = db.execute("select verb, speaker_text from claims").fetchall()
        sources = {Path(file).name: source for file, source in db.execute(
            "select a.source_file, f.source_text from figures f join articles a "
            "on a.id = f.article_id where f.value = 4000")}
    for name, verb, _, _, speaker in PASSAGES.values():
        assert (verb, speaker) in claims
        assert sources[name] == speaker


def test_tokens_from_are_the_tokens_a_walk_over_the_doc_would_keep():
    """nlp.tokens_from bisects the token starts: the tokens from a character on (and before another), as a loop
    over every token testing `idx` would give, for every pair of offsets of a made-up sentence."""
    from recoupe.nlp import tokens_from

    doc = get_nlp("fr").make_doc("« Les Amis du Port » ont compté 300 personnes, a dit l'élu.")
    for begin in range(len(doc.text) + 2):
        assert [t.i for t in tokens_from(doc, begin)] == [t.i for t in doc if t.idx >= begin]
        for end in range(begin, len(doc.text) + 2):
            assert [t.i for t in tokens_from(doc, begin, end)] == [t.i for t in doc if begin <= t.idx < end]
