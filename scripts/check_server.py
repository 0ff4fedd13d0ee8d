"""Check a published copy of the guide as a browser would fetch it; print one line per problem.

    python3 scripts/check_server.py URL [--site DIR]      (or: make check-server URL=...)

It reads the pages it can reach from URL, what they load and what the draft checker loads, and reports: a file
sent with a type the browser refuses (or none), a Content-Security-Policy header that is missing, differs from the
published build's (or from the build in DIR), or blocks a page's own inline scripts; text sent uncompressed;
content-hashed files without long caching, or other files cached so long that a rebuild goes unseen; the
checker's snapshot not served as built; and, under a sub-path, no redirect from the address without its slash or
no 404 page of the site's own. Exit status: 0 with no problem, 1 with problems, 2 for bad usage.
Standard library only, so that it runs anywhere Python 3.11 does.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import gzip
import hashlib
import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

# What the checker's worker loads (docs/javascripts/checker-worker.js, hooks/widget.py), relative to the site; the
# runtime's files are in the content-hashed folder that the checker's runtime.json names.
WORKER = "javascripts/checker-worker.js"
RUNTIME = ("pyodide.esm.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip.gz")
CHECKER = "assets/checker/"
CSP_FILE = f"{CHECKER}content-security-policy.txt"
NOT_A_PAGE = "check-server-no-such-page/"
MAX_PAGES = 300
TIMEOUT_S = 30
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130 Safari/537.36"
# Media types a browser accepts, by what it loads; the site's other files may have any type.
JAVASCRIPT = {"text/javascript", "application/javascript", "application/x-javascript", "text/ecmascript"}
EXPECTED_TYPES = {
    "page": {"text/html"},
    "script": JAVASCRIPT,
    "stylesheet": {"text/css"},
    "wasm": {"application/wasm"},
}
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/wasm", "image/svg+xml")
LONG_CACHE_S = 7 * 24 * 3600  # a content-hashed file kept less than a week is fetched again for nothing
SHORT_CACHE_S = 24 * 3600  # a file whose name stays kept longer than a day hides a new build
GROUPED_AFTER = 3  # addresses listed one by one for a problem; more are counted
HASHED_NAME = re.compile(r"[./][0-9a-f]{8,}[./]")  # bundle.a5f9d56c.min.js, wheels/153f92acc05a7213/...


class UsageError(Exception):
    pass


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    headers: Message
    body: bytes  # unpacked when the server gzipped it; empty when not read

    @property
    def type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    @property
    def encoding(self) -> str:
        return (self.headers.get("Content-Encoding") or "").strip().lower()

    def max_age(self) -> int | None:
        found = re.search(r"max-age=(\d+)", self.headers.get("Cache-Control") or "")
        return int(found[1]) if found else None


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a redirect is an answer to check, not to follow


_OPENER = urllib.request.build_opener(_NoRedirects)


def fetch(url: str, *, read: bool = True) -> Response:
    """GET ``url`` as a browser would (gzip accepted); raises OSError when the server cannot be reached."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"})
    try:
        response = _OPENER.open(request, timeout=TIMEOUT_S)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        body = response.read() if read else b""
        headers = response.headers
        if body and (headers.get("Content-Encoding") or "").strip().lower() == "gzip":
            # Said to be gzipped and not: kept as it is, and what follows finds it is not what was built.
            with contextlib.suppress(OSError, EOFError):
                body = gzip.decompress(body)
        return Response(url, response.status or 0, headers, body)


