"""The policy: defaults, what an office may change, and one clear message for each mistake."""

from __future__ import annotations

import pytest

from checker import DEFAULT_POLICY, RULES_BY_ID, Kind, Policy, PolicyError, Severity, policy_from_document


def test_defaults_are_the_guide_numbers() -> None:
    assert DEFAULT_POLICY.numbers() == {
        "thank_you_within_days": 1,
        "check_in_after_days": 7,
        "silence_after_days": 21,
        "max_words_thank_you": 200,
        "max_words_check_in": 120,
        "max_words_stay_in_touch": 150,
        "max_words_offer_update": 150,
        "max_words_withdrawal": 100,
        "silence_after_weeks": 3,
    }
    assert [DEFAULT_POLICY.max_words(kind) for kind in Kind] == [200, 120, 150, 150, 100]
    assert DEFAULT_POLICY.severity("pressure", Severity.WARNING) is Severity.WARNING


def test_an_office_policy_changes_numbers_severities_and_switches() -> None:
    policy = Policy.from_mapping(
        {
            "name": "  Northfield  ",
            "check_in_after_days": 10,
            "silence_after_days": 30,
            "max_words": {"thank-you": 150, "stay-in-touch": 90, "withdrawal": 60},
            "rules": {"phone-follow-up": "off", "boasting": "warning", "no-greeting": False},
        },
        RULES_BY_ID,
    )
    assert policy.name == "Northfield"
    assert (policy.check_in_after_days, policy.silence_after_days, policy.silence_after_weeks) == (10, 30, 4)
    assert [policy.max_words(kind) for kind in Kind] == [150, 120, 90, 150, 60]
    assert policy.severity("phone-follow-up", Severity.WARNING) is None
    assert policy.severity("no-greeting", Severity.SUGGESTION) is None
    assert policy.severity("boasting", Severity.SUGGESTION) is Severity.WARNING
    assert policy.to_json()["rules"] == {"boasting": "warning", "no-greeting": "off", "phone-follow-up": "off"}
    assert policy.to_json()["max_words_stay_in_touch"] == 90


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": "red"}, "policy.colour: unknown setting (known: check_in_after_days, holidays, max_words,"),
        ({"check_in_after_days": -3}, "policy.check_in_after_days: expected a whole number from 0 to 3650, got -3"),
        ({"thank_you_within_days": 1.5}, "policy.thank_you_within_days: expected a whole number"),
        ({"thank_you_within_days": True}, "policy.thank_you_within_days: expected a whole number"),
        ({"silence_after_days": "21"}, "policy.silence_after_days: expected a whole number"),
        ({"silence_after_days": 4000}, "policy.silence_after_days: expected a whole number from 0 to 3650"),
        ({"silence_after_days": 7}, "policy.silence_after_days: must be greater than check_in_after_days (7 <= 7)"),
        ({"name": ""}, "policy.name: expected a non-empty text"),
        ({"name": 3}, "policy.name: expected a non-empty text"),
        ({"max_words": 200}, "policy.max_words: expected a table by kind"),
        ({"max_words": {"thank_you": 200}}, "policy.max_words.thank_you: unknown kind"),
        ({"max_words": {"check-in": 0}}, "policy.max_words.check-in: must be at least 1"),
        ({"rules": ["pressure"]}, "policy.rules: expected a table of rule id = severity or off"),
        ({"rules": {"shouting": "off"}}, "policy.rules.shouting: unknown rule (see followup-check --list-rules)"),
        ({"rules": {"pressure": "fatal"}}, "policy.rules.pressure: expected error, warning, suggestion or off"),
        ({"rules": {"pressure": True}}, "policy.rules.pressure: expected error, warning, suggestion or off"),
        ({"holidays": "GB"}, "policy.holidays: expected a table with country (such as GB)"),
        ({"holidays": {"state": "CA"}}, "policy.holidays.state: unknown setting (known: country, region)"),
        ({"holidays": {"country": "GBR"}}, "policy.holidays.country: expected a two-letter country code"),
        ({"holidays": {"country": 44}}, "policy.holidays.country: expected a two-letter country code"),
        ({"holidays": {"region": "ENG"}}, "policy.holidays.region: give the country too"),
        ({"holidays": {"country": "GB", "region": ["ENG"]}}, "policy.holidays.region: expected a region code"),
    ],
)
def test_each_mistake_names_its_key(data: dict[str, object], message: str) -> None:
    with pytest.raises(PolicyError) as raised:
        Policy.from_mapping(data, RULES_BY_ID)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_an_office_config_is_named_after_the_office() -> None:
    office = {"office": {"name": "Northfield Careers"}, "policy": {"rules": {"phone-follow-up": "off"}}}
    policy = policy_from_document(office)
    assert policy.name == "Northfield Careers"
    assert policy.severity("phone-follow-up", Severity.WARNING) is None
    named = policy_from_document({"office": {"name": "Northfield"}, "policy": {"name": "Strict"}})
    assert named.name == "Strict"


def test_an_office_config_without_a_name_or_policy_keeps_the_defaults() -> None:
    assert policy_from_document({"office": {"name": ""}, "policy": None}) == DEFAULT_POLICY
    assert policy_from_document({"policy": {}}) == DEFAULT_POLICY
    assert policy_from_document({"thank_you_within_days": 2}).thank_you_within_days == 2


@pytest.mark.parametrize("document", [None, [], "policy", {"policy": [1, 2]}, {"policy": "strict"}])
def test_a_document_that_is_not_a_table(document: object) -> None:
    with pytest.raises(PolicyError, match="expected a table of settings"):
        policy_from_document(document)


def test_an_office_file_does_not_smuggle_office_keys_into_the_policy() -> None:
    with pytest.raises(PolicyError, match=r"policy\.colors: unknown setting"):
        policy_from_document({"policy": {"colors": {"primary": "#123456"}}})


def test_an_office_names_its_country_and_region_for_the_public_holidays() -> None:
    policy = Policy.from_mapping({"holidays": {"country": " gb ", "region": "ENG"}}, RULES_BY_ID)
    assert (policy.holiday_country, policy.holiday_region) == ("GB", "ENG")
    assert policy.to_json()["holidays"] == {"country": "GB", "region": "ENG"}
    # What the site's policy.json holds reads back as the same policy, as the browser reads it.
    assert Policy.from_mapping(policy.to_json(), RULES_BY_ID) == policy
    assert Policy.from_mapping(DEFAULT_POLICY.to_json(), RULES_BY_ID) == DEFAULT_POLICY
    # Empty values, as office.yml ships them, name nothing.
    assert Policy.from_mapping({"holidays": {"country": "", "region": ""}}, RULES_BY_ID) == DEFAULT_POLICY
