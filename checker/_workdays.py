"""Working days: the days on which the checker proposes a step (a check-in, a last note).

Pure, like the rest of the core: the public holidays come in as data (``holidays.json`` in the site,
made at build time; the command line makes the same with the ``holidays`` package, see
:mod:`checker.holidays`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["DEFAULT_WORKING_DAYS", "HolidaysError", "WorkingDays", "working_days_from_json"]

# Kept in nearly every country: the stand-in when no country is named, or for a year outside the data.
_COMMON_HOLIDAYS = frozenset({(1, 1), (12, 25)})
_SATURDAY = 5
# A stretch of days off longer than this is a mistake in the data, not a holiday season.
_LONGEST_BREAK = 31


class HolidaysError(ValueError):
    """A ``holidays.json`` that cannot be read; the message says why, in one line."""


@dataclass(frozen=True)
class WorkingDays:
    """Monday to Friday, less public holidays.

    ``holidays`` are the public holidays of ``country`` (and ``region``) in the years ``first_year`` to
    ``last_year``. Outside those years, and when no country is named, New Year's Day and Christmas Day
    stand in for them.
    """

    holidays: frozenset[dt.date] = frozenset()
    first_year: int = 0
    last_year: int = -1
    country: str | None = None
    region: str | None = None

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= _SATURDAY:
            return False
        if self.first_year <= day.year <= self.last_year:
            return day not in self.holidays
        return (day.month, day.day) not in _COMMON_HOLIDAYS

    def on_or_after(self, day: dt.date) -> dt.date:
        """The first working day from ``day`` on."""
        for offset in range(_LONGEST_BREAK + 1):
            candidate = day + dt.timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        return day  # no working day for a month: the data is wrong, and the day itself is the best guess

    def last_in(self, first: dt.date, last: dt.date) -> dt.date:
        """The last working day from ``first`` to ``last``, or ``first`` when none of them is one."""
        day = last
        while day > first and not self.is_working_day(day):
            day -= dt.timedelta(days=1)
        return day

    def to_json(self) -> dict[str, object]:
        """What the site's ``holidays.json`` holds, and :func:`working_days_from_json` reads."""
        return {
            "country": self.country,
            "region": self.region,
            "years": [self.first_year, self.last_year] if self.country else None,
            "dates": sorted(day.isoformat() for day in self.holidays),
        }

    @classmethod
    def of(
        cls, holidays: Iterable[dt.date], years: range, country: str | None = None, region: str | None = None
    ) -> WorkingDays:
        """The working days of a country whose public holidays in ``years`` are ``holidays``."""
        return cls(frozenset(holidays), years.start, years.stop - 1, country, region)


DEFAULT_WORKING_DAYS = WorkingDays()


def working_days_from_json(text: str) -> WorkingDays:
    """Read ``holidays.json``; a file that is not one raises HolidaysError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise HolidaysError(f"holidays: invalid JSON ({error.msg})") from None
    if not isinstance(data, Mapping):
        raise HolidaysError("holidays: expected an object with country, region, years and dates")
    country, region, years, dates = (data.get(key) for key in ("country", "region", "years", "dates"))
    if country is None:
        return DEFAULT_WORKING_DAYS
    if (
        not isinstance(country, str)
        or not (region is None or isinstance(region, str))
        or not (isinstance(years, list) and len(years) == 2 and all(type(year) is int for year in years))
        or not (isinstance(dates, list) and all(isinstance(day, str) for day in dates))
    ):
        raise HolidaysError("holidays: expected a country, a region or null, two years and a list of dates")
    try:
        days = frozenset(dt.date.fromisoformat(day) for day in dates)
    except ValueError as error:
        raise HolidaysError(f"holidays: a date that is not one ({error})") from None
    return WorkingDays(days, years[0], years[1], country, region)
