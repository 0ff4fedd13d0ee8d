"""A note that does not close with a sign-off.

## What it checks
Whether the note ends with a short closing line such as "Kind regards", "Best
wishes", "Sincerely" or "Thank you again", or a closing in your own words that
ends in a comma above your name ("Thanks again, and good luck with the move,").
Below the closing there may be a signature (your name, a job title, your
course and school, a phone number, links) and a "P.S.", but no more sentences.
A closing with nothing under it ("Best regards," and no name) is not signed.

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
from checker._text import Draft, LazyPattern
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
    r"(ngā|nga) mihi( nui| maioha)?",
    r"(noho ora mai|mauri ora|dhanyavaad|shukriya)",
)
_SHORT_LINE_WORDS = 6
# A signature may run to a degree, a school, phones, links and pronouns: this many lines below the closing.
_CLOSING_LINES = 12
_POSTSCRIPT = LazyPattern(r"p\.?\s?p?\.?s\b", re.IGNORECASE)
# Lines of a signature block that are not sentences: contact details, or a title with no full stop.
_CONTACT = LazyPattern(r"@|https?:|www\.|\.(?:com|org|edu|dev|io|ac\.uk|co\.uk)\b|\||\d[\d ()+-]{5,}")
_SIGNATURE_WORDS = 14
# A valediction of the writer's own ("Thanks again, and good luck with the launch,") ends in a comma.
_VALEDICTION_WORDS = 16
_NAME = LazyPattern(r"[^\W\d_][\w.'’ -]*")


def _signature_line(text: str) -> bool:
    """A line that can sit under a closing: a name, a title, contact details; not a sentence."""
    words = len(text.split())
    if words <= _SHORT_LINE_WORDS or _CONTACT.search(text):
        return True
    return words <= _SIGNATURE_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _signed_off(draft: Draft) -> bool:
    """Whether a closing line ends the note, above nothing but a signature and postscripts.

    Reading up from the end: signature lines (a name, a job title, a phone
    number) and "P.S." lines may follow the closing; a sentence may not. The
    closing is one of the usual ones, or any short line ending in a comma with a
    name under it.
    """
    lines = draft.lines
    last = lines[-1]
    for position in range(len(lines) - 1, max(len(lines) - 1 - _CLOSING_LINES, -1), -1):
        line = lines[position]
        words = len(line.text.split())
        closing = draft.match_line(SIGN_OFF, line) if words <= _SHORT_LINE_WORDS else None
        if closing is not None:
            # "Best regards," with nothing under it: the note was never signed.
            return line is not last or any(character.isalpha() for character in draft.plain[closing.end : line.end])
        if line is not last and words <= _VALEDICTION_WORDS and line.text.endswith(","):
            return _NAME.fullmatch(lines[position + 1].text) is not None
        if not _signature_line(line.text) and _POSTSCRIPT.match(line.text) is None:
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
