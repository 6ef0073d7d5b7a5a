"""Evidence in context, in Datasette's own tables.

- Every `sentence` cell marks the figure, place or actor its row belongs to, placed by the row's character
  offsets (so the right one of two identical numbers is marked), the mark linking to that spot in the article.
- Figure, place and actor cells link to their spot on the article page (/-/article/<id>#figure-<id>).
- Article titles link to the article page; topics link to the comparison page (/-/compare/<topic>).
- The plugins' stylesheet, served at /-/recoupe.css, and menu links to the plugins' pages.

Plugins in --plugins-dir are loaded one file at a time and cannot import each other: each file is self-contained.
Everything from the database is escaped (markupsafe) before it reaches the page.
"""

from __future__ import annotations

from urllib.parse import quote

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

# Tables whose rows are one highlighted piece of an article: kind of piece, column with its text as written.
PIECE_TABLES = {
    "figures": ("figure", "text"),
    "place_mentions": ("place", "surface"),
    "actor_mentions": ("actor", "surface"),
}
# Tables and views (None: canned queries) whose `topic` column links to the topic's comparison page.
TOPIC_TABLES = {"figures", "figure_comparison", "topic_spread", "disagreements", None}


def cell(row, column):
    """A row's value for `column` (None when absent), unwrapping Datasette's expanded foreign keys."""
    try:
        keys = row.keys()
    except AttributeError:
        return None
    if column not in keys:
        return None
    value = row[column]
    if isinstance(value, dict):  # {"value": ..., "label": ...} for an expanded foreign key
        value = value.get("value")
    return value


def article_url(datasette, article_id, kind=None, piece_id=None):
    """The article page, or one piece of it (#figure-<id>, #place-<id>, #actor-<id>, #claim-<id>)."""
    path = datasette.urls.path(f"/-/article/{tilde_encode(str(article_id))}")
    if kind and piece_id:
        path += f"#{kind}-{quote(str(piece_id), safe='')}"
    return path


def compare_url(datasette, topic):
    return datasette.urls.path(f"/-/compare/{tilde_encode(str(topic))}")


def mark(piece: str, kind: str, href=None) -> Markup:
    inner = Markup('<mark class="hl hl-{}">{}</mark>').format(kind, piece)
    if href:
        return Markup('<a class="hl-link" href="{}">{}</a>').format(href, inner)
    return inner


def sentence_with_mark(sentence: str, local_start: int, local_end: int, kind: str, href=None) -> Markup:
    return (
        escape(sentence[:local_start])
        + mark(sentence[local_start:local_end], kind, href)
        + escape(sentence[local_end:])
    )


def locate_in_sentence(window, window_start, sentence, start, end):
    """(start, end) of the piece inside `sentence`, from the piece's offsets in the article, given the part of the
    article text around them (`window`, starting at offset `window_start`); None when they do not fit."""
    at = window.find(sentence)
    while at != -1:
        if window_start + at <= start and end <= window_start + at + len(sentence):
            return start - window_start - at, end - window_start - at
        at = window.find(sentence, at + 1)
    return None


def locate_by_text(sentence, piece):
    """(start, end) of `piece` in `sentence` when it occurs exactly once; None otherwise."""
    if not piece:
        return None
    at = sentence.find(piece)
    if at == -1 or sentence.find(piece, at + 1) != -1:
        return None
    return at, at + len(piece)


async def text_around(db, article_id, start, end, reach):
    """The article text from `reach` characters before `start` to `reach` after `end`, and where it begins."""
    window_start = max(0, start - reach)
    rows = await db.execute(
        "select substr(text, ?, ?) from articles where id = ?",
        [window_start + 1, end + reach - window_start, article_id],
    )
    return (rows.first()[0], window_start) if rows.first() else (None, window_start)


async def figure_position(db, figure_id):
    rows = await db.execute("select article_id, start, [end], text from figures where id = ?", [figure_id])
    return rows.first()


