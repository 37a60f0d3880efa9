"""Normalised time values and the helpers every rule uses to build them.

``Norm`` is what a rule returns: a value (ISO 8601 or TimeML), a precision and, when the
value is anchored, the first and last dates it covers (inclusive). ``clean`` is the rules'
common input form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import calendar as cal
from .lexicon import MONTHS, ORDINALS, UNITS, WEEKDAYS


@dataclass(frozen=True, slots=True)
class Norm:
    """A normalised value: what ``TimeValue`` needs beyond the span."""

    value: str
    precision: str
    first: date | None = None
    last: date | None = None
    timeml: str | None = None  # the TIMEX3 value when it differs from ``value`` (see records)


@dataclass(frozen=True, slots=True)
class Context:
    anchor: date | None
    future: bool = False  # the clause speaks of the future ("will meet on Friday")
    present: bool = False  # ... in the present tense ("the road is closed through April")
    past: bool = False  # ... in a past tense ("the drought hit farmers in the summer")


def on_day(d: date, suffix: str = "") -> Norm:
    """A day, or a part of it (TimeML suffix "TMO", "TNI"...); a night runs into the next day."""
    return Norm(d.isoformat() + suffix, "day", d, d + timedelta(days=1) if suffix == "TNI" else d)


def in_month(y: int, m: int) -> Norm:
    return Norm(f"{y:04d}-{m:02d}", "month", date(y, m, 1), cal.month_end(y, m))


def in_year(y: int) -> Norm:
    return Norm(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def in_week(d: date) -> Norm:
    first, last = cal.week_bounds(d)
    return Norm(cal.iso_week(d), "week", first, last)


def interval(first: date, last: date, left: str | None = None) -> Norm:
    left = left or first.isoformat()
    return Norm(f"{left}/{last.isoformat()}", "period", first, last)


def reference(kind: str, anchor: date | None) -> Norm:
    if kind == "PRESENT_REF" and anchor:
        return Norm(kind, "period", anchor, anchor)
    return Norm(kind, "period")


MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
UNIT_RE = "|".join(sorted(UNITS, key=len, reverse=True))
ORD_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
# a day number written out ("fifth", "twenty third"): the longest first
SPELLED_ORD_RE = "|".join(sorted((k for k in ORDINALS if not k[:1].isdigit()), key=len,
                                 reverse=True))


def clean(text: str) -> str:
    """Lower-case, unify quotes and hyphens, drop abbreviation dots: the rules' input form."""
    t = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\b(a)\.m\.|\b(p)\.m\.", lambda m: (m.group(1) or m.group(2)) + "m", t)
    t = re.sub(r"\b([a-z]{3,5})\.(?=\s|,|$)", r"\1", t)  # "sept." -> "sept"
    t = re.sub(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])", " ", t)  # "third-quarter"
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\.?\[\d*\]?$", "", t)  # a footnote mark glued on: "march 4.[3"
    t = re.sub(r"[\s,]+$|^[\s,]+", "", t)
    return re.sub(r"\s+", " ", t)
