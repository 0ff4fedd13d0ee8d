"""Working days: the holidays package turns an office's country into dates at build and CLI time; the core
and the browser take those dates as data, and never import the package."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from checker import (
    DEFAULT_WORKING_DAYS,
    RULES_BY_ID,
    HolidaysError,
    Policy,
    PolicyError,
    WorkingDays,
    working_days_from_json,
)
from checker._public_holidays import working_days_for

YEARS = range(2026, 2028)


def _policy(**holidays: str) -> Policy:
    return Policy.from_mapping({"holidays": holidays}, RULES_BY_ID)


def test_the_core_and_the_browsers_bridge_never_import_the_holidays_package() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, checker, checker.bridge; print('holidays' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "False"


def test_a_country_and_region_become_the_dates_of_their_public_holidays() -> None:
    england = working_days_for(_policy(country="GB", region="eng"), YEARS)
    scotland = working_days_for(_policy(country="GB", region="SCT"), YEARS)
    assert (england.country, england.region) == ("GB", "ENG")  # the package's own spelling of the region
    assert {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)} <= england.holidays
    assert dt.date(2027, 1, 4) in scotland.holidays  # 2 January is kept in Scotland only, on the Monday
    assert dt.date(2027, 1, 4) not in england.holidays
    assert all(day.year in YEARS for day in england.holidays)
    assert working_days_for(Policy(), YEARS) == DEFAULT_WORKING_DAYS


@pytest.mark.parametrize(
    ("holidays", "message"),
    [
        ({"country": "XX"}, "policy.holidays.country: XX is not a country the holidays package knows"),
        ({"country": "GB", "region": "Yorkshire"}, "policy.holidays.region: Yorkshire is not a region of GB (known: "),
    ],
)
def test_a_country_or_region_the_package_does_not_know_is_named(holidays: dict[str, str], message: str) -> None:
    with pytest.raises(PolicyError) as raised:
        working_days_for(_policy(**holidays), YEARS)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_the_site_file_reads_back_as_the_same_working_days() -> None:
    england = working_days_for(_policy(country="GB", region="ENG"), YEARS)
    data = json.dumps(england.to_json())
    assert working_days_from_json(data) == england
    assert working_days_from_json(json.dumps(DEFAULT_WORKING_DAYS.to_json())) == DEFAULT_WORKING_DAYS
    assert json.loads(data)["years"] == [2026, 2027]


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"country": "GB", "region": null, "years": [2026], "dates": []}',
        '{"country": "GB", "region": null, "years": [2026, 2027], "dates": ["25/12/2026"]}',
        '{"country": 7, "region": null, "years": [2026, 2027], "dates": []}',
    ],
)
def test_a_holidays_file_that_is_not_one_says_so_in_one_line(text: str) -> None:
    with pytest.raises(HolidaysError) as raised:
        working_days_from_json(text)
    assert str(raised.value).startswith("holidays: ")
    assert "\n" not in str(raised.value)


def test_working_days_skip_weekends_and_holidays_and_stay_in_the_window() -> None:
    christmas = WorkingDays.of([dt.date(2026, 12, 25)], YEARS, "XX")
    assert christmas.on_or_after(dt.date(2026, 12, 24)) == dt.date(2026, 12, 24)
    assert christmas.on_or_after(dt.date(2026, 12, 25)) == dt.date(2026, 12, 28)
    assert christmas.last_in(dt.date(2026, 12, 24), dt.date(2026, 12, 27)) == dt.date(2026, 12, 24)
    assert christmas.last_in(dt.date(2026, 12, 26), dt.date(2026, 12, 27)) == dt.date(2026, 12, 26)
    # A country without 1 January off, within the years of its data: the day is a working day.
    assert christmas.is_working_day(dt.date(2027, 1, 1))
    assert not DEFAULT_WORKING_DAYS.is_working_day(dt.date(2027, 1, 1))
