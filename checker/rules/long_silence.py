"""Weeks have passed without news.

## What it checks
A check-in dated the policy's silence limit or more after the interview (by
default 21 days), or a plan whose `today` is that far past the interview with
no follow-up still to come.

## Why it matters
Many employers never tell the candidates they did not choose. After several
weeks of silence the answer is most likely no. One last brief note is fine;
waiting longer costs you energy that your next applications need.

## Example
A check-in planned five weeks after the interview, after an earlier check-in
went unanswered.

## Better
Send one last short, friendly note, then focus on your next applications and
interviews.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule

_SUGGESTION = "Send one last brief note if you like, then put your energy into your next applications."


def _check(context: Context) -> Iterator[Hit]:
    plan, limit = context.plan, context.policy.silence_after_days
    for index, follow_up in context.dated:
        days = plan.days_after_interview(follow_up.date)
        if follow_up.kind is Kind.CHECK_IN and days >= limit:
            yield Hit(
                f"This check-in comes {days} days after the interview: long silence usually means no.",
                _SUGGESTION,
                index,
            )
            return
    waited = plan.days_after_interview(plan.today)
    if waited >= limit and not any(f.date >= plan.today for f in plan.follow_ups):
        yield Hit(
            f"It has been {waited} days since the interview and nothing more is planned.",
            _SUGGESTION,
        )


RULE = Rule(
    id="long-silence",
    severity=Severity.SUGGESTION,
    guide="silence/#what-silence-means",
    check=_check,
    doc=__doc__ or "",
)
