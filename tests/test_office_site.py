"""Two builds, the neutral default and the example office: the office's name, colours, contact and policy
show on the rendered pages, and nothing of the example leaks into the neutral site."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.conftest import SiteServer
from tests.test_site import text_of

NAME = "Northfield University Careers Service"
BOOKING = "https://careers.northfield.example.edu/appointments"


def pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("index.html") if "assets" not in path.parts)


def test_every_page_of_the_example_carries_its_name_and_contact(example_site: Path) -> None:
    found = pages(example_site)
    assert len(found) >= 15
    for page in found:
        html = page.read_text(encoding="utf-8")
        assert f"Published by {NAME}" in html, page
        assert 'class="atl-contact"' in html, page
        assert BOOKING in html, page
        assert "careers@northfield.example.edu" in html, page
        assert "Monday to Friday, 9:00 to 17:00" in html, page


def test_the_neutral_site_is_neutral(neutral_site: Path) -> None:
    for page in pages(neutral_site):
        html = page.read_text(encoding="utf-8")
        assert "Northfield" not in html, page
        assert 'class="atl-contact"' not in html, page


def test_the_example_colours_drive_the_theme(example_site: Path, neutral_site: Path) -> None:
    example_css = (example_site / "stylesheets" / "office.css").read_text(encoding="utf-8")
    default_css = (neutral_site / "stylesheets" / "office.css").read_text(encoding="utf-8")
    assert "--md-primary-fg-color: #5b2a86" in example_css
    assert "#5b2a86" not in default_css
    assert "stylesheets/office.css" in (example_site / "index.html").read_text(encoding="utf-8")


def test_the_text_quotes_the_example_policy(example_site: Path) -> None:
    # The numbers in every page follow the policy in tests/test_site.py; here, the example's own 10 days.
    assert "From day 10, and after the date they gave you" in text_of(example_site / "index.html")
    assert "after the interview (10 days)" in text_of(example_site / "rules" / "index.html")


def test_phone_advice_follows_the_phone_rule(example_site: Path, neutral_site: Path) -> None:
    # Northfield switches phone-follow-up off, so no page may tell its students never to phone.
    for page in pages(example_site):
        assert "Do not phone" not in text_of(page), page
    assert "Email or a short call" in text_of(example_site / "waiting" / "index.html")
    assert "Use email, not the phone" in text_of(neutral_site / "waiting" / "index.html")
    reference = text_of(example_site / "rules" / "index.html")
    assert re.search(r"phone-follow-up \| off on this site|phone-follow-up off on this site", reference)


def test_privacy_and_accessibility_name_the_office(example_site: Path) -> None:
    for page in ("privacy/index.html", "accessibility/index.html"):
        text = text_of(example_site / page)
        assert NAME in text, page
        assert "careers@northfield.example.edu" in text, page


@pytest.mark.browser
def test_the_example_widget_enforces_the_example_policy(
    example_site: Path, serve: Callable[[Path, str], SiteServer], page: Page
) -> None:
    # Published under a sub-path, as a career office's own server would.
    server = serve(example_site, "/after-the-interview/")
    page.goto(server.url + "check-your-draft/")
    plan = {
        "interview_date": "2026-11-16",
        "today": "2026-11-24",
        "follow_ups": [{"kind": "check-in", "date": "2026-11-24", "channel": "phone"}],
    }
    report = page.evaluate("async (plan) => { await followupChecker.ready; return followupChecker.check(plan); }", plan)
    rules = {finding["rule"] for finding in report["findings"]}
    assert "check-in-too-soon" in rules  # day 8 is too soon under a 10-day wait
    assert "phone-follow-up" not in rules  # Northfield allows a call
    assert report["summary"]["policy"] == NAME
    too_soon = next(f for f in report["findings"] if f["rule"] == "check-in-too-soon")
    assert "10 days" in too_soon["suggestion"]