def piece_of_row(table, row):
    """(kind, piece id, text as written, article id, start, end) of the piece a row's sentence should mark."""
    if table in PIECE_TABLES:
        kind, text_column = PIECE_TABLES[table]
        return (kind, cell(row, "id"), cell(row, text_column), cell(row, "article_id"),
                cell(row, "start"), cell(row, "end"))
    article_id, start, end = cell(row, "article_id"), cell(row, "start"), cell(row, "end")
    if cell(row, "figure_id") is not None:  # figure_comparison and the canned queries built on it
        return "figure", cell(row, "figure_id"), cell(row, "figure_text"), article_id, None, None
    if cell(row, "surface") is not None:  # canned queries over mentions
        kind = "place" if cell(row, "place") is not None else "actor"
        return kind, None, cell(row, "surface"), article_id, start, end
    if cell(row, "what") == "figure":  # source_figures: a figure, with its offsets
        return "figure", None, cell(row, "what_was_said"), article_id, start, end
    return None


async def render_sentence(datasette, database, table, row, sentence):
    piece = piece_of_row(table, row)
    if piece is None:
        return None
    kind, piece_id, text, article_id, start, end = piece
    db = datasette.get_database(database)
    if kind == "figure" and piece_id is not None and (start is None or article_id is None):
        found = await figure_position(db, piece_id)
        if found:
            article_id, start, end, text = found
    span = None
    if article_id is not None and isinstance(start, int) and isinstance(end, int):
        window, window_start = await text_around(db, article_id, start, end, len(sentence))
        span = locate_in_sentence(window, window_start, sentence, start, end) if window else None
    span = span or locate_by_text(sentence, text)
    if span is None:
        return None
    href = article_url(datasette, article_id, kind, piece_id) if article_id else None
    return sentence_with_mark(sentence, *span, kind, href)


def render_claim_text(datasette, row, value):
    """A claim's sentence with its speaker marked, linked to the claim on the article page."""
    href = article_url(datasette, cell(row, "article_id"), "claim", cell(row, "id"))
    speaker = cell(row, "speaker_text")
    span = locate_by_text(value, speaker) if speaker else None
    body = sentence_with_mark(value, *span, "actor") if span else escape(value)
    return body + Markup(' <a class="in-context" href="{}" title="this claim in the article">in context</a>').format(
        href
    )


def render_article_link(datasette, database, value):
    """An article foreign key: its title (or "untitled") to the article page, its id to its row."""
    article_id, title = value.get("value"), value.get("label")
    if not article_id:
        return None
    if not title or title == article_id:
        title = "untitled article"
    return Markup('<a href="{}" title="read the article with its highlights">{}</a> <a class="article-row" '
                  'href="{}"><small>{}</small></a>').format(
        article_url(datasette, article_id),
        title,
        datasette.urls.row(database, "articles", tilde_encode(str(article_id))),
        article_id,
    )


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column == "article_id" and isinstance(value, dict):  # expanded foreign key: {"value": id, "label": title}
        return render_article_link(datasette, database, value)
    if not isinstance(value, (str, int, float)) or value == "":
        return None
    if column == "sentence" and isinstance(value, str):
        return render_sentence(datasette, database, table, row, value)
    if table in PIECE_TABLES and column == PIECE_TABLES[table][1] and cell(row, "article_id"):
        kind = PIECE_TABLES[table][0]
        href = article_url(datasette, cell(row, "article_id"), kind, cell(row, "id"))
        return Markup('<a class="hl-link" href="{}" title="in the article">{}</a>').format(href, mark(value, kind))
    if column == "figure_text" and cell(row, "figure_id") and cell(row, "article_id"):
        href = article_url(datasette, cell(row, "article_id"), "figure", cell(row, "figure_id"))
        return Markup('<a class="hl-link" href="{}" title="in the article">{}</a>').format(
            href, mark(value, "figure")
        )
    if table == "claims" and column == "text" and cell(row, "article_id"):
        return render_claim_text(datasette, row, value)
    if column == "article_id" and isinstance(value, str) and table != "articles":  # views and canned queries
        return Markup('<a href="{}" title="read the article with its highlights">{}</a>').format(
            article_url(datasette, value), value
        )
    if column == "claim_id" and isinstance(value, str) and cell(row, "article_id") and table != "figures":
        href = article_url(datasette, cell(row, "article_id"), "claim", value)
        return Markup('<a href="{}" title="this claim in the article">{}</a>').format(href, value)
    if column == "figure_id" and isinstance(value, str):
        href = datasette.urls.row(database, "figures", tilde_encode(value))
        return Markup('<a href="{}">{}</a>').format(href, value)
    if table == "articles" and column == "title" and cell(row, "id"):
        href = article_url(datasette, cell(row, "id"))
        return Markup('<a href="{}" title="read the article with its highlights">{}</a>').format(href, value)
    if column == "topic" and table in TOPIC_TABLES and isinstance(value, str):
        return Markup('<a href="{}" title="compare the sources\u2019 figures">{}</a>').format(
            compare_url(datasette, value), value
        )
    if column == "consistent" and table in ("topic_spread", "disagreements") and value in (0, 1):
        label = "yes: every figure can be true at once" if value else "no: the figures cannot all be true at once"
        return Markup('<span class="verdict verdict-{}">{} {}</span>').format(
            "agree" if value else "disagree", value, label
        )
    return None