class _Page(HTMLParser):
    """What a page links to, loads, and the policy in its <meta> tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.loads: list[tuple[str, str]] = []  # (kind, url)
        self.meta_policy = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        rels = set(values.get("rel", "").lower().split())
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        elif tag == "script" and values.get("src"):
            self.loads.append(("script", values["src"]))
        elif tag == "link" and "stylesheet" in rels and values.get("href"):
            self.loads.append(("stylesheet", values["href"]))
        elif (tag == "link" and "icon" in rels and values.get("href")) or (tag == "img" and values.get("src")):
            self.loads.append(("image", values.get("href") or values["src"]))
        elif tag == "meta" and values.get("http-equiv", "").lower() == "content-security-policy":
            self.meta_policy = values.get("content", "")


def directives(policy: str) -> dict[str, set[str]]:
    """A Content-Security-Policy by directive name: its sources."""
    found: dict[str, set[str]] = {}
    for name, *sources in (part.split() for part in policy.split(";") if part.strip()):
        found.setdefault(name.lower(), set(sources))  # a repeated directive counts once, as in a browser
    return found


@dataclass
class Report:
    """Problems by what is wrong, each with the addresses where it is."""

    problems: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, url: str, problem: str) -> None:
        self.problems.setdefault(problem, [])
        if url not in self.problems[problem]:
            self.problems[problem].append(url)

    def lines(self) -> list[str]:
        """A line for each address with a problem; past a few of one kind, one line says how many more."""
        lines = []
        for problem, urls in self.problems.items():
            if len(urls) > GROUPED_AFTER:
                lines.append(f"{urls[0]}: {problem} (and {len(urls) - 1} more like it)")
            else:
                lines += [f"{url}: {problem}" for url in urls]
        return lines


@dataclass
class Checker:
    base: str
    expected_policy: str | None  # from --site, the build on this machine
    report: Report = field(default_factory=Report)
    headers_configurable: bool = True
    pages_count: int = 0

    def run(self) -> Report:
        home = fetch(self.base)
        if "github.com" in (home.headers.get("Server") or "").lower():
            self.headers_configurable = False
            self.report.notes.append(
                "GitHub Pages sends no headers of your choice: the Content-Security-Policy header and caching are"
                " not checked (every page carries its policy in a <meta> tag)."
            )
        published = fetch(urljoin(self.base, CSP_FILE))
        published_policy = published.body.decode("utf-8", "replace").strip() if published.status == 200 else None
        if published_policy is None:
            self.report.add(published.url, f"HTTP {published.status}: not this guide's site, or not all of it")
        self.pages_count = len(self.pages(home, published_policy))
        self.checker_files()
        self.sub_path()
        self.not_found()
        return self.report

    # --- the pages and what they load ------------------------------------------------------------------------

    def pages(self, home: Response, published_policy: str | None) -> list[str]:
        seen, queue, loads = {home.url}, [home], set()
        while queue and len(seen) <= MAX_PAGES:
            page = queue.pop(0)
            if not self.expect(page, "page"):
                continue
            self.compressed(page)
            self.cached(page, hashed=False)
            parsed = _Page()
            parsed.feed(page.body.decode("utf-8", "replace"))
            self.policy(page, parsed.meta_policy, published_policy)
            for href in parsed.links:
                url = urldefrag(urljoin(page.url, href)).url.split("?")[0]
                if url.startswith(self.base) and url not in seen and (url.endswith("/") or url.endswith(".html")):
                    seen.add(url)
                    queue.append(fetch(url))
            loads |= {(kind, urljoin(page.url, src)) for kind, src in parsed.loads}
        for kind, url in sorted(loads):
            if url.startswith(self.base):
                self.asset(url, kind)
        return sorted(seen)

    def asset(self, url: str, kind: str) -> None:
        response = fetch(url, read=False)
        if kind == "image":
            self.expect(response, None)
        elif self.expect(response, kind):
            self.compressed(response)
        self.cached(response, hashed=bool(HASHED_NAME.search(urlsplit(url).path)))

    # --- what the draft checker loads ------------------------------------------------------------------------

    def checker_files(self) -> None:
        self.asset(urljoin(self.base, WORKER), "script")
        checker = urljoin(self.base, CHECKER)
        where = self.json(checker + "runtime.json")
        if where is not None:
            runtime = urljoin(checker + "runtime.json", str(where.get("indexURL", "")))
            for name in RUNTIME:
                kind = {".js": "script", ".wasm": "wasm"}.get(name[name.rfind(".") :])
                response = fetch(runtime + name, read=False)
                if self.expect(response, kind) and kind:
                    self.compressed(response)
                self.cached(response, hashed=True)
        lock = self.json(checker + "pyodide-lock.json")
        for entry in (lock or {}).get("packages", {}).values():
            wheel = fetch(checker + entry["file_name"])
            if self.expect(wheel, None):
                self.cached(wheel, hashed=True)
                if hashlib.sha256(wheel.body).hexdigest() != entry["sha256"]:
                    self.report.add(wheel.url, "does not match its sha256 in pyodide-lock.json: not the file built")
        self.json(checker + "policy.json")
        manifest = self.json(checker + "snapshot.json")
        if manifest is None:
            self.report.add(checker + "snapshot.json", "the checker's snapshot is not served: it starts seconds slower")
            return
        snapshot = fetch(checker + manifest["url"])
        if self.expect(snapshot, None):
            self.cached(snapshot, hashed=True)
            # The worker checks the file as built (gzipped); a server that unpacked it on the way still passes.
            digest = "sha256-" + base64.b64encode(hashlib.sha256(self.as_built(snapshot)).digest()).decode()
            if digest != manifest["integrity"]:
                self.report.add(snapshot.url, "the snapshot does not match its sha256: readers get the slow start")

    def as_built(self, snapshot: Response) -> bytes:
        return snapshot.body if snapshot.body[:2] == b"\x1f\x8b" else gzip.compress(snapshot.body)

    def json(self, url: str) -> dict[str, Any] | None:
        response = fetch(url)
        if not self.expect(response, None):
            return None
        try:
            value = json.loads(response.body)
        except ValueError:
            self.report.add(url, "is not the JSON the build wrote")
            return None
        return value if isinstance(value, dict) else None

    # --- the address without its slash, and a page that does not exist ----------------------------------------

    def sub_path(self) -> None:
        path = urlsplit(self.base).path
        if path == "/":
            return
        bare = self.base.rstrip("/")
        answer = fetch(bare, read=False)
        target = urljoin(bare, answer.headers.get("Location") or "")
        if answer.status not in (301, 302, 307, 308) or target != self.base:
            got = f"redirects to {target}" if 300 <= answer.status < 400 else f"answers HTTP {answer.status}"
            self.report.add(bare, f"{got}, not a redirect to {self.base}")

    def not_found(self) -> None:
        missing = fetch(urljoin(self.base, NOT_A_PAGE))
        if missing.status != 404:
            self.report.add(missing.url, f"answers HTTP {missing.status} for a page that does not exist, not 404")
            return
        own = fetch(urljoin(self.base, "404.html"))
        if own.status == 200 and missing.body != own.body:
            self.report.add(missing.url, "a missing page gets the server's own 404 page, not the site's 404.html")

    # --- one response --------------------------------------------------------------------------------------------

    def expect(self, response: Response, kind: str | None) -> bool:
        """Served (HTTP 200), with a type the browser accepts for ``kind``; reports it and says False otherwise."""
        if response.status != 200:
            where = f" to {response.headers.get('Location')}" if 300 <= response.status < 400 else ""
            self.report.add(response.url, f"HTTP {response.status}{where}")
            return False
        wanted = EXPECTED_TYPES.get(kind or "")
        if wanted and response.type not in wanted:
            sent = response.type or "no Content-Type"
            self.report.add(response.url, f"sent as {sent}, not {sorted(wanted)[-1]}: browsers refuse it as a {kind}")
            return False
        return True

    def compressed(self, response: Response) -> None:
        if response.type.startswith(COMPRESSIBLE) and response.encoding not in ("gzip", "br", "zstd", "deflate"):
            self.report.add(response.url, f"{response.type} is sent uncompressed")

    def cached(self, response: Response, *, hashed: bool) -> None:
        if not self.headers_configurable or response.status != 200:
            return
        age = response.max_age()
        control = response.headers.get("Cache-Control") or "no Cache-Control"
        if hashed and (age is None or age < LONG_CACHE_S):
            self.report.add(response.url, f"content-hashed but not kept long ({control}); a year is safe")
        elif not hashed and ((age or 0) > SHORT_CACHE_S or "immutable" in control):
            self.report.add(response.url, f"kept too long for a name that stays ({control}): a rebuild goes unseen")

    def policy(self, page: Response, meta_policy: str, published_policy: str | None) -> None:
        if not self.headers_configurable:
            return
        header = page.headers.get_all("Content-Security-Policy") or []
        if not header:
            self.report.add(page.url, "no Content-Security-Policy header (the server file sends it)")
            return
        value = header[-1].strip()
        if value.lower().startswith("content-security-policy"):
            self.report.add(page.url, "the Content-Security-Policy header's value starts with the header's own name")
        for expected, whose in (
            (published_policy, "the published build's"),
            (self.expected_policy, "the local build's"),
        ):
            if expected is not None and value != expected:
                self.report.add(page.url, f"the Content-Security-Policy header differs from {whose} ({CSP_FILE})")
        needed, sent = directives(meta_policy), directives(value)
        for name in ("script-src", "style-src"):
            blocked = {s for s in needed.get(name, set()) if s.startswith("'sha256-")} - sent.get(name, set())
            if blocked:
                self.report.add(page.url, f"the Content-Security-Policy header blocks this page's inline {name[:-4]}s")


def check(base: str, expected_policy: str | None = None) -> tuple[Report, int]:
    checker = Checker(base, expected_policy)
    report = checker.run()
    return report, checker.pages_count


def parse_args(argv: Iterable[str]) -> tuple[str, str | None]:
    parser = argparse.ArgumentParser(prog="check-server", description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="the site's address, e.g. https://careers.example.edu/after-the-interview/")
    parser.add_argument("--site", type=Path, help="a built site (site/) whose Content-Security-Policy to expect")
    options = parser.parse_args(list(argv))
    url = options.url if options.url.endswith("/") else options.url + "/"
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise UsageError(f"{options.url!r} is not an http(s) address of the site")
    expected = None
    if options.site is not None:
        try:
            expected = (options.site / CSP_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            raise UsageError(f"{options.site}: no {CSP_FILE}; run `make build` first") from None
    return url, expected


def main(argv: Iterable[str] | None = None) -> int:
    try:
        url, expected = parse_args(sys.argv[1:] if argv is None else argv)
    except UsageError as error:
        print(f"check-server: {error}", file=sys.stderr)
        return 2
    try:
        report, pages = check(url, expected)
    except OSError as error:
        print(f"{url}: cannot be reached ({getattr(error, 'reason', error)})")
        return 1
    for note in report.notes:
        print(f"note: {note}")
    lines = report.lines()
    for line in lines:
        print(line)
    outcome = f"{len(lines)} problem{'s' if len(lines) != 1 else ''}" if lines else "no problems"
    print(f"check-server: {url}: {outcome} ({pages} pages)")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
