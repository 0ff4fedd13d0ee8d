"""More than one check-in in the same stretch of waiting.

## What it checks
The plan may hold one check-in while you wait for a decision (before the
policy's silence limit: {{ policy.silence_after_days }} days after the interview, or after the
decision date when they gave a later one) and one final note after it. Each further check-in fires.
Only check-ins count: a thank-you, a note about another offer or a withdrawal is
not one. Each round of interviews starts a new wait, so a check-in between two
rounds does not use up the one after the last.

## Why it matters
One polite check-in shows interest. Several feel like pressure, and the people
hiring remember who was patient. Repeated messages do not speed up a decision.

## Example
Check-ins planned 7, 10 and 14 days after the interview.

## Better
Keep the first check-in. If you still hear nothing after several weeks, send
one last short note, then move on.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Interview, Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    plan, limit = context.plan, context.policy.silence_after_days
    seen_waiting: set[Interview] = set()
    seen_final: set[Interview] = set()
    for index, follow_up in context.dated:
        if follow_up.kind is not Kind.CHECK_IN:
            continue
        # The wait this check-in belongs to: that of its round (one before every round, the first's).
        interview = plan.round_of(follow_up.date) or plan.interviews[0]
        since = plan.news_due if interview == plan.interviews[-1] else interview.date
        if (follow_up.date - since).days < limit:
            if interview in seen_waiting:
                yield Hit(
                    "This is a second check-in while you are still waiting for a decision.",
                    "Keep only one check-in in the first weeks; patience leaves a better impression.",
                    index,
                )
            seen_waiting.add(interview)
        else:
            if interview in seen_final:
                yield Hit(
                    "This is another check-in after a long silence.",
                    "One last short note is enough; after that, put your energy into other applications.",
                    index,
                )
            seen_final.add(interview)


RULE = Rule(
    id="check-in-repeated",
    severity=Severity.WARNING,
    guide="waiting/#check-in-once",
    check=_check,
    doc=__doc__ or "",
)
