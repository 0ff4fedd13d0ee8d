"""Reading a plan from JSON text, with one clear message for each kind of mistake."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import TypeVar

from checker._model import Channel, FollowUp, Interview, Kind, Plan

__all__ = ["MAX_DRAFT_CHARACTERS", "PlanError", "check_draft", "parse_date", "plan_from_json", "plan_from_mapping"]

MAX_DRAFT_CHARACTERS = 50_000
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Years a plan can sensibly hold; also keeps date arithmetic (timeline, calendar) in range.
_YEARS = range(1900, 3000)
_PLAN_KEYS = ("company", "role", "interview_date", "interviews", "decision_date", "today", "follow_ups")
_ROUND_KEYS = ("date", "interviewers")
_FOLLOW_UP_KEYS = ("kind", "date", "channel", "to", "draft")
# Long enough for any real name of a person, a company or a job; a paste of a whole note is not one.
MAX_NAME_CHARACTERS = 200


_Choice = TypeVar("_Choice", Kind, Channel)


class PlanError(ValueError):
    """A plan that cannot be checked; the message names the field."""


def parse_date(where: str, value: object) -> dt.date:
    """An ISO date (YYYY-MM-DD) that exists on the calendar."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise PlanError(f"{where}: expected a date as YYYY-MM-DD, got {json.dumps(value, ensure_ascii=False)}")
    try:
        date = dt.date.fromisoformat(value)
    except ValueError as error:
        raise PlanError(f"{where}: {value} is not a real date ({error})") from None
    if date.year not in _YEARS:
        raise PlanError(f"{where}: {value} is out of range (years {_YEARS.start} to {_YEARS.stop - 1})")
    return date


def check_draft(where: str, draft: object) -> str:
    """A draft the checker can take: text of at most ``MAX_DRAFT_CHARACTERS``."""
    if not isinstance(draft, str):
        raise PlanError(f"{where}: expected text")
    if len(draft) > MAX_DRAFT_CHARACTERS:
        raise PlanError(
            f"{where}: {len(draft):,} characters is too long for a follow-up (the limit is {MAX_DRAFT_CHARACTERS:,})"
        )
    return draft


def plan_from_json(text: str, today: dt.date) -> Plan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PlanError(f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise PlanError("invalid JSON: nested too deeply") from None
    return plan_from_mapping(data, today)


def plan_from_mapping(data: object, today: dt.date) -> Plan:
    """Validate parsed JSON; ``today`` is used when the plan gives none."""
    if not isinstance(data, Mapping):
        raise PlanError('a plan must be a JSON object with at least "interview_date" (or "interviews")')
    _no_unknown_keys("plan", data, _PLAN_KEYS)
    interviews = _interviews(data)
    decision = data.get("decision_date")
    raw_follow_ups = data.get("follow_ups", [])
    if not isinstance(raw_follow_ups, list):
        raise PlanError("follow_ups: expected a list of follow-ups")
    decision_date = parse_date("decision_date", decision) if decision is not None else None
    last = interviews[-1].date
    if decision_date is not None and decision_date < last:
        which = "the interview" if len(interviews) == 1 else "the last interview"
        raise PlanError(
            f"decision_date: {decision_date.isoformat()} is before {which} ({last.isoformat()}); "
            "the decision comes after it"
        )
    return Plan(
        interview_date=interviews[0].date,
        today=parse_date("today", data["today"]) if data.get("today") is not None else today,
        decision_date=decision_date,
        follow_ups=tuple(_follow_up(f"follow_ups[{i}]", item) for i, item in enumerate(raw_follow_ups)),
        interviews=interviews,
        company=_name("company", data.get("company")),
        role=_name("role", data.get("role")),
    )


def _interviews(data: Mapping[str, object]) -> tuple[Interview, ...]:
    """The rounds, in date order: ``interviews`` as given, or one round on ``interview_date``."""
    if "interview_date" in data and "interviews" in data:
        raise PlanError(
            "interview_date and interviews: give one or the other "
            "(interviews lists every round; interview_date is a single interview)"
        )
    if "interviews" not in data:
        if "interview_date" not in data:
            raise PlanError("interview_date: missing (the date of your interview, as YYYY-MM-DD)")
        return (Interview(parse_date("interview_date", data["interview_date"])),)
    raw = data["interviews"]
    if not isinstance(raw, list) or not raw:
        raise PlanError("interviews: expected a list of rounds, each with a date")
    rounds = [_round(f"interviews[{i}]", item) for i, item in enumerate(raw)]
    by_date: dict[dt.date, int] = {}
    for index, interview in enumerate(rounds):
        if interview.date in by_date:
            raise PlanError(
                f"interviews[{index}].date: {interview.date.isoformat()} is the day of "
                f"interviews[{by_date[interview.date]}] too; list everyone you met that day in one round"
            )
        by_date[interview.date] = index
    return tuple(sorted(rounds, key=lambda interview: interview.date))


def _round(where: str, data: object) -> Interview:
    if not isinstance(data, Mapping):
        raise PlanError(f"{where}: expected an object with a date")
    _no_unknown_keys(where, data, _ROUND_KEYS)
    if "date" not in data:
        raise PlanError(f"{where}.date: missing (the day of this interview, as YYYY-MM-DD)")
    raw = data.get("interviewers", [])
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise PlanError(f"{where}.interviewers: expected a list of names")
    names = (_name(f"{where}.interviewers[{i}]", name) for i, name in enumerate(raw))
    return Interview(parse_date(f"{where}.date", data["date"]), tuple(name for name in names if name is not None))


def _name(where: str, value: object) -> str | None:
    """A name as written, trimmed; a blank one is the same as none (a form's empty field)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise PlanError(f"{where}: expected a name as text")
    name = " ".join(value.split())
    if len(name) > MAX_NAME_CHARACTERS:
        raise PlanError(
            f"{where}: {len(name):,} characters is too long for a name (the limit is {MAX_NAME_CHARACTERS})"
        )
    return name or None


def _follow_up(where: str, data: object) -> FollowUp:
    if not isinstance(data, Mapping):
        raise PlanError(f"{where}: expected an object with kind and date")
    _no_unknown_keys(where, data, _FOLLOW_UP_KEYS)
    for key in ("kind", "date"):
        if key not in data:
            raise PlanError(f"{where}.{key}: missing")
    draft = check_draft(f"{where}.draft", data["draft"]) if data.get("draft") is not None else None
    return FollowUp(
        kind=_choice(f"{where}.kind", data["kind"], Kind),
        date=parse_date(f"{where}.date", data["date"]),
        channel=_choice(f"{where}.channel", data.get("channel", "email"), Channel),
        draft=draft,
        to=_name(f"{where}.to", data.get("to")),
    )


def _choice(where: str, value: object, choices: type[_Choice]) -> _Choice:
    for choice in choices:
        if choice.value == value:
            return choice
    allowed = ", ".join(choice.value for choice in choices)
    raise PlanError(f"{where}: unknown value {json.dumps(value, ensure_ascii=False)} (expected one of: {allowed})")


def _no_unknown_keys(where: str, data: Mapping[str, object], known: tuple[str, ...]) -> None:
    for key in data:
        if key not in known:
            raise PlanError(f"{where}: unknown field {json.dumps(key, ensure_ascii=False)} (known: {', '.join(known)})")
