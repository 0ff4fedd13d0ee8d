"""The career office's config: what it accepts, and the one clear line it gives for each mistake."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checker import Severity

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))
from office import ConfigError, load_office  # hooks/ is not a package: MkDocs loads it by path

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "office.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_office_is_neutral() -> None:
    loaded = load_office(ROOT / "office.yml")
    assert loaded.office.name == ""
    assert not loaded.office.contact.present
    assert loaded.policy.name == "default"
    assert loaded.policy.check_in_after_days == 7


def test_example_office_sets_name_contact_and_policy() -> None:
    loaded = load_office(ROOT / "docs" / "examples" / "northfield-office.yml")
    assert loaded.office.name == "Northfield University Careers Service"
    assert loaded.office.primary == "#5b2a86"
    assert loaded.office.contact.present
    assert loaded.policy.name == "Northfield University Careers Service"
    assert loaded.policy.check_in_after_days == 10
    assert loaded.policy.severity("phone-follow-up", Severity.WARNING) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("office:\n  nmae: X\n", "office.nmae: unknown key"),
        ("office:\n  colors:\n    primary: blue-ish\n", "office.colors.primary: 'blue-ish' is not a colour"),
        ("office:\n  colors:\n    accent: '#12345'\n", "office.colors.accent"),
        ("policy:\n  check_in_after_days: -3\n", "policy.check_in_after_days"),
        ("policy:\n  rules:\n    no-such-rule: off\n", "policy.rules.no-such-rule: unknown rule"),
        ("policy:\n  rules:\n    pressure: loud\n", "policy.rules.pressure"),
        ("site:\n  url: careers.example.edu\n", "site.url"),
        ("office:\n  contact:\n    email: not-an-address\n", "office.contact.email"),
        ("extra: 1\n", "extra: unknown key"),
        ("office: [1, 2\n", "invalid YAML"),
    ],
)
def test_a_mistake_names_its_key(tmp_path: Path, text: str, named: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_office(path)
    message = str(raised.value)
    assert named in message
    assert message.startswith(str(path))
    assert "\n" not in message


def test_phone_calls_are_allowed_in_one_line(tmp_path: Path) -> None:
    loaded = load_office(write(tmp_path, "policy:\n  rules: {phone-follow-up: off}\n"))
    assert loaded.policy.severity("phone-follow-up", Severity.WARNING) is None
