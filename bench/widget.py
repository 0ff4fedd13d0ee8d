"""How fast the checker starts and answers in the browser: fresh and warm profiles, medians over several visits.

    .venv/bin/python bench/widget.py [--site site] [--runs 5] [--checks 200] [--no-lighthouse]
    .venv/bin/python bench/widget.py --link 4g [--link slow4g] [--host github|nginx] [--runs 1]

Serves the built site (``make build``; ``--site`` for another) on 127.0.0.1 under a sub-path and, in Chromium with
a profile of its own (a fresh one per cold visit, one reused for warm visits, so the HTTP cache is a real disk
cache), measures from the page's own clock, once for each way the worker can start Python (restored from the
build's memory snapshot, and the normal start with the wheels that it falls back to when the server has no
snapshot):

- navigation to ``followupChecker.ready``;
- the first click on "Check", pressed as soon as the button shows (after typing an interview date and a draft),
  to the first finding on the page;
- main-thread long tasks up to then (the blocking part of each task over 50 ms, as total blocking time counts it);
- per-check latency, ``followupChecker.check`` of a 300-word draft, round trip through the worker;
- bytes the server sent, by kind of file (and what gzip would make of them);
- typing into a 300-word draft once a report is on show, word after word at a steady typist's pace: from the last
  keystroke of each word to the report and marks for the text with it (the page's pause before it checks again
  included), the main thread's tasks over 50 ms meanwhile, and whether the draft holds exactly what was typed.

Lighthouse (performance score and total blocking time of the check page) runs once at the end.
Targets (issue 4): results within 1.0 s of the click warm and 3.0 s cold, a check under 10 ms at the 95th
percentile, total blocking time 0, Lighthouse performance at least 95; (issue 10) last keystroke to updated marks
under 100 ms at the 95th percentile, and no task over 50 ms while typing.

``--link 4g`` (or ``slow4g``, Lighthouse's slow 4G) instead serves the site over a paced link (bench/link.py: one
shared link, a round trip per request, compressed as GitHub Pages does or, with ``--host nginx``, as the nginx
configuration of hooks/server.py serves it) and prints, for a fresh profile, navigation to ready and the bytes on the
wire by file: as the worker chooses its start, with the snapshot forced, and from the wheels; then what a warm
visit asks for. Targets (issue 11): on 4G ready within 6 s and at most 5 MB on the wire.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.link import HOSTS, LINKS, Link, serving_over  # noqa: E402  # after the path is set
from tests.conftest import CHROMIUM_FLAGS, _Handler, chromium_path  # noqa: E402

PREFIX = "/after-the-interview/"
CHECK_PAGE = "check-your-draft/"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
SENTENCE = "Thank you for taking the time to talk with me about the analyst role and the team's plans for next year."
DRAFT = "Dear Ms. Achieng,\n\n" + " ".join([SENTENCE] * 14) + "\n\nBest regards,\nAda Lovelace"  # about 300 words
KINDS = {
    ".wasm": "wasm",
    ".zip": "stdlib",
    ".snapshot": "snapshot",
    ".gzip": "wheels",
    ".mjs": "js",
    ".js": "js",
    ".json": "json",
}
SNAPSHOT_MANIFEST = "assets/checker/snapshot.json"
VISIT_TIMEOUT_MS = 600_000  # slow 4G moves about 12 MB a minute

# In the page before anything else: when the checker became ready, when the first click happened, when the first
# finding appeared, and the long tasks on the main thread.
PROBE = """
window.__bench = {ready: null, click: null, results: null, longTasks: []};
let checker;
Object.defineProperty(window, "followupChecker", {
  configurable: true,
  get: () => checker,
  set: (api) => {
    checker = api;
    api.ready.then(() => { window.__bench.ready = performance.now(); });
  },
});
document.addEventListener("click", () => { window.__bench.click ??= performance.now(); }, true);
new MutationObserver(() => {
  if (document.querySelector("[data-rule]")) window.__bench.results ??= performance.now();
}).observe(document, {childList: true, subtree: true});
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) window.__bench.longTasks.push([task.startTime, task.duration]);
}).observe({type: "longtask", buffered: true});
"""


class _CountingHandler(_Handler):
    """The tests' static server, counting the body bytes it sends per file."""

    sent: collections.Counter[str] = collections.Counter()  # noqa: RUF012  # shared by all requests, on purpose
    missing: frozenset[str] = frozenset()  # paths under the prefix to answer 404, as a server without them would

    def send_head(self) -> BinaryIO | None:
        if self.path.split("?")[0].removeprefix(PREFIX) in self.missing:
            self.send_error(404)
            return None
        return super().send_head()

    def copyfile(self, source: BinaryIO, outputfile: BinaryIO) -> None:  # type: ignore[override]
        start = source.tell()
        super().copyfile(source, outputfile)
        self.sent[self.path.split("?")[0]] += source.tell() - start


