"""Datasette's own pages, read like a dossier.

- Cells, through one lookup table (`CELLS`): a `sentence` marks the figure, place or actor its row is about, placed
  by the row's offsets (`start - sentence_start`; no query), linking to that spot in the article; figures, places
  and actors as written link to their spot; articles are named by title (or outlet, date and first words) and
  link to their page; actors by name; topics, by their label, link to their chart; values print as integers with thousands
  separators; JSON lists print as lists.
- Tables: which columns the list shows, in which order and under which heading, from each table's
  `plugins: recoupe:` block in metadata.yml (`columns`, `hide`, `labels`); templates/_table.html applies it. The
  row page shows every column.
- The home and database pages list the tables in the dossier's order (`plugins: recoupe: tables:` at the
  database), and link to the story first.
- The stylesheet (static/recoupe.css, served with `--static assets:static`) and menu links to the plugins' pages.
"""

from __future__ import annotations

import contextvars
import sys
from pathlib import Path

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape


SHARED = str(Path(__file__).with_name("shared"))  # modules the plugins share (Datasette loads only plugins/*.py)
if SHARED not in sys.path:
    sys.path.append(SHARED)
import recoupe_common as common  # noqa: E402


# What a table's row is a piece of (its `sentence` marks it), and the column holding the piece as written.
PIECE_OF_TABLE = {
    "figures": ("figure", "text"),
    "figure_comparison": ("figure", "figure_text"),
    "place_mentions": ("place", "surface"),
    "actor_mentions": ("actor", "surface"),
}
# Columns that hold an amount: printed as integers with thousands separators.
AMOUNTS = {"value", "value_low", "value_high", "min", "max", "conservative", "population"}
NOUNS = {"figure_id": "figure", "claim_id": "claim", "place_id": "place", "actor_id": "actor",
         "source_actor_id": "source", "original_source_id": "original source"}
ROW_LINKS = {"figure_id": "figures", "claim_id": "claims", "place_id": "places", "actor_id": "actors",
             "source_actor_id": "actors", "original_source_id": "actors"}


class Cell:
    """One cell being rendered: its value, its row, and where it is."""

    def __init__(self, datasette, database, table, row, column, value):
        self.datasette, self.database, self.table, self.row = datasette, database, table, row
        self.column, self.value = column, value

    def get(self, column):
        """The row's value for `column` (None when absent), unwrapping an expanded foreign key."""
        try:
            value = self.row[column] if column in self.row.keys() else None
        except (AttributeError, IndexError, KeyError):
            return None
        return value.get("value") if isinstance(value, dict) else value

    def piece_kind(self):
        """figure, place or actor: what this row's sentence is about."""
        if self.table in PIECE_OF_TABLE:
            return PIECE_OF_TABLE[self.table][0]
        if self.get("figure_id") is not None or self.get("what") == "figure":
            return "figure"
        if self.get("surface") is not None:
            return "place" if self.get("place") is not None else "actor"
        return None

    def piece_id(self):
        return self.get("id") if self.table in ("figures", "place_mentions", "actor_mentions") else self.get("figure_id")

    def piece_text(self):
        if self.table in PIECE_OF_TABLE:
            return self.get(PIECE_OF_TABLE[self.table][1])
        return self.get("figure_text") or self.get("surface") or self.get("what_was_said")


def link(href, text, title=None) -> Markup:
    # Concatenation of escaped parts: Markup.format costs ten times as much, and a table page has thousands of cells.
    if title:
        return Markup(f'<a href="{escape(href)}" title="{escape(title)}">{escape(text)}</a>')
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')


def sentence(cell: Cell):
    kind = cell.piece_kind()
    if kind is None or not isinstance(cell.value, str):
        return None
    article_id = cell.get("article_id")
    href = common.article_url(cell.datasette, article_id, kind, cell.piece_id()) if article_id else None
    span = common.span_in_sentence(cell.value, cell.get("start"), cell.get("end"), cell.get("sentence_start"),
                                   cell.piece_text())
    return common.sentence_with_mark(cell.value, *span, kind, href) if span else None


