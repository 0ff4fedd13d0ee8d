"""A template slot left unfilled.

## What it checks
Text that looks like a slot from a template: `[Company Name]`,
`<Interviewer>`, `{{first_name}}`, `{role}`, `[insert position]`, `XXX`, or a
blank line such as `____`. Words in brackets count when they start with a
capital or name what belongs there ("your name", "role", "date"), so a remark
such as "[pages 4 to 6]" does not. A Markdown link such as
`[our call](https://...)` is not a slot, and neither is code.

## Why it matters
An unfilled slot tells the reader that you copied a template and did not read
your own note. It is the one mistake that can undo all the good of a follow-up.

## Example
"Dear [Interviewer name], thank you for meeting me about the [Job title] role."

## Better
"Dear Ms. Achieng, thank you for meeting me about the Junior Analyst role."
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from checker._model import Severity
from checker.rules._base import ALL_KINDS, MAX_HITS_PER_DRAFT, Context, Hit, Rule

PLACEHOLDER = re.compile(
    # [Company Name], <Interviewer>, {role}: words in brackets. Not "[1]", "[ ]", "[x]" or "[sic]".
    # A Markdown link never gets here: the plain text keeps only its words.
    r"\[(?![xX ]\]|sic\])(?=[^\[\]\n]{0,80}?[^\W\d_])[^\[\]\n]{1,160}\]"
    r"|<[^\W\d_][^<>\n]{0,80}>"
    r"|\{[^\W\d][\w .-]{0,40}\}"
    r"|\{\{[^{}\n]{0,80}\}\}"  # {{first_name}}: mail-merge syntax, always a slot
    r"|X(?<!\wX)XX+(?!\w)"  # XXX (first letter first: every branch starting with a character is faster)
    r"|_{3,}"  # a blank to write on
)
# Brackets around words are a slot when the words start with a capital
# ("[Company Name]") or name what goes there ("[insert role]", "<your name>");
# "[pages 4 to 6]" is a remark and "<b>" a stray tag.
_SLOT_WORD = re.compile(
    r"\b(insert|add|enter|fill|name|company|organi[sz]ation|employer|title|position|role|job|date|day|time"
    r"|interviewer|manager|recruiter|contact|person|team|department|your|their|first|last|surname|here|skill"
    r"|project|topic|detail|city|address|phone|email|link|url)s?\b",
    re.IGNORECASE,
)


def _is_slot(text: str) -> bool:
    if text[0] not in "[<{" or text.startswith("{{"):
        return True
    words = text[1:-1].replace("_", " ").strip()
    return words[:1].isupper() or _SLOT_WORD.search(words) is not None


def _check(context: Context) -> Iterator[Hit]:
    for index, _, draft in context.drafts(*ALL_KINDS):
        slots = (match for match in draft.find(PLACEHOLDER) if _is_slot(match.text))
        for match in islice(slots, MAX_HITS_PER_DRAFT):
            yield Hit.at(
                match,
                index,
                f"Unfilled template slot: {match.text}",
                "Replace it with the real name, role or detail before you send the note.",
            )


RULE = Rule(
    id="placeholder",
    severity=Severity.ERROR,
    guide="templates/#fill-in-every-blank",
    check=_check,
    doc=__doc__ or "",
)