@contextmanager
def serving(site: Path) -> Iterator[str]:
    handler = functools.partial(_CountingHandler, directory=str(site), prefix=PREFIX)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Visit:
    ready_ms: float
    click_to_results_ms: float
    blocking_ms: float
    sent: dict[str, int]
    started_from: str


def _browser(playwright: Playwright, profile: Path) -> BrowserContext:
    """Chromium with a profile of its own (so the HTTP cache is a real disk cache), at laptop size."""
    return playwright.chromium.launch_persistent_context(
        profile,
        executable_path=chromium_path(),
        headless=True,
        args=CHROMIUM_FLAGS,
        viewport={"width": 1280, "height": 900},
    )


def visit(playwright: Playwright, profile: Path, url: str, sent: collections.Counter[str] | None = None) -> Visit:
    """One visit of the check page in a browser using ``profile``: type, click Check as soon as it shows, wait.

    ``sent`` counts the server's body bytes by path (the local server's counter unless given); it starts empty.
    """
    sent = _CountingHandler.sent if sent is None else sent
    sent.clear()
    context = _browser(playwright, profile)
    try:
        page = context.pages[0] if context.pages else context.new_page()
        page.set_default_timeout(VISIT_TIMEOUT_MS)
        page.add_init_script(PROBE)
        page.goto(url + CHECK_PAGE, wait_until="commit")
        page.get_by_label("Interview date").fill("2026-11-16")
        page.get_by_label("Draft note").fill(DRAFT)
        page.get_by_role("button", name="Check", exact=True).click()
        page.wait_for_function(
            "() => window.__bench.results !== null && window.__bench.ready !== null", timeout=VISIT_TIMEOUT_MS
        )
        probe = page.evaluate("window.__bench")
        blocking = sum(max(0.0, duration - 50) for start, duration in probe["longTasks"] if start < probe["results"])
        started_from = page.evaluate("window.followupChecker.status.startedFrom")
        return Visit(probe["ready"], probe["results"] - probe["click"], blocking, dict(sent), started_from)
    finally:
        context.close()


def check_latencies(playwright: Playwright, profile: Path, url: str, checks: int) -> list[float]:
    context = _browser(playwright, profile)
    try:
        page: Page = context.pages[0] if context.pages else context.new_page()
        page.goto(url + CHECK_PAGE)
        plan = {
            "interview_date": "2026-11-16",
            "today": "2026-11-17",
            "follow_ups": [{"kind": "thank-you", "date": "2026-11-17", "channel": "email", "draft": DRAFT}],
        }
        latencies: list[float] = page.evaluate(
            """async ([plan, checks]) => {
                const api = window.followupChecker;
                await api.ready;
                for (let i = 0; i < 20; i++) await api.check(plan);  // warm up
                const times = [];
                for (let i = 0; i < checks; i++) {
                    const start = performance.now();
                    await api.check(plan);
                    times.push(performance.now() - start);
                }
                return times;
            }""",
            [plan, checks],
        )
        return latencies
    finally:
        context.close()


