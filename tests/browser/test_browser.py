"""End to end in headless Chromium: the map, an article with its highlights, the comparison chart, a canned query's
form. Screenshots go to tests/artifacts/ (the README's come from there)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

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
        verdict = "agree" if spread["verdict"] in ("agree", "close") else "disagree"  # a 'close' one is no conflict
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


# --- the story page, the tables, the map's pop-ups: as a reporter reads them at 1280 px -------------------------


def test_story_page_answers_who_says_what(page, server, seed_db, artifacts):
    """Every quantity with its label, range, verdict and sparkline; each original source's figure in the grid."""
    spreads = rows(seed_db, "select * from topic_spread")
    if not spreads:
        pytest.skip("no topics from the seeds yet")
    page.goto(f"{server}/")
    page.locator(".start-here a[href='/-/story']").click()  # linked first from the home page
    page.wait_for_url(re.compile(r"/-/story$"))
    compared = [s for s in spreads if (s["n_independent_sources"] or s["n_sources"]) > 1]
    table = page.locator("table.story-quantities")
    assert table.locator("tbody tr").count() == len(compared)
    for spread in compared:
        row = table.locator("tbody tr", has=page.locator(f"a[href='/-/compare/{tilde_encode(spread['topic'])}']"))
        assert row.count() == 1, spread["topic"]
        assert row.locator(f".verdict-badge.{spread['verdict']}").count() == 1
        assert row.locator("svg.sparkline").count() == 1
    single = page.locator("table.story-single")  # the quantities one source gives: one line each, apart
    assert single.locator("tbody tr").count() == len(spreads) - len(compared)
    if compared:
        sources = rows(seed_db, "select distinct original_source_name as name from timeline where topic in ({})"
                       .format(", ".join("?" * len(compared))), [s["topic"] for s in compared])
        grid = page.locator("table.story-grid")
        assert grid.locator("tbody th[scope=row]").count() == len(sources)
    top = page.locator("h1").bounding_box()
    bottom = page.locator("#denials").bounding_box()
    page.screenshot(path=str(artifacts / "story.png"), full_page=True,
                    clip={"x": 0, "y": top["y"] - 12, "width": 1280,
                          "height": bottom["y"] + bottom["height"] - top["y"] + 24})


HASH = re.compile(r"\b[0-9a-f]{12,16}\b")


@pytest.mark.parametrize("table", ["articles", "figures", "claims"])
def test_tables_read_like_a_dossier(page, server, seed_db, artifacts, table):
    """At 1280 px: no row taller than the screen, no raw JSON, no hash, no file path where a title exists."""
    page.goto(f"{server}/dossier/{table}")
    listed = page.locator("table.rows-and-columns")
    heights = listed.locator("tbody tr").evaluate_all("rows => rows.map(r => r.getBoundingClientRect().height)")
    assert heights and max(heights) < 900, max(heights)
    text = listed.inner_text()
    assert '["' not in text and '{"' not in text  # JSON
    assert not HASH.search(text), HASH.search(text).group(0)
    for path in rows(seed_db, "select source_file from articles"):
        assert path["source_file"] not in text
    assert not re.search(r"\d\.0\b", listed.locator("td.col-value").all_inner_texts().__str__())  # 13000.0
    listed.scroll_into_view_if_needed()
    page.evaluate("document.querySelector('table.rows-and-columns').scrollIntoView()")
    page.screenshot(path=str(artifacts / f"{table}.png"))


def test_map_popup_names_articles_and_links_to_them(page, server, seed_db, artifacts):
    place = rows(seed_db, "select name, article_count from places where latitude is not null "
                          "order by article_count desc, mention_count desc limit 1")
    if not place:
        pytest.skip("no located place from the seeds yet")
    page.goto(f"{server}/dossier/places?name={place[0]['name']}")
    page.wait_for_selector(".leaflet-marker-icon")
    page.locator(".leaflet-marker-icon").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert place[0]["name"] in text
    assert not HASH.search(text) and "seeds/" not in text
    labels = rows(seed_db, "select ar.label from articles ar where ar.id in (select m.article_id from place_mentions m "
                           "join places p on p.id = m.place_id where p.name = ?)", [place[0]["name"]])
    assert all(label["label"] in text for label in labels)
    page.locator(".leaflet-container").screenshot(path=str(artifacts / "map-popup.png"))
    popup.locator("a").first.click()
    page.wait_for_url(re.compile(r"/-/article"))
    assert page.locator("h1").is_visible()


def axe_violations(page) -> list:
    """axe-core's serious and critical violations on the page (axe.min.js from the axe-playwright-python wheel)."""
    import axe_playwright_python

    script = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text(encoding="utf-8")
    page.add_script_tag(content=script)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_story_and_compare_pages_pass_axe(page, server, seed_db):
    topics = [r["topic"] for r in rows(seed_db, "select topic from topic_spread order by topic")]
    for path in ["/-/story", "/-/compare"] + [f"/-/compare/{tilde_encode(t)}" for t in topics]:
        page.goto(server + path)
        assert axe_violations(page) == [], path


def test_story_and_compare_pages_print(page, server, seed_db, artifacts):
    """Printed to PDF (A4): menus and forms left out, nothing wider than the paper."""
    topic = rows(seed_db, "select topic from topic_spread order by n_figures desc, topic limit 1")
    pages = [("/-/story", "story")]
    if topic:
        pages.append((f"/-/compare/{tilde_encode(topic[0]['topic'])}", "compare"))
    for path, name in pages:
        page.goto(server + path)
        page.emulate_media(media="print")
        assert not page.locator("header, footer, .crumbs").first.is_visible()
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        page.set_viewport_size({"width": 718, "height": 1000})  # A4 less 1.5 cm margins, at 96 px per inch
        too_wide = page.evaluate(
            "[...document.querySelectorAll('svg, table, img, figure')].filter(e => e.getBoundingClientRect().right"
            " > document.documentElement.clientWidth + 1).map(e => e.className.baseVal ?? e.className)")
        assert too_wide == [], (path, too_wide, overflow)
        pdf = page.pdf(format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
        (artifacts / f"{name}.pdf").write_bytes(pdf)
        page.set_viewport_size({"width": 1280, "height": 900})
        page.emulate_media(media="screen")


@pytest.mark.parametrize("path", ["/-/story", "/-/compare", "/"])
def test_pages_fit_a_phone(page, server, seed_db, artifacts, path):
    """At a phone's width (390 px) no page scrolls sideways: the story's quantities read as cards, wide tables
    scroll inside their own box (and the words hidden for screen readers stay inside it)."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{server}{path}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    if path == "/-/story":
        page.screenshot(path=str(artifacts / "story-phone.png"), full_page=False)


def test_story_grid_keeps_its_headings_in_view(page, server, seed_db):
    """The sources × quantities grid scrolls in its own box: scrolled down, its quantity headings stay on top."""
    page.goto(f"{server}/-/story")
    if page.locator(".grid-box").count() == 0:
        pytest.skip("no quantity two sources give in the seeds")
    page.locator(".grid-box").evaluate("box => { box.style.maxHeight = '200px'; box.scrollTop = 120; }")
    box = page.locator(".grid-box").bounding_box()
    heading = page.locator(".story-grid thead th").nth(1).bounding_box()
    assert abs(heading["y"] - box["y"]) < 2
    assert page.locator(".story-grid thead th").first.evaluate("th => getComputedStyle(th).position") == "sticky"
