"""Find what the browser checker uses of Python's standard library; write hooks/pyodide-stdlib.txt.

    .venv/bin/python scripts/audit_stdlib.py       (or: make stdlib)

Pyodide's python_stdlib.zip is 2.5 MB and the checker imports a small part of it, so the site serves a zip of that
part only (hooks/widget.py). This starts Pyodide under Node as the browser's worker does
(scripts/pyodide-stdlib-audit.mjs), makes every call in :func:`bridge_calls` through the bridge and writes the zip
members that imported modules came from. Run it after the checker imports something new, or after a change of
Pyodide; tests/test_stdlib.py fails while the list lacks a module the checker imports.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "hooks"))

from checker import DEFAULT_POLICY, DEFAULT_WORKING_DAYS, WorkingDays  # noqa: E402
from checker._settings import policy_from_document  # noqa: E402
from tests.corpus_cases import load_corpus  # noqa: E402
from tests.fixture_cases import load_cases  # noqa: E402

AUDIT_SCRIPT = ROOT / "scripts" / "pyodide-stdlib-audit.mjs"
OUTPUT = ROOT / "hooks" / "pyodide-stdlib.txt"
HEADER = """\
# The members of Pyodide's python_stdlib.zip that the browser checker needs: the modules Pyodide imports as it
# starts and installs the checker's wheels, and those the checker imports on every path the bridge has.
# Written by `make stdlib` (scripts/audit_stdlib.py); tests/test_stdlib.py fails while a module is missing.
"""
_BROKEN = (
    "{",
    "[]",
    '{"interview_date": "not a date"}',
    '{"interview_date": "2026-11-16", "follow_ups": [{"kind": "no such kind", "date": "2026-11-17"}]}',
)


def bridge_calls() -> list[tuple[str, list[object]]]:
    """Calls of checker.bridge as the worker makes them, reaching every path: each rule's fixtures, the corpus,
    policies and holidays of several kinds, and input the bridge must refuse (and None, which it does not expect)."""
    holidays = WorkingDays.of([dt.date(2026, 11, 20), dt.date(2026, 12, 25)], range(2026, 2028), "GB")
    policies = [json.dumps(DEFAULT_POLICY.to_json()), None]
    holiday_files = [json.dumps(holidays.to_json()), json.dumps(DEFAULT_WORKING_DAYS.to_json()), None]
    plans: list[tuple[str, str | None]] = []
    for case in load_cases():
        policy = json.dumps(policy_from_document(case.policy).to_json()) if case.policy else policies[0]
        plans.append((json.dumps(case.plan), policy))
    for draft in load_corpus():
        sent = draft.plan.follow_ups[0]
        corpus_plan = {
            "interview_date": draft.plan.interview_date.isoformat(),
            "today": sent.date.isoformat(),
            "follow_ups": [{"kind": sent.kind.value, "date": sent.date.isoformat(), "draft": sent.draft}],
        }
        plans.append((json.dumps(corpus_plan), policies[0]))
    calls: list[tuple[str, list[object]]] = []
    for index, (plan, plan_policy) in enumerate(plans):
        calls.append(("check_json", [plan, plan_policy]))
        calls.append(("plan_ics", [plan]))
        calls.append(("plan_timeline_json", [plan, plan_policy, holiday_files[index % len(holiday_files)]]))
    for decision in (None, "2026-11-27", "2027-02-01"):
        for policy in policies:
            for holiday_file in holiday_files:
                calls.append(("timeline_json", ["2026-11-16", decision, policy, holiday_file]))
    for broken in _BROKEN:
        calls += [("check_json", [broken, None]), ("plan_ics", [broken]), ("plan_timeline_json", [broken, None, None])]
    calls += [
        ("check_json", [plans[0][0], '{"policy": 3}']),
        ("check_json", [plans[0][0], "{"]),
        ("timeline_json", ["2026-02-30", None, None, None]),
        ("timeline_json", ["2026-11-16", None, None, "[1]"]),
        ("timeline_json", ["2026-11-16", None, None, "{"]),
        ("check_json", [None, None]),
    ]
    return calls


def audit() -> list[str]:
    from widget import PYODIDE_PACKAGE, checker_bundle  # noqa: PLC0415  # builds the wheels: only when auditing

    bundle = checker_bundle()
    with tempfile.TemporaryDirectory() as folder:
        calls = Path(folder) / "calls.json"
        calls.write_text(json.dumps(bridge_calls()), encoding="utf-8")
        result = subprocess.run(
            ["node", str(AUDIT_SCRIPT), f"{PYODIDE_PACKAGE}/", str(bundle.folder), str(calls)],
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        raise SystemExit(f"audit_stdlib: the audit under Pyodide failed:\n{result.stderr[-3000:]}")
    members: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return members


def main() -> int:
    members = audit()
    OUTPUT.write_text(HEADER + "".join(f"{member}\n" for member in members), encoding="utf-8")
    print(f"audit_stdlib: {len(members)} files of the standard library, written to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
