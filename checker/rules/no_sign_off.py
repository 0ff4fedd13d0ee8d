"""A note that does not close with a sign-off.

## What it checks
Whether the note ends with a short closing line such as "Kind regards", "Best
wishes", "Sincerely" or "Thank you again". Below the closing there may be a
signature (your name, a job title, a phone number) and a "P.S.", but no more
sentences. A closing with nothing under it ("Best regards," and no name) is
not signed.

## Why it matters
A closing line and your name end the note politely and make it easy to see
who wrote it, even when the email is forwarded to someone else.

## Example
"... I look forward to hearing from you."

## Better
"... I look forward to hearing from you.

Kind regards,
Amina Yusuf"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker._model import Severity
from checker._text import Draft
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, phrases

SIGN_OFF = phrases(
    r"(kind|kindest|best|warm|warmest|many|with kind|with best|with warm|with warmest) regards",
    "regards",
    r"(yours )?(sincerely|faithfully|truly|respectfully|cordially)( yours)?",
    "yours",
    r"(all (the|my) )?best( wishes)?",
    r"(with )?(best|warm|warmest|kind|kindest|good) wishes",
    r"(with )?(many )?thanks( again| in advance| once more)?",
    r"thank you( again| once again| so much| very much)?( for your time| for your consideration)?",
    r"(with )?(gratitude|appreciation)",
    r"(with )?(kind |best |warm )?regards",
    r"thanking you( (again|in advance|for your time))?",
    r"(gratefully|respectfully|warmly)",
    r"(cheers|take care|speak soon|talk soon)",
)
_SHORT_LINE_WORDS = 6
# How far up from the end a sign-off may sit, above a signature block.
_CLOSING_LINES = 8
_POSTSCRIPT = re.compile(r"p\.?\s?p?\.?s\b", re.IGNORECASE)


def _signed_off(draft: Draft) -> bool:
    """Whether a short closing line ends the note, above nothing but a signature and postscripts.

    Reading up from the end: short lines (a name, a job title, a phone
    number) and "P.S." lines may follow the closing; a sentence may not.
    """
    last = draft.lines[-1]
    for line in reversed(draft.lines[-_CLOSING_LINES:]):
        short = len(line.text.split()) <= _SHORT_LINE_WORDS
        closing = draft.match_line(SIGN_OFF, line) if short else None
        if closing is not None:
            # "Best regards," with nothing under it: the note was never signed.
            return line is not last or any(character.isalpha() for character in draft.plain[closing.end : line.end])
        if not short and _POSTSCRIPT.match(line.text) is None:
            return False
    return False


def _check(context: Context) -> Iterator[Hit]:
    for index, _, draft in context.drafts(*ALL_KINDS):
        if not _signed_off(draft):
            last = draft.lines[-1]
            yield Hit(
                "The note does not end with a sign-off.",
                'End with a short closing such as "Kind regards," and your full name on the next line.',
                index,
                (last.start, last.end),
            )


RULE = Rule(
    id="no-sign-off",
    severity=Severity.SUGGESTION,
    guide="templates/#greeting-and-sign-off",
    check=_check,
    doc=__doc__ or "",
)