def piece_as_written(cell: Cell):
    """A figure, place or actor as written: marked, linking to its spot in the article."""
    kind = cell.piece_kind()
    article_id = cell.get("article_id")
    if not article_id or not isinstance(cell.value, str):
        return None
    href = common.article_url(cell.datasette, article_id, kind, cell.piece_id())
    return Markup(f'<a class="hl-link" href="{escape(href)}" title="in the article">{common.mark(cell.value, kind)}</a>')


def claim_sentence(cell: Cell):
    """A claim's sentence with its speaker marked, and a link to the claim in the article."""
    if not isinstance(cell.value, str) or not cell.get("article_id"):
        return None
    speaker = cell.get("speaker_text")
    span = common.span_in_sentence(cell.value, None, None, None, speaker)
    body = common.sentence_with_mark(cell.value, *span, "actor") if span else escape(cell.value)
    href = common.article_url(cell.datasette, cell.get("article_id"), "claim", cell.get("id"))
    return body + Markup(f' <a class="in-context" href="{escape(href)}" title="this claim in the article">in context</a>')


def article_reference(cell: Cell):
    """An article: its label (title, or outlet, date and first words) to its page, highlighted."""
    value = cell.value
    if isinstance(value, dict):  # an expanded foreign key: {"value": id, "label": label}
        article_id, label = value.get("value"), value.get("label")
    else:
        article_id, label = value, None
    if not article_id:
        return None
    # A view or a query gives the bare id: named by its label in another column, the link reads "article".
    return link(common.article_url(cell.datasette, article_id), label or "article",
                f"read the article {article_id} with its highlights")


def article_title(cell: Cell):
    """An article's title or label (on the articles table, a view or a query), linking to the article page."""
    article_id = cell.get("id") if cell.table == "articles" else cell.get("article_id")
    if not article_id or not isinstance(cell.value, str):
        return None
    return link(common.article_url(cell.datasette, article_id), cell.value, "read the article with its highlights")


def row_reference(cell: Cell):
    """A key to another row: its label (an actor's name) when Datasette expanded it, linking to the row."""
    table = ROW_LINKS[cell.column]
    value = cell.value
    key, label = (value.get("value"), value.get("label")) if isinstance(value, dict) else (value, None)
    if not isinstance(key, str) or not key:
        return None
    if cell.column == "claim_id" and cell.get("article_id") and cell.table != "claims":
        return link(common.article_url(cell.datasette, cell.get("article_id"), "claim", key), label or "claim",
                    "this claim in the article")
    # Without a label (views, queries), the key reads as what it points to, not as a hash.
    return link(cell.datasette.urls.row(cell.database, table, common.tilde(key)), label or NOUNS[cell.column], key)


TOPIC_LABELS = "_recoupe_topic_labels"  # database -> {topic key: label}, read once for an immutable dossier


async def topic_labels(datasette, database) -> dict:
    db = datasette.get_database(database)
    try:
        labels = dict((await db.execute("select id, label from topics")).rows)
    except Exception:  # not a dossier, or one built before topics had labels: the keys stay
        labels = {}
    if not db.is_mutable:
        datasette.__dict__.setdefault(TOPIC_LABELS, {})[database] = labels
    return labels


def topic_link(cell: Cell, labels: dict) -> Markup:
    """A topic by its readable label ("morts au Bangladesh", its key "mort@Bangladesh" in the tooltip), to its chart."""
    label = labels.get(cell.value)
    href = common.compare_url(cell.datasette, cell.value)
    if not isinstance(label, str) or not label or label == cell.value:
        return link(href, cell.value, "compare the sources\u2019 figures")
    return link(href, label, f"{cell.value}: compare the sources\u2019 figures")


