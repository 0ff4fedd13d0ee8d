"""An interview has no thank-you note.

## What it checks
A plan whose follow-ups include no thank-you note, and when there are several
rounds, each round that has none: a thank-you belongs to the latest round on
or before its date. A plan that holds a reply to a rejection (`stay-in-touch`)
or a withdrawal is not checked: that note thanks them already.

## Why it matters
A short thank-you is not required, but it never hurts. It shows good manners,
confirms your interest and lets you add a point you missed in the interview.
Many candidates skip it, so it can set you apart.

## Example
A plan with only a check-in one week after the interview; or a thank-you after
the first round and none after the second.

## Better
Add a thank-you note by email, dated the day of the interview or the day after.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    plan = context.plan
    if context.has(Kind.STAY_IN_TOUCH, Kind.WITHDRAWAL):
        return
    # One dated before every interview is still meant for the first: its date is the mistake, and another rule's.
    thanked = {plan.round_of(f.date) or plan.interviews[0] for f in plan.follow_ups if f.kind is Kind.THANK_YOU}
    single = len(plan.interviews) == 1
    for interview in plan.interviews:
        if interview not in thanked:
            yield Hit(
                "Your plan has no thank-you note" + ("." if single else f" for {context.the_interview(interview)}."),
                f"Add a short thank-you email for the day of {'the' if single else 'that'} interview or the day after.",
            )


RULE = Rule(
    id="no-thank-you",
    severity=Severity.SUGGESTION,
    guide="thank-you-note/#when-to-send",
    check=_check,
    doc=__doc__ or "",
)