# In the page once a first report is on show: the time of each keystroke, of each new report (the findings list and
# the marks are redrawn together, after a check of the text as it then is), and the main thread's long tasks.
TYPING_PROBE = """
window.__typing = {keys: [], reports: [], longTasks: []};
document.addEventListener("keydown", () => window.__typing.keys.push(performance.now()), true);
new MutationObserver(() => window.__typing.reports.push(performance.now()))
  .observe(document.getElementById("atl-findings"), {childList: true});
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) window.__typing.longTasks.push(task.duration);
}).observe({type: "longtask"});
"""
TYPED_WORDS = ["and", "I", "would", "welcome", "the", "chance", "to", "bring", "that", "care", "to", "your", "team"]
# The page's pause after a keystroke before it checks again, read from its script so the figure names it right.
FOLLOW_TYPING_MS = int(
    re.search(r"FOLLOW_TYPING_MS = (\d+)", (ROOT / "docs/javascripts/form/main.js").read_text(encoding="utf-8"))[1]  # type: ignore[index]
)
KEY_DELAY_MS = 110  # a steady typist, about 100 words a minute: every pause passes the page's debounce


@dataclass
class Typing:
    to_marks_ms: list[float]  # last keystroke of a word to the report and marks for the text with that word
    long_tasks_ms: list[float]  # main-thread tasks over 50 ms while typing
    intact: bool  # the draft holds exactly what was typed, no character dropped or doubled


def typing_latencies(playwright: Playwright, profile: Path, url: str, rounds: int) -> Typing:
    """Type word after word into a 300-word draft, as a reader would once a report is on show."""
    context = _browser(playwright, profile)
    try:
        page: Page = context.pages[0] if context.pages else context.new_page()
        page.goto(url + CHECK_PAGE)
        page.evaluate("window.followupChecker.ready")
        page.get_by_label("Interview date").fill("2026-11-16")
        draft = page.get_by_label("Draft note")
        draft.fill(DRAFT)
        page.get_by_role("button", name="Check", exact=True).click()
        page.locator("[data-rule]").first.wait_for()
        page.evaluate(TYPING_PROBE)
        caret = DRAFT.index("\n\nBest regards")
        draft.evaluate("(box, at) => { box.focus(); box.setSelectionRange(at, at); }", caret)
        typed = ""
        to_marks = []
        for word in (TYPED_WORDS * rounds)[:rounds]:
            page.keyboard.type(" " + word, delay=KEY_DELAY_MS)
            typed += " " + word
            page.wait_for_function("() => window.__typing.reports.some((t) => t > window.__typing.keys.at(-1))")
            probe = page.evaluate("window.__typing")
            last_key = probe["keys"][-1]
            to_marks.append(min(t for t in probe["reports"] if t > last_key) - last_key)
        intact = draft.input_value() == DRAFT[:caret] + typed + DRAFT[caret:]
        long_tasks = [d for d in page.evaluate("window.__typing.longTasks") if d > 50]
        return Typing(to_marks, long_tasks, intact)
    finally:
        context.close()


