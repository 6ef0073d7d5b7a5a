"""Every link answers: a walk through every page of the seed dossier, and of a made-up dossier whose topics and names
carry the characters URLs trip on (colons, @, slashes, accents, quotes, spaces, percent signs, tildes), following
every link of every page and fetching every link it finds, through Datasette's own client, with the deployed
metadata, plugins, templates and stylesheet. No link may give a 404 or a 500.

Pages reached through a query string (sorts, facets, filters, formats) are fetched, and their links not followed
further: their links are the same table's with other arguments, which would multiply without end.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from datasette.app import Datasette

from recoupe.models import (
    Actor, ActorMention, Article, Claim, Dossier, Figure, Place, PlaceMention, stable_id,
)
from recoupe.store import write_dossier

ROOT = Path(__file__).resolve().parent.parent
MAX_PAGES = 6000


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.found.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "stylesheet" and attrs.get("href"):
            self.found.append(attrs["href"])


def links_of(html: str) -> list:
    parser = Links()
    parser.feed(html)
    return parser.found


def serve(db_path, metadata):
    return Datasette(immutables=[str(db_path)], metadata=metadata, plugins_dir=str(ROOT / "plugins"),
                     template_dir=str(ROOT / "templates"), static_mounts=[("assets", str(ROOT / "static"))],
                     settings={"suggest_facets": False, "truncate_cells_html": 400})


async def walk(ds) -> tuple[dict, int]:
    """Every local URL reachable from the home page: {url: (status, the page that links to it)}."""
    seen = {"/": (None, None)}
    queue = ["/"]
    broken = {}
    fetched = 0
    while queue:
        url = queue.pop(0)
        response = await ds.client.get(url, follow_redirects=True)
        fetched += 1
        assert fetched <= MAX_PAGES, "the walk does not end"
        referrer = seen[url][1]
        if response.status_code in (404, 500) or response.status_code >= 500:
            broken[url] = (response.status_code, referrer)
            continue
        if "text/html" not in response.headers.get("content-type", "") or urlsplit(url).query:
            continue
        for href in links_of(response.text):
            target, _ = urldefrag(urljoin(url, href))
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or not target.startswith("/"):
                continue  # elsewhere: the article's original, OpenStreetMap, the licence
            if target not in seen:
                seen[target] = (None, url)
                queue.append(target)
    return broken, fetched


async def test_every_link_of_the_seed_dossier_answers(seed_db, metadata):
    broken, fetched = await walk(serve(seed_db, metadata))
    assert fetched > 400  # every row of every table, at least
    assert not broken, broken


# --- a dossier with names that URLs trip on ---------------------------------------------------------------------

ODD_TOPICS = ["mort:total@Saint-Étienne", "obus/jour", 'le "vrai" chiffre', "l’armée: 100%", "a~b c", "é?x=1&y#z"]
ODD_NAMES = ["Jean-Noël O'Brien", "A/B «C»", 'Le "Comité" 50%', "Ministère: Défense@Paris", "x~y?z#w"]


def odd_dossier() -> Dossier:
    sentences = [f"Selon {name}, {100 * (i + 1)} soldats sont arrivés à Saint-Étienne." for i, name in
                 enumerate(ODD_NAMES)]
    text = " ".join(sentences)
    article = Article(id=stable_id(text, length=12), title='Titre / avec « guillemets » et "quotes" : 100%',
                      outlet="L'Écho/Hebdo", published="2024-10-21", url="https://example.org/a?b=c&d=e#f",
                      text=text, raw_text=text, word_count=len(text.split()), sha256=stable_id(text, length=64),
                      source_file="dossier étrange/l'article #1.txt")
    untitled_text = "Un texte sans titre compte 7 drones. " * 3
    untitled = Article(id=stable_id(untitled_text, length=12), text=untitled_text, raw_text=untitled_text,
                       word_count=len(untitled_text.split()), sha256=stable_id(untitled_text, length=64),
                       source_file="sans titre.txt")
    actors, mentions, figures, claims = [], [], [], []
    place = Place(id="place/étienne:1", name="Saint-Étienne", kind="city", country_code="FR", latitude=45.43,
                  longitude=4.39, aliases=["Saint-Étienne", "St-Étienne/Loire"])
    places = [place, Place(id="place~2 ?", name="Nulle « part »", kind="other")]
    place_mentions = []
    at = 0
    for i, (name, sentence) in enumerate(zip(ODD_NAMES, sentences)):
        actor_id = f"actor:{i}/{name}"
        actors.append(Actor(id=actor_id, name=name, kind="organisation", aliases=[name, name.upper()],
                            mention_count=1, claim_count=1, figure_count=1))
        name_at = at + sentence.index(name)
        mentions.append(ActorMention(id=f"am{i}:{name}", article_id=article.id, actor_id=actor_id, surface=name,
                                     start=name_at, end=name_at + len(name), sentence=sentence,
                                     kind="organisation", name=name))
        figure_text = f"{100 * (i + 1)} soldats"
        figure_at = at + sentence.index(figure_text)
        topic = ODD_TOPICS[i % len(ODD_TOPICS)]
        claims.append(Claim(id=f"claim#{i}/{name}", article_id=article.id, actor_id=actor_id, speaker_text=name,
                            text=sentence, verb="selon", stance="denies" if i % 2 else "asserts", start=at,
                            end=at + len(sentence)))
        figures.append(Figure(id=f"fig:{i}@{topic}", article_id=article.id, start=figure_at,
                              end=figure_at + len(figure_text), sentence=sentence, text=figure_text,
                              value=100.0 * (i + 1), value_low=100.0 * (i + 1), value_high=100.0 * (i + 1),
                              qualifier="exact", object="soldat", topic=topic, source_actor_id=actor_id,
                              source_text=name, claim_id=f"claim#{i}/{name}"))
        place_at = at + sentence.index("Saint-Étienne")
        place_mentions.append(PlaceMention(id=f"pm{i}?", article_id=article.id, place_id=place.id,
                                           surface="Saint-Étienne", start=place_at, end=place_at + 13,
                                           sentence=sentence))
        at += len(sentence) + 1
    drone_at = untitled_text.index("7 drones")
    figures.append(Figure(id="drone/1", article_id=untitled.id, start=drone_at, end=drone_at + 8,
                          sentence=untitled_text[:untitled_text.index(".") + 1], text="7 drones", value=7,
                          value_low=7, value_high=7, qualifier="exact", object="drone", topic=ODD_TOPICS[5]))
    figures.append(Figure(id="calibre:1", article_id=untitled.id, start=drone_at, end=drone_at + 1,
                          sentence=untitled_text[:untitled_text.index(".") + 1], text="7", value=7, value_low=7,
                          value_high=7, qualifier="exact", kind="measure", topic="measure:mm/x"))
    return Dossier(articles=[article, untitled], actors=actors, actor_mentions=mentions, figures=figures,
                   claims=claims, places=places, place_mentions=place_mentions)


async def test_every_link_of_a_dossier_with_odd_names_answers(tmp_path, metadata):
    db_path = tmp_path / "dossier.db"
    write_dossier(odd_dossier(), db_path)
    ds = serve(db_path, metadata)
    broken, fetched = await walk(ds)
    assert not broken, broken
    story = (await ds.client.get("/-/story")).text
    for topic in ODD_TOPICS[:5]:  # every topic's chart is reached from the story, and answers
        assert f'href="{ds.urls.path("/-/compare/")}' in story
    compare_links = [unquote(href) for href in links_of(story) if href.startswith("/-/compare/")]
    assert len(set(compare_links)) >= len(ODD_TOPICS)
    assert fetched > 50


@pytest.mark.parametrize("path", ["/-/compare/nothing-here", "/-/article/nothing-here", "/-/article?place=nowhere"])
async def test_what_does_not_exist_is_a_404(seed_db, metadata, path):
    response = await serve(seed_db, metadata).client.get(path)
    assert response.status_code == 404


async def test_map_popups_link_to_the_articles(seed_db, tmp_path, metadata):
    """The cluster map's pop-ups (JSON in places.popup, read by its script) link to pages that answer, relative to
    the map's page; a place named in one article links to its mention there."""
    import json
    import sqlite3

    odd = tmp_path / "dossier.db"
    write_dossier(odd_dossier(), odd)
    for db_path in (seed_db, odd):
        ds = serve(db_path, metadata)
        with sqlite3.connect(db_path) as conn:
            popups = [json.loads(row[0]) for row in conn.execute("select popup from places")]
        assert popups
        for popup in popups:
            target = urljoin("/dossier/places", popup["link"])
            response = await ds.client.get(target)
            assert response.status_code == 200, (target, response.status_code)
            fragment = urldefrag(popup["link"])[1]
            if fragment:
                assert f'id="{unquote(fragment)}"' in response.text


