"""Dates as readers see them in the checker's sentences."""

from __future__ import annotations

import datetime as dt

__all__ = ["long_date"]


def long_date(day: dt.date) -> str:
    """``Fri 4 Dec 2026``: a weekday and a month name a reader can place at once, unlike ``2026-12-04``.

    The browser form writes its own dates the same way, with a comma after the weekday.
    """
    return f"{day:%a} {day.day} {day:%b %Y}"  # the day unpadded: "%d" would write "04"
