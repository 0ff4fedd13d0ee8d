"""Weeks have passed without news.

## What it checks
A check-in dated the policy's silence limit or more ({{ policy.silence_after_days }} days) after
the interview (the last one, when there were several rounds), or after the decision date when that
is later; or a plan whose `today` is that far past them with no follow-up still to come. A plan with a
stay-in-touch note has had its answer, and one with a withdrawal has ended the process, so silence is
no longer the question.

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

_SUGGESTION = "Keep it to one last brief, friendly note, then put your energy into your next applications."


def _check(context: Context) -> Iterator[Hit]:
    plan, limit = context.plan, context.policy.silence_after_days
    if context.has(Kind.STAY_IN_TOUCH, Kind.WITHDRAWAL):
        return
    since = plan.news_due
    event = context.the_last_interview if since == plan.last_interview else "the date they said they would decide"
    for index, follow_up in context.dated:
        days = (follow_up.date - since).days
        if follow_up.kind is Kind.CHECK_IN and days >= limit:
            yield Hit(
                f"This note comes {days} days after {event}: by then, silence usually means no.",
                _SUGGESTION,
                index,
            )
            return
    waited = (plan.today - since).days
    if waited >= limit and not any(follow_up.date >= plan.today for follow_up in plan.follow_ups):
        yield Hit(f"It has been {waited} days since {event} and nothing more is planned.", _SUGGESTION)


RULE = Rule(
    id="long-silence",
    severity=Severity.SUGGESTION,
    guide="silence/#what-silence-means",
    check=_check,
    doc=__doc__ or "",
)
