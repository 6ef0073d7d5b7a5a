"""The article page, /-/article/<id>: an article's clean text with its figures, places, actors and claims marked.

Each mark sits where the row's offsets say (`text[start:end]`), carries an id (`figure-<id>`, `place-<id>`,
`actor-<id>`, `claim-<id>`) that the tables link to, and links back to its row. The page gives the article's
title, outlet, author, date, word count, source file and a link to the original when its URL is known.
/-/article lists the articles. Self-contained (plugins in --plugins-dir cannot import each other); everything
from the database is escaped by Jinja's autoescape or markupsafe.
"""

from dataclasses import dataclass
from pathlib import PurePath
from typing import Optional
from urllib.parse import urlparse

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

PREFERRED_DATABASE = "dossier"
# Outer pieces first when two start at the same offset; claims (whole sentences) hold the others.
RANK = {"claim": 0, "figure": 1, "actor": 2, "place": 3}

PAGE = """{% extends "base.html" %}
{% block title %}{{ heading }}{% endblock %}
{% block crumbs %}<p class="crumbs"><a href="{{ urls.instance() }}">home</a> /
<a href="{{ urls.database(database) }}">{{ database }}</a> /
<a href="{{ urls.table(database, 'articles') }}">articles</a>{% if article %} /
<a href="{{ urls.row(database, 'articles', article.id) }}">{{ article.id }}</a>{% endif %}</p>{% endblock %}
{% block content %}
{% if article %}
<h1>{{ heading }}</h1>
<dl class="recoupe-meta">
  <dt>Outlet</dt><dd>{{ article.outlet or "unknown" }}</dd>
  {% if article.author %}<dt>Author</dt><dd>{{ article.author }}</dd>{% endif %}
  <dt>Published</dt><dd>{{ article.published or "unknown" }}</dd>
  <dt>Original</dt><dd>{% if original_url %}<a href="{{ original_url }}" rel="noopener noreferrer nofollow">
    {{- original_url }}</a>{% else %}URL not known (add it to sources.yml beside the article){% endif %}</dd>
  <dt>Source file</dt><dd>{{ article.source_file }}</dd>
  <dt>Words</dt><dd>{{ article.word_count }}</dd>
  <dt>Data</dt><dd><a href="{{ urls.row(database, 'articles', article.id) }}">row</a> ·
    <a href="{{ urls.row(database, 'articles', article.id) }}.json">JSON</a> ·
    <a href="{{ urls.table(database, 'figures') }}?article_id={{ article.id|urlencode }}">figures</a> ·
    <a href="{{ urls.table(database, 'claims') }}?article_id={{ article.id|urlencode }}">claims</a> ·
    <a href="{{ urls.table(database, 'place_mentions') }}?article_id={{ article.id|urlencode }}">places</a> ·
    <a href="{{ urls.table(database, 'actor_mentions') }}?article_id={{ article.id|urlencode }}">actors</a></dd>
</dl>
<p class="legend">Marked in the text: <mark class="hl hl-figure">figure</mark> <mark class="hl hl-place">place</mark>
<mark class="hl hl-actor">person or organisation</mark> <span class="claim">attributed claim</span>.
Click a mark for its row.</p>
{% if dropped %}<p class="warning">{{ dropped }} piece(s) not marked: their offsets do not match the text or overlap
another piece.</p>{% endif %}
<div class="article-body" lang="{{ article.language or 'fr' }}">{{ body }}</div>
<div class="recoupe-lists">
{% for title, columns, rows in lists %}{% if rows %}
<section><h2>{{ title }} ({{ rows|length }})</h2>
<table class="rows-and-columns"><thead><tr>{% for c in columns %}<th>{{ c }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in rows %}<tr>{% for value in row %}<td>{{ value }}</td>{% endfor %}</tr>{% endfor %}</tbody></table>
</section>{% endif %}{% endfor %}
</div>
{% else %}
<h1>{{ heading }}</h1>
<p>Each article's clean text, with its figures, places, people and organisations marked.</p>
<table class="rows-and-columns"><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Words</th>
<th>Figures</th><th>Claims</th><th>Original</th></tr></thead><tbody>
{% for a in articles %}<tr><td><a href="{{ a.href }}">{{ a.title }}</a></td><td>{{ a.outlet or "" }}</td>
<td>{{ a.published or "" }}</td><td>{{ a.word_count }}</td><td>{{ a.figures }}</td><td>{{ a.claims }}</td>
<td>{% if a.url %}<a href="{{ a.url }}" rel="noopener noreferrer nofollow">original</a>{% endif %}</td></tr>{% endfor %}
</tbody></table>
{% endif %}
{% endblock %}
"""


