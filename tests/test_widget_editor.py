"""The draft as an editor: marks in place, fixes applied and undone, findings ignored, all by keyboard too."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import Guarded, SiteServer
from tests.widget_page import CheckerPage

# A thank-you with three problems: a casual greeting and "!!!" (each with a fix), an unfilled slot (no fix).
DRAFT = "Hey Sam,\n\nThanks for the chat about the [Role] job!!! I remain keen on it.\n\nKind regards,\nAmina"
INTERVIEW = dt.date.today() - dt.timedelta(days=1)


@pytest.fixture(scope="module")
def sub_site(neutral_site: Path, serve: Callable[[Path, str], SiteServer]) -> SiteServer:
    return serve(neutral_site, "/after-the-interview/")


@pytest.fixture
def editor(new_context: Callable[..., Guarded], sub_site: SiteServer) -> CheckerPage:
    guarded = new_context(viewport={"width": 1280, "height": 900})
    checker = CheckerPage(guarded.context.new_page(), sub_site.url).open()
    checker.wait_until_ready()
    checker.fill_interview(INTERVIEW.isoformat())
    checker.paste_draft(DRAFT)
    checker.check()
    return checker


def _focused_action(checker: CheckerPage) -> str:
    return str(checker.page.evaluate("() => document.activeElement?.dataset?.action ?? ''"))


def _tab_to_action(checker: CheckerPage, rule: str, name: str, limit: int = 60) -> None:
    """Press Tab until a button ``name`` of a finding of ``rule`` has focus."""
    for _ in range(limit):
        checker.page.keyboard.press("Tab")
        here = checker.page.evaluate("() => document.activeElement?.closest('[data-rule]')?.dataset.rule ?? ''")
        if here == rule and _focused_action(checker) == name:
            return
    raise AssertionError(f"Tab never reached {name} on {rule}")


def test_each_finding_is_marked_in_the_draft_by_severity(editor: CheckerPage) -> None:
    assert editor.marks() == [("Hey", "suggestion"), ("[Role]", "error"), ("!!!", "warning")]


def test_choose_apply_undo_and_ignore_by_keyboard_alone(editor: CheckerPage) -> None:
    page = editor.page
    editor.check_button.focus()

    _tab_to_action(editor, "placeholder", "show")
    page.keyboard.press("Enter")
    expect(editor.draft).to_be_focused()
    assert editor.draft.evaluate("box => box.value.slice(box.selectionStart, box.selectionEnd)") == "[Role]"

    editor.check_button.focus()
    _tab_to_action(editor, "unprofessional-tone", "apply")
    page.keyboard.press("Enter")
    expect(editor.draft).to_have_value(DRAFT.replace("!!!", "!"))
    expect(editor.finding("unprofessional-tone")).to_have_count(0)
    assert page.evaluate("() => document.activeElement !== document.body"), "the focus was lost after Apply"

    editor.draft.focus()
    page.keyboard.press("Control+z")
    expect(editor.draft).to_have_value(DRAFT)
    expect(editor.finding("unprofessional-tone")).to_have_count(1)

    editor.check_button.focus()
    _tab_to_action(editor, "no-greeting", "ignore")
    page.keyboard.press("Enter")
    expect(editor.finding("no-greeting")).to_have_count(0)
    expect(page.get_by_text(re.compile(r"1 finding ignored for this draft"))).to_be_visible()
    assert page.evaluate("() => document.activeElement !== document.body"), "the focus was lost after Ignore"
    assert ("Hey", "suggestion") not in editor.marks()

    page.get_by_role("button", name="Show them").press("Enter")
    expect(editor.finding("no-greeting")).to_have_count(1)


def test_forced_colours_keep_each_mark_and_its_line_style(editor: CheckerPage) -> None:
    page = editor.page
    page.emulate_media(forced_colors="active")
    styles = page.eval_on_selector_all(
        "#atl-marks .atl-mark",
        """marks => marks.map(m => {
            const s = getComputedStyle(m);
            return [s.textDecorationLine, s.textDecorationStyle, s.textDecorationColor, s.color];
        })""",
    )
    assert [line for line, *_ in styles] == ["underline"] * 3
    assert [style for _, style, *_ in styles] == ["dotted", "solid", "wavy"]  # suggestion, error, warning
    text = page.evaluate("() => getComputedStyle(document.getElementById('atl-draft')).color")
    assert {colour for *_, colour, _ in styles} == {text}, "a mark's line is the text colour in forced colours"
    for severity in ("error", "warning", "suggestion"):
        label = editor.findings_list.locator(f".atl-checker-finding--{severity}").first
        expect(label).to_contain_text(re.compile(severity, re.IGNORECASE))


def test_forced_colours_draw_the_timeline_in_system_colours(editor: CheckerPage) -> None:
    """Text and lines in CanvasText on Canvas, each number in Canvas on a CanvasText dot: never the theme's."""
    page = editor.page
    page.emulate_media(forced_colors="active", color_scheme="dark")
    system = page.evaluate(
        """() => {
            const probe = document.createElement("span");
            document.body.append(probe);
            probe.style.color = "CanvasText";
            probe.style.backgroundColor = "Canvas";
            const style = getComputedStyle(probe);
            const colours = {text: style.color, canvas: style.backgroundColor};
            probe.remove();
            return colours;
        }"""
    )
    assert system["text"] != system["canvas"]
    drawn = editor.timeline.evaluate(
        """picture => {
            const fill = (selector) => [...picture.querySelectorAll(selector)].map((e) => getComputedStyle(e).fill);
            const stroke = (selector) => [...picture.querySelectorAll(selector)].map((e) => getComputedStyle(e).stroke);
            return {
                text: [...fill(".atl-checker-tl__lane"), ...fill(".atl-checker-tl__label")],
                lines: stroke(".atl-checker-tl__tick"),
                dots: fill(".atl-checker-tl__dot"),
                numbers: fill(".atl-checker-tl__number"),
                background: getComputedStyle(picture).backgroundColor,
            };
        }"""
    )
    assert set(drawn["text"]) == {system["text"]}
    assert set(drawn["lines"]) == {system["text"]}
    assert set(drawn["dots"]) == {system["text"]}
    assert set(drawn["numbers"]) == {system["canvas"]}
    assert drawn["background"] == system["canvas"]


def test_show_in_draft_names_that_finding_where_its_mark_touches_another(editor: CheckerPage) -> None:
    # "decide quickly" (pressure) ends where "!!!" (unprofessional-tone) begins: both marks touch the selection's start.
    editor.paste_draft(
        "Dear Sam,\n\nThank you for meeting me. I remain keen on the role, so please decide quickly!!!\n\n"
        "Kind regards,\nAmina"
    )
    editor.check()
    expect(editor.finding("pressure")).to_be_visible()
    editor.action("unprofessional-tone", "show").click()
    expect(editor.page.locator("#atl-here")).to_have_text('At the cursor: Repeated punctuation: "!!!".')
    editor.action("pressure", "show").click()
    expect(editor.page.locator("#atl-here")).to_have_text('At the cursor: "decide quickly" asks for haste.')
