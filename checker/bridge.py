"""The small surface the browser worker calls through Pyodide.

Every function takes and returns JSON text, so the draft reaches Python only as
a function argument and results cross back as plain data.
"""

from __future__ import annotations

import datetime as dt
import functools
import json

from checker._calendar import ics, plan_steps, recommended_timeline
from checker._engine import check
from checker._input import PlanError, parse_date, plan_from_json
from checker._policy import DEFAULT_POLICY, Policy, PolicyError
from checker._settings import policy_from_document

__all__ = ["check_json", "plan_ics", "timeline_json"]


@functools.lru_cache(maxsize=4)  # the worker passes the same site policy with every check
def _policy(policy_json: str | None) -> Policy:
    return policy_from_document(json.loads(policy_json)) if policy_json else DEFAULT_POLICY


def check_json(plan_json: str, policy_json: str | None = None) -> str:
    """The report ``followup-check --format json`` prints, or ``{"error": message}``."""
    try:
        plan = plan_from_json(plan_json, dt.date.today())
        report = check(plan, _policy(policy_json))
    except (PlanError, PolicyError) as error:
        return json.dumps({"error": str(error)}, ensure_ascii=False)
    return json.dumps(report.to_json(), ensure_ascii=False)


def plan_ics(plan_json: str) -> str:
    """The reader's planned follow-ups and their decision date as an iCalendar file, or ``{"error": message}``."""
    try:
        plan = plan_from_json(plan_json, dt.date.today())
    except PlanError as error:
        return json.dumps({"error": str(error)}, ensure_ascii=False)
    return ics(plan_steps(plan), dt.datetime.now(dt.UTC), decision=plan.decision_date)


def timeline_json(interview_date: str, decision_date: str | None = None, policy_json: str | None = None) -> str:
    """The recommended steps as ``[{"date", "start", "end", "title", "detail", "guide"}]``, or ``{"error": message}``.

    ``date`` is the day a step is due; the step may be done from ``start`` to ``end``, and an
    ``end`` of null means it goes on with no end.
    """
    try:
        interview = parse_date("interview_date", interview_date)
        decision = parse_date("decision_date", decision_date) if decision_date else None
        steps = recommended_timeline(interview, decision, _policy(policy_json))
    except (PlanError, PolicyError) as error:
        return json.dumps({"error": str(error)}, ensure_ascii=False)
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
        ]
    )
