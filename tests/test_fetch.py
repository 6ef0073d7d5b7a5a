"""`build_db.py --urls links.txt`: pages fetched politely from a local HTTP server the test starts (never the
internet), kept in the cache, read as saved pages; every link that fails is a rejected_files row with the reason.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from recoupe.fetch import USER_AGENT, Fetcher, read_url_list

ROOT = Path(__file__).resolve().parent.parent
PAGE = (Path(__file__).resolve().parent / "formats" / "article.html").read_bytes()
HOME = b"<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav></body></html>"
SLOW_SECONDS = 3.0
TIMEOUT = 0.5


class Handler(BaseHTTPRequestHandler):
    requests: list[tuple[float, str, str]] = []  # (when, path, user agent), for every request the server got

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        Handler.requests.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        routes = {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/news/article.html": (200, "text/html; charset=utf-8", PAGE),
            "/news/home.html": (200, "text/html", HOME),
            "/private/article.html": (200, "text/html", PAGE),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n"),
        }
        if self.path == "/slow.html":
            time.sleep(SLOW_SECONDS)  # longer than the client's timeout: it gives up first
            routes[self.path] = (200, "text/html", PAGE)
        status, content_type, body = routes.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client timed out and left
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def load_cli():
    spec = importlib.util.spec_from_file_location("build_db", ROOT / "build_db.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main


def test_fetched_pages_build_and_failures_are_reported(server, tmp_path):
    """A dossier from links and a folder together: a text file with front matter beside the fetched pages."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "piscine.txt").write_text(
        "url: https://example.org/2024/10/17/piscine-123456\ntitle: La piscine restera fermée\ndate: 2024-10-17\n"
        "outlet: La Gazette\n\nEnviron 300 personnes ont manifesté samedi devant la mairie pour réclamer la "
        "réouverture de la piscine municipale, fermée depuis deux ans.\n", encoding="utf-8")
    links = tmp_path / "links.txt"
    (tmp_path / "sources.yml").write_text(f"{server}/news/article.html:\n  author: L. Martin\n", encoding="utf-8")
    links.write_text("\n".join([
        "# links for the dossier",
        f"{server}/news/article.html#comments",
        f"{server}/missing.html",
        f"{server}/private/article.html",
        f"{server}/news/home.html",
        f"{server}/report.pdf",
        "ftp://example.org/file.txt",
        "",
    ]), encoding="utf-8")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(load_cli(), [str(folder), "--urls", str(links), "--db", str(db), "--cache", str(tmp_path / "cache"),
                                             "--delay", "0.2", "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    articles = conn.execute("select source_file, url, title, outlet, published, published_from from articles "
                            "order by source_file").fetchall()
    assert conn.execute("select author from articles where source_file like 'http%'").fetchone() == ("L. Martin",)
    assert articles == [
        ("articles/piscine.txt", "https://example.org/2024/10/17/piscine-123456", "La piscine restera fermée",
         "La Gazette", "2024-10-17", "metadata"),
        (f"{server}/news/article.html", "https://courrier-du-val.example/region/2023/11/09/digue-saint-aubin-4471",
         "Inondations : la digue de Saint-Aubin a cédé dans la nuit", "Le Courrier du Val", "2023-11-09", "page"),
    ]
    figures = {text for (text,) in conn.execute("select text from figures")}
    assert "300" in "".join(figures) and not any(n in "".join(figures) for n in ("123456", "2024", "17"))
    reasons = dict(conn.execute("select path, reason from rejected_files"))
    assert reasons.pop(f"{links}:7").startswith("not a web address")
    expected = {
        f"{server}/missing.html": "HTTP 404",
        f"{server}/private/article.html": "robots.txt",
        f"{server}/news/home.html": "no article body",
        f"{server}/report.pdf": "not a web page (application/pdf)",
    }
    assert set(reasons) == set(expected)
    for url, words in expected.items():
        assert words in reasons[url], (url, reasons[url])
    # figures' offsets point into the clean body, not into the HTML
    for start, end, text, body in conn.execute(
        "select f.start, f.end, f.text, a.text from figures f join articles a on a.id = f.article_id"
    ):
        assert body[start:end] == text


def test_polite_and_cached(server, tmp_path):
    fetcher = Fetcher(cache_dir=tmp_path, delay=0.3)
    urls = [f"{server}/news/article.html", f"{server}/news/home.html", f"{server}/private/article.html"]
    pages, rejected = fetcher.fetch_all(urls)
    assert [p.url for p in pages] == urls[:2] and [r.path for r in rejected] == urls[2:]
    asked = [path for _, path, _ in Handler.requests]
    assert asked == ["/robots.txt", "/news/article.html", "/news/home.html"]  # robots.txt once; /private/ never
    assert {agent for _, _, agent in Handler.requests} == {USER_AGENT}
    times = [when for when, _, _ in Handler.requests]
    assert all(later - earlier >= 0.25 for earlier, later in zip(times, times[1:]))  # the per-host delay
    # Kept by URL and content hash: a second build reads the cache and asks nothing.
    cached = pages[0].path
    assert cached.read_bytes() == PAGE and cached.parent.parent == tmp_path / "pages"
    again, _ = Fetcher(cache_dir=tmp_path, delay=0.3).fetch_all(urls[:2])
    assert [p.path for p in again] == [p.path for p in pages] and len(Handler.requests) == 3
    # refresh asks again and keeps the page once (same content, same file)
    refreshed, _ = Fetcher(cache_dir=tmp_path, delay=0, refresh=True).fetch_all(urls[:1])
    assert refreshed[0].path == cached and len(list(cached.parent.glob("*.html"))) == 1


def test_timeout_is_a_reason(server, tmp_path):
    pages, rejected = Fetcher(cache_dir=tmp_path, delay=0, timeout=TIMEOUT).fetch_all([f"{server}/slow.html"])
    assert pages == [] and rejected[0].reason == f"timed out after {TIMEOUT:g} s: the site did not answer"


def test_unreachable_host_is_a_reason(tmp_path):
    import socket
    with socket.socket() as sock:  # a port nobody listens on: bound, never listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        pages, rejected = Fetcher(cache_dir=tmp_path, delay=0, timeout=TIMEOUT).fetch_all(
            [f"http://127.0.0.1:{port}/a.html"])
    assert pages == [] and "could not connect" in rejected[0].reason


def test_url_list(tmp_path):
    links = tmp_path / "links.txt"
    links.write_text("\ufeff# comment\n\nhttps://example.org/a#top\n  https://example.org/b  \nexample.org/c\n",
                     encoding="utf-8")
    urls, rejected = read_url_list(links)
    assert urls == ["https://example.org/a", "https://example.org/b"]
    assert [(r.path, r.reason) for r in rejected] == [(f"{links}:5", "not a web address (http:// or https://): "
                                                       "example.org/c")]