async def test_a_map_popup_lists_the_latest_articles_and_links_to_them_all(tmp_path, metadata):
    """A place named in many articles: its pop-up lists the POPUP_ARTICLES latest (undated ones count as the
    oldest), by date, says how many more there are, and links to the page listing every article naming it."""
    import json

    from recoupe.store import POPUP_ARTICLES

    place = Place(id="place:port", name="Port-Neuf", kind="city", country_code="FR", latitude=45.0, longitude=4.0)
    articles, mentions = [], []
    for i in range(POPUP_ARTICLES + 5):
        text = f"Dépêche {i} : la crue a touché Port-Neuf, où {10 + i} maisons ont été inondées."
        published = None if i < 2 else f"2023-{1 + i // 28:02d}-{1 + i % 28:02d}"
        article = Article(id=f"a{i:02d}", title=f"Crue, épisode {i}", outlet="Le Quotidien", published=published,
                          text=text, raw_text=text, word_count=len(text.split()), sha256=stable_id(text, length=64),
                          source_file=f"a{i:02d}.txt")
        articles.append(article)
        at = text.index("Port-Neuf")
        mentions.append(PlaceMention(id=f"pm{i}", article_id=article.id, place_id=place.id, surface="Port-Neuf",
                                     start=at, end=at + 9, sentence=text))
    db_path = tmp_path / "dossier.db"
    write_dossier(Dossier(articles=articles, places=[place], place_mentions=mentions), db_path)
    ds = serve(db_path, metadata)
    rows = (await ds.client.get("/dossier/places.json?_shape=array")).json()
    [row] = rows
    assert row["article_count"] == POPUP_ARTICLES + 5
    popup = json.loads(row["popup"])
    description = popup["description"]
    listed = [f"épisode {i} " in description for i in range(POPUP_ARTICLES + 5)]
    assert listed == [False] * 5 + [True] * POPUP_ARTICLES  # the two undated and the three oldest left out
    assert description.index("épisode 5 ") < description.index("épisode 24 ")  # by date
    assert description.endswith("… and 5 more")
    page = await ds.client.get(urljoin("/dossier/places", popup["link"]))
    assert page.status_code == 200
    assert all(f"Crue, épisode {i}<" in page.text for i in range(POPUP_ARTICLES + 5))
