"""The built site on Debian's nginx and Apache: set up as the guide says, left as installed, and set up wrongly.

The site is the example office's, published under a sub-path. Set up with the files the build writes, each
server serves every page under the real Content-Security-Policy header, the checker starts from the snapshot
with no violation, and check-server finds no problem; the servers' own types there lack ".wasm", so the files
must add it. Left as installed, the checker still works, and check-server names what the server does not do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from office import load_office
from playwright.sync_api import Page, Playwright, expect

from tests.conftest import CHROMIUM_FLAGS, EXAMPLE_OFFICE, Guarded, OfficeSite, chromium_path
from tests.test_check_server import check_server
from tests.test_site_browser import PAGES
from tests.web_servers import WebServer, apache, nginx, unavailable
from tests.widget_page import CheckerPage

pytestmark = pytest.mark.browser

DRAFT = "Hi,\n\nThanks for the interview yesterday. I'm sure I'm the best candidate, so let me know ASAP.\n\nSam"


@pytest.fixture(scope="module")
def published(example_site: Path) -> OfficeSite:
    site = OfficeSite(EXAMPLE_OFFICE, load_office(EXAMPLE_OFFICE), example_site)
    assert site.path != "/", "these tests need an office published under a sub-path"
    return site


@pytest.fixture
def guarded(playwright: Playwright, tmp_path: Path) -> Iterator[Guarded]:
    """A browser with a cache on disk, as a reader's is, so the checker starts from a snapshot fetched before.

    Requests to other hosts are recorded, not aborted: routing turns the cache off. A new context's cache is kept
    in memory, and it keeps no file the size of the snapshot.
    """
    context = playwright.chromium.launch_persistent_context(
        tmp_path / "profile",
        executable_path=chromium_path(),
        headless=True,
        args=CHROMIUM_FLAGS,
        viewport={"width": 1280, "height": 900},
    )
    guarded = Guarded(context)
    context.on("request", guarded.record)
    yield guarded
    context.close()


@pytest.fixture
def start() -> Iterator[Callable[..., WebServer]]:
    """Start a server (skipped, with the reason, where it is not installed); stopped after the test."""
    running: list[WebServer] = []

    def start_(server: Callable[..., WebServer], *args: object, **options: object) -> WebServer:
        reason = unavailable("nginx" if server is nginx else "apache2")
        if reason:
            pytest.skip(reason)
        started = server(*args, **options)
        running.append(started)
        return started

    yield start_
    for server in running:
        server.stop()


def configured(start: Callable[..., WebServer], setup: str, published: OfficeSite) -> WebServer:
    """A server set up with one of the build's files, whose own types lack .wasm."""
    if setup == "nginx.conf":
        return start(nginx, published.site, published.path, include=setup, lacking="wasm")
    return start(apache, published.site, published.path, setup=setup, lacking="wasm")


def assert_the_checker_starts_from_the_snapshot(page: Page, url: str) -> None:
    """The server hands over the snapshot whole (its sha256 checked), and the checker restores it and answers.

    The snapshot is fetched first, into the HTTP cache, as an earlier visit on a fast link leaves it: left to
    time the link itself on a loaded machine, the worker may rightly judge localhost slow and start from the
    wheels. The worker asks the cache first, and restores what it finds there.
    """
    page.goto(url)
    fetched = page.evaluate(
        """async () => {
            const manifest = await (await fetch("assets/checker/snapshot.json", {cache: "no-cache"})).json();
            const response = await fetch(new URL(manifest.url, new URL("assets/checker/", location.href)),
                                         {integrity: manifest.integrity});
            return (await response.arrayBuffer()).byteLength;
        }"""
    )
    assert fetched > 1_000_000
    checker = CheckerPage(page, url).open()
    checker.wait_until_ready()
    assert page.evaluate("() => window.followupChecker.status.startedFrom") == "snapshot"
    checker.fill_interview((dt.date.today() - dt.timedelta(days=1)).isoformat())
    checker.paste_draft(DRAFT)
    checker.check()
    expect(checker.finding("pressure")).to_be_visible()


