"""Browser fixtures: a real `datasette serve` on the seed dossier, and headless Chromium (Debian's) driving it.

Nothing is downloaded: Playwright launches /usr/bin/chromium, and every request to another host than the test
server (map tiles) is aborted, so the tests run offline and fast.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("RECOUPE_CHROMIUM", "/usr/bin/chromium")
LOCAL = re.compile(r"^http://127\.0\.0\.1:\d+/")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited with {process.returncode}: {process.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"datasette did not answer at {url} within {timeout} s")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@contextmanager
def datasette_serving(db_path: Path, workdir: Path):
    """`datasette serve` on a database as the Makefile serves it (inspected, immutable); yields its base URL."""
    datasette = str(Path(sys.executable).with_name("datasette"))
    inspect_file = workdir / "inspect-data.json"
    subprocess.run([datasette, "inspect", str(db_path), "--inspect-file", str(inspect_file)], check=True)
    port = free_port()
    process = subprocess.Popen(
        [datasette, "serve", "-i", str(db_path), "--inspect-file", str(inspect_file),
         "-m", str(ROOT / "metadata.yml"), "--plugins-dir", str(ROOT / "plugins"),
         "--template-dir", str(ROOT / "templates"), "--static", f"assets:{ROOT / 'static'}",
         "--setting", "sql_time_limit_ms", "3000", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/-/versions.json", process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def server(seed_db, tmp_path_factory):
    """Base URL of the seed dossier, served."""
    with datasette_serving(seed_db, tmp_path_factory.mktemp("serve")) as base:
        yield base


@pytest.fixture(scope="module")
def markup_server(tmp_path_factory):
    """The hand-made dossier of tests/test_plugins.py (markup in an article, a place, an actor, a topic), served;
    yields the base URL and the dossier's records by name."""
    from recoupe.store import write_dossier
    from test_plugins import made_dossier

    dossier, named = made_dossier()
    db_path = tmp_path_factory.mktemp("markup") / "dossier.db"
    write_dossier(dossier, db_path)
    with datasette_serving(db_path, tmp_path_factory.mktemp("markup-serve")) as base:
        yield base, named


@pytest.fixture(scope="module")  # not session: sync Playwright's event loop must be gone before async tests run
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {CHROMIUM}: `make browser` installs Debian's")
        pytest.skip(f"no Chromium at {CHROMIUM} (make browser installs Debian's)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page; requests leave for nowhere but the test servers; a dialog (alert) or a script error fails."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", lambda route: route.continue_() if LOCAL.match(route.request.url) else route.abort())
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not dialogs, f"a page opened a dialog: {dialogs}"
    assert not errors, f"script errors: {errors}"
