"""A policy from a parsed document: a bare policy table, or an office config with a ``policy`` key."""

from __future__ import annotations

from collections.abc import Mapping

from checker._policy import Policy, PolicyError
from checker.rules import RULES_BY_ID

__all__ = ["policy_from_document"]


def policy_from_document(data: object) -> Policy:
    """Accept ``{"policy": {...}, "office": {...}}`` (office.yml) or the policy table itself.

    An office config's policy is named after the office unless it has a name of its own.
    """
    if not isinstance(data, Mapping):
        raise PolicyError("policy: expected a table of settings")
    if "policy" in data:
        table = data["policy"] if data["policy"] is not None else {}
        if not isinstance(table, Mapping):
            raise PolicyError("policy: expected a table of settings")
        office = data.get("office")
        office_name = office.get("name") if isinstance(office, Mapping) else None
        if "name" not in table and isinstance(office_name, str) and office_name.strip():
            table = {**table, "name": office_name}
        return Policy.from_mapping(table, RULES_BY_ID)
    return Policy.from_mapping(data, RULES_BY_ID)
