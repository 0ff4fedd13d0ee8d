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


def test_default_timeline() -> None:
    steps = recommended_timeline(INTERVIEW)
    assert _dates(steps) == ["2026-11-16", "2026-11-17", "2026-11-23", "2026-12-07", "2026-12-14"]
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


def test_plan_steps_are_the_readers_own_follow_ups_in_date_order() -> None:
    plan = plan_from_mapping(
        {
            "interview_date": "2026-11-16",
            "today": "2026-11-16",
            "follow_ups": [
                {"kind": "check-in", "date": "2026-11-28", "channel": "linkedin"},
                {"kind": "thank-you", "date": "2026-11-16"},
            ],
        },
        INTERVIEW,
    )
    assert [(s.date.isoformat(), s.title, s.detail) for s in plan_steps(plan)] == [
        ("2026-11-16", "Send thank-you note", "By email."),
        ("2026-11-28", "Send check-in", "By linkedin."),
    ]


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_is_a_valid_calendar() -> None:
    text = ics(recommended_timeline(INTERVIEW, dt.date(2026, 11, 27)), STAMP)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = _unfold(text)[:-1]
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 5
    starts = [line.removeprefix("DTSTART;VALUE=DATE:") for line in lines if line.startswith("DTSTART")]
    ends = [line.removeprefix("DTEND;VALUE=DATE:") for line in lines if line.startswith("DTEND")]
    assert starts == ["20261116", "20261117", "20261128", "20261218", "20261225"]
    for start, end in zip(starts, ends, strict=True):
        assert dt.datetime.strptime(end, "%Y%m%d") - dt.datetime.strptime(start, "%Y%m%d") == dt.timedelta(days=1)
    assert {line for line in lines if line.startswith("DTSTAMP")} == {"DTSTAMP:20261116T093000Z"}
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == 5
    assert all(re.fullmatch(r"UID:[0-9]{8}-[a-z0-9-]+@after-the-interview", uid) for uid in uids)


def test_ics_uids_are_stable() -> None:
    first = ics(recommended_timeline(INTERVIEW), STAMP)
    again = ics(recommended_timeline(INTERVIEW), STAMP + dt.timedelta(hours=5))
    assert [line for line in _unfold(first) if line.startswith("UID:")] == [
        line for line in _unfold(again) if line.startswith("UID:")
    ]


def test_ics_folds_long_lines_at_75_octets_and_escapes_text() -> None:
    name = "Café, Straße; «Nachbereitung» \\ " * 8 + "👩🏽‍💻" * 10
    step = Step(INTERVIEW, "Line one\nline two, with; marks", "Ü" * 100, "")
    text = ics([step], STAMP, calendar_name=name)
    physical = text.encode().split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    assert any(line.startswith(b" ") for line in physical)
    assert all(line.decode() for line in physical)  # no fold inside a UTF-8 sequence
    unfolded = _unfold(text)
    escaped = name.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    assert f"X-WR-CALNAME:{escaped}" in unfolded
    assert "SUMMARY:Line one\\nline two\\, with\\; marks" in unfolded
    assert "DESCRIPTION:" + "Ü" * 100 in unfolded
