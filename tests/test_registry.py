"""The registry: every rule is registered by hand, documented in fixed sections, linked to the guide and tested."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import checker.rules
from checker import RULES, RULES_BY_ID, Rule, Severity
from checker.rules import DOC_SECTIONS
from tests.fixture_cases import FIXTURES, load_cases

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = Path(checker.rules.__file__).parent
KEBAB_CASE = re.compile(r"[a-z]+(?:-[a-z]+)*")
GUIDE_LINK = re.compile(r"(?P<page>[a-z0-9]+(?:-[a-z0-9]+)*)/#(?P<anchor>[a-z0-9]+(?:-[a-z0-9]+)*)")


def _rule_ids() -> list[str]:
    return [rule.id for rule in RULES]


def test_ids_are_unique_and_kebab_case() -> None:
    ids = _rule_ids()
    assert len(ids) == len(set(ids))
    assert [rule_id for rule_id in ids if not KEBAB_CASE.fullmatch(rule_id)] == []
    assert dict(RULES_BY_ID) == {rule.id: rule for rule in RULES}


def test_every_rule_module_is_imported_by_name_and_registered() -> None:
    """One module per rule, named after its id, imported explicitly: nothing is discovered by scanning."""
    modules = sorted(path.stem for path in RULES_DIR.glob("*.py") if not path.stem.startswith("_"))
    tree = ast.parse((RULES_DIR / "__init__.py").read_text(encoding="utf-8"))
    imported = sorted(
        alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == "checker.rules"
        for alias in node.names
    )
    assert imported == modules
    assert sorted(rule_id.replace("-", "_") for rule_id in _rule_ids()) == modules
    for module_name in modules:
        module = getattr(checker.rules, module_name)
        assert module.RULE.id.replace("-", "_") == module_name
        assert module.RULE in RULES


@pytest.mark.parametrize("rule", RULES, ids=_rule_ids())
def test_docstring_has_the_fixed_sections(rule: Rule) -> None:
    assert rule.summary, "the first line of the docstring is the rule's summary"
    assert rule.summary.endswith(".")
    assert list(rule.sections) == list(DOC_SECTIONS)
    assert all(rule.sections[heading].strip() for heading in DOC_SECTIONS)


def test_sections_parse_a_docstring() -> None:
    rule = Rule(
        id="example",
        severity=Severity.SUGGESTION,
        guide="page/#anchor",
        check=lambda _: iter(()),
        doc="One line.\n\n## What it checks\nThis.\n\n## Why it matters\n\nThat,\nover two lines.\n",
    )
    assert rule.summary == "One line."
    assert rule.sections == {"What it checks": "This.", "Why it matters": "That,\nover two lines."}


@pytest.mark.parametrize("rule", RULES, ids=_rule_ids())
def test_guide_link_is_a_page_and_an_anchor_that_exist(rule: Rule) -> None:
    link = GUIDE_LINK.fullmatch(rule.guide)
    assert link is not None, f"{rule.guide!r} is not of the form page/#anchor"
    page = ROOT / "docs" / f"{link['page']}.md"
    assert page.is_file()
    assert "{#" + link["anchor"] + "}" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", RULES, ids=_rule_ids())
def test_every_rule_has_fixtures_that_fire_and_stay_silent(rule: Rule) -> None:
    cases = [case for case in load_cases() if case.rule == rule.id]
    assert (FIXTURES / f"{rule.id}.toml").is_file()
    assert any(case.expect for case in cases), "no case where the rule fires"
    assert any(not case.expect for case in cases), "no case where the rule stays silent"


def test_no_fixture_file_for_an_unknown_rule() -> None:
    assert sorted(path.stem for path in FIXTURES.glob("*.toml")) == sorted(_rule_ids())
