"""Lighthouse on every page of the built guide (mobile profile): the four scores and the bytes transferred.

    .venv/bin/python bench/site.py [--site site] [--office office.yml] [--runs 3]

Builds the site into a temporary folder unless ``--site`` names an existing build, serves it on 127.0.0.1 with
gzip (as GitHub Pages and the server snippets in the career-offices page do), and runs node_modules/.bin/lighthouse
once per page. Targets: accessibility, best practices and SEO 100, performance 95 or more, a page under 300 KB.
Performance is scored under Lighthouse's simulated mobile throttling, so a busy machine lowers it: ``--runs 3``
keeps each page's median run. Prints a table; exits non-zero only when a measurement could not be made.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM_FLAGS, build_site, chromium_path  # noqa: E402  # after the path is set

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PAGE_BUDGET = 300 * 1024
COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm", ".py")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped when the browser accepts it, so transfer sizes are those a reader would see."""

    extensions_map = {  # noqa: RUF012  # the stdlib's own attribute, extended
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
    }

    def send_head(self) -> BinaryIO | None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not accepts_gzip or path.suffix not in COMPRESSIBLE:
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass(frozen=True)
class Result:
    page: str
    scores: dict[str, int]
    transfer_bytes: int
    failing_audits: tuple[str, ...]


def pages(site: Path) -> Iterator[str]:
    """Every built page as a URL path from the site root."""
    for index in sorted(site.rglob("index.html")):
        folder = index.parent.relative_to(site).as_posix()
        yield "" if folder == "." else folder + "/"


def lighthouse(url: str) -> Result:
    flags = " ".join([*CHROMIUM_FLAGS, "--headless=new"])
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROMIUM_PATH") or chromium_path() or "/usr/bin/chromium"}
    completed = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--chrome-flags={flags}",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(completed.stdout)
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = tuple(
        f"{audit_id} ({audit.get('displayValue') or audit['score']})"
        for audit_id, audit in report["audits"].items()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    )
    return Result(url, scores, int(report["audits"]["total-byte-weight"]["numericValue"]), failing)


def median_run(url: str, runs: int) -> Result:
    results = sorted((lighthouse(url) for _ in range(max(1, runs))), key=lambda result: result.scores["performance"])
    return results[len(results) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an existing build (default: build one now)")
    parser.add_argument("--office", type=Path, help="the office config to build with (default: office.yml)")
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median by performance is kept")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = options.site or build_site(Path(scratch) / "site", options.office)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            results = [median_run(base + page, options.runs) for page in pages(site)]
        finally:
            server.shutdown()
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    header = f"{'page':<28} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'transfer':>10}"
    print(header)
    print("-" * len(header))
    for result in results:
        marks = [
            f"{result.scores[name]:>4}{'' if result.scores[name] >= TARGETS[name] else '!'}" for name in CATEGORIES
        ]
        over = "" if result.transfer_bytes < PAGE_BUDGET else "!"
        path = result.page.removeprefix(base) or "(home)"
        print(f"{path:<28} {' '.join(f'{m:>5}' for m in marks)} {result.transfer_bytes / 1024:>8.1f}KB{over}")
    print(f"\n! = below target (performance {TARGETS['performance']}, others 100; transfer under 300 KB)")
    for result in results:
        if result.failing_audits:
            print(f"{result.page.removeprefix(base) or '(home)'}: {', '.join(result.failing_audits)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
