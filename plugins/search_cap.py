"""A full-text search that matches many rows is sent without its facets and without Datasette's count query.

Datasette answers `/dossier/figures?_search=word` with six queries over every matching row: the first page in
the table's order, `count(*)`, and one `group by` per facet of metadata.yml. Each reads the matching rows back
from the table; for a word most rows hold (65,000 of 100,000 figures) they cost the server about 280 ms of CPU,
of which the four facets about 180 and the count 35, while FTS5 finds the matches in 2 ms (bench/README.md).
So, past SEARCH_CAP matches (`plugins: recoupe: search_cap:` in metadata.yml; 0 turns the rule off):

- the request goes on with `_nofacet=1`: no facet is computed, and the page says so in a line that links the same
  search with its facets asked explicitly (`_facet=topic&_facet=kind...`), which this rule then leaves alone;
- when the search is the page's only filter, also `_nocount=1`: the number of matches FTS5 gave (exact then: the
  index holds one row per row of the table) is shown where Datasette shows its count. A JSON answer says
  `"filtered_table_rows_count": null` (as Datasette's `_shape=array` always does); the number is in the HTML page.

A request that already says `_nofacet`, or names its own facets, is left as it is (but for a facet of metadata.yml
asked again by name: Datasette would compute it twice, as `topic` and `topic_2`, so that `_facet=` is dropped).
Only `?_search=` is counted (not `_search_<column>=`, nor a custom `_fts_table`). The match count of an immutable
database is kept (LRU, SEARCH_MEMO entries): it cannot change while the server runs.
"""

from __future__ import annotations

from collections import OrderedDict
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils import escape_sqlite, tilde_decode

SEARCH_CAP = 5_000
SEARCH_MEMO = 4_096
SCOPE_KEY = "recoupe_search_cap"
FORMATS = ("json", "csv")


def is_filter(key: str) -> bool:
    """What Datasette's table view takes as a filter (`column=`, `column__gt=`, `_where=`), besides the search."""
    return not (key.startswith("_") and "__" not in key) or key == "_where" or key.startswith("_search_")


def metadata_facets(table_metadata: dict) -> list[str]:
    """The column facets metadata.yml gives a table (`facets: [topic, kind]`; `{array: tags}` kinds kept out)."""
    found = []
    for facet in table_metadata.get("facets") or []:
        if isinstance(facet, str):
            found.append(facet)
        elif isinstance(facet, dict) and list(facet) == ["column"] and isinstance(facet["column"], str):
            found.append(facet["column"])
    return found


class SearchCap:
    def __init__(self, datasette):
        self.datasette = datasette
        self.memo: "OrderedDict[tuple, int]" = OrderedDict()

    def cap(self, database: str, table: str) -> int:
        """`search_cap:` of the table's, else the database's, else the top level's `plugins: recoupe:` (Datasette's
        plugin_config gives the first of those blocks, which for a table with its own block would hide the others)."""
        for where in ({"database": database, "table": table}, {"database": database}, {}):
            config = self.datasette.plugin_config("recoupe", fallback=False, **where) or {}
            if "search_cap" in config:
                return int(config["search_cap"])
        return SEARCH_CAP

    async def table_of(self, path: str):
        """(database, table) of a table page's path (`/db/table`, `/db/table.json`), else None."""
        parts = path.strip("/").split("/")
        if len(parts) != 2 or parts[0].startswith("-"):
            return None
        name = tilde_decode(parts[0])
        if name not in self.datasette.databases or name == "_internal":
            return None
        db = self.datasette.databases[name]
        table = tilde_decode(parts[1])
        if not await db.table_exists(table):
            stem, dot, ext = parts[1].rpartition(".")
            if not dot or ext not in FORMATS + tuple(self.datasette.renderers):
                return None
            table = tilde_decode(stem)
            if not await db.table_exists(table):
                return None
        return db, table

    async def matches(self, db, fts_table: str, search: str, raw: bool):
        key = (db.name, fts_table, search, raw)
        if not db.is_mutable and key in self.memo:
            self.memo.move_to_end(key)
            return self.memo[key]
        sql = "select count(*) from {fts} where {fts} match {search}".format(
            fts=escape_sqlite(fts_table), search=":search" if raw else "escape_fts(:search)")
        try:
            count = (await db.execute(sql, {"search": search})).rows[0][0]
        except Exception:  # a syntax error in a raw search, a time limit: Datasette says it on its own page
            return None
        if not db.is_mutable:
            self.memo[key] = count
            while len(self.memo) > SEARCH_MEMO:
                self.memo.popitem(last=False)
        return count

    async def rewrite(self, scope) -> "dict | None":
        """The scope to pass on (another query string, and what the page says about it), or None to leave it."""
        query = scope.get("query_string") or b""
        if b"_search=" not in query:
            return None
        path = scope.get("path") or ""
        base_url = self.datasette.setting("base_url")
        if base_url != "/" and path.startswith(base_url):
            path = "/" + path[len(base_url):]
        found = await self.table_of(path)
        if found is None:
            return None
        db, table = found
        args = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
        keys = {key for key, _ in args}
        search = dict(args).get("_search")
        table_metadata = self.datasette.table_metadata(db.name, table)
        facets = metadata_facets(table_metadata)
        if not search or "_nofacet" in keys or keys & {"_fts_table", "_fts_pk"}:
            return None
        if any(key.startswith("_facet") for key in keys):  # the reader asked for facets: give them, once each
            kept = [(k, v) for k, v in args if not (k == "_facet" and v in facets)]
            if len(kept) == len(args):
                return None
            return dict(scope, query_string=urlencode(kept).encode("latin-1"))
        cap = self.cap(db.name, table)
        fts_table = table_metadata.get("fts_table") or await db.fts_table(table)
        if cap <= 0 or not fts_table:
            return None
        mode = dict(args).get("_searchmode") or table_metadata.get("searchmode")
        matches = await self.matches(db, fts_table, search, raw=mode == "raw")
        if matches is None or matches <= cap:
            return None
        only_search = not any(is_filter(key) for key in keys)
        added = [("_nofacet", "1")] + ([("_nocount", "1")] if only_search else [])
        facets_url = None
        if facets:
            asked = (scope.get("raw_path") or b"").decode("latin-1") or self.datasette.urls.path(path)
            facets_url = asked + "?" + urlencode(
                [(k, v) for k, v in args] + [("_facet", f) for f in facets])
        return dict(scope, query_string=urlencode(args + added).encode("latin-1"),
                    **{SCOPE_KEY: {"matches": matches, "cap": cap, "exact": only_search, "facets": facets,
                                   "facets_url": facets_url}})


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        rule = SearchCap(datasette)
        datasette._recoupe_search_cap = rule  # what tests read (the memo)

        async def capped(scope, receive, send):
            if scope["type"] == "http" and scope.get("method") == "GET":
                scope = await rule.rewrite(scope) or scope
            await app(scope, receive, send)

        return capped

    return wrap


@hookimpl
def extra_template_vars(view_name, request):
    if view_name != "table" or request is None:
        return {}
    found = request.scope.get(SCOPE_KEY)
    if not found:
        return {}
    extra = {"recoupe_search_cap": found}
    if found["exact"]:
        extra["filtered_table_rows_count"] = found["matches"]  # FTS5's count, in the place of Datasette's
    return extra