@pytest.mark.parametrize("setup", ["nginx.conf", "apache.conf", "apache.htaccess"])
def test_the_files_the_build_writes_serve_a_working_site(
    start: Callable[..., WebServer],
    published: OfficeSite,
    page: Page,
    violations: list[str],
    setup: str,
) -> None:
    server = configured(start, setup, published)
    status, lines = check_server(server.url, published.site)
    assert (status, lines[-1:]) == (0, [f"check-server: {server.url}: no problems ({len(PAGES) - 1} pages)"]), lines
    policy = (published.site / "assets/checker/content-security-policy.txt").read_text(encoding="utf-8").strip()
    for path in PAGES:
        response = page.goto(server.url + path)
        assert response is not None
        assert response.status == 200, path
        assert response.headers["content-security-policy"] == policy
        expect(page.locator("article h1")).to_be_visible()
    assert_the_checker_starts_from_the_snapshot(page, server.url)
    assert violations == []
    # The address without its slash, and the site's own 404 page for an address that has none.
    response = page.goto(server.url.rstrip("/"))
    assert response is not None
    assert response.url == server.url
    response = page.goto(server.url + "no-such-page/")
    assert response is not None
    assert response.status == 404
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    assert violations == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]


# What each server left as installed does not do, by check-server's words.
STOCK_FAULTS = {
    "nginx": [
        r"/: no Content-Security-Policy header",
        r"/assets/stylesheets/main\.\w+\.min\.css: text/css is sent uncompressed",
        r"/assets/javascripts/bundle\.\w+\.min\.js: application/javascript is sent uncompressed",
        r"/assets/pyodide/[0-9a-f]{16}/pyodide\.asm\.wasm: application/wasm is sent uncompressed",
        r"/assets/javascripts/bundle\.\w+\.min\.js: content-hashed but not kept long \(no Cache-Control\)",
        r"/check-server-no-such-page/: a missing page gets the server's own 404 page, not the site's 404\.html",
    ],
    "apache2": [  # Debian's mod_deflate compresses text, scripts and WebAssembly
        r"/: no Content-Security-Policy header",
        r"/assets/javascripts/bundle\.\w+\.min\.js: content-hashed but not kept long \(no Cache-Control\)",
        r"/check-server-no-such-page/: a missing page gets the server's own 404 page, not the site's 404\.html",
    ],
}


@pytest.mark.parametrize("name", ["nginx", "apache2"])
def test_a_server_left_as_installed_runs_the_checker_and_check_server_names_what_it_lacks(
    start: Callable[..., WebServer], published: OfficeSite, page: Page, violations: list[str], name: str
) -> None:
    server = start(nginx, published.site, published.path, include=None) if name == "nginx" else None
    server = server or start(apache, published.site, published.path, setup=None)
    status, lines = check_server(server.url)
    assert status == 1
    found = [line.removeprefix(server.url.rstrip("/")) for line in lines[:-1]]
    for fault in STOCK_FAULTS[name]:
        assert any(re.match(fault, line) for line in found), (fault, lines)
    assert len(found) == len(STOCK_FAULTS[name]), lines  # and nothing else: every type it needs is known
    assert lines[-1] == f"check-server: {server.url}: {len(found)} problems ({len(PAGES) - 1} pages)"
    assert_the_checker_starts_from_the_snapshot(page, server.url)
    assert violations == []


def test_a_config_that_replaces_the_servers_types_is_named_by_check_server_and_on_the_page(
    start: Callable[..., WebServer], published: OfficeSite, page: Page
) -> None:
    # The mistake of an old snippet: `types { }` in a location replaces nginx's whole map there.
    replaced = f"location {published.path}assets/pyodide/ {{ types {{ application/wasm wasm; }} }}"
    server = start(nginx, published.site, published.path, include=None, extra=replaced)
    status, lines = check_server(server.url)
    assert status == 1
    for name in ("pyodide.esm.js", "pyodide.asm.js"):
        wrong = rf"{re.escape(server.url)}assets/pyodide/[0-9a-f]{{16}}/{re.escape(name)}: sent as application/octet-"
        assert any(re.match(wrong + r"stream, not text/javascript", line) for line in lines), lines
    checker = CheckerPage(page, server.url).open()
    checker.press_check()
    expect(checker.status).to_have_attribute("data-stage", "failed", timeout=60_000)
    message = checker.status.inner_text()
    assert re.search(r"sends pyodide\.(esm|asm)\.js as application/octet-stream instead of text/javascript", message)
    assert "wrong type" in message
    assert "missing" not in message
