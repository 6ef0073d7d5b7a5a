"""plugins/cache.py through Datasette's test client: the pages of an immutable dossier are rendered once and sent
again from memory, never for a request that carries a cookie, an ad-hoc SQL query, a stream, or a mutable database;
and the hidden columns of a list are not rendered (plugins/highlight.py)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from datasette.app import Datasette

from recoupe.models import Article, Dossier, Figure, stable_id
from recoupe.store import write_dossier

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
TEXT = "Le ministère compte 1 500 soldats à Brest. Le port a vu 12 navires."


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    art = Article(id=stable_id(TEXT, length=12), text=TEXT, raw_text=TEXT, word_count=len(TEXT.split()),
                  sha256=stable_id(TEXT, length=64), source_file="a.txt", title="Un titre")
    start = TEXT.index("1 500")
    fig = Figure(id="f1", article_id=art.id, start=start, end=start + 5, sentence=TEXT.split(". ")[0] + ".",
                 text="1 500", value=1500, value_low=1500, value_high=1500, qualifier="exact", object="soldat",
                 object_text="troupes fraîches", topic="soldat")
    path = tmp_path_factory.mktemp("cache") / "dossier.db"
    write_dossier(Dossier(articles=[art], figures=[fig]), path)
    return path


def serve(db_path, metadata, mutable=False, **settings):
    where = {"files": [str(db_path)]} if mutable else {"immutables": [str(db_path)]}
    return Datasette(**where, metadata=metadata, plugins_dir=str(PLUGINS), template_dir=str(ROOT / "templates"),
                     static_mounts=[("assets", str(ROOT / "static"))], settings=settings or None)


def same(a, b) -> bool:
    """Two answers alike but for the time the queries took (the kept copy says the time of its render)."""
    timing = re.compile(rb'Queries took [0-9.]+ms|"query_ms": [0-9.e-]+')
    return timing.sub(b"", a.content) == timing.sub(b"", b.content)


def counts(ds):
    cache = ds._recoupe_cache
    return cache.hits, cache.misses, len(cache.entries)


@pytest.mark.parametrize("path", ["/dossier/figures", "/dossier/figures.json", "/dossier/figures/f1",
                                  "/dossier/figures_for_topic?topic=soldat", "/-/compare/soldat", "/", "/dossier"])
async def test_a_page_is_rendered_once_and_sent_again_as_it_was(db_path, metadata, path):
    ds = serve(db_path, metadata)
    first = await ds.client.get(path)
    assert first.status_code == 200
    second = await ds.client.get(path)
    assert second.status_code == 200 and second.content == first.content
    assert counts(ds)[0] == 1  # the second one came from the cache
    assert second.headers["etag"] and second.headers["content-type"] == first.headers["content-type"]
    assert second.headers.get("cache-control") == first.headers.get("cache-control")  # Datasette's own TTL
    fresh = await ds.client.get(path, headers={"cache-control": "no-cache"})  # a hard reload renders again
    assert same(fresh, first) and counts(ds)[0] == 1


async def test_a_known_etag_gets_a_304(db_path, metadata):
    ds = serve(db_path, metadata)
    await ds.client.get("/dossier/figures")
    etag = (await ds.client.get("/dossier/figures")).headers["etag"]
    again = await ds.client.get("/dossier/figures", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    other = await ds.client.get("/dossier/figures", headers={"if-none-match": '"not-it"'})
    assert other.status_code == 200 and other.content


async def test_what_is_never_kept(db_path, metadata):
    ds = serve(db_path, metadata)
    sql = "/dossier.json?sql=select+random()&_shape=array"
    assert (await ds.client.get(sql)).json() != (await ds.client.get(sql)).json()  # ad-hoc SQL: run each time
    for path in ["/dossier/figures.csv?_stream=on&_size=max", "/-/versions.json", "/dossier/nothing-here"]:
        await ds.client.get(path)
        await ds.client.get(path)
    await ds.client.get("/dossier/articles", cookies={"ds_actor": "x"})
    with_cookie = await ds.client.get("/dossier/articles", cookies={"ds_actor": "x"})
    assert "private" in with_cookie.headers["cache-control"]
    hits, _, kept = counts(ds)
    assert hits == 0 and kept == 0


async def test_a_mutable_database_is_never_cached(db_path, metadata):
    ds = serve(db_path, metadata, mutable=True)
    await ds.client.get("/dossier/figures")
    await ds.client.get("/dossier/figures")
    assert counts(ds) == (0, 0, 0)


def test_the_cache_keeps_the_most_recent_within_its_size():
    spec = importlib.util.spec_from_file_location("recoupe_cache", PLUGINS / "cache.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cache = module.ResponseCache(limit=10_000)
    for i in range(10):
        cache.put(i, 200, [(b"content-type", b"text/html")], b"x" * 2_000)
        cache.get(0)  # 0 is read each time: kept
    assert cache.size <= 10_000 and 0 in cache.entries and 9 in cache.entries and 1 not in cache.entries
    cache.put("big", 200, [], b"x" * 20_000)  # larger than the whole cache: not kept
    assert "big" not in cache.entries


async def test_cache_mb_zero_turns_it_off(db_path, metadata):
    off = {**metadata, "plugins": {**metadata.get("plugins", {}), "recoupe": {"cache_mb": 0}}}
    ds = serve(db_path, off)
    await ds.client.get("/dossier/figures")
    await ds.client.get("/dossier/figures")
    assert counts(ds) == (0, 0, 0)


async def test_hidden_columns_are_left_out_of_a_list_not_of_a_row(db_path, metadata):
    ds = serve(db_path, metadata)
    listed = (await ds.client.get("/dossier/figures")).text
    row = (await ds.client.get("/dossier/figures/f1")).text
    assert "troupes" not in listed.split("<tbody>")[1]  # object_text is hidden on the list
    assert 'class="col-object_text type-str">troupes fraîches</td>' in row
