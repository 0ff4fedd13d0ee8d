"""The rule fixtures in tests/fixtures/rules/<rule-id>.toml, read into typed cases.

Each file holds ``[[case]]`` tables: a ``name``, a ``plan`` in the JSON plan
format (always with ``today``, so results do not depend on the clock), an
optional ``policy`` (a policy table or office config) and ``expect``: the
findings of that file's rule, in report order, each as the follow-up index
(-1 for the plan as a whole) and the exact text of the draft its span covers
("" when the span is null). An expected finding may also give ``fix``: the
draft text its fix replaces and the replacement; in a case where any does,
a finding without ``fix`` must offer none.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["FIXTURES", "Case", "Expected", "all_plans", "load_cases"]

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


@dataclass(frozen=True)
class Expected:
    """One expected finding: where it is, and the draft text its span covers."""

    follow_up: int
    text: str
    fix: tuple[str, str] | None = None


@dataclass(frozen=True)
class Case:
    rule: str
    name: str
    plan: dict[str, object]
    expect: tuple[Expected, ...]
    policy: dict[str, object] | None = None

    @property
    def checks_fixes(self) -> bool:
        return any(expected.fix is not None for expected in self.expect)

    @property
    def id(self) -> str:
        return f"{self.rule}/{re.sub(r'[^a-z0-9]+', '-', self.name.lower()).strip('-')}"


@cache
def _cases() -> tuple[Case, ...]:
    cases: list[Case] = []
    for path in sorted(FIXTURES.glob("*.toml")):
        with path.open("rb") as file:
            data = tomllib.load(file)
        for entry in data["case"]:
            plan = entry["plan"]
            if "today" not in plan:
                raise ValueError(f"{path.name}: case {entry['name']!r} has no plan.today")
            expect = tuple(
                Expected(item["follow_up"], item["text"], tuple(item["fix"]) if "fix" in item else None)
                for item in entry["expect"]
            )
            cases.append(Case(path.stem, entry["name"], plan, expect, entry.get("policy")))
    ids = [case.id for case in cases]
    duplicates = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
    if duplicates:
        raise ValueError(f"duplicate fixture case names: {', '.join(duplicates)}")
    return tuple(cases)


def load_cases() -> list[Case]:
    """Every case of every rule fixture file, in file and case order."""
    return list(_cases())


def all_plans() -> list[tuple[str, dict[str, object]]]:
    """Every fixture plan with a stable id (``rule/case-name``), for parity tests."""
    return [(case.id, case.plan) for case in _cases()]
