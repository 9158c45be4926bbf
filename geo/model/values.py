"""Stored and exported values read back: dates, years and plan periods (empty → None)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def date_or_none(value: dt.date | str | None) -> dt.date | None:
    """Return a date from a date or an ISO string (a datetime's date part), None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def iso_or_none(value: dt.date | None) -> str | None:
    """Return a date as ISO text, None when empty."""
    return value.isoformat() if value else None


def int_or_none(value: Any) -> int | None:
    """Return an int from a number or its text, None when empty."""
    return None if value is None or value == "" else int(value)


def period_or_none(value: Any) -> tuple[int, int] | None:
    """Return a plan period ``(first year, last year)`` from a pair of years, None when empty."""
    if not value:
        return None
    first, last = (int(v) for v in value)
    return (first, last)
