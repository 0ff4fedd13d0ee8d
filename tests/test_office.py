"""The career office's config: what it accepts, and the one clear line it gives for each mistake."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
import yaml

from checker import DEFAULT_POLICY, DEFAULT_WORKING_DAYS, Severity, policy_from_document
from tests.conftest import OFFICE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))
from office import (
    ConfigError,
    Office,
    OfficeConfig,
    Site,
    holiday_years,
    load_office,
)  # hooks/ is not a package: MkDocs loads it by path

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "office.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_office_that_leaves_every_value_empty_is_neutral(tmp_path: Path) -> None:
    # Every key of office.yml written out, every value left empty: the neutral default, as the comments promise.
    loaded = load_office(
        write(
            tmp_path,
            'office:\n  name: ""\n  logo: ""\n  logo_alt: ""\n  favicon: ""\n'
            '  colors:\n    primary: ""\n    accent: ""\n  footer: ""\n'
            '  contact:\n    label: ""\n    url: ""\n    email: ""\n    hours: ""\n'
            'site:\n  url: ""\n  title: ""\n  show_career_offices_page: true\n'
            'policy:\n  rules: {}\n  holidays:\n    country: ""\n    region: ""\n',
        )
    )
    assert loaded.office == Office()
    assert loaded.office.name == ""
    assert not loaded.office.contact.present
    assert loaded.site == Site()
    assert loaded.policy == DEFAULT_POLICY
    assert loaded.policy.name == "default"
    assert loaded.working_days == DEFAULT_WORKING_DAYS
    assert load_office(write(tmp_path, "")) == loaded  # the same as leaving every key out


def test_the_office_in_force_is_the_policy_the_cli_reads(office_config: OfficeConfig) -> None:
    # The build reads office.yml through load_office, `followup-check --policy office.yml` as a policy document:
    # whatever an office writes there, both must apply the same policy, under the office's name when it has one.
    document = yaml.safe_load(OFFICE.read_text(encoding="utf-8")) or {}
    assert policy_from_document(document) == office_config.policy
    named = str((document.get("policy") or {}).get("name") or "").strip()
    assert office_config.policy.name == (named or office_config.office.name or "default")


def test_example_office_sets_name_contact_and_policy() -> None:
    loaded = load_office(ROOT / "docs" / "examples" / "northfield-office.yml")
    assert loaded.office.name == "Northfield University Careers Service"
    assert loaded.office.primary == "#5b2a86"
    assert loaded.office.contact.present
    assert loaded.policy.name == "Northfield University Careers Service"
    assert loaded.policy.check_in_after_days == 10
    assert loaded.policy.severity("phone-follow-up", Severity.WARNING) is None
    # England's bank holidays, for the years a site built today is read.
    assert (loaded.working_days.country, loaded.working_days.region) == ("GB", "ENG")
    years = holiday_years(dt.date.today())
    assert (loaded.working_days.first_year, loaded.working_days.last_year) == (years.start, years.stop - 1)
    assert years.start < dt.date.today().year < years.stop - 1
    assert dt.date(dt.date.today().year, 12, 25) in loaded.working_days.holidays


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
        ("site:\n  show_career_offices_page: hidden\n", "site.show_career_offices_page: expected true or false"),
        ("site:\n  title: [After, Interview]\n", "site.title: expected text"),
        ("office:\n  logo_alt: 3\n", "office.logo_alt: expected text"),
        ("office:\n  contact:\n    email: not-an-address\n", "office.contact.email"),
        ("extra: 1\n", "extra: unknown key"),
        ("office: [1, 2\n", "invalid YAML"),
        ("policy:\n  holidays:\n    country: XX\n", "policy.holidays.country: XX is not a country"),
        ("policy:\n  holidays:\n    country: GB\n    region: Kent\n", "policy.holidays.region: Kent is not a region"),
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


def test_an_office_names_its_site_hides_the_page_for_offices_and_describes_its_logo(tmp_path: Path) -> None:
    loaded = load_office(
        write(
            tmp_path,
            "office:\n  logo: a.svg\n  logo_alt: Northfield University\n  favicon: b.png\n"
            "site:\n  title: Northfield Careers\n  show_career_offices_page: false\n",
        )
    )
    assert (loaded.office.logo_alt, loaded.office.favicon) == ("Northfield University", "b.png")
    assert loaded.site == Site(url="", title="Northfield Careers", show_career_offices_page=False)
