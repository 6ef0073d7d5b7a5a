"""The article page, /-/article/<id>: an article's clean text with its figures, places, actors and claims marked.

Each mark sits where the row's offsets say (`text[start:end]`), carries an id (`figure-<id>`, `place-<id>`,
`actor-<id>`, `claim-<id>`) that the tables link to, and links back to its row. The page gives the article's
title, outlet, author, date, word count, source file and a link to the original when its URL is known.
/-/article lists the articles (`?place=<id>`: those naming one place). The page is templates/article.html;
everything from the database is escaped by Jinja's autoescape or markupsafe.
"""

import sys
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Optional

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound
from markupsafe import Markup, escape


SHARED = str(Path(__file__).with_name("shared"))  # modules the plugins share (Datasette loads only plugins/*.py)
if SHARED not in sys.path:
    sys.path.append(SHARED)
import recoupe_common as common  # noqa: E402

# Outer pieces first when two start at the same offset; claims (whole sentences) hold the others.
RANK = {"claim": 0, "figure": 1, "actor": 2, "place": 3}



@dataclass
class Piece:
    """A marked piece of the article text."""

    kind: str  # figure, place, actor or claim
    id: str
    start: int
    end: int
    href: Optional[str]  # the row it links to
    title: str  # tooltip






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






async def article_pieces(datasette, db, article):
    """Every piece to mark in the article, the lists shown under the text, and how many pieces were invalid."""
    text, article_id, name = article["text"], article["id"], db.name
    figures = await common.fetch(
        db,
        "select f.id, f.text, f.start, f.[end], f.value, f.value_low, f.value_high, f.qualifier, f.topic, "
        "t.label as topic_label, coalesce(f.source_text, '') as source "
        "from figures f left join topics t on t.id = f.topic where f.article_id = ? order by f.start",
        [article_id],
    )
    places = await common.fetch(
        db,
        "select m.id, m.surface, m.start, m.[end], m.place_id, p.name, p.kind from place_mentions m "
        "left join places p on p.id = m.place_id where m.article_id = ? order by m.start",
        [article_id],
    )
    actors = await common.fetch(
        db,
        "select m.id, m.surface, m.start, m.[end], m.actor_id, coalesce(a.name, m.name) as name, m.kind "
        "from actor_mentions m left join actors a on a.id = m.actor_id where m.article_id = ? order by m.start",
        [article_id],
    )
    claims = await common.fetch(
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
         lambda f: f"{f['qualifier']}: {f['text']}" + (f" ({f['topic_label'] or f['topic']})" if f["topic"] else "")),
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

    def compare(topic, label):
        """The quantity by its readable label ("morts au Bangladesh", not "mort@Bangladesh"), to its chart."""
        if not topic:
            return ""
        return Markup('<a href="{}" title="{}">{}</a>').format(common.compare_url(datasette, topic), topic,
                                                              label or topic)

    lists = [
        ("Figures", ["figure", "value", "qualifier", "quantity", "source"],
         [[jump("figure", f["id"], f["text"]), common.format_number(f["value"]), f["qualifier"],
           compare(f["topic"], f["topic_label"]), f["source"]] for f in figures]),
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


async def article_view(datasette, request):
    db = common.find_database(datasette)
    article_id = tilde_decode(request.url_vars["article_id"])
    found = await db.execute("select * from articles where id = ?", [article_id]) if db else None
    if not found or not found.first():
        raise NotFound(f"No article {article_id}")
    article = dict(found.first())
    pieces, lists, invalid = await article_pieces(datasette, db, article)
    body, crossing = mark_up(article["text"], pieces)
    return await common.render_page(
        datasette,
        request,
        "article.html",
        database=db.name,
        article=article,
        heading=article.get("label") or article["title"] or "Untitled article",
        source_file_name=PurePath(article["source_file"]).name,
        original_url=common.safe_url(article["url"]),
        body=body,
        lists=lists,
        dropped=invalid + crossing,
    )


async def article_index(datasette, request):
    db = common.find_database(datasette)
    if db is None:
        raise NotFound("No database")
    place_id = request.args.get("place")
    place = None
    where, params = "", []
    if place_id:
        named = await common.fetch(db, "select id, name from places where id = ?", [place_id])
        if not named:
            raise NotFound(f"No place {place_id}")
        place = {**named[0], "href": datasette.urls.row(db.name, "places", tilde_encode(place_id))}
        where, params = "where ar.id in (select article_id from place_mentions where place_id = ?) ", [place_id]
    found = await common.fetch(
        db,
        "select ar.id, ar.label as title, ar.outlet, ar.published, ar.url, ar.word_count, "
        "ar.figure_count as figures, ar.claim_count as claims "
        f"from articles ar {where}order by ar.published is null, ar.published, ar.id",
        params,
    )
    first_mention = {}
    if place_id:
        for m in await common.fetch(db, "select article_id, min(id) as id from place_mentions where place_id = ? "
                                        "group by article_id", [place_id]):
            first_mention[m["article_id"]] = m["id"]
    for a in found:
        a["href"] = common.article_url(datasette, a["id"], "place" if a["id"] in first_mention else None,
                                       first_mention.get(a["id"]))
        a["url"] = common.safe_url(a["url"])
    heading = f"Articles naming {place['name']}" if place else "Articles"
    return await common.render_page(datasette, request, "article.html", database=db.name, articles=found,
                                    heading=heading, place=place, article=None)


@hookimpl
def register_routes(datasette):
    return [
        (r"^/-/article/?$", article_index),
        (r"^/-/article/(?P<article_id>[^/]+)$", article_view),
    ]
