"""Incremental builds: unchanged articles come from the extraction cache (keyed by content hash and extractor
version), changed and new ones are processed, and cross-article resolution still covers every article — so an
incremental build gives exactly the database a full build gives."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from recoupe.extraction_cache import IngestMemo, ResultMemo
from recoupe.pipeline import ExtractionCache, build, extractor_version, ingest
from support import table_contents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp):
    """Three seeds built once with a cache; each test works on its own copy of folder and cache."""
    base = tmp_path_factory.mktemp("incremental")
    articles = base / "articles"
    articles.mkdir()
    for name in NAMES[:3]:
        shutil.copy(SEEDS / name, articles)
    report = build([articles], base / "dossier.db", cache_dir=base / "cache")
    assert (report.articles, report.reused) == (3, 0)
    return base


@pytest.fixture
def work(corpus, tmp_path):
    shutil.copytree(corpus / "articles", tmp_path / "articles")
    shutil.copytree(corpus / "cache", tmp_path / "cache")
    return tmp_path


def full_build(folder: Path, db: Path) -> dict:
    build([folder], db, cache_dir=None)
    return table_contents(db)


def test_unchanged_articles_are_all_reused(work):
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert (report.articles, report.reused, report.processes) == (3, 3, 0)
    assert table_contents(work / "dossier.db") == full_build(work / "articles", work / "full.db")


def test_a_new_article_is_the_only_one_processed(work):
    shutil.copy(SEEDS / NAMES[3], work / "articles")
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert (report.articles, report.reused) == (4, 3)
    # Resolution (actors, places, topics) ran over all four: the same database as a build from scratch.
    assert table_contents(work / "dossier.db") == full_build(work / "articles", work / "full.db")


def test_a_changed_article_is_processed_again(work):
    changed = work / "articles" / NAMES[0]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n\nUn dernier paragraphe ajouté après coup par la rédaction.\n",
        encoding="utf-8",
    )
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert (report.articles, report.reused) == (3, 2)
    with sqlite3.connect(work / "dossier.db") as conn:
        texts = [t for (t,) in conn.execute("select text from articles")]
    assert sum("ajouté après coup" in t for t in texts) == 1
    assert table_contents(work / "dossier.db") == full_build(work / "articles", work / "full.db")


def test_a_removed_article_leaves_the_database(work):
    (work / "articles" / NAMES[1]).unlink()
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert (report.articles, report.reused) == (2, 2)
    assert table_contents(work / "dossier.db") == full_build(work / "articles", work / "full.db")


def test_a_renamed_file_is_reused_under_its_new_name(work):
    folder = work / "articles"
    (folder / NAMES[2]).rename(folder / "renamed.txt")
    report = build([folder], work / "dossier.db", cache_dir=work / "cache")
    assert report.reused == 3
    with sqlite3.connect(work / "dossier.db") as conn:
        files = sorted(Path(f).name for (f,) in conn.execute("select source_file from articles"))
    assert files == sorted([NAMES[0], NAMES[1], "renamed.txt"])


def test_a_metadata_change_reprocesses_only_that_article(work):
    (work / "articles" / "sources.yml").write_text(f"{NAMES[0]}:\n  outlet: Un Journal\n", encoding="utf-8")
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert report.reused == 2
    with sqlite3.connect(work / "dossier.db") as conn:
        query = "select outlet from articles where source_file like ?"
        outlets = [outlet for (outlet,) in conn.execute(query, (f"%{NAMES[0]}",))]
    assert outlets == ["Un Journal"]


def test_full_reprocesses_everything_and_refreshes_the_cache(work):
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache", full=True)
    assert (report.articles, report.reused) == (3, 0)
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert report.reused == 3


def test_a_corrupt_cache_entry_is_extracted_again(work):
    entries = sorted((work / "cache" / extractor_version()).glob("*.json"))
    assert len(entries) == 3
    entries[0].write_text("{not json", encoding="utf-8")
    entries[1].write_bytes(b"")
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert report.reused == 1
    assert build([work / "articles"], work / "again.db", cache_dir=work / "cache").reused == 3  # rewritten


def test_cache_key_is_content_and_extractor_version(seed_articles, tmp_path):
    article = seed_articles[NAMES[0]]
    cache = ExtractionCache(tmp_path)
    path = cache._path(article)
    assert path.parent.name == extractor_version()
    assert path.name.startswith(article.sha256[:32])
    moved = article.model_copy(update={"source_file": "elsewhere.txt"})
    assert cache._path(moved) == path  # the file's name is not part of the key
    dated = article.model_copy(update={"published": "1999-01-01"})
    assert cache._path(dated) != path  # metadata an extractor may read is


def test_the_gazetteer_is_kept_beside_the_extractions(tmp_path, monkeypatch):
    """Built once per version of the places code and its data, then loaded: a truncated file is rebuilt."""
    from recoupe import gazetteer as places

    monkeypatch.setattr(places, "_kept_in", None)
    monkeypatch.setattr(places, "INSTALLED", tmp_path / "not-installed")
    places.keep_gazetteers_in(tmp_path)
    built = places.gazetteer.__wrapped__("fr")
    (kept,) = tmp_path.glob("gazetteer-fr-*.pickle")
    assert places.gazetteer.__wrapped__("fr").exact.keys() == built.exact.keys()  # loaded from the file
    kept.write_bytes(kept.read_bytes()[:100])
    assert places.gazetteer.__wrapped__("fr").exact.keys() == built.exact.keys()  # rebuilt
    assert len(kept.read_bytes()) > 100


def test_the_gazetteer_built_at_install_time_serves_a_first_build(tmp_path, monkeypatch):
    """`make setup` runs `python -m recoupe.gazetteer`: a first build on a new machine (an empty cache folder)
    loads that file and builds nothing; the step is idempotent and clears earlier versions' files."""
    from recoupe import gazetteer, gazetteer_build

    installed = tmp_path / "share"
    installed.mkdir()
    (installed / "gazetteer-fr-0000000000000000.pickle").write_bytes(b"an earlier version")
    (installed / "phonetic-fr-0000000000000000.pickle").write_bytes(b"an earlier version")
    path, phonetic = gazetteer.install(installed, ("fr",))
    assert path.exists() and sorted(p.name for p in installed.iterdir()) == sorted([path.name, phonetic.name])
    assert gazetteer.install(installed, ("fr",)) == [path, phonetic]  # already there: not built again

    def no_build(language):
        raise AssertionError("the gazetteer was built again")

    monkeypatch.setattr(gazetteer, "INSTALLED", installed)
    monkeypatch.setattr(gazetteer, "_kept_in", None)
    monkeypatch.setattr(gazetteer_build, "build_gazetteer", no_build)
    gazetteer.keep_gazetteers_in(tmp_path / "cache")
    assert "paris" in gazetteer.gazetteer.__wrapped__("fr").exact
    monkeypatch.setattr(gazetteer, "build_phonetic_index", no_build)
    assert len(gazetteer.phonetic_index.__wrapped__("fr")) > 100_000
    assert not (tmp_path / "cache").exists()  # nothing written to the build's cache


