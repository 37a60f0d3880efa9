"""Rules for expressions that name the calendar: dates, months, years, decades, seasons, quarters.

Each rule takes the cleaned expression and a ``Context`` (anchor, tense) and returns a ``Norm``
or None. A date or month without its year takes it from the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import calendar as cal
from .lexicon import (
    DECADE_WORDS, MONTHS, ORDINALS, SEASON_MONTHS, SEASONS, WEEKDAYS, parse_number,
)
from .values import (
    MONTH_RE, ORD_RE, SPELLED_ORD_RE, WEEKDAY_RE, Context, Norm, in_month, in_year, on_day,
)


def _year_for_month(month: int, ctx: Context, rel: str = "") -> int | None:
    """The year of a bare month: most recent not after the anchor (next one if future)."""
    a = ctx.anchor
    if a is None:
        return None
    if rel == "this":
        return a.year
    if not rel and ctx.present and month != a.month:
        # present tense ("is closed through April"): the nearer of last and next such month
        # (in months), a month ahead counting as two behind (news leans to the past)
        ahead = (month - a.month) % 12
        return a.year + (month < a.month) if 2 * ahead < 12 - ahead else \
            a.year - (month > a.month)
    if rel == "last" or (not rel and not ctx.future):
        return a.year if month < a.month or (month == a.month and rel != "last") else a.year - 1
    if rel == "next":
        return a.year if month > a.month else a.year + 1
    return a.year if month >= a.month else a.year + 1  # future tense: this month or later


def _nearest_day(day_in: Callable[[int], date], ctx: Context) -> date | None:
    """Of ``day_in(year)`` for the anchor's year and the years either side, the day nearest
    the anchor, leaning to the past (news reports)."""
    a = ctx.anchor
    if a is None:
        return None
    best = None
    for y in (a.year - 1, a.year, a.year + 1):
        d = day_in(y)
        delta = (d - a).days
        # future dates count as three times as far unless the clause speaks of the future
        # (news reports lean to the past; 3 rather than 2 chosen on the TimeBank dev half)
        # (in the present tense - "the offer expires Nov. 21" - ahead and behind weigh alike)
        dist = abs(delta) * (3 if delta > 0 and not (ctx.future or ctx.present) else 1)
        if ctx.future and delta < 0:
            dist *= 2
        if ctx.past and delta > 1:
            # a past tense tells what has happened ("was admitted on June 16", "had been
            # founded Nov. 15"): not a day still ahead of publication (a day's slack for
            # time zones and the night before)
            dist += 10_000
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1]


def _nearest_year(month: int, day: int, ctx: Context) -> int | None:
    """The year that puts month/day nearest the anchor, leaning to the past (news reports)."""
    d = _nearest_day(lambda y: cal.safe_date(y, month, day) or cal.safe_date(y, month, 28), ctx)
    return d.year if d is not None else None


def _numeric(t: str, ctx: Context) -> Norm | None:
    """ "2022-03-18", "2022-03", "18.03.2022" (day first), "03/18/2022" (month first unless
    impossible)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        d = cal.safe_date(int(m[1]), int(m[2]), int(m[3]))
        return on_day(d) if d else None
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and 1 <= int(m[2]) <= 12:
        return in_month(int(m[1]), int(m[2]))
    m = re.fullmatch(r"(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})", t)
    if m:
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        y = y + (1900 if y >= 50 else 2000) if y < 100 else y
        # dots are day.month.year (European); slashes month/day/year unless impossible
        day, month = (a, b) if m[2] == "." or a > 12 else (b, a)
        d = cal.safe_date(y, month, day)
        return on_day(d) if d else None
    return None


# a spelled ordinal next to a month ("january fifth", "the fifth of january")
_SPELLED_DAY = re.compile(rf"(?<![a-z])({SPELLED_ORD_RE})(?=\s(?:of\s)?(?:{MONTH_RE})\b|$)")


