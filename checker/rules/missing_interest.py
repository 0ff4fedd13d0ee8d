"""A thank-you or check-in note that does not say you still want the job.

## What it checks
A draft of a thank-you note or a check-in with no words of interest in the
role: "interested", "keen", "excited about the opportunity", "look forward",
"would love to join", "exactly what I'm looking for" and their variants. An
"interesting conversation", a "keen eye" or "no longer interested" do not
count.

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

_DOING = r"(join|work|contribute|be part|be a part|bring|help|become|grow|start|support|continue|take on|build|learn)"

INTEREST = phrases(
    # "interested", but not "no longer interested" or "not interested".
    r"(?<!not\s)(?<!longer\s)interested",
    r"(my|strong|keen|continued|genuine|real|great|sincere|deep|growing) interest",
    r"interest in (the|this|joining|working|being|contributing|your)",
    # "keen to join", "very keen", but not "a keen eye for detail".
    r"keen(ly)?(?!\s+(eye|sense|ear|observer|eyed))",
    r"excit(ed|ing|ement|es)",
    r"eager(ly|ness)?",
    r"enthusias(m|tic|tically)",
    r"look(s|ing|ed)? forward",
    "can't wait",
    r"(hope|hoping|want|wanting|wish|would like|i'd like|would love|i'd love|love|eager|ready|glad|happy|pleased"
    r"|delighted|thrilled|honou?red|proud|excited|keen) to " + _DOING,
    r"(would|i'd|we'd) (love|like|welcome|value|relish|jump at) (the|a|an|this) (chance|opportunity)",
    r"welcome (the|a|this) (chance|opportunity)",
    "passionate",
    "motivated",
    "thrilled",
    "delighted",
    r"(a|an|the) (great|good|strong|excellent|natural|right|perfect|ideal) (fit|match)",
    r"appeal(s|ed|ing)? to me",
    r"(exactly|just|precisely) (what|the kind of (role|job|work|team)) i('m| am) (looking|hoping) for",
    r"dream (job|role|position|team)",
    r"(remain|am still|still|truly|really) (committed|enthusiastic|excited|eager)",
    "count me in",
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
