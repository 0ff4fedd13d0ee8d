"""Reading a plan from JSON text, with one clear message for each kind of mistake."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import TypeVar

from checker._model import Channel, FollowUp, Kind, Plan

__all__ = ["MAX_DRAFT_CHARACTERS", "PlanError", "check_draft", "parse_date", "plan_from_json", "plan_from_mapping"]

MAX_DRAFT_CHARACTERS = 50_000
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Years a plan can sensibly hold; also keeps date arithmetic (timeline, calendar) in range.
_YEARS = range(1900, 3000)
_PLAN_KEYS = ("interview_date", "decision_date", "today", "follow_ups")
_FOLLOW_UP_KEYS = ("kind", "date", "channel", "draft")


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
        raise PlanError('a plan must be a JSON object with at least "interview_date"')
    _no_unknown_keys("plan", data, _PLAN_KEYS)
    if "interview_date" not in data:
        raise PlanError("interview_date: missing (the date of your interview, as YYYY-MM-DD)")
    interview = parse_date("interview_date", data["interview_date"])
    decision = data.get("decision_date")
    raw_follow_ups = data.get("follow_ups", [])
    if not isinstance(raw_follow_ups, list):
        raise PlanError("follow_ups: expected a list of follow-ups")
    decision_date = parse_date("decision_date", decision) if decision is not None else None
    if decision_date is not None and decision_date < interview:
        raise PlanError(
            f"decision_date: {decision_date.isoformat()} is before the interview ({interview.isoformat()}); "
            "the decision comes after it"
        )
    return Plan(
        interview_date=interview,
        today=parse_date("today", data["today"]) if data.get("today") is not None else today,
        decision_date=decision_date,
        follow_ups=tuple(_follow_up(f"follow_ups[{i}]", item) for i, item in enumerate(raw_follow_ups)),
    )


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
