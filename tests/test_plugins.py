"""The publication's plugins through Datasette's test client: evidence in context, the comparison pages, links,
licence and sources, and escaping of whatever markup an article carries.

Three databases: the seeds built by the real pipeline (`datasette` fixture; tests that need rows the extractors
have not produced skip), a hand-made dossier with every qualifier and tricky offsets (`made`), and a folder with an
article full of markup built by the real pipeline (`xss`).
"""

from __future__ import annotations

import ast
import re
import sqlite3
import sys
from pathlib import Path

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode

from recoupe.models import (
    Actor, ActorMention, Article, Claim, Dossier, Figure, Place, PlaceMention, Topic, stable_id,
)
from recoupe.store import write_dossier

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
MARKUP = ['<script>alert("t")</script>', "<img src=x onerror=alert(1)>"]  # must never reach a page unescaped


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def serve(db_path, metadata):
    """The dossier served as `make serve` serves it: plugins, their templates and their stylesheet."""
    return Datasette(immutables=[str(db_path)], metadata=metadata, plugins_dir=str(PLUGINS),
                     template_dir=str(ROOT / "templates"), static_mounts=[("assets", str(ROOT / "static"))])


async def page(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response.text


# --- a hand-made dossier: every qualifier, a number twice in a sentence, nested and crossing pieces -------------

A_TEXT = (
    "Le ministère compte 1 500 soldats à Brest.\n"
    "Selon Jean Martin, 1 500 soldats sont partis et 1 500 soldats sont restés.\n"
    "Le port a vu 12 navires."
)
B_TEXT = (
    "Les experts avancent environ 12 navires, entre 2 000 et 3 000 soldats, jusqu'à 5 000 soldats "
    "et des milliers de soldats. Au moins 10 navires selon la marine, et 100 000 obus, plus de 10 obus."
)
C_TEXT = f"Titre piégé. Le texte cite {MARKUP[0]} puis {MARKUP[1]} et compte 7 drones à Nulle-Part."


def article(text, **fields):
    return Article(id=stable_id(text, length=12), text=text, raw_text=text, word_count=len(text.split()),
                   sha256=stable_id(text, length=64), source_file=f"{fields.pop('name')}.txt", **fields)


def sentence_at(text, start):
    begin = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1) + 1
    stops = [i for i in (text.find("\n", start), text.find(". ", start)) if i != -1]
    return text[begin:(min(stops) + 1 if stops else len(text))].strip()


