"""A follow-up is dated before the interview.

## What it checks
Any planned follow-up whose date is earlier than the interview date.

## Why it matters
A thank-you or check-in only makes sense once the interview has happened. A date
before it is almost always a typing mistake, and the whole timeline built on it
is wrong.

## Example
Interview on 16 November, thank-you note planned for 15 November.

## Better
Check the interview date and the follow-up date. Send the thank-you note on the
day of the interview or the day after.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    for index, follow_up in enumerate(context.plan.follow_ups):
        days = context.plan.days_after_interview(follow_up.date)
        if days < 0:
            yield Hit(
                f"This {follow_up.kind.value} is dated {-days} day{'s' if days != -1 else ''} before the interview.",
                "Check both dates: a follow-up comes after the interview.",
                index,
            )


RULE = Rule(
    id="follow-up-before-interview",
    severity=Severity.ERROR,
    guide="waiting/#when-to-check-in",
    check=_check,
    doc=__doc__ or "",
)
