"""The plan has no date for the employer's decision.

## What it checks
A plan without a decision date: the date the employer said they would decide
or get back to you. A plan that already holds a reply to a rejection
(`stay-in-touch`) or a withdrawal is past that question and is not checked.

## Why it matters
Knowing when to expect news tells you how long to wait before checking in, and
saves you days of guessing. Asking is normal and polite at the end of an
interview.

## Example
A plan with an interview date and a thank-you note, but no decision date.

## Better
Ask at the end of the interview: "When do you expect to make a decision?" Then
add the date to your plan. If you forgot to ask, that is fine: plan your one
check-in {{ policy.check_in_after_days }} days after the interview, and ask then.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    if context.plan.decision_date is None and not context.has(Kind.STAY_IN_TOUCH, Kind.WITHDRAWAL):
        wait = context.policy.check_in_after_days
        yield Hit(
            "You do not know when the employer expects to decide.",
            "If they told you, add that date. If not, plan your one check-in "
            f"{wait} days after {context.the_last_interview}, and ask then.",
        )


RULE = Rule(
    id="ask-timeframe",
    severity=Severity.SUGGESTION,
    guide="waiting/#ask-when-to-expect-news",
    check=_check,
    doc=__doc__ or "",
)
