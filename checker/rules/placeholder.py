"""A template slot left unfilled.

## What it checks
Text that looks like a slot from a template: `[Company Name]`,
`<Interviewer>`, `{{first_name}}`, `{role}`, `[insert position]`, `XXX`, or a
blank line such as `____`. A Markdown link such as `[our call](https://...)` is
not a slot.

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

from checker._model import Severity
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, flag_phrases

PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{0,80}[^\W\d_][^\[\]\n]{0,80}\]"
    r"|<[^\W\d_][^<>\n]{0,80}>"
    r"|\{\{[^{}\n]{0,80}\}\}"
    r"|\{[^\W\d][\w .-]{0,40}\}"
    r"|(?<![\w])X{3,}(?![\w])"
    r"|_{3,}"
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_phrases(
        context,
        ALL_KINDS,
        PLACEHOLDER,
        lambda text: f"Unfilled template slot: {text}",
        "Replace it with the real name, role or detail before you send the note.",
    )


RULE = Rule(
    id="placeholder",
    severity=Severity.ERROR,
    guide="templates/#fill-in-every-blank",
    check=_check,
    doc=__doc__ or "",
)
