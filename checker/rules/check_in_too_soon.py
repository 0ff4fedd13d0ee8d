"""A check-in is planned before the employer has had time to decide.

## What it checks
A check-in dated less than the policy's waiting time after the interview
({{ policy.check_in_after_days }} days), or on or before the date the employer said they would decide.

## Why it matters
Hiring takes time: the people deciding have other work, and they often compare
several candidates. Asking for news too early can look impatient and does not
make the decision come sooner.

## Example
Interview on 16 November, employer said "by the 27th", check-in planned for
20 November.

## Better
Wait until the day after the date they gave you. If they gave no date, wait
at least {{ policy.check_in_after_days }} days.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._dates import long_date
from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    plan, wait = context.plan, context.policy.check_in_after_days
    for index, follow_up in enumerate(plan.follow_ups):
        if follow_up.kind is not Kind.CHECK_IN:
            continue
        days = plan.days_after_interview(follow_up.date)
        if days < 0:
            continue  # follow-up-before-interview says it better
        if plan.decision_date is not None and follow_up.date <= plan.decision_date:
            yield Hit(
                f"This check-in is planned on or before {long_date(plan.decision_date)}, "
                "the day the employer said they would decide.",
                "Wait until after that day; then one short email is fine.",
                index,
            )
        elif days < wait:
            yield Hit(
                f"This check-in is planned only {days} day{'s' if days != 1 else ''} after the interview.",
                f"Wait at least {wait} days after the interview before you ask for news.",
                index,
            )


RULE = Rule(
    id="check-in-too-soon",
    severity=Severity.WARNING,
    guide="waiting/#when-to-check-in",
    check=_check,
    doc=__doc__ or "",
)
