"""The plan has no thank-you note.

## What it checks
A plan whose follow-ups include no thank-you note. A plan that holds only a
reply to a rejection (`stay-in-touch`) is not checked: that reply thanks them
already.

## Why it matters
A short thank-you is not required, but it never hurts. It shows good manners,
confirms your interest and lets you add a point you missed in the interview.
Many candidates skip it, so it can set you apart.

## Example
A plan with only a check-in one week after the interview.

## Better
Add a thank-you note by email, dated the day of the interview or the day after.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    if not context.has(Kind.THANK_YOU) and not context.has(Kind.STAY_IN_TOUCH):
        yield Hit(
            "Your plan has no thank-you note.",
            "Add a short thank-you email for the day of the interview or the day after.",
        )


RULE = Rule(
    id="no-thank-you",
    severity=Severity.SUGGESTION,
    guide="thank-you-note/#when-to-send",
    check=_check,
    doc=__doc__ or "",
)
