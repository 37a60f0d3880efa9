"""Resolve time expressions that point at another time in the text, not at publication.

Most relative expressions in news count from the publication date, but a few refer back to a
time the text has just named:

- "that year", "the same year", "that month", "that day", "that week": the last year
  (month, day, the week of the day) mentioned before;
- "a year earlier", "a year ago", "the year-ago period" in a sentence that names a quarter
  (or half): the same quarter one year before - the idiom of results reporting ("profit
  rose in the third quarter from $5 million a year earlier"); so does "the corresponding
  (same, comparable) period last year", however far back the quarter was named;
- "the following day", "the previous week", "the day (year) before": one step from the time
  named last (publication-relative when the text named none);
- "the quarter", "the same period": the last quarter named in the text; "the 1988 quarter"
  that quarter in 1988. ("the latest quarter" is the one last reported: see the quarter rule.)

This runs after normalisation, over the expressions in text order: a pure function of the
spans, their normalised values and their sentence numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import calendar as cal
from .values import Norm, clean

_PERIOD = re.compile(r"^(\d{4})-([QH])(\d)$")
_YEAR_BACK = re.compile(r"^(?:the\s|a\s)?(?:year\s(?:ago|earlier)|a year\s(?:ago|earlier))"
                        r"(?:\s(?:period|quarter|level|results))?$"
                        # "the corresponding period last year": the same period, a year back
                        r"|^the\s(?:same|corresponding|comparable|like)\s(?:period|quarter)\s"
                        r"(?:of\s)?(?:last\syear|a\syear\s(?:ago|earlier|before))$")
_NAMES_PERIOD = re.compile(r"\s(?:period|quarter)$|^the\s(?:same|corresponding|comparable|like)\s")
_SAME_PERIOD = re.compile(r"^(?:the\s)?(?:same\s|comparable\s)?(?:quarter|period)$")
_YEAR_ONLY_PERIOD = re.compile(r"^(\d{4})-([QH])X$")
_ANAPHOR = re.compile(r"^(?:(?:earlier|later|early|late)\s(?:in\s|on\s)?)?"
                      r"(?:that|the same)\s(year|month|day|week)$"
                      # "for the year", "for the week": the one the text is about
                      r"|^the\s(year|month|week)$")
# "the following day", "the previous week", "the day before": a step from the time named last
# "the next morning", "that evening": a part of the day named last (or the one after it)
_PART_STEP = re.compile(r"^(?:the\s(following|next|previous)|that|later\sthat|early\sthat)\s"
                        r"(morning|afternoon|evening|night)$")
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_STEP = re.compile(r"^the\s(?:(following|next|previous|preceding)\s(day|week|month|year)|"
                   r"(day|week|month|year)\s(before|after))$")


# A clock time naming no day ("12 p.m.", "at approximately 11:30 p.m. EST", "noon")
_BARE_CLOCK = re.compile(
    r"(?:(?:about|approximately|around|roughly|at|by|until|till|after|before|shortly|"
    r"just|from|to)\s)*(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d|noon|midnight|midday)"
    r"(?:\s(?:[a-z]{2,4}t|gmt|utc|local time))?")


# How many sentences back a named quarter still frames "a year earlier" (results stories
# name the quarter once, then compare: "Net rose 5% in the third quarter. A year earlier...").
# Chosen on the TimeBank dev half (0: 0.781 value F1, 1: 0.789, 2: same as 1); "last year"
# is left to the publication date (treating it like "a year earlier" lowered dev value F1).
_NEAR = 1


@dataclass(frozen=True, slots=True)
class Mention:
    """One recognised expression: its text, sentence number and normalised value."""

    text: str
    sentence: int
    norm: Norm
    fixed: bool = False  # the value was read from its context ("the quarter ended Sept. 30")
    past: bool = False  # its clause is in a past tense ("and again the next year")


def _period_norm(year: int, kind: str, n: int) -> Norm:
    months = 3 if kind == "Q" else 6
    return Norm(f"{year}-{kind}{n}", "period", date(year, (n - 1) * months + 1, 1),
                cal.month_end(year, n * months))


def resolve_references(mentions: list[Mention], published: date | None = None) -> list[Norm]:
    """The normalised values of ``mentions`` (text order) with back-references resolved.

    ``published`` (when known) keeps a period not yet begun at publication ("losses through
    the third quarter of 1990", a forecast) from framing a "year-ago period" in a later
    sentence: results compare the periods they report, which have begun (a fiscal quarter
    named by its calendar one may not have ended); only in its own sentence does such a
    period frame one ("expects 1990 first-quarter profit to top the year-ago level")."""
    out: list[Norm] = []
    last_period: tuple[int, int, str, int] | None = None  # (sentence, year, kind, n)
    last_begun: tuple[int, int, str, int] | None = None  # ... the last one begun by publication
    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    last_day: date | None = None
    day_sentence = -1  # the sentence that named last_day
    # a clock time with a day still to come in its sentence is that day's ("noon to 9 p.m.
    # Sunday"): only one with none after it takes the day named before
    day_after = [any(n.sentence == m.sentence and n.norm.precision == "day" and
                     not _BARE_CLOCK.fullmatch(clean(n.text)) for n in mentions[k + 1:k + 4])
                 for k, m in enumerate(mentions)]
    for k, m in enumerate(mentions):
        t = clean(m.text)
        norm = m.norm
        anaphor = _ANAPHOR.match(t)
        unit = (anaphor[1] or anaphor[2]) if anaphor else None
        step = _STEP.match(t)
        if m.fixed:
            step = anaphor = unit = None
        # "the next week/year" more often counts from publication ("in the next year"); only
        # "the next day" is taken as a step from the time named last - and, in a past-tense
        # clause, any "the next" unit ("lost money in 1996 and again the next year"): what
        # has happened cannot lie in the year after publication
        part = _PART_STEP.match(t)
        if part and last_day is not None and not m.fixed:
            d = last_day + timedelta(days={"following": 1, "next": 1, "previous": -1}.get(
                part[1] or "", 0))
            code = _PART_CODE[part[2]]
            norm = Norm(f"{d.isoformat()}T{code}", "day", d,
                        d + timedelta(days=1) if code == "NI" else d)
        elif step and (step[1] != "next" or step[2] == "day" or m.past):
            norm = _step(step, last_day, last_month, last_year) or norm
        elif unit == "year" and last_year is not None:
            norm = Norm(str(last_year), "year", date(last_year, 1, 1), date(last_year, 12, 31))
        elif unit == "month" and last_month is not None:
            y, mo = last_month
            norm = Norm(f"{y}-{mo:02d}", "month", date(y, mo, 1), cal.month_end(y, mo))
        elif unit == "day" and last_day is not None:
            norm = Norm(last_day.isoformat(), "day", last_day, last_day)  # "that day"
        elif unit == "week" and last_day is not None:
            first, last = cal.week_bounds(last_day)
            norm = Norm(cal.iso_week(last_day), "week", first, last)
        elif _BARE_CLOCK.fullmatch(t) and "T" in norm.value and last_day is not None and \
                day_sentence == m.sentence and norm.first != last_day and not day_after[k]:
            # "Saturday, March 28, from 12 p.m. to 8 p.m.": the day the sentence has named
            norm = Norm(last_day.isoformat() + norm.value[norm.value.index("T"):], "day",
                        last_day, last_day)
        elif _YEAR_BACK.match(t) and (frame := _frame(m, last_period, last_begun)) and (
                m.sentence - frame[0] <= _NEAR or _NAMES_PERIOD.search(t)):
            # "the year-ago period" names a period itself: the one named last, however far
            _, y, kind, n = frame
            norm = _period_norm(y - 1, kind, n)
        elif _SAME_PERIOD.match(t) and last_period and not m.fixed:
            _, y, kind, n = last_period
            norm = _period_norm(y, kind, n)
        elif _YEAR_ONLY_PERIOD.match(norm.value) and last_period and \
                _YEAR_ONLY_PERIOD.match(norm.value)[2] == last_period[2]:
            # "the 1988 quarter" after "the third quarter": the third quarter of 1988
            norm = _period_norm(int(norm.value[:4]), last_period[2], last_period[3])
        out.append(norm)
        p = _PERIOD.match(norm.value)
        if p and not _YEAR_BACK.match(t):
            last_period = (m.sentence, int(p[1]), p[2], int(p[3]))
            if published is None or norm.first is None or norm.first <= published:
                last_begun = last_period
        if norm.first and norm.last and norm.precision in ("day", "month", "year") and \
                norm.first.year == norm.last.year:
            last_year = norm.first.year
            if norm.precision in ("day", "month"):
                last_month = (norm.first.year, norm.first.month)
            if norm.precision == "day" and norm.first == norm.last and \
                    not _BARE_CLOCK.fullmatch(t):
                last_day, day_sentence = norm.first, m.sentence
    return out


def _frame(m: Mention, last_period, last_begun):
    """The period a year-back comparison in ``m`` looks back from: the one named last, unless
    that one had not begun by publication and was named in another sentence."""
    if last_period is not None and last_period is not last_begun and \
            last_period[0] != m.sentence:
        return last_begun
    return last_period


def _step(step: re.Match, last_day: date | None, last_month: tuple[int, int] | None,
          last_year: int | None) -> Norm | None:
    """One unit on from (or back before) the time named last; None without an antecedent."""
    unit = step[2] or step[3]
    sign = -1 if (step[1] in ("previous", "preceding") or step[4] == "before") else 1
    if unit == "day" and last_day:
        d = last_day + timedelta(days=sign)
        return Norm(d.isoformat(), "day", d, d)
    if unit == "week" and last_day:
        d = last_day + timedelta(days=7 * sign)
        first, last = cal.week_bounds(d)
        return Norm(cal.iso_week(d), "week", first, last)
    if unit == "month" and last_month:
        d = cal.add_months(date(*last_month, 1), sign)
        return Norm(f"{d.year:04d}-{d.month:02d}", "month", d, cal.month_end(d.year, d.month))
    if unit == "year" and last_year:
        y = last_year + sign
        return Norm(str(y), "year", date(y, 1, 1), date(y, 12, 31))
    return None
