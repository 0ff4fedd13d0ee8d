"""More than one note about another offer.

## What it checks
A plan with more than one `offer-update`: a note that tells the employer about
an offer from another employer and when you must answer it. Each one after the
first, in date order, fires. It may come at any time after an interview: unlike
a check-in, it does not wait for the usual week.

## Why it matters
Another offer with a deadline is the one good reason to write before the week is
out, and telling them once, honestly, with the real date, is all it takes.
Writing again about the same offer turns news into pressure, and it can make
them doubt the offer is real.

## Example
A note about another offer on 26 November, and a second one on 28 November
asking whether they have decided yet.

## Better
Send one note with the date you must answer by. If you hear nothing by then,
decide on the other offer as you planned.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule


def _check(context: Context) -> Iterator[Hit]:
    told = False
    for index, follow_up in context.dated:
        if follow_up.kind is not Kind.OFFER_UPDATE:
            continue
        if told:
            yield Hit(
                "This is a second note about your other offer.",
                "Tell them once, with the real date you must answer by; a second note about it reads as pressure.",
                index,
            )
        told = True


RULE = Rule(
    id="offer-update-repeated",
    severity=Severity.WARNING,
    guide="another-offer/#the-exception",
    check=_check,
    doc=__doc__ or "",
)
