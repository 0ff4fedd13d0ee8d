"""A thank-you or check-in note that does not say you still want the job.

## What it checks
A draft of a thank-you note or a check-in with no words of interest in the
role: "interested", "keen", "excited about the opportunity", "look forward",
"would love to join" and their variants.

## Why it matters
Confirming your interest is one of the main reasons to follow up. Employers
prefer candidates who clearly want the job; a note without it can read as
polite but lukewarm.

## Example
"Thank you for your time yesterday. Best regards, Amina"

## Better
"Thank you for your time yesterday. Our conversation made me even more
interested in joining the data team."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Kind, Severity
from checker.rules._base import Context, Hit, Rule, flag_missing, phrases

INTEREST = phrases(
    "interested",
    "interest in",
    "keen",
    r"excit(ed|ing|ement)",
    r"eager(ly|ness)?",
    r"enthusias(m|tic|tically)",
    r"look(ing)? forward",
    r"(would|i'd) (love|like|welcome|be (glad|happy|delighted|thrilled)) to (join|work|contribute|be part|bring|help)",
    r"(would|i'd) welcome the (chance|opportunity)",
    r"(hope|want|wish) to (join|work|contribute|be part)",
    "passionate",
    "motivated",
    "thrilled",
    "delighted",
    r"(a|an|the) (great|good|strong|excellent) fit",
    r"appeal(s|ed|ing)? to me",
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_missing(
        context,
        (Kind.THANK_YOU, Kind.CHECK_IN),
        INTEREST,
        lambda kind: f"This {kind.value} note does not say that you still want the job.",
        'Add one sentence that confirms your interest, for example: "I am still very interested in the role."',
    )


RULE = Rule(
    id="missing-interest",
    severity=Severity.WARNING,
    guide="thank-you-note/#what-to-say",
    check=_check,
    doc=__doc__ or "",
)