def _absolute_day(t: str, ctx: Context) -> Norm | None:
    """ "18 March", "March 18, 2022", "Monday, March 18": a day; no year -> the nearest to
    publication."""
    named = re.match(rf"^({WEEKDAY_RE}),?\s", t) or re.search(rf",?\s({WEEKDAY_RE})$", t)
    weekday = WEEKDAYS[named[1]] if named else None
    t = re.sub(rf"^(?:{WEEKDAY_RE}),?\s", "", t)
    t = re.sub(rf",?\s(?:{WEEKDAY_RE})$", "", t)
    rel = re.match(r"(next|last|this|coming|past)\s", t)
    if rel:  # "next Sept. 30": the first such day after publication, "last May 1" before
        t = t[rel.end():]
    t = _SPELLED_DAY.sub(lambda m: str(ORDINALS[m[1]]), t)  # "january fifth": the 5th
    m = (re.fullmatch(rf"(?:the\s)?{ORD_RE}\s(?:of\s)?({MONTH_RE}),?(?:\s(\d{{4}}))?", t)
         or None)
    if m:
        day, month, year = int(m[1]), MONTHS[m[2]], m[3]
    else:
        m = re.fullmatch(rf"({MONTH_RE})\s(?:the\s)?{ORD_RE},?(?:\s(\d{{4}}))?", t)
        if not m:
            return None
        month, day, year = MONTHS[m[1]], int(m[2]), m[3]
    if not 1 <= day <= 31:
        return None
    if year:
        d = cal.safe_date(int(year), month, day)
        return on_day(d) if d else None
    if rel and rel[1] != "this" and ctx.anchor is not None:
        a = ctx.anchor
        ahead = rel[1] in ("next", "coming")
        for y in ((a.year, a.year + 1) if ahead else (a.year, a.year - 1)):
            d = cal.safe_date(y, month, day)
            if d and (d > a if ahead else d < a):
                return on_day(d)
        return None
    y = _nearest_year(month, day, ctx)
    if y is None:
        return Norm(f"XXXX-{month:02d}-{day:02d}", "day")
    if weekday is not None and ctx.anchor is not None:
        # "Thursday, Sept. 17": of the years around publication, the one where the day
        # falls on the weekday named, if only one does
        fits = [z for z in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
                if (d := cal.safe_date(z, month, day)) and d.weekday() == weekday]
        if len(fits) == 1:
            y = fits[0]
    d = cal.safe_date(y, month, day)
    return on_day(d) if d else None


def _weekday_nth(t: str, ctx: Context) -> Norm | None:
    """ "Friday the 13th": the day of that number, in a month near publication, that falls on
    that weekday - the nearest such, leaning to the past as for dates."""
    m = re.fullmatch(rf"({WEEKDAY_RE}),?\s(?:the\s)(\d{{1,2}})(?:st|nd|rd|th)", t)
    a = ctx.anchor
    if not m or a is None:
        return None
    wd, day = WEEKDAYS[m[1]], int(m[2])
    best = None
    for k in range(-14, 15):
        y, mo = divmod(a.year * 12 + a.month - 1 + k, 12)
        d = cal.safe_date(y, mo + 1, day)
        if d is None or d.weekday() != wd:
            continue
        delta = (d - a).days
        dist = abs(delta) * (3 if delta > 0 and not ctx.future else 1)
        if best is None or dist < best[0]:
            best = (dist, d)
    return on_day(best[1]) if best else None


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def _nth_weekday_of(t: str, ctx: Context) -> Norm | None:
    """ "the first Tuesday of June", "the last Friday in May 2009": that day of that month (the
    month's year as for a bare month)."""
    m = re.fullmatch(rf"(?:the\s)?(first|second|third|fourth|last|final)\s({WEEKDAY_RE})\s"
                     rf"(?:of|in)\s(.+)", t)
    if not m:
        return None
    month = _month_expr(m[3], ctx)
    if month is None or month.precision != "month" or month.first is None:
        return None
    d = _nth_weekday(month.first.year, month.first.month, WEEKDAYS[m[2]], _NTH[m[1]])
    return on_day(d) if d.month == month.first.month else None


def _month_expr(t: str, ctx: Context) -> Norm | None:
    """ "March" (the most recent not after publication), "last May", "March 2022"."""
    m = re.fullmatch(rf"({MONTH_RE}),?\s(?:of\s)?(\d{{4}})", t)
    if m:
        return in_month(int(m[2]), MONTHS[m[1]])
    m = re.fullmatch(rf"({MONTH_RE}),?\s(?:of\s)?((?:nineteen|twenty)\s.+)", t)
    if m:
        y = _year_expr(m[2], ctx)
        return in_month(int(y.value), MONTHS[m[1]]) if y else None
    m = re.fullmatch(rf"(?:(last|this|next|past|previous|coming)\s)?({MONTH_RE})", t)
    if not m:
        return None
    rel = {"past": "last", "previous": "last", "coming": "next"}.get(m[1] or "", m[1] or "")
    month = MONTHS[m[2]]
    y = _year_for_month(month, ctx, rel)
    return in_month(y, month) if y else Norm(f"XXXX-{month:02d}", "month")


