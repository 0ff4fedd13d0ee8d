"""Accusing the recruiter or the process.

## What it checks
Words that blame the person you write to, or the hiring process: "unfair",
"biased", "you should have", "a waste of my time", "you never gave me a
chance", "ridiculous".

## Why it matters
After a rejection it is natural to feel hurt. But recruiters rarely make the
final decision, and a bitter note closes a door you may want open later.
Recruiters remember candidates who stayed gracious, and they fill many roles.

## Example
"Honestly, this process was unfair and you should have told me sooner. It was
a waste of my time."

## Better
"Thank you for letting me know, and for your time during the process. I would
be glad to hear about future openings."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Severity
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, flag_phrases, phrases

BLAME = phrases(
    r"(un|not )fair(ly|ness)?",
    "unjust",
    "biased",
    r"discriminat(e|ed|ing|ion|ory)",
    r"you (should|shouldn't|should not|could) have",
    r"wast(e|ed|ing) (of )?(my|our) time",
    r"(a )?waste of (my )?time",
    "rigged",
    r"(was|is) a joke",
    "incompetent",
    r"unprofessional (of you|process|behaviou?r|treatment)",
    "disrespectful",
    r"(your|their|the recruiter's) fault",
    r"you (clearly )?(didn't|did not|never) (even )?(read|listen|look)",
    "ridiculous",
    "shameful",
    r"(never|didn't|did not) (give|gave) me (a|a fair|a real) chance",
    r"poorly (run|organi[sz]ed|managed|handled)",
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_phrases(
        context,
        ALL_KINDS,
        BLAME,
        lambda text: f'"{" ".join(text.split())}" blames them or the process.',
        "Stay gracious: thank them for their time and keep the door open. Recruiters rarely make the final decision.",
    )


RULE = Rule(
    id="blame",
    severity=Severity.WARNING,
    guide="rejection/#no-blame",
    check=_check,
    doc=__doc__ or "",
)
