"""Self-praise and comparisons with other candidates.

## What it checks
Superlatives about yourself ("I am the best candidate", "the perfect fit",
"you won't find anyone better") and comparisons with other applicants
("unlike the other candidates", "more qualified than").

## Why it matters
A follow-up is there to thank and to confirm your interest, not to win the
interview a second time. Boasting can sound arrogant, and comparing yourself
with people you have never met sounds unfair to them.

## Example
"I'm sure I am the best candidate you have met, far stronger than the others."

## Better
"I enjoyed our conversation about the data pipeline, and I would be glad to
bring my experience with it to your team."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Severity
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, flag_phrases, phrases

BOASTING = phrases(
    r"(the )?(best|strongest|ideal|perfect|obvious|only|top|most qualified) "
    r"(candidate|applicant|choice|fit|match|person for the job)",
    r"(better|stronger|more qualified|more experienced|smarter) than "
    r"(the )?(other|any other|all the other|everyone|anyone)",
    r"unlike (the )?(other|most) (candidates|applicants)",
    r"(no one|nobody) else (can|could|will)",
    r"(won't|will not|wouldn't|would not|can't|cannot) find (anyone|someone|anybody|a candidate) better",
    r"(i )?(nailed|aced|crushed) (it|the interview)",
    r"blew (you|them|everyone) away",
    r"(outshine|outperform|outclass)(ed|s)? (the )?(others|other candidates|everyone)",
    r"(head and shoulders|far) above (the )?(rest|others)",
    "world-class",
    "rock ?star",
    r"(you|they) would be (lucky|foolish|crazy) (to|not to)",
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_phrases(
        context,
        ALL_KINDS,
        BOASTING,
        lambda text: f'"{" ".join(text.split())}" sounds like boasting.',
        "Thank them and say what you would bring to the role, without ranking yourself against others.",
    )


RULE = Rule(
    id="boasting",
    severity=Severity.SUGGESTION,
    guide="thank-you-note/#tone",
    check=_check,
    doc=__doc__ or "",
)
