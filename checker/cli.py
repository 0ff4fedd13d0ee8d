"""``followup-check``: check a follow-up plan or a single draft from the command line.

Exit codes: 0 nothing at or above ``--fail-on``, 1 something is, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from checker import __version__
from checker._calendar import Step, ics, recommended_timeline
from checker._dates import long_date
from checker._engine import apply_fixes, check, fixes_to_apply
from checker._input import PlanError, check_draft, parse_date, plan_from_json, plan_from_mapping
from checker._model import Channel, Interview, Kind, Severity
from checker._policy import DEFAULT_POLICY, Policy, PolicyError
from checker._public_holidays import working_days_for
from checker._render import render_json, render_text
from checker._settings import policy_from_document
from checker.bridge import steps_json
from checker.rules import RULES, RULES_BY_ID

__all__ = ["main"]


class UsageError(Exception):
    """Bad input or usage: one line on stderr, exit 2."""


class _Exit(Exception):
    """argparse is done (``--help``, ``--version``): leave ``main`` with this status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


def _check_parser() -> _Parser:
    parser = _Parser(
        prog="followup-check",
        description="Check a follow-up plan (JSON) or a single draft against the after-interview guide.",
        epilog="Also: followup-check plan --interview DATE[=NAMES] [--interview ...] [--decision DATE] [--ics FILE]",
    )
    parser.add_argument("input", nargs="?", help="plan JSON file, or a draft file with --kind; '-' for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    parser.add_argument("--policy", metavar="FILE", help="policy or office config (TOML, YAML or JSON)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour in text output")
    parser.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    parser.add_argument("--explain", metavar="RULE", help="show a rule's full documentation and exit")
    parser.add_argument("--version", action="version", version=f"followup-check {__version__}")
    draft = parser.add_argument_group("checking a single draft")
    draft.add_argument("--kind", choices=[k.value for k in Kind], help="treat INPUT as the draft of this kind")
    draft.add_argument("--interview", metavar="DATE[=NAMES]", action="append", help=_INTERVIEW_HELP)
    draft.add_argument("--date", metavar="DATE", help="when you plan to send it (default: today)")
    draft.add_argument("--channel", choices=[c.value for c in Channel], default="email")
    draft.add_argument("--to", metavar="NAME", help="the person the note is for")
    draft.add_argument("--company", metavar="NAME", help="the employer")
    draft.add_argument("--role", metavar="TITLE", help="the job")
    draft.add_argument("--decision", metavar="DATE", help="when they said they would decide")
    draft.add_argument("--today", metavar="DATE", help=argparse.SUPPRESS)
    fixing = draft.add_mutually_exclusive_group()
    fixing.add_argument(
        "--fix", action="store_true", help="write the draft back with the safe fixes applied ('-': print it)"
    )
    fixing.add_argument("--diff", action="store_true", help="print the safe fixes as a diff and write nothing")
    return parser


_INTERVIEW_HELP = (
    "interview date (YYYY-MM-DD), with the interviewers' names after '=' if you like "
    "('2026-11-16=Amina Achieng, Tom Berg'); repeat it for each round"
)


def _timeline_parser() -> _Parser:
    parser = _Parser(
        prog="followup-check plan",
        description="Print the recommended follow-up timeline. Proposed days are working days: weekends are "
        "skipped, and the public holidays of the country the policy names (policy.holidays).",
    )
    parser.add_argument("--interview", metavar="DATE[=NAMES]", action="append", required=True, help=_INTERVIEW_HELP)
    parser.add_argument("--decision", metavar="DATE", help="when they said they would decide")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--ics", metavar="FILE", help="also write the timeline as an iCalendar file ('-' for stdout)")
    parser.add_argument("--policy", metavar="FILE", help="policy or office config (TOML, YAML or JSON)")
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    try:
        if args[:1] == ["plan"]:
            return _timeline(_timeline_parser().parse_args(args[1:]), stdout)
        return _check(_check_parser().parse_args(args), stdin, stdout)
    except UsageError as error:
        print(f"followup-check: error: {error}", file=sys.stderr)
        return 2
    except _Exit as done:
        return done.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader closed the pipe (`| head`): stop quietly, and keep Python from failing again at exit
        # when it flushes standard output. 141 is what shells report for a program stopped this way.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _check(options: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    if options.list_rules or options.explain is not None:
        return _rule_docs(options, stdout)
    if options.input is None:
        raise UsageError("give a plan file (or '-' for stdin); see --help")
    policy = _load_policy(options.policy)
    text = _read_text(options.input, stdin)
    today = _date("--today", options.today) if options.today else dt.date.today()
    single_draft = options.kind is not None or options.interview is not None
    if (options.fix or options.diff) and not single_draft:
        raise UsageError("--fix and --diff work on a single draft: give --kind and --interview with it")
    try:
        if single_draft:
            plan = plan_from_mapping(_single_draft_plan(options, text, today), today)
        else:
            plan = plan_from_json(text, today)
    except PlanError as error:
        raise UsageError(f"{options.input}: {error}") from None
    report = check(plan, policy)
    if options.fix or options.diff:
        fixed = apply_fixes(text, report.findings)
        if options.diff:
            before, after = text.splitlines(keepends=True), fixed.splitlines(keepends=True)
            stdout.write("".join(difflib.unified_diff(before, after, options.input, options.input)))
            return 1 if fixed != text else 0
        if options.input == "-":
            stdout.write(fixed)
            return 0
        _write_text(options.input, fixed)
        count = len(fixes_to_apply(report.findings))
        stdout.write(f"Fixed {count} problem{'s' if count != 1 else ''} in {options.input}.\n")
        plan = plan_from_mapping(_single_draft_plan(options, fixed, today), today)
        report = check(plan, policy)
    if options.format == "json":
        stdout.write(render_json(report) + "\n")
    else:
        colour = options.color == "always" or (
            options.color == "auto" and stdout.isatty() and "NO_COLOR" not in os.environ
        )
        stdout.write(render_text(report, plan, options.input, colour))
    worst = report.worst()
    return 1 if worst is not None and worst.rank <= Severity(options.fail_on).rank else 0


def _rule_docs(options: argparse.Namespace, stdout: TextIO) -> int:
    """--list-rules and --explain, with the severities of the policy in force."""
    if options.list_rules:
        policy = _load_policy(options.policy)  # the severities in force, as --explain gives them
        width = max(len(rule.id) for rule in RULES)
        for rule in RULES:
            severity = policy.severity(rule.id, rule.severity)
            shown = severity.value if severity is not None else "off"
            stdout.write(f"{rule.id:<{width}}  {shown:<10}  {rule.summary}\n")
        return 0
    explained = RULES_BY_ID.get(options.explain)
    if explained is None:
        raise UsageError(f"unknown rule {options.explain!r} (see --list-rules)")
    policy = _load_policy(options.policy)
    severity = policy.severity(explained.id, explained.severity)
    shown = severity.value if severity is not None else f"off under policy {policy.name}"
    doc = policy.fill(explained.doc.strip())
    stdout.write(f"# {explained.id} ({shown})\n\n{doc}\n\n## Guide\n{explained.guide}\n")
    return 0


def _single_draft_plan(options: argparse.Namespace, draft: str, today: dt.date) -> dict[str, object]:
    """The plan for one draft given on the command line; mistakes name the flag, not a JSON field."""
    if options.kind is None or options.interview is None:
        raise UsageError("checking a single draft needs both --kind and --interview")
    rounds = _rounds(options.interview)
    try:
        check_draft(options.input, draft)
    except PlanError as error:
        raise UsageError(str(error)) from None
    plan: dict[str, object] = {
        "company": options.company,
        "role": options.role,
        "interviews": [
            {"date": interview.date.isoformat(), "interviewers": list(interview.interviewers)} for interview in rounds
        ],
        "today": today.isoformat(),
        "follow_ups": [
            {
                "kind": options.kind,
                "date": _date("--date", options.date).isoformat() if options.date else today.isoformat(),
                "channel": options.channel,
                "to": options.to,
                "draft": draft,
            }
        ],
    }
    if options.decision:
        plan["decision_date"] = _decision(options.decision, rounds).isoformat()
    return plan


def _rounds(values: list[str]) -> tuple[Interview, ...]:
    """Each ``--interview DATE[=NAME, NAME]``, in date order; a day given twice is a mistake."""
    rounds: dict[dt.date, Interview] = {}
    for value in values:
        day, _, names = value.partition("=")
        date = _date("--interview", day.strip())
        if date in rounds:
            raise UsageError(
                f"--interview: {date.isoformat()} is given twice; put everyone you met that day after one '='"
            )
        rounds[date] = Interview(date, tuple(name for name in (n.strip() for n in names.split(",")) if name))
    return tuple(sorted(rounds.values(), key=lambda interview: interview.date))


def _decision(value: str, rounds: tuple[Interview, ...]) -> dt.date:
    decision = _date("--decision", value)
    if decision < rounds[-1].date:
        which = "the interview" if len(rounds) == 1 else "the last interview"
        raise UsageError(f"--decision: the decision date is before {which}")
    return decision


def _timeline(options: argparse.Namespace, stdout: TextIO) -> int:
    policy = _load_policy(options.policy)
    rounds = _rounds(options.interview)
    decision = _decision(options.decision, rounds) if options.decision else None
    # Every year the timeline can reach: the waits, after the last round or the decision date.
    reach = max(rounds[-1].date, decision or rounds[-1].date) + dt.timedelta(
        days=policy.check_in_after_days + policy.silence_after_days + 60
    )
    try:
        working_days = working_days_for(policy, range(rounds[0].date.year, reach.year + 1))
    except PolicyError as error:
        raise UsageError(f"{options.policy}: {error}") from None
    steps = recommended_timeline(rounds, decision, policy, working_days)
    calendar = ics(steps, dt.datetime.now(dt.UTC), decision=decision) if options.ics else ""
    if options.ics == "-":
        stdout.write(calendar)
        return 0
    if options.ics:
        # Write the file first: a failure then leaves nothing half-printed.
        try:
            Path(options.ics).write_text(calendar, encoding="utf-8", newline="")
        except OSError as error:
            raise UsageError(f"{options.ics}: cannot write ({error.strerror})") from None
    if options.format == "json":
        stdout.write(steps_json(steps) + "\n")
    else:
        for step in steps:
            stdout.write(f"{_days(step)}  {step.title}\n  {step.detail}\n")
    if options.ics and options.format == "text":
        stdout.write(f"Calendar written to {options.ics}\n")
    return 0


def _days(step: Step) -> str:
    """When to do a step, as the widget's timeline draws it: one day, a span of days, or from a day on."""
    if step.ongoing:
        return f"From {long_date(step.date)}"
    if step.first_day != step.date:
        return f"{long_date(step.first_day)} to {long_date(step.date)}"
    return long_date(step.date)


def _date(flag: str, value: str) -> dt.date:
    try:
        return parse_date(flag, value)
    except PlanError as error:
        raise UsageError(str(error)) from None


def _read_text(name: str, stdin: TextIO) -> str:
    try:
        if name == "-":
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
        else:
            data = Path(name).read_bytes()
    except OSError as error:
        raise UsageError(f"{name}: cannot read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{name}: not UTF-8 text (bad byte at position {error.start})") from None


def _write_text(name: str, text: str) -> None:
    try:
        Path(name).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{name}: cannot write ({error.strerror})") from None


def _load_policy(name: str | None) -> Policy:
    if name is None:
        return DEFAULT_POLICY
    text = _read_text(name, sys.stdin)
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".toml":
            data: object = tomllib.loads(text)
        elif suffix in (".yml", ".yaml"):
            data = _yaml(name, text)
        elif suffix == ".json":
            data = json.loads(text)
        else:
            raise UsageError(f"{name}: policy files end in .toml, .yml, .yaml or .json")
        return policy_from_document(data)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"{name}: {error}") from None
    except PolicyError as error:
        raise UsageError(f"{name}: {error}") from None


def _yaml(name: str, text: str) -> object:
    try:
        import yaml  # noqa: PLC0415  # optional: only YAML policies need it
    except ImportError:
        raise UsageError(
            f"{name}: reading YAML needs PyYAML (pip install PyYAML), or give the policy as .toml or .json"
        ) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise UsageError(f"{name}: invalid YAML ({' '.join(str(error).split())})") from None