def test_the_phonetic_index_is_kept_and_names_what_the_gazetteer_names(tmp_path, monkeypatch):
    """The index of approximate place names is loaded from the cache folder once built, and gives, key for key and
    in the same order, the places a walk over the whole gazetteer gives (small towns left out)."""
    from recoupe import gazetteer
    from recoupe.folding import phonetic_key

    monkeypatch.setattr(gazetteer, "_kept_in", None)
    monkeypatch.setattr(gazetteer, "INSTALLED", tmp_path / "not-installed")
    gazetteer.keep_gazetteers_in(tmp_path)
    built = gazetteer.phonetic_index.__wrapped__("fr")
    (kept,) = tmp_path.glob("phonetic-fr-*.pickle")
    expected: dict = {}
    for key, entries in gazetteer.gazetteer("fr").exact.items():
        entries = [entry for entry in entries if not gazetteer._small_town(entry[0])]
        if entries:
            expected.setdefault(phonetic_key(key), []).extend(entries)

    build = gazetteer.build_phonetic_index

    def built_again(gaz):
        raise AssertionError("the phonetic index was built again")

    monkeypatch.setattr(gazetteer, "build_phonetic_index", built_again)
    loaded = gazetteer.phonetic_index.__wrapped__("fr")
    for index in (built, loaded):
        assert list(index.keys()) == list(expected)
        assert all(index[sound] == entries for sound, entries in expected.items())
    kept.write_bytes(kept.read_bytes()[:100])  # a truncated file is built again
    monkeypatch.setattr(gazetteer, "build_phonetic_index", build)
    assert list(gazetteer.phonetic_index.__wrapped__("fr").keys()) == list(expected)
    assert len(kept.read_bytes()) > 100


