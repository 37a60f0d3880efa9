"""Calendar arithmetic for normalisation: shifting by units, bounds of months, weeks, quarters.

Plain standard-library date maths (no dateutil): the few operations the rules need are
short, and keeping them here makes each rule's anchor logic one readable line.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    """``d`` shifted by whole months, the day clamped to the target month's length."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def shift(d: date, unit: str, n: float) -> date:
    """``d`` moved by ``n`` units (D, W, M, Y, DE, CE, Q, H...) - negative is the past."""
    if unit == "D":
        return d + timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + timedelta(days=round(7 * n))
    if unit == "M":  # "a month and a half": a fraction of a month in days
        return add_months(d, round(n)) if n == int(n) else d + timedelta(days=round(30.44 * n))
    if unit == "Q":
        return add_months(d, round(3 * n))
    if unit == "Y":  # "a year and a half ago": the fraction in months, not rounded to a year
        return add_years(d, round(n)) if n == int(n) else add_months(d, round(12 * n))
    if unit == "DE":
        return add_years(d, round(10 * n))
    if unit == "CE":
        return add_years(d, round(100 * n))
    return d  # clock units and unknown units do not move the date


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_bounds(year: int, q: int) -> tuple[date, date]:
    return date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def last_weekday(d: date, weekday: int, *, strictly_before: bool = False) -> date:
    """The most recent ``weekday`` (0 = Monday) on or before ``d`` (strictly before if asked)."""
    back = (d.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return d - timedelta(days=back)


def next_weekday(d: date, weekday: int) -> date:
    """The next ``weekday`` strictly after ``d``."""
    ahead = (weekday - d.weekday()) % 7 or 7
    return d + timedelta(days=ahead)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ISO dates (the first ten characters of each: a datetime or a range
    counts from its first day); None when either is missing or no date."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return None
