"""The recommended timeline follows the policy, the rounds and the decision date, and proposes working days only;
the iCalendar file is valid RFC 5545, with a reminder that makes sense for each step."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from checker import (
    DEFAULT_POLICY,
    DEFAULT_WORKING_DAYS,
    Interview,
    Policy,
    Step,
    WorkingDays,
    ics,
    plan_from_mapping,
    plan_steps,
    plan_timeline,
    recommended_timeline,
)

INTERVIEW = dt.date(2026, 11, 16)
STAMP = dt.datetime(2026, 11, 16, 9, 30, tzinfo=dt.UTC)


def _dates(steps: tuple[Step, ...]) -> list[str]:
    return [step.date.isoformat() for step in steps]


def _windows(steps: tuple[Step, ...]) -> list[tuple[str, str | None]]:
    """Each step's first and last day, as the timeline picture draws them (None: no end)."""
    return [(s.first_day.isoformat(), None if s.ongoing else s.date.isoformat()) for s in steps]


def test_default_timeline() -> None:
    steps = recommended_timeline(INTERVIEW)
    assert _dates(steps) == ["2026-11-16", "2026-11-17", "2026-11-23", "2026-12-07", "2026-12-14"]
    # The guide's own words: review the same day, thank them by day 1, check in about day 7,
    # one last note after three weeks, then move on for good.
    assert _windows(steps) == [
        ("2026-11-16", "2026-11-16"),
        ("2026-11-16", "2026-11-17"),
        ("2026-11-23", "2026-11-23"),
        ("2026-12-07", "2026-12-07"),
        ("2026-12-14", None),
    ]
    assert [step.guide for step in steps] == [
        "self-review/",
        "thank-you-note/#when-to-send",
        "waiting/#when-to-check-in",
        "silence/#one-last-note",
        "silence/#move-on",
    ]


@pytest.mark.parametrize(
    ("decision", "check_in", "last_note"),
    [
        # The last note comes the silence limit after news was due (their date), as the rules count it.
        (dt.date(2026, 11, 18), "2026-11-23", "2026-12-09"),  # before the week is out: wait the week
        (dt.date(2026, 11, 23), "2026-11-24", "2026-12-14"),  # on the check-in day: the day after
        (dt.date(2026, 11, 27), "2026-11-30", "2026-12-18"),  # the day after is a Saturday: the Monday
        (dt.date(2026, 12, 10), "2026-12-11", "2026-12-31"),
    ],
)
def test_check_in_comes_after_the_decision_date(decision: dt.date, check_in: str, last_note: str) -> None:
    steps = recommended_timeline(INTERVIEW, decision)
    assert _dates(steps)[2:4] == [check_in, last_note]


def test_timeline_follows_the_policy() -> None:
    policy = Policy(thank_you_within_days=0, check_in_after_days=10, silence_after_days=30)
    assert _dates(recommended_timeline(INTERVIEW, None, policy)) == [
        "2026-11-16",
        "2026-11-16",
        "2026-11-26",
        "2026-12-16",
        "2026-12-23",
    ]
    assert recommended_timeline(INTERVIEW, None, DEFAULT_POLICY) == recommended_timeline(INTERVIEW)


@pytest.mark.parametrize(("within", "last_day"), [(0, "2026-11-16"), (1, "2026-11-17"), (3, "2026-11-19")])
def test_the_thank_you_window_runs_from_the_interview_to_the_policys_last_day(within: int, last_day: str) -> None:
    thank_you = recommended_timeline(INTERVIEW, None, Policy(thank_you_within_days=within))[1]
    assert _windows((thank_you,)) == [("2026-11-16", last_day)]


def test_the_example_of_the_issue_proposes_no_weekend_and_no_christmas() -> None:
    """``plan --interview 2026-11-16 --decision 2026-11-27`` once proposed Saturday 28 November and 25 December."""
    steps = recommended_timeline(INTERVIEW, dt.date(2026, 11, 27))
    assert _dates(steps)[2:] == ["2026-11-30", "2026-12-18", "2026-12-28"]
    assert all(step.date.weekday() < 5 for step in steps)


# England's bank holidays at the end of 2026: Christmas on a Friday, Boxing Day on the Saturday, kept on Monday 28th.
ENGLAND = WorkingDays.of(
    [dt.date(2026, 12, 25), dt.date(2026, 12, 26), dt.date(2026, 12, 28), dt.date(2027, 1, 1)],
    range(2026, 2028),
    "GB",
    "ENG",
)