_SPELLED_YEAR = re.compile(r"(nineteen|twenty)\s([a-z]+(?:\s[a-z]+)?)")


def _year_expr(t: str, ctx: Context) -> Norm | None:
    """ "2022", "fiscal 1989", "nineteen ninety-six"."""
    # ("the 1990 fiscal year", "the 1988 period": the article before the year too)
    m = re.fullmatch(r"(?:the\s)?(?:(?:the\s)?(?:fiscal|calendar|year|fy|model|school|tax)\s)*"
                     r"(?:year\s)?(\d{4})(?:\s(?:fiscal\s|calendar\s)?(?:year|period))?", t)
    if m and 1000 <= int(m[1]) <= 2199:
        return in_year(int(m[1]))
    m = re.fullmatch(r"fy\s?(\d\d|\d{4})", t)  # "FY2012", "FY12"
    if m:
        y = int(m[1])
        return in_year(y if y >= 100 else y + (1900 if y >= 50 else 2000))
    m = _SPELLED_YEAR.fullmatch(t)
    if m:
        rest = parse_number(m[2].replace("-", " ").split())
        if rest is not None and 0 <= rest < 100:
            return in_year((19 if m[1] == "nineteen" else 20) * 100 + int(rest))
    if t in ("the year two thousand", "the year 2000", "two thousand"):
        return in_year(2000)
    return None


def _decade_century(t: str, ctx: Context) -> Norm | None:
    """ "the 1990s" (199), "the nineties", "the 20th century" (19)."""
    a = ctx.anchor
    m = re.fullmatch(r"(?:the\s)?(\d\d)?(\d)0s", t) or re.fullmatch(r"(?:the\s)?'(\d)0s", t)
    word = re.fullmatch(r"(?:the\s)?(?:(eighteen|nineteen)\s)?(" + "|".join(DECADE_WORDS) + ")",
                        t)
    if m or word:
        if m and m.lastindex == 2 and m[1]:
            cent, dec = int(m[1]), int(m[2])
        elif word and word[1]:  # "the nineteen nineties"
            cent, dec = 18 if word[1] == "eighteen" else 19, DECADE_WORDS[word[2]]
        else:
            dec = DECADE_WORDS[word[2]] if word else int(m[m.lastindex])
            if a is None:
                return Norm(f"XX{dec}", "period")
            cent = a.year // 100  # the most recent such decade not after publication
            if cent * 100 + dec * 10 > a.year:
                cent -= 1
        start = cent * 100 + dec * 10
        return Norm(f"{cent:02d}{dec}", "period", date(start, 1, 1), date(start + 9, 12, 31))
    m = re.fullmatch(r"(?:the\s)?(\d{1,2})(?:st|nd|rd|th)\scentury", t) or re.fullmatch(
        r"(?:the\s)?([a-z]+(?:\s[a-z]+)?)\scentury", t)
    if m:
        n = int(m[1]) if m[1].isdigit() else ORDINALS.get(m[1])
        if n:
            start = (n - 1) * 100
            return Norm(f"{n - 1:02d}", "period", date(max(start, 1), 1, 1),
                        date(start + 99, 12, 31))
    return None


