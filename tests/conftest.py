"""Shared fixtures: the built sites, a local web server for them, and Chromium through Playwright.

``office.yml`` is the file a career office edits first, so no test may assume what it says: a test of the
office's site reads the config in force (``office_config``), a test of the neutral wording uses
``neutral_site`` (built with every office value left empty), and ``any_office`` runs a test for the
project's office.yml, the example office and a fixture office that changes every policy number.

Browser tests abort every request that is not for 127.0.0.1 and record it, so a
test can assert that the site asked nothing of any other host.
"""

from __future__ import annotations

import functools
import http.server
import importlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Playwright,
    Request,
    Route,
    sync_playwright,
)

from checker import Policy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))  # check_server.py
from office import OfficeConfig, load_office  # hooks/ is not a package: MkDocs loads it by path

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "office.yml"  # the office in force: a fork's own, once it has edited it
EXAMPLE_OFFICE = ROOT / "docs" / "examples" / "northfield-office.yml"
# Every value left out: the neutral default (no name, no contact, the checker's default policy).
NEUTRAL_OFFICE: dict[str, object] = {"office": {}, "site": {}, "policy": {}}
# An office that changes every policy number, a rule's severity and two switches, with a contact block
# without a booking page, published deep under a sub-path under its own title, without the page for career
# offices in its navigation: what a test assumes of the default fails here.
CHANGED_OFFICE: dict[str, object] = {
    "office": {
        "name": "Harbourside Institute Careers Office",
        "colors": {"primary": "#7a1f3d", "accent": "#2e6b30"},
        "footer": "Harbourside Institute, Quay Building, Level 1",
        "contact": {"label": "Ask the careers office", "email": "careers@harbourside.example.ac.uk"},
    },
    "site": {
        "url": "https://www.harbourside.example.ac.uk/students/careers/after-the-interview/",
        "title": "Harbourside Careers: After the Interview",
        "show_career_offices_page": False,
    },
    "policy": {
        "thank_you_within_days": 0,
        "check_in_after_days": 12,
        "silence_after_days": 30,
        "max_words": {"thank-you": 170, "check-in": 100, "stay-in-touch": 110},
        "rules": {"phone-follow-up": "off", "check-in-channel": "off", "no-greeting": "warning"},
    },
}
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


def write_office(folder: Path, config: dict[str, object]) -> Path:
    """``config`` as ``folder/office.yml``."""
    office = folder / "office.yml"
    office.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return office


def site_path(config: OfficeConfig) -> str:
    """The path of the office's ``site.url``, "/" when it has none: where its pages expect to be served.

    Pages link to each other relatively, but the 404 page (shown at any address) links from this path.
    """
    return urlsplit(config.site_url).path.rstrip("/") + "/"


def same_office(first: OfficeConfig, second: OfficeConfig) -> bool:
    """Whether two configs build the same site (wherever their files are)."""
    return (first.office, first.site, first.policy) == (second.office, second.site, second.policy)


@pytest.fixture(scope="session")
def guide() -> ModuleType:
    """hooks/guide.py, imported as MkDocs does: with its folder on sys.path (above) for ``import office``."""
    return importlib.import_module("guide")


@pytest.fixture(scope="session")
def office_config() -> OfficeConfig:
    """office.yml as the build reads it: the office and the policy in force."""
    return load_office(OFFICE)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with office.yml, whatever the office has put in it."""
    return build_site(tmp_path_factory.mktemp("site-default") / "site")


@pytest.fixture(scope="session")
def neutral_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_office(tmp_path_factory.mktemp("office-neutral"), NEUTRAL_OFFICE)


@pytest.fixture(scope="session")
def neutral_site(
    request: pytest.FixtureRequest,
    office_config: OfficeConfig,
    neutral_office: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    """The site with every office value left empty: the default policy, no name, no contact block.

    While office.yml is still neutral, as it is before an office edits it, this is its own build.
    """
    if same_office(office_config, load_office(neutral_office)):
        built: Path = request.getfixturevalue("built_site")
        return built
    return build_site(tmp_path_factory.mktemp("site-neutral") / "site", neutral_office)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with the example office, Northfield University Careers Service."""
    return build_site(tmp_path_factory.mktemp("site-northfield") / "site", EXAMPLE_OFFICE)


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012  # the stdlib's own attribute, extended
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".gzip": "application/octet-stream",
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
def site_server(built_site: Path, office_config: OfficeConfig, serve: Callable[[Path, str], SiteServer]) -> SiteServer:
    """The site of office.yml, served under the path of its ``site.url``."""
    return serve(built_site, site_path(office_config))


