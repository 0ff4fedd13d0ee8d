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

_SHOULD_HAVE_DONE = (
    r"(told|said|let|informed|called|replied|responded|answered|given|considered|hired|chosen|picked|read"
    r"|checked|looked|asked|listened|been|warned|explained|mentioned|contacted)"
)

BLAME = phrases(
    # "fairness" and "a fair process" are fine; "unfair" and "not fair" accuse.
    r"(un|not )fair(ly|ness)?",
    r"unjust(ly|ified)?",
    r"(biased|prejudiced)",
    r"discriminat(e|ed|es|ing|ion|ory)",
    # "you should have told me", not "you should have received my references".
    r"you (should|shouldn't|should not|could|ought to) have " + _SHOULD_HAVE_DONE,
    r"you (should've|could've|shouldn't've) " + _SHOULD_HAVE_DONE,
    r"wast(ed|ing) (my|our) time",
    r"(a|such a|a complete|a total|an utter) waste of (my |our )?time",
    "rigged",
    r"(was|is|were|it's|what) (a|such a|an absolute|a complete|a total) (joke|farce|sham)",
    r"incompeten(t|ce)",
    r"(was|were|is|been|that's|it's|how|very|so|extremely|really|quite|totally) unprofessional",
    r"unprofessional (of you|process|behaviou?r|treatment|way|manner|conduct)",
    "disrespectful",
    r"(your|their|the recruiter's|the company's|the interviewer's|the panel's) fault",
    r"you (clearly |obviously )?(didn't|did not|never) (even )?"
    r"(read|listen|listened|look|looked|bother|bothered|care|cared|pay attention)",
    "ridiculous",
    r"(shameful|disgraceful|appalling|outrageous)",
    r"(never|didn't|did not|don't|do not) (give|gave) me (a|a fair|a real|any|a proper) chance",
    r"(poorly|badly|terribly) (run|organi[sz]ed|managed|handled|planned|communicated)",
    r"(you|they|the company|the team|the panel)( clearly| obviously)? (made|are making|have made|'ve made) "
    r"(a|the) (big |huge |serious |terrible )?(mistake|wrong (choice|decision|call))",
    r"((it's|it is|that's|that is) )?your loss",
    r"ghost(ed|ing) me",
    "how dare you",
    r"(i|we) deserved? better",
    "misled",
    r"lied to (me|us)",
    r"(no|zero) (respect|courtesy)",
    r"(terrible|awful|horrible|appalling|dreadful|disorgani[sz]ed|chaotic) "
    r"(process|experience|interview|treatment|communication)",
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