# "last year", "this year", "next year": years from the year of publication
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def _season(t: str, ctx: Context) -> Norm | None:
    """ "summer 2022", "last winter", "the spring": TimeML season values (2022-SU)."""
    m = re.fullmatch(r"(?:(this|last|next|past|coming|the)\s)?(spring|summer|autumn|fall|winter)"
                     r"(?:\s(?:of\s)?(\d{4}|(?:last|this|next)\syear))?", t)
    if not m:
        return None
    code = SEASONS[m[2]]
    a, (m0, m1) = ctx.anchor, SEASON_MONTHS[code]
    if m[3] and not m[3][0].isdigit():  # "the spring of last year"
        if a is None:
            return Norm(f"XXXX-{code}", "period")
        y = a.year + _YEAR_STEP[m[3].split()[0]]
    elif m[3]:
        y = int(m[3])
    elif a is None:
        return Norm(f"XXXX-{code}", "period")
    else:
        # y: the year of this season's most recent start on or before publication
        started = a.month >= m0 or (code == "WI" and a.month <= m1)
        y = a.year - (1 if code == "WI" and a.month <= m1 else 0)
        if not started:
            y -= 1
        # that season still runs at publication ("this spring" written in April)
        running = a.month in ((12, 1, 2) if code == "WI" else range(m0, m1 + 1))
        rel = {"past": "last", "coming": "next", "the": ""}.get(m[1] or "", m[1] or "")
        if rel == "this":  # the season of this year (the winter begun last December)
            y = a.year - (1 if code == "WI" and a.month <= m1 else 0)
        elif rel == "last" and running:
            y -= 1  # "last winter" written in January: the winter before this one
        elif rel == "next" or (not rel and (ctx.future or ctx.present)):
            # the coming one: this one while it runs ("will last through the spring"), else
            # the next start
            y += 0 if running and rel != "next" else 1
        elif not rel and not ctx.past and not running:
            # no tense to go by ("the harsh winter", written in late October): the nearer of
            # the last and the next, a season ahead counting thrice, as for dates
            back = (a - cal.month_end(y + (1 if code == "WI" else 0), m1)).days
            ahead = (date(y + 1, m0, 1) - a).days
            y += 1 if 3 * ahead < back else 0
    first = date(y, m0, 1)
    last = cal.month_end(y + (1 if code == "WI" else 0), m1)
    return Norm(f"{y}-{code}", "period", first, last)


_CODE = re.compile(r"(?:fiscal\s)?(?:[1-4]?(q)([1-4])|(h)([12])|([1-4])(q))(?:\s(\d{4}))?")
_CODE_ORD = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def _quarter(t: str, ctx: Context) -> Norm | None:
    """ "the third quarter", "next year's first quarter", "the first half": 1989-Q3, 1990-H1;
    "Q4", "Q3 2012", "H1" (business news' codes) read as the words they stand for."""
    code = _CODE.fullmatch(t)
    if code:
        words = f"{_CODE_ORD[code[2] or code[4] or code[5]]} " \
            f"{'half' if code[3] else 'quarter'}"
        t = f"the {words} of {code[7]}" if code[7] else f"the {words}"
    if t in ("the latest period", "latest period"):
        t = "the latest quarter"  # results reporting: the quarter just reported
    # "the final (last) quarter of 1988": the fourth; "the last quarter" alone is the one before
    t = re.sub(r"\b(?:final|last)\s(quarter|half)\sof\s",
               lambda m: ("fourth " if m[1] == "quarter" else "second ") + m[1] + " of ", t)
    m = re.search(r"\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s)?(?:fiscal\s)?"
                  r"(quarter|half)\b", t)
    if not m or re.search(r"\bquarters\b|\bhalves\b", t):
        return None
    pre, post = t[:m.start()], t[m.end():]
    if re.search(r"[a-z]", re.sub(r"\b(of|the|this|last|next|year|ago|earlier|fiscal|its|current|"
                                  r"latest|previous|calendar|\d{4})\b", "", pre + post)):
        return None
    n = {"half": 2, "quarter": 4}[m[2]]
    code = "H" if m[2] == "half" else "Q"
    a = ctx.anchor
    year = re.search(r"\b(\d{4})\b", t)
    ordinal = ORDINALS.get(m[1]) if m[1] else None
    if ordinal and ordinal > n:
        return None
    if year:
        y = int(year[1])
    elif a is None:
        return Norm(f"XXXX-{code}{ordinal or 'X'}", "period")
    else:
        cur = (a.month - 1) * n // 12 + 1
        y = a.year
        if ordinal is None:
            ordinal = cur if re.search(r"\b(this|current)\b", pre) else cur - 1
            if ordinal == 0:
                ordinal, y = n, y - 1
        elif re.search(r"\blast year\b|\byear (ago|earlier)\b", t):
            y -= 1
        elif re.search(r"\bnext year\b", t):
            y += 1
        elif ordinal > cur and not ctx.future:
            y -= 1
        if re.search(r"\blast year\b|\byear (ago|earlier)\b", t) and not m[1]:
            y -= 1
    if ordinal is None:  # "the 1988 quarter": the year is known, not which quarter
        return Norm(f"{y}-{code}X", "period", date(y, 1, 1), date(y, 12, 31))
    months = 12 // n
    first = date(y, (ordinal - 1) * months + 1, 1)
    last = cal.month_end(y, ordinal * months)
    return Norm(f"{y}-{code}{ordinal}", "period", first, last)


