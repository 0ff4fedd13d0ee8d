"""The checker in the browser (window.followupChecker): the CLI's answers, under the site's CSP, failures explained.

The UI on the page is tested elsewhere; these tests drive the JavaScript API the UI is built on.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from mkdocs.exceptions import PluginError
from playwright.sync_api import Browser, Page, Route

from checker import DEFAULT_WORKING_DAYS, Policy, check, plan_from_json, policy_from_document
from checker.bridge import plan_timeline_json, timeline_json
from tests.conftest import OFFICE, ROOT, Guarded, SiteServer, build_site, drop_first_request
from tests.fixture_cases import all_plans

CHECK_PAGE = "check-your-draft/"
# Long enough for a slow machine to load Pyodide, short enough that a hang fails the test instead of the run.
SETTLE_MS = 90_000

EMOJI_DRAFT = "Hi 👋🏽 Sam,\n\nThanks 🙏 for today! Please let me know ASAP 😅 what you decided.\n\nBest,\nAda"
EMOJI_PLAN: dict[str, object] = {
    "interview_date": "2026-11-16",
    "today": "2026-11-17",
    "follow_ups": [{"kind": "thank-you", "date": "2026-11-17", "channel": "email", "draft": EMOJI_DRAFT}],
}
PHONE_PLAN: dict[str, object] = {
    "interview_date": "2026-11-16",
    "today": "2026-11-30",
    "follow_ups": [{"kind": "check-in", "date": "2026-11-24", "channel": "phone"}],
}


class Checker:
    """window.followupChecker on an open page, as a test uses it."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def settled(self, function: str, argument: object = None) -> dict[str, Any]:
        """Run a JS function in the page and await it: ``{"ok": value}``, ``{"code", "message"}`` or ``{"hung": 1}``.

        A promise that never settles is the failure the tests look for, so it must not stop the run.
        """
        result: dict[str, Any] = self.page.evaluate(
            f"""([argument, limit]) => Promise.race([
                Promise.resolve().then(() => ({function})(argument)).then(
                    (value) => ({{ok: value === undefined ? null : value}}),
                    (error) => ({{code: error.code, message: error.message}})),
                new Promise((resolve) => setTimeout(() => resolve({{hung: 1}}), limit)),
            ])""",
            [argument, SETTLE_MS],
        )
        return result

    def ready(self) -> dict[str, Any]:
        return self.settled("() => window.followupChecker.ready")

    def check(self, plan: object) -> dict[str, Any]:
        return self.settled("(plan) => window.followupChecker.check(plan)", plan)


def open_checker(page: Page, url: str) -> Checker:
    page.goto(url + CHECK_PAGE)
    return Checker(page)


def expected(plan: dict[str, object], policy: Policy) -> dict[str, Any]:
    """What the checker says in CPython, as ``followup-check PLAN --format json`` prints it."""
    return check(plan_from_json(json.dumps(plan), dt.date.today()), policy).to_json()


def office_policy(office: Path = OFFICE) -> Policy:
    """The policy as ``followup-check --policy OFFICE`` reads it."""
    return policy_from_document(yaml.safe_load(office.read_text(encoding="utf-8")))


@pytest.fixture
def checker(page: Page, site_server: SiteServer) -> Checker:
    opened = open_checker(page, site_server.url)
    assert opened.ready() == {"ok": None}
    return opened


@pytest.mark.browser
def test_every_fixture_plan_gets_the_clis_answer(checker: Checker) -> None:
    names, plans = zip(*all_plans(), strict=True)
    answers = checker.settled(
        """async (plans) => {
            const answers = [];
            for (const plan of plans) answers.push(await window.followupChecker.check(plan));
            return answers;
        }""",
        plans,
    )["ok"]
    policy = office_policy()
    assert dict(zip(names, answers, strict=True)) == {name: expected(plan, policy) for name, plan in all_plans()}
    assert sum(bool(answer["findings"]) for answer in answers) > len(plans) / 2