def topic(cell: Cell):
    if not isinstance(cell.value, str):
        return None
    if cell.get("label") is not None:  # the row gives the label beside it (topic_spread, timeline): the key here
        return link(common.compare_url(cell.datasette, cell.value), cell.value, "compare the sources\u2019 figures")
    labels = cell.datasette.__dict__.get(TOPIC_LABELS, {}).get(cell.database)
    if labels is None:  # the first cell of a page: read the labels (Datasette awaits what a renderer returns)
        async def later():
            return topic_link(cell, await topic_labels(cell.datasette, cell.database))
        return later
    return topic_link(cell, labels)


def topic_label(cell: Cell):
    """A quantity's readable label, linking to its chart."""
    key = cell.get("topic")
    if not isinstance(key, str) or not isinstance(cell.value, str):
        return None
    return link(common.compare_url(cell.datasette, key), cell.value, "compare the sources\u2019 figures")


def consistent(cell: Cell):
    if cell.value not in (0, 1):
        return None
    label = "yes: every figure can be true at once" if cell.value else "no: the figures cannot all be true at once"
    return Markup(f'<span class="verdict verdict-{"agree" if cell.value else "disagree"}">{escape(label)}</span>')


def verdict(cell: Cell):
    if not isinstance(cell.value, str):
        return None
    css = "agree" if cell.value == "agree" else "disagree"
    return Markup(f'<span class="verdict verdict-{css}">{escape(cell.value)}</span>')


def amount(cell: Cell):
    if isinstance(cell.value, bool) or not isinstance(cell.value, (int, float)):
        return None
    return Markup(f'<span class="amount">{escape(common.format_count(cell.value))}</span>')


def json_list(cell: Cell):
    items = common.json_list(cell.value)
    if items is None:
        return None
    return Markup(", ").join(escape(item) for item in items) if items else Markup("<em>none</em>")


def popup(cell: Cell):
    """What the map shows for a place: its description, linking where the map's popup links."""
    import json

    try:
        found = json.loads(cell.value)
    except (TypeError, ValueError):
        return None
    return escape(found.get("description", "")) if isinstance(found, dict) else None


def evidence(cell: Cell):
    if not isinstance(cell.value, str) or not cell.value.startswith("/-/article/"):
        return None
    return link(cell.datasette.urls.path(cell.value), "in the article")


def web_link(cell: Cell):
    url = common.safe_url(cell.value)
    return link(url, url) if url else None


# One renderer per (table, column); (None, column) serves every table, view and canned query. A renderer returns
# None to leave the cell to Datasette.
CELLS = {
    (None, "sentence"): sentence,
    ("figures", "text"): piece_as_written,
    ("place_mentions", "surface"): piece_as_written,
    ("actor_mentions", "surface"): piece_as_written,
    (None, "figure_text"): piece_as_written,
    ("claims", "text"): claim_sentence,
    (None, "article_id"): article_reference,
    ("articles", "title"): article_title,
    ("articles", "label"): article_title,
    (None, "article"): article_title,
    (None, "figure_id"): row_reference,
    (None, "claim_id"): row_reference,
    (None, "place_id"): row_reference,
    (None, "actor_id"): row_reference,
    (None, "source_actor_id"): row_reference,
    (None, "original_source_id"): row_reference,
    (None, "topic"): topic,
    (None, "label"): topic_label,
    (None, "consistent"): consistent,
    (None, "verdict"): verdict,
    (None, "aliases"): json_list,
    ("places", "popup"): popup,
    (None, "evidence"): evidence,
    (None, "url"): web_link,
    **{(None, column): amount for column in AMOUNTS},
}


# Whether the page being rendered lists a table's rows (set per request by `asgi_wrapper`): its hidden columns are
# dropped by templates/_table.html, so their cells are not rendered at all (a third of a page's time went to them).
LISTING = contextvars.ContextVar("recoupe_listing", default=False)
BLANK = Markup("")