@dataclass
class Piece:
    """A marked piece of the article text."""

    kind: str  # figure, place, actor or claim
    id: str
    start: int
    end: int
    href: Optional[str]  # the row it links to
    title: str  # tooltip


def find_database(datasette):
    """The dossier database: the one named `dossier`, else the first one attached."""
    names = [name for name in datasette.databases if name != "_internal"]
    if PREFERRED_DATABASE in names:
        return datasette.get_database(PREFERRED_DATABASE)
    return datasette.get_database(names[0]) if names else None


def safe_url(url) -> Optional[str]:
    """The URL when it is a web address (http or https); None otherwise (no javascript: or data: links)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if urlparse(url).scheme in ("http", "https") and urlparse(url).netloc else None


def anchor(piece: Piece) -> str:
    return f"{piece.kind}-{piece.id}"


def open_tag(piece: Piece, inside_link: bool) -> Markup:
    if piece.kind == "claim":
        return Markup('<span class="claim" id="{}" title="{}">').format(anchor(piece), piece.title)
    mark = Markup('<mark class="hl hl-{}" id="{}" title="{}">').format(piece.kind, anchor(piece), piece.title)
    if piece.href and not inside_link:  # no link inside a link: the inner piece keeps its mark only
        return Markup('<a class="hl-link" href="{}">').format(piece.href) + mark
    return mark


def close_tag(piece: Piece, inside_link: bool) -> Markup:
    if piece.kind == "claim":
        return Markup("</span>")
    return Markup("</mark></a>") if piece.href and not inside_link else Markup("</mark>")


def mark_up(text: str, pieces: list[Piece]) -> tuple[Markup, int]:
    """The text, escaped, with every piece marked; pieces that cross another are left out (and counted)."""
    out: list[Markup] = []
    position = 0
    open_pieces: list[tuple[Piece, bool]] = []  # (piece, opened inside a link)
    dropped = 0

    def close_until(offset):
        nonlocal position
        while open_pieces and open_pieces[-1][0].end <= offset:
            piece, inside_link = open_pieces.pop()
            out.append(escape(text[position:piece.end]))
            out.append(close_tag(piece, inside_link))
            position = piece.end

    for piece in sorted(pieces, key=lambda p: (p.start, -p.end, RANK[p.kind])):
        close_until(piece.start)
        if open_pieces and open_pieces[-1][0].end < piece.end:  # crosses an open piece: cannot nest
            dropped += 1
            continue
        inside_link = any(p.href and p.kind != "claim" for p, _ in open_pieces)
        out.append(escape(text[position:piece.start]))
        out.append(open_tag(piece, inside_link))
        position = piece.start
        open_pieces.append((piece, inside_link))
    close_until(len(text))
    out.append(escape(text[position:]))
    return Markup("").join(out), dropped


def valid(text: str, start, end, surface=None) -> bool:
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return False
    return surface is None or text[start:end] == surface


def format_value(value) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.3g}".replace(",", "\u202f")


async def rows(db, sql, params):
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def article_pieces(datasette, db, article):
    """Every piece to mark in the article, the lists shown under the text, and how many pieces were invalid."""
    text, article_id, name = article["text"], article["id"], db.name
    figures = await rows(
        db,
        "select id, text, start, [end], value, value_low, value_high, qualifier, topic, "
        "coalesce(source_text, '') as source from figures where article_id = ? order by start",
        [article_id],
    )
    places = await rows(
        db,
        "select m.id, m.surface, m.start, m.[end], m.place_id, p.name, p.kind from place_mentions m "
        "left join places p on p.id = m.place_id where m.article_id = ? order by m.start",
        [article_id],
    )
    actors = await rows(
        db,
        "select m.id, m.surface, m.start, m.[end], m.actor_id, coalesce(a.name, m.name) as name, m.kind "
        "from actor_mentions m left join actors a on a.id = m.actor_id where m.article_id = ? order by m.start",
        [article_id],
    )
    claims = await rows(
        db,
        "select c.id, c.start, c.[end], c.stance, c.verb, coalesce(a.name, c.speaker_text) as speaker, c.quote "
        "from claims c left join actors a on a.id = c.actor_id where c.article_id = ? order by c.start",
        [article_id],
    )

    def row_url(table, pk):
        return datasette.urls.row(name, table, tilde_encode(str(pk))) if pk else None

    # (kind, rows, column holding the surface, table and key each mark links to, the mark's tooltip)
    marked = [
        ("figure", figures, "text", "figures", "id",
         lambda f: f"{f['qualifier']}: {f['text']}" + (f" (topic {f['topic']})" if f["topic"] else "")),
        ("place", places, "surface", "places", "place_id", lambda p: f"{p['name'] or p['surface']} ({p['kind'] or 'place'})"),
        ("actor", actors, "surface", "actors", "actor_id", lambda a: f"{a['name'] or a['surface']} ({a['kind'] or 'actor'})"),
        ("claim", claims, None, "claims", "id",
         lambda c: f"{c['speaker'] or 'unattributed'}: {c['stance']}" + (f" ({c['verb']})" if c["verb"] else "")),
    ]
    pieces, invalid = [], 0
    for kind, found, surface, table, key, describe in marked:
        for r in found:
            if valid(text, r["start"], r["end"], r[surface] if surface else None):
                pieces.append(Piece(kind, r["id"], r["start"], r["end"], row_url(table, r[key]), describe(r)))
            else:
                invalid += 1

    def jump(kind, piece_id, label):
        return Markup('<a href="#{}-{}">{}</a>').format(kind, piece_id, label)

    def compare(topic):
        if not topic:
            return ""
        return Markup('<a href="{}">{}</a>').format(
            datasette.urls.path(f"/-/compare/{tilde_encode(topic)}"), topic
        )

    lists = [
        ("Figures", ["figure", "value", "qualifier", "topic", "source"],
         [[jump("figure", f["id"], f["text"]), format_value(f["value"]), f["qualifier"], compare(f["topic"]),
           f["source"]] for f in figures]),
        ("Claims", ["speaker", "stance", "verb", "quote"],
         [[jump("claim", c["id"], c["speaker"] or "unattributed"), c["stance"], c["verb"] or "", c["quote"] or ""]
          for c in claims]),
        ("Places", ["place", "kind", "mentions (as written)"],
         grouped(places, "place", "place_id", "places", jump, row_url)),
        ("People and organisations", ["actor", "kind", "mentions (as written)"],
         grouped(actors, "actor", "actor_id", "actors", jump, row_url)),
    ]
    return pieces, lists, invalid


def grouped(mentions, kind, key, table, jump, row_url):
    """One line per place or actor: its row, its kind, and a link to each mention in the text."""
    lines = {}
    for m in mentions:
        target = m[key] or f"unresolved:{m['surface']}"
        if target not in lines:
            name = m["name"] or m["surface"]
            link = Markup('<a href="{}">{}</a>').format(row_url(table, m[key]), name) if m[key] else name
            lines[target] = [link, m["kind"] or "", []]  # m["kind"]: the place's or the actor's kind
        lines[target][2].append(jump(kind, m["id"], m["surface"]))
    return [[link, row_kind, Markup(", ").join(jumps)] for link, row_kind, jumps in lines.values()]


async def render_page(datasette, request, **context):
    template = datasette.jinja_env.from_string(PAGE)
    context.setdefault("article", None)
    html = await datasette.render_template(
        template, {"metadata": datasette.metadata(), **context}, request=request
    )
    return Response.html(html)


async def article_view(datasette, request):
    db = find_database(datasette)
    article_id = tilde_decode(request.url_vars["article_id"])
    found = await db.execute("select * from articles where id = ?", [article_id]) if db else None
    if not found or not found.first():
        raise NotFound(f"No article {article_id}")
    article = dict(found.first())
    pieces, lists, invalid = await article_pieces(datasette, db, article)
    body, crossing = mark_up(article["text"], pieces)
    return await render_page(
        datasette,
        request,
        database=db.name,
        article=article,
        heading=article["title"] or f"Untitled article ({PurePath(article['source_file']).name})",
        original_url=safe_url(article["url"]),
        body=body,
        lists=lists,
        dropped=invalid + crossing,
    )


async def article_index(datasette, request):
    db = find_database(datasette)
    if db is None:
        raise NotFound("No database")
    found = await rows(
        db,
        "select ar.id, coalesce(ar.title, ar.source_file) as title, ar.outlet, ar.published, ar.url, ar.word_count, "
        "(select count(*) from figures f where f.article_id = ar.id) as figures, "
        "(select count(*) from claims c where c.article_id = ar.id) as claims "
        "from articles ar order by ar.published is null, ar.published, ar.id",
        [],
    )
    for a in found:
        a["href"] = datasette.urls.path(f"/-/article/{tilde_encode(a['id'])}")
        a["url"] = safe_url(a["url"])
    return await render_page(datasette, request, database=db.name, articles=found, heading="Articles")


@hookimpl
def register_routes(datasette):
    return [
        (r"^/-/article/?$", article_index),
        (r"^/-/article/(?P<article_id>[^/]+)$", article_view),
    ]
