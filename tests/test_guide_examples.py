"""The guide's own advice passes the checker: what it says to write instead, the honest competing offer, and the
sentences it suggests for offers, withdrawals and panels.

The examples are read from the pages themselves, so a change of wording in
the guide is checked as it is published.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from checker import DEFAULT_POLICY, FollowUp, Interview, Kind, Plan, check

DOCS = Path(__file__).resolve().parent.parent / "docs"
QUOTE = re.compile(r"\"([^\"]+)\"")
INTERVIEW = dt.date(2026, 11, 16)


def _no_pressure_table() -> list[tuple[list[str], list[str]]]:
    """The rows of the "Avoid | Write instead" table in docs/waiting.md: the quotes in each column."""
    text = (DOCS / "waiting.md").read_text(encoding="utf-8")
    table = text[text.index("| Avoid | Write instead |") :].split("\n\n", 1)[0]
    rows = [line.strip("|").split("|") for line in table.splitlines()[2:]]
    return [(QUOTE.findall(avoid), QUOTE.findall(instead)) for avoid, instead in rows]


def _draft_rules(sentence: str, kind: Kind, *, wrapped: bool) -> set[str]:
    """The draft rules that fire on ``sentence``, alone or inside a short note with greeting and sign-off."""
    draft = f"Dear Ms. Achieng,\n\n{sentence}\n\nKind regards,\nAmina Yusuf" if wrapped else sentence
    day = INTERVIEW + dt.timedelta(days=9)
    report = check(Plan(INTERVIEW, day, follow_ups=(FollowUp(kind, day, draft=draft),)), DEFAULT_POLICY)
    return {finding.rule for finding in report.findings if finding.follow_up == 0}


def test_the_table_has_examples_on_both_sides() -> None:
    rows = _no_pressure_table()
    assert len(rows) >= 4
    assert all(avoid and instead for avoid, instead in rows)


@pytest.mark.parametrize("sentence", [quote for avoid, _ in _no_pressure_table() for quote in avoid])
def test_what_the_guide_says_to_avoid_is_pressure(sentence: str) -> None:
    assert "pressure" in _draft_rules(sentence, Kind.CHECK_IN, wrapped=False)


@pytest.mark.parametrize("sentence", [quote for _, instead in _no_pressure_table() for quote in instead])
def test_what_the_guide_says_to_write_instead_passes(sentence: str) -> None:
    fired = _draft_rules(sentence, Kind.CHECK_IN, wrapped=False)
    assert fired.isdisjoint({"pressure", "blame", "boasting", "unprofessional-tone", "placeholder"}), fired


def test_the_honest_competing_offer_is_a_clean_check_in() -> None:
    """docs/waiting.md tells readers to mention a real offer this way: no pressure, and it says they want the job."""
    offers = [quote for _, instead in _no_pressure_table() for quote in instead if "offer" in quote]
    assert offers, "docs/waiting.md no longer shows how to mention another offer"
    for sentence in offers:
        assert _draft_rules(sentence, Kind.CHECK_IN, wrapped=True) == set()


def test_the_linkedin_message_after_a_rejection_is_gracious() -> None:
    text = (DOCS / "rejection.md").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "Connect on LinkedIn" in line)
    (message,) = QUOTE.findall(line)
    fired = _draft_rules(message.replace("[Job title]", "Data Analyst"), Kind.STAY_IN_TOUCH, wrapped=True)
    assert fired == set()


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        *((quote, "unprofessional-tone") for quote in ("thx", "u")),
        ("I am the best candidate you will meet", "boasting"),
    ],
)
def test_the_thank_you_page_names_what_the_checker_flags(phrase: str, rule: str) -> None:
    page = (DOCS / "thank-you-note.md").read_text(encoding="utf-8")
    assert f'"{phrase}"' in page
    assert rule in _draft_rules(f"Thank you, {phrase}.", Kind.THANK_YOU, wrapped=True)


def _quotes_on_line(page: str, start: str) -> list[str]:
    """The quoted sentences on the line of ``page`` that starts with ``start`` (after any list marker)."""
    text = (DOCS / page).read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.lstrip("- ").startswith(start))
    return QUOTE.findall(line)


@pytest.mark.parametrize(
    ("page", "start"),
    [("offers.md", "If you need more time"), ("offers.md", "**Ask once, and give a reason")],
    ids=["more-time", "negotiate"],
)
def test_what_the_offers_page_says_to_ask_is_polite(page: str, start: str) -> None:
    (sentence,) = _quotes_on_line(page, start)
    assert _draft_rules(sentence, Kind.CHECK_IN, wrapped=True) == set()


@pytest.mark.parametrize("kind", [Kind.OFFER_UPDATE, Kind.CHECK_IN])
def test_the_deadline_the_another_offer_page_warns_against_is_pressure(kind: Kind) -> None:
    (sentence,) = _quotes_on_line("another-offer.md", "**Do not set them a deadline.**")
    assert "pressure" in _draft_rules(sentence, kind, wrapped=True)


def test_turning_down_an_offer_as_the_withdrawal_template_says_is_clean() -> None:
    (sentence,) = _quotes_on_line("templates.md", "You do not have to give a reason.")[-1:]
    note = f"Thank you for your time, and for considering me for the role. {sentence}."
    assert _draft_rules(note, Kind.WITHDRAWAL, wrapped=True) == set()


def test_the_panel_greeting_is_a_greeting_to_the_right_people() -> None:
    (greeting,) = _quotes_on_line("rounds-and-panels.md", "**One note to everyone.**")
    assert greeting.startswith("Dear ")
    body = "Thank you for meeting me today. I am very interested in the role.\n\nKind regards,\nAmina Yusuf"
    note = FollowUp(Kind.THANK_YOU, INTERVIEW, draft=f"{greeting}\n\n{body}")
    panel = Interview(INTERVIEW, ("Amina Achieng", "Tom Berg", "Priya Nair"))
    report = check(Plan(INTERVIEW, INTERVIEW, follow_ups=(note,), interviews=(panel,)))
    assert {"no-greeting", "wrong-name"}.isdisjoint(finding.rule for finding in report.findings)
    # The same greeting to a panel without Dr. Nair names someone who was not there.
    other_panel = Interview(INTERVIEW, ("Amina Achieng", "Tom Berg"))
    report = check(Plan(INTERVIEW, INTERVIEW, follow_ups=(note,), interviews=(other_panel,)))
    assert [finding.rule for finding in report.findings if finding.severity.value == "error"] == ["wrong-name"]