@pytest.mark.browser
def test_the_cli_prints_what_the_browser_returns(checker: Checker, tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(EMOJI_PLAN), encoding="utf-8")
    printed = subprocess.run(
        [sys.executable, "-m", "checker", str(plan_file), "--format", "json", "--policy", str(OFFICE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert printed.returncode in (0, 1), printed.stderr
    assert checker.check(EMOJI_PLAN) == {"ok": json.loads(printed.stdout)}


@pytest.mark.browser
def test_spans_count_code_points_past_emoji(checker: Checker) -> None:
    answer = checker.check(EMOJI_PLAN)["ok"]
    spans = [(f["rule"], f["span"]) for f in answer["findings"] if f["span"] is not None]
    assert len(spans) >= 3, answer  # the emoji themselves and the word after them
    assert spans == [(f["rule"], f["span"]) for f in expected(EMOJI_PLAN, office_policy())["findings"] if f["span"]]
    # Read in JavaScript by code points, each span marks the same text as in Python.
    marked_in_js = checker.settled(
        "([draft, spans]) => spans.map(([start, end]) => [...draft].slice(start, end).join(''))",
        [EMOJI_DRAFT, [span for _, span in spans]],
    )
    assert marked_in_js["ok"] == [EMOJI_DRAFT[start:end] for _, (start, end) in spans]
    assert "ASAP" in marked_in_js["ok"]


@pytest.mark.browser
def test_a_plan_it_cannot_read_is_refused_with_the_checkers_reason(checker: Checker) -> None:
    refused = checker.check({"follow_ups": []})
    assert refused["code"] == "input"
    assert "interview_date" in refused["message"]


def site_holidays(built_site: Path) -> str:
    """The public holidays the site gives the browser, as the build wrote them."""
    return (built_site / "assets/checker/holidays.json").read_text(encoding="utf-8")


@pytest.mark.browser
def test_policy_timeline_and_calendar(checker: Checker, built_site: Path) -> None:
    policy = office_policy()
    holidays = site_holidays(built_site)
    assert checker.settled("() => window.followupChecker.policy") == {"ok": policy.to_json()}
    steps = checker.settled("() => window.followupChecker.timeline('2026-11-16', '2026-11-27')")["ok"]
    assert steps == json.loads(timeline_json("2026-11-16", "2026-11-27", json.dumps(policy.to_json()), holidays))
    assert [step["date"] for step in steps] == sorted(step["date"] for step in steps)
    assert all({"date", "start", "end", "title", "detail", "guide"} <= step.keys() for step in steps)
    # The days the picture draws, by the office's numbers: the thank-you from the interview to its last day,
    # the check-in on one day (after their date of the 27th, not before the policy's day, on a working day),
    # move on for good.
    interview, decision = dt.date(2026, 11, 16), dt.date(2026, 11, 27)
    days_off = set(json.loads(holidays)["dates"])

    def working(day: dt.date) -> bool:
        return day.weekday() < 5 and day.isoformat() not in days_off

    check_in = max(interview + dt.timedelta(days=policy.check_in_after_days), decision + dt.timedelta(days=1))
    while not working(check_in):
        check_in += dt.timedelta(days=1)
    thank_you = interview + dt.timedelta(days=policy.thank_you_within_days)
    while thank_you > interview and not working(thank_you):
        thank_you -= dt.timedelta(days=1)
    assert [(step["start"], step["end"]) for step in steps[1:3]] == [
        (interview.isoformat(), thank_you.isoformat()),
        (check_in.isoformat(), check_in.isoformat()),
    ]
    assert steps[-1]["end"] is None
    calendar = checker.settled("(plan) => window.followupChecker.ics(plan)", EMOJI_PLAN)["ok"]
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert checker.settled("() => window.followupChecker.status")["ok"]["stage"] == "ready"


TWO_ROUNDS: dict[str, object] = {
    "company": "Lakeside Logistics",
    "role": "Data Analyst",
    "interviews": [
        {"date": "2026-11-16", "interviewers": ["Amina Achieng", "Tom Berg"]},
        {"date": "2026-11-24", "interviewers": ["Priya Nair"]},
    ],
    "decision_date": "2026-12-01",
    "today": "2026-11-24",
    "follow_ups": [
        {"kind": "thank-you", "date": "2026-11-24", "to": "Priya Nair", "draft": "Dear Ms. Achieng,\n\nThanks."},
        {"kind": "offer-update", "date": "2026-11-26", "draft": "I have another offer."},
        {"kind": "withdrawal", "date": "2026-11-30"},
    ],
}


@pytest.mark.browser
def test_rounds_and_the_offices_holidays_in_the_browser_as_on_the_command_line(
    checker: Checker, built_site: Path
) -> None:
    policy = office_policy()
    steps = checker.settled("(plan) => window.followupChecker.planTimeline(plan)", TWO_ROUNDS)["ok"]
    assert steps == json.loads(
        plan_timeline_json(json.dumps(TWO_ROUNDS), json.dumps(policy.to_json()), site_holidays(built_site))
    )
    assert [step["title"] for step in steps][:4] == [
        "Review your first interview",
        "Send your thank-you email for your first interview",
        "Review your second interview",
        "Send your thank-you email for your second interview",
    ]
    answer = checker.check(TWO_ROUNDS)["ok"]
    assert answer == expected(TWO_ROUNDS, policy)
    assert {"wrong-name", "missing-deadline"} <= {finding["rule"] for finding in answer["findings"]}
    calendar = checker.settled("(plan) => window.followupChecker.ics(plan)", TWO_ROUNDS)["ok"]
    assert "SUMMARY:Your second interview" in calendar


def test_the_site_gives_the_browser_the_offices_holidays_as_dates(built_site: Path) -> None:
    data = json.loads(site_holidays(built_site))
    assert data["country"] == office_policy().holiday_country
    if data["country"]:
        assert data["dates"]
        assert data["years"][0] <= dt.date.today().year <= data["years"][1]
    else:
        assert data == DEFAULT_WORKING_DAYS.to_json()


@pytest.mark.browser
def test_the_offices_policy_is_the_one_applied(
    tmp_path: Path, serve: Callable[[Path, str], SiteServer], page: Page, neutral_server: SiteServer
) -> None:
    office = tmp_path / "office.yml"
    office.write_text(
        "office:\n  name: Strict Careers\npolicy:\n  check_in_after_days: 10\n  rules:\n    phone-follow-up: 'off'\n",
        encoding="utf-8",
    )
    strict = open_checker(page, serve(build_site(tmp_path / "site", office), "/").url)
    assert strict.ready() == {"ok": None}
    answer = strict.check(PHONE_PLAN)["ok"]
    assert answer == expected(PHONE_PLAN, office_policy(office))
    default_page = page.context.new_page()
    default = open_checker(default_page, neutral_server.url)
    assert default.ready() == {"ok": None}
    default_answer = default.check(PHONE_PLAN)["ok"]
    rules, default_rules = {f["rule"] for f in answer["findings"]}, {f["rule"] for f in default_answer["findings"]}
    assert "phone-follow-up" in default_rules - rules
    assert "check-in-too-soon" in rules - default_rules  # day 8 is early only when check-ins start on day 10
    assert answer["summary"]["policy"] == "Strict Careers"


# --- the Content-Security-Policy ---------------------------------------------------------------------------------


class _InlineScripts(HTMLParser):
    """The text of each inline script a browser would run, and the page's Content-Security-Policy."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.policy = ""
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self._inside = "src" not in found and found.get("type") in (None, "module", "text/javascript")
            if self._inside:
                self.scripts.append("")
        elif tag == "meta" and found.get("http-equiv") == "Content-Security-Policy":
            self.policy = found.get("content") or ""

    def handle_endtag(self, tag: str) -> None:
        self._inside = self._inside and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.scripts[-1] += data


def test_every_page_allows_its_inline_scripts_and_the_header_form_allows_all(built_site: Path) -> None:
    header = (built_site / "assets/checker/content-security-policy.txt").read_text(encoding="utf-8")
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        parsed = _InlineScripts()
        parsed.feed(page.read_text(encoding="utf-8"))
        digests = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in parsed.scripts}
        assert parsed.policy.startswith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"), page
        assert digests, page  # mkdocs-material's own inline scripts, at least
        assert all(digest in parsed.policy for digest in digests), page
        assert all(digest in header for digest in digests), page


@pytest.mark.browser
def test_pyodide_starts_under_the_pages_csp_with_no_violation(
    page: Page, site_server: SiteServer, violations: list[str]
) -> None:
    checker = open_checker(page, site_server.url)
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content") or ""
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in policy
    assert "unsafe-eval'" not in policy.replace("'wasm-unsafe-eval'", "")
    assert "unsafe-inline" not in policy
    assert checker.ready() == {"ok": None}
    assert checker.check(EMOJI_PLAN)["ok"]["findings"]
    for other in ("", "waiting/", "no-such-page/"):  # the 404 page too
        page.goto(site_server.url + other)
        page.wait_for_load_state("load")
    assert violations == ["Failed to load resource: the server responded with a status of 404 (File not found)"]


@pytest.mark.browser
def test_pyodide_starts_under_the_header_form_in_the_worker_too(
    page: Page, built_site: Path, site_server: SiteServer, violations: list[str]
) -> None:
    value = (built_site / "assets/checker/content-security-policy.txt").read_text(encoding="utf-8").strip()
    assert value.startswith("default-src 'self'; ")  # the value a server's config quotes, not a header line

    def with_header(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": value})

    page.route(f"{site_server.url}**", with_header)
    checker = open_checker(page, site_server.url)
    assert checker.ready() == {"ok": None}
    assert checker.check(EMOJI_PLAN)["ok"]["findings"]
    assert violations == []


# --- where requests go -------------------------------------------------------------------------------------------


@pytest.mark.browser
def test_under_a_sub_path_nothing_leaves_the_site_nor_carries_the_draft(
    guarded: Guarded, built_site: Path, serve: Callable[[Path, str], SiteServer]
) -> None:
    server = serve(built_site, "/after-the-interview/")
    page = guarded.context.new_page()
    requests: list[tuple[str, bytes]] = []
    page.on("request", lambda request: requests.append((request.url, request.post_data_buffer or b"")))
    checker = open_checker(page, server.url)
    assert checker.ready() == {"ok": None}
    secret = "Zanzibar-7319 marmalade"
    plan = json.loads(json.dumps(EMOJI_PLAN))
    plan["follow_ups"][0]["draft"] += f"\n\nP.S. {secret}"
    assert checker.check(plan)["ok"] == expected(plan, office_policy())
    assert checker.settled("(plan) => window.followupChecker.ics(plan)", plan)["ok"]
    assert guarded.external_requests == []
    assert {url.split("/")[-1] for url, _ in requests} >= {"pyodide.asm.wasm", "pyodide-lock.json", "policy.json"}
    assert all(url.startswith(server.url) for url, _ in requests)
    assert not [url for url, body in requests if "Zanzibar" in url or b"Zanzibar" in body]


# --- failures are explained, never an endless spinner ------------------------------------------------------------


def failure(checker: Checker) -> dict[str, Any]:
    result = checker.ready()
    status = checker.settled("() => window.followupChecker.status")["ok"]
    assert status["stage"] == "failed"
    assert status["code"] == result.get("code")
    assert "checklist" in result["message"]
    assert "followup-check" in result["message"]
    return result


@pytest.mark.browser
def test_no_webassembly(page: Page, site_server: SiteServer) -> None:
    page.add_init_script("delete window.WebAssembly")
    assert failure(open_checker(page, site_server.url))["code"] == "no-wasm"


@pytest.mark.browser
def test_the_wasm_request_aborted(page: Page, site_server: SiteServer) -> None:
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    explained = failure(open_checker(page, site_server.url))
    assert explained["code"] == "asset"
    assert "pyodide.asm.wasm" in explained["message"]


@pytest.mark.browser
def test_a_failed_download_is_tried_again_at_the_next_check(page: Page, site_server: SiteServer) -> None:
    # A dropped connection on a phone must not end the checker for good: the next Check tries again.
    aborted = drop_first_request(page, "**/pyodide.asm.wasm")
    checker = open_checker(page, site_server.url)
    assert failure(checker)["code"] == "asset"
    answer = checker.check(PHONE_PLAN)
    assert answer.get("ok") == expected(PHONE_PLAN, office_policy()), answer
    assert checker.settled("() => window.followupChecker.status")["ok"]["stage"] == "ready"
    assert len(aborted) == 1


@pytest.mark.browser
@pytest.mark.parametrize("name", ["pyodide.esm.js", "pyodide.asm.js"])
def test_the_runtime_served_with_the_wrong_type_is_named_as_such(
    page: Page, site_server: SiteServer, name: str
) -> None:
    # What a server without a type for the runtime's scripts sends: the reader is told it is the type, not a loss.
    page.route(
        f"**/assets/pyodide/*/{name}", lambda route: route.fulfill(body=b"", content_type="application/octet-stream")
    )
    explained = failure(open_checker(page, site_server.url))
    assert explained["code"] == "mime"
    assert f"sends {name} as application/octet-stream instead of text/javascript" in explained["message"]
    assert "missing" not in explained["message"]


def test_the_site_serves_no_file_a_stock_server_has_no_type_for(built_site: Path) -> None:
    # Debian's nginx has no type for ".mjs" (application/octet-stream, which no browser runs as a module).
    assert not list(built_site.rglob("*.mjs"))
    worker = (built_site / "javascripts/checker-worker.js").read_text(encoding="utf-8")
    imported = set(re.findall(r'runtimeModule\(folder, "([^"]+)"\)', worker))
    assert imported == {"pyodide.esm.js", "pyodide.asm.js"}
    assert all((runtime_folder(built_site) / name).is_file() for name in imported)


@pytest.mark.browser
def test_the_wasm_served_with_the_wrong_type(page: Page, site_server: SiteServer, built_site: Path) -> None:
    wasm = runtime_folder(built_site) / "pyodide.asm.wasm"
    page.route("**/pyodide.asm.wasm", lambda route: route.fulfill(path=wasm, content_type="text/plain"))
    explained = failure(open_checker(page, site_server.url))
    assert explained["code"] == "mime"
    assert "text/plain" in explained["message"]


def runtime_folder(built_site: Path) -> Path:
    """The content-hashed folder of Python's runtime, as assets/checker/runtime.json names it."""
    manifest = json.loads((built_site / "assets/checker/runtime.json").read_text(encoding="utf-8"))
    return (built_site / "assets/checker" / str(manifest["indexURL"])).resolve()


def without_snapshot(page: Page) -> None:
    """Answer 404 for the snapshot's manifest, as a server without it would: the worker installs the wheels."""
    page.route("**/assets/checker/snapshot.json", lambda route: route.fulfill(status=404, body="not here"))


@pytest.mark.browser
def test_without_a_snapshot_a_corrupted_wheel_fails_its_integrity_check(
    page: Page, site_server: SiteServer, built_site: Path
) -> None:
    without_snapshot(page)
    (wheel,) = (built_site / "assets/checker/wheels").glob("*/followup_checker-*.whl.gzip")
    altered = bytearray(wheel.read_bytes())
    altered[len(altered) // 2] ^= 0xFF
    page.route(f"**/{wheel.name}", lambda route: route.fulfill(body=bytes(altered), content_type="application/zip"))
    explained = failure(open_checker(page, site_server.url))
    assert explained["code"] == "asset"
    assert "sha256" in explained["message"]


@pytest.mark.browser
def test_the_worker_script_missing(page: Page, site_server: SiteServer) -> None:
    page.route("**/checker-worker.js", lambda route: route.fulfill(status=404, body="not here"))
    assert failure(open_checker(page, site_server.url))["code"] == "worker"


@pytest.mark.browser
def test_the_page_opened_from_disk(browser: Browser, built_site: Path) -> None:
    context = browser.new_context()  # not guarded: a file:// page is not a request to another host
    try:
        page = context.new_page()
        page.goto((built_site / CHECK_PAGE / "index.html").as_uri())
        assert failure(Checker(page))["code"] == "file-protocol"
    finally:
        context.close()


# --- Python restored from the build's snapshot, or started normally ----------------------------------------------


def started_from(checker: Checker) -> str:
    status: dict[str, str] = checker.settled("() => window.followupChecker.status")["ok"]
    return status["startedFrom"]


def test_the_snapshot_is_served_with_the_sha256_the_worker_checks(built_site: Path) -> None:
    manifest = json.loads((built_site / "assets/checker/snapshot.json").read_text(encoding="utf-8"))
    image = (built_site / "assets/checker" / manifest["url"]).read_bytes()
    assert manifest["integrity"] == "sha256-" + base64.b64encode(hashlib.sha256(image).digest()).decode()
    assert image[:2] == b"\x1f\x8b"  # gzipped: about a quarter of the memory it restores
    assert len(image) < manifest["memoryBytes"] / 3


@pytest.fixture(scope="module")
def widget_hook() -> ModuleType:
    """hooks/widget.py, imported as MkDocs does (by path: hooks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("widget_hook", ROOT / "hooks" / "widget.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# Where the README and the guide say what the snapshot costs: "(about 8 MB)", "about 8 MB more".
SNAPSHOT_SIZE_SAID = ("README.md", "docs/check-your-draft.md", "docs/career-offices.md")


def test_the_docs_say_the_size_of_the_snapshot_the_build_makes(built_site: Path) -> None:
    manifest = json.loads((built_site / "assets/checker/snapshot.json").read_text(encoding="utf-8"))
    megabytes = round((built_site / "assets/checker" / manifest["url"]).stat().st_size / 1_000_000)
    for name in SNAPSHOT_SIZE_SAID:
        prose = " ".join((ROOT / name).read_text(encoding="utf-8").split())
        said = [
            int(size)
            for sentence in re.split(r"(?<=\.)\s", prose)
            if re.search(r"snapshot|ready-started", sentence)
            for size in re.findall(r"about (\d+) MB", sentence)
            if "in all" not in sentence
        ]
        assert said, f"{name} no longer says what the snapshot costs"
        assert set(said) == {megabytes}, f"{name} says the snapshot is about {said} MB; the build makes {megabytes} MB"


@pytest.mark.parametrize(
    ("script", "error"),
    [
        ("console.log(JSON.stringify({bytes: 1, probe: '{\"findings\": []}'}));", "answers the probe plan differently"),
        ("console.error('TypeError: _makeSnapshot is not supported'); process.exit(1);", "_makeSnapshot is not"),
    ],
    ids=["wrong-answer", "runtime-refuses"],
)
def test_a_snapshot_that_does_not_answer_like_cpython_fails_the_build(
    widget_hook: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, script: str, error: str
) -> None:
    bundle, stdlib = widget_hook.checker_bundle(), widget_hook.stdlib_zip()  # from the real cache, before it moves
    fake = tmp_path / "pyodide-snapshot.mjs"
    fake.write_text(f"import {{ writeFileSync }} from 'node:fs';\nwriteFileSync(process.argv[5], 'x');\n{script}\n")
    monkeypatch.setattr(widget_hook, "SNAPSHOT_SCRIPT", fake)
    monkeypatch.setattr(widget_hook, "CACHE", tmp_path / "cache")
    with pytest.raises(PluginError, match=error):
        widget_hook.python_snapshot(bundle, stdlib)
    assert not list((tmp_path / "cache").glob("snapshot-*")), "a failed snapshot must not be cached"


@pytest.mark.browser
def test_python_is_restored_from_the_snapshot_without_the_wheels(page: Page, site_server: SiteServer) -> None:
    # The worker times the standard library's download to choose; a loaded machine's localhost can look slower than
    # the link the snapshot pays on (it did once in CI), so the zip is handed over whole, as from a fast link.
    page.route("**/python_stdlib.zip.gz", lambda route: route.fulfill(response=route.fetch()))
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    checker = open_checker(page, site_server.url)
    assert checker.ready() == {"ok": None}
    assert started_from(checker) == "snapshot"
    assert checker.check(EMOJI_PLAN)["ok"] == expected(EMOJI_PLAN, office_policy())
    assert any(url.endswith(".snapshot") for url in requested)
    assert not [url for url in requested if url.endswith(".whl.gzip")]


def _altered(body: bytes) -> bytes:
    altered = bytearray(body)
    altered[len(altered) // 2] ^= 0xFF
    return bytes(altered)


def _damaged_snapshot(page: Page, built_site: Path) -> None:
    page.route("**/*.snapshot", lambda route: route.fulfill(body=_altered(route.fetch().body())))


def _snapshot_of_another_build(page: Page, built_site: Path) -> None:
    # Passes its sha256 check (the manifest names the altered bytes) but is not a Python that can be restored.
    image = gzip.compress(b"\0" * 1_000_000)
    digest = "sha256-" + base64.b64encode(hashlib.sha256(image).digest()).decode()
    page.route("**/*.snapshot", lambda route: route.fulfill(body=image))
    manifest = json.loads((built_site / "assets/checker/snapshot.json").read_text(encoding="utf-8"))
    page.route("**/snapshot.json", lambda route: route.fulfill(json={**manifest, "integrity": digest}))


@pytest.mark.browser
@pytest.mark.parametrize(
    "spoil",
    [
        lambda page, _site: without_snapshot(page),
        _damaged_snapshot,
        _snapshot_of_another_build,
        lambda page, _site: page.route("**/*.snapshot", lambda route: route.abort()),
    ],
    ids=["no-manifest", "sha256-mismatch", "not-restorable", "download-dropped"],
)
def test_without_a_usable_snapshot_python_starts_from_the_wheels(
    page: Page, site_server: SiteServer, built_site: Path, spoil: Callable[[Page, Path], None]
) -> None:
    spoil(page, built_site)
    checker = open_checker(page, site_server.url)
    assert checker.ready() == {"ok": None}
    assert started_from(checker) == "wheels"
    for plan in (EMOJI_PLAN, PHONE_PLAN):
        assert checker.check(plan)["ok"] == expected(plan, office_policy())


@pytest.mark.browser
def test_a_reader_saving_data_gets_the_smaller_download(page: Page, site_server: SiteServer) -> None:
    page.add_init_script("Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true})})")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    checker = open_checker(page, site_server.url)
    assert checker.ready() == {"ok": None}
    assert started_from(checker) == "wheels"
    assert not [url for url in requested if url.endswith(".snapshot")]


# --- a long session ------------------------------------------------------------------------------------------------


@pytest.mark.browser
def test_five_hundred_checks_do_not_grow_the_workers_memory(checker: Checker) -> None:
    draft = " ".join(["Thank you for the interview today; I enjoyed meeting the team."] * 25)
    plan = {**EMOJI_PLAN, "follow_ups": [{"kind": "thank-you", "date": "2026-11-17", "draft": draft}]}
    samples = checker.settled(
        """async (plan) => {
            const api = window.followupChecker, samples = {};
            for (let i = 1; i <= 500; i++) {
                await api.check(plan);
                if (i === 100 || i === 500) samples[i] = await api.debug.memory();
            }
            return samples;
        }""",
        plan,
    )["ok"]
    early, late = samples["100"], samples["500"]
    # A leak of even one object per check would add 400 objects (1.6 % here); caches may settle by a few.
    assert (late["pythonObjects"] - early["pythonObjects"]) / early["pythonObjects"] < 0.005
    assert (late["wasmBytes"] - early["wasmBytes"]) / early["wasmBytes"] < 0.01


@pytest.mark.browser
def test_a_request_that_runs_too_long_is_stopped_and_the_next_check_works(checker: Checker) -> None:
    outcome = checker.settled(
        """async (plan) => {
            const api = window.followupChecker, stages = [];
            api.events.addEventListener("status", (e) => stages.push(e.detail.stage));
            api.timeoutMs = 1000;
            const stopped = await api.debug.stall(60000).then(() => null, (e) => e.code);
            const next = await api.check(plan);
            return {stopped, stages, next};
        }""",
        EMOJI_PLAN,
    )["ok"]
    assert outcome["stopped"] == "timeout"
    assert outcome["stages"] == ["loading-python", "loading-checker", "ready"]  # a fresh worker
    assert outcome["next"] == expected(EMOJI_PLAN, office_policy())
