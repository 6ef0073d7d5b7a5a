"""Pages of an immutable dossier, kept in memory once rendered: a shared HTTP cache inside the server.

The dossier is served immutable (`-i`): a table page, a row, a canned query or one of the plugins' pages is the
same for every anonymous reader until the server is restarted on a new file. Rendering one costs tens of
milliseconds of Python (Datasette's own table page about as much as ours); sending a kept copy costs a few
hundred microseconds. So, as a caching proxy in front of the server would:

- kept: GET answers with status 200, sent in one piece (not a CSV stream), at most ENTRY_BYTES, that Datasette
  itself lets a shared cache keep (no `private`, `no-store` or `no-cache`, no Set-Cookie), for paths of the
  immutable databases, the home page and the plugins' pages; at most CACHE_BYTES in all, least recently used
  dropped first;
- never kept or served from the cache: a request with a cookie or an Authorization header (Datasette marks its
  answer private: it can depend on who asks), a request with `Cache-Control: no-cache` (a hard reload: rendered
  again, and the copy replaced), an ad-hoc `?sql=` query (it may call random() or date('now')), Datasette's
  `/-/` pages other than the plugins' (live state: threads, settings), and everything when a database is mutable;
- the key is the whole request line and the host (JSON answers hold absolute URLs);
- each kept answer gets an ETag (a hash of its body); a request whose If-None-Match names it gets a 304.

The Cache-Control Datasette sends (`default_cache_ttl`) is unchanged, so a browser reloads a page as it did.
`plugins: recoupe: cache_mb:` in metadata.yml sets the size (0 turns the cache off).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from datasette import hookimpl

CACHE_BYTES = 32_000_000
ENTRY_BYTES = 2_000_000
PLUGIN_PAGES = ("/-/story", "/-/compare", "/-/article")


class ResponseCache:
    """Answers by key, least recently used dropped first past `limit` bytes."""

    def __init__(self, limit: int):
        self.limit = limit
        self.size = 0
        self.entries: "OrderedDict[tuple, tuple]" = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self.entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key, status: int, headers: list, body: bytes) -> None:
        etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
        entry = (status, headers + [(b"etag", etag)], body, etag)
        cost = len(body) + sum(len(k) + len(v) for k, v in headers) + 200
        if cost > self.limit:
            return
        if key in self.entries:
            self.size -= self.entries.pop(key)[4]
        self.entries[key] = entry + (cost,)
        self.size += cost
        while self.size > self.limit:
            self.size -= self.entries.popitem(last=False)[1][4]


def header(scope, name: bytes) -> bytes:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return value
    return b""


def cacheable_path(path: str, query: bytes, database_names) -> bool:
    if path == "/" or path.startswith(PLUGIN_PAGES):
        return True
    if path.startswith("/-/"):
        return False
    first = path.lstrip("/").split("/", 1)[0].split(".", 1)[0]
    if first not in database_names:
        return False
    return not any(part.split(b"=", 1)[0] == b"sql" for part in query.split(b"&"))


def storable(status: int, headers: list) -> bool:
    if status != 200:
        return False
    for key, value in headers:
        key = key.lower()
        if key == b"set-cookie":
            return False
        if key == b"cache-control" and any(word in value.lower() for word in (b"private", b"no-store", b"no-cache")):
            return False
    return True


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        config = datasette.plugin_config("recoupe") or {}
        limit = int(float(config.get("cache_mb", CACHE_BYTES / 1e6)) * 1e6)
        cache = ResponseCache(limit)
        datasette._recoupe_cache = cache  # what tests/test_plugins_cache.py reads (hits, entries)

        def immutable_names():
            names = {name for name, db in datasette.databases.items() if name != "_internal"}
            if any(datasette.databases[name].is_mutable for name in names):
                return None
            return names

        async def cached_app(scope, receive, send):
            if scope["type"] != "http" or scope.get("method") != "GET" or limit <= 0:
                return await app(scope, receive, send)
            names = immutable_names()
            raw_path = scope.get("raw_path") or scope["path"].encode()
            path = raw_path.decode("latin-1").partition("?")[0]
            base_url = datasette.setting("base_url")
            if base_url != "/" and path.startswith(base_url):
                path = "/" + path[len(base_url):]
            query = scope.get("query_string", b"")
            if (names is None or header(scope, b"cookie") or header(scope, b"authorization")
                    or not cacheable_path(path, query, names)):
                return await app(scope, receive, send)
            key = (scope.get("scheme"), header(scope, b"host"), raw_path, query)
            if b"no-cache" not in header(scope, b"cache-control").lower() and b"no-cache" not in header(scope, b"pragma"):
                entry = cache.get(key)
                if entry is not None:
                    status, headers, body, etag, _ = entry
                    if etag in [t.strip() for t in header(scope, b"if-none-match").split(b",")]:
                        await send({"type": "http.response.start", "status": 304,
                                    "headers": [(k, v) for k, v in headers if k.lower() != b"content-length"]})
                        await send({"type": "http.response.body", "body": b""})
                        return
                    await send({"type": "http.response.start", "status": status, "headers": headers})
                    await send({"type": "http.response.body", "body": body})
                    return

            started: dict = {}
            chunks: list = []
            keep = [True]

            async def recording_send(message):
                if message["type"] == "http.response.start":
                    started.update(status=message["status"], headers=list(message.get("headers") or []))
                    keep[0] = storable(started["status"], started["headers"])
                elif message["type"] == "http.response.body" and keep[0]:
                    chunks.append(message.get("body", b""))
                    if message.get("more_body") or sum(map(len, chunks)) > ENTRY_BYTES:
                        keep[0] = False
                        chunks.clear()
                    else:
                        cache.put(key, started["status"], started["headers"], b"".join(chunks))
                await send(message)

            await app(scope, receive, recording_send)

        return cached_app

    return wrap
