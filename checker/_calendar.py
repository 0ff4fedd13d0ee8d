"""The recommended timeline after an interview, and iCalendar export."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker._dates import long_date
from checker._model import Interview, Kind, Plan
from checker._policy import DEFAULT_POLICY, Policy
from checker._workdays import DEFAULT_WORKING_DAYS, WorkingDays

__all__ = ["Step", "ics", "plan_steps", "plan_timeline", "recommended_timeline"]

# Worded for someone waiting anxiously for news.
_DECISION_TITLE = "They said they would decide by today"
_DECISION_DETAIL = (
    "Hiring often takes longer than planned. No news today is normal; it is not a sign that you did "
    "something wrong. Do not check in today: wait until this day has passed."
)


@dataclass(frozen=True)
class Step:
    """One dated thing to do.

    ``date`` is the day it is due. A step the guide allows over several days starts on ``start``
    and ends on ``date``; an ``ongoing`` step starts on ``date`` and has no end. ``reminder`` is what
    a calendar says the morning before it starts, or None for no reminder.
    """

    date: dt.date
    title: str
    detail: str
    guide: str
    start: dt.date | None = None
    ongoing: bool = False
    reminder: str | None = None

    @property
    def first_day(self) -> dt.date:
        return self.date if self.start is None else self.start


def recommended_timeline(
    interviews: dt.date | Sequence[Interview],
    decision: dt.date | None = None,
    policy: Policy = DEFAULT_POLICY,
    working_days: WorkingDays = DEFAULT_WORKING_DAYS,
) -> tuple[Step, ...]:
    """What to do when, from each interview to moving on; ``interviews`` is one day or every round.

    Every day the timeline proposes is a working day. The thank-you is due by the last working day
    the policy allows (the interview day itself when none is), so the rules never call it late;
    the check-in and the last note move to the next working day, so the rules never call them early.
    """
    rounds = (Interview(interviews),) if isinstance(interviews, dt.date) else tuple(interviews)
    day = dt.timedelta(days=1)
    last = rounds[-1].date
    check_in = last + day * policy.check_in_after_days
    if decision is not None and decision >= check_in:
        check_in = decision + day
    check_in = working_days.on_or_after(check_in)
    # Silence counts from when news was due, as the rules count it.
    news_due = decision if decision is not None and decision > last else last
    last_note = working_days.on_or_after(max(news_due + day * policy.silence_after_days, check_in + day * 7))
    move_on = working_days.on_or_after(last_note + day * 7)
    steps = [
        step for number, interview in enumerate(rounds) for step in _round_steps(rounds, number, policy, working_days)
    ]
    return (
        *steps,
        Step(
            check_in,
            "One check-in by email",
            "If you have no news yet: short, polite, interested.",
            "waiting/#when-to-check-in",
            reminder="Tomorrow: one check-in by email, if you have no news yet.",
        ),
        Step(
            last_note,
            "One last brief note",
            "Silence this long usually means no. One last friendly message.",
            "silence/#one-last-note",
            reminder="Tomorrow: one last brief note, if you still have no news.",
        ),
        Step(
            move_on,
            "Move on",
            "Put your energy into your next applications and interviews.",
            "silence/#move-on",
            ongoing=True,
            reminder="From tomorrow: if there is still no news, put your energy into your next applications.",
        ),
    )


def _round_steps(
    rounds: Sequence[Interview], number: int, policy: Policy, working_days: WorkingDays
) -> tuple[Step, Step]:
    """Review the round the same day, and thank them by the policy's last day."""
    interview = rounds[number]
    which = "your interview" if len(rounds) == 1 else f"your {_ordinal(number)} interview"
    due = working_days.last_in(interview.date, interview.date + dt.timedelta(days=policy.thank_you_within_days))
    by = "the same day" if due == interview.date else f"by {long_date(due)}"
    names = interview.interviewers
    to = f" Write to {_names(names)}" + (": one note each, or one to all." if len(names) > 1 else ".") if names else ""
    return (
        Step(
            interview.date,
            f"Review {which}",
            "Note what went well, what to improve, and any loose ends.",
            "self-review/",
            # It happens on the day itself: a reminder the day before would come before there is anything to review.
        ),
        Step(
            due,
            "Send your thank-you email" + ("" if len(rounds) == 1 else f" for {which}"),
            "Thank them, confirm your interest, add a point you missed." + to,
            "thank-you-note/#when-to-send",
            start=interview.date,  # best on the day itself, and no later than the policy's day
            reminder=f"After {which} tomorrow: send your thank-you {by}.",
        ),
    )


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _ordinal(number: int) -> str:
    """``0`` is "first": a round as people count them."""
    return _ORDINALS[number] if number < len(_ORDINALS) else f"{number + 1}th"