def test_public_holidays_of_the_office_are_skipped() -> None:
    steps = recommended_timeline(INTERVIEW, dt.date(2026, 11, 27), DEFAULT_POLICY, ENGLAND)
    assert _dates(steps)[-1] == "2026-12-29"  # past Christmas, Boxing Day and the day it is kept
    assert ENGLAND.is_working_day(dt.date(2026, 12, 29))
    assert not ENGLAND.is_working_day(dt.date(2026, 12, 28))
    # Outside the years the data covers, and with no country, New Year's Day and Christmas stand in.
    assert not ENGLAND.is_working_day(dt.date(2030, 12, 25))
    assert DEFAULT_WORKING_DAYS.on_or_after(dt.date(2026, 12, 25)) == dt.date(2026, 12, 28)
    assert DEFAULT_WORKING_DAYS.on_or_after(dt.date(2027, 1, 1)) == dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    ("interview", "within", "due"),
    [
        # A Friday interview and one day allowed: the Saturday is no day to propose, so the Friday itself.
        (dt.date(2026, 11, 20), 1, dt.date(2026, 11, 20)),
        # Three days from a Friday reach the Monday.
        (dt.date(2026, 11, 20), 3, dt.date(2026, 11, 23)),
        # An interview on a Saturday: no working day in reach, so the day itself.
        (dt.date(2026, 11, 21), 1, dt.date(2026, 11, 21)),
    ],
)
def test_the_thank_you_is_due_by_the_last_working_day_the_policy_allows(
    interview: dt.date, within: int, due: dt.date
) -> None:
    """Never later than the policy's day, so thank-you-late never fires on the timeline's own proposal."""
    thank_you = recommended_timeline(interview, None, Policy(thank_you_within_days=within))[1]
    assert (thank_you.first_day, thank_you.date) == (interview, due)


def test_every_round_has_its_review_and_thank_you_and_the_wait_counts_from_the_last() -> None:
    rounds = (Interview(INTERVIEW, ("Amina Achieng", "Tom Berg")), Interview(dt.date(2026, 11, 24), ("Priya Nair",)))
    steps = recommended_timeline(rounds, dt.date(2026, 12, 1))
    assert [(step.first_day.isoformat(), step.title) for step in steps] == [
        ("2026-11-16", "Review your first interview"),
        ("2026-11-16", "Send your thank-you email for your first interview"),
        ("2026-11-24", "Review your second interview"),
        ("2026-11-24", "Send your thank-you email for your second interview"),
        ("2026-12-02", "One check-in by email"),  # the day after their date, a week after the last round
        ("2026-12-22", "One last brief note"),
        ("2026-12-29", "Move on"),
    ]
    assert steps[1].detail.endswith("Write to Amina Achieng and Tom Berg: one note each, or one to all.")
    assert steps[3].detail.endswith("Write to Priya Nair.")
    plan = plan_from_mapping(
        {
            "interviews": [
                {"date": "2026-11-16", "interviewers": ["Amina Achieng", "Tom Berg"]},
                {"date": "2026-11-24", "interviewers": ["Priya Nair"]},
            ],
            "decision_date": "2026-12-01",
        },
        INTERVIEW,
    )
    assert plan_timeline(plan) == steps
    # One round with no names reads exactly as before.
    assert recommended_timeline((Interview(INTERVIEW),)) == recommended_timeline(INTERVIEW)
    assert [step.title for step in recommended_timeline(INTERVIEW)[:2]] == [
        "Review your interview",
        "Send your thank-you email",
    ]


