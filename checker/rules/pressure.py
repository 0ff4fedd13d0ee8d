"""Demands, deadlines, urgency or guilt in a note.

## What it checks
Words that put pressure on the employer:
- urgency: "as soon as possible", "ASAP", "this is urgent", "reply right away",
  "let me know today";
- demands and ultimatums: "I need an answer by Friday", "if I don't hear back by ...";
- guilt: "I've been waiting all week", "I feel ignored", "you never replied",
  "this is my third email".

Your own plans are not pressure: "I can start immediately", "I will send the
references by the end of the week" and "there is no hurry" pass.

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

_WHEN = (
    r"(immediately|right away|straight away|at once|now|today|tonight|tomorrow|this (afternoon|evening)"
    r"|by (today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday"
    r"|the end|end of|close of|eod|cob|\d))"
)

PRESSURE = phrases(
    # Urgency. "I can start immediately" is fine: only a reply asked for now is pressure.
    "as soon as possible",
    "asap",
    r"(it's|it is|this is|is|very|quite|rather|extremely|most) urgent",
    r"urgent (reply|response|answer|request|matter|decision)",
    r"urgently (need|require|request|ask|await)",
    r"(reply|respond|answer|write back|get back to me|get back to us|let me know|tell me|hear back|hear from you"
    r"|need to know|need an answer) " + _WHEN,
    r"(an? |your |the )?(update|answer|response|reply|decision|news) " + _WHEN,
    r"(i|we) must (know|have|hear|get)",
    r"(prompt|quick|speedy|swift|immediate) (reply|response|answer|decision)",
    "without (any )?(further )?delay",
    "no later than",
    # Demands and ultimatums.
    "ultimatum",
    r"(my|a firm|a hard|a strict) deadline",
    r"deadline (for|to) (your|an?|the) (answer|decision|response|reply)",
    r"(i|we) (need|must have|expect|demand|require|want) (an?|your|the|some) "
    r"(answer|response|reply|decision|update|feedback|news)",
    r"(i|we) (demand|insist)",
    r"if (i|we) (do not|don't|haven't|have not|can't|cannot) (hear|get|receive)",
    r"(or|otherwise) (i will|i'll|i must|i shall) (have to )?"
    r"(accept|take|withdraw|go|move|look|assume|consider|contact|escalate|complain)",
    "or else",
    r"(?<!no\s)(?<!a\s)hurry( up)?",  # not "there is no hurry"
    r"running out of (time|patience)",
    r"(my|losing|lost) (my )?patience",
    # Guilt.
    r"(i've|i have|i) been waiting",
    r"waiting (all|the whole|for (a|over a|more than a|two|three|several|many)) (day|week|month|days|weeks|months)",
    r"still (waiting|no (reply|response|answer|news|word|update))",
    r"(i )?feel (ignored|forgotten|disrespected|neglected|overlooked|invisible)",
    r"(you|no one|nobody) (never|haven't|have not|didn't|did not|has not|hasn't|still haven't) (even )?"
    r"(replied|responded|answered|got back|gotten back|called|written|wrote|bothered|acknowledged)",
    r"why (haven't|have|didn't|did|hasn't|has) (you|anyone|no one|nobody)( not)? (even )?"
    r"(replied|responded|answered|got|gotten|called|written|reply|respond|answer|call|write|get back)",
    "you promised",
    r"this is my (second|third|fourth|fifth|\d+(st|nd|rd|th)|last|final) "
    r"(email|message|attempt|reminder|follow-up|try)",
    r"(i|we) deserve (an?|your|the|some) (answer|response|reply|explanation|decision)",
    r"chas(e|ing) (you|this) (up )?again",
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
