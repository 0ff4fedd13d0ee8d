"""More than one check-in in the same stretch of waiting.

## What it checks
The plan may hold one check-in while you wait for a decision (before the
policy's silence limit: {{ policy.silence_after_days }} days after the interview, or after the
decision date when they gave a later one) and one final note after it. Each further check-in fires.

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

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    limit, since = context.policy.silence_after_days, context.plan.news_due
    seen_waiting = seen_final = False
    for index, follow_up in context.dated:
        if follow_up.kind is not Kind.CHECK_IN:
            continue
        if (follow_up.date - since).days < limit:
            if seen_waiting:
                yield Hit(
                    "This is a second check-in while you are still waiting for a decision.",
                    "Keep only one check-in in the first weeks; patience leaves a better impression.",
                    index,
                )
            seen_waiting = True
        else:
            if seen_final:
                yield Hit(
                    "This is another check-in after a long silence.",
                    "One last short note is enough; after that, put your energy into other applications.",
                    index,
                )
            seen_final = True


RULE = Rule(
    id="check-in-repeated",
    severity=Severity.WARNING,
    guide="waiting/#check-in-once",
    check=_check,
    doc=__doc__ or "",
)