def test_plan_steps_are_the_readers_interview_and_own_follow_ups_in_date_order() -> None:
    plan = plan_from_mapping(
        {
            "interview_date": "2026-11-16",
            "today": "2026-11-16",
            "follow_ups": [
                {"kind": "check-in", "date": "2026-11-28", "channel": "linkedin"},
                {"kind": "thank-you", "date": "2026-11-16"},
                {"kind": "thank-you", "date": "2026-11-17", "channel": "letter"},
                {"kind": "check-in", "date": "2026-11-30", "channel": "in-person"},
                {"kind": "stay-in-touch", "date": "2026-12-01", "channel": "phone"},
            ],
        },
        INTERVIEW,
    )
    # Each channel as a sentence says it, the same words the rules use.
    assert [(s.date.isoformat(), s.title, s.detail) for s in plan_steps(plan)] == [
        ("2026-11-16", "Your interview", "Afterwards, note what went well and send your thank-you."),
        ("2026-11-16", "Send thank-you note", "By email."),
        ("2026-11-17", "Send thank-you note", "By letter."),
        ("2026-11-28", "Send check-in", "By LinkedIn message."),
        ("2026-11-30", "Send check-in", "In person."),
        ("2026-12-01", "Send stay-in-touch note", "By phone."),
    ]


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_is_a_valid_calendar() -> None:
    text = ics(recommended_timeline(INTERVIEW, dt.date(2026, 11, 27)), STAMP, decision=dt.date(2026, 11, 27))
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = _unfold(text)[:-1]
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 6
    starts = [line.removeprefix("DTSTART;VALUE=DATE:") for line in lines if line.startswith("DTSTART")]
    ends = [line.removeprefix("DTEND;VALUE=DATE:") for line in lines if line.startswith("DTEND")]
    # The thank-you runs from the interview day to day 1 (DTEND is the day after the last); the decision comes last.
    assert list(zip(starts, ends, strict=True)) == [
        ("20261116", "20261117"),
        ("20261116", "20261118"),
        ("20261130", "20261201"),
        ("20261218", "20261219"),
        ("20261228", "20261229"),
        ("20261127", "20261128"),
    ]
    assert {line for line in lines if line.startswith("DTSTAMP")} == {"DTSTAMP:20261116T093000Z"}
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == 6
    assert all(re.fullmatch(r"UID:[0-9]{8}-[a-z0-9-]+@after-the-interview", uid) for uid in uids)


def _events(text: str) -> list[list[str]]:
    lines = _unfold(text)
    starts = [index for index, line in enumerate(lines) if line == "BEGIN:VEVENT"]
    return [lines[start : lines.index("END:VEVENT", start) + 1] for start in starts]


def _alarms(text: str) -> list[tuple[str, list[str]]]:
    """Each event's summary and its alarm's lines (none when it has no alarm)."""
    found = []
    for event in _events(text):
        summary = next(line for line in event if line.startswith("SUMMARY:")).removeprefix("SUMMARY:")
        alarm = event[event.index("BEGIN:VALARM") : event.index("END:VALARM") + 1] if "BEGIN:VALARM" in event else []
        found.append((summary, alarm))
    return found


def test_each_planned_note_has_a_reminder_the_morning_before() -> None:
    plan = plan_from_mapping(
        {
            "interview_date": "2026-11-16",
            "decision_date": "2026-11-27",
            "follow_ups": [
                {"kind": "thank-you", "date": "2026-11-16"},
                {"kind": "check-in", "date": "2026-11-30"},
            ],
        },
        INTERVIEW,
    )
    alarms = _alarms(ics(plan_steps(plan), STAMP, decision=plan.decision_date))
    # RFC 5545 asks a DISPLAY alarm for ACTION, TRIGGER and DESCRIPTION; -PT15H before an all-day
    # start is 09:00 the day before.
    assert alarms == [
        ("Your interview", []),  # nothing to remind: they are there
        (
            "Send thank-you note",
            [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:-PT15H",
                "DESCRIPTION:Tomorrow\\, after your interview: send thank-you note",
                "END:VALARM",
            ],
        ),
        (
            "Send check-in",
            ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15H", "DESCRIPTION:Tomorrow: Send check-in", "END:VALARM"],
        ),
        ("They said they would decide by today", []),  # nothing to do that day
    ]


def test_each_recommended_step_has_a_reminder_that_makes_sense_for_it() -> None:
    """No reminder the day before the interview to review it; the thank-you's says it comes after the interview."""
    reminders = {
        summary: next((line.removeprefix("DESCRIPTION:") for line in alarm if line.startswith("DESCRIPTION:")), None)
        for summary, alarm in _alarms(ics(recommended_timeline(INTERVIEW, dt.date(2026, 11, 27)), STAMP))
    }
    assert reminders == {
        "Review your interview": None,
        "Send your thank-you email": "After your interview tomorrow: send your thank-you by Tue 17 Nov 2026.",
        "One check-in by email": "Tomorrow: one check-in by email\\, if you have no news yet.",
        "One last brief note": "Tomorrow: one last brief note\\, if you still have no news.",
        "Move on": "From tomorrow: if there is still no news\\, put your energy into your next applications.",
    }
    same_day = recommended_timeline(INTERVIEW, None, Policy(thank_you_within_days=0))[1]
    assert same_day.reminder == "After your interview tomorrow: send your thank-you the same day."


