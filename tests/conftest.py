"""Shared fixtures: the built site, a local web server for it, and Chromium through Playwright.

Browser tests abort every request that is not for 127.0.0.1 and record it, so a
test can assert that the site asked nothing of any other host.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Route, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_OFFICE = ROOT / "docs" / "examples" / "northfield-office.yml"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


def chromium_path() -> str | None:
    """The browser to drive: $CHROMIUM_PATH, a system Chromium, or None for Playwright's own."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def build_site(destination: Path, office: Path | None = None, extra_env: dict[str, str] | None = None) -> Path:
    """Run ``mkdocs build --strict`` into ``destination`` for an office config (default office.yml)."""
    env = {**os.environ, **(extra_env or {})}
    env["OFFICE"] = str(office or ROOT / "office.yml")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return destination


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with the default (neutral) office.yml."""
    return build_site(tmp_path_factory.mktemp("site-default") / "site")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with the example office, Northfield University Careers Service."""
    return build_site(tmp_path_factory.mktemp("site-northfield") / "site", EXAMPLE_OFFICE)


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012  # the stdlib's own attribute, extended
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".whl": "application/zip",
        ".zip": "application/zip",
    }

    def __init__(self, *args: object, prefix: str, **kwargs: object) -> None:
        self.prefix = prefix
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def translate_path(self, path: str) -> str:
        # Serve the site under a sub-path, as a career office's own server would.
        path = "/" + path[len(self.prefix) :] if path.startswith(self.prefix) else "/__outside_the_prefix__"
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@dataclass
class SiteServer:
    """A static server on 127.0.0.1; ``url`` ends with the sub-path and a slash."""

    root: Path
    prefix: str = "/"
    url: str = ""
    _server: http.server.ThreadingHTTPServer | None = field(default=None, repr=False)

    def start(self) -> SiteServer:
        handler = functools.partial(_Handler, directory=str(self.root), prefix=self.prefix)
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}{self.prefix}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path, str], SiteServer]]:
    """Start a server for a built site under a prefix: ``serve(site, "/after-the-interview/")``."""
    servers: list[SiteServer] = []

    def start(root: Path, prefix: str = "/") -> SiteServer:
        server = SiteServer(root, prefix).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def site_server(built_site: Path, serve: Callable[[Path, str], SiteServer]) -> SiteServer:
    return serve(built_site, "/")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
    yield launched
    launched.close()


@dataclass
class Guarded:
    """A browser context whose requests to any host but 127.0.0.1 are aborted and recorded."""

    context: BrowserContext
    external_requests: list[str] = field(default_factory=list)

    def route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            self.external_requests.append(url)
            route.abort()


def drop_first_request(page: Page, pattern: str) -> list[str]:
    """Abort the first request matching ``pattern``, as a flaky connection would; let later ones through.

    Returns the list that records the dropped URL.
    """
    dropped: list[str] = []

    def drop_once(route: Route) -> None:
        if dropped:
            route.continue_()
        else:
            dropped.append(route.request.url)
            route.abort()

    page.route(pattern, drop_once)
    return dropped


@pytest.fixture
def new_context(browser: Browser) -> Iterator[Callable[..., Guarded]]:
    """Make guarded contexts: ``new_context(viewport={...}, color_scheme="dark", java_script_enabled=False)``."""
    made: list[Guarded] = []

    def make(**options: object) -> Guarded:
        guarded = Guarded(browser.new_context(**options))  # type: ignore[arg-type]
        guarded.context.route("**/*", guarded.route)
        made.append(guarded)
        return guarded

    yield make
    for guarded in made:
        guarded.context.close()


@pytest.fixture
def guarded(new_context: Callable[..., Guarded]) -> Guarded:
    return new_context(viewport={"width": 1280, "height": 900})


@pytest.fixture
def page(guarded: Guarded) -> Iterator[Page]:
    opened = guarded.context.new_page()
    yield opened
    assert guarded.external_requests == [], f"requests to other hosts: {guarded.external_requests}"