STYLESHEET = """
mark.hl { padding: 0 .15em; border-radius: .2em; color: inherit; }
mark.hl-figure { background: #ffe08a; }
mark.hl-place { background: #bfe3ff; }
mark.hl-actor { background: #d9f2c4; }
a.hl-link { text-decoration: none; color: inherit; }
a.hl-link:hover mark, a.hl-link:focus mark { outline: 2px solid #1f5fa8; }
a.in-context { font-size: .8em; white-space: nowrap; }
.verdict-agree { color: #1b6e2e; }
.verdict-disagree { color: #b3261e; font-weight: bold; }
.recoupe-meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .5em 0 1em; }
.recoupe-meta dt { font-weight: bold; }
.recoupe-meta dd { margin: 0; }
.article-body { white-space: pre-wrap; line-height: 1.6; max-width: 48em; font-size: 1.05em;
  font-family: Georgia, "Times New Roman", serif; background: #fffdf7; padding: 1em 1.5em; border: 1px solid #eee; }
.article-body .claim { border-bottom: 1px dashed #8a8a8a; }
.article-body :target, .article-body :target mark { outline: 3px solid #d1495b; outline-offset: 1px; }
.article-body a.hl-link mark { cursor: pointer; }
.legend { margin: .5em 0; font-size: .9em; }
.legend mark, .legend span { margin-right: .2em; }
.legend .claim { border-bottom: 1px dashed #8a8a8a; }
.warning { color: #8a4b00; }
.recoupe-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(22em, 1fr)); gap: 1em 2em; }
.recoupe-lists table { font-size: .9em; }
.compare-chart { max-width: 100%; height: auto; border: 1px solid #e5e5e5; background: #fff; }
.compare-chart text { font-family: Helvetica, Arial, sans-serif; }
.compare-verdict { font-size: 1.15em; padding: .5em .8em; border-left: 5px solid; margin: .8em 0; max-width: 48em; }
.compare-verdict.verdict-agree { border-color: #2e8b57; background: #eef8f1; }
.compare-verdict.verdict-disagree { border-color: #b3261e; background: #fdf0ef; }
dl.column-descriptions { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: .15em .8em;
  align-items: baseline; font-size: .85em; max-width: 80em; }
dl.column-descriptions dt { font-weight: bold; margin: 0; padding: 0; }
dl.column-descriptions dd { margin: 0; padding: 0; color: #444; }


@media (max-width: 800px) { dl.column-descriptions { grid-template-columns: max-content 1fr; } }
.compare-key { font-size: .9em; color: #444; max-width: 60em; }
"""


@hookimpl
def register_routes(datasette):
    async def stylesheet():
        return Response(STYLESHEET, content_type="text/css; charset=utf-8",
                        headers={"cache-control": "max-age=3600"})

    return [(r"^/-/recoupe\.css$", stylesheet)]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/recoupe.css")]


@hookimpl
def menu_links(datasette, actor, request):
    return [
        {"href": datasette.urls.path("/-/compare"), "label": "Compare the sources' figures"},
        {"href": datasette.urls.path("/-/article"), "label": "Read the articles, highlighted"},
    ]


@hookimpl
def table_actions(datasette, actor, database, table, request):
    if table in ("figures", "figure_comparison", "topic_spread", "disagreements"):
        return [{"href": datasette.urls.path("/-/compare"), "label": "Compare figures, topic by topic"}]
    if table in ("articles", "place_mentions", "actor_mentions", "claims"):
        return [{"href": datasette.urls.path("/-/article"), "label": "Read the articles with highlights"}]
    return None