def hidden_columns(datasette, database, table) -> frozenset:
    """The `hide` list of a table's `plugins: recoupe:` block, read once per table."""
    found = datasette.__dict__.setdefault("_recoupe_hidden", {})
    if (database, table) not in found:
        config = datasette.plugin_config("recoupe", database=database, table=table) or {}
        found[database, table] = frozenset(config.get("hide", []))
    return found[database, table]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def listing(scope, receive, send):
            if scope["type"] == "http":
                path = (scope.get("raw_path") or b"").decode("latin-1").partition("?")[0] or scope.get("path", "")
                base_url = datasette.setting("base_url")
                if base_url != "/" and path.startswith(base_url):
                    path = "/" + path[len(base_url):]
                # /database/table is a list of rows; /database/table/key is one row (every column shown)
                LISTING.set(not path.startswith("/-/") and path.strip("/").count("/") == 1)
            await app(scope, receive, send)

        return listing

    return wrap


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table and LISTING.get() and column in hidden_columns(datasette, database, table):
        return BLANK
    renderer = CELLS.get((table, column), CELLS.get((None, column)))
    if renderer is None or value is None or value == "":
        return None
    return renderer(Cell(datasette, database, table, row, column, value))


# --- tables as a dossier ---------------------------------------------------------------------


async def row_labels(datasette, database, table, request) -> dict:
    """On a row page: each foreign key's label (an actor's name, an article's label), by column, and its link.
    One query per key of the one row shown (Datasette expands keys on table pages only)."""
    from datasette.utils import urlsafe_components

    db = datasette.get_database(database)
    pks = await db.primary_keys(table)
    values = urlsafe_components(request.url_vars.get("pks", ""))
    if len(pks) != 1 or len(values) != 1:
        return {}
    found = await db.execute(f"select * from [{table}] where [{pks[0]}] = ?", [values[0]])
    row = found.first()
    if row is None:
        return {}
    labels = {}
    for fk in await db.foreign_keys_for_table(table):
        key = row[fk["column"]]
        label_column = await db.label_column_for_table(fk["other_table"])
        if key is None or not label_column:
            continue
        other = await db.execute(f"select [{label_column}] from [{fk['other_table']}] where [{fk['other_column']}] = ?",
                                 [key])
        if other.first() and other.first()[0]:
            href = (common.article_url(datasette, key) if fk["other_table"] == "articles"
                    else datasette.urls.row(database, fk["other_table"], tilde_encode(str(key))))
            labels[fk["column"]] = (href, other.first()[0])
    return labels


def layout_of(datasette, database, table, view_name, keys=None):
    """A function arranging a table's columns and cells as `plugins: recoupe:` in metadata.yml says: `columns`
    first in that order, then the others, less `hide` (on the list only; the row page shows every column), each
    headed by its `labels` entry."""
    config = (datasette.plugin_config("recoupe", database=database, table=table) or {}) if table else {}
    first = config.get("columns", [])
    hidden = set(config.get("hide", [])) if view_name == "table" else set()
    labels = config.get("labels", {})

    def row_link(cell):
        """The list's link to a row: "row" rather than its hash; on a row page, keys by their label."""
        if keys and cell.get("column") in keys:
            href, label = keys[cell["column"]]
            return {**cell, "value": link(href, label)}
        if view_name != "table" or cell.get("value_type") != "pk" or cell.get("is_special_link_column"):
            return cell
        href = datasette.urls.row(database, table, common.tilde(str(cell["raw"])))
        return {**cell, "value": Markup(f'<a href="{escape(href)}" title="every column of this row">row</a>')}

    def arrange(display_columns, display_rows):
        names = [c["name"] for c in display_columns]
        keep = [n for n in names if display_columns[names.index(n)].get("is_pk") or n == "Link"]
        keep += [n for n in first if n in names and n not in keep]
        keep += [n for n in names if n not in keep and n not in hidden]
        order = [names.index(n) for n in keep]
        columns = [{**display_columns[i], "label": "row" if display_columns[i].get("is_pk") and view_name == "table"
                    else labels.get(names[i], names[i])} for i in order]
        rows = []
        for row in display_rows:
            cells = list(row)
            by_name = {c["column"]: c for c in cells}
            rows.append([row_link(by_name[n]) for n in keep if n in by_name])
        return columns, rows

    return arrange


