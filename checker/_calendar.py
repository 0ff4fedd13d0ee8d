"""The recommended timeline after an interview, and iCalendar export."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from checker._model import Kind, Plan
from checker._policy import DEFAULT_POLICY, Policy

__all__ = ["Step", "ics", "plan_steps", "recommended_timeline"]

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
    and ends on ``date``; an ``ongoing`` step starts on ``date`` and has no end.
    """

    date: dt.date
    title: str
    detail: str
    guide: str
    start: dt.date | None = None
    ongoing: bool = False

    @property
    def first_day(self) -> dt.date:
        return self.date if self.start is None else self.start


def recommended_timeline(
    interview: dt.date, decision: dt.date | None = None, policy: Policy = DEFAULT_POLICY
) -> tuple[Step, ...]:
    """What to do when, from the interview to moving on."""
    day = dt.timedelta(days=1)
    thank_you = interview + day * policy.thank_you_within_days
    check_in = interview + day * policy.check_in_after_days
    if decision is not None and decision >= check_in:
        check_in = decision + day
    # Silence counts from when news was due, as the rules count it.
    news_due = decision if decision is not None and decision > interview else interview
    last_note = max(news_due + day * policy.silence_after_days, check_in + day * 7)
    return (
        Step(
            interview,
            "Review your interview",
            "Note what went well, what to improve, and any loose ends.",
            "self-review/",
        ),
        Step(
            thank_you,
            "Send your thank-you email",
            "Thank them, confirm your interest, add a point you missed.",
            "thank-you-note/#when-to-send",
            start=interview,  # best on the day itself, and no later than the policy's day
        ),
        Step(
            check_in,
            "One check-in by email",
            "If you have no news yet: short, polite, interested.",
            "waiting/#when-to-check-in",
        ),
        Step(
            last_note,
            "One last brief note",
            "Silence this long usually means no. One last friendly message.",
            "silence/#one-last-note",
        ),
        Step(
            last_note + day * 7,
            "Move on",
            "Put your energy into your next applications and interviews.",
            "silence/#move-on",
            ongoing=True,
        ),
    )


def plan_steps(plan: Plan) -> tuple[Step, ...]:
    """The reader's own planned follow-ups as calendar steps."""
    return tuple(
        Step(f.date, _PLANNED_TITLES[f.kind], _sentence(f.channel.how), "")
        for f in sorted(plan.follow_ups, key=lambda f: f.date)
    )


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
    """An iCalendar (RFC 5545) file: an all-day event per step, each with a reminder the day before.

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
        lines += _event(uid, stamp_text, step, reminder=True)
    if decision is not None:
        # Nothing to do that day, so no reminder: it would only add to the worry.
        day = Step(decision, _DECISION_TITLE, _DECISION_DETAIL, "")
        lines += _event(f"{decision:%Y%m%d}-decision", stamp_text, day, reminder=False)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _event(uid: str, stamp: str, step: Step, *, reminder: bool) -> list[str]:
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
    if reminder:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            # 09:00 the day before. The morning of would come after an all-day event's start,
            # and Outlook drops alarms set after the start.
            "TRIGGER:-PT15H",
            f"DESCRIPTION:{_escape('Tomorrow: ' + step.title)}",
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
