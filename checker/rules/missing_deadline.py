"""A note about another offer that does not say when you must answer it.

## What it checks
The draft of an `offer-update` (a note that tells the employer about an offer
from another employer) with no date or time limit in it: no day ("Friday",
"tomorrow", "the end of the week"), no date ("27 November", "11/27",
"2026-11-27", "the 27th") and no span of time ("within five working days",
"in a week").

## Why it matters
The date is the news. Without it the employer cannot tell whether they need to
hurry, and you may hear back too late. A real date, given calmly, is honest and
lets them decide whether they can speed up.

## Example
"I have received another offer, and I will need to answer it soon."

## Better
"I have received another offer, and they have asked for my answer by Friday 27
November."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._model import Kind, Severity
from checker._text import LazyPattern
from checker.rules._base import Context, Hit, Rule, flag_missing

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
_MONTH += r"|nov(?:ember)?|dec(?:ember)?)"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|[0-9]+)"
_DEADLINE = LazyPattern(
    r"\b(?:"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|tomorrow|tonight"
    r"|end of (?:the |this |next )?(?:day|week|month)"
    r"|(?:this|next|the coming) (?:week|month|weekend)"
    rf"|(?:within|in) {_COUNT} (?:more )?(?:(?:working|business|calendar) )?(?:hours?|days?|weeks?)"
    r"|(?:january|february|march|april|june|july|august|september|october|november|december)"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\b"
    rf"|{_MONTH}\.? [0-9]{{1,2}}(?:st|nd|rd|th)?\b"
    r"|[0-9]{1,2}[/.][0-9]{1,2}(?:[/.][0-9]{2,4})?\b"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"|the [0-9]{1,2}(?:st|nd|rd|th)"
    r"|close of business|end of business|eod|cob"
    r")",
    re.IGNORECASE,
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_missing(
        context,
        (Kind.OFFER_UPDATE,),
        _DEADLINE,
        lambda _: "This note about another offer does not say when you must answer it.",
        'Give the real date, for example: "They have asked for my answer by Friday 27 November."',
    )


RULE = Rule(
    id="missing-deadline",
    severity=Severity.WARNING,
    guide="another-offer/#what-to-say",
    check=_check,
    doc=__doc__ or "",
)