def _month_of_year(t: str, ctx: Context) -> Norm | None:
    """ "January of last year", "March next year": that month in the year named relative to
    publication (XXXX-01 when the date of publication is unknown)."""
    m = re.fullmatch(rf"({MONTH_RE})\.?\s(?:of\s)?(last|this|next)\syear", t)
    if not m:
        return None
    month = MONTHS[m[1]]
    if ctx.anchor is None:
        return Norm(f"XXXX-{month:02d}", "month")
    return in_month(ctx.anchor.year + _YEAR_STEP[m[2]], month)


def _two_quarters(t: str, ctx: Context) -> Norm | None:
    """ "the first two quarters of 1990": the first half of 1990 (1990-H1), "the last two
    quarters of 1989" the second. Only with the year named: "the first two quarters" alone is
    as often a length (P2Q) of a fiscal year that the text has not dated."""
    m = re.fullmatch(r"(?:the\s)?(first|last|final|latter)\stwo\s(?:fiscal\s)?quarters\s"
                     r"(?:of\s)?(\d{4})", t)
    if not m:
        return None
    y, h = int(m[2]), 1 if m[1] == "first" else 2
    return Norm(f"{y}-H{h}", "period", date(y, 6 * h - 5, 1), cal.month_end(y, 6 * h))


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    wd = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * wd) // 451
    n = h + wd - 7 * m + 114
    return date(y, n // 31, n % 31 + 1)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th (n < 0: from the end) ``weekday`` of a month: Thanksgiving, Labor Day."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = cal.month_end(y, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# Holidays TimeML marks as dates: a fixed day, or a rule giving the day in a year.
_HOLIDAYS = {
    "christmas": lambda y: date(y, 12, 25), "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24), "new year day": lambda y: date(y, 1, 1),
    "new years day": lambda y: date(y, 1, 1), "new year eve": lambda y: date(y, 12, 31),
    "new years eve": lambda y: date(y, 12, 31), "halloween": lambda y: date(y, 10, 31),
    "valentine day": lambda y: date(y, 2, 14), "independence day": lambda y: date(y, 7, 4),
    "orthodox christmas": lambda y: date(y, 1, 7), "easter": _easter,
    "easter sunday": _easter, "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "maundy thursday": lambda y: _easter(y) - timedelta(days=3),
    "palm sunday": lambda y: _easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: _easter(y) - timedelta(days=46),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
}


def _holiday(t: str, ctx: Context) -> Norm | None:
    """ "Christmas", "New Year's Eve", "Thanksgiving 1988", "Easter": the day it falls on; no
    year -> the one nearest publication, leaning to the past as for dates."""
    m = re.fullmatch(r"(?:the\s)?(.+?)(?:,?\s(?:of\s)?(\d{4}))?", t)
    rule = _HOLIDAYS.get(m[1]) if m else None
    if rule is None:
        return None
    if m[2]:
        return on_day(rule(int(m[2])))
    d = _nearest_day(rule, ctx)
    return on_day(d) if d is not None else None


def _year_span(t: str, ctx: Context) -> Norm | None:
    """ "2009-10", "the 2010-11 fiscal year": two years (a season, a budget year), not October
    2009 - prose writes a later two-digit year after a dash; a month only as "2022-03"."""
    m = re.fullmatch(r"(?:the\s)?(\d{4})[-/](\d{2})(?:\s(?:fiscal|school|budget|academic|"
                     r"financial|tax)?\s?(?:year|season|term))?", t)
    if not m:
        return None
    y, yy = int(m[1]), int(m[2])
    if not 0 < yy - y % 100 <= 10:
        return None
    y2 = y // 100 * 100 + yy
    return Norm(f"{y}/{y2}", "period", date(y, 1, 1), date(y2, 12, 31))


# In order: the first rule that reads the expression wins.
RULES = (_year_span, _numeric, _absolute_day, _weekday_nth, _nth_weekday_of, _holiday, _month_expr, _year_expr,
         _decade_century, _season, _quarter, _two_quarters, _month_of_year)
