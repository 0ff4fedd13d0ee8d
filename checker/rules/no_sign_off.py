"""A note that does not close with a sign-off.

## What it checks
Whether one of the last three lines of a draft is a short closing such as
"Kind regards", "Best wishes", "Sincerely" or "Thank you again".

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
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, phrases

SIGN_OFF = phrases(
    r"(kind|kindest|best|warm|warmest|with kind) regards",
    "regards",
    r"(yours )?(sincerely|faithfully|truly|respectfully)",
    r"(yours )?sincerely",
    r"(all the )?best( wishes)?",
    r"(with )?(many )?thanks( again)?",
    r"thank you( again| once again)?( for your time)?",
    r"(with )?(gratitude|appreciation)",
    "warmly",
    "cheers",
    "take care",
)
_SHORT_LINE_WORDS = 6
_WORD = re.compile(r"\w+")


def _check(context: Context) -> Iterator[Hit]:
    for index, _, draft in context.drafts(*ALL_KINDS):
        closing = draft.lines[-3:]
        if not any(
            SIGN_OFF.match(line.text) and len(_WORD.findall(line.text)) <= _SHORT_LINE_WORDS for line in closing
        ):
            last = closing[-1]
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
