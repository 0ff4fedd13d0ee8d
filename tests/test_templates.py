"""The email templates in docs/templates.md pass the checker once their slots are filled, and fail it unfilled.

Each template is checked as the kind of follow-up it is, dated when the guide says to send it (``USES``).
"""

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
    Interview,
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
    "Interviewer names": "Ms. Achieng, Mr. Berg and Dr. Nair",
    "Contact name": "Mr. Li",
    "Recruiter name": "Ms. Okafor",
    "Referee name": "Dr. Mensah",
    "Job title": "Junior Data Analyst",
    "Company": "Riverside Health",
    "a topic you discussed": "how your team uses patient feedback",
    "something new from this round": "how the team plans its work each week",
    "the date they gave": "the 27th of November",
    "the date you must answer": "Friday 4 December",
    "a skill the job needs": "careful work with survey data",
    "a project you did together": "the survey project we ran last spring",
    "Your name": "Daniel Osei",
}
SERIOUS = (Severity.ERROR, Severity.WARNING)
INTERVIEW = dt.date(2026, 11, 16)
SECOND_ROUND = dt.date(2026, 11, 24)
DECISION = dt.date(2026, 11, 27)


@dataclass(frozen=True)
class Use:
    """How the guide says to send a template: as which kind of follow-up, and when.

    ``when`` is a day of the plan: the interview, a later round, the check-in day or the last-note day of the
    recommended timeline, a day between the interview and their decision, or the day after their decision.
    """

    kind: Kind
    when: str


# Every template in docs/templates.md, by the anchor of its section.
USES = {
    "thank-you": Use(Kind.THANK_YOU, "interview"),
    "panel-thank-you": Use(Kind.THANK_YOU, "interview"),
    "later-round": Use(Kind.THANK_YOU, "later-round"),
    "ask-for-addresses": Use(Kind.THANK_YOU, "interview"),
    "recruiter-update": Use(Kind.THANK_YOU, "interview"),
    # Written to the referee, not to the employer: like a reply after a rejection, it thanks and asks nothing.
    "referee-note": Use(Kind.STAY_IN_TOUCH, "before-decision"),
    "check-in": Use(Kind.CHECK_IN, "check-in"),
    "offer-update": Use(Kind.OFFER_UPDATE, "check-in"),
    "last-note": Use(Kind.CHECK_IN, "last-note"),
    # Asks a question of the employer and confirms interest, as a check-in does; sent once they have decided.
    "offer-reply": Use(Kind.CHECK_IN, "after-decision"),
    "withdrawal": Use(Kind.WITHDRAWAL, "before-decision"),
    "rejection-reply": Use(Kind.STAY_IN_TOUCH, "after-decision"),
}


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
    use = USES[section]
    thank_you = FollowUp(Kind.THANK_YOU, INTERVIEW, draft=fill(templates()["thank-you"].text))
    # Dated as the recommended timeline says, so the guide, the timeline and the rules must agree.
    steps = {step.guide: step.date for step in recommended_timeline(INTERVIEW, DECISION, policy)}
    check_in_day, last_note_day = steps["waiting/#when-to-check-in"], steps["silence/#one-last-note"]
    check_in = FollowUp(Kind.CHECK_IN, check_in_day, draft=fill(templates()["check-in"].text))
    if use.when == "later-round":
        # Two rounds, each thanked: the first with the thank-you template, the second with this one.
        rounds = (Interview(INTERVIEW), Interview(SECOND_ROUND))
        follow_ups: tuple[FollowUp, ...] = (thank_you, FollowUp(use.kind, SECOND_ROUND, draft=draft))
        return Plan(INTERVIEW, SECOND_ROUND, DECISION, follow_ups, rounds), 1
    follow_ups = {
        "interview": (FollowUp(use.kind, INTERVIEW, draft=draft),),
        "before-decision": (thank_you, FollowUp(use.kind, INTERVIEW + dt.timedelta(days=3), draft=draft)),
        "check-in": (thank_you, FollowUp(use.kind, check_in_day, draft=draft)),
        "last-note": (thank_you, check_in, FollowUp(use.kind, last_note_day, draft=draft)),
        "after-decision": (thank_you, FollowUp(use.kind, DECISION + dt.timedelta(days=1), draft=draft)),
    }[use.when]
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


def test_every_template_has_a_use_and_every_use_a_template() -> None:
    assert set(templates()) == set(USES)


def test_the_templates_for_another_offer_and_withdrawing_are_checked_as_their_own_kinds() -> None:
    assert (USES["offer-update"].kind, USES["withdrawal"].kind) == (Kind.OFFER_UPDATE, Kind.WITHDRAWAL)


@pytest.mark.parametrize("section", USES)
def test_template_starts_with_a_subject_line_then_the_greeting(section: str) -> None:
    subject, blank, greeting = templates()[section].text.splitlines()[:3]
    assert re.fullmatch(r"Subject: \S.*\S", subject), subject
    assert blank == ""
    assert greeting.startswith("Dear "), greeting
    assert greeting.endswith(","), greeting


@pytest.mark.parametrize("section", USES)
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


@pytest.mark.parametrize("section", USES)
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
