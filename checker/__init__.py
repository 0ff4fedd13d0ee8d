"""The follow-up checker: rules for what a job seeker sends after an interview.

The core is pure: no files, no network, no clock. It runs the same in CPython
and in Pyodide.
"""

from checker._calendar import Step, ics, plan_steps, plan_timeline, recommended_timeline
from checker._engine import Report, apply_fixes, check
from checker._input import MAX_DRAFT_CHARACTERS, PlanError, plan_from_json, plan_from_mapping
from checker._model import Channel, Finding, Fix, FollowUp, Interview, Kind, Plan, Severity
from checker._policy import DEFAULT_POLICY, Policy, PolicyError
from checker._settings import policy_from_document
from checker._workdays import DEFAULT_WORKING_DAYS, HolidaysError, WorkingDays, working_days_from_json
from checker.rules import RULES, RULES_BY_ID, Rule

__all__ = [
    "DEFAULT_POLICY",
    "DEFAULT_WORKING_DAYS",
    "MAX_DRAFT_CHARACTERS",
    "RULES",
    "RULES_BY_ID",
    "Channel",
    "Finding",
    "Fix",
    "FollowUp",
    "HolidaysError",
    "Interview",
    "Kind",
    "Plan",
    "PlanError",
    "Policy",
    "PolicyError",
    "Report",
    "Rule",
    "Severity",
    "Step",
    "WorkingDays",
    "apply_fixes",
    "check",
    "ics",
    "plan_from_json",
    "plan_from_mapping",
    "plan_steps",
    "plan_timeline",
    "policy_from_document",
    "recommended_timeline",
    "working_days_from_json",
]

__version__ = "0.1.0"
