"""The plan has no date for the employer's decision.

## What it checks
A plan without a decision date: the date the employer said they would decide
or get back to you.

## Why it matters
Knowing when to expect news tells you how long to wait before checking in, and
saves you days of guessing. Asking is normal and polite at the end of an
interview.

## Example
A plan with an interview date and a thank-you note, but no decision date.

## Better
Ask at the end of the interview, or in your thank-you note: "When do you expect
to make a decision?" Then add the date to your plan.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    if context.plan.decision_date is None:
        yield Hit(
            "You do not know when the employer expects to decide.",
            "Ask when you can expect news, then add that date to your plan.",
        )


RULE = Rule(
    id="ask-timeframe",
    severity=Severity.SUGGESTION,
    guide="waiting/#ask-when-to-expect-news",
    check=_check,
    doc=__doc__ or "",
)
