"""A note that does not open with a greeting, or opens with a casual one.

## What it checks
Whether the first line of a draft starts with a greeting such as "Dear",
"Hello", "Hi", "Good morning", "Respected Sir" or "Kia ora", or is the
person's name alone ("Ms. Achieng,"), and not a casual greeting such as
"Hey", "Yo" or "What's up". A subject line pasted above the note
("Subject: ...") is skipped. A casual greeting comes with a fix: "Dear"
before a name, "Hello" without one.

## Why it matters
A greeting with the person's name shows that the note is for them and not a
copy sent to everyone. It also sets a polite tone from the first word, which
a greeting you would use with a friend does not.

## Example
"Hey, thanks for the interview today. I enjoyed it."

## Better
"Dear Ms. Achieng,

Thank you for the interview today."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Severity
from checker._text import Draft, LazyPattern, Match
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, opening_line, phrases

_GREETING = phrases(
    "dear",
    "hello",
    "hi",
    r"good (morning|afternoon|evening|day)",
    "morning",
    "greetings",
    "to whom it may concern",
    r"respected (sir|madam|ma'am|mr|ms|mrs|dr|prof|professor|team|hiring)",  # the formal opening of Indian English
    # Greetings from other languages that English emails use, as in New Zealand, India or South Africa.
    r"(kia ora|tēnā koe|tena koe|namaste|namaskar|salaam|salam|assalamu alaikum|as-salamu alaykum|bonjour|hola"
    r"|g'day|sawubona|dumela|molo|howzit)",
    r"(warm |season's |festive )?greetings( of the day)?",
)
# A name alone, as people open a note to someone they know: "Priya," or "Ms. Achieng,".
_NAME_ALONE = LazyPattern(
    r"(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Sir|Madam|Ma['’]am)\.?\s+)?(?!(?:Thanks|Thank|Regards|Best|Cheers|Hope|Just"
    r"|Quick|Following|Sorry|Please|Re|Fwd|Subject|Update|Hey)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},"
)
_CASUAL_GREETING = phrases(r"hey(a|o)?( there)?", "hiya", "yo", "sup", "howdy", "what's up", "wassup")

_NAME_FOLLOWS = LazyPattern(r"\s+(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?\s+)?[A-Z[<{]")  # a name, or a slot for one


def _polite(draft: Draft, casual: Match) -> tuple[tuple[int, int], str]:
    """ "Hey Sam," becomes "Dear Sam,"; with no name after it, "Hey," becomes "Hello,"."""
    return ((casual.start, casual.end), "Dear" if _NAME_FOLLOWS.match(draft.plain, casual.end) else "Hello")


_SUGGESTION = 'Start with "Dear" or "Hello" and the person\'s name, for example "Dear Ms. Achieng,".'


def _after_symbols(line: Match) -> Match:
    """The line from its first character that is not an emoji or a symbol ("👋 Hey Sam,"): those are the tone rule's
    to remove, and the greeting after them is what this rule reads, and mends in the same pass."""
    skipped = next(
        (at for at, char in enumerate(line.text) if char.isalnum() or (char.isascii() and not char.isspace())), 0
    )
    return Match(line.start + skipped, line.end, line.text[skipped:])


def _check(context: Context) -> Iterator[Hit]:
    for index, _, draft in context.drafts(*ALL_KINDS):
        opening = _after_symbols(opening_line(draft))
        casual = draft.match_line(_CASUAL_GREETING, opening)
        if casual is not None:
            yield Hit.at(
                casual,
                index,
                f'The note opens with a casual greeting: "{casual.text}".',
                _SUGGESTION,
                _polite(draft, casual),
            )
        elif draft.match_line(_GREETING, opening) is None and _NAME_ALONE.fullmatch(opening.text) is None:
            yield Hit("The note does not open with a greeting.", _SUGGESTION, index, (opening.start, opening.end))


RULE = Rule(
    id="no-greeting",
    severity=Severity.SUGGESTION,
    guide="templates/#greeting-and-sign-off",
    check=_check,
    doc=__doc__ or "",
)
