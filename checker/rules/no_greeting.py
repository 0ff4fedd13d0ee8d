"""A note that does not open with a greeting.

## What it checks
Whether the first line of a draft starts with a greeting such as "Dear",
"Hello", "Hi" or "Good morning". A subject line pasted above the note
("Subject: ...") is skipped.

## Why it matters
A greeting with the person's name shows that the note is for them and not a
copy sent to everyone. It also sets a polite tone from the first word.

## Example
"Thanks for the interview today. I enjoyed it."

## Better
"Dear Ms. Achieng,

Thank you for the interview today."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Severity
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, opening_line, phrases

GREETING = phrases(
    "dear",
    "hello",
    "hi",
    r"good (morning|afternoon|evening|day)",
    "morning",
    "greetings",
    "to whom it may concern",
    r"hey(a|o)?",
    "hiya",
    "yo",
    "howdy",
)


def _check(context: Context) -> Iterator[Hit]:
    for index, _, draft in context.drafts(*ALL_KINDS):
        opening = opening_line(draft)
        if draft.match_line(GREETING, opening) is None:
            yield Hit(
                "The note does not open with a greeting.",
                'Start with "Dear" or "Hello" and the person\'s name, for example "Dear Ms. Achieng,".',
                index,
                (opening.start, opening.end),
            )


RULE = Rule(
    id="no-greeting",
    severity=Severity.SUGGESTION,
    guide="templates/#greeting-and-sign-off",
    check=_check,
    doc=__doc__ or "",
)
