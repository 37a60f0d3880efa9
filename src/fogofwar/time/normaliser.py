"""Normalise one English time expression against an anchor (the publication date).

``normalise(text, anchor)`` turns the text of a recognised expression into a value: ISO 8601
(``2025-03-18``, ``2025-03``, ``2025``, ``2025-W15``, interval ``a/b``) or TimeML where ISO
cannot say it (``P3D``, ``PRESENT_REF``, ``PAST_REF``, ``2022-SU``, ``199`` for the 1990s), a
precision (day|week|month|year|period) and, when anchored, the inclusive first/last dates the
value covers, so that fusion can overlap intervals.

Why our own rules and not dateparser: measured here (dateparser 1.5.0 ``search_dates`` with
RELATIVE_BASE 2025-04-08), "in March" becomes 2025-03-08 and "in 2022" 2022-04-08 (the base's
day and month: a false precision), "last year" swallows the next word ("last year before" ->
2024-04-08), "In recent days" is not found at all, and the modal verb in "Tactics may also
provide leverage" becomes 2025-05-08. News conventions differ from a generic parser's too: a
bare weekday is the most recent one on or before publication, a bare month the most recent
one not after it - unless the clause's tense says otherwise (``Context``: a future clause looks
ahead; a present-tense one takes the next weekday and the nearer month or date). The rules are
ordered regular expressions over the cleaned expression (the approach of HeidelTime):
``calendar_rules`` for named calendar times, ``relative_rules`` for times relative to
publication, durations and references; the first rule that reads the expression wins.
Modifiers ("about", "early", "the end of") are peeled off when no rule reads the whole.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from . import calendar_rules as C
from . import relative_rules as R
from .values import UNIT_RE, Context, Norm, clean, in_week, interval, on_day

__all__ = ["Norm", "normalise", "clean"]

_CLOCK = re.compile(
    # (a zone is a whole word: "sat" of "saturday" is none)
    r"(?:^|\s)(?:at\s)?(\d{1,2})(?::(\d\d))?\s?(am|pm)(?:\s(?:[a-z]{2,4}t|gmt|utc|local time)\b)?"
    r"|(?:^|\s)(\d{1,2}):(\d\d)(?:\s(?:[a-z]{2,4}t|gmt|utc|local time)\b)?"
    r"|(?:^|\s)(noon|midday|midnight)"
    # military time needs its zone or "hours" ("1500 ET"), else it is a year or a number
    r"|(?:^|\s)([01]\d|2[0-3])([0-5]\d)\s(?:et|est|edt|gmt|utc|msk|cet|eet|hrs|hours|local time)")
_BOUNDARY = re.compile(
    r"^(?:the\s)?(?:very\s)?(early|earlier|late|later|mid|middle|end|beginning|start|close|"
    r"turn|rest|remainder|latter part|first part)(?:\s(?:of|on|in))?(?:\sthe)?\s")
_MODIFIER = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|some|more than|less than|fewer than|"
    r"at least|at most|up to|no more than|no less than|over|within|just|only|barely|fully|"
    r"well over|under|the better part of|as many as|as few as|a full|an estimated|"
    r"sometime|some time|as early as|as late as|by|until|till|through|throughout|during|"
    r"in|on|at|for|of|from|after|before)\s")


_RULES = C.RULES + R.RULES


def _apply(t: str, ctx: Context) -> Norm | None:
    for rule in _RULES:
        n = rule(t, ctx)
        if n is not None:
            return n
    return None


def _with_clock(t: str, ctx: Context) -> Norm | None:
    """ "10 pm wednesday", "noon thursday", "5 pm est, nov 6": a day plus a clock time."""
    m = _CLOCK.search(t)
    if not m:
        return None
    rest = (t[:m.start()] + " " + t[m.end():]).strip(" ,")
    rest = re.sub(r"^(?:on|of)\s|\s(?:at|on)$", "", rest)
    if m[7]:
        hh, mm = int(m[7]), int(m[8])
    elif m[6]:
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m[6]]
    elif m[3]:
        hh, mm = int(m[1]) % 12 + (12 if m[3] == "pm" else 0), int(m[2] or 0)
    else:
        hh, mm = int(m[4]), int(m[5])
    if hh > 24 or mm > 59:
        return None
    day = _apply(rest, ctx) if rest else (on_day(ctx.anchor) if ctx.anchor else None)
    if rest and rest in ("this morning", "this afternoon", "this evening", "tonight"):
        day = on_day(ctx.anchor) if ctx.anchor else None
    if day is None or day.precision != "day" or day.first is None:
        return Norm(f"XXXX-XX-XXT{hh:02d}:{mm:02d}", "day") if not rest else None
    return Norm(f"{day.first.isoformat()}T{hh:02d}:{mm:02d}", "day", day.first, day.last)


_PART_OF_DAY_PREFIX = re.compile(
    r"^(?:(overnight)(?:\son)?|(?:the\s)?(night|morning|evening|afternoon)\sof|"
    r"(?:the\s)?((?:early|small|wee)\shours)\sof|(dawn)\son|(?:the\s)?(week)\sof)\s(.+)$")
_POD_CODE = {"overnight": "NI", "night": "NI", "morning": "MO", "evening": "EV",
             "afternoon": "AF", "early hours": "MO", "small hours": "MO", "wee hours": "MO",
             "dawn": "MO"}
_RANGE = re.compile(r"^(?:(from|between)\s)?(.+?)\s?(?:(-)|\s(to|and|or|through|until|till)\s)"
                    r"\s?(.+)$")
_BARE_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


def _part_of_day(t: str, ctx: Context) -> Norm | None:
    """ "overnight on March 4-5", "the night of 18 to 19 March", "the morning of March 5"."""
    m = _PART_OF_DAY_PREFIX.match(t)
    if not m:
        return None
    inner = normalise(m[6], ctx.anchor, future=ctx.future, present=ctx.present, past=ctx.past)
    if inner is None or inner.first is None:
        return None
    if m[5]:  # "the week of 14 March"
        return in_week(inner.first)
    if inner.last is None or (inner.last - inner.first).days > 1 or inner.precision not in (
            "day", "period"):
        return None
    code = _POD_CODE[m[1] or m[2] or m[3] or m[4]]
    last = inner.last
    if code == "NI" and last == inner.first:
        last = inner.first + timedelta(days=1)  # the night runs into the next day
    return Norm(f"{inner.first.isoformat()}T{code}", "day", inner.first, last)


def _range(t: str, ctx: Context) -> Norm | None:
    """ "1 to 3 March", "March 4-5", "from 2014 to 2022", "between May and July": an interval.

    A bare day number borrows the month and year of the other end. "and" makes a range only
    after "between" ("2022 and 2024" are two years, not three).
    """
    m = _RANGE.match(t)
    both_days = False
    if m and m[4] in ("and", "or") and m[1] != "between":
        # "March 14 and 15": two days of one month are one account's days (TIMEX3 marks
        # each; the TimeML reading keeps the first); "2022 and 2024" stay two years
        both_days = bool(_BARE_DAY.match(m[5])) and not _BARE_DAY.match(m[2])
        if not both_days:
            return None
    if not m:
        return None
    left_t, right_t = m[2], m[5]
    anchor, kw = ctx.anchor, {"future": ctx.future, "present": ctx.present, "past": ctx.past}
    left = normalise(left_t, anchor, **kw) if not _BARE_DAY.match(left_t) else None
    right = normalise(right_t, anchor, **kw) if not _BARE_DAY.match(right_t) else None
    if left is None and right is not None and right.precision == "day" and right.first and \
            _BARE_DAY.match(left_t):
        day = int(_BARE_DAY.match(left_t)[1])
        first = cal.safe_date(right.first.year, right.first.month, day)
        if first and first > right.first:  # "30 to 2 April": the end of the month before
            first = cal.safe_date(*_month_before(right.first), day)
        left = on_day(first) if first else None
    if right is None and left is not None and left.precision == "day" and left.first and \
            _BARE_DAY.match(right_t):
        day = int(_BARE_DAY.match(right_t)[1])
        last = cal.safe_date(left.first.year, left.first.month, day)
        if last and last < left.first:
            last = cal.add_months(left.first.replace(day=1), 1).replace(day=day)
        right = on_day(last) if last else None
    if left is None or right is None or left.first is None or right.last is None or \
            left.first > right.last or "/" in left.value + right.value or \
            "T" in left.value + right.value:
        return None
    if both_days and (left.precision != "day" or left.first.day >= right.last.day
                      or right.last.month != left.first.month):
        return None
    return Norm(f"{left.value}/{right.value}", "period", left.first, right.last,
                timeml=left.value if both_days else None)


def _month_before(d: date) -> tuple[int, int]:
    return (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)


# (not "the 12 months ended Sept. 30": TIMEX3 marks the length and the date apart)
_YEAR_TO = re.compile(r"(?:the\s)?(year)\s(?:to|through)\s(.+)")


def _year_to(m: re.Match, anchor: date | None) -> Norm | None:
    """ "the year to February", "the year through June 30": the twelve months that end then
    (TIMEX3: the length, P1Y), not the year of publication up to that month."""
    end = normalise(m[2], anchor, past=True)
    if end is None or end.last is None or end.precision not in ("day", "month"):
        return None
    first = cal.add_months(end.last.replace(day=1), -11) if end.precision == "month" else \
        end.last - timedelta(days=364)
    left = first.isoformat()[:7] if end.precision == "month" else first.isoformat()
    return Norm(f"{left}/{end.value}", "period", first, end.last, timeml="P1Y")


def normalise(text: str, anchor: date | None, *, future: bool = False,
              present: bool = False, past: bool = False) -> Norm | None:
    """Normalise one time expression against ``anchor`` (publication date, or None).

    Returns None when the text is not a time expression these rules understand. With no
    anchor, relative expressions still get a value: a TimeML reference (PRESENT_REF,
    PAST_REF, FUTURE_REF) or a partial value without the year (``XXXX-03``).
    """
    ctx = Context(anchor=anchor, future=future, present=present and not future,
                  past=past and not future)
    # "the 1970's": the decade, before clean() drops the "'s" as a possessive
    text = re.sub(r"^(the\s(?:(?:early|mid|late)[\s-])?\d{3}0)\s?['’]s$", r"\1s", text.strip(),
                  flags=re.I)
    t = clean(text)
    if not t or re.fullmatch(r"(?:in\s)?(?:may|march)", text.strip()):
        return None  # lower-case "may"/"march": the modal and the verb, never the month
    if re.search(r"\bold$", t):
        return None  # an age ("a 55-year-old man") is not a time of anything reported
    t = re.sub(r"^this\s(?=(?:past|coming)\s)", "", t)  # "this past weekend": the past one
    year_to = _YEAR_TO.fullmatch(t)
    if year_to:
        return _year_to(year_to, anchor)
    since = re.match(r"(?:ever\s)?since\s", t)
    if since:
        # (what a "since" starts from lies before the writing: "since the fall" written in
        # August is last autumn, not the coming one; read228 class 8)
        inner = normalise(t[since.end():], anchor, future=False, past=True)
        if inner is not None and anchor is None and inner.first is not None:
            # "since 2022", date of publication unknown: the start is known, the end is not;
            # no first/last, so nothing reads it as "during 2022"
            return Norm(inner.value, "period")
        if inner is None or inner.first is None or anchor is None or inner.first > anchor:
            return inner
        # TimeML marks "since" as a signal outside the TIMEX3: its value is the start alone
        n = interval(inner.first, anchor, left=inner.value.split("/")[0])
        return Norm(n.value, n.precision, n.first, n.last,
                    timeml=inner.timeml or inner.value.split("/")[0])
    # "a year and a half", "an hour and a half": one and a half units (P1.5Y, PT1.5H)
    t = re.sub(rf"^(?:an?|one)\s({UNIT_RE})\sand\sa\shalf\b", r"one and a half \1s", t)
    for _ in range(4):  # peel modifiers: "about two years ago", "early on 18 march"
        n = _apply(t, ctx) or _with_clock(t, ctx) or _part_of_day(t, ctx) or _range(t, ctx)
        if n is not None:
            return n
        m = _MODIFIER.match(t) or _BOUNDARY.match(t)
        if not m:
            break
        rest = t[m.end():]
        if _BOUNDARY.match(t) and rest in ("week", "month", "year", "day", "decade", "century"):
            rest = "this " + rest  # "the end of the month", "the turn of the century"
        if _BOUNDARY.match(t) and rest in ("earlier", "later"):
            return None
        t = rest
    t2 = re.sub(r"\s(earlier|later)$", "", t)
    if t2 != t and not re.search(rf"\b({UNIT_RE})s?$", t2):
        return _apply(t2, ctx)  # "Monday earlier" is still Monday
    return None
