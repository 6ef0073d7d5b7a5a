"""End to end in headless Chromium: the map, an article with its highlights, the comparison chart, a canned query's
form. Screenshots go to tests/artifacts/ (the README's come from there)."""

from __future__ import annotations

import re
import sqlite3

import pytest
from datasette.utils import tilde_encode

pytestmark = pytest.mark.browser


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_places_map_shows_every_located_place(page, server, seed_db, artifacts):
    located = rows(seed_db, "select count(*) as n from places where latitude is not null and longitude is not null")
    if not located[0]["n"]:
        pytest.skip("no place with coordinates extracted from the seeds yet")
    page.goto(f"{server}/dossier/places")
    page.wait_for_selector(".leaflet-container .leaflet-marker-icon", timeout=15000)
    page.wait_for_load_state("networkidle")
    single = page.locator(".leaflet-marker-icon:not(.marker-cluster)").count()
    clustered = sum(int(text) for text in page.locator(".marker-cluster").all_inner_texts())
    assert single + clustered == located[0]["n"]
    page.locator(".leaflet-container").scroll_into_view_if_needed()
    page.locator(".leaflet-container").screenshot(path=str(artifacts / "map.png"))


def test_article_page_highlights_and_links(page, server, seed_db, artifacts):
    busiest = rows(
        seed_db,
        "select ar.id, ar.title, ar.text, count(f.id) as n from articles ar left join figures f "
        "on f.article_id = ar.id group by ar.id order by n desc, ar.id limit 1",
    )[0]
    page.goto(f"{server}/-/article/{busiest['id']}")
    body = page.locator(".article-body")
    assert body.inner_text().strip() == busiest["text"].strip()  # the text, whole, with marks laid over it
    figures = rows(seed_db, "select id, text from figures where article_id = ?", [busiest["id"]])
    for figure in figures:
        assert page.locator(f"#figure-{figure['id']}").inner_text() == figure["text"]
    places = rows(seed_db, "select id from place_mentions where article_id = ?", [busiest["id"]])
    assert body.locator("mark.hl-place").count() == len(places)
    page.screenshot(path=str(artifacts / "article.png"), full_page=True)
    if figures:  # a mark links to its row
        page.locator(f"#figure-{figures[0]['id']}").click()
        page.wait_for_url(re.compile(rf"/dossier/figures/{figures[0]['id']}$"))


def test_figure_row_leads_to_its_spot_in_the_article(page, server, seed_db):
    figure = rows(seed_db, "select id, article_id from figures order by id limit 1")
    if not figure:
        pytest.skip("no figures extracted from the seeds yet")
    figure = figure[0]
    page.goto(f"{server}/dossier/figures/{figure['id']}")
    page.locator(f"td a.hl-link[href$='#figure-{figure['id']}']").first.click()
    page.wait_for_url(re.compile(rf"/-/article/{figure['article_id']}#figure-{figure['id']}$"))
    target = page.locator(f"#figure-{figure['id']}")
    assert target.is_visible() and target.evaluate("el => el.matches(':target')")


def test_comparison_charts(page, server, seed_db, artifacts):
    """Every topic's chart: one mark per plottable figure, inside the chart, and the view's verdict."""
    spreads = rows(seed_db, "select * from topic_spread order by n_sources desc, n_figures desc, topic")
    if not spreads:
        pytest.skip("no topics from the seeds yet")
    page.goto(f"{server}/-/compare")
    page.locator(f"a[href='/-/compare/{tilde_encode(spreads[0]['topic'])}']").click()  # the index links to them
    for number, spread in enumerate(spreads):
        topic = spread["topic"]
        if number:
            page.goto(f"{server}/-/compare/{tilde_encode(topic)}")
        page.wait_for_selector("svg.compare-chart")
        plottable = rows(
            seed_db,
            "select count(*) as n from figure_comparison where topic = ? "
            "and coalesce(value, value_low, value_high) is not null",
            [topic],
        )[0]["n"]
        chart = page.locator("svg.compare-chart")
        marks = chart.locator("g.mark")
        assert marks.count() == plottable, topic
        box = chart.bounding_box()
        for index in range(plottable):  # every mark drawn, inside the chart
            shape = marks.nth(index).locator("circle, line").first.bounding_box()
            assert shape and box["x"] <= shape["x"] and shape["x"] + shape["width"] <= box["x"] + box["width"]
        verdict = "agree" if spread["consistent"] else "disagree"
        assert page.locator(f".compare-verdict.verdict-{verdict}").is_visible(), topic
        slug = re.sub(r"\W+", "-", topic).strip("-")
        chart.screenshot(path=str(artifacts / f"compare-{slug}.png"))
        if number == 0:  # the verdict, the summary and the chart: the README's picture
            top = page.locator("h1").bounding_box()
            bottom = page.locator(".compare-key").bounding_box()
            clip = {"x": 0, "y": top["y"] - 12, "width": 1280, "height": bottom["y"] + bottom["height"] - top["y"] + 24}
            page.screenshot(path=str(artifacts / "compare.png"), clip=clip, full_page=True)


def test_canned_query_form_round_trip(page, server, seed_db, artifacts):
    place = rows(seed_db, "select name from places order by mention_count desc, name limit 1")
    if not place:
        pytest.skip("no places extracted from the seeds yet")
    name = place[0]["name"]
    expected = rows(
        seed_db,
        "select count(*) as n from place_mentions m join places p on p.id = m.place_id "
        "where p.name like '%' || ? || '%' or p.aliases like '%' || ? || '%'",
        [name, name],
    )[0]["n"]
    page.goto(f"{server}/dossier/articles_mentioning_place")
    page.fill("input[name=place]", name)
    page.locator("form.sql input[type=submit]").click()
    page.wait_for_url(re.compile(r"place="))
    page.wait_for_selector("table.rows-and-columns")
    assert page.locator("table.rows-and-columns tbody tr").count() == expected
    assert page.locator("table.rows-and-columns mark.hl-place").count() >= 1
    assert page.input_value("input[name=place]") == name
    page.screenshot(path=str(artifacts / "canned-query.png"), full_page=True)


def test_markup_in_the_data_never_runs(page, markup_server):
    """Article text, title, place, actor and topic holding <script> and <img onerror>: shown, never run (the page
    fixture fails the test on any dialog or script error)."""
    base, named = markup_server
    evil = named["c"]
    paths = [f"/-/article/{evil.id}", "/-/article", "/-/compare", f"/-/compare/{tilde_encode(named['c1'].topic)}",
             "/dossier/articles", f"/dossier/articles/{evil.id}", "/dossier/figures", "/dossier/claims",
             "/dossier/actors", "/dossier/places"]
    for path in paths:
        page.goto(base + path)  # waits for the load event: inline scripts have run by then
        assert page.locator("img[onerror], [onmouseover]").count() == 0, path
        assert page.evaluate("[...document.scripts].every(s => !s.textContent.includes('alert('))"), path
    page.goto(f"{base}/-/article/{evil.id}")
    assert '<script>alert("t")</script>' in page.locator(".article-body").inner_text()
    page.goto(f"{base}/dossier/places")  # the popup of the place named with markup
    page.wait_for_selector(".leaflet-marker-icon")
    for marker in page.locator(".leaflet-marker-icon:not(.marker-cluster)").all():
        marker.click(force=True)
        page.wait_for_selector(".leaflet-popup-content")
    assert page.locator(".leaflet-popup-content img[onerror]").count() == 0