@pytest.fixture(scope="session")
def neutral_server(neutral_site: Path, serve: Callable[[Path, str], SiteServer]) -> SiteServer:
    return serve(neutral_site, "/")


@dataclass(frozen=True)
class OfficeSite:
    """A built site and the office config it was built from."""

    file: Path
    config: OfficeConfig
    site: Path

    @property
    def policy(self) -> Policy:
        return self.config.policy

    @property
    def path(self) -> str:
        return site_path(self.config)


@pytest.fixture(scope="session", params=["office.yml", "example", "changed"])
def any_office(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> OfficeSite:
    """Each office in turn, built: office.yml as it stands, the example office, and ``CHANGED_OFFICE``.

    A test that depends on the office or its policy takes this fixture, so that an assumption that only the
    neutral default makes true fails in the project's own CI, before a fork edits office.yml.
    """
    site: Path
    if request.param == "office.yml":
        file, site = OFFICE, request.getfixturevalue("built_site")
    elif request.param == "example":
        file, site = EXAMPLE_OFFICE, request.getfixturevalue("example_site")
    else:
        folder = tmp_path_factory.mktemp("site-changed")
        file = write_office(folder, CHANGED_OFFICE)
        site = build_site(folder / "site", file)
    return OfficeSite(file, load_office(file), site)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
    yield launched
    launched.close()


_LOCAL = ("http://127.0.0.1", "data:", "blob:")


@dataclass
class Guarded:
    """A browser context whose requests to any host but 127.0.0.1 are aborted and recorded.

    Or only recorded: routing requests turns Chromium's HTTP cache off, and a test of what a visit finds in
    the cache needs it on.
    """

    context: BrowserContext
    external_requests: list[str] = field(default_factory=list)

    def route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(_LOCAL):
            route.continue_()
        else:
            self.external_requests.append(url)
            route.abort()

    def record(self, request: Request) -> None:
        if not request.url.startswith(_LOCAL):
            self.external_requests.append(request.url)


def drop_first_request(page: Page, pattern: str) -> list[str]:
    """Abort the first request matching ``pattern``, as a flaky connection would; let later ones through.

    Returns the list that records the dropped URL.
    """
    dropped: list[str] = []

    def drop_once(route: Route) -> None:
        # The check page preloads the runtime's wasm (hooks/widget.py), a request of type "other": a dropped
        # preload costs nothing, the worker asks again; the worker's own request is the one that matters.
        if dropped or route.request.resource_type == "other":
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
        # A route callback still fetching when the context closes would fail the test at teardown.
        for page in guarded.context.pages:
            page.unroute_all(behavior="ignoreErrors")
        guarded.context.unroute_all(behavior="ignoreErrors")
        guarded.context.close()


@pytest.fixture
def guarded(new_context: Callable[..., Guarded]) -> Guarded:
    return new_context(viewport={"width": 1280, "height": 900})


@pytest.fixture
def page(guarded: Guarded) -> Iterator[Page]:
    opened = guarded.context.new_page()
    yield opened
    assert guarded.external_requests == [], f"requests to other hosts: {guarded.external_requests}"


@pytest.fixture
def violations(page: Page) -> list[str]:
    """CSP violations and console errors on the page (the worker's console included)."""
    found: list[str] = []

    def report(violation: str) -> None:
        found.append(violation)

    page.expose_function("reportViolation", report)
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', (e) => "
        "window.reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`))"
    )

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            found.append(message.text)

    page.on("console", console)
    return found
