"""A check-in is planned as a LinkedIn message, a letter or a visit in person.

## What it checks
Any check-in whose channel is `linkedin`, `letter` or `in-person`. A check-in
by phone is left to `phone-follow-up`, and thank-you notes and replies to a
rejection may use any channel: connecting on LinkedIn after a "no" is a good
way to stay in touch.

## Why it matters
A short email is the usual way to ask about the decision. The person can
answer when they have a moment, and you both have it in writing. A LinkedIn
message is easy to miss and can feel too personal for a question about your
application, a letter is slow, and turning up at the office without an
invitation puts the person on the spot. Offices that see it differently can
switch this rule off in their policy.

## Example
A check-in planned as a LinkedIn message {{ policy.check_in_after_days }}
days after the interview.

## Better
Send the same check-in as a short email.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Channel, Kind, Severity
from checker.rules._base import Context, Hit, Rule

# Email is what the guide recommends; a phone call is phone-follow-up's, so it is never marked twice.
_MARKED = frozenset({Channel.LINKEDIN, Channel.LETTER, Channel.IN_PERSON})


def _check(context: Context) -> Iterator[Hit]:
    for index, follow_up in enumerate(context.plan.follow_ups):
        if follow_up.kind is Kind.CHECK_IN and follow_up.channel in _MARKED:
            yield Hit(
                f"This check-in is planned {follow_up.channel.how}.",
                "Send it as a short email instead: it is the usual way to check in, "
                "and they can answer when they have time.",
                index,
            )


RULE = Rule(
    id="check-in-channel",
    severity=Severity.WARNING,
    guide="waiting/#email-not-phone",
    check=_check,
    doc=__doc__ or "",
)