def test_unchanged_files_are_taken_from_the_ingest_memo(work):
    """A rebuild does not decode and clean an unchanged file again: ingest's last result comes back, field for field
    the article a fresh read gives; an edited file is read again."""
    fresh, _ = ingest([work / "articles"])
    memo = IngestMemo(ExtractionCache(work / "cache"))
    recalled, _ = ingest([work / "articles"], memo=memo)
    assert memo.recalled == 3
    assert recalled == fresh
    edited = work / "articles" / NAMES[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\n   \n", encoding="utf-8")  # same clean text
    memo = IngestMemo(ExtractionCache(work / "cache"))
    recalled, _ = ingest([work / "articles"], memo=memo)
    assert memo.recalled == 2
    assert recalled == ingest([work / "articles"])[0]  # the new raw text, not the cached one


def test_a_corrupt_ingest_memo_reads_the_files_again(work):
    memo_file = work / "cache" / extractor_version() / IngestMemo.FILE
    assert memo_file.exists()
    memo_file.write_text('{"x": 1, "y": {"fields": {"id": 3}}}', encoding="utf-8")
    report = build([work / "articles"], work / "dossier.db", cache_dir=work / "cache")
    assert (report.articles, report.reused) == (3, 3)
    assert table_contents(work / "dossier.db") == full_build(work / "articles", work / "full.db")
    memo = IngestMemo(ExtractionCache(work / "cache"))  # written anew by that build
    ingest([work / "articles"], memo=memo)
    assert memo.recalled == 3


def test_the_results_memo_gives_what_the_function_gives(tmp_path):
    """Results kept between builds (ResultMemo): the function's own result, called once per argument list; an
    unreadable memo file is taken as empty."""
    from recoupe import dates

    sentence = "Le 12 mars, 3 000 personnes ont défilé."
    first = ResultMemo(ExtractionCache(tmp_path))
    assert first.call(dates.as_of, sentence, 12, "2024-03-14", 2024) == dates.as_of(sentence, 12, "2024-03-14", 2024)
    first.save()
    again = ResultMemo(ExtractionCache(tmp_path))
    assert len(again.entries) == 1
    assert tuple(again.call(dates.as_of, sentence, 12, "2024-03-14", 2024)) == dates.as_of(sentence, 12, "2024-03-14", 2024)
    assert again.call(dates.as_of, sentence, 12, None, 2024) == dates.as_of(sentence, 12, None, 2024)  # new arguments
    again.path.write_text("[not a dict", encoding="utf-8")
    assert ResultMemo(ExtractionCache(tmp_path)).entries == {}
    assert ResultMemo(ExtractionCache(None)).call(dates.as_of, sentence, 0, None) == dates.as_of(sentence, 0, None)


def test_dated_headings_come_from_the_results_memo_as_the_function_gives_them(tmp_path):
    """A chronicle's dated section headings ("Mardi 9 mai") date the counts under them (resolve.date_figures); the
    headings of each article are kept in the results memo: the figures' dates are the same with no memo, with a
    new one and with the one the last build saved."""
    from recoupe import pipeline, resolve
    from support import make_article

    article = make_article("Chronique d'une grève\n\nMardi 9 mai\n\nPrès de 2 000 personnes ont défilé dans le "
                           "centre-ville.\n\nJeudi 11 mai\n\nQuelque 500 manifestants se sont rassemblés devant la "
                           "mairie.\n").model_copy(update={"published": "2023-05-12"})
    [(extraction, error)] = pipeline.extract_batch([article])
    assert error is None
    plain = resolve.date_figures(extraction.figures, [article])
    first = ResultMemo(ExtractionCache(tmp_path))
    assert resolve.date_figures(extraction.figures, [article], first) == plain
    first.save()
    again = ResultMemo(ExtractionCache(tmp_path))
    assert any(isinstance(value, list) and value and value[0][1] == "2023-05-09" for value in again.entries.values())
    assert resolve.date_figures(extraction.figures, [article], again) == plain
    assert [(f.as_of, f.as_of_from) for f in plain if f.value == 500] == [("2023-05-11", "context")]


def test_topics_are_judged_from_the_results_memo_but_a_topic_an_article_joins_is_judged_again(tmp_path):
    """resolve.judge_topics gives what topics.judge_topics gives with no memo, with a new one and with the one the
    last build saved; a figure that joins a topic has that topic judged again (its verdict changes), the other
    topic's verdict comes from the memo."""
    from recoupe import resolve, topics
    from recoupe.models import Figure

    def figure(id, topic, value, article="a1"):
        return Figure(id=id, article_id=article, start=0, end=5, text=f"{value:g}", sentence=f"Phrase {id}.",
                      value=value, qualifier="exact", topic=topic, as_of="2024-03-12", as_of_from="article",
                      source_actor_id=f"source-{id}")

    figures = [figure("f1", "manifestants:Lyon", 3000), figure("f2", "manifestants:Lyon", 3100, "a2"),
               figure("f3", "morts:Nice", 12), figure("f4", "morts:Nice", 12, "a2")]
    plain = topics.judge_topics(figures)
    first = ResultMemo(ExtractionCache(tmp_path))
    assert resolve.judge_topics(figures, first) == plain == resolve.judge_topics(figures)
    first.save()
    again = ResultMemo(ExtractionCache(tmp_path))
    assert len(again.entries) == 2 and resolve.judge_topics(figures, again) == plain
    joined = figures + [figure("f5", "manifestants:Lyon", 9000, "a3")]  # an added article's count, three times higher
    later = ResultMemo(ExtractionCache(tmp_path))
    judged, found = resolve.judge_topics(joined, later)
    assert (judged, found) == topics.judge_topics(joined)
    assert [(t.id, t.verdict) for t in found] == [("manifestants:Lyon", "contradict"), ("morts:Nice", "agree")]
    assert len(set(later.used) - set(later.entries)) == 1  # the topic the figure joined, judged again


def test_what_figures_sentences_say_of_their_dates_comes_from_the_results_memo_an_article_at_a_time(tmp_path):
    """resolve.date_figures reads each article's figures through the results memo (`_own_dates`): the same dates with
    no memo, a new one and the one the last build saved (a sentence's own date, the day of a cause, a past year, the
    old value of a revision); an edited article is read again, the other comes from the memo."""
    from recoupe import pipeline, resolve
    from support import make_article

    texts = ["Samedi 12 mars, 3 000 personnes ont défilé à Lyon. Le séisme de samedi a fait 40 morts, contre 12 lors du "
             "précédent bilan. L'incendie de 2018 avait fait 85 morts.",
             "Environ 2 500 manifestants ont défilé jeudi à Nice, selon la préfecture."]
    articles = [make_article(text, f"a{i}.txt").model_copy(update={"published": "2024-03-14"})
                for i, text in enumerate(texts)]
    figures = [f for extraction, error in pipeline.extract_batch(articles) for f in extraction.figures]
    assert len({f.article_id for f in figures}) == 2
    plain = resolve.date_figures(figures, articles)
    first = ResultMemo(ExtractionCache(tmp_path))
    assert resolve.date_figures(figures, articles, first) == plain
    first.save()
    again = ResultMemo(ExtractionCache(tmp_path))
    assert resolve.date_figures(figures, articles, again) == plain
    assert {f.as_of_from for f in plain} >= {"sentence", "article"}
    edited = [f.model_copy(update={"value": f.value + 1}) if f.article_id == articles[1].id else f for f in figures]
    later = ResultMemo(ExtractionCache(tmp_path))
    assert resolve.date_figures(edited, articles, later) == resolve.date_figures(edited, articles)
    assert len([key for key in later.used if key not in later.entries]) == 1  # the edited article's figures


def test_a_smaller_dossier_built_from_the_same_cache_keeps_a_bigger_one_s_results(tmp_path):
    """Two dossiers share the default cache: building a small one between two builds of a bigger one (up to four
    times bigger) keeps the bigger one's results, so its next added article is not judged again from scratch; the
    oldest entries beyond that go."""
    from recoupe.extraction_cache import MemoFile

    class Memo(MemoFile):
        FILE = "test.memo"

    big = Memo(ExtractionCache(tmp_path))
    big.used = {f"big{i}": i for i in range(4000)}
    big.save()
    small = Memo(ExtractionCache(tmp_path))
    small.used = {f"small{i}": i for i in range(1000)}
    small.save()
    entries = Memo(ExtractionCache(tmp_path)).entries
    assert all(f"big{i}" in entries for i in range(4000)) and len(entries) == 5000
    tiny = Memo(ExtractionCache(tmp_path))
    tiny.used = {"tiny": 0}
    tiny.save()
    assert len(Memo(ExtractionCache(tmp_path)).entries) == 1 + 4 + 1000  # the latest older ones
