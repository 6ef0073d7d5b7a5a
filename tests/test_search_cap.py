"""plugins/search_cap.py through Datasette's test client: a full-text search past the cap is sent without its facets
(the page says so and links them) and with FTS5's count in the place of Datasette's; under the cap, or when the
reader asks for the facets, the page is Datasette's own."""

from __future__ import annotations

import copy
import html
import re
from pathlib import Path

import pytest
from datasette.app import Datasette

from recoupe.models import Article, Dossier, Figure, stable_id
from recoupe.store import write_dossier

ROOT = Path(__file__).resolve().parent.parent
FACETS = ["topic", "qualifier", "object", "kind"]  # the figures' facets in metadata.yml
# Six sentences hold "soldats", two "navires": with a cap of 4, the first search is past it, the second under.
SENTENCES = [f"Le camp compte {n} soldats." for n in (10, 20, 30, 40, 50, 60)] + \
            [f"Le port voit {n} navires." for n in (7, 8)]
TEXT = " ".join(SENTENCES)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    art = Article(id=stable_id(TEXT, length=12), text=TEXT, raw_text=TEXT, word_count=len(TEXT.split()),
                  sha256=stable_id(TEXT, length=64), source_file="a.txt", title="Un titre")
    figures = []
    for i, sentence in enumerate(SENTENCES):
        number = sentence.split()[3]
        start = TEXT.index(sentence) + sentence.index(number)
        noun = sentence.split()[4].rstrip(".")
        figures.append(Figure(id=f"f{i}", article_id=art.id, start=start, end=start + len(number), sentence=sentence,
                              text=number, value=float(number), value_low=float(number), value_high=float(number),
                              qualifier="exact", object=noun[:-1], object_text=noun, topic=noun[:-1],
                              kind="count"))
    path = tmp_path_factory.mktemp("search_cap") / "dossier.db"
    write_dossier(Dossier(articles=[art], figures=figures), path)
    return path


def serve(db_path, metadata, cap=4):
    metadata = copy.deepcopy(metadata)
    if cap is not None:
        metadata["databases"]["dossier"]["plugins"]["recoupe"]["search_cap"] = cap
    return Datasette(immutables=[str(db_path)], metadata=metadata, plugins_dir=str(ROOT / "plugins"),
                     template_dir=str(ROOT / "templates"), static_mounts=[("assets", str(ROOT / "static"))])


async def get_json(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_search_past_the_cap_has_no_facets_and_fts5s_count(db_path, metadata):
    ds = serve(db_path, metadata)
    capped = await get_json(ds, "/dossier/figures.json?_search=soldats")
    assert capped["facet_results"] == {} and capped["filtered_table_rows_count"] is None
    assert len(capped["rows"]) == 6
    full = await get_json(ds, "/dossier/figures.json?_search=soldats&_facet=" + "&_facet=".join(FACETS))
    assert full["rows"] == capped["rows"]  # the same rows, in the same order
    assert sorted(full["facet_results"]) == sorted(FACETS)  # each facet once: no topic_2
    assert full["filtered_table_rows_count"] == 6

    page = await ds.client.get("/dossier/figures?_search=soldats")
    assert page.status_code == 200
    text = page.text
    assert re.search(r"<h3>6 rows\s+where search matches", text)  # FTS5's count where Datasette's would be
    assert "This search matches" in text and "without its facets (topic, qualifier, object, kind)" in text
    link = html.unescape(re.search(r'<p class="search-cap">.*?<a href="([^"]+)"', text, re.S).group(1))
    assert link == "/dossier/figures?_search=soldats&" + "&".join(f"_facet={f}" for f in FACETS)
    faceted = await ds.client.get(link)
    assert 'class="search-cap"' not in faceted.text
    assert 'class="facet-info facet-dossier-figures-topic"' in faceted.text
    assert "facet-dossier-figures-topic_2" not in faceted.text
    assert re.search(r"<h3>6 rows\s+where search matches", faceted.text)


async def test_a_search_under_the_cap_is_datasettes_own(db_path, metadata):
    ds = serve(db_path, metadata)
    under = await get_json(ds, "/dossier/figures.json?_search=navires")
    assert under["filtered_table_rows_count"] == 2 and sorted(under["facet_results"]) == sorted(FACETS)
    page = await ds.client.get("/dossier/figures?_search=navires")
    assert 'class="search-cap"' not in page.text
    # the cap at 0 turns the rule off; so does a cap above the matches
    for cap in (0, 6):
        off = await get_json(serve(db_path, metadata, cap=cap), "/dossier/figures.json?_search=soldats")
        assert off["filtered_table_rows_count"] == 6 and sorted(off["facet_results"]) == sorted(FACETS)


async def test_with_another_filter_datasette_counts_and_the_page_says_words_not_matches(db_path, metadata):
    ds = serve(db_path, metadata)
    filtered = await get_json(ds, "/dossier/figures.json?_search=soldats&value__gt=30")
    assert filtered["filtered_table_rows_count"] == 3 and filtered["facet_results"] == {}
    page = await ds.client.get("/dossier/figures?_search=soldats&value__gt=30")
    assert re.search(r"<h3>3 rows\s+where", page.text)  # Datasette's own count, of the filtered rows
    assert "The words searched are in\n    6 rows" in page.text


async def test_what_the_rule_leaves_alone(db_path, metadata):
    ds = serve(db_path, metadata)
    asked = await get_json(ds, "/dossier/figures.json?_search=soldats&_nofacet=1")
    assert asked["filtered_table_rows_count"] == 6  # the reader's own _nofacet: Datasette counts
    one = await get_json(ds, "/dossier/figures.json?_search=soldats&_facet=article_id")
    assert sorted(one["facet_results"]) == sorted(FACETS + ["article_id"])
    raw_error = await ds.client.get("/dossier/figures.json?_search=%22soldats&_searchmode=raw")
    assert raw_error.status_code in (200, 400)  # Datasette's own answer to a syntax error: not ours
    column = await get_json(ds, "/dossier/figures.json?_search_sentence=soldats")
    assert column["filtered_table_rows_count"] == 6 and sorted(column["facet_results"]) == sorted(FACETS)
    assert len(ds._recoupe_search_cap.memo) == 0  # none of these was counted
    for _ in range(2):
        await get_json(ds, "/dossier/figures.json?_search=soldats")
    assert list(ds._recoupe_search_cap.memo.values()) == [6]  # counted once, kept: the database is immutable
