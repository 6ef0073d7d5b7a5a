"""Fetch the pages of a list of links (`build_db.py --urls links.txt`), politely, into the cache.

Polite: a user agent that says who asks, a timeout, one request at a time with a delay between two requests to the
same host (longer if robots.txt asks for it with Crawl-delay), and robots.txt honoured (urllib.robotparser).
Each page is stored as fetched under the cache folder, keyed by its URL and its content's hash:

    CACHE/pages/<sha256(url)[:16]>/<sha256(content)[:16]>.html   every version fetched, never overwritten
    CACHE/pages/<sha256(url)[:16]>/latest                        the name of the last one, then the URL

so a later build reads the page from the cache instead of asking the site again (`refresh` asks again, and keeps the
older versions). A link that cannot be fetched is a RejectedFile with the reason (HTTP status, timeout, robots.txt,
not a web page); the others go on.
"""

from __future__ import annotations

import hashlib
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit, urlunsplit

from . import __version__
from .models import RejectedFile

USER_AGENT = f"recoupe/{__version__} (news dossier builder; reads robots.txt; one request per host at a time)"
ROBOTS_AGENT = "recoupe"  # the name robots.txt rules address
TIMEOUT = 20.0  # seconds to connect and to wait for each read
DELAY = 2.0  # seconds between two requests to the same host
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay beyond this is capped (the list is a reporter's, not a crawl)
MAX_BYTES = 5 * 1024 * 1024  # as for files: a page larger than this is not an article
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class FetchedPage:
    url: str
    path: Path  # the cached HTML


@dataclass
class Fetcher:
    """One polite client: remembers each host's robots.txt and when it was last asked."""

    cache_dir: Path
    delay: float = DELAY
    timeout: float = TIMEOUT
    refresh: bool = False
    _robots: dict[str, Optional[urllib.robotparser.RobotFileParser]] = field(default_factory=dict)
    _last_request: dict[str, float] = field(default_factory=dict)  # host -> when it was last asked (monotonic)
    _host_delay: dict[str, float] = field(default_factory=dict)  # host -> its robots.txt Crawl-delay

    def fetch_all(self, urls: list[str]) -> tuple[list[FetchedPage], list[RejectedFile]]:
        pages: list[FetchedPage] = []
        rejected: list[RejectedFile] = []
        for url in dict.fromkeys(urls):
            try:
                pages.append(FetchedPage(url=url, path=self.fetch(url)))
            except FetchError as err:
                rejected.append(RejectedFile(path=url, reason=str(err)))
        return pages, rejected

    def fetch(self, url: str) -> Path:
        """The cached page for this URL, fetched first if the cache has none (or `refresh`)."""
        folder = Path(self.cache_dir) / "pages" / hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
        if not self.refresh:
            cached = _latest(folder)
            if cached is not None:
                return cached
        check_url(url)
        if not self._allowed(url):
            raise FetchError(f"robots.txt of {urlsplit(url).hostname} does not allow fetching this page: not fetched")
        status, content_type, data = self._get(url)
        if status != 200:
            raise FetchError(f"HTTP {status}: the page could not be fetched")
        if content_type and content_type not in HTML_TYPES:
            raise FetchError(f"not a web page ({content_type}): download it and give the file instead")
        try:
            return _store(folder, url, data)
        except OSError as err:
            raise FetchError(f"fetched, but the cache folder cannot be written: {err}") from err

    # --- robots.txt ---------------------------------------------------------------------------

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root)
        robots = self._robots[root]
        if robots is None:
            return True
        crawl_delay = robots.crawl_delay(ROBOTS_AGENT)
        if crawl_delay:
            self._host_delay[parts.netloc] = min(float(crawl_delay), MAX_CRAWL_DELAY)
        return robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, root: str) -> Optional[urllib.robotparser.RobotFileParser]:
        """The host's robots.txt rules; None (everything allowed) when it has none (RFC 9309: 4xx), all disallowed
        when the server fails (5xx). A host that cannot be reached raises FetchError: its pages could not be either."""
        robots = urllib.robotparser.RobotFileParser(root + "/robots.txt")
        status, _type, data = self._get(root + "/robots.txt")
        if 400 <= status < 500:
            return None
        if status != 200:
            robots.disallow_all = True
            return robots
        robots.parse(data.decode("utf-8", errors="replace").splitlines())
        return robots

    # --- one request --------------------------------------------------------------------------

    def _get(self, url: str) -> tuple[int, str, bytes]:
        """(status, content type, body) of one GET, after waiting out the host's delay."""
        host = urlsplit(url).netloc
        wait = self._host_delay.get(host, self.delay)
        if host in self._last_request:
            remaining = self._last_request[host] + wait - time.monotonic()
            if remaining > 0:
                time.sleep(remaining)
        request = urllib.request.Request(url, headers={
            "User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Language": "fr,en;q=0.8",
        })
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read(MAX_BYTES + 1)
                status = response.status
                content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
        except urllib.error.HTTPError as err:
            err.close()
            return err.code, "", b""
        except (socket.timeout, TimeoutError) as err:
            raise FetchError(f"timed out after {self.timeout:g} s: the site did not answer") from err
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise FetchError(f"timed out after {self.timeout:g} s: the site did not answer") from err
            raise FetchError(f"could not connect: {reason}") from err
        except (OSError, ValueError) as err:  # a connection reset, an invalid URL urllib only sees now
            raise FetchError(f"could not fetch: {err}") from err
        finally:
            self._last_request[host] = time.monotonic()
        if len(data) > MAX_BYTES:
            raise FetchError(f"too large for an article: over {MAX_BYTES / 1e6:.0f} MB")
        return status, content_type, data


class FetchError(Exception):
    """A link that could not be fetched; the message is the reason shown to the user."""


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("not a web address (http:// or https://)")


def read_url_list(path: Path) -> tuple[list[str], list[RejectedFile]]:
    """The links of a links file: one a line; blank lines and lines starting with # are skipped.

    A line that is not an http(s) address is rejected with its line number (the path is `FILE:LINE`).
    """
    urls: list[str] = []
    rejected: list[RejectedFile] = []
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        return [], [RejectedFile(path=str(path), reason=f"list of links not read: {err}")]
    for number, line in enumerate(lines, 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            check_url(url)
        except FetchError as err:
            rejected.append(RejectedFile(path=f"{path}:{number}", reason=f"{err}: {url[:200]}"))
            continue
        parts = urlsplit(url)
        urls.append(urlunsplit(parts._replace(fragment="")))  # "#comments" is the same page
    return urls, rejected


def _latest(folder: Path) -> Optional[Path]:
    try:
        name = (folder / "latest").read_text(encoding="utf-8").split("\n", 1)[0].strip()
    except OSError:
        return None
    path = folder / name
    return path if name and path.is_file() else None


def _store(folder: Path, url: str, data: bytes) -> Path:
    """Write the page under its content hash (once) and point `latest` at it; both writes are atomic."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(data).hexdigest()[:16]}.html"
    if not path.exists():
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    latest = folder / ".latest.tmp"
    latest.write_text(f"{path.name}\n{url}\n", encoding="utf-8")
    latest.replace(folder / "latest")
    return path
