"""The small surface the browser worker calls through Pyodide.

Every function takes and returns JSON text, so the draft reaches Python only as
a function argument and results cross back as plain data. The public holidays
arrive the same way: the site's ``holidays.json``, made at build time.
"""

from __future__ import annotations

import datetime as dt
import functools
import json

from checker._calendar import Step, ics, plan_steps, plan_timeline, recommended_timeline
from checker._engine import check
from checker._input import PlanError, parse_date, plan_from_json
from checker._policy import DEFAULT_POLICY, Policy, PolicyError
from checker._settings import policy_from_document
from checker._text import markdown_parser
from checker._workdays import DEFAULT_WORKING_DAYS, HolidaysError, WorkingDays, working_days_from_json
from checker.rules._phrases import compile_all

__all__ = ["check_json", "plan_ics", "plan_timeline_json", "prepare", "steps_json", "timeline_json", "warm_up"]


@functools.lru_cache(maxsize=4)  # the worker passes the same site policy with every check
def _policy(policy_json: str | None) -> Policy:
    return policy_from_document(json.loads(policy_json)) if policy_json else DEFAULT_POLICY


@functools.lru_cache(maxsize=4)  # and the same holidays with every timeline
def _working_days(holidays_json: str | None) -> WorkingDays:
    return working_days_from_json(holidays_json) if holidays_json else DEFAULT_WORKING_DAYS


def _error(error: Exception) -> str:
    return json.dumps({"error": str(error)}, ensure_ascii=False)


def prepare() -> None:
    """Import what a check needs and ``import checker`` defers (the Markdown parser), as the worker does before it says
    Ready: a site whose standard library lacks a module of it fails at once, naming the module, and not at the
    reader's first check."""
    markdown_parser()


def check_json(plan_json: str, policy_json: str | None = None) -> str:
    """The report ``followup-check --format json`` prints, or ``{"error": message}``."""
    try:
        plan = plan_from_json(plan_json, dt.date.today())
        report = check(plan, _policy(policy_json))
    except (PlanError, PolicyError) as error:
        return _error(error)
    return json.dumps(report.to_json(), ensure_ascii=False)


def warm_up(seconds: float | None = None) -> int:
    """Compile the patterns of the rules that no check has needed yet, so that each check runs as fast as the next:
    for about ``seconds`` (all when None), and say how many are left."""
    return compile_all(seconds)


def plan_ics(plan_json: str) -> str:
    """The reader's interviews, planned follow-ups and decision date as an iCalendar file, or ``{"error": message}``."""
    try:
        plan = plan_from_json(plan_json, dt.date.today())
    except PlanError as error:
        return _error(error)
    return ics(plan_steps(plan), dt.datetime.now(dt.UTC), decision=plan.decision_date)


def timeline_json(
    interview_date: str,
    decision_date: str | None = None,
    policy_json: str | None = None,
    holidays_json: str | None = None,
) -> str:
    """The recommended steps for one interview as :func:`steps_json` writes them, or ``{"error": message}``."""
    try:
        interview = parse_date("interview_date", interview_date)
        decision = parse_date("decision_date", decision_date) if decision_date else None
        steps = recommended_timeline(interview, decision, _policy(policy_json), _working_days(holidays_json))
    except (PlanError, PolicyError, HolidaysError) as error:
        return _error(error)
    return steps_json(steps)


def plan_timeline_json(plan_json: str, policy_json: str | None = None, holidays_json: str | None = None) -> str:
    """The recommended steps for a whole plan (every round), as :func:`steps_json` writes them, or an error."""
    try:
        plan = plan_from_json(plan_json, dt.date.today())
        steps = plan_timeline(plan, _policy(policy_json), _working_days(holidays_json))
    except (PlanError, PolicyError, HolidaysError) as error:
        return _error(error)
    return steps_json(steps)


def steps_json(steps: tuple[Step, ...]) -> str:
    """``[{"date", "start", "end", "title", "detail", "guide"}]``, what ``followup-check plan --format json`` prints.

    ``date`` is the day a step is due; the step may be done from ``start`` to ``end``, and an
    ``end`` of null means it goes on with no end.
    """
    return json.dumps(
        [
            {
                "date": s.date.isoformat(),
                "start": s.first_day.isoformat(),
                "end": None if s.ongoing else s.date.isoformat(),
                "title": s.title,
                "detail": s.detail,
                "guide": s.guide,
            }
            for s in steps
        ],
        ensure_ascii=False,
    )
