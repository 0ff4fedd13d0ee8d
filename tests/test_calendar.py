"""The recommended timeline follows the policy and the decision date; the iCalendar file is valid RFC 5545."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from checker import DEFAULT_POLICY, Policy, Step, ics, plan_from_mapping, plan_steps, recommended_timeline

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
        (dt.date(2026, 11, 27), "2026-11-28", "2026-12-18"),
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


def test_plan_steps_are_the_readers_own_follow_ups_in_date_order() -> None:
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
        ("20261128", "20261129"),
        ("20261218", "20261219"),
        ("20261225", "20261226"),
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


def test_every_step_has_a_reminder_the_morning_before() -> None:
    plan = plan_from_mapping(
        {
            "interview_date": "2026-11-16",
            "decision_date": "2026-11-27",
            "follow_ups": [
                {"kind": "thank-you", "date": "2026-11-17"},
                {"kind": "check-in", "date": "2026-11-30"},
            ],
        },
        INTERVIEW,
    )
    events = _events(ics(plan_steps(plan), STAMP, decision=plan.decision_date))
    for event in events[:2]:
        alarm = event[event.index("BEGIN:VALARM") : event.index("END:VALARM") + 1]
        summary = next(line for line in event if line.startswith("SUMMARY:")).removeprefix("SUMMARY:")
        # RFC 5545 asks a DISPLAY alarm for ACTION, TRIGGER and DESCRIPTION; -PT15H before an all-day
        # start is 09:00 the day before.
        assert alarm == [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-PT15H",
            f"DESCRIPTION:Tomorrow: {summary}",
            "END:VALARM",
        ]
    assert [event.count("BEGIN:VALARM") for event in events] == [1, 1, 0]


def test_the_decision_date_is_an_all_day_event_worded_plainly() -> None:
    plan = plan_from_mapping(
        {"interview_date": "2026-11-16", "decision_date": "2026-11-27", "follow_ups": []}, INTERVIEW
    )
    text = ics(plan_steps(plan), STAMP, decision=plan.decision_date)
    (event,) = _events(text)
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
    assert "BEGIN:VEVENT" not in ics(plan_steps(plan), STAMP)  # no date given, no event


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
    step = Step(INTERVIEW, title, "Ü" * 100, "")
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
