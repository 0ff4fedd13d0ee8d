"""The policy: every number, severity and on/off switch a career office may change."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields

from checker._model import Kind, Severity

__all__ = ["DEFAULT_POLICY", "Policy", "PolicyError"]


# Rule docs quote the policy's numbers as markers, so the docs always show the numbers in force.
_MARKER = re.compile(r"\{\{\s*policy\.(\w+)\s*\}\}")


class PolicyError(ValueError):
    """A policy value that cannot be used; the message names the key."""


@dataclass(frozen=True)
class Policy:
    """Numbers are days after the interview unless the name says otherwise.

    ``rules`` overrides a rule's default severity; ``None`` switches it off. ``holiday_country`` (an ISO
    3166 code) and ``holiday_region`` name the public holidays that dates the checker proposes avoid.
    """

    name: str = "default"
    thank_you_within_days: int = 1
    check_in_after_days: int = 7
    silence_after_days: int = 21
    max_words_thank_you: int = 200
    max_words_check_in: int = 120
    max_words_stay_in_touch: int = 150
    max_words_offer_update: int = 150
    max_words_withdrawal: int = 100
    rules: Mapping[str, Severity | None] = field(default_factory=dict)
    holiday_country: str | None = None
    holiday_region: str | None = None

    @property
    def silence_after_weeks(self) -> int:
        return max(1, round(self.silence_after_days / 7))

    def max_words(self, kind: Kind) -> int:
        limit: int = getattr(self, _max_words_field(kind))
        return limit

    def severity(self, rule_id: str, default: Severity) -> Severity | None:
        return self.rules.get(rule_id, default)

    def numbers(self) -> dict[str, int]:
        """The numbers the guide quotes, by marker name."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.type == "int"}
        values["silence_after_weeks"] = self.silence_after_weeks
        return values

    def fill(self, text: str) -> str:
        """``text`` with each ``{{ policy.NAME }}`` marker replaced by this policy's number."""
        numbers = self.numbers()
        return _MARKER.sub(lambda found: str(numbers.get(found[1], found[0])), text)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["rules"] = {
            rule: (severity.value if severity is not None else "off") for rule, severity in sorted(self.rules.items())
        }
        del data["holiday_country"], data["holiday_region"]
        data["holidays"] = {"country": self.holiday_country, "region": self.holiday_region}
        return data

    @classmethod
    def from_mapping(cls, data: Mapping[str, object], rule_ids: Collection[str]) -> Policy:
        """Build a policy from parsed TOML, YAML or JSON, naming the key of any mistake.

        ``max_words`` may be given as a table by kind (``thank-you: 200``).
        """
        if not isinstance(data, Mapping):
            raise PolicyError("policy: expected a table of settings")
        numbers = {f.name for f in fields(cls) if f.type == "int"}
        values: dict[str, object] = {}
        for key, value in data.items():
            if key == "name":
                if not isinstance(value, str) or not value.strip():
                    raise PolicyError("policy.name: expected a non-empty text")
                values["name"] = value.strip()
            elif key in numbers:
                values[key] = _days(f"policy.{key}", value)
            elif key == "max_words":
                values.update(_max_words(value))
            elif key == "rules":
                values["rules"] = _rules(value, rule_ids)
            elif key == "holidays":
                values["holiday_country"], values["holiday_region"] = _holidays(value)
            else:
                known = ", ".join(sorted([*numbers, "name", "max_words", "rules", "holidays"]))
                raise PolicyError(f"policy.{_name(key)}: unknown setting (known: {known})")
        policy = cls(**values)  # type: ignore[arg-type]  # keys were checked above
        if policy.silence_after_days <= policy.check_in_after_days:
            raise PolicyError(
                "policy.silence_after_days: must be greater than check_in_after_days "
                f"({policy.silence_after_days} <= {policy.check_in_after_days})"
            )
        return policy


def _name(key: object) -> str:
    """A key as it can be shown on one line: as written when it is a plain name, else quoted."""
    return key if isinstance(key, str) and re.fullmatch(r"[\w-]+", key) else json.dumps(key, ensure_ascii=False)


def _days(key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 3650:
        raise PolicyError(f"{key}: expected a whole number from 0 to 3650, got {value!r}")
    return value


def _max_words_field(kind: Kind) -> str:
    """The policy's field for the word limit of ``kind``: ``max_words_thank_you``."""
    return "max_words_" + kind.name.lower()


_KINDS = ", ".join(kind.value for kind in Kind)


def _max_words(value: object) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise PolicyError(f"policy.max_words: expected a table by kind ({_KINDS})")
    result: dict[str, int] = {}
    for kind_name, limit in value.items():
        where = f"policy.max_words.{_name(kind_name)}"
        try:
            kind = Kind(kind_name)
        except ValueError:
            raise PolicyError(f"{where}: unknown kind (known: {_KINDS})") from None
        words = _days(where, limit)
        if words == 0:
            raise PolicyError(f"{where}: must be at least 1")
        result[_max_words_field(kind)] = words
    return result


_COUNTRY = re.compile(r"[A-Za-z]{2}")


def _holidays(value: object) -> tuple[str | None, str | None]:
    """``holidays: {country: GB, region: ENG}``: the country as an upper-case ISO 3166 code, the region as written.

    Whether the ``holidays`` package knows them is checked where it is used (the build, the command line).
    """
    if value is None:
        return None, None
    if not isinstance(value, Mapping):
        raise PolicyError("policy.holidays: expected a table with country (such as GB) and, if you like, region")
    for key in value:
        if key not in ("country", "region"):
            raise PolicyError(f"policy.holidays.{_name(key)}: unknown setting (known: country, region)")
    # An empty value is the same as none, as everywhere in office.yml.
    country, region = (None if value.get(key) == "" else value.get(key) for key in ("country", "region"))
    if country is not None and not (isinstance(country, str) and _COUNTRY.fullmatch(country.strip())):
        raise PolicyError(
            f"policy.holidays.country: expected a two-letter country code such as GB, US or DE, got {country!r}"
        )
    if region is not None and not (isinstance(region, str) and region.strip() and len(region) <= 60):
        raise PolicyError(f"policy.holidays.region: expected a region code such as ENG or CA, got {region!r}")
    if region is not None and country is None:
        raise PolicyError("policy.holidays.region: give the country too (policy.holidays.country)")
    return (country.strip().upper() if country else None), (region.strip() if region else None)


def _rules(value: object, rule_ids: Collection[str]) -> dict[str, Severity | None]:
    if not isinstance(value, Mapping):
        raise PolicyError("policy.rules: expected a table of rule id = severity or off")
    result: dict[str, Severity | None] = {}
    for rule_id, setting in value.items():
        if rule_id not in rule_ids:
            raise PolicyError(f"policy.rules.{_name(rule_id)}: unknown rule (see followup-check --list-rules)")
        # YAML 1.1 reads a bare `off` as false.
        if setting is False or setting == "off":
            result[rule_id] = None
            continue
        try:
            result[rule_id] = Severity(setting)
        except ValueError:
            raise PolicyError(
                f"policy.rules.{rule_id}: expected error, warning, suggestion or off, got {setting!r}"
            ) from None
    return result


DEFAULT_POLICY = Policy()