def _names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def plan_timeline(
    plan: Plan, policy: Policy = DEFAULT_POLICY, working_days: WorkingDays = DEFAULT_WORKING_DAYS
) -> tuple[Step, ...]:
    """The recommended timeline for a plan's rounds and decision date."""
    return recommended_timeline(plan.interviews, plan.decision_date, policy, working_days)


def plan_steps(plan: Plan) -> tuple[Step, ...]:
    """The reader's interviews and own planned follow-ups as calendar steps, in date order."""
    several = len(plan.interviews) > 1
    interviews = [
        Step(
            interview.date,
            f"Your {_ordinal(number)} interview" if several else "Your interview",
            (f"With {_names(interview.interviewers)}. " if interview.interviewers else "")
            + "Afterwards, note what went well and send your thank-you.",
            "",
        )
        for number, interview in enumerate(plan.interviews)
    ]
    interview_days = {interview.date for interview in plan.interviews}
    follow_ups = [
        Step(
            f.date,
            _PLANNED_TITLES[f.kind],
            _sentence(f.channel.how),
            "",
            reminder=(
                f"Tomorrow, after your interview: {_PLANNED_TITLES[f.kind][0].lower()}{_PLANNED_TITLES[f.kind][1:]}"
                if f.date in interview_days
                else f"Tomorrow: {_PLANNED_TITLES[f.kind]}"
            ),
        )
        for f in plan.follow_ups
    ]
    # Stable: on one day, the interview comes before the notes, and the notes keep the plan's order.
    return tuple(sorted([*interviews, *follow_ups], key=lambda step: step.date))


_PLANNED_TITLES = {
    Kind.THANK_YOU: "Send thank-you note",
    Kind.CHECK_IN: "Send check-in",
    Kind.STAY_IN_TOUCH: "Send stay-in-touch note",
    Kind.OFFER_UPDATE: "Tell them about your other offer",
    Kind.WITHDRAWAL: "Send your withdrawal",
}


def ics(
    steps: Iterable[Step],
    stamp: dt.datetime,
    calendar_name: str = "After the interview",
    decision: dt.date | None = None,
) -> str:
    """An iCalendar (RFC 5545) file: an all-day event per step, with its reminder (if any) the day before.

    ``decision``, the day the employer said they would decide, gets an event of its own.
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//After the Interview//followup-checker//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape(calendar_name)}",
    ]
    stamp_text = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    seen: Counter[str] = Counter()
    for step in steps:
        uid = f"{step.date:%Y%m%d}-{_slug(step.title)}"
        seen[uid] += 1
        if seen[uid] > 1:  # two notes of one kind on one day, say one to each interviewer
            uid += f"-{seen[uid]}"
        lines += _event(uid, stamp_text, step)
    if decision is not None:
        # Nothing to do that day, so no reminder: it would only add to the worry.
        lines += _event(
            f"{decision:%Y%m%d}-decision", stamp_text, Step(decision, _DECISION_TITLE, _DECISION_DETAIL, "")
        )
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _event(uid: str, stamp: str, step: Step) -> list[str]:
    """One all-day event over the step's days; an ongoing step is marked on its first day."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}@after-the-interview",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{step.first_day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{step.date + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(step.title)}",
        f"DESCRIPTION:{_escape(step.detail)}",
        "TRANSP:TRANSPARENT",
    ]
    if step.reminder is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            # 09:00 the day before. The morning of would come after an all-day event's start,
            # and Outlook drops alarms set after the start.
            "TRIGGER:-PT15H",
            f"DESCRIPTION:{_escape(step.reminder)}",
            "END:VALARM",
        ]
    return [*lines, "END:VEVENT"]


def _sentence(words: str) -> str:
    """``words`` as a sentence of their own; ``str.capitalize`` would lower the rest ("Linkedin")."""
    return words[:1].upper() + words[1:] + "."


def _slug(text: str) -> str:
    """A stable UID part: the same step gets the same UID when the file is made again."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold at 75 octets, never inside a UTF-8 sequence (RFC 5545, 3.1)."""
    parts: list[str] = []
    current, size = "", 0
    for character in line:
        width = len(character.encode())
        if size + width > 75:
            parts.append(current)
            current, size = " ", 1
        current += character
        size += width
    parts.append(current)
    return "\r\n".join(parts)