def figure(art, surface, occurrence=0, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = art.text.index(surface, start + 1)
    fields.setdefault("kind", "count")
    return Figure(id=stable_id(art.id, start, surface), article_id=art.id, start=start, end=start + len(surface),
                  sentence=sentence_at(art.text, start), text=surface, **fields)


def made_dossier() -> tuple[Dossier, dict]:
    a = article(A_TEXT, name="a", title="Renforts : les chiffres", outlet="La Gazette", author="Ana Lyste",
                url="https://example.org/renforts", published="2024-10-18")
    b = article(B_TEXT, name="b", title="Ce que disent les experts", outlet="Le Courrier", published="2024-10-20")
    c = article(C_TEXT, name="c", title=MARKUP[0] + " titre", outlet="<b>Outlet</b>", url="javascript:alert(1)",
                published="2024-10-21")
    martin = Actor(id="actor-martin", name="Jean Martin", kind="person", aliases=["Jean Martin"], mention_count=1)
    evil_actor = Actor(id="actor-evil", name=MARKUP[1], kind="organisation", mention_count=1)
    soldat = dict(object="soldat", topic="soldat")
    figures = {
        "a1": figure(a, "1 500 soldats", 0, value=1500, value_low=1500, value_high=1500, qualifier="exact", **soldat),
        "a2": figure(a, "1 500 soldats", 1, value=1500, value_low=1500, value_high=1500, qualifier="exact",
                     source_actor_id="actor-martin", source_text="Jean Martin", **soldat),
        "a3": figure(a, "1 500 soldats", 2, value=1500, value_low=1500, value_high=1500, qualifier="exact",
                     source_actor_id="actor-martin", source_text="Jean Martin", **soldat),
        "a4": figure(a, "12 navires", value=12, value_low=12, value_high=12, qualifier="exact", object="navire",
                     topic="navire"),
        "b1": figure(b, "environ 12 navires", value=12, value_low=10, value_high=14, qualifier="approx",
                     object="navire", topic="navire"),
        "b2": figure(b, "entre 2 000 et 3 000 soldats", value=None, value_low=2000, value_high=3000,
                     qualifier="range", **soldat),
        "b3": figure(b, "jusqu'à 5 000 soldats", value=5000, value_low=None, value_high=5000, qualifier="at_most",
                     **soldat),
        "b4": figure(b, "des milliers de soldats", value=None, qualifier="vague", **soldat),
        "b5": figure(b, "Au moins 10 navires", value=10, value_low=10, value_high=None, qualifier="at_least",
                     object="navire", topic="navire"),
        "b6": figure(b, "100 000 obus", value=100000, value_low=100000, value_high=100000, qualifier="exact",
                     object="obus", topic="obus"),
        "b7": figure(b, "plus de 10 obus", value=10, value_low=10, value_high=None, qualifier="at_least",
                     strict=True, object="obus", topic="obus"),
        "c1": figure(c, "7 drones", value=7, value_low=7, value_high=7, qualifier="exact", object="drone",
                     topic=MARKUP[1], source_text=MARKUP[0]),
    }
    martin_at = A_TEXT.index("Jean Martin")
    second_sentence = A_TEXT.split("\n")[1]
    claim_start = A_TEXT.index(second_sentence)
    claims = [Claim(id="claim-martin", article_id=a.id, actor_id="actor-martin", speaker_text="Jean Martin",
                    text=second_sentence, verb="selon", stance="asserts", start=claim_start,
                    end=claim_start + len(second_sentence)),
              Claim(id="claim-evil", article_id=c.id, actor_id="actor-evil", speaker_text=MARKUP[1], text=C_TEXT,
                    verb="citer", stance="reported", quote=MARKUP[0], start=0, end=len(C_TEXT))]
    brest_at, crossing_at = A_TEXT.index("Brest"), A_TEXT.index("soldats sont partis")
    nowhere_at = C_TEXT.index("Nulle-Part")
    places = [Place(id="place-brest", name="Brest", kind="city", country_code="FR", latitude=48.39, longitude=-4.49),
              Place(id="place-evil", name=MARKUP[0], kind="other", latitude=1.0, longitude=1.0)]
    place_mentions = [
        PlaceMention(id="pm-brest", article_id=a.id, place_id="place-brest", surface="Brest", start=brest_at,
                     end=brest_at + 5, sentence=sentence_at(A_TEXT, brest_at)),
        # Crosses the figure "1 500 soldats" (starts inside it, ends after it): cannot nest, must be left out.
        PlaceMention(id="pm-crossing", article_id=a.id, place_id="place-brest", surface="soldats sont",
                     start=crossing_at, end=crossing_at + len("soldats sont"),
                     sentence=sentence_at(A_TEXT, crossing_at)),
        PlaceMention(id="pm-evil", article_id=c.id, place_id="place-evil", surface="Nulle-Part", start=nowhere_at,
                     end=nowhere_at + len("Nulle-Part"), sentence=C_TEXT),
    ]
    actor_mentions = [ActorMention(id="am-martin", article_id=a.id, actor_id="actor-martin", surface="Jean Martin",
                                   start=martin_at, end=martin_at + 11, sentence=second_sentence, kind="person",
                                   name="Jean Martin")]
    dossier = Dossier(articles=[a, b, c], figures=list(figures.values()), claims=claims,
                      actors=[martin, evil_actor], actor_mentions=actor_mentions, places=places,
                      place_mentions=place_mentions)
    return dossier, {"a": a, "b": b, "c": c, **figures}


@pytest.fixture(scope="module")
def made_dossier_and_db(tmp_path_factory):
    dossier, named = made_dossier()
    db_path = tmp_path_factory.mktemp("made") / "dossier.db"
    write_dossier(dossier, db_path)
    return named, db_path


@pytest.fixture
def made(made_dossier_and_db, metadata):
    return serve(made_dossier_and_db[1], metadata)


@pytest.fixture
def named(made_dossier_and_db):
    return made_dossier_and_db[0]


# --- highlighting in Datasette's own tables ---------------------------------------------------------------------


async def test_sentence_marks_the_occurrence_the_offsets_point_to(made, named):
    """"1 500 soldats" twice in one sentence: each row marks its own occurrence, and the mark links to it."""
    first, second = named["a2"], named["a3"]
    for fig, before in ((first, "Selon Jean Martin, "), (second, "sont partis et ")):
        html = await page(made, f"/dossier/figures/{fig.id}")
        href = f"/-/article/{fig.article_id}#figure-{fig.id}"
        expected = f'{before}<a class="hl-link" href="{href}"><mark class="hl hl-figure">1 500 soldats</mark></a>'
        assert expected in html


async def test_figure_cells_link_to_their_spot_in_the_article(made, named):
    html = await page(made, "/dossier/figures?_size=max")
    for key in ("a1", "a4", "b1"):
        fig = named[key]
        assert f'href="/-/article/{fig.article_id}#figure-{fig.id}"' in html


async def test_mentions_and_views_mark_their_piece(made, named):
    html = await page(made, "/dossier/place_mentions/pm-brest")
    assert '<mark class="hl hl-place">Brest</mark>' in html
    html = await page(made, "/dossier/actor_mentions/am-martin")
    assert '<mark class="hl hl-actor">Jean Martin</mark>' in html
    html = await page(made, "/dossier/figure_comparison?topic=navire")
    assert '<mark class="hl hl-figure">environ 12 navires</mark>' in html
    html = await page(made, "/dossier/figures_for_topic?topic=navire")
    assert '<mark class="hl hl-figure">environ 12 navires</mark>' in html
    html = await page(made, "/dossier/articles_mentioning_place?place=Brest")
    assert '<mark class="hl hl-place">Brest</mark>' in html


async def test_titles_topics_and_article_keys_link_to_the_plugin_pages(made, named):
    html = await page(made, "/dossier/articles")
    assert f'href="/-/article/{named["a"].id}"' in html
    html = await page(made, "/dossier/topic_spread")
    assert 'href="/-/compare/navire"' in html
    html = await page(made, "/dossier/claims")
    assert f'href="/-/article/{named["a"].id}#claim-claim-martin"' in html
    html = await page(made, "/dossier/figures?topic=navire")
    assert f'href="/-/article/{named["a"].id}"' in html and "Renforts : les chiffres" in html


# --- the article page ---------------------------------------------------------------------------------------------


async def test_article_page_gives_provenance_and_links_to_the_original(made, named):
    a = named["a"]
    html = await page(made, f"/-/article/{a.id}")
    for text in (a.title, a.outlet, a.author, a.published, a.source_file, "CC BY 4.0"):
        assert text in html
    assert '<a href="https://example.org/renforts" rel="noopener noreferrer nofollow">' in html


async def test_article_page_marks_every_piece_where_its_offsets_say(made, named):
    a = named["a"]
    html = await page(made, f"/-/article/{a.id}")
    body = html.split('<div class="article-body"', 1)[1].split("</div>", 1)[0]
    for key in ("a1", "a2", "a3", "a4"):
        fig = named[key]
        assert re.search(rf'<mark class="hl hl-figure" id="figure-{fig.id}"[^>]*>{re.escape(fig.text)}</mark>', body)
    assert re.search(r'<mark class="hl hl-place" id="place-pm-brest"[^>]*>Brest</mark>', body)
    assert re.search(r'<mark class="hl hl-actor" id="actor-am-martin"[^>]*>Jean Martin</mark>', body)
    # The claim holds the sentence with its figures and speaker nested inside.
    claim = body.split('id="claim-claim-martin"', 1)[1].split("</span>", 1)[0]
    assert f"figure-{named['a3'].id}" in claim and "actor-am-martin" in claim
    # Links to the rows; no link inside a link.
    assert f'href="/dossier/figures/{named["a1"].id}"' in body and 'href="/dossier/places/place-brest"' in body
    assert not re.search(r"<a [^>]*>(?:(?!</a>).)*<a ", body, re.S)
    # The text itself is intact once the markup is taken out.
    assert re.sub(r"<[^>]+>", "", body.split(">", 1)[1]).replace("&#39;", "'") == A_TEXT


async def test_article_page_leaves_out_a_piece_that_crosses_another(made, named):
    html = await page(made, f"/-/article/{named['a'].id}")
    assert 'id="place-pm-crossing"' not in html
    assert "1 piece(s) not marked" in html


async def test_article_index_and_unknown_article(made, named):
    html = await page(made, "/-/article")
    for key in ("a", "b"):
        assert f'href="/-/article/{named[key].id}"' in html
    response = await made.client.get("/-/article/nope")
    assert response.status_code == 404


# --- the comparison pages -------------------------------------------------------------------------------------


def chart_of(html):
    return html.split('<svg class="compare-chart"', 1)[1].split("</svg>", 1)[0]


def mark_of(chart, figure_id):
    return chart.split(f'data-figure-id="{figure_id}"', 1)[1].split("</g>", 1)[0]


async def test_compare_index_lists_every_topic(made):
    html = await page(made, "/-/compare")
    for topic in ("soldat", "navire", "obus"):
        assert f'href="/-/compare/{tilde_encode(topic)}"' in html


async def test_each_qualifier_has_its_mark(made, named):
    chart = chart_of(await page(made, "/-/compare/soldat"))
    exact = mark_of(chart, named["a1"].id)
    assert 'class="value"' in exact and 'class="bar"' not in exact
    ranged = mark_of(chart, named["b2"].id)
    assert ranged.count('class="bound-tick"') == 2 and 'class="bar"' in ranged and "marker" not in ranged
    at_most = mark_of(chart, named["b3"].id)  # "jusqu'à 5 000": a short arrow down to 10 % under its number
    assert 'class="bound-closed"' in at_most and 'marker-start="url(#arrow-at_most)"' in at_most \
        and "marker-end" not in at_most
    chart = chart_of(await page(made, "/-/compare/navire"))
    approx = mark_of(chart, named["b1"].id)
    assert approx.count('class="bound-tick"') == 2 and 'class="value"' in approx
    at_least = mark_of(chart, named["b5"].id)
    assert 'class="bound-closed"' in at_least and 'marker-end="url(#arrow-at_least)"' in at_least
    chart = chart_of(await page(made, "/-/compare/obus"))
    strict = mark_of(chart, named["b7"].id)
    assert 'class="bound-open"' in strict and "marker-end" in strict


def test_a_bound_is_drawn_as_an_estimate_near_its_number_not_an_open_interval():
    """"plus de 8 millions" is about 8 million: its bar runs from the bound to 10 % past it (the band the verdicts
    compare it by), ending in an arrowhead for its direction, not to the axis's end; the band the figures all
    allow stops there too."""
    from datasette.utils import module_from_path

    compare = module_from_path(str(PLUGINS / "shared" / "compare_chart.py"), "compare_chart_under_test")

    def row(id, value, qualifier, low=None, high=None, strict=1):
        return {"figure_id": id, "value": value, "value_low": low, "value_high": high, "qualifier": qualifier,
                "strict": strict, "figure_text": str(value), "source": id, "outlet": "o", "published": "2024-01-01",
                "sentence": "s", "href": "#", "unit": None}

    bound = row("more", 8_000_000, "at_least", low=8_000_000)
    chart, _ = compare.render_chart([bound, row("about", 8_200_000, "exact"), row("lower", 7_000_000, "exact")],
                                    consistent=False)
    bar = re.search(r'<line class="bar" x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"', mark_of(chart, "more"))
    assert bar and 'marker-end="url(#arrow-at_least)"' in mark_of(chart, "more")
    scale = compare.choose_scale([7_000_000, 8_000_000, 8_800_000])
    assert float(bar.group(1)) == round(scale.x(8_000_000), 1)
    assert float(bar.group(2)) == round(scale.x(8_800_000), 1) < compare.PLOT_RIGHT
    assert compare.describe(bound).startswith("more than 8")  # the words stay the text's
    up_to = compare.near(compare.interval_of(row("up", 40, "at_most", high=40)), "at_most")
    assert (round(up_to.low, 6), up_to.high) == (36, 40)


def test_the_chart_and_the_verdicts_read_a_bound_with_one_band():
    from datasette.utils import module_from_path

    from recoupe import verdicts

    compare = module_from_path(str(PLUGINS / "shared" / "compare_chart.py"), "compare_chart_under_test")

    assert compare.BOUND_BAND == verdicts.BOUND_BAND


async def test_one_mark_per_plottable_figure_and_the_vague_one_listed(made, named):
    html = await page(made, "/-/compare/soldat")
    assert chart_of(html).count('<g class="mark ') == 5  # six figures, one without value or bound
    assert "Not plotted (no value and no bound): des milliers de soldats" in html


async def test_verdict_follows_topic_spread(made, made_dossier_and_db):
    spread = {r["topic"]: r["consistent"] for r in rows(made_dossier_and_db[1], "select * from topic_spread")}
    assert spread["navire"] == 1 and spread["soldat"] == 0
    agree = await page(made, "/-/compare/navire")
    assert "The sources agree" in agree and 'class="agreement"' in agree
    disagree = await page(made, "/-/compare/soldat")
    verdict = rows(made_dossier_and_db[1], "select verdict from topic_spread where topic = 'soldat'")[0]["verdict"]
    assert verdict in ("differ", "contradict")
    assert f"The sources {'differ' if verdict == 'differ' else 'contradict'}" in disagree
    assert 'class="agreement"' not in disagree


async def test_axis_is_logarithmic_when_values_span_orders_of_magnitude(made):
    assert 'data-scale="log"' in await page(made, "/-/compare/obus")  # 10 and 100 000
    assert 'data-scale="linear"' in await page(made, "/-/compare/navire")  # 10 to 14


async def test_compare_links_to_data_and_unknown_topic_is_404(made):
    html = await page(made, "/-/compare/navire")
    assert "/dossier/figures_export.csv?topic=navire" in html
    response = await made.client.get("/-/compare/nothing-here")
    assert response.status_code == 404


def test_scale_helpers():
    from datasette.utils import module_from_path

    compare = module_from_path(str(PLUGINS / "compare.py"), "compare_under_test")
    scale = compare.choose_scale([1500, 12000])
    assert not scale.log and scale.start == 0 and scale.stop >= 12000
    assert compare.choose_scale([10, 100000]).log
    assert compare.format_number(12000) == "12\u202f000"
    assert compare.format_number(1.28e6) == "1.28 million"
    # a billion is not "1e+03 million"
    assert compare.format_number(1e9) == "1 billion"
    assert compare.format_number(1.2e9) == "1.2 billion"
    assert compare.format_number(999.6e6) == "1 billion"
    assert compare.format_number(2.2e9) == "2.2 billion" and compare.format_number(1e9) == "1 billion"
    strict = {"value": 10, "value_low": 10, "value_high": None, "qualifier": "at_least", "strict": 1}
    assert compare.describe(strict) == "more than 10"


# --- licence, sources, and the deployed plugins ----------------------------------------------------------------


def test_metadata_says_where_articles_come_from_and_under_which_terms(metadata):
    assert metadata["license"] and metadata["license_url"] and metadata["source"]
    columns = metadata["databases"]["dossier"]["tables"]["articles"]["columns"]
    assert "outlet" in columns and "url" in columns


def test_plugins_import_nothing_but_datasette_and_the_standard_library():
    """They ship with `datasette publish --plugins-dir plugins`, where recoupe is not installed."""
    shared = {module.stem for module in (PLUGINS / "shared").glob("*.py")}  # plugins/shared/, beside them
    allowed = set(sys.stdlib_module_names) | {"datasette", "markupsafe", "jinja2"} | shared  # and Datasette's own
    for plugin in [*PLUGINS.glob("*.py"), *PLUGINS.glob("shared/*.py")]:
        for node in ast.walk(ast.parse(plugin.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module]
            else:
                continue
            assert {name.split(".")[0] for name in names} <= allowed, (plugin.name, names)


async def test_stylesheet_and_menu(made):
    response = await made.client.get("/assets/recoupe.css")  # static/, served with --static assets:static
    assert response.status_code == 200 and "text/css" in response.headers["content-type"]
    html = await page(made, "/dossier")
    assert "/assets/recoupe.css" in html and 'href="/-/compare"' in html and 'href="/-/story"' in html


# --- markup in an article is shown, never run ----------------------------------------------------------------


def assert_escaped(html, where):
    for markup in MARKUP + ["<script>alert(", "<img src=x onerror", "javascript:alert"]:
        if markup == "javascript:alert":
            assert 'href="javascript:' not in html, where
        else:
            assert markup not in html, (where, markup)


async def pages_to_check(ds, db_path):
    paths = ["/-/article", "/-/compare", "/dossier", "/dossier/articles", "/dossier/figures", "/dossier/claims",
             "/dossier/places", "/dossier/place_mentions", "/dossier/actors", "/dossier/actor_mentions",
             "/dossier/figure_comparison", "/dossier/topic_spread", "/dossier/articles_overview",
             "/dossier/claims_timeline", "/dossier/articles?_search=texte"]
    for a in rows(db_path, "select id from articles"):
        paths += [f"/-/article/{a['id']}", f"/dossier/articles/{a['id']}"]
    for t in rows(db_path, "select topic from topic_spread"):
        paths.append(f"/-/compare/{tilde_encode(t['topic'])}")
    return paths


async def test_markup_in_a_made_dossier_is_escaped_everywhere(made, made_dossier_and_db, named):
    db_path = made_dossier_and_db[1]
    for path in await pages_to_check(made, db_path):
        assert_escaped(await page(made, path), path)
    html = await page(made, f"/-/article/{named['c'].id}")
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "URL not known" in html  # a javascript: URL is not a link to the original


@pytest.fixture(scope="module")
def xss_db(tmp_path_factory):
    """A folder with an article full of markup and a normal one, built by the real pipeline."""
    from recoupe.pipeline import build

    folder = tmp_path_factory.mktemp("xss-articles")
    (folder / "evil.txt").write_text(
        "Le Monde Imaginaire\n\n"
        "Alerte <img src=x onerror=alert(1)> à Paris\n\n"
        'Le ministre a déclaré <script>alert("t")</script> que 1 500 soldats étaient arrivés à Paris, '
        "selon le porte-parole Jean Dupont, dans un communiqué publié vendredi.\n\n"
        "Une image <img src=x onerror=alert(1)> montre plus de 2 000 soldats près de Lyon, a indiqué l'agence.\n",
        encoding="utf-8",
    )
    (folder / "normal.txt").write_text(
        "Le Journal du Test\n\nDes soldats arrivent à Marseille\n\n"
        "Selon le ministère, environ 1 200 soldats sont arrivés à Marseille vendredi 18 octobre 2024.\n\n"
        "Le porte-parole Jean Dupont a affirmé que les renforts continueraient d'arriver.\n",
        encoding="utf-8",
    )
    (folder / "sources.yml").write_text(
        "evil.txt:\n  url: \"javascript:alert('url')\"\n"
        "normal.txt:\n  url: https://example.org/normal\n  outlet: Le Journal du Test\n",
        encoding="utf-8",
    )
    db_path = tmp_path_factory.mktemp("xss") / "dossier.db"
    report = build([folder], db_path, cache_dir=None)
    assert report.articles == 2, report.rejected
    return db_path


async def test_markup_in_a_built_dossier_is_escaped_everywhere(xss_db, metadata):
    ds = serve(xss_db, metadata)
    evil = rows(xss_db, "select * from articles where source_file like '%evil.txt'")[0]
    assert "<script>" in evil["text"]  # the markup went in: the test checks something
    for path in await pages_to_check(ds, xss_db):
        assert_escaped(await page(ds, path), path)
    html = await page(ds, f"/-/article/{evil['id']}")
    assert "&lt;script&gt;" in html
    normal = rows(xss_db, "select id from articles where source_file like '%normal.txt'")[0]
    assert 'href="https://example.org/normal"' in await page(ds, f"/-/article/{normal['id']}")


# --- the seeds, as the extractors leave them -------------------------------------------------------------------


def need(seed_db, table):
    if not rows(seed_db, f"select 1 from {table} limit 1"):
        pytest.skip(f"no {table} extracted from the seeds yet")


async def test_seed_article_pages_mark_what_was_extracted(datasette, seed_db):
    for a in rows(seed_db, "select * from articles"):
        html = await page(datasette, f"/-/article/{a['id']}")
        assert (a["title"] or Path(a["source_file"]).name) in html
        for table, kind in (("figures", "figure"), ("place_mentions", "place"), ("actor_mentions", "actor")):
            for piece in rows(seed_db, f"select id from {table} where article_id = ?", [a["id"]]):
                assert f'id="{kind}-{piece["id"]}"' in html or "not marked" in html


async def test_seed_figures_link_to_their_sentence(datasette, seed_db):
    need(seed_db, "figures")
    html = await page(datasette, "/dossier/figures?_size=max")
    figures = rows(seed_db, "select id, article_id from figures")
    linked = [f for f in figures if f'/-/article/{f["article_id"]}#figure-{f["id"]}' in html]
    assert len(linked) == len(figures)
    assert html.count('<mark class="hl hl-figure">') >= len(figures)


async def test_seed_topics_each_have_a_chart(datasette, seed_db):
    need(seed_db, "figures")
    html = await page(datasette, "/-/compare")
    for spread in rows(seed_db, "select * from topic_spread"):
        assert f'href="/-/compare/{tilde_encode(spread["topic"])}"' in html
        topic_page = await page(datasette, f"/-/compare/{tilde_encode(spread['topic'])}")
        plottable = rows(
            seed_db,
            "select count(*) as n from figure_comparison where topic = ? "
            "and coalesce(value, value_low, value_high) is not null",
            [spread["topic"]],
        )[0]["n"]
        assert topic_page.count('<g class="mark ') == plottable
        who = "The sources" if spread["n_sources"] > 1 else "The figures (all from one source)"
        said = {"agree": "agree", "close": "nearly agree", "differ": "differ", "contradict": "contradict each other"}
        assert f"{who} {said[spread['verdict']]}" in topic_page


async def test_seed_canned_queries_show_marked_sentences(datasette, seed_db):
    need(seed_db, "figures")
    topic = rows(seed_db, "select topic from topic_spread order by n_figures desc limit 1")
    if not topic:
        pytest.skip("no topic yet")
    html = await page(datasette, f"/dossier/figures_for_topic?topic={topic[0]['topic']}")
    assert '<mark class="hl hl-figure">' in html


# --- tables that read like a dossier, without a query per cell ------------------------------------------------


def traced_queries(html: str) -> list:
    """The SQL a page ran, from Datasette's ?_trace=1 (setting trace_debug)."""
    import html as markup
    import json

    return [" ".join(t["sql"].split()) for t in
            json.loads(markup.unescape(html[html.rfind("<pre>") + 5:html.rfind("</pre>")]))["traces"]]


@pytest.mark.parametrize("table", ["figures", "place_mentions", "actor_mentions", "figure_comparison"])
async def test_sentence_cells_run_no_query(seed_db, metadata, table):
    """Marking a sentence reads the row's offsets only: a page of every row runs the same queries as a page of two
    (issue 13: one or two queries per cell before)."""
    ds = Datasette(immutables=[str(seed_db)], metadata=metadata, plugins_dir=str(PLUGINS),
                   template_dir=str(ROOT / "templates"), static_mounts=[("assets", str(ROOT / "static"))],
                   settings={"trace_debug": True})
    await ds.client.get(f"/dossier/{table}")  # Datasette reads the schema on the first request
    every = (await ds.client.get(f"/dossier/{table}?_size=max&_trace=1")).text
    two = (await ds.client.get(f"/dossier/{table}?_size=2&_trace=1")).text
    assert every.count("<mark class=\"hl") > 2
    assert len(traced_queries(every)) == len(traced_queries(two))
    assert not [q for q in traced_queries(every) if "substr(text" in q or "where id = ?" in q]


async def test_lists_show_what_a_reader_needs_and_rows_show_everything(made, named):
    listed = (await page(made, "/dossier/articles")).split("<thead>")[1]
    assert 'data-column="text"' not in listed and 'data-column="raw_text"' not in listed
    row = await page(made, f"/dossier/articles/{named['a'].id}")  # one column a line, every column
    assert 'class="col-text type-str"' in row and 'class="col-raw_text type-str"' in row
    assert '<table class="rows-and-columns row-vertical">' in row
    figure_row = await page(made, f"/dossier/figures/{named['a2'].id}")
    assert ">Jean Martin</a>" in figure_row and ">Renforts : les chiffres</a>" in figure_row  # keys by label
    figures = await page(made, "/dossier/figures")
    headings = re.findall(r'data-column="([^"]+)"', figures.split("<thead>")[1].split("</thead>")[0])
    assert headings[:4] == ["id", "text", "value", "qualifier"]
    assert headings.index("sentence") < 8 and "start" not in headings and "sentence_start" not in headings
    assert ">source</a>" in figures  # source_actor_id, under a readable heading
    assert "Jean Martin</a>" in figures and "actor-martin</a>" not in figures  # the actor by name


async def test_amounts_print_as_integers_with_thousands_separators(made):
    html = await page(made, "/dossier/figures?_sort=value")
    assert "100\u202f000" in html and "100000.0" not in html and "1500.0" not in html


async def test_json_lists_print_as_lists(made):
    html = await page(made, "/dossier/actors")
    assert "Jean Martin" in html and '[&#34;Jean Martin&#34;]' not in html and '["Jean Martin"]' not in html


async def test_untitled_article_has_a_label_and_a_link(tmp_path, metadata):
    text = "Un texte sans titre qui compte 7 drones et bien d'autres choses encore ici."
    untitled = Article(id="untitled1", text=text, raw_text=text, word_count=14, sha256="x", outlet="Le Courrier",
                       published="2024-10-20", source_file="folder/untitled.txt")
    drone = figure(untitled, "7 drones", value=7, value_low=7, value_high=7, qualifier="exact", topic="drone")
    db_path = tmp_path / "dossier.db"
    write_dossier(Dossier(articles=[untitled], figures=[drone]), db_path)
    ds = serve(db_path, metadata)
    label = rows(db_path, "select label from articles")[0]["label"]
    assert label.startswith("Le Courrier, 2024-10-20: \u00ab") and "Un texte sans titre" in label
    html = await page(ds, "/dossier/figures")
    assert 'href="/-/article/untitled1"' in html and "Le Courrier, 2024-10-20" in html
    facets = await page(ds, "/dossier/figures?_facet=article_id")
    assert "None" not in re.sub(r"<[^>]+>", "", facets.split('class="facet-results"')[-1])[:2000]
    assert "folder/untitled.txt" not in await page(ds, "/-/story")


async def test_a_topic_of_measurements_answers(tmp_path, metadata):
    text = "Des obus de 152 mm."
    art = Article(id="a1", text=text, raw_text=text, word_count=5, sha256="y", source_file="a.txt")
    calibre = figure(art, "152", value=152, value_low=152, value_high=152, qualifier="exact", kind="measure",
                     topic="measure:mm")
    db_path = tmp_path / "dossier.db"
    write_dossier(Dossier(articles=[art], figures=[calibre]), db_path)
    html = await page(serve(db_path, metadata), "/-/compare/measure~3Amm")
    assert "not compared" in html and '<mark class="hl hl-figure">152</mark>' in html


# --- exports for the newsroom ------------------------------------------------------------------------------------


async def test_exports_carry_sources_articles_and_evidence(made, named):
    import csv
    import io

    response = await made.client.get("/dossier/figures_export.csv?_size=max")
    assert response.status_code == 200
    found = list(csv.DictReader(io.StringIO(response.text)))
    assert {"source", "original_source", "article", "outlet", "published", "url", "evidence"} <= set(found[0])
    a2 = next(r for r in found if r["figure_id"] == named["a2"].id)
    assert a2["source"] == "Jean Martin" and a2["article"] == "Renforts : les chiffres"
    assert a2["outlet"] == "La Gazette" and a2["published"] == "2024-10-18"
    assert a2["url"] == "https://example.org/renforts"
    assert a2["evidence"] == f"/-/article/{named['a'].id}#figure-{named['a2'].id}"
    assert (await made.client.get(a2["evidence"].split("#")[0])).status_code == 200
    claims = (await made.client.get("/dossier/claims_export.json?_shape=array")).json()
    martin = next(c for c in claims if c["claim_id"] == "claim-martin")
    assert martin["source"] == "Jean Martin" and martin["evidence"] == f"/-/article/{named['a'].id}#claim-claim-martin"
    assert "original_source" in martin


# --- the story page ------------------------------------------------------------------------------------------------


async def test_story_page_gives_every_quantity_its_verdict_and_sources(made, made_dossier_and_db):
    html = await page(made, "/-/story")
    spreads = rows(made_dossier_and_db[1], "select * from topic_spread")
    assert spreads
    compared = [s for s in spreads if s["n_independent_sources"] > 1]
    for spread in spreads:
        assert f'href="/-/compare/{tilde_encode(spread["topic"])}"' in html
    for spread in compared:
        assert f'verdict-badge {spread["verdict"]}' in html
    assert html.count('class="sparkline"') == len(compared)  # the quantities one source gives: listed apart
    single = html.split('id="single"')[1].split("</table>")[0]
    assert all(f'href="/-/compare/{tilde_encode(s["topic"])}"' in single for s in spreads if s not in compared)
    assert "Jean Martin</strong>: 1\u202f500" in html  # who says what
    assert '<table class="story-grid">' in html and "<script" not in html.split("</footer>")[0].split("<body")[1]
    assert "Denials and refusals to confirm" in html and 'class="story-map"' in html
    home = await page(made, "/")
    assert home.index('href="/-/story"') < home.index('href="/dossier/')  # linked first
    listed = home.split('solid #')[1]  # every table and view, in a reader's order (Datasette lists the 5 largest)
    assert listed.index('"/dossier/figures"') < listed.index('"/dossier/articles"') < listed.index('"/dossier/place_mentions"')
    assert '"/dossier/timeline"' in listed and '"/dossier/rejected_files"' in listed
    database = await page(made, "/dossier")
    assert 'class="start-here"' in database and "select * from figures" in database


async def test_story_marks_outliers_among_three_sources(tmp_path, metadata):
    text = "Selon A, 100 soldats. Selon B, 110 soldats. Selon C, 1000 soldats."
    art = Article(id="s1", text=text, raw_text=text, word_count=12, sha256="z", source_file="s.txt")
    figures = []
    for name, surface in [("A", "100 soldats"), ("B", "110 soldats"), ("C", "1000 soldats")]:
        value = float(surface.split()[0])
        figures.append(figure(art, surface, value=value, value_low=value, value_high=value, qualifier="exact",
                              topic="soldat", source_actor_id=f"actor-{name}", source_text=name))
    actors = [Actor(id=f"actor-{n}", name=f"Source {n}", kind="organisation") for n in "ABC"]
    db_path = tmp_path / "dossier.db"
    write_dossier(Dossier(articles=[art], figures=figures, actors=actors), db_path)
    html = await page(serve(db_path, metadata), "/-/story")
    outliers = re.findall(r'<td class="amount outlier"[^>]*>([^<]+)', html)
    assert outliers == ["1\u202f000"]


async def test_pages_answer_without_template_dir(seed_db, metadata):
    """Started as build_db.py --help says (no --template-dir), the plugins' pages still render."""
    ds = Datasette(immutables=[str(seed_db)], metadata=metadata, plugins_dir=str(PLUGINS))
    for path in ["/-/story", "/-/compare", "/-/article", "/dossier/figures"]:
        assert (await ds.client.get(path)).status_code == 200, path


def test_the_conservative_figure_of_a_topic_over_weeks_is_its_latest_moments():
    """A toll over weeks: 2 dead on the first day is no figure any source still supports weeks later."""
    from datasette.utils import module_from_path

    compare = module_from_path(str(PLUGINS / "compare.py"), "compare_latest_under_test")
    points = [{"as_of": "2024-05-14", "value": 2, "qualifier": "exact"},
              {"as_of": "2024-06-10", "value": 9, "qualifier": "exact"},
              {"as_of": "2024-06-12", "value": 8, "qualifier": "at_least"},
              {"as_of": "2024-06-12", "value": None, "value_low": 100, "qualifier": "vague"}]
    assert compare.latest_moment(points) == ("2024-06-12", 8)
    replaced = {"as_of": "2024-06-12", "value": 3, "qualifier": "exact", "as_of_from": "revised"}  # "up from 3"
    assert compare.latest_moment(points + [replaced]) == ("2024-06-12", 8)
    spread = {"n_figures": 4, "n_sources": 2, "n_articles": 2, "min": 2, "max": 9, "first_as_of": "2024-05-14",
              "last_as_of": "2024-06-12", "conservative": 2, "windows": 2}
    assert "latest moment (2024-06-12): 8." in compare.summary_text(spread, points)
    assert "supports: 2." in compare.summary_text({**spread, "windows": 1}, points)


def test_the_timeline_draws_the_old_value_of_a_revision_as_a_revision():
    """An earlier count its article says was since revised (as_of_from 'revised') is a hollow dot titled as such,
    not a conflict; a figure about a past year says so."""
    from datasette.utils import module_from_path

    common = module_from_path(str(PLUGINS / "shared" / "recoupe_common.py"), "common_under_test")
    points = [
        {"figure_id": "old", "as_of": "2023-09-09", "value": 296.0, "as_of_from": "revised",
         "original_source_name": "ministère", "in_conflict": 0, "figure_text": "296"},
        {"figure_id": "new", "as_of": "2023-09-09", "value": 2012.0, "as_of_from": "article",
         "original_source_name": "ministère", "in_conflict": 0, "figure_text": "2 012"},
        {"figure_id": "past", "as_of": "1960", "value": 12000.0, "as_of_from": "year",
         "original_source_name": "the article", "in_conflict": 0, "figure_text": "12 000"},
    ]
    svg = str(common.timeline_svg(points))
    old = svg[svg.index('data-figure-id="old"'):svg.index('data-figure-id="new"')]
    assert 'class="revised"' in old and "an earlier count (since revised" in old and 'class="conflict"' not in old
    new = svg[svg.index('data-figure-id="new"'):svg.index('data-figure-id="past"')]
    assert 'class="revised"' not in new
    assert "1960: 12" in svg and "about that year" in svg


def test_a_topic_listed_without_comparison_says_so_not_that_the_sources_agree():
    """Shares whose holder the texts do not say, counts whose place they do not say: recoupe lists them and compares
    nothing, so the sentence says why instead of "the sources agree"."""
    from datasette.utils import module_from_path

    compare = module_from_path(str(PLUGINS / "compare.py"), "compare_unsaid_under_test")
    text = compare.verdict_text({"n_sources": 8, "verdict": "agree", "windows": 4,
                                 "topic": "percent:voix/bénéficiaire non précisé"})
    assert text.startswith("Listed, not compared") and "whose share" in text
    assert "agree" in compare.verdict_text({"n_sources": 8, "verdict": "agree", "windows": 4, "topic": "mort"})


def test_the_verdict_says_the_worst_moment_even_when_it_is_a_past_year():
    """Figures dated by the year they are about ("the toll of 2017") are compared within that year: the verdict
    says so ("worst on 2017"), as it names a window of days."""
    from datasette.utils import module_from_path

    compare = module_from_path(str(PLUGINS / "compare.py"), "compare_year_under_test")
    spread = {"n_sources": 2, "verdict": "contradict", "windows": 3, "factor": 22.3}
    assert "(worst on 2017)" in compare.verdict_text({**spread, "worst_window": "2017 – 2017"})
    assert "(worst between 2024-10-05 and 2024-10-06)" in compare.verdict_text(
        {**spread, "worst_window": "2024-10-05 – 2024-10-06"})


# --- what a reporter reads on a story of many weeks (round 11) ---------------------------------------------------


def story_dossier(tmp_path, sources: dict, one_source: bool = True):
    """An article where each named source gives its figure of soldiers (`sources`: name -> figure), and one source
    alone counting ships."""
    sentences = [f"Selon {name}, {number} soldats." for name, number in sources.items()]
    if one_source:
        sentences.append("Selon Zoé, 12 navires.")
    text = " ".join(sentences)
    art = Article(id="s1", text=text, raw_text=text, word_count=len(text.split()), sha256="z", source_file="s.txt",
                  published="2024-07-20")
    figures, actors = [], []
    seen = {}
    for name, number in sources.items():
        surface = f"{number} soldats"
        seen[surface] = seen.get(surface, -1) + 1  # the same figure from two sources: its next occurrence
        figures.append(figure(art, surface, seen[surface], value=float(number), value_low=float(number),
                              value_high=float(number), qualifier="exact", topic="soldat", source_actor_id=f"actor-{name}", source_text=name))
        actors.append(Actor(id=f"actor-{name}", name=name, kind="person"))
    if one_source:
        figures.append(figure(art, "12 navires", value=12.0, value_low=12.0, value_high=12.0, qualifier="exact",
                              topic="navire", source_actor_id="actor-Zoé", source_text="Zoé"))
        actors.append(Actor(id="actor-Zoé", name="Zoé", kind="person"))
    db_path = tmp_path / "dossier.db"
    write_dossier(Dossier(articles=[art], figures=figures, actors=actors), db_path)
    return db_path


async def test_story_lists_a_quantity_one_source_gives_apart_and_never_says_the_sources_agree(tmp_path, metadata):
    """One source's figure has nothing to check it against: no "the sources agree" badge, and the lede counts the
    agreement among the quantities two sources or more give."""
    db_path = story_dossier(tmp_path, {"Anne": 100, "Bruno": 100})
    html = await page(serve(db_path, metadata), "/-/story")
    lede = html.split('class="story-lede">')[1].split("</p>")[0]
    assert "1 given by two independent sources or more, which agree on 1 of them" in lede
    assert "1 by one source only" in lede
    compared = html.split('class="story-quantities"')[1].split("</table>")[0]
    assert 'href="/-/compare/soldat"' in compared and 'href="/-/compare/navire"' not in compared
    single = html.split('id="single"')[1].split("</table>")[0]
    assert 'href="/-/compare/navire"' in single and "Zoé" in single and "12" in single
    assert "the sources agree" not in single
    grid = html.split('class="story-grid"')[1].split("</table>")[0]
    assert "navire" not in grid and "Zoé" not in grid  # the grid compares: only what two sources give


async def test_story_and_compare_say_listed_not_compared_for_shares_nobody_is_said_to_hold(tmp_path, metadata):
    """Shares whose holder the texts do not say (recoupe/topic_adoption.py marks them): two sources give them, but
    they are listed, never "the sources agree", and not counted among the quantities that agree."""
    text = "Selon Anne, 45 % des voix. Selon Bruno, 35 % des voix."
    art = Article(id="s1", text=text, raw_text=text, word_count=len(text.split()), sha256="z", source_file="s.txt",
                  published="2024-07-20")
    topic = "percent:voix/bénéficiaire non précisé"
    figures = [figure(art, f"{n} %", value=float(n), value_low=float(n), value_high=float(n), qualifier="exact",
                      kind="percent", topic=topic, source_actor_id=f"actor-{name}", source_text=name)
               for name, n in (("Anne", 45), ("Bruno", 35))]
    actors = [Actor(id=f"actor-{name}", name=name, kind="person") for name in ("Anne", "Bruno")]
    db_path = tmp_path / "dossier.db"
    topics = [Topic(id=topic, label="% de voix (bénéficiaire non précisé)", entity="percent", entity_group=topic[13:],
                    verdict="agree")]  # as recoupe/verdicts.py judges it: compared with nothing
    write_dossier(Dossier(articles=[art], figures=figures, actors=actors, topics=topics), db_path)
    client = serve(db_path, metadata)
    story = await page(client, "/-/story")
    assert "listed, not compared" in story and "the sources agree" not in story
    assert "which agree on 0 of them" in story.split('class="story-lede">')[1].split("</p>")[0]
    compare = await page(client, "/-/compare")
    assert "listed, not compared" in compare


async def test_story_folds_the_sources_past_eight(tmp_path, metadata):
    names = ["Anne", "Bruno", "Chloé", "David", "Emma", "Félix", "Gina", "Hugo", "Inès", "Jules", "Kim"]
    db_path = story_dossier(tmp_path, {name: 100 for name in names}, one_source=False)
    html = await page(serve(db_path, metadata), "/-/story")
    row = html.split('class="story-quantities"')[1].split("</table>")[0]
    shown, folded = row.split('<details class="more-sources">')
    assert shown.count("<li>") == 8 and "3 more sources" in folded and folded.count("<li>") == 3
    db_path = story_dossier(tmp_path, {name: 100 for name in names[:10]}, one_source=False)  # two more: all shown
    html = await page(serve(db_path, metadata), "/-/story")
    row = html.split('class="story-quantities"')[1].split("</table>")[0]
    assert "more-sources" not in row and row.count("<li>") == 10


def test_story_grid_marks_no_outlier_in_a_count_over_time():
    """A toll over weeks (several moments): its early figure is no outlier for being lower than its late ones;
    only a figure in conflict about the same moment is marked."""
    from datasette.utils import module_from_path

    story = module_from_path(str(PLUGINS / "story.py"), "story_grid_under_test")
    points = {"mort": [
        {"original_source_name": "A", "value": 10, "qualifier": "exact", "as_of": "2024-07-18"},
        {"original_source_name": "B", "value": 300, "qualifier": "exact", "as_of": "2024-08-05"},
        {"original_source_name": "C", "value": 310, "qualifier": "exact", "as_of": "2024-08-05"},
        {"original_source_name": "D", "value": 150, "qualifier": "exact", "as_of": "2024-08-05", "in_conflict": 1},
    ]}
    _, cells = story.grid([{"topic": "mort", "windows": 2, "unit": None}], points)
    assert [name for name in "ABCD" if cells[name]["mort"]["outlier"]] == ["D"]
    assert "same moment" in cells["D"]["mort"]["why"]
    _, cells = story.grid([{"topic": "mort", "windows": 1, "unit": None}], points)  # one moment: the median rule
    assert cells["A"]["mort"]["outlier"]


def test_the_verdict_names_the_figures_of_the_worst_moment():
    """"The sources contradict each other (worst between …)" says which figures: the lowest and the highest about
    that moment, with their original sources; vague figures and revised counts are left out."""
    from datasette.utils import module_from_path

    compare = module_from_path(str(PLUGINS / "compare.py"), "compare_worst_under_test")
    spread = {"n_sources": 3, "verdict": "contradict", "windows": 3, "factor": 2.5,
              "worst_window": "2024-07-20 – 2024-07-21"}
    points = [
        {"as_of": "2024-07-18", "value": 2, "qualifier": "exact", "original_source_name": "early"},
        {"as_of": "2024-07-20", "value": 60, "qualifier": "exact", "original_source_name": "AFP", "in_conflict": 1},
        {"as_of": "2024-07-21", "value": 151, "qualifier": "exact", "original_source_name": "HRW", "in_conflict": 1},
        {"as_of": "2024-07-21", "value": None, "value_low": 1000, "qualifier": "vague", "original_source_name": "X"},
        {"as_of": "2024-07-21", "value": 5, "qualifier": "exact", "as_of_from": "revised", "original_source_name": "Y"},
    ]
    text = compare.verdict_text(spread, points=points)
    assert "(worst between 2024-07-20 and 2024-07-21: 60 (AFP) against 151 (HRW))" in text
    assert "(worst between 2024-07-20 and 2024-07-21)" in compare.verdict_text(spread)  # no points: the dates only


async def test_a_compare_row_leads_with_its_date_and_figure(made, named):
    """A long outlet name is what the chart cuts, not the date or the figure the row is about."""
    chart = chart_of(await page(made, "/-/compare/soldat"))
    assert "2024-10-18 \u00b7 \u00ab 1\u202f500 soldats \u00bb \u00b7 La Gazette" in chart \
        or "2024-10-18 \u00b7 \u00ab 1 500 soldats \u00bb \u00b7 La Gazette" in chart


async def test_compare_index_says_one_source_has_nothing_to_compare(tmp_path, metadata):
    db_path = story_dossier(tmp_path, {"Anne": 100, "Bruno": 100})
    html = await page(serve(db_path, metadata), "/-/compare")
    ships = html.split('href="/-/compare/navire"')[1].split("</tr>")[0]
    assert "one source: nothing to compare" in ships and ">agree<" not in ships
    soldiers = html.split('href="/-/compare/soldat"')[1].split("</tr>")[0]
    assert ">agree<" in soldiers


async def test_article_page_names_each_figure_by_its_quantity(made, made_dossier_and_db, named):
    label = rows(made_dossier_and_db[1], "select label from topics where id = 'soldat'")[0]["label"]
    html = await page(made, f"/-/article/{named['a1'].article_id}")
    figures = html.split("<h2>Figures")[1].split("</table>")[0]
    assert f'<a href="/-/compare/soldat" title="soldat">{label}</a>' in figures and "<th>quantity</th>" in figures


async def test_home_page_says_what_each_table_holds_and_lists_the_questions(made, metadata):
    from markupsafe import escape

    home = await page(made, "/")
    tables = home.split('class="recoupe-tables"')[1].split("</ul>")[0]
    assert '<a href="/dossier/disagreements">disagreements</a>: Topics whose figures about the same moment' in tables
    queries = home.split('class="recoupe-queries"')[1].split("</ul>")[0]
    for name, query in metadata["databases"]["dossier"]["queries"].items():
        assert f'<a href="/dossier/{name}">{escape(query["title"])}</a>' in queries


async def test_disagreements_show_the_worst_moment_first(made):
    html = await page(made, "/dossier/topic_spread")
    head = html.split('<table class="rows-and-columns">')[1].split("</thead>")[0]
    headings = re.findall(r'data-column="([a-z_]+)"', head)
    assert headings[:5] == ["topic", "label", "verdict", "worst_window", "factor"]
    assert "worst moment" in head and "highest / lowest that moment" in head and "consistent" not in headings


async def test_where_the_sources_disagree_follows_the_same_moment_verdict(made, made_dossier_and_db):
    """A count that only grew over weeks (figures about different moments) is no disagreement."""
    found = (await made.client.get("/dossier/where_sources_disagree.json?_shape=array")).json()
    expected = {r["topic"] for r in rows(made_dossier_and_db[1],
                                         "select topic from topic_spread where verdict in ('differ', 'contradict')")}
    assert {r["topic"] for r in found} == expected


async def test_a_topic_cell_reads_as_its_label(made, made_dossier_and_db):
    """In the figures table a topic reads as its label ("soldats"), its key in the tooltip, linking to its chart;
    where the row gives the label beside it (a query of topic_spread), the cell keeps the key."""
    label = rows(made_dossier_and_db[1], "select label from topics where id = 'soldat'")[0]["label"]
    assert label != "soldat"
    html = await page(made, "/dossier/figures?topic=soldat")
    assert f'<a href="/-/compare/soldat" title="soldat: compare the sources\u2019 figures">{label}</a>' in html
    html = await page(made, "/dossier?sql=select+topic,+label+from+topic_spread")
    assert '<a href="/-/compare/soldat" title="compare the sources\u2019 figures">soldat</a>' in html


def test_a_long_stretch_without_figures_is_drawn_short_and_marked():
    """Three weeks counted daily, then one figure in November and one in February: the weeks get a readable
    width, each empty stretch is drawn GAP_DAYS long with a marked break; figures spread over the span keep
    their scale."""
    from datasette.utils import module_from_path

    common = module_from_path(str(PLUGINS / "shared" / "recoupe_common.py"), "common_axis_under_test")
    dates = [f"2024-07-{day:02d}" for day in range(18, 32)] + ["2024-08-05", "2024-11-17", "2025-02-12"]
    days = [common.day_number(d) for d in dates]
    along, breaks = common.time_axis(days)
    assert [gap for _, _, gap in breaks] == [104, 87]
    to_scale = (days[14] - days[0]) / (days[-1] - days[0])  # 2024-08-05: 18 days of 209
    assert along[days[14]] > 3 * to_scale  # the weeks counted daily get over three times the width
    assert along[days[0]] == 0 and along[days[-1]] == 1
    points = [{"as_of": d, "value": 10.0 + i, "original_source_name": "AFP"} for i, d in enumerate(dates)]
    svg = str(common.timeline_svg(points))
    assert svg.count('class="time-break"') == 2 and "\u2026 104 days \u2026" in svg
    monthly = [common.day_number(f"2024-{month:02d}-01") for month in range(1, 13)]
    along, breaks = common.time_axis(monthly)  # a figure a month for a year: no stretch is long for that span
    assert breaks == [] and abs(along[monthly[6]] - (monthly[6] - monthly[0]) / (monthly[-1] - monthly[0])) < 1e-9


async def test_story_gives_the_factor_only_beside_a_disagreement(tmp_path, metadata):
    """Figures a verdict does not compare (one sentence's side by side, a list, one source's successive counts) can
    span 14 × under "close": the story page does not print "the highest is 14.2 × the lowest" under a verdict that says
    the figures nearly agree; it does under "differ"."""
    db_path = story_dossier(tmp_path, {"Anne": 100, "Bruno": 100})
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE topic_spread SET verdict = 'close', factor = 14.2 WHERE topic = 'soldat'")
    html = await page(serve(db_path, metadata), "/-/story")
    compared = html.split('class="story-quantities"')[1].split("</table>")[0]
    assert "nearly agree" in compared and "14.2" not in compared
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE topic_spread SET verdict = 'differ', factor = 1.5 WHERE topic = 'soldat'")
    html = await page(serve(db_path, metadata), "/-/story")
    compared = html.split('class="story-quantities"')[1].split("</table>")[0]
    assert "highest is 1.5 × the lowest" in compared


async def test_a_large_factor_reads_as_a_number_not_in_scientific_notation(made_dossier_and_db, metadata, tmp_path):
    """"1 000 ×" between the extremes of a contradiction, not "1e+03 ×" (recoupe_common.format_number)."""
    import shutil

    db_path = tmp_path / "dossier.db"
    shutil.copy(made_dossier_and_db[1], db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("update topic_spread set factor = 1000.0, verdict = 'contradict' where topic = 'soldat'")
    html = await page(serve(db_path, metadata), "/-/compare")
    assert "1\u202f000 ×" in html and "e+03" not in html
    with sqlite3.connect(db_path) as conn:  # an agreeing topic's far extremes count different things: no factor
        conn.execute("update topic_spread set factor = 30769.0, verdict = 'agree' where topic = 'soldat'")
    html = await page(serve(db_path, metadata), "/-/compare")
    assert "30\u202f769" not in html


def test_a_topic_no_window_compared_is_listed_not_agreeing():
    """Figures of one quantity at moments weeks apart, or that say nothing of what they count, are never compared:
    topic_spread.factor is NULL and the pages say "not compared", not a green "the sources agree"."""
    from datasette.utils import module_from_path

    if str(PLUGINS / "shared") not in sys.path:
        sys.path.append(str(PLUGINS / "shared"))
    compare = module_from_path(str(PLUGINS / "compare.py"), "compare_under_test")
    apart = {"topic": "personne", "verdict": "agree", "factor": None, "n_figures": 3, "n_sources": 3}
    assert compare.verdict_text(apart).startswith("Not compared")
    assert compare.verdict_text({**apart, "factor": 1.0}).startswith("The sources agree")


def test_a_quantity_that_moved_over_weeks_is_not_one_on_which_the_sources_simply_agree():
    """Agreeing at each moment, a toll that went from 1 000 to 5 587 over a month is worded as a count that moved;
    one moment, or figures within 10 %, keep "the sources agree"."""
    from datasette.utils import module_from_path

    story = module_from_path(str(PLUGINS / "story.py"), "story_moved_under_test")
    moved = {"min": 1000, "max": 5587, "windows": 8}
    assert story.verdict_words("agree", moved, 7, "") == "the sources agree at each date; the figure moved over time"
    assert story.verdict_words("agree", {**moved, "windows": 1}, 7, "") == "the sources agree"
    assert story.verdict_words("agree", {**moved, "max": 1050}, 7, "") == "the sources agree"
    explained = {**moved, "windows": 1, "explained": "one source updated or rounded its own count"}
    assert story.verdict_words("agree", explained, 7, "") == "no conflict: one source updated or rounded its own count"
    assert story.verdict_words("agree", moved, 1, "") == "one source: nothing to compare"
    assert story.verdict_words("differ", moved, 3, "") == "the figures differ"


async def test_figures_of_one_moment_that_differ_for_a_reason_are_no_conflict_and_the_page_says_why(tmp_path, metadata):
    """A source that gives 100 soldiers, then 150 the same day, updates its own count: no conflict, but no "the
    figures can all be true at once" either: the compare page says why the differing figures are no conflict."""
    text = "Selon Anne, 100 soldats. Plus tard, Anne a compté 150 soldats."
    art = Article(id="s1", text=text, raw_text=text, word_count=len(text.split()), sha256="z", source_file="s.txt",
                  published="2024-07-20")
    figures = [figure(art, surface, value=float(value), value_low=float(value), value_high=float(value),
                      qualifier="exact", topic="soldat", source_actor_id="actor-Anne", source_text="Anne")
               for surface, value in (("100 soldats", 100), ("150 soldats", 150))]
    db_path = tmp_path / "dossier.db"
    write_dossier(Dossier(articles=[art], figures=figures, actors=[Actor(id="actor-Anne", name="Anne", kind="person")]),
                  db_path)
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT verdict, explained FROM topic_spread").fetchall() == [
            ("agree", "one source updated or rounded its own count")]
    html = await page(serve(db_path, metadata), "/-/compare/soldat")
    assert "No conflict: figures about the same moment differ, but one source updated or rounded its own count" in html
    assert "can all be true at once" not in html
