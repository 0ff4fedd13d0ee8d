"""The browser's entry (checker/bridge.py) answers exactly what the command line prints, for every fixture plan.

The browser tests (tests/test_widget_engine.py) check that the page returns what the bridge does; this one
checks the bridge against ``followup-check PLAN --format json`` without a browser, so it runs everywhere.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from checker.bridge import check_json, plan_timeline_json, timeline_json
from checker.cli import main
from tests.conftest import OFFICE
from tests.fixture_cases import all_plans

# The office's config as the site's policy.json carries it to the bridge: the office in force, whatever it says.
OFFICE_POLICY_JSON = json.dumps(yaml.safe_load(OFFICE.read_text(encoding="utf-8")))


def _cli(*args: str | Path) -> dict[str, object]:
    out = io.StringIO()
    status = main([str(arg) for arg in args], stdout=out)
    assert status in (0, 1)
    answer: dict[str, object] = json.loads(out.getvalue())
    return answer


@pytest.mark.parametrize(("name", "plan"), all_plans(), ids=[name for name, _ in all_plans()])
def test_every_fixture_plan_gets_the_clis_answer_from_the_bridge(
    name: str, plan: dict[str, object], tmp_path: Path
) -> None:
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    printed = _cli(plan_file, "--format", "json", "--policy", OFFICE)
    assert json.loads(check_json(json.dumps(plan), OFFICE_POLICY_JSON)) == printed


def test_the_fixtures_use_the_new_schema() -> None:
    """So the parity above covers rounds, names, the company, the role and the new kinds."""
    plans = [json.loads(json.dumps(plan)) for _, plan in all_plans()]
    assert any(len(plan.get("interviews", [])) > 1 for plan in plans)
    assert any(interview.get("interviewers") for plan in plans for interview in plan.get("interviews", []))
    assert any("company" in plan for plan in plans)
    follow_ups = [item for plan in plans for item in plan.get("follow_ups", [])]
    assert {"offer-update", "withdrawal"} <= {item["kind"] for item in follow_ups}
    assert any(item.get("to") for item in follow_ups)


def test_a_refused_plan_is_one_error_line() -> None:
    answer = json.loads(check_json('{"interview_date": "2026-11-16", "interviews": [{"date": "2026-11-16"}]}'))
    assert answer == {
        "error": "interview_date and interviews: give one or the other "
        "(interviews lists every round; interview_date is a single interview)"
    }
    assert json.loads(timeline_json("2026-11-16", None, None, "not json")) == {
        "error": "holidays: invalid JSON (Expecting value)"
    }
    assert "error" in json.loads(plan_timeline_json('{"follow_ups": []}'))
