"""The plan's schema: rounds with interviewers, the company and role, a recipient per follow-up, and the old form."""

from __future__ import annotations

import datetime as dt

import pytest

from checker import FollowUp, Interview, Kind, Plan, PlanError, plan_from_mapping

TODAY = dt.date(2026, 11, 16)


def test_rounds_are_read_in_date_order_with_their_interviewers() -> None:
    plan = plan_from_mapping(
        {
            "company": "  Lakeside   Logistics ",
            "role": "Data Analyst",
            "interviews": [
                {"date": "2026-11-24", "interviewers": ["Priya Nair"]},
                {"date": "2026-11-16", "interviewers": ["Amina Achieng", " Tom  Berg", ""]},
            ],
            "decision_date": "2026-12-01",
            "follow_ups": [
                {"kind": "thank-you", "date": "2026-11-17", "to": "Amina Achieng", "draft": "..."},
                {"kind": "offer-update", "date": "2026-11-26"},
                {"kind": "withdrawal", "date": "2026-11-30", "to": ""},
            ],
        },
        TODAY,
    )
    assert plan.interviews == (
        Interview(dt.date(2026, 11, 16), ("Amina Achieng", "Tom Berg")),  # spaces tidied, a blank name dropped
        Interview(dt.date(2026, 11, 24), ("Priya Nair",)),
    )
    assert (plan.interview_date, plan.last_interview) == (dt.date(2026, 11, 16), dt.date(2026, 11, 24))
    assert (plan.company, plan.role) == ("Lakeside Logistics", "Data Analyst")
    assert [(f.kind, f.to) for f in plan.follow_ups] == [
        (Kind.THANK_YOU, "Amina Achieng"),
        (Kind.OFFER_UPDATE, None),
        (Kind.WITHDRAWAL, None),
    ]


def test_interview_date_is_one_round_with_no_names() -> None:
    old = plan_from_mapping({"interview_date": "2026-11-16"}, TODAY)
    new = plan_from_mapping({"interviews": [{"date": "2026-11-16"}]}, TODAY)
    assert old == new == Plan(TODAY, TODAY, interviews=(Interview(TODAY),))
    assert old.interviews == (Interview(TODAY, ()),)
    assert (old.company, old.role) == (None, None)


def test_a_follow_up_belongs_to_the_latest_round_on_or_before_its_day() -> None:
    first, second = Interview(dt.date(2026, 11, 16)), Interview(dt.date(2026, 11, 24))
    plan = Plan(first.date, TODAY, interviews=(first, second))
    assert plan.round_of(dt.date(2026, 11, 15)) is None
    assert plan.round_of(dt.date(2026, 11, 16)) == first
    assert plan.round_of(dt.date(2026, 11, 23)) == first
    assert plan.round_of(dt.date(2026, 11, 24)) == second
    assert plan.round_of(dt.date(2027, 1, 1)) == second


def test_news_is_due_after_the_last_round() -> None:
    rounds = (Interview(dt.date(2026, 11, 16)), Interview(dt.date(2026, 11, 24)))
    assert Plan(rounds[0].date, TODAY, interviews=rounds).news_due == dt.date(2026, 11, 24)
    decided = Plan(rounds[0].date, TODAY, dt.date(2026, 12, 1), interviews=rounds)
    assert decided.news_due == dt.date(2026, 12, 1)


def test_a_plan_built_in_python_keeps_its_rounds_in_order() -> None:
    with pytest.raises(ValueError, match="date order"):
        Plan(TODAY, TODAY, interviews=(Interview(TODAY + dt.timedelta(days=3)), Interview(TODAY)))
    with pytest.raises(ValueError, match="first on interview_date"):
        Plan(TODAY, TODAY, interviews=(Interview(TODAY + dt.timedelta(days=1)),))
    assert Plan(TODAY, TODAY, follow_ups=(FollowUp(Kind.WITHDRAWAL, TODAY),)).interviews == (Interview(TODAY),)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"interview_date": "2026-11-16", "interviews": [{"date": "2026-11-16"}]},
            "interview_date and interviews: give one or the other (interviews lists every round; "
            "interview_date is a single interview)",
        ),
        ({"interviews": []}, "interviews: expected a list of rounds, each with a date"),
        ({"interviews": "2026-11-16"}, "interviews: expected a list of rounds, each with a date"),
        ({"interviews": ["2026-11-16"]}, "interviews[0]: expected an object with a date"),
        ({"interviews": [{"interviewers": ["Amina"]}]}, "interviews[0].date: missing"),
        ({"interviews": [{"date": "2026-11-16", "room": 4}]}, 'interviews[0]: unknown field "room"'),
        ({"interviews": [{"date": "16/11/2026"}]}, "interviews[0].date: expected a date as YYYY-MM-DD"),
        (
            {"interviews": [{"date": "2026-11-16", "interviewers": "Amina"}]},
            "interviews[0].interviewers: expected a list of names",
        ),
        (
            {"interviews": [{"date": "2026-11-16", "interviewers": ["Amina", 7]}]},
            "interviews[0].interviewers[1]: expected a name as text",
        ),
        (
            {"interviews": [{"date": "2026-11-16"}, {"date": "2026-11-16"}]},
            "interviews[1].date: 2026-11-16 is the day of interviews[0] too; "
            "list everyone you met that day in one round",
        ),
        (
            {"interviews": [{"date": "2026-11-16"}, {"date": "2026-11-24"}], "decision_date": "2026-11-20"},
            "decision_date: 2026-11-20 is before the last interview (2026-11-24); the decision comes after it",
        ),
        ({"interview_date": "2026-11-16", "company": 3}, "company: expected a name as text"),
        ({"interview_date": "2026-11-16", "role": "x" * 201}, "role: 201 characters is too long for a name"),
        (
            {"interview_date": "2026-11-16", "follow_ups": [{"kind": "thank-you", "date": "2026-11-16", "to": ["A"]}]},
            "follow_ups[0].to: expected a name as text",
        ),
        (
            {"interview_date": "2026-11-16", "follow_ups": [{"kind": "offer", "date": "2026-11-16"}]},
            'follow_ups[0].kind: unknown value "offer" (expected one of: thank-you, check-in, stay-in-touch, '
            "offer-update, withdrawal)",
        ),
    ],
)
def test_each_mistake_gets_one_clear_line(data: dict[str, object], message: str) -> None:
    with pytest.raises(PlanError) as raised:
        plan_from_mapping(data, TODAY)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)
