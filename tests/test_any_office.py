"""Whatever office.yml says, the guide, the widget and the CLI follow it, and the tests follow it too.

A career office forks the project and edits office.yml first, so no test may pass only for the neutral
default. Each test here runs for three offices (the ``any_office`` fixture in tests/conftest.py): office.yml
as it stands, the example office and ``CHANGED_OFFICE``, which changes every number of the policy, a rule's
severity and two switches, and is published deep under a sub-path. What each test expects is worked out from
the office's config, so an assumption that only the default makes true fails here, in the project's own CI.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from playwright.sync_api import Page

from checker import RULES, RULES_BY_ID, Policy, Severity, policy_from_document
from checker.cli import main
from tests.conftest import OfficeSite, SiteServer
from tests.test_site import html_pages, parse, text_of

# Sentences of the guide that quote the policy, with the names of the markers they quote (without "policy.").
QUOTED = [
    ("index.html", "By day {thank_you_within_days}: your thank-you note is sent."),
    ("index.html", "and send it {thank_you_when}. See"),
    ("index.html", "From day {check_in_after_days}, and after the date they gave you: one check-in."),
    ("index.html", "and until day {check_in_after_days}: whichever comes later."),
    ("index.html", "After {silence_wait} of silence: one last note, then move on."),
    ("thank-you-note/index.html", "and send it {thank_you_when}. Count the interview day as day 0."),
    ("thank-you-note/index.html", "Your note should be sent no later than day {thank_you_within_days}."),
    ("thank-you-note/index.html", "Stay under {max_words_thank_you} words."),
    ("waiting/index.html", "still wait at least {check_in_after_days} days after the interview."),
    (
        "waiting/index.html",
        "wait {check_in_after_days} days after the interview. Day {check_in_after_days} is the first",
    ),
    ("waiting/index.html", "the later of the two days: day {check_in_after_days}, or the day after their date."),
    ("waiting/index.html", "the one message you may send before day {check_in_after_days}."),
    ("waiting/index.html", "Keep it under {max_words_check_in} words."),
    ("why-follow-up/index.html", "{thank_you_when}, and no later than day {thank_you_within_days}"),
    ("why-follow-up/index.html", "With no news from day {check_in_after_days}, and after the date they gave you"),
    ("why-follow-up/index.html", "After {silence_wait} of silence"),
    ("self-review/index.html", "Write down day {check_in_after_days} after the interview,"),
    ("self-review/index.html", "once day {check_in_after_days} has come and their date has passed."),
    ("silence/index.html", "If you have had no answer {silence_wait_exact} after the interview"),
    ("silence/index.html", "Keep it short, under {max_words_check_in} words."),
    ("rejection/index.html", "stays short, under {max_words_stay_in_touch} words."),
    ("checklist/index.html", "Keep it under {max_words_thank_you} words."),
    ("checklist/index.html", "{thank_you_when}, and no later than day {thank_you_within_days}."),
    ("checklist/index.html", "for the check-in: day {check_in_after_days}, or the day after the date they gave you"),
    ("checklist/index.html", "under {max_words_check_in} words."),
    ("checklist/index.html", "Still no answer after {silence_wait_exact}?"),
    ("checklist/index.html", "under {max_words_stay_in_touch} words."),
    ("templates/index.html", "no later than day {thank_you_within_days}. Keep it under {max_words_thank_you} words."),
    ("templates/index.html", "if you have no news: from day {check_in_after_days}, and after the date they gave you"),
    ("templates/index.html", "You may send it before day {check_in_after_days}."),
    ("templates/index.html", "after {silence_wait} with no answer."),
    ("templates/index.html", "Keep it under {max_words_stay_in_touch} words."),
    ("rounds-and-panels/index.html", "send it {thank_you_when}, no later than day {thank_you_within_days}."),
    ("rounds-and-panels/index.html", "comes from day {check_in_after_days} after the last round"),
    ("who-is-who/index.html", "The same timing applies: from day {check_in_after_days}, and after the date"),
    ("another-offer/index.html", "Usually, you wait {check_in_after_days} days, and until the date they gave you"),
    ("rules/index.html", "Thank-you note sent by day {thank_you_within_days}"),
    ("rules/index.html", "First check-in not before day {check_in_after_days}, or after the employer's date"),
    ("rules/index.html", "Long silence after {silence_after_days} days"),
    ("rules/index.html", "Longest thank-you note {max_words_thank_you} words"),
    ("rules/index.html", "Longest check-in {max_words_check_in} words"),
    ("rules/index.html", "Longest reply after a rejection {max_words_stay_in_touch} words"),
    ("rules/index.html", "after the interview ({check_in_after_days} days)"),
    ("rules/index.html", "({silence_after_days} days) after"),
]
NEUTRAL_NAME = "the organisation that runs this website"
NEUTRAL_CONTACT = "the contact address on the website where you found this guide"
INTERVIEW = dt.date(2026, 11, 16)


def severity(policy: Policy, rule: str) -> Severity | None:
    """The rule's severity on the office's site; None when the office switches it off."""
    return policy.severity(rule, RULES_BY_ID[rule].severity)


# The guide's text --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("page", "sentence"), QUOTED, ids=[f"{page}-{n}" for n, (page, _) in enumerate(QUOTED)])
def test_the_guide_quotes_the_offices_numbers(
    any_office: OfficeSite, guide: ModuleType, page: str, sentence: str
) -> None:
    markers = guide.marker_values(any_office.config.office, any_office.policy)
    policy = {name.removeprefix("policy."): value for name, value in markers.items() if name.startswith("policy.")}
    assert sentence.format(**policy) in text_of(any_office.site / page)


def test_the_rule_reference_gives_each_rules_severity_on_this_site(any_office: OfficeSite) -> None:
    text = text_of(any_office.site / "rules" / "index.html")
    for rule in RULES:
        found = severity(any_office.policy, rule.id)
        shown = found.value if found is not None else "off on this site"
        assert f"{rule.id} {shown} {rule.summary}" in text, rule.id  # the summary table
        assert f"Severity: {shown} {rule.summary}" in text, rule.id  # the rule's own section


def test_the_advice_on_channels_follows_the_offices_rules(any_office: OfficeSite) -> None:
    phone = severity(any_office.policy, "phone-follow-up") is not None
    channel = severity(any_office.policy, "check-in-channel") is not None
    waiting = text_of(any_office.site / "waiting" / "index.html")
    home = text_of(any_office.site / "index.html")
    assert ("Use email, not the phone" in waiting) is phone
    assert ("Email or a short call" in waiting) is not phone
    assert ("Do not phone." in home) is phone
    assert ("A short phone call is fine too." in home) is not phone
    if not phone:
        assert not [page for page in html_pages(any_office.site) if "Do not phone" in text_of(page)]
    assert ("but not for your check-in" in waiting) is channel
    assert ("use one channel only" in waiting) is not channel


# The office's name, contact and colours ----------------------------------------------------------------------


def test_every_page_names_the_office_and_its_contact_or_none(any_office: OfficeSite) -> None:
    office = any_office.config.office
    contact = office.contact
    for page in html_pages(any_office.site):
        text, parsed = text_of(page), parse(page)
        links = {url for _, _, url in parsed.urls}
        assert ("Published by" in text) is bool(office.name), page
        if office.name:
            assert f"Published by {office.name}" in text, page
        if office.footer:
            assert office.footer in text, page
        assert ("atl-contact-title" in parsed.ids) is contact.present, page
        if contact.present:
            helper = office.name or "A careers adviser"
            assert f"{contact.label} {helper} can help you with your follow-up" in text, page
            assert (contact.url in links) is bool(contact.url), page
            assert (f"mailto:{contact.email}" in links) is bool(contact.email), page
            if contact.hours:
                assert f"Opening hours: {contact.hours}" in text, page


def test_the_statements_name_the_office_and_how_to_reach_it(any_office: OfficeSite) -> None:
    office = any_office.config.office
    name = office.name or NEUTRAL_NAME
    if office.contact.email:
        reach = office.contact.email
    elif office.contact.url:
        reach = "the adviser team through their contact page"
    else:
        reach = NEUTRAL_CONTACT
    privacy = text_of(any_office.site / "privacy" / "index.html")
    assert f"Nobody at {name}, or anywhere else, can read it." in privacy
    assert f"This copy of the site is published by {name}." in privacy
    assert f"If you have a question about privacy, write to {reach}." in privacy
    accessibility = text_of(any_office.site / "accessibility" / "index.html")
    assert f"This copy of the site is published by {name}. Write to {reach}." in accessibility
    about = text_of(any_office.site / "about" / "index.html")
    assert f"This copy of the site is published by {name}, which is responsible for it." in about


def test_the_theme_takes_the_offices_colours(any_office: OfficeSite) -> None:
    office = any_office.config.office
    css = (any_office.site / "stylesheets" / "office.css").read_text(encoding="utf-8")
    assert f"from the office's colours ({office.primary}, {office.accent})" in css
    assert f"--md-primary-fg-color: {office.primary};" in css


# The checker's policy: the file, the CLI and the widget ------------------------------------------------------


def test_the_widget_and_the_cli_read_the_same_policy_from_the_office_file(any_office: OfficeSite) -> None:
    served = json.loads((any_office.site / "assets" / "checker" / "policy.json").read_text(encoding="utf-8"))
    assert served == any_office.policy.to_json()
    document = yaml.safe_load(any_office.file.read_text(encoding="utf-8")) or {}
    assert policy_from_document(document) == any_office.policy


def words(count: int) -> str:
    return " ".join(["word"] * count)


def probes(policy: Policy) -> list[tuple[str, dict[str, object], str, bool]]:
    """Plans just inside and just past each of the policy's limits: (name, plan, rule, whether its numbers break it)."""

    def on(days: int) -> str:
        return (INTERVIEW + dt.timedelta(days=days)).isoformat()

    def plan(*follow_ups: dict[str, object]) -> dict[str, object]:
        return {"interview_date": INTERVIEW.isoformat(), "today": INTERVIEW.isoformat(), "follow_ups": list(follow_ups)}

    within, wait = policy.thank_you_within_days, policy.check_in_after_days
    found = [
        ("thank-you on its last day", plan({"kind": "thank-you", "date": on(within)}), "thank-you-late", False),
        ("thank-you a day late", plan({"kind": "thank-you", "date": on(within + 1)}), "thank-you-late", True),
        ("check-in on the first day", plan({"kind": "check-in", "date": on(wait)}), "check-in-too-soon", False),
        ("check-in a day early", plan({"kind": "check-in", "date": on(wait - 1)}), "check-in-too-soon", wait > 0),
        (
            "check-in by phone",
            plan({"kind": "check-in", "date": on(wait), "channel": "phone"}),
            "phone-follow-up",
            True,
        ),
    ]
    for kind, limit in (
        ("thank-you", policy.max_words_thank_you),
        ("check-in", policy.max_words_check_in),
        ("stay-in-touch", policy.max_words_stay_in_touch),
    ):
        for count in (limit, limit + 1):
            draft = plan({"kind": kind, "date": on(wait), "draft": words(count)})
            found.append((f"{kind} of {count} words", draft, "too-long", count > limit))
    return found