def first_sentence(text, limit: int = 150) -> str:
    """What a table is, for the home page: its description's first sentence, at most `limit` characters."""
    text = " ".join(str(text or "").split())
    end = text.find(". ")
    text = text[:end + 1] if end != -1 else text
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "\u2026"


def ordered_tables(datasette, database):
    """A function putting a database's tables in the order `plugins: recoupe: tables:` gives (the rest after)."""
    config = datasette.plugin_config("recoupe", database=database) or {}
    first = config.get("tables", [])

    def order(tables):
        rank = {name: i for i, name in enumerate(first)}
        return sorted(tables, key=lambda t: (t.get("hidden", False), rank.get(t["name"], len(rank)), t["name"]))

    return order


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def inner():
        found = {"recoupe_view": view_name}
        if view_name == "table":
            found["recoupe_layout"] = layout_of(datasette, database, table, view_name)
        elif view_name == "row":
            labels = await row_labels(datasette, database, table, request)
            found["recoupe_layout"] = layout_of(datasette, database, table, view_name, labels)
        db = common.find_database(datasette)
        if db is not None:
            found["recoupe_tables"] = ordered_tables(datasette, db.name)
            found["recoupe_story_url"] = datasette.urls.path("/-/story")
            if view_name == "index":  # Datasette's home page lists five tables, the largest: list them all, in order
                hidden = set(await db.hidden_table_names())
                names = [n for n in await db.table_names() if n not in hidden] + await db.view_names()
                tables = [{"name": n, "about": first_sentence(datasette.table_metadata(db.name, n).get("description"))}
                          for n in names]
                queries = await datasette.get_canned_queries(db.name, request.actor if request else None)
                found["recoupe_index"] = {"database": db.name, "tables": ordered_tables(datasette, db.name)(tables),
                                          "queries": [{"name": name, "title": query.get("title") or name}
                                                      for name, query in queries.items()]}
        return found

    return inner


@hookimpl
def prepare_jinja2_environment(env, datasette):
    """A server started without --template-dir (as build_db.py --help once said) still finds the plugins' pages:
    templates/ beside plugins/ is searched after Datasette's own (so its tables keep Datasette's layout)."""
    from jinja2 import FileSystemLoader

    beside = Path(__file__).resolve().parent.parent / "templates"
    if not datasette.template_dir and beside.is_dir():
        env.loader.loaders.append(FileSystemLoader(str(beside)))


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path(f"/{common.STATIC_MOUNT}/recoupe.css")]


@hookimpl
def menu_links(datasette, actor, request):
    return [
        {"href": datasette.urls.path("/-/story"), "label": "The story: who says what, on one page"},
        {"href": datasette.urls.path("/-/compare"), "label": "Compare the sources' figures"},
        {"href": datasette.urls.path("/-/article"), "label": "Read the articles, highlighted"},
    ]


@hookimpl
def table_actions(datasette, actor, database, table, request):
    links = []
    if table in ("figures", "figure_comparison", "topic_spread", "disagreements"):
        links.append({"href": datasette.urls.path("/-/compare"), "label": "Compare figures, topic by topic"})
    if table in ("figures", "claims"):
        export = f"{table}_export"
        links.append({"href": datasette.urls.table(database, export, format="csv") + "?_size=max",
                      "label": f"Download every {table[:-1]} with its source, article and evidence link (CSV)"})
    if table in ("articles", "place_mentions", "actor_mentions", "claims"):
        links.append({"href": datasette.urls.path("/-/article"), "label": "Read the articles with highlights"})
    return links or None