def lighthouse(url: str) -> tuple[float, float] | None:
    """Lighthouse's performance score and total blocking time (ms) for the check page, or None if it cannot run."""
    if not LIGHTHOUSE.exists():
        return None
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        result = subprocess.run(
            [
                str(LIGHTHOUSE), url + CHECK_PAGE, "--only-categories=performance", "--output=json",
                f"--output-path={report}", "--quiet", f"--chrome-flags=--headless=new {' '.join(CHROMIUM_FLAGS)}",
            ],
            env={**os.environ, "CHROME_PATH": chromium_path() or ""},
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip
        if result.returncode != 0 or not report.exists():
            print(f"lighthouse failed: {result.stderr.strip()[-500:]}", file=sys.stderr)
            return None
        data = json.loads(report.read_text(encoding="utf-8"))
    return data["categories"]["performance"]["score"] * 100, data["audits"]["total-blocking-time"]["numericValue"]


def by_kind(sent: dict[str, int], site: Path) -> dict[str, tuple[int, int]]:
    """Bytes sent and their gzip size, by kind of file."""
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for path, size in sent.items():
        kind = KINDS.get(Path(path).suffix, "page" if path.endswith("/") else Path(path).suffix.lstrip(".") or "other")
        totals[kind][0] += size
        if size:
            totals[kind][1] += gzipped_size(site / path[len(PREFIX) :])
    return {kind: (raw, zipped) for kind, (raw, zipped) in sorted(totals.items())}


@functools.cache
def gzipped_size(path: Path) -> int:
    return len(gzip.compress((path / "index.html" if path.is_dir() else path).read_bytes(), compresslevel=6))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(name: str, visits: list[Visit], site: Path) -> None:
    ways = collections.Counter(v.started_from for v in visits)
    started = ", ".join(f"{count} from {way}" for way, count in ways.items())
    print(f"\n{name} profile, median of {len(visits)} visits (Python started {started})")
    print(f"  navigation to ready          {statistics.median(v.ready_ms for v in visits):8.0f} ms")
    print(f"  click on Check to results    {statistics.median(v.click_to_results_ms for v in visits):8.0f} ms")
    print(f"  main-thread blocking         {statistics.median(v.blocking_ms for v in visits):8.0f} ms")
    print("  bytes sent (first visit)      raw        gzip")
    kinds = by_kind(visits[0].sent, site)
    for kind, (raw, zipped) in kinds.items():
        print(f"    {kind:<24}{raw:>10,}  {zipped:>10,}")
    print(f"    {'total':<24}{sum(r for r, _ in kinds.values()):>10,}  {sum(z for _, z in kinds.values()):>10,}")


WAYS = {"snapshot": frozenset(), "wheels": frozenset({SNAPSHOT_MANIFEST})}  # a way to start, and what the server lacks
# Over a slow link the worker chooses the wheels; to measure the snapshot there too, the file it times (the standard
# library, 0.7 MB) goes past the link, so the worker takes the link for a fast one.
LINK_WAYS = {
    "as the worker chooses": (frozenset[str](), frozenset[str]()),
    "snapshot, forced": (frozenset[str](), frozenset({"/python_stdlib.zip.gz"})),
    "wheels (no snapshot.json)": (frozenset({SNAPSHOT_MANIFEST}), frozenset[str]()),
}
LISTED_BYTES = 20_000  # files smaller than this are counted together in the link profile


def link_profile(playwright: Playwright, site: Path, link: Link, *, host: str, runs: int, profiles: Path) -> None:
    """Fresh visits over ``link`` for each way to start, then a warm one: time to ready and bytes on the wire."""
    with serving_over(site, PREFIX, link, host) as served:
        print(f"\n{link.name}, served as {host} serves it; fresh profile, median of {runs} visit(s)")
        for way, (missing, unpaced) in LINK_WAYS.items():
            served.missing, served.unpaced = missing, unpaced
            visits = []
            for run in range(runs):
                profile = profiles / f"link-{link.mbps}-{host}-{way.split()[0]}-{run}"
                served.reset()
                visits.append(visit(playwright, profile, served.url, served.sent))
                requests = sum(served.requests.values())
            started = ", ".join(sorted({v.started_from for v in visits}))
            ready = statistics.median(v.ready_ms for v in visits)
            click = statistics.median(v.click_to_results_ms for v in visits)
            print(f"  {way} (started from {started}): navigation to ready {ready:,.0f} ms,", end=" ")
            print(f"click to results {click:,.0f} ms")
            sent = visits[-1].sent
            small = {path: size for path, size in sent.items() if size < LISTED_BYTES}
            for path, size in sorted(sent.items(), key=lambda item: -item[1]):
                if size >= LISTED_BYTES:
                    print(f"    {path.removeprefix(PREFIX):<80}{size:>12,}")
            print(f"    {f'{len(small)} smaller files':<80}{sum(small.values()):>12,}")
            print(f"    {f'on the wire, {requests} requests':<80}{sum(sent.values()):>12,}")
            served.reset()
            warm = visit(playwright, profile, served.url, served.sent)  # the last fresh profile, now warm
            refetched = ", ".join(p.removeprefix(PREFIX) for p, size in served.sent.items() if size >= LISTED_BYTES)
            print(
                f"    warm visit: ready {warm.ready_ms:,.0f} ms; {sum(served.requests.values())} requests"
                f" ({sum(served.not_modified.values())} answered 304), {sum(served.sent.values()):,} bytes"
                + (f"; downloaded again: {refetched}" if refetched else "")
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="a built site (default: site/)")
    parser.add_argument("--runs", type=int, default=5, help="visits per profile (default: 5)")
    parser.add_argument("--checks", type=int, default=200, help="timed checks for the latency (default: 200)")
    parser.add_argument("--words", type=int, default=40, help="words typed for the typing latency (default: 40)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument(
        "--link",
        action="append",
        choices=sorted(LINKS),
        help="instead: the link profile, fresh visits served over this link (repeat for both)",
    )
    parser.add_argument("--host", choices=HOSTS, default="github", help="the host the link profile serves as")
    options = parser.parse_args()
    if not (options.site / CHECK_PAGE / "index.html").is_file():
        parser.error(f"no built site in {options.site}; run `make build` first")
    if options.link:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
            for name in options.link:
                link_profile(
                    playwright, options.site, LINKS[name], host=options.host, runs=options.runs, profiles=Path(folder)
                )
        return 0
    with serving(options.site) as url, sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
        profiles = Path(folder)
        results: dict[str, tuple[list[Visit], list[Visit]]] = {}
        # Interleaved, so a busy spell on a shared machine does not fall on one way of starting only.
        ways = WAYS
        for way in ways:
            results[way] = ([], [])
        for run in range(options.runs):
            for way, missing in ways.items():
                _CountingHandler.missing = missing
                results[way][0].append(visit(playwright, profiles / f"cold-{way}-{run}", url))
                shutil.rmtree(profiles / f"cold-{way}-{run}")
        for way, missing in ways.items():
            _CountingHandler.missing = missing
            visit(playwright, profiles / f"warm-{way}", url)  # fills the cache
        for _ in range(options.runs):
            for way, missing in ways.items():
                _CountingHandler.missing = missing
                results[way][1].append(visit(playwright, profiles / f"warm-{way}", url))
        _CountingHandler.missing = frozenset()
        latencies = check_latencies(playwright, profiles / "warm-snapshot", url, options.checks)
        typing = typing_latencies(playwright, profiles / "warm-snapshot", url, options.words)
        for way, (cold, warm) in results.items():
            report(f"Fresh ({way})", cold, options.site)
            report(f"Warm ({way})", warm, options.site)
        for phase in (0, 1):
            name = ("Fresh", "Warm")[phase]
            ratio = statistics.median(v.click_to_results_ms for v in results["snapshot"][phase]) / statistics.median(
                v.click_to_results_ms for v in results["wheels"][phase]
            )
            print(f"\n{name}: click to results from the snapshot takes {ratio:.2f}x the time of a normal start")
        print(f"\nper check, 300-word draft ({len(latencies)} checks)")
        print(f"  median {statistics.median(latencies):6.2f} ms   p95 {percentile(latencies, 0.95):6.2f} ms")
        print(f"\ntyping into a 300-word draft, {len(typing.to_marks_ms)} words at {KEY_DELAY_MS} ms a key")
        print(
            f"  last keystroke to updated marks: median {statistics.median(typing.to_marks_ms):6.1f} ms"
            f"   p95 {percentile(typing.to_marks_ms, 0.95):6.1f} ms (the {FOLLOW_TYPING_MS} ms pause included)"
        )
        worst = f", the longest {max(typing.long_tasks_ms):.0f} ms" if typing.long_tasks_ms else ""
        print(f"  main-thread tasks over 50 ms while typing: {len(typing.long_tasks_ms)}{worst}")
        print(f"  the draft holds exactly what was typed: {'yes' if typing.intact else 'NO'}")
        scores = None if options.no_lighthouse else lighthouse(url)
        if scores:
            print(f"\nLighthouse (check page): performance {scores[0]:.0f}, total blocking time {scores[1]:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