def test_every_round_is_in_the_readers_calendar() -> None:
    plan = plan_from_mapping(
        {
            "interviews": [
                {"date": "2026-11-16", "interviewers": ["Amina Achieng", "Tom Berg"]},
                {"date": "2026-11-24"},
            ],
            "follow_ups": [
                {"kind": "withdrawal", "date": "2026-11-30"},
                {"kind": "offer-update", "date": "2026-11-25"},
            ],
        },
        INTERVIEW,
    )
    assert [(s.date.isoformat(), s.title, s.detail) for s in plan_steps(plan)] == [
        (
            "2026-11-16",
            "Your first interview",
            "With Amina Achieng and Tom Berg. Afterwards, note what went well and send your thank-you.",
        ),
        ("2026-11-24", "Your second interview", "Afterwards, note what went well and send your thank-you."),
        ("2026-11-25", "Tell them about your other offer", "By email."),
        ("2026-11-30", "Send your withdrawal", "By email."),
    ]


def test_the_decision_date_is_an_all_day_event_worded_plainly() -> None:
    plan = plan_from_mapping(
        {"interview_date": "2026-11-16", "decision_date": "2026-11-27", "follow_ups": []}, INTERVIEW
    )
    text = ics(plan_steps(plan), STAMP, decision=plan.decision_date)
    interview, event = _events(text)
    assert "SUMMARY:Your interview" in interview
    assert "DTSTART;VALUE=DATE:20261127" in event
    assert "DTEND;VALUE=DATE:20261128" in event
    assert "SUMMARY:They said they would decide by today" in event
    assert "UID:20261127-decision@after-the-interview" in event
    description = next(line for line in event if line.startswith("DESCRIPTION:"))
    assert "No news today is normal\\;" in description  # the semicolon escaped
    assert "wait until this day has passed" in description
    assert len(description.encode()) > 75  # so the file holds it folded, and unfolds to the same text
    assert "\r\n " in text
    assert max(len(line) for line in text.encode().split(b"\r\n")) <= 75
    assert _events(ics(plan_steps(plan), STAMP)) == [interview]  # no date given, no event for it


def test_two_notes_of_one_kind_on_one_day_keep_apart() -> None:
    plan = plan_from_mapping(
        {
            "interview_date": "2026-11-16",
            "follow_ups": [{"kind": "thank-you", "date": "2026-11-16"}, {"kind": "thank-you", "date": "2026-11-16"}],
        },
        INTERVIEW,
    )
    uids = [line for line in _unfold(ics(plan_steps(plan), STAMP)) if line.startswith("UID:")]
    assert uids == [
        "UID:20261116-your-interview@after-the-interview",
        "UID:20261116-send-thank-you-note@after-the-interview",
        "UID:20261116-send-thank-you-note-2@after-the-interview",
    ]


def test_ics_uids_are_stable() -> None:
    first = ics(recommended_timeline(INTERVIEW), STAMP)
    again = ics(recommended_timeline(INTERVIEW), STAMP + dt.timedelta(hours=5))
    assert [line for line in _unfold(first) if line.startswith("UID:")] == [
        line for line in _unfold(again) if line.startswith("UID:")
    ]


def test_ics_folds_long_lines_at_75_octets_and_escapes_text() -> None:
    name = "Café, Straße; «Nachbereitung» \\ " * 8 + "👩🏽‍💻" * 10
    title = "Line one\nline two, with; marks" + ", and «more»" * 8  # a summary longer than one line
    step = Step(INTERVIEW, title, "Ü" * 100, "", reminder="Tomorrow: " + title)
    text = ics([step], STAMP, calendar_name=name)
    physical = text.encode().split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    assert any(line.startswith(b" ") for line in physical)
    assert all(line.decode() for line in physical)  # no fold inside a UTF-8 sequence
    unfolded = _unfold(text)
    escaped = name.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    assert f"X-WR-CALNAME:{escaped}" in unfolded
    summary = "Line one\\nline two\\, with\\; marks" + "\\, and «more»" * 8
    assert f"SUMMARY:{summary}" in unfolded
    assert f"DESCRIPTION:Tomorrow: {summary}" in unfolded  # the reminder says it too
    assert "DESCRIPTION:" + "Ü" * 100 in unfolded
