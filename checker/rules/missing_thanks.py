"""A thank-you, stay-in-touch or withdrawal note that never says thank you.

## What it checks
A draft of a thank-you note, of a reply after a rejection or of a withdrawal, with no words of
gratitude: "thank you", "thanks", "I appreciate", "grateful", "it was kind of
you" and their variants. "I would appreciate an update" asks for something; it
does not thank.

## Why it matters
Gratitude is the point of a thank-you note, the kindest way to answer a
rejection, and what makes a withdrawal gracious: they gave you their time. Without it, the note reads
as a request, or as a door closed.

## Example
"Dear Ms. Achieng, I am writing about the analyst role we discussed yesterday.
I am still interested."

## Better
"Dear Ms. Achieng, thank you for taking the time to meet me yesterday. I
enjoyed hearing about the team's plans."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule, flag_missing, phrases

GRATITUDE = phrases(
    # thank you, thanks, many thanks, a thank-you, thankful; not the sarcastic "thanks for nothing".
    r"thank(s|ful|fully|ing)?(?!( you| a lot| very much| so much)? for nothing)",
    r"th(a)?nx|thx|tnx",
    r"grateful(ly|ness)?",
    "gratitude",
    # "I would appreciate an answer" asks for something; it thanks for nothing.
    r"(?<!would\s)(?<!i.d\s)(?<!we.d\s)appreciat(e|ed|es|ing|ion|ive|ively)",
    r"(much )?obliged",
    "indebted",
    r"(kind|generous|good|thoughtful) of you",
    "generosity",
    "cheers for",
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_missing(
        context,
        (Kind.THANK_YOU, Kind.STAY_IN_TOUCH, Kind.WITHDRAWAL),
        GRATITUDE,
        lambda kind: f"This {kind.value} note does not thank them.",
        'Thank them for their time, for example: "Thank you for meeting with me."',
    )


RULE = Rule(
    id="missing-thanks",
    severity=Severity.WARNING,
    guide="thank-you-note/#what-to-say",
    check=_check,
    doc=__doc__ or "",
)
