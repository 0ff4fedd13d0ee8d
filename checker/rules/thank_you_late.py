"""A thank-you note is planned too long after the interview.

## What it checks
A thank-you note dated more than {{ policy.thank_you_within_days }} day(s) after its interview (the
policy's limit). When there are several rounds, a thank-you belongs to the latest round on or before
its date, and counts from that round.

## Why it matters
A thank-you note works best while the conversation is fresh for both of you.
Sent the same day or the next, it shows care and can set you apart from other
candidates. A week later it reads as an afterthought.

## Example
Interview on Monday, thank-you note planned for Friday.

## Better
Write the note the same evening and send it that day or the next morning.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    limit = context.policy.thank_you_within_days
    for index, follow_up in enumerate(context.plan.follow_ups):
        interview = context.plan.round_of(follow_up.date)
        if follow_up.kind is not Kind.THANK_YOU or interview is None:
            continue  # one dated before every interview is follow-up-before-interview's
        days = (follow_up.date - interview.date).days
        if days > limit:
            yield Hit(
                f"The thank-you note is planned {days} days after {context.the_interview(interview)}.",
                f"Send it within {limit} day{'s' if limit != 1 else ''} of the interview if you still can. "
                "If that day has passed, send it as soon as you can: a late note is better than none.",
                index,
            )


RULE = Rule(
    id="thank-you-late",
    severity=Severity.WARNING,
    guide="thank-you-note/#when-to-send",
    check=_check,
    doc=__doc__ or "",
)
