"""The "Check your draft" page as a person uses it: labelled fields, named buttons, the findings.

Locators go by role and label, as a reader (or a screen reader) finds things, so a test that
passes also shows that the form is labelled. The two live regions are found by id because the
page has two of them (the checker's status and the results summary).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, expect

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
# Loading Python on a cold cache takes a few seconds; a slow CI machine gets a generous ceiling.
READY_TIMEOUT_MS = 90_000


class CheckerPage:
    """The checker page of a served site; ``site_url`` ends with a slash."""

    path = "check-your-draft/"

    def __init__(self, page: Page, site_url: str) -> None:
        self.page = page
        self.url = site_url + self.path
        self.interview = page.get_by_label("Interview date")
        self.decision = page.get_by_label("Decision date")
        self.draft_for = page.get_by_label("This draft is for")
        self.draft = page.get_by_label("Draft note")
        self.remember = page.get_by_label("Remember my draft on this device")
        self.add_button = page.get_by_role("button", name="Add a follow-up")
        self.check_button = page.get_by_role("button", name="Check", exact=True)
        self.calendar_button = page.get_by_role("button", name="Download calendar (.ics)")
        self.status = page.locator("#atl-status")
        self.summary = page.locator("#atl-summary")
        self.findings_list = page.get_by_role("list", name="What the checker found")
        self.timeline = page.get_by_role("img", name=re.compile("^Timeline of your follow-ups"))
        self.more_details = page.locator("#atl-more > summary")
        self.company = page.get_by_label("Company", exact=True)
        self.role = page.get_by_label("Role", exact=True)
        self.add_round_button = page.get_by_role("button", name="Add an interview round")

    # --- actions ---------------------------------------------------------------------------------

    def open(self) -> CheckerPage:
        self.page.goto(self.url)
        expect(self.interview).to_be_visible()
        return self

    def wait_until_ready(self) -> None:
        expect(self.status).to_have_attribute("data-stage", "ready", timeout=READY_TIMEOUT_MS)

    def fill_interview(self, date: str) -> None:
        self.interview.fill(date)

    def fill_decision(self, date: str) -> None:
        self.decision.fill(date)

    def follow_up(self, number: int) -> Locator:
        return self.page.get_by_role("group", name=f"Follow-up {number}", exact=True)

    def follow_up_field(self, number: int, label: str) -> Locator:
        return self.follow_up(number).get_by_label(label, exact=True)

    def set_follow_up(
        self, number: int, *, kind: str | None = None, date: str | None = None, channel: str | None = None
    ) -> None:
        """Choose by the visible option text: kind "Check-in", channel "Email"."""
        if kind is not None:
            self.follow_up_field(number, "Type").select_option(label=kind)
        if date is not None:
            self.follow_up_field(number, "Date").fill(date)
        if channel is not None:
            self.follow_up_field(number, "Sent by").select_option(label=channel)

    def add_follow_up(self, *, kind: str | None = None, date: str | None = None, channel: str | None = None) -> int:
        """Add a row and fill it; returns its number."""
        self.add_button.click()
        number = self.page.get_by_role("group", name=re.compile(r"^Follow-up \d+$")).count()
        expect(self.follow_up(number)).to_be_visible()
        self.set_follow_up(number, kind=kind, date=date, channel=channel)
        return number

    def remove_follow_up(self, number: int) -> None:
        self.follow_up(number).get_by_role("button", name=f"Remove follow-up {number}").click()

    def open_more_details(self) -> None:
        if self.page.locator("#atl-more").get_attribute("open") is None:
            self.more_details.click()

    def round(self, number: int) -> Locator:
        name = re.compile(f"^Round {number}(,|$)")
        return self.page.locator("#atl-rounds").get_by_role("group", name=name)

    def set_interviewers(self, number: int, names: str) -> None:
        self.open_more_details()
        self.round(number).get_by_label("Interviewers").fill(names)

    def add_round(self, date: str, names: str = "") -> int:
        """Add an interview round under "More details"; returns its number."""
        self.open_more_details()
        self.add_round_button.click()
        number = self.page.locator("#atl-rounds > li").count()
        self.round(number).get_by_label("Date").fill(date)
        if names:
            self.round(number).get_by_label("Interviewers").fill(names)
        return number

    def recipient(self, number: int) -> Locator:
        self.open_more_details()
        return self.page.get_by_label(re.compile(rf"^To \(Follow-up {number}:"))

    def record_checks(self) -> None:
        """From now on, keep every plan the page sends to the checker and its answer (``checks()``)."""
        self.page.evaluate(
            """() => {
                const engine = window.followupChecker;
                const check = engine.check;
                window.atlChecks = [];
                engine.check = async (plan) => {
                    const answer = await check(plan);
                    window.atlChecks.push({plan: JSON.parse(JSON.stringify(plan)), answer});
                    return answer;
                };
            }"""
        )

    def checks(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.page.evaluate("() => window.atlChecks")
        return result

    def paste_draft(self, text: str, for_follow_up: int | None = None) -> None:
        if for_follow_up is not None:
            label = self.draft_for.locator("option", has_text=re.compile(rf"^Follow-up {for_follow_up}:"))
            self.draft_for.select_option(label=label.inner_text())
        self.draft.fill(text)

    def press_check(self) -> None:
        self.check_button.click()

    def check(self) -> None:
        """Press Check and wait for the report of this check (the checker may still be loading).

        A report already on the page has the state this waits for, so the summary's text must be new: each report
        replaces it (report.js, setSummary), even with the same words.
        """
        summary = self.summary.element_handle()
        before = summary.evaluate_handle("summary => summary.firstChild")
        self.press_check()
        self.page.wait_for_function(
            "([summary, before]) => summary.firstChild !== before && summary.textContent !== ''"
            " && /^(results|clear)$/.test(summary.dataset.state)",
            arg=[summary, before],
            timeout=READY_TIMEOUT_MS,
        )

    def wait_for_report(self) -> None:
        expect(self.summary).to_have_attribute("data-state", re.compile("^(results|clear)$"), timeout=READY_TIMEOUT_MS)

    # --- what the reader sees --------------------------------------------------------------------

    def findings(self) -> Locator:
        return self.findings_list.locator(":scope > li")

    def finding(self, rule: str) -> Locator:
        return self.findings_list.locator(f'[data-rule="{rule}"]')

    def action(self, rule: str, name: str) -> Locator:
        """A finding's button: "apply" (its fix), "show" (its mark in the draft) or "ignore"."""
        return self.finding(rule).locator(f'[data-action="{name}"]')

    def marks(self) -> list[tuple[str, str]]:
        """The marks in the draft, as (text, severity), in text order."""
        found: list[tuple[str, str]] = self.page.eval_on_selector_all(
            "#atl-marks .atl-mark",
            "marks => marks.map(m => [m.textContent, m.className.match(/atl-mark--(\\w+)/)[1]])",
        )
        return [(text, severity) for text, severity in found]

    def marked(self, rule: str) -> list[str]:
        """The marked text in the excerpts of every finding of one rule."""
        return self.finding(rule).locator("mark").all_inner_texts()

    def timeline_bars(self) -> list[dict[str, float]]:
        """The recommended steps' bars in the picture, A first: where each starts and how wide it is, in pixels."""
        result: list[dict[str, float]] = self.timeline.locator(".atl-checker-tl__band").evaluate_all(
            "bars => bars.map(bar => { const box = bar.getBBox(); return {x: box.x, width: box.width}; })"
        )
        return result

    def timeline_labels(self) -> list[dict[str, Any]]:
        """The bars' labels in the picture: their text and where they lie, in pixels."""
        result: list[dict[str, Any]] = self.timeline.locator(".atl-checker-tl__label").evaluate_all(
            """labels => labels.map(label => {
                const box = label.getBBox();
                return {text: label.textContent, left: box.x, right: box.x + box.width};
            })"""
        )
        return result

    def timeline_width(self) -> float:
        width: float = self.timeline.evaluate("picture => picture.viewBox.baseVal.width")
        return width

    def step_days(self, letter: str) -> list[str]:
        """The dates (ISO) the words under the picture give recommended step ``letter``."""
        item = self.page.locator("#atl-steps > li", has_text=f"Recommended {letter}:")
        days: list[str] = item.locator("time").evaluate_all("times => times.map(time => time.dateTime)")
        return days

    def errors_for(self, control: Locator) -> list[str]:
        """The text of every element the control's aria-describedby points to."""
        ids = (control.get_attribute("aria-describedby") or "").split()
        return [self.page.locator(f"#{name}").inner_text() for name in ids]

    def stored(self) -> dict[str, str]:
        result: dict[str, str] = self.page.evaluate("() => ({ ...localStorage })")
        return result

    def scrolls_sideways(self) -> bool:
        result: bool = self.page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
        )
        return result

    def axe_violations(self) -> list[dict[str, Any]]:
        """axe-core's violations for WCAG 2.2 AA (the context needs ``bypass_csp``: axe is injected inline)."""
        if not self.page.evaluate("() => 'axe' in window"):
            self.page.add_script_tag(path=AXE)
        # A colour read halfway through a fade (the theme's "Back to top" button, the header's title after a scroll)
        # is not the colour anyone reads. A fade can begin a frame or two after the change that causes it (the
        # header's title follows an IntersectionObserver), so the page must stay still for a few frames.
        self.page.evaluate(
            """async () => {
                const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
                const fading = () =>
                    document.getAnimations().some((a) => a instanceof CSSTransition && a.playState === "running");
                for (let still = 0; still < 3; ) {
                    await frame();
                    still = fading() ? 0 : still + 1;
                }
            }"""
        )
        result: list[dict[str, Any]] = self.page.evaluate(
            """tags => axe.run(document, {runOnly: {type: "tag", values: tags}}).then(r => r.violations.map(
                v => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" "))})))""",
            list(WCAG_22_AA),
        )
        return result
