"""A check-in is planned before the employer has had time to decide.

## What it checks
A check-in dated less than the policy's waiting time after the interview
({{ policy.check_in_after_days }} days), or on or before the date the employer said they would decide.
When there are several rounds, the wait counts from the last one, and a check-in
before a later round is too soon. Other notes may come at any time: a note about
another offer (`offer-update`) cannot wait.

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
        if follow_up.kind is not Kind.CHECK_IN or follow_up.date < plan.interview_date:
            continue  # before every interview: follow-up-before-interview says it better
        days = (follow_up.date - plan.last_interview).days
        if days < 0:
            later = next(interview for interview in plan.interviews if interview.date > follow_up.date)
            yield Hit(
                f"This check-in is planned before {context.the_interview(later)}.",
                f"Ask your questions at that interview. If you then hear nothing, check in {wait} days after it.",
                index,
            )
        elif plan.decision_date is not None and follow_up.date <= plan.decision_date:
            yield Hit(
                f"This check-in is planned on or before {long_date(plan.decision_date)}, "
                "the day the employer said they would decide.",
                "Wait until after that day; then one short email is fine.",
                index,
            )
        elif days < wait:
            yield Hit(
                f"This check-in is planned only {days} day{'s' if days != 1 else ''} after "
                f"{context.the_last_interview}.",
                f"Wait at least {wait} days after {context.the_last_interview} before you ask for news.",
                index,
            )


RULE = Rule(
    id="check-in-too-soon",
    severity=Severity.WARNING,
    guide="waiting/#when-to-check-in",
    check=_check,
    doc=__doc__ or "",
)
