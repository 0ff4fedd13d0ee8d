"""Every rule fixture (tests/fixtures/rules/<rule-id>.toml) gives exactly the findings it expects."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from checker import DEFAULT_POLICY, Finding, Plan, check, plan_from_mapping, policy_from_document
from tests.fixture_cases import Case, load_cases

# Every fixture plan gives its own "today"; this date would show if one did not.
_UNUSED_TODAY = dt.date(1999, 1, 1)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _excerpt(plan: Plan, finding: Finding) -> str:
    if finding.span is None or finding.follow_up is None:
        return ""
    draft = plan.follow_ups[finding.follow_up].draft or ""
    start, end = finding.span
    return draft[start:end]


@pytest.mark.parametrize("case", load_cases(), ids=lambda case: case.id)
def test_rule_fixture(case: Case) -> None:
    plan = plan_from_mapping(case.plan, _UNUSED_TODAY)
    policy = policy_from_document(case.policy) if case.policy is not None else DEFAULT_POLICY
    report = check(plan, policy)
    found = [
        (finding.follow_up if finding.follow_up is not None else -1, _excerpt(plan, finding))
        for finding in report.findings
        if finding.rule == case.rule
    ]
    assert found == [(expected.follow_up, expected.text) for expected in case.expect]
    if case.checks_fixes:
        fixes = [_fix(plan, finding) for finding in report.findings if finding.rule == case.rule]
        assert fixes == [expected.fix for expected in case.expect]


def _fix(plan: Plan, finding: Finding) -> tuple[str, str] | None:
    """The draft text a finding's fix replaces, and the replacement."""
    if finding.fix is None or finding.follow_up is None:
        return None
    draft = plan.follow_ups[finding.follow_up].draft or ""
    start, end = finding.fix.span
    return (draft[start:end], finding.fix.replacement)


def test_messages_show_dates_as_readers_write_them() -> None:
    """Dates read "Fri 27 Nov 2026", not "2026-11-27"; findings with a span quote the draft, so they are left out."""
    shown = [
        text
        for case in load_cases()
        for finding in check(plan_from_mapping(case.plan, _UNUSED_TODAY)).findings
        if finding.span is None
        for text in (finding.message, finding.suggestion)
    ]
    assert any("Fri 27 Nov 2026" in text for text in shown)  # check-in-too-soon names the decision date
    assert [text for text in shown if _ISO_DATE.search(text)] == []
