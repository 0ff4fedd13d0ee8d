"""The email templates in docs/templates.md pass the checker once their slots are filled, and fail it unfilled."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest
import yaml

from checker import (
    DEFAULT_POLICY,
    RULES_BY_ID,
    FollowUp,
    Kind,
    Plan,
    Policy,
    Severity,
    check,
    policy_from_document,
    recommended_timeline,
)
from checker._text import Draft
from tests.conftest import CHANGED_OFFICE, EXAMPLE_OFFICE, OFFICE, ROOT

TEMPLATES = ROOT / "docs" / "templates.md"
SLOT = re.compile(r"\[([^\[\]\n]+)\]")
# A sample value for every slot the templates use; a new slot fails the tests until it has one here.
SAMPLES = {
    "Interviewer name": "Ms. Achieng",
    "Job title": "Junior Data Analyst",
    "Company": "Riverside Health",
    "a topic you discussed": "how your team uses patient feedback",
    "the date they gave": "the 27th of November",
    "Your name": "Daniel Osei",
}
SERIOUS = (Severity.ERROR, Severity.WARNING)
INTERVIEW = dt.date(2026, 11, 16)
DECISION = dt.date(2026, 11, 27)


@dataclass(frozen=True)
class Template:
    section: str  # the heading's anchor in templates.md
    text: str


def templates() -> dict[str, Template]:
    """Each section's ```text block, by the section's anchor."""
    found: dict[str, Template] = {}
    section = ""
    lines = TEMPLATES.read_text(encoding="utf-8").splitlines()
    block: list[str] | None = None
    for line in lines:
        heading = re.match(r"^## .*\{#([\w-]+)\}\s*$", line)
        if heading:
            section = heading.group(1)
        elif block is None and line.strip() == "```text":
            block = []
        elif block is not None and line.strip() == "```":
            assert section not in found, f"two templates in section {section}"
            found[section] = Template(section, "\n".join(block))
            block = None
        elif block is not None:
            block.append(line)
    return found


def fill(text: str) -> str:
    return SLOT.sub(lambda match: SAMPLES[match.group(1)], text)


@pytest.fixture(scope="module", params=["office.yml", "default", "example", "changed"])
def policy(request: pytest.FixtureRequest) -> Policy:
    """The policy in force (office.yml), the checker's default, the example office's and one that changes it all.

    The guide prints the templates whatever the office's policy, so they are checked under each.
    """
    if request.param in ("office.yml", "example"):
        office = OFFICE if request.param == "office.yml" else EXAMPLE_OFFICE
        return policy_from_document(yaml.safe_load(office.read_text(encoding="utf-8")) or {})
    return policy_from_document(CHANGED_OFFICE if request.param == "changed" else {})


def plan_for(section: str, draft: str, policy: Policy) -> tuple[Plan, int]:
    """A realistic plan in which the template is sent when the guide says; returns it and the template's index."""
    thank_you = FollowUp(Kind.THANK_YOU, INTERVIEW, draft=fill(templates()["thank-you"].text))
    # Dated as the recommended timeline says, so the guide, the timeline and the rules must agree.
    steps = {step.guide: step.date for step in recommended_timeline(INTERVIEW, DECISION, policy)}
    check_in_day, last_note_day = steps["waiting/#when-to-check-in"], steps["silence/#one-last-note"]
    check_in = FollowUp(Kind.CHECK_IN, check_in_day, draft=fill(templates()["check-in"].text))
    follow_ups = {
        "thank-you": (FollowUp(Kind.THANK_YOU, INTERVIEW, draft=draft),),
        "check-in": (thank_you, FollowUp(Kind.CHECK_IN, check_in_day, draft=draft)),
        "last-note": (thank_you, check_in, FollowUp(Kind.CHECK_IN, last_note_day, draft=draft)),
        "rejection-reply": (thank_you, FollowUp(Kind.STAY_IN_TOUCH, DECISION + dt.timedelta(days=1), draft=draft)),
    }[section]
    today = follow_ups[-1].date
    return Plan(INTERVIEW, today, DECISION, follow_ups), len(follow_ups) - 1


def too_long_findings(plan: Plan, policy: Policy) -> list[tuple[int, str, Severity]]:
    """The too-long findings the policy calls for: each draft with more words than its kind's limit."""
    severity = policy.severity("too-long", RULES_BY_ID["too-long"].severity)
    return [
        (index, "too-long", severity)
        for index, follow_up in enumerate(plan.follow_ups)
        if severity and follow_up.draft and Draft(follow_up.draft).word_count > policy.max_words(follow_up.kind)
    ]


def test_templates_md_has_the_four_templates() -> None:
    assert list(templates()) == ["thank-you", "check-in", "last-note", "rejection-reply"]


@pytest.mark.parametrize("section", ["thank-you", "check-in", "last-note", "rejection-reply"])
def test_filled_template_passes_the_checker(section: str, policy: Policy) -> None:
    template = templates()[section]
    filled = fill(template.text)
    assert "[" not in filled
    plan, index = plan_for(section, filled, policy)
    # A last note is late by design: long-silence reminds the reader it should be the last one, which is the
    # template's own advice.
    findings = [f for f in check(plan, policy).findings if not (section == "last-note" and f.rule == "long-silence")]
    too_long = too_long_findings(plan, policy)
    # Not even a suggestion about the template's own text; nothing serious about the plan, which keeps to the
    # timeline. Except that an office may set a word limit below a template's length: then the checker says so.
    assert [(f.follow_up, f.rule, f.severity) for f in findings if f.follow_up == index] == [
        found for found in too_long if found[0] == index
    ]
    assert [(f.follow_up, f.rule, f.severity) for f in findings if f.severity in SERIOUS] == [
        found for found in too_long if found[2] in SERIOUS
    ]


def test_the_templates_keep_to_the_default_word_limits() -> None:
    for section in templates():
        plan, _ = plan_for(section, fill(templates()[section].text), DEFAULT_POLICY)
        assert too_long_findings(plan, DEFAULT_POLICY) == [], section


@pytest.mark.parametrize("section", ["thank-you", "check-in", "last-note", "rejection-reply"])
def test_unfilled_template_has_a_placeholder_error_per_slot(section: str, policy: Policy) -> None:
    template = templates()[section]
    plan, index = plan_for(section, template.text, policy)
    placeholders = [f for f in check(plan, policy).findings if f.rule == "placeholder"]
    severity = policy.severity("placeholder", RULES_BY_ID["placeholder"].severity)  # an error unless the office says
    slots = [match.group(0) for match in SLOT.finditer(template.text)]
    assert slots
    assert {(f.follow_up, f.severity) for f in placeholders} == ({(index, severity)} if severity else set())
    flagged = [template.text[f.span[0] : f.span[1]] for f in placeholders if f.span is not None]
    assert flagged == (slots if severity else [])
