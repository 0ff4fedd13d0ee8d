"""Demands, deadlines, urgency or guilt in a note.

## What it checks
Words that put pressure on the employer:
- urgency: "as soon as possible", "ASAP", "urgent", "right away", "let me know today";
- demands and ultimatums: "I need an answer by Friday", "if I don't hear back by ...";
- guilt: "I've been waiting all week", "I feel ignored", "you never replied",
  "this is my third email".

## Why it matters
Hiring takes time, and the person you write to rarely controls it. Pressure
does not speed up the decision; it makes you look impatient and can cost you
the offer. A follow-up must never feel like harassment.

## Example
"I have been waiting all week. Please let me know today, as I need an answer."

## Better
"I understand these decisions take time. I remain very interested and would
be glad to hear about the next steps when you have news."
"""

from __future__ import annotations

from collections.abc import Iterator

from checker._model import Severity
from checker.rules._base import ALL_KINDS, Context, Hit, Rule, flag_phrases, phrases

PRESSURE = phrases(
    "as soon as possible",
    "asap",
    r"urgent(ly)?",
    "immediately",
    "right away",
    "without delay",
    "deadline",
    "ultimatum",
    r"by (the )?end of (the |this )?(day|week)",
    r"(let me know|tell me|get back to me|reply|respond|answer me) (today|tonight|tomorrow|now|by)",
    r"(i|we) (need|must have|expect|demand|require) (an?|your) (answer|response|reply|decision|update)",
    r"(i|we) (demand|insist)",
    r"if (i|we) (do not|don't|haven't|have not) (hear|heard|get|receive)",
    r"or (else|i will|i'll)",
    r"(i've|i have|i've been|i have been|been) waiting",
    r"waiting (all|the whole) (day|week|month)",
    r"still (waiting|no (reply|response|answer|news|word))",
    r"(i )?feel (ignored|forgotten|disrespected)",
    r"(you|no one|nobody) (never|haven't|have not|didn't|did not|has not|hasn't) "
    r"(even )?(replied|responded|answered|got back|gotten back|called)",
    r"why (haven't|have) you (not )?",
    "you promised",
    r"this is my (second|third|fourth|fifth|last|final) (email|message|attempt|reminder)",
    r"(i|we) deserve (an?|your) (answer|response|reply)",
)


def _check(context: Context) -> Iterator[Hit]:
    return flag_phrases(
        context,
        ALL_KINDS,
        PRESSURE,
        lambda text: f'"{" ".join(text.split())}" puts pressure on them.',
        "Be patient and polite: say you understand decisions take time and that you remain interested.",
    )


RULE = Rule(
    id="pressure",
    severity=Severity.WARNING,
    guide="waiting/#no-pressure",
    check=_check,
    doc=__doc__ or "",
)
