"""Self-praise and comparisons with other candidates.

## What it checks
Superlatives about yourself ("I am the best candidate", "I'm the perfect fit",
"you won't find anyone better") and comparisons with other applicants
("unlike the other candidates", "better than most people you'll meet"). Words
about others are fine: "the ideal candidate you described", "your world-class
team", and so is liking the role "better than my current one".

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

_ME = r"(i am|i'm|i'd be|i would be|i will be|i'll be|i was|i think i'm|i think i am|makes me|making me|me as)"
_SURELY = r"((clearly|obviously|definitely|certainly|surely|undoubtedly|truly|really|simply|by far) )?"
_SUPERLATIVE = r"(best|strongest|ideal|perfect|obvious|only|top|most qualified|number one|greatest)"
# Comparisons with the other candidates. "Better" and "stronger" also compare roles and offices
# ("I like the role better than most I have seen"), so with them "others" or "most" on its own counts
# only where the comparison ends, or goes on about the people ("better than most you will meet").
_RANKS_PEOPLE = r"(more qualified|more experienced|smarter|more talented|more capable)"
_RANKS_ANYTHING = r"(better|stronger)"
_PEOPLE = (
    r"((the |all the |all |any )?other (candidates|candidate|applicants|applicant|people|person)"
    r"|most (of the )?(other )?(candidates|applicants|people(?!\s+(think|expect|imagine|realise|realize)))"
    r"|everyone|anyone|anybody|the rest|the competition)"
)
_ON_THEIR_OWN = r"((all )?(the )?others|most( of the others)?)"
_COMPARISON_ENDS = r"(?!\s+(?!you\b)\w)"

BOASTING = phrases(
    # About yourself: "You mentioned the ideal candidate knows SQL" is not boasting.
    f"{_ME} {_SURELY}(the |your |a |an )?(very )?{_SUPERLATIVE} (candidate|applicant|choice|person|fit|match|hire|one)",
    r"the " + _SUPERLATIVE + r" (candidate|applicant|person) (you('ve| have)|you will|you'll|you could|you can)",
    f"{_RANKS_PEOPLE} than ({_PEOPLE}|{_ON_THEIR_OWN})",
    f"{_RANKS_ANYTHING} than ({_PEOPLE}|{_ON_THEIR_OWN}{_COMPARISON_ENDS})",
    r"unlike (the )?(other|most|many) (candidates|applicants|people you)",
    r"(no one|nobody) else (can|could|will|would)",
    r"(you )?(won't|will not|wouldn't|would not|can't|cannot|couldn't|could not) find "
    r"(anyone|someone|anybody|a candidate|a better|a stronger|a more qualified)( else)? "
    r"(better|stronger|more qualified|like me|candidate|person|fit|applicant)",
    r"(i )?(nailed|aced|crushed|killed|smashed) (it|the interview)",
    r"blew (you|them|everyone|the panel) away",
    r"(outshine|outperform|outclass)(ed|s)? (the )?(others|other candidates|everyone|the competition)",
    r"(head and shoulders|far|way) above (the )?(rest|others|competition|other candidates)",
    # About yourself again: "your world-class team" is a compliment.
    r"(i am|i'm|as) (a )?(world-class|rock ?star|ninja|genius|guru|superstar)",
    r"(you|they)( would|'d) be (lucky|foolish|crazy|mad|silly) (to|not to)",
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
