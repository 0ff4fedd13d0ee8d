"""``followup-check``: output, exit codes, quick mode, the timeline, policies, and one clear line for bad input."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from checker import RULES, PolicyError, Severity, check, plan_from_json, policy_from_document
from checker._public_holidays import working_days_for
from checker.bridge import plan_timeline_json
from checker.cli import main
from tests.conftest import OFFICE

if TYPE_CHECKING:
    from office import OfficeConfig

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-17"

THANK_YOU_DRAFT = "Hey [Name],\n\nthx for the interview!! I'm the best candidate.\n\nAmina"
PLAN = {
    "interview_date": "2026-11-16",
    "today": TODAY,
    "follow_ups": [
        {"kind": "thank-you", "date": "2026-11-19", "channel": "email", "draft": THANK_YOU_DRAFT},
        {"kind": "check-in", "date": "2026-11-18", "channel": "phone"},
    ],
}
GOOD_DRAFT = """Dear Ms. Achieng,

Thank you for meeting me today about the analyst role. I am even more interested in joining the team.

Kind regards,
Amina Yusuf
"""


def _write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _plan_file(directory: Path, plan: object = PLAN, name: str = "plan.json") -> Path:
    return _write(directory, name, json.dumps(plan))


def _run(*args: str | Path, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    status = main([str(arg) for arg in args], stdin=io.StringIO(stdin), stdout=out)
    return status, out.getvalue()


def _good_plan(**changes: object) -> dict[str, object]:
    plan: dict[str, object] = {
        "interview_date": "2026-11-16",
        "decision_date": "2026-11-27",
        "today": TODAY,
        "follow_ups": [{"kind": "thank-you", "date": "2026-11-16", "draft": GOOD_DRAFT}],
    }
    plan.update(changes)
    return plan


def test_text_output_names_place_severity_rule_and_quotes_the_draft(tmp_path: Path) -> None:
    status, out = _run(_plan_file(tmp_path), "--today", TODAY)
    assert status == 1  # the placeholder is an error
    name = str(tmp_path / "plan.json")
    assert f"{name}:plan: suggestion [ask-timeframe] You do not know when the employer expects to decide." in out
    assert (
        f"{name}:follow-up 1 (thank-you, 2026-11-19):1:5: error [placeholder] Unfilled template slot: [Name]\n"
        "  1 | Hey [Name],\n"
        "    |     ^^^^^^\n"
        "  = Replace it with the real name, role or detail before you send the note.\n"
        "  = guide: templates/#fill-in-every-blank\n"
    ) in out
    assert '3:22: warning [unprofessional-tone] Repeated punctuation: "!!".' in out
    assert '1:1: suggestion [no-greeting] The note opens with a casual greeting: "Hey".' in out
    assert "  = guide: templates/#greeting-and-sign-off\n" in out
    assert f"{name}:follow-up 2 (check-in, 2026-11-18): warning [phone-follow-up]" in out
    assert "[check-in-channel]" not in out  # a call is phone-follow-up's, never marked twice
    assert out.rstrip().endswith("Found 1 error, 6 warnings and 4 suggestions (policy: default).")
    assert "\x1b[" not in out


def test_json_output_is_the_report(tmp_path: Path) -> None:
    status, out = _run(_plan_file(tmp_path), "--format", "json")
    data = json.loads(out)
    assert data == check(plan_from_json(json.dumps(PLAN), dt.date(2000, 1, 1))).to_json()
    assert status == 1
    assert set(data) == {"findings", "summary"}
    assert data["summary"] == {"errors": 1, "warnings": 6, "suggestions": 4, "total": 11, "policy": "default"}
    for finding in data["findings"]:
        assert set(finding) - {"fix"} == {"rule", "severity", "message", "suggestion", "follow_up", "span", "guide"}
    placeholder = next(f for f in data["findings"] if f["rule"] == "placeholder")
    start, end = placeholder["span"]
    assert THANK_YOU_DRAFT[start:end] == "[Name]"
    assert "fix" not in placeholder  # nobody but the writer knows the name
    fixes = {THANK_YOU_DRAFT[slice(*f["fix"]["span"])]: f["fix"]["replacement"] for f in data["findings"] if "fix" in f}
    assert fixes == {"Hey": "Dear", "thx": "Thanks", "!!": "!"}


_FIXABLE_DRAFT = "Hey Sam,\n\nThx so much for the interview!!! I am very keen on the role.\n\nKind regards,\nAmina\n"
_FIXED_DRAFT = "Dear Sam,\n\nThanks so much for the interview! I am very keen on the role.\n\nKind regards,\nAmina\n"
_ONE_DRAFT = ("--kind", "thank-you", "--interview", "2026-11-16", "--date", "2026-11-16", "--today", "2026-11-16")


def test_fix_writes_the_draft_back_and_reports_what_is_left(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(_FIXABLE_DRAFT, encoding="utf-8")
    status, out = _run(draft, *_ONE_DRAFT, "--fix")
    assert draft.read_text(encoding="utf-8") == _FIXED_DRAFT
    assert out.startswith(f"Fixed 3 problems in {draft}.")
    assert "unprofessional-tone" not in out
    assert "no-greeting" not in out
    assert status == 0


def test_fix_on_stdin_prints_the_fixed_draft() -> None:
    status, out = _run("-", *_ONE_DRAFT, "--fix", stdin=_FIXABLE_DRAFT)
    assert (status, out) == (0, _FIXED_DRAFT)


def test_diff_prints_the_change_and_writes_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(_FIXABLE_DRAFT, encoding="utf-8")
    status, out = _run(draft, *_ONE_DRAFT, "--diff")
    assert draft.read_text(encoding="utf-8") == _FIXABLE_DRAFT
    assert "-Hey Sam,\n+Dear Sam,\n" in out
    assert "+Thanks so much for the interview! I am very keen on the role.\n" in out
    assert status == 1
    assert _run(draft, *_ONE_DRAFT, "--diff", stdin="") == (1, out)


def test_diff_of_a_clean_draft_is_empty(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(_FIXED_DRAFT, encoding="utf-8")
    assert _run(draft, *_ONE_DRAFT, "--diff") == (0, "")


def test_fix_needs_a_single_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(_plan_file(tmp_path), "--fix")[0] == 2
    assert capsys.readouterr().err == (
        "followup-check: error: --fix and --diff work on a single draft: give --kind and --interview with it\n"
    )


@pytest.mark.parametrize(
    ("plan", "fail_on", "status"),
    [
        (_good_plan(), "error", 0),
        (_good_plan(), "suggestion", 0),
        (_good_plan(decision_date=None), "error", 0),  # ask-timeframe is only a suggestion
        (_good_plan(decision_date=None), "warning", 0),
        (_good_plan(decision_date=None), "suggestion", 1),
        (_good_plan(follow_ups=[{"kind": "thank-you", "date": "2026-11-20"}]), "error", 0),  # late: a warning
        (_good_plan(follow_ups=[{"kind": "thank-you", "date": "2026-11-20"}]), "warning", 1),
        (_good_plan(follow_ups=[{"kind": "thank-you", "date": "2026-11-10"}]), "error", 1),  # before: an error
    ],
)
def test_exit_status_follows_fail_on(tmp_path: Path, plan: dict[str, object], fail_on: str, status: int) -> None:
    assert _run(_plan_file(tmp_path, plan), "--fail-on", fail_on)[0] == status


def test_a_clean_plan_says_so(tmp_path: Path) -> None:
    status, out = _run(_plan_file(tmp_path, _good_plan()))
    assert (status, out) == (0, "No problems found (policy: default).\n")


def test_plan_from_stdin(tmp_path: Path) -> None:
    status, out = _run("-", "--format", "json", stdin=json.dumps(_good_plan(decision_date=None)))
    assert status == 0
    assert [finding["rule"] for finding in json.loads(out)["findings"]] == ["ask-timeframe"]


def test_colour_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    plan = _plan_file(tmp_path)
    assert "\x1b[31merror\x1b[0m" in _run(plan, "--color", "always")[1]
    assert "\x1b[" not in _run(plan, "--color", "never")[1]
    assert "\x1b[" not in _run(plan, "--color", "auto")[1]  # a StringIO is not a terminal


def test_list_rules() -> None:
    status, out = _run("--list-rules")
    lines = out.splitlines()
    assert status == 0
    assert [line.split()[0] for line in lines] == [rule.id for rule in RULES]
    pressure = [rule.id for rule in RULES].index("pressure")
    assert re.fullmatch(r"pressure +warning +Demands, deadlines, urgency or guilt in a note\.", lines[pressure])


def test_list_rules_gives_the_severities_of_the_policy(tmp_path: Path) -> None:
    office = _write(tmp_path, "office.yml", "policy:\n  rules:\n    phone-follow-up: off\n    pressure: error\n")
    status, out = _run("--list-rules", "--policy", office)
    severities = {line.split()[0]: line.split()[1] for line in out.splitlines()}
    assert status == 0
    assert (severities["phone-follow-up"], severities["pressure"]) == ("off", "error")
    defaults = {line.split()[0]: line.split()[1] for line in _run("--list-rules")[1].splitlines()}
    assert {rule: value for rule, value in severities.items() if defaults[rule] != value} == {
        "phone-follow-up": "off",
        "pressure": "error",
    }


def test_a_yaml_policy_without_pyyaml_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # `import yaml` fails, as where PyYAML is not installed
    office = _write(tmp_path, "office.yml", "policy: {}\n")
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["--list-rules", "--policy", str(office)], stdout=io.StringIO()) == 2
    assert stderr.getvalue() == (
        f"followup-check: error: {office}: reading YAML needs PyYAML (pip install PyYAML),"
        " or give the policy as .toml or .json\n"
    )


def test_holidays_without_their_package_say_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "holidays", None)  # `import holidays` fails, as where it is not installed
    policy = policy_from_document({"policy": {"holidays": {"country": "GB"}}})
    with pytest.raises(PolicyError) as raised:
        working_days_for(policy, range(2026, 2027))
    assert (
        str(raised.value)
        == "policy.holidays: skipping public holidays needs the holidays package (pip install holidays)"
    )


def test_explain_prints_the_rules_documentation() -> None:
    status, out = _run("--explain", "pressure")
    assert status == 0
    assert out.startswith("# pressure (warning)\n\nDemands, deadlines, urgency or guilt in a note.\n")
    for heading in ("## What it checks", "## Why it matters", "## Example", "## Better"):
        assert f"\n{heading}\n" in out
    assert out.endswith("## Guide\nwaiting/#no-pressure\n")


def test_quick_mode_checks_one_draft(tmp_path: Path) -> None:
    draft = _write(
        tmp_path, "draft.md", "Hi Sam,\n\nThanks for today, I'm keen to join. Let me know ASAP.\n\nBest,\nAmina\n"
    )
    status, out = _run(
        draft, "--kind", "thank-you", "--interview", "2026-11-16", "--date", "2026-11-17", "--format", "json"
    )
    findings = json.loads(out)["findings"]
    assert status == 0
    assert [(f["rule"], f["follow_up"]) for f in findings] == [("ask-timeframe", None), ("pressure", 0)]
    start, end = findings[1]["span"]
    assert draft.read_text(encoding="utf-8")[start:end] == "ASAP"


def test_quick_mode_with_decision_date_and_channel(tmp_path: Path) -> None:
    draft = _write(tmp_path, "check-in.txt", GOOD_DRAFT)
    status, out = _run(
        draft,
        "--kind=check-in",
        "--interview=2026-11-16",
        "--decision=2026-11-27",
        "--date=2026-11-20",
        "--channel=phone",
        "--today=2026-11-20",
    )
    assert status == 0
    assert (
        "warning [check-in-too-soon] This check-in is planned on or before Fri 27 Nov 2026, "
        "the day the employer said they would decide.\n"
    ) in out
    assert "warning [phone-follow-up] This check-in is planned by phone.\n" in out
    assert "ask-timeframe" not in out


def test_timeline(tmp_path: Path) -> None:
    status, out = _run("plan", "--interview", "2026-11-16", "--decision", "2026-11-27")
    assert status == 0
    assert out.splitlines()[::2] == [
        "Mon 16 Nov 2026  Review your interview",
        "Mon 16 Nov 2026 to Tue 17 Nov 2026  Send your thank-you email",  # as the widget's timeline draws it
        "Mon 30 Nov 2026  One check-in by email",  # the day after their date is a Saturday
        "Fri 18 Dec 2026  One last brief note",  # three weeks after their date
        "From Mon 28 Dec 2026  Move on",  # not Christmas Day
    ]
    _, out = _run("plan", "--interview", "2026-11-16")
    assert out.splitlines()[-4::2] == ["Mon 7 Dec 2026  One last brief note", "From Mon 14 Dec 2026  Move on"]


def test_timeline_as_an_ics_file(tmp_path: Path) -> None:
    target = tmp_path / "timeline.ics"
    status, out = _run("plan", "--interview", "2026-11-16", "--decision", "2026-11-27", "--ics", target)
    assert status == 0
    assert out.endswith(f"Calendar written to {target}\n")
    data = target.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")  # every line ends in CRLF
    physical = data.split(b"\r\n")
    assert physical[-1] == b""
    assert max(len(line) for line in physical) <= 75
    lines = data.decode().replace("\r\n ", "").split("\r\n")[:-1]
    assert (lines[0], lines[-1]) == ("BEGIN:VCALENDAR", "END:VCALENDAR")
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 6
    assert [line for line in lines if line.startswith("DTSTART")] == [
        f"DTSTART;VALUE=DATE:{day}" for day in ("20261116", "20261116", "20261130", "20261218", "20261228", "20261127")
    ]
    # A reminder for each step but the review (on the interview day itself) and their decision day.
    assert lines.count("TRIGGER:-PT15H") == 4
    assert "SUMMARY:They said they would decide by today" in lines


def test_timeline_ics_to_stdout_and_with_a_policy(tmp_path: Path) -> None:
    policy = _write(tmp_path, "policy.toml", "check_in_after_days = 10\nsilence_after_days = 28\n")
    status, out = _run("plan", "--interview", "2026-11-16", "--ics", "-", "--policy", policy)
    assert status == 0
    assert out.startswith("BEGIN:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20261126\r\n" in out  # the check-in after ten days
    assert "DTSTART;VALUE=DATE:20261214\r\n" in out  # the last note after four weeks
    assert "decide by today" not in out  # no decision date given


def test_timeline_for_several_rounds_with_the_offices_holidays(tmp_path: Path) -> None:
    office = _write(tmp_path, "office.yml", "policy:\n  holidays:\n    country: GB\n    region: ENG\n")
    status, out = _run(
        "plan",
        "--interview",
        "2026-11-24=Priya Nair",
        "--interview",
        "2026-11-16=Amina Achieng, Tom Berg",
        "--decision",
        "2026-12-01",
        "--policy",
        office,
        "--format",
        "json",
    )
    assert status == 0
    steps = json.loads(out)
    assert [(step["start"], step["end"], step["title"]) for step in steps] == [
        ("2026-11-16", "2026-11-16", "Review your first interview"),
        ("2026-11-16", "2026-11-17", "Send your thank-you email for your first interview"),
        ("2026-11-24", "2026-11-24", "Review your second interview"),
        ("2026-11-24", "2026-11-25", "Send your thank-you email for your second interview"),
        ("2026-12-02", "2026-12-02", "One check-in by email"),
        ("2026-12-22", "2026-12-22", "One last brief note"),
        ("2026-12-29", None, "Move on"),  # past Christmas, Boxing Day and the Monday it is kept on
    ]
    assert "Write to Amina Achieng and Tom Berg" in steps[1]["detail"]
    # The browser's bridge answers the same for the same plan, policy and holidays.
    plan = {
        "interviews": [
            {"date": "2026-11-16", "interviewers": ["Amina Achieng", "Tom Berg"]},
            {"date": "2026-11-24", "interviewers": ["Priya Nair"]},
        ],
        "decision_date": "2026-12-01",
    }
    policy = policy_from_document({"policy": {"holidays": {"country": "GB", "region": "ENG"}}})
    holidays = json.dumps(working_days_for(policy, range(2026, 2028)).to_json())
    assert json.loads(plan_timeline_json(json.dumps(plan), json.dumps(policy.to_json()), holidays)) == steps


def test_quick_mode_knows_the_rounds_the_names_the_company_and_the_role(tmp_path: Path) -> None:
    draft = _write(tmp_path, "draft.md", "Dear Ms. Achieng,\n\nThank you for today.\n\nKind regards,\nSam\n")
    common = ("--kind", "thank-you", "--date", "2026-11-24", "--today", "2026-11-24", "--format", "json")
    rounds = ("--interview", "2026-11-16=Amina Achieng", "--interview", "2026-11-24=Priya Nair")
    status, out = _run(draft, *common, *rounds)
    assert status == 1  # an error: the second round's note greets the first round's interviewer
    assert [f["rule"] for f in json.loads(out)["findings"] if f["severity"] == "error"] == ["wrong-name"]
    status, out = _run(draft, *common, *rounds, "--to", "Amina Achieng", "--company", "Lakeside", "--role", "Analyst")
    assert status == 0
    assert "wrong-name" not in out


PHONE_PLAN = {
    "interview_date": "2026-11-16",
    "decision_date": "2026-11-27",
    "today": TODAY,
    "follow_ups": [
        {"kind": "thank-you", "date": "2026-11-16", "draft": GOOD_DRAFT},
        {"kind": "check-in", "date": "2026-11-28", "channel": "phone"},
    ],
}


def test_yaml_office_file_switches_a_rule_off_in_one_line(tmp_path: Path) -> None:
    office = _write(
        tmp_path,
        "office.yml",
        "office:\n  name: Northfield Careers Service\npolicy:\n  rules:\n    phone-follow-up: off\n",
    )
    plan = _plan_file(tmp_path, PHONE_PLAN)
    assert "[phone-follow-up]" in _run(plan)[1]
    status, out = _run(plan, "--policy", office)
    assert (status, out) == (0, "No problems found (policy: Northfield Careers Service).\n")


def test_the_projects_own_office_file_is_a_valid_policy(tmp_path: Path, office_config: OfficeConfig) -> None:
    # Whatever the office has put in office.yml, the CLI applies the policy the site is built with.
    plan = _plan_file(tmp_path, _good_plan())
    status, out = _run(plan, "--policy", OFFICE, "--format", "json")
    expected = check(plan_from_json(plan.read_text(encoding="utf-8"), dt.date(2000, 1, 1)), office_config.policy)
    assert status == (1 if any(f.severity is Severity.ERROR for f in expected.findings) else 0)
    assert json.loads(out) == expected.to_json()
    assert json.loads(out)["summary"]["policy"] == office_config.policy.name


def test_toml_policy(tmp_path: Path) -> None:
    policy = _write(
        tmp_path,
        "strict.toml",
        'name = "Strict office"\nthank_you_within_days = 0\n\n[rules]\nphone-follow-up = "error"\n',
    )
    status, out = _run(_plan_file(tmp_path, PHONE_PLAN), "--policy", policy)
    assert status == 1
    assert "error [phone-follow-up]" in out
    assert out.rstrip().endswith("Found 1 error (policy: Strict office).")


def test_json_policy(tmp_path: Path) -> None:
    policy = _write(
        tmp_path, "policy.json", json.dumps({"policy": {"name": "JSON office", "max_words": {"thank-you": 10}}})
    )
    status, out = _run(_plan_file(tmp_path, _good_plan()), "--policy", policy, "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert [finding["rule"] for finding in data["findings"]] == ["too-long"]
    assert data["summary"]["policy"] == "JSON office"


def test_help_and_version_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "usage: followup-check" in capsys.readouterr().out
    assert main(["plan", "--help"]) == 0
    assert "usage: followup-check plan" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert re.fullmatch(r"followup-check \d+\.\d+\.\d+\n", capsys.readouterr().out)


def _bad_inputs(directory: Path) -> list[tuple[list[str | Path], str]]:
    numbers = itertools.count()

    def plan(directory: Path, data: object) -> Path:
        return _plan_file(directory, data, f"plan-{next(numbers)}.json")

    big = "word " * 10_000 + "x"
    return [
        ([_write(directory, "bad.json", "{bad")], "invalid JSON at line 1, column 2"),
        ([_write(directory, "empty.json", "")], "invalid JSON at line 1, column 1"),
        ([plan(directory, {"follow_ups": []})], "interview_date: missing"),
        ([plan(directory, {"interview_date": "2026-02-30"})], "interview_date: 2026-02-30 is not a real date"),
        (
            [plan(directory, {"interview_date": "2026-11-16", "decision_date": "2026-11-10"})],
            "decision_date: 2026-11-10 is before the interview",
        ),
        (
            [plan(directory, {"interview_date": "16/11/2026"})],
            'interview_date: expected a date as YYYY-MM-DD, got "16/11/2026"',
        ),
        ([plan(directory, {"interview_date": "9999-12-30"})], "interview_date: 9999-12-30 is out of range"),
        (
            [
                plan(
                    directory,
                    {"interview_date": "2026-11-16", "follow_ups": [{"kind": "thanks", "date": "2026-11-17"}]},
                )
            ],
            'follow_ups[0].kind: unknown value "thanks" (expected one of: thank-you, check-in, stay-in-touch, '
            "offer-update, withdrawal)",
        ),
        (
            [
                plan(
                    directory,
                    {
                        "interview_date": "2026-11-16",
                        "follow_ups": [{"kind": "check-in", "date": "2026-11-25", "channel": "fax"}],
                    },
                )
            ],
            'follow_ups[0].channel: unknown value "fax"',
        ),
        ([plan(directory, {"interview_date": "2026-11-16", "extra": 1})], 'plan: unknown field "extra"'),
        (
            [plan(directory, {"interview_date": "2026-11-16", "interviews": [{"date": "2026-11-24"}]})],
            "interview_date and interviews: give one or the other",
        ),
        (
            [_write(directory, "latin1.json", '{"interview_date": "2026-11-16", "x": "caf\xe9"}'.encode("latin-1"))],
            "not UTF-8 text",
        ),
        (
            [
                plan(
                    directory,
                    {
                        "interview_date": "2026-11-16",
                        "follow_ups": [{"kind": "thank-you", "date": "2026-11-16", "draft": big}],
                    },
                )
            ],
            "follow_ups[0].draft: 50,001 characters is too long for a follow-up (the limit is 50,000)",
        ),
        ([directory / "missing.json"], "missing.json: cannot read (No such file or directory)"),
        ([directory], "cannot read (Is a directory)"),
        (
            [plan(directory, PLAN), "--policy", _write(directory, "p.toml", "colour = 3\n")],
            "p.toml: policy.colour: unknown setting",
        ),
        (
            [plan(directory, PLAN), "--policy", _write(directory, "n.yml", "policy:\n  check_in_after_days: -3\n")],
            "n.yml: policy.check_in_after_days: expected a whole number from 0 to 3650, got -3",
        ),
        (
            [plan(directory, PLAN), "--policy", _write(directory, "p.ini", "x=1")],
            "p.ini: policy files end in .toml, .yml, .yaml or .json",
        ),
        ([plan(directory, PLAN), "--policy", _write(directory, "bad.toml", "x = ")], "bad.toml: Invalid value"),
        ([plan(directory, PLAN), "--policy", _write(directory, "bad.yml", "policy: [")], "bad.yml: invalid YAML"),
        ([plan(directory, PLAN), "--policy", directory / "none.yml"], "none.yml: cannot read"),
        ([plan(directory, PLAN), "--fail-on", "fatal"], "argument --fail-on: invalid choice: 'fatal'"),
        (
            [_write(directory, "d.md", "Hi"), "--kind", "thank-you"],
            "checking a single draft needs both --kind and --interview",
        ),
        (
            [_write(directory, "d2.md", "Hi"), "--kind", "thank-you", "--interview", "2026-02-30"],
            "--interview: 2026-02-30 is not a real date",
        ),
        (
            [_write(directory, "d3.md", big), "--kind", "check-in", "--interview", "2026-11-16"],
            "d3.md: 50,001 characters is too long",
        ),
        (["--explain", "shouting"], "unknown rule 'shouting' (see --list-rules)"),
        ([], "give a plan file (or '-' for stdin)"),
        (["plan"], "the following arguments are required: --interview"),
        (
            ["plan", "--interview", "2026-11-16=A", "--interview", "2026-11-16=B"],
            "--interview: 2026-11-16 is given twice",
        ),
        (
            ["plan", "--interview", "2026-11-16", "--interview", "2026-11-24", "--decision", "2026-11-20"],
            "--decision: the decision date is before the last interview",
        ),
        (
            [
                "plan",
                "--interview",
                "2026-11-16",
                "--policy",
                _write(directory, "xx.yml", "policy:\n  holidays:\n    country: XX\n"),
            ],
            "xx.yml: policy.holidays.country: XX is not a country the holidays package knows",
        ),
        (
            [
                "plan",
                "--interview",
                "2026-11-16",
                "--policy",
                _write(directory, "r.yml", "policy:\n  holidays: {region: X}\n"),
            ],
            "r.yml: policy.holidays.region: give the country too",
        ),
        (
            ["plan", "--interview", "2026-11-16", "--decision", "2026-11-10"],
            "--decision: the decision date is before the interview",
        ),
        (
            ["plan", "--interview", "2026-11-16", "--ics", directory / "no" / "such" / "dir.ics"],
            "cannot write (No such file or directory)",
        ),
    ]


def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args, message in _bad_inputs(tmp_path):
        status, out = _run(*args)
        err = capsys.readouterr().err
        assert status == 2, args
        assert out == "", args
        assert err.count("\n") == 1, err
        assert err.startswith("followup-check: error: "), err
        assert message in err, (message, err)
        assert "Traceback" not in err


def test_python_dash_m_checker_in_a_subprocess(tmp_path: Path) -> None:
    plan = _plan_file(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "checker", str(plan), "--format", "json", "--fail-on", "warning"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert done.stderr == ""
    assert json.loads(done.stdout)["summary"]["total"] == 11


def test_a_reader_who_closes_the_pipe_gets_no_traceback() -> None:
    # As `followup-check --list-rules | head -1` does: the reader stops reading before the output ends.
    command = [sys.executable, "-m", "checker", "--list-rules"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()
    _, errors = process.communicate(timeout=60)
    assert errors == b""
    assert process.returncode == 141
