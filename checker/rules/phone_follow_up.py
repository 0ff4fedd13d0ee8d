"""A follow-up is planned as a phone call.

## What it checks
Any follow-up whose channel is `phone`.

## Why it matters
A call interrupts the person at a moment they did not choose, and it can feel
intrusive. An email lets them answer when they have time, and gives both of
you a written record. Offices that do recommend a call can switch this rule
off in their policy.

## Example
A check-in planned by phone one week after the interview.

## Better
Send a short email instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Channel, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    for index, follow_up in enumerate(context.plan.follow_ups):
        if follow_up.channel is Channel.PHONE:
            yield Hit(
                f"This {follow_up.kind.value} is planned {follow_up.channel.how}.",
                "Send an email instead: it lets them answer when they have time.",
                index,
            )


RULE = Rule(
    id="phone-follow-up",
    severity=Severity.WARNING,
    guide="waiting/#email-not-phone",
    check=_check,
    doc=__doc__ or "",
)
