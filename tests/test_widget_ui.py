"""The "Check your draft" page, used in Chromium as a reader would: by label, by keyboard, on a phone.

The site is served under a sub-path, as a career office would publish it, so every link the
widget builds must be relative to the site and not to the host.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import subprocess
import sys
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, Request, Route, expect

from checker import recommended_timeline, working_days_from_json
from tests.conftest import Guarded, OfficeSite, SiteServer, drop_first_request
from tests.widget_page import READY_TIMEOUT_MS, CheckerPage

pytestmark = pytest.mark.browser

SUB_PATH = "/careers/after-the-interview/"
TODAY = dt.date.today()
INTERVIEW = TODAY - dt.timedelta(days=1)  # yesterday: the thank-you the form proposes for today is on time
CLEAN_DRAFT = (
    "Dear Ms. Achieng,\n\n"
    "Thank you for meeting me to talk about the Junior Analyst role. I enjoyed hearing about the "
    "team's plans for the new reporting system.\n\n"
    "I am still very interested in the role, and I look forward to hearing from you.\n\n"
    "Kind regards,\nSam Lee"
)


def day(offset: int) -> str:
    """An ISO date ``offset`` days after the interview."""
    return (INTERVIEW + dt.timedelta(days=offset)).isoformat()


@pytest.fixture(scope="module")
def sub_site(neutral_site: Path, serve: Callable[[Path, str], SiteServer]) -> SiteServer:
    return serve(neutral_site, SUB_PATH)


@pytest.fixture(scope="session")
def office_server(any_office: OfficeSite, serve: Callable[[Path, str], SiteServer]) -> SiteServer:
    return serve(any_office.site, any_office.path)


@pytest.fixture
def office_checker_in(
    new_context: Callable[..., Guarded], office_server: SiteServer
) -> Callable[..., tuple[Guarded, CheckerPage]]:
    """``checker_in`` for the site of each office in turn."""

    def open_in(**options: object) -> tuple[Guarded, CheckerPage]:
        guarded = new_context(**options)
        return guarded, CheckerPage(guarded.context.new_page(), office_server.url).open()

    return open_in


@pytest.fixture
def checker(page: Page, sub_site: SiteServer) -> CheckerPage:
    return CheckerPage(page, sub_site.url).open()


@pytest.fixture
def checker_in(new_context: Callable[..., Guarded], sub_site: SiteServer) -> Callable[..., tuple[Guarded, CheckerPage]]:
    """Open the checker page in a guarded context of its own: ``checker_in(viewport={...}, locale=...)``."""

    def open_in(**options: object) -> tuple[Guarded, CheckerPage]:
        guarded = new_context(**options)
        return guarded, CheckerPage(guarded.context.new_page(), sub_site.url).open()

    return open_in


def site_file_has(built_site: Path, site_url: str, href: str) -> bool:
    """Whether a link the widget made reaches a built page (and its anchor) under the sub-path."""
    if not href.startswith(site_url):
        return False
    path, _, anchor = href[len(site_url) :].partition("#")
    page = built_site / path / "index.html"
    return page.is_file() and (not anchor or f'id="{anchor}"' in page.read_text(encoding="utf-8"))


def test_a_reader_fills_the_form_and_reads_the_findings(
    checker: CheckerPage, built_site: Path, sub_site: SiteServer
) -> None:
    checker.fill_interview(day(0))
    checker.paste_draft("Hey!! Thanks for meeting me about the [Company] role.\n\nSam")
    checker.check()

    placeholder = checker.finding("placeholder")
    expect(placeholder).to_have_count(1)
    expect(placeholder).to_contain_text("Error")
    assert checker.marked("placeholder") == ["[Company]"]
    tone = checker.finding("unprofessional-tone")
    expect(tone.first).to_contain_text("Warning")
    assert checker.marked("unprofessional-tone") == ["!!"]
    greeting = checker.finding("no-greeting")
    expect(greeting).to_contain_text("Suggestion")
    assert checker.marked("no-greeting") == ["Hey"]
    expect(checker.summary).to_have_text(re.compile(r"^\d+ findings: 1 error, \d+ warnings?"))
    expect(checker.summary).to_have_attribute("role", "status")

    links = checker.page.locator("#atl-report a").evaluate_all("links => links.map(a => a.href)")
    assert links, "the findings and the timeline link to the guide"
    broken = [href for href in links if not site_file_has(built_site, sub_site.url, href)]
    assert broken == []
    expect(checker.timeline).to_be_visible()
    expect(checker.page.locator("#atl-steps")).to_contain_text("Follow-up 1: thank-you note, by email")


def test_check_pressed_within_the_pause_after_typing_is_answered_as_a_check(checker: CheckerPage) -> None:
    """The page checks again a moment after the reader stops typing; a press of Check meanwhile cancels that.

    Otherwise the quiet check would overtake the one the reader asked for, and a report whose counts did not
    change would be neither announced nor focused. The worker is kept busy for a moment, so that the pause
    ends while the reader's check waits: the order the race takes on a slow phone.
    """
    draft = "Dear Ms. Achieng,\nThank you for your time. I am keen on the role. [Company]\nKind regards,\nSam"
    checker.fill_interview(day(0))
    checker.paste_draft(draft)
    checker.check()
    summary = checker.summary.element_handle()
    before = summary.evaluate_handle("summary => summary.firstChild")
    # The last key and Enter within the pause, in one task; the same findings, so a quiet check changes nothing.
    checker.draft.evaluate(
        """(box, text) => {
            window.followupChecker.debug.stall(400).catch(() => {});
            box.value = text;
            box.dispatchEvent(new InputEvent("input", { bubbles: true }));
            box.form.requestSubmit();
        }""",
        draft.replace("keen", "very keen"),
    )
    checker.page.wait_for_function(
        "([summary, before]) => summary.firstChild !== before && summary.textContent !== ''",
        arg=[summary, before],
        timeout=15_000,
    )
    expect(checker.summary).to_have_attribute("data-state", "results")


def test_a_clean_draft_gets_no_warning(checker: CheckerPage) -> None:
    checker.fill_interview(day(0))
    checker.fill_decision(day(10))
    checker.paste_draft(CLEAN_DRAFT)
    checker.check()

    expect(checker.summary).to_have_attribute("data-state", "clear")
    expect(checker.summary).to_have_text(re.compile("^No findings"))
    expect(checker.findings()).to_have_count(0)


def test_the_form_opens_with_a_thank_you_dated_the_day_after_the_interview(
    office_checker_in: Callable[..., tuple[Guarded, CheckerPage]], any_office: OfficeSite
) -> None:
    # The morning after, unless the office wants it sent on the day itself or the morning after is no working
    # day (a Friday's interview gets its thank-you on the Friday); never a day already past.
    after = min(1, any_office.policy.thank_you_within_days)
    working = working_days_from_json((any_office.site / "assets" / "checker" / "holidays.json").read_text("utf-8"))

    def thank_you_after(offset: int) -> str:
        morning_after = INTERVIEW + dt.timedelta(days=offset + after)
        return day(offset + after) if working.is_working_day(morning_after) else day(offset)

    _, checker = office_checker_in(viewport={"width": 1280, "height": 900})
    expect(checker.follow_up_field(1, "Type")).to_have_value("thank-you")
    checker.fill_interview(day(0))
    expect(checker.follow_up_field(1, "Date")).to_have_value(max(thank_you_after(0), TODAY.isoformat()))
    checker.fill_interview(day(3))
    expect(checker.follow_up_field(1, "Date")).to_have_value(thank_you_after(3))

    checker.set_follow_up(1, date=day(5))
    checker.fill_interview(day(2))
    expect(checker.follow_up_field(1, "Date")).to_have_value(day(5))


def test_rows_are_added_removed_and_renumbered(checker: CheckerPage) -> None:
    checker.fill_interview(day(0))
    assert checker.add_follow_up(kind="Check-in", date=day(8)) == 2
    assert checker.add_follow_up(kind="Reply to a rejection (stay in touch)", date=day(30), channel="LinkedIn") == 3
    expect(checker.draft_for.locator("option")).to_have_text(
        ["Follow-up 1: thank-you note", "Follow-up 2: check-in", "Follow-up 3: reply to a rejection (stay in touch)"]
    )

    checker.remove_follow_up(2)
    expect(checker.follow_up(3)).to_have_count(0)
    expect(checker.follow_up_field(2, "Type")).to_have_value("stay-in-touch")
    expect(checker.follow_up_field(2, "Sent by")).to_have_value("linkedin")
    expect(checker.follow_up(2).get_by_role("button", name="Remove follow-up 2")).to_be_visible()
    expect(checker.follow_up_field(2, "Type")).to_be_focused()
    expect(checker.draft_for.locator("option")).to_have_text(
        ["Follow-up 1: thank-you note", "Follow-up 2: reply to a rejection (stay in touch)"]
    )


def test_emoji_before_a_problem_do_not_shift_the_marks(checker: CheckerPage) -> None:
    checker.fill_interview(day(0))
    checker.fill_decision(day(10))
    checker.paste_draft(
        "Dear Ms. Achieng, 👩‍👩‍👧😀 thank you for the interview for the [Job title] role. "
        "I am still very interested.\n\nKind regards,\nSam"
    )
    checker.check()

    assert checker.marked("placeholder") == ["[Job title]"]
    assert checker.marked("unprofessional-tone") == ["👩‍👩‍👧😀"]


def test_everything_works_by_keyboard_and_focus_is_never_trapped(
    new_context: Callable[..., Guarded], sub_site: SiteServer
) -> None:
    guarded = new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = guarded.context.new_page()
    checker = CheckerPage(page, sub_site.url).open()

    def tab_to(target: str, limit: int = 80) -> None:
        """Press Tab until the element with that id has focus."""
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement?.id") == target:
                return
        raise AssertionError(f"Tab never reached #{target}")

    tab_to("atl-interview")
    page.keyboard.type(INTERVIEW.strftime("%m%d%Y"))  # the en-US date field: month, day, year
    expect(checker.interview).to_have_value(day(0))
    expect(checker.follow_up_field(1, "Date")).to_have_value(day(1))

    tab_to("atl-add")
    page.keyboard.press("Enter")
    expect(checker.follow_up_field(2, "Type")).to_be_focused()
    tab_to("atl-add")
    page.keyboard.press("Space")
    expect(checker.follow_up_field(3, "Type")).to_be_focused()
    tab_to("atl-add")  # through row 3 to the button after it
    page.keyboard.press("Shift+Tab")
    expect(checker.follow_up(3).get_by_role("button", name="Remove follow-up 3")).to_be_focused()
    page.keyboard.press("Enter")
    expect(checker.follow_up(3)).to_have_count(0)
    expect(checker.follow_up_field(2, "Type")).to_be_focused()

    tab_to("atl-draft")
    page.keyboard.type("Hey, thanks for the chat about the [Role] job.")
    tab_to("atl-check")
    page.keyboard.press("Enter")
    checker.wait_for_report()
    expect(checker.finding("placeholder")).to_have_count(1)

    # Onwards past the results and out of the widget: nothing holds the focus.
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => !document.getElementById('atl-checker').contains(document.activeElement)"):
            break
    else:
        raise AssertionError("focus never left the checker")
    assert guarded.external_requests == []


@pytest.mark.parametrize(("width", "scheme"), [(320, "light"), (320, "dark"), (1280, "light"), (1280, "dark")])
def test_no_accessibility_violation_in_any_state(
    new_context: Callable[..., Guarded], sub_site: SiteServer, width: int, scheme: str
) -> None:
    guarded = new_context(viewport={"width": width, "height": 800}, color_scheme=scheme, bypass_csp=True)
    held: list[Route] = []

    def hold(route: Route) -> None:  # the runtime's download waits, so the checker stays "loading"
        held.append(route)

    guarded.context.route("**/pyodide.asm.wasm", hold)
    checker = CheckerPage(guarded.context.new_page(), sub_site.url).open()
    found: dict[str, object] = {}

    def audit(state: str, on: CheckerPage) -> None:
        found[state] = on.axe_violations()
        assert not on.scrolls_sideways(), f"{state}: the page scrolls sideways at {width} px"

    audit("empty", checker)
    checker.interview.focus()  # the first touch starts the checker
    expect(checker.status).to_have_attribute("data-stage", re.compile("^loading"))
    audit("loading", checker)
    for route in held:
        route.fallback()
    checker.wait_until_ready()

    checker.fill_interview(day(0))
    checker.set_follow_up(1, date=day(-3))
    checker.paste_draft("Hey!! 😀 Thanks for the chat about the [Company] role, or I will take another offer.")
    checker.press_check()
    expect(checker.follow_up_field(1, "Date")).to_have_attribute("aria-invalid", "true")
    audit("input error", checker)
    checker.set_follow_up(1, date=day(1))
    checker.check()
    expect(checker.findings().first).to_be_visible()
    audit("results", checker)
    checker.action("placeholder", "show").click()
    expect(checker.draft).to_be_focused()
    audit("a finding chosen in the draft", checker)
    checker.action("unprofessional-tone", "apply").first.click()
    expect(checker.draft).not_to_have_value(re.compile("!!"))
    audit("a fix applied", checker)
    checker.action("placeholder", "ignore").click()
    expect(checker.finding("placeholder")).to_have_count(0)
    audit("a finding ignored", checker)

    failing = new_context(viewport={"width": width, "height": 800}, color_scheme=scheme, bypass_csp=True)
    failing.context.add_init_script("delete window.WebAssembly")
    broken = CheckerPage(failing.context.new_page(), sub_site.url).open()
    expect(broken.status).to_have_attribute("data-stage", "failed")
    broken.press_check()
    expect(broken.summary).to_have_attribute("data-state", "failed")
    audit("failure", broken)

    assert {state: violations for state, violations in found.items() if violations} == {}
    assert guarded.external_requests == failing.external_requests == []


def test_pasted_markup_stays_text(checker: CheckerPage) -> None:
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    checker.page.on("dialog", record)
    elements = "() => document.querySelectorAll('img, script, iframe').length"
    before = checker.page.evaluate(elements)
    markup = "Hey!! [Company] <img src=x onerror=alert(1)> <script>alert(1)</script>"
    checker.fill_interview(day(0))
    checker.paste_draft(markup)
    checker.check()

    expect(checker.finding("placeholder")).to_have_count(1)
    expect(checker.finding("placeholder").locator("blockquote")).to_contain_text("<img src=x onerror=alert(1)>")
    assert checker.page.locator("#atl-results img, #atl-results script").count() == 0
    assert checker.page.evaluate(elements) == before
    assert dialogs == []


def test_nothing_is_stored_unless_the_reader_opts_in(checker: CheckerPage) -> None:
    def ours() -> dict[str, str]:  # the theme keeps its palette choice; everything else would be ours
        return {key: value for key, value in checker.stored().items() if not key.endswith(".__palette")}

    draft = "Dear Ms. Achieng, thank you for your time on Monday."
    checker.fill_interview(day(0))
    checker.paste_draft(draft)
    checker.check()
    assert ours() == {}
    expect(checker.remember).not_to_be_checked()

    checker.remember.check()
    assert any(draft in value for value in ours().values())
    checker.page.reload()
    expect(checker.draft).to_have_value(draft)
    expect(checker.interview).to_have_value(day(0))
    expect(checker.follow_up_field(1, "Date")).to_have_value(day(1))
    expect(checker.remember).to_be_checked()

    checker.remember.uncheck()
    assert ours() == {}
    checker.page.reload()
    expect(checker.draft).to_have_value("")


def test_no_request_leaves_the_machine_or_carries_the_draft(
    new_context: Callable[..., Guarded], sub_site: SiteServer
) -> None:
    guarded = new_context(viewport={"width": 1280, "height": 900})
    requests: list[Request] = []

    def record(request: Request) -> None:
        requests.append(request)

    guarded.context.on("request", record)
    checker = CheckerPage(guarded.context.new_page(), sub_site.url).open()
    secret = "Quartz-zebra 7431 Achieng"
    checker.fill_interview(day(0))
    checker.paste_draft(f"Dear {secret}, thank you. [Company]")
    checker.check()
    checker.add_follow_up(kind="Check-in", date=day(9))
    checker.check()

    assert requests, "the page loaded something"
    assert guarded.external_requests == []
    assert [r.url for r in requests if not r.url.startswith(("http://127.0.0.1:", "blob:", "data:"))] == []
    quoted = {secret, urllib.parse.quote(secret), urllib.parse.quote_plus(secret)}
    carrying = [r.url for r in requests if any(s in r.url or s in (r.post_data or "") for s in quoted)]
    assert carrying == []


@pytest.mark.parametrize(
    ("case", "field", "message"),
    [
        ("missing interview", "interview", "Enter the date of your interview."),
        ("impossible date", "interview", "This date does not exist."),
        ("impossible date, no date picker", "interview", "This date does not exist."),
        ("year out of range, no date picker", "interview", "Check the year"),
        ("follow-up before the interview", "follow-up", "This is before your interview"),
        ("decision before the interview", "decision", "The decision date is before the interview."),
    ],
)
def test_form_errors_appear_beside_the_field_and_keep_the_text(
    checker_in: Callable[..., tuple[Guarded, CheckerPage]], case: str, field: str, message: str
) -> None:
    guarded, checker = checker_in(viewport={"width": 1280, "height": 900}, locale="en-US")
    draft = "Dear Ms. Achieng,\nthank you for your time. 🙂"
    checker.paste_draft(draft)
    if case == "impossible date":
        checker.interview.press_sequentially("02302026")  # 30 February, typed into the en-US date field
    elif case.endswith("no date picker"):
        # Browsers without a date picker show a plain text field that accepts anything.
        checker.interview.evaluate("input => { input.type = 'text'; }")
        checker.interview.fill("2026-02-30" if case.startswith("impossible") else "0026-11-16")
    elif case != "missing interview":
        checker.fill_interview(day(0))
    if case == "follow-up before the interview":
        checker.set_follow_up(1, date=day(-1))
    if case == "decision before the interview":
        checker.fill_decision(day(-5))
    control = {
        "interview": checker.interview,
        "decision": checker.decision,
        "follow-up": checker.follow_up_field(1, "Date"),
    }[field]

    checker.press_check()

    expect(control).to_have_attribute("aria-invalid", "true")
    expect(control).to_be_focused()
    assert any(text.startswith(message) for text in checker.errors_for(control)), checker.errors_for(control)
    error = control.locator("xpath=preceding-sibling::p[contains(@class, 'field__error')]")
    expect(error).to_have_text(re.compile(f"^{re.escape(message)}"))
    expect(checker.summary).to_have_text(re.compile("^There is 1 problem in the form"))
    expect(checker.draft).to_have_value(draft)
    expect(checker.findings()).to_have_count(0)

    # Corrected, the message goes and the check runs.
    if field == "interview":
        checker.fill_interview(day(0))
    elif field == "decision":
        checker.fill_decision(day(9))
    else:
        checker.set_follow_up(1, date=day(1))
    checker.check()
    expect(control).not_to_have_attribute("aria-invalid", "true")
    assert guarded.external_requests == []


def test_a_draft_too_long_on_a_phone_shows_its_message_and_one_click_checks_once_it_is_fixed(
    checker_in: Callable[..., tuple[Guarded, CheckerPage]],
) -> None:
    _, checker = checker_in(viewport={"width": 375, "height": 700})
    checker.fill_interview(day(0))
    checker.fill_decision(day(10))
    checker.paste_draft("Thank you for your time. " * 2_100)  # 52,500 characters: more than the checker reads
    checker.press_check()

    message = checker.page.locator("#atl-draft-error")
    expect(message).to_have_text(re.compile("^Your draft has 52,500 characters"))
    expect(message).to_be_in_viewport()  # not only the end of the long text the field scrolled to
    expect(checker.draft).to_be_focused()

    # Corrected, the message goes at once, before the reader reaches for Check: removed on the way to the
    # button, it would move the button from under the pointer and the click would be lost.
    checker.paste_draft(CLEAN_DRAFT)
    expect(message).to_have_count(0)
    expect(checker.summary).to_have_text("The form has no problems now. Press Check to check your plan.")
    checker.press_check()  # one click, no retry
    checker.wait_for_report()
    expect(checker.summary).to_have_text(re.compile("^No findings"))


def test_a_field_without_a_message_gets_none_while_the_reader_corrects_another(checker: CheckerPage) -> None:
    checker.paste_draft(CLEAN_DRAFT)
    checker.press_check()
    expect(checker.interview).to_have_attribute("aria-invalid", "true")
    checker.fill_decision(day(-3))  # wrong, but the reader has not pressed Check since
    expect(checker.decision).not_to_have_attribute("aria-invalid", "true")
    checker.fill_interview(day(0))
    expect(checker.interview).not_to_have_attribute("aria-invalid", "true")
    checker.press_check()
    expect(checker.decision).to_have_attribute("aria-invalid", "true")


def test_a_proposed_date_is_never_a_day_already_past(checker: CheckerPage) -> None:
    long_ago = (TODAY - dt.timedelta(days=12)).isoformat()
    checker.fill_interview(long_ago)
    expect(checker.follow_up_field(1, "Date")).to_have_value(TODAY.isoformat())
    checker.paste_draft(CLEAN_DRAFT)
    checker.check()
    expect(checker.finding("thank-you-late")).to_contain_text("12 days after the interview")


def test_an_empty_draft_box_is_said_to_be_unchecked(checker: CheckerPage) -> None:
    checker.fill_interview(day(0))
    checker.add_follow_up(kind="Check-in", date=day(7), channel="Phone")
    checker.add_follow_up(kind="Check-in", date=day(8), channel="In person")
    checker.check()
    expect(checker.finding("phone-follow-up")).to_have_count(1)
    expect(checker.page.locator("#atl-steps")).to_contain_text("Follow-up 2: check-in, by phone.")
    expect(checker.page.locator("#atl-steps")).to_contain_text("Follow-up 3: check-in, in person.")
    expect(checker.page.locator(".atl-checker-results__clear")).to_have_text(
        re.compile("^Only your dates were checked: the “Draft note” box is empty.")
    )
    checker.paste_draft(CLEAN_DRAFT, for_follow_up=1)
    checker.check()
    expect(checker.page.locator(".atl-checker-results__clear")).to_have_count(0)


def test_dots_on_days_next_to_each_other_do_not_cover_each_other_on_a_phone(
    checker_in: Callable[..., tuple[Guarded, CheckerPage]],
) -> None:
    _, checker = checker_in(viewport={"width": 320, "height": 800})
    checker.fill_interview(day(0))
    checker.add_follow_up(kind="Check-in", date=day(2))
    checker.add_follow_up(kind="Check-in", date=day(3))
    checker.check()
    dots: list[dict[str, float]] = checker.timeline.locator(".atl-checker-tl__dot").evaluate_all(
        "dots => dots.map(dot => { const b = dot.getBoundingClientRect(); return {x: b.x + b.width / 2,"
        " y: b.y + b.height / 2, r: b.width / 2}; })"
    )
    assert len(dots) == 3
    for index, dot in enumerate(dots):
        for other in dots[index + 1 :]:
            assert ((dot["x"] - other["x"]) ** 2 + (dot["y"] - other["y"]) ** 2) ** 0.5 >= dot["r"] + other["r"]


@pytest.mark.parametrize("width", [320, 1280])
def test_the_timeline_draws_each_step_over_the_days_the_guide_gives_it(
    office_checker_in: Callable[..., tuple[Guarded, CheckerPage]], any_office: OfficeSite, width: int
) -> None:
    _, checker = office_checker_in(viewport={"width": width, "height": 900})
    checker.fill_interview(day(0))
    checker.fill_decision(day(10))
    checker.check()

    # The days the office's policy gives each step, counted from the interview (day 0), on the office's working days.
    working_days = any_office.config.working_days
    steps = recommended_timeline(INTERVIEW, INTERVIEW + dt.timedelta(days=10), any_office.policy, working_days)
    thank_you_by, check_in_on, last_note_on, move_on_from = ((step.date - INTERVIEW).days for step in steps[1:])
    # The last working day the policy allows: with two days, an interview on a Thursday is thanked by Friday.
    allowed = INTERVIEW + dt.timedelta(days=any_office.policy.thank_you_within_days)
    assert INTERVIEW + dt.timedelta(days=thank_you_by) == working_days.last_in(INTERVIEW, allowed)
    # The day after their date at the earliest, moved past a weekend or a public holiday of the office.
    earliest = INTERVIEW + dt.timedelta(days=max(11, any_office.policy.check_in_after_days))
    assert INTERVIEW + dt.timedelta(days=check_in_on) == working_days.on_or_after(earliest)

    review, thank_you, check_in, last_note, move_on = checker.timeline_bars()
    one_day = (move_on["x"] - review["x"]) / move_on_from  # the scale: where the last step starts

    def days_wide(days: int) -> float:
        return max(days * one_day, 6)  # a bar is never thinner than 6 pixels, so a day stays visible on a phone

    assert thank_you["x"] == review["x"]
    assert review["width"] == pytest.approx(days_wide(1), abs=0.5)  # the same day
    assert thank_you["width"] == pytest.approx(days_wide(thank_you_by + 1), abs=0.5)  # to the policy's last day
    assert check_in["width"] == pytest.approx(days_wide(1), abs=0.5)  # one check-in, on one day
    assert check_in["x"] == pytest.approx(review["x"] + check_in_on * one_day, abs=0.5)
    assert last_note["x"] == pytest.approx(review["x"] + last_note_on * one_day, abs=0.5)
    assert last_note["width"] == pytest.approx(days_wide(1), abs=0.5)
    picture_width = checker.timeline_width()
    assert move_on["x"] + move_on["width"] == pytest.approx(picture_width - 14)  # from then on, to the edge

    labels = checker.timeline_labels()
    assert [label["text"][0] for label in labels] == list("ABCDE")
    assert all(label["left"] >= 0 and label["right"] <= picture_width for label in labels), labels
    if width == 1280:
        assert labels[1]["text"] == "B Send your thank-you email"

    # The words under the picture give the same days.
    assert checker.step_days("A") == [day(0)]
    assert checker.step_days("B") == ([day(0), day(thank_you_by)] if thank_you_by else [day(0)])
    assert checker.step_days("C") == [day(check_in_on)]
    assert checker.step_days("E") == [day(move_on_from)]
    listed = checker.page.locator("#atl-steps")
    expect(listed.locator("li", has_text="Recommended B:")).to_contain_text(
        f"days 0 to {thank_you_by}" if thank_you_by else re.compile(r", day 0(?!\d)")
    )
    expect(listed.locator("li", has_text="Recommended E:")).to_contain_text(
        re.compile(rf"From \w+, \d+ \w+ \d{{4}}, day {move_on_from}(?!\d)")
    )
    expect(checker.timeline).to_have_accessible_description(re.compile("a longer bar is a span of days"))
    assert not checker.scrolls_sideways()


def test_the_calendar_download_holds_the_planned_dates(checker: CheckerPage) -> None:
    checker.fill_interview(day(0))
    checker.fill_decision(day(8))
    checker.add_follow_up(kind="Check-in", date=day(9))
    with checker.page.expect_download(timeout=READY_TIMEOUT_MS) as download_info:
        checker.calendar_button.click()
    download = download_info.value

    assert download.suggested_filename == "after-the-interview.ics"
    assert download.url.startswith("blob:")
    text = Path(download.path()).read_bytes().decode()  # as written: read_text would turn CRLF into LF
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    lines = text.replace("\r\n ", "").split("\r\n")
    starts = [line.removeprefix("DTSTART;VALUE=DATE:") for line in lines if line.startswith("DTSTART")]
    assert text.count("BEGIN:VEVENT") == 4
    assert starts == [day(offset).replace("-", "") for offset in (0, 1, 9, 8)]
    assert "SUMMARY:Your interview" in lines
    # A reminder the morning before each follow-up; the interview and their decision day are in the calendar
    # too, without one.
    assert [line for line in lines if line.startswith("TRIGGER")] == ["TRIGGER:-PT15H"] * 2
    assert "DESCRIPTION:Tomorrow: Send check-in" in lines
    assert "SUMMARY:They said they would decide by today" in lines


def test_a_checker_that_cannot_start_says_why_and_keeps_the_text(
    new_context: Callable[..., Guarded], sub_site: SiteServer
) -> None:
    guarded = new_context(viewport={"width": 1280, "height": 900})
    guarded.context.add_init_script("delete window.WebAssembly")
    checker = CheckerPage(guarded.context.new_page(), sub_site.url).open()

    expect(checker.status).to_have_attribute("data-stage", "failed")
    expect(checker.status).to_contain_text("WebAssembly")
    checklist = checker.status.get_by_role("link", name="printable checklist")
    expect(checklist).to_have_attribute("href", sub_site.url + "checklist/")
    expect(checker.status.get_by_role("link", name="command line")).to_be_visible()

    checker.fill_interview(day(0))
    checker.paste_draft("Dear Ms. Achieng, thank you.")
    checker.press_check()
    expect(checker.summary).to_have_attribute("data-state", "failed")
    expect(checker.summary).to_contain_text("could not start")
    expect(checker.draft).to_have_value("Dear Ms. Achieng, thank you.")
    assert guarded.external_requests == []


def test_a_page_opened_from_a_file_says_why_the_checker_cannot_start(browser: Browser, built_site: Path) -> None:
    # Not a guarded context: its guard lets only http://127.0.0.1 through, and a file:// page asks no server.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto((built_site / CheckerPage.path / "index.html").as_uri())
        checker = CheckerPage(page, built_site.as_uri() + "/")

        expect(checker.status).to_have_attribute("data-stage", "failed")
        expect(checker.status).to_contain_text("opened as a file")
        checker.paste_draft("Dear Ms. Achieng, thank you.")
        checker.press_check()
        expect(checker.summary).to_have_attribute("data-state", "failed")
        expect(checker.draft).to_have_value("Dear Ms. Achieng, thank you.")
    finally:
        context.close()


def test_without_javascript_the_page_points_elsewhere(
    new_context: Callable[..., Guarded], sub_site: SiteServer
) -> None:
    guarded = new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = guarded.context.new_page()
    page.goto(sub_site.url + CheckerPage.path)

    notice = page.locator(".atl-checker__notice")
    expect(notice).to_contain_text("needs JavaScript")
    expect(notice.get_by_role("link", name="printable checklist")).to_be_visible()
    expect(notice.get_by_role("link", name="command line")).to_be_visible()
    expect(page.get_by_label("Interview date")).to_be_hidden()


def test_after_a_dropped_download_the_next_check_tries_again(page: Page, sub_site: SiteServer) -> None:
    # On a phone a download can fail; the reader should not have to reload (and lose the draft) to retry.
    dropped = drop_first_request(page, "**/pyodide.asm.wasm")
    checker = CheckerPage(page, sub_site.url).open()
    checker.fill_interview(day(0))
    expect(checker.status).to_have_attribute("data-stage", "failed", timeout=READY_TIMEOUT_MS)

    checker.paste_draft("Hey!! Thanks for the interview at [Company].")
    checker.press_check()
    checker.wait_for_report()
    expect(checker.finding("placeholder")).to_be_visible()
    expect(checker.status).to_have_attribute("data-stage", "ready")
    assert len(dropped) == 1


def test_a_long_problem_is_quoted_by_its_first_and_last_whole_words(checker: CheckerPage) -> None:
    closing = (
        "I really enjoyed learning about the reporting project, the way the team shares its work every "
        "Friday afternoon, and the plans for the new dashboards that the analysts will build next spring."
    )
    draft = f"Dear Ms. Achieng,\n\nThank you for meeting me today.\n\n{closing}"
    checker.fill_interview(day(0))
    checker.paste_draft(draft)
    checker.check()
    first, last = checker.marked("no-sign-off")
    assert closing.startswith(first)
    assert closing.endswith(last)
    assert closing[len(first)] == " ", f"cut inside a word: {first!r}"
    assert closing[-len(last) - 1] == " ", f"cut inside a word: {last!r}"


@pytest.mark.parametrize("decision_offset", [None, 3, 12], ids=["no-date", "early-date", "late-date"])
def test_a_new_check_in_row_proposes_the_day_the_checker_recommends(
    office_checker_in: Callable[..., tuple[Guarded, CheckerPage]], decision_offset: int | None
) -> None:
    # The form proposes dates before Python is ready, with its own arithmetic: it must agree with the checker.
    _, checker = office_checker_in(viewport={"width": 1280, "height": 900})
    checker.fill_interview(day(0))
    decision = None if decision_offset is None else day(decision_offset)
    if decision:
        checker.fill_decision(decision)
    number = checker.add_follow_up(kind="Check-in")
    steps = checker.page.evaluate(
        "async ([interview, decision]) => { await followupChecker.ready;"
        " return followupChecker.timeline(interview, decision); }",
        [day(0), decision],
    )
    (check_in,) = [step for step in steps if "check-in" in step["title"]]
    expect(checker.follow_up_field(number, "Date")).to_have_value(check_in["start"])


def test_rounds_names_and_new_kinds_reach_the_checker_as_the_cli_reads_them(
    checker: CheckerPage, tmp_path: Path
) -> None:
    checker.fill_interview(day(0))
    expect(checker.company).to_be_hidden()  # the quick path stays short: the details wait under "More details"
    checker.open_more_details()
    checker.company.fill("Lakeside Logistics")
    checker.role.fill("Data Analyst")
    checker.set_interviewers(1, "Amina Achieng, Tom Berg")
    assert checker.add_round(day(8), "Priya Nair") == 2
    checker.recipient(1).fill("Amina Achieng")
    checker.add_follow_up(kind="News of another offer", date=day(9))
    checker.add_follow_up(kind="Withdrawal from the process", date=day(12))
    checker.paste_draft("Hey Priya, thanks for the chat about the Data Analyst role.\n\nSam", for_follow_up=1)
    checker.wait_until_ready()
    checker.record_checks()
    checker.check()

    ((sent, answer),) = [(entry["plan"], entry["answer"]) for entry in checker.checks()]
    assert sent["company"] == "Lakeside Logistics"
    assert sent["role"] == "Data Analyst"
    assert sent["interviews"] == [
        {"date": day(0), "interviewers": ["Amina Achieng", "Tom Berg"]},
        {"date": day(8), "interviewers": ["Priya Nair"]},
    ]
    assert "interview_date" not in sent
    assert [(f["kind"], f.get("to")) for f in sent["follow_ups"]] == [
        ("thank-you", "Amina Achieng"),
        ("offer-update", None),
        ("withdrawal", None),
    ]
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps({**sent, "today": TODAY.isoformat()}), encoding="utf-8")
    printed = subprocess.run(
        [sys.executable, "-m", "checker", str(plan_file), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert printed.returncode in (0, 1), printed.stderr
    assert answer == json.loads(printed.stdout)
    expect(checker.finding("wrong-name")).to_have_count(1)  # Priya was at the second round, not this one
    expect(checker.timeline.locator("text", has_text="Round 2")).to_have_count(1)
    expect(checker.page.locator("#atl-steps")).to_contain_text("Interview round 2, with Priya Nair.")

    with checker.page.expect_download(timeout=READY_TIMEOUT_MS) as download_info:
        checker.calendar_button.click()
    text = Path(download_info.value.path()).read_bytes().decode().replace("\r\n ", "")
    assert "SUMMARY:Your second interview" in text.split("\r\n")
    assert "With Priya Nair." in text


@pytest.mark.parametrize(
    ("width", "labels"),
    [(1280, ["Rounds 2 and 3", "Round 4"]), (320, ["Rounds 2 to 4"])],  # on a phone, four weeks is a label's width
)
def test_rounds_a_day_apart_share_a_label_and_no_label_covers_another(
    checker_in: Callable[..., tuple[Guarded, CheckerPage]], width: int, labels: list[str]
) -> None:
    _, checker = checker_in(viewport={"width": width, "height": 900})
    checker.fill_interview(day(0))
    checker.open_more_details()
    assert checker.add_round(day(1)) == 2
    assert checker.add_round(day(2)) == 3
    assert checker.add_round(day(30)) == 4
    checker.wait_until_ready()
    checker.check()
    notes = checker.timeline.locator(".atl-checker-tl__note").evaluate_all(
        """notes => notes.map(note => {
            const box = note.getBBox();
            return {text: note.textContent, left: box.x, right: box.x + box.width,
                    top: box.y, bottom: box.y + box.height};
        })"""
    )
    rounds = [note["text"] for note in notes if note["text"].startswith("Round")]
    assert rounds == labels
    for first, second in itertools.combinations(notes, 2):
        apart = first["right"] <= second["left"] or second["right"] <= first["left"]
        apart = apart or first["bottom"] <= second["top"] or second["bottom"] <= first["top"]
        assert apart, f"{first['text']!r} covers {second['text']!r}"
    assert all(note["left"] >= 0 and note["right"] <= checker.timeline_width() for note in notes)


def test_an_old_style_plan_stays_old_style(checker: CheckerPage) -> None:
    checker.fill_interview(day(0))
    checker.wait_until_ready()
    checker.record_checks()
    checker.check()
    ((entry),) = checker.checks()
    assert entry["plan"]["interview_date"] == day(0)
    assert "interviews" not in entry["plan"]


def test_what_a_reader_types_before_the_script_runs_is_kept(
    new_context: Callable[..., Guarded], sub_site: SiteServer
) -> None:
    """On a slow phone the form is on screen before its script: a date typed by then survives it."""
    guarded = new_context(viewport={"width": 390, "height": 844})
    page = guarded.context.new_page()
    held: list[Route] = []

    def hold(route: Route) -> None:
        held.append(route)  # the script waits until the reader has typed

    page.route("**/javascripts/form/main.js", hold)
    checker = CheckerPage(page, sub_site.url)
    page.goto(checker.url)
    expect(checker.interview).to_be_visible()
    checker.fill_interview(day(0))
    checker.set_follow_up(1, date=day(2))  # not the day the form would propose
    page.wait_for_timeout(200)  # let the held request reach the handler
    assert held
    held[0].continue_()
    expect(checker.add_button).to_be_enabled()  # the script has run
    expect(checker.follow_up_field(1, "Date")).to_have_value(day(2))
