"""The public holidays of the office's country, from the ``holidays`` package, as data for the core.

Only the command line and the site's build use this module; the checker's core, and so the browser,
never import it: they take the dates as a :class:`~checker._workdays.WorkingDays`.
"""

from __future__ import annotations

from checker._policy import Policy, PolicyError
from checker._workdays import DEFAULT_WORKING_DAYS, WorkingDays

__all__ = ["working_days_for"]


def working_days_for(policy: Policy, years: range) -> WorkingDays:
    """The working days under ``policy`` in ``years``: weekends and the public holidays of its country off.

    A country or region the ``holidays`` package does not know raises PolicyError, naming the key.
    """
    country, region = policy.holiday_country, policy.holiday_region
    if country is None:
        return DEFAULT_WORKING_DAYS
    try:
        import holidays  # noqa: PLC0415  # optional: only an office that names a country needs it
    except ImportError:
        raise PolicyError(
            "policy.holidays: skipping public holidays needs the holidays package (pip install holidays)"
        ) from None
    supported = holidays.list_supported_countries()
    if country not in supported:
        raise PolicyError(
            f"policy.holidays.country: {country} is not a country the holidays package knows "
            "(use an ISO 3166 code such as GB, US or DE)"
        )
    if region is not None:
        regions = supported[country]
        found = next((code for code in regions if code.casefold() == region.casefold()), None)
        if found is None:
            known = ", ".join(regions) if regions else "none"
            raise PolicyError(f"policy.holidays.region: {region} is not a region of {country} (known: {known})")
        region = found
    calendar = holidays.country_holidays(country, subdiv=region, years=years)
    return WorkingDays.of(calendar.keys(), years, country, region)