def cli_report(plan: dict[str, object], office: Path) -> dict[str, Any]:
    out = io.StringIO()
    main(["-", "--policy", str(office), "--format", "json"], stdin=io.StringIO(json.dumps(plan)), stdout=out)
    report: dict[str, Any] = json.loads(out.getvalue())
    return report


def test_the_cli_enforces_the_offices_numbers_and_switches(any_office: OfficeSite) -> None:
    for name, plan, rule, broken in probes(any_office.policy):
        report = cli_report(plan, any_office.file)
        shown = severity(any_office.policy, rule)
        expected = [shown.value] if broken and shown is not None else []
        assert [f["severity"] for f in report["findings"] if f["rule"] == rule] == expected, name
        assert report["summary"]["policy"] == any_office.policy.name


@pytest.mark.browser
def test_the_widget_answers_as_the_cli_does_with_the_office_file(
    any_office: OfficeSite, serve: Callable[[Path, str], SiteServer], page: Page
) -> None:
    server = serve(any_office.site, any_office.path)  # served where its site.url says
    page.goto(server.url + "check-your-draft/")
    cases = probes(any_office.policy)
    answers = page.evaluate(
        """async (plans) => {
            await followupChecker.ready;
            const answers = [];
            for (const plan of plans) answers.push(await followupChecker.check(plan));
            return answers;
        }""",
        [plan for _, plan, _, _ in cases],
    )
    assert {name: answer for (name, *_), answer in zip(cases, answers, strict=True)} == {
        name: cli_report(plan, any_office.file) for name, plan, _, _ in cases
    }
