"""A note that does not open with a greeting.

## What it checks
Whether the first line of a draft starts with a greeting such as "Dear",
"Hello", "Hi" or "Good morning".

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
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, phrases

GREETING = phrases(
    "dear",
    "hello",
    "hi",
    r"good (morning|afternoon|evening|day)",
    "greetings",
    "to whom it may concern",
    r"hey(a)?",
    "hiya",
    "yo",
)


def _check(context: Context) -> Iterator[Hit]:
    for index, _, draft in context.drafts(*ALL_KINDS):
        first = draft.lines[0]
        found = GREETING.match(first.text)
        if found is None:
            yield Hit(
                "The note does not open with a greeting.",
                'Start with "Dear" or "Hello" and the person\'s name, for example "Dear Ms. Achieng,".',
                index,
                (first.start, first.end),
            )


RULE = Rule(
    id="no-greeting",
    severity=Severity.SUGGESTION,
    guide="templates/#greeting-and-sign-off",
    check=_check,
    doc=__doc__ or "",
)
