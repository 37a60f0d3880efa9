"""Rules for expressions relative to the publication date, durations and references.

"yesterday", "on Monday", "last week", "two days ago", "in recent days", "for three days",
"now", "that year". Each rule takes the cleaned expression and a ``Context`` and returns a
``Norm`` or None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from .lexicon import (
    FUTURE_PHRASES, FUTURE_WORDS, MONTHS, PART_OF_DAY, PAST_PHRASES, PAST_WORDS, PRESENT_PHRASES,
    PRESENT_WORDS, UNITS, VAGUE_DURATION_PHRASES, WEAK_PAST_WORDS, WEAK_PRESENT_WORDS, WEEKDAYS,
    parse_number,
)
from .values import (
    MONTH_RE, UNIT_RE, WEEKDAY_RE, Context, Norm, in_month, in_week, in_year, interval, on_day,
    reference,
)


def _part_step(t: str, ctx: Context) -> Norm | None:
    """ "the next morning", "that evening": a part of a day the text named (discourse.py);
    read alone, counted from publication ("the next morning": the morning after it)."""
    m = re.fullmatch(r"(?:the\s(following|next|previous)|that|later\sthat|early\sthat)\s"
                     r"(morning|afternoon|evening|night)", t)
    if not m:
        return None
    code = PART_OF_DAY[m[2]]
    if ctx.anchor is None or not m[1]:
        return Norm(f"XXXX-XX-XXT{code}", "day")
    d = ctx.anchor + timedelta(days=-1 if m[1] == "previous" else 1)
    return on_day(d, f"T{code}")


def _day_word(t: str, ctx: Context) -> Norm | None:
    """ "today", "yesterday morning", "tonight", "last night", "overnight" (the night before
    publication, as news uses it)."""
    a = ctx.anchor
    parts = t.split()
    pod = ""
    if len(parts) == 2 and parts[1] in PART_OF_DAY and parts[0] in (
            "today", "yesterday", "tomorrow", "this", "last", "tonight"):
        word, pod = parts[0], PART_OF_DAY[parts[1]]
    elif len(parts) == 2 and parts[0] in PART_OF_DAY and parts[1] in ("today", "yesterday",
                                                                      "tomorrow"):
        word, pod = parts[1], PART_OF_DAY[parts[0]]
    elif t in ("the day before yesterday", "the day after tomorrow"):
        word = t
    elif len(parts) == 1:
        word = t
    else:
        return None
    offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1,
               "overnight": -1, "last": -1, "the day before yesterday": -2,
               "the day after tomorrow": 2}
    if word not in offsets or (word in ("this", "last") and not pod):
        return None
    if word in ("tonight", "overnight") or (word == "last" and pod == "NI"):
        pod = "NI"
    if a is None:
        return reference("PRESENT_REF" if offsets[word] == 0 else
                         "PAST_REF" if offsets[word] < 0 else "FUTURE_REF", None)
    d = a + timedelta(days=offsets[word])
    suffix = f"T{pod}" if pod else ""
    if word == "overnight" or (word == "last" and pod == "NI"):
        # the night before publication: it spans that evening and the small hours of the day
        return Norm(d.isoformat() + "TNI", "day", d, a)
    return on_day(d, suffix)


def _weekday(t: str, ctx: Context) -> Norm | None:
    """ "Monday", "last Friday", "Sunday evening": the most recent such day on or before
    publication (news convention), the next one when the clause speaks of the future."""
    m = re.fullmatch(rf"(?:(last|this|next|past|coming|on)\s)?({WEEKDAY_RE})"
                     r"(?:\s(morning|afternoon|evening|night))?", t)
    if not m:
        m2 = re.fullmatch(rf"(morning|afternoon|evening|night)\s(?:of\s)?({WEEKDAY_RE})", t)
        if not m2:
            return None
        rel, wd, pod = "", WEEKDAYS[m2[2]], PART_OF_DAY[m2[1]]
    else:
        rel, wd, pod = m[1] or "", WEEKDAYS[m[2]], PART_OF_DAY.get(m[3] or "", "")
    a = ctx.anchor
    suffix = f"T{pod}" if pod else ""
    if a is None:
        return Norm(f"XXXX-WXX-{wd + 1}{suffix}", "day")
    if rel in ("last", "past"):
        d = cal.last_weekday(a, wd, strictly_before=True)
    elif rel in ("next", "coming"):
        d = cal.next_weekday(a, wd)
    elif ctx.future and rel != "this":
        # "will meet Tuesday" written on a Tuesday: today (news names today's weekday)
        d = cal.next_weekday(a - timedelta(days=1), wd)
    elif rel == "this" and ctx.future:
        d = cal.next_weekday(a - timedelta(days=1), wd)
    elif ctx.present and rel in ("", "on") and wd != a.weekday():
        # present tense ("the summit opens Monday", "the offer expires Friday"): news tells
        # what is past in the past tense, so a day named in the present is still to come
        d = cal.next_weekday(a, wd)
    else:  # news convention: the most recent such day, publication day included
        d = cal.last_weekday(a, wd)
    return on_day(d, suffix)


_REL = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0,
        "next": 1, "coming": 1, "following": 1, "same": None, "that": None}


def _relative_unit(t: str, ctx: Context) -> Norm | None:
    """ "last week", "this year", "next month", "the weekend"; "the past week": the span of that
    length ending at publication."""
    if t in ("the weekend", "weekend") and ctx.anchor is not None:
        # the most recent weekend (the coming one if the clause speaks of the future)
        a = ctx.anchor
        t = "this weekend" if a.weekday() >= 5 or ctx.future else "last weekend"
    if t in ("year end", "the year end", "the end of the year") and ctx.anchor:
        return in_year(ctx.anchor.year)
    day = re.fullmatch(r"the\s(?:(following|next|previous|preceding)\sday|day\s(before|after))",
                       t)
    if day:
        # anaphoric: discourse.py moves it from the day named before; this is the fallback
        step = -1 if (day[1] in ("previous", "preceding") or day[2] == "before") else 1
        if ctx.anchor is None:
            return reference("PAST_REF" if step < 0 else "FUTURE_REF", None)
        return on_day(ctx.anchor + timedelta(days=step))
    m = re.fullmatch(r"(?:the\s)?(last|past|previous|preceding|this|current|next|coming|"
                     r"following)\s"
                     r"(?:fiscal\s|calendar\s)?(week|weekend|month|year|decade|century)", t)
    if not m:
        return None
    rel, unit = m[1], m[2]
    a = ctx.anchor
    if a is None:
        step = _REL[rel]
        return reference("PAST_REF" if step < 0 else "FUTURE_REF" if step > 0 else "PRESENT_REF",
                    None)
    if t.startswith("the ") and rel in ("past", "last", "coming", "next") and unit in (
            "week", "month", "decade", "century"):
        # "over the past week": the span of that length ending at publication; TimeML
        # reads it as the length alone (P1W), as it reads "the past two weeks" (P2W)
        span = cal.shift(a, UNITS[unit], -1 if rel in ("past", "last") else 1)
        n = interval(span, a) if span < a else interval(a, span)
        return Norm(n.value, n.precision, n.first, n.last, timeml=f"P1{UNITS[unit]}")
    d = cal.shift(a, UNITS[unit], _REL[rel])
    if unit == "week":
        return in_week(d)
    if unit == "weekend":
        first, _ = cal.week_bounds(d)
        sat = first + timedelta(days=5)
        return Norm(f"{cal.iso_week(d)}-WE", "week", sat, sat + timedelta(days=1))
    if unit == "month":
        return in_month(d.year, d.month)
    if unit == "year":
        return in_year(d.year)
    if unit == "decade":
        start = d.year // 10 * 10
        return Norm(str(start // 10), "period", date(start, 1, 1), date(start + 9, 12, 31))
    start = d.year // 100 * 100
    return Norm(f"{start // 100:02d}", "period", date(max(start, 1), 1, 1),
                date(start + 99, 12, 31))


def _count(words: list[str]) -> float | None:
    """The number in front of a unit: digits, words, "a few" (None = vague)."""
    words = [w for w in words if w not in ("the", "of", "more", "additional", "further",
                                           "extra", "another", "consecutive", "successive",
                                           "straight")]
    if len(words) > 1 and words[-1] in ("trading", "business", "working", "calendar"):
        words = words[:-1]  # "eight trading days", "ten business days": days all the same
    if len(words) > 1 and words[0] in ("a", "an") and words[1] not in (
            "hundred", "thousand", "dozen", "couple", "few", "half"):
        words = words[1:]  # "a three-year period": the article is not a count
    if any(w in ("a", "an") and nxt not in ("half", "dozen", "couple", "few", "hundred",
                                             "thousand")
           for w, nxt in zip(words[1:], words[2:] + [""])):
        return None  # "seven a year ago": the number counts something else
    if not words or any(w in ("several", "few", "many", "some", "numerous", "multiple",
                              "couple", "recent", "past", "coming") for w in words
                        if w not in ("a",)) and not (words[:2] == ["a", "couple"]):
        return None
    return parse_number(words)


def _fmt_num(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration_value(n: float | None, unit: str) -> str:
    letter = UNITS[unit]
    if unit in ("second", "minute", "hour"):
        return f"PT{_fmt_num(n)}{letter}"
    if unit == "weekend":
        return f"P{_fmt_num(n)}WE"
    if unit == "fortnight":
        return f"P{_fmt_num(2 * n) if n is not None else 'X'}W"
    return f"P{_fmt_num(n)}{letter}"


_UNIT_PL = rf"({UNIT_RE})s?|(centuries|millennia)"
_NUM_WORDS = r"(?:[a-z0-9.\-]+\s){0,3}?"


def _unit_of(word: str) -> str:
    return {"centuries": "century", "millennia": "millennium"}.get(word, word)


def _ago(t: str, ctx: Context) -> Norm | None:
    """ "two days ago", "a year earlier", "year-ago", "weeks earlier" (a vague past), "three
    days later" (a duration)."""
    m = re.fullmatch(rf"((?:[a-z0-9.]+\s)*?)(?:{_UNIT_PL})\s(ago|earlier|before|"
                     r"later|after|from now|hence|back|since)(?:\s(?:period|quarter))?", t)
    if not m:
        return None
    unit = _unit_of(m[2] or m[3])
    words = m[1].split()
    singular = t[m.end(1):].split(" ")[0] == unit
    if singular and (not words or words in (["the"], ["a"], ["an"])):
        words = ["a"]  # "year-ago", "the year-ago period", "a year-earlier": one unit before
    n = _count(words)
    vague = not words or any(w in ("several", "few", "many", "some", "couple") for w in words)
    if n is None and not vague:
        return None  # not a count ("about two"): let the caller peel the modifier
    past = m[4] in ("ago", "earlier", "before", "back", "since")
    a = ctx.anchor
    if m[4] in ("later", "after") and not ctx.future:
        # "three days later": after some past event, not after publication - a duration
        return Norm(_duration_value(n, unit), "period")
    if n is None or a is None:
        return reference("PAST_REF" if past else "FUTURE_REF", a)
    d = cal.shift(a, UNITS[unit], -n if past else n)
    if unit == "day" and words[-1:] and words[-1] in ("trading", "business", "working") and \
            float(n).is_integer():
        d = _weekdays_from(a, int(n), -1 if past else 1)  # "five trading days ago"
    if unit in ("day", "night", "week", "weekend", "fortnight", "hour", "minute", "second"):
        return on_day(d)
    if unit == "month":
        return in_month(d.year, d.month)
    return in_year(d.year)


def _weekdays_from(a: date, n: int, step: int) -> date:
    """The day ``n`` weekdays (Monday to Friday) before (step -1) or after ``a``."""
    d = a
    while n > 0:
        d += timedelta(days=step)
        n -= d.weekday() < 5
    return d


def _from_day(t: str, ctx: Context) -> Norm | None:
    """ "a week from today", "three days from Friday", "a year from tomorrow": one date, that
    many units on from the day named (TIMEX3 reads it as a date, not a duration)."""
    m = re.fullmatch(rf"((?:[a-z0-9.]+\s)*?)(?:{_UNIT_PL})\sfrom\s(today|tomorrow|yesterday|"
                     rf"{WEEKDAY_RE})", t)
    if not m or ctx.anchor is None:
        return None
    unit = _unit_of(m[2] or m[3])
    n = _count(m[1].split()) if m[1].strip() else None
    if n is None or unit not in ("day", "week", "fortnight", "month", "year"):
        return None
    base = _day_word(m[4], ctx) or _weekday(m[4], Context(ctx.anchor, future=True))
    if base is None or base.first is None:
        return None
    d = cal.shift(base.first, UNITS[unit], n * (2 if unit == "fortnight" else 1))
    if unit == "month":
        return in_month(d.year, d.month)
    if unit == "year":
        return in_year(d.year)
    return on_day(d)


_RECENT_EXTENT = {"hour": ("D", 1), "day": ("D", 7), "week": ("W", 4), "month": ("M", 3),
                  "year": ("Y", 3), "decade": ("Y", 20), "night": ("D", 7)}


def _recent(t: str, ctx: Context) -> Norm | None:
    """ "in recent days", "the past few weeks", "coming months", "the days ahead": intervals
    at publication."""
    ahead = re.fullmatch(r"(?:in\s)?(?:the\s)?((?:few|several|couple of)\s)?(hours|days|weeks|"
                         r"months|years)\sahead", t)
    if ahead:
        t = f"the coming {ahead[1] or ''}{ahead[2]}"
    m = re.fullmatch(r"(?:in\s)?(?:the\s)?(recent|past|last|previous|coming|next|upcoming)\s"
                     r"(?:(few|several|couple of|many)\s)?(hours|days|nights|weeks|months|years|"
                     r"decades)", t)
    if not m:
        return None
    unit = m[3][:-1]
    past = m[1] in ("recent", "past", "last", "previous")
    a = ctx.anchor
    if a is None:
        return reference("PAST_REF" if past else "FUTURE_REF", None)
    letter, k = _RECENT_EXTENT[unit]
    n = interval(cal.shift(a, letter, -k), a) if past else interval(a, cal.shift(a, letter, k))
    # TimeML reads "recent weeks" as a vague duration (PXW); the interval is ours
    return Norm(n.value, n.precision, n.first, n.last, timeml=_duration_value(None, unit))


def _duration(t: str, ctx: Context) -> Norm | None:
    """ "three days", "the past three years" (anchored at publication), "months" (PXM), "24
    hours"."""
    if t in ("one day", "some day") and ctx.future:
        return reference("FUTURE_REF", ctx.anchor)  # "will one day be": an unspecified future
    m = re.fullmatch(r"(?:the\s)?(?:(past|last|previous|next|coming|first|latest|following|"
                     r"final|remaining|initial|full|entire|whole|same|other)\s)?"
                     rf"((?:[a-z0-9.]+\s)*?)(?:{_UNIT_PL})(?:\s(?:old|long|period|span|stint|"
                     r"time|run|window|term|stretch|or so|or more|running|straight|in a row))*", t)
    if not m:
        return None
    unit = _unit_of(m[3] or m[4])
    numwords = m[2].split()
    unit_word = t[m.end(2):].split(" ")[0]
    plural = unit_word != unit
    if unit == "second" and not plural and numwords in ([], ["a"]) and not m[1]:
        return None  # "a second campus", "adding a second": the ordinal, not a length
    if not numwords:
        if unit == "quarter" and not m[1]:
            return None  # "close quarters", "living quarters": rooms, not three months each
        if not plural and not m[1]:
            # "the night", "the day": a time named elsewhere; a bare singular unit is an
            # idiom's ("year after year", "day-to-day", "this time of year", "Kellogg's
            # year"), not a length of time
            return None
        n = None if plural else 1
    else:
        n = _count(numwords)
        if n is None and not any(w in ("several", "few", "many", "some", "couple", "numerous",
                                       "multiple") for w in numwords):
            return None
    value = _duration_value(n, unit)
    a = ctx.anchor
    if a is None or n is None or m[1] not in ("past", "last", "previous", "next", "coming"):
        return Norm(value, "period")
    # "the past 24 hours", "the next three days": anchored at publication
    if unit in ("hour", "minute", "second"):
        seconds = n * {"hour": 3600, "minute": 60, "second": 1}[unit]
        far = a + timedelta(days=-(-seconds // 86400))
        far = a - (far - a) if m[1] in ("past", "last", "previous") else far
    else:
        far = cal.shift(a, UNITS[unit], -n if m[1] in ("past", "last", "previous") else n)
    return Norm(value, "period", min(a, far), max(a, far))


def _set(t: str, ctx: Context) -> Norm | None:
    """ "every week", "each year": a frequency, as a TimeML duration."""
    # Frequency adverbs ("daily", "annually") are not looked for: they date nothing, and on
    # the TimeBank dev half they were more often unannotated than annotated.
    m = re.fullmatch(rf"(?:every|each)\s({MONTH_RE}|{WEEKDAY_RE})", t)
    if m:  # "each July", "every Monday": TimeML SET values name the recurring time
        if m[1] in WEEKDAYS:
            return Norm(f"XXXX-WXX-{WEEKDAYS[m[1]] + 1}", "period")
        return Norm(f"XXXX-{MONTHS[m[1]]:02d}", "period")
    m = re.fullmatch(rf"(?:every|each|per|a|an)\s((?:[a-z0-9]+\s)?)({UNIT_RE})", t)
    if m and m[2] == "second" and t.startswith("a ") and not m[1]:
        return None  # "adding a second": the ordinal (see _duration)
    if m:
        n = parse_number(m[1].split()) if m[1].strip() else 1
        if n is None and m[1].strip() != "other":
            return None  # "a good day", "a fantastic year": a quality, no count
        n = 2 if n is None else n  # "every other week"
        return Norm(_duration_value(n, m[2]), "period")
    return None


def _anaphor(t: str, ctx: Context) -> Norm | None:
    """ "that year", "the same month": a time named earlier (see discourse.py), unknown here.

    "the year", "the week" ("For the year, volume was flat"; "For the week, the index fell
    3.8%"): TimeML marks these as the year (week) the text is about - the one named last,
    which discourse.py supplies; here the fallback is the one of publication."""
    m = re.fullmatch(r"the\s(year|month|week)", t)
    if m and ctx.anchor is not None:
        a = ctx.anchor
        return {"year": in_year(a.year), "month": in_month(a.year, a.month),
                "week": in_week(a)}[m[1]]
    m = re.fullmatch(r"(?:that|the same)\s(year|month|week|day)", t)
    if not m:
        return None
    return Norm({"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX",
                 "day": "XXXX-XX-XX"}[m[1]], m[1])


def _ref_words(t: str, ctx: Context) -> Norm | None:
    """ "now", "currently", "recently", "the future": TimeML PRESENT_REF, PAST_REF, FUTURE_REF."""
    if t in PRESENT_WORDS or t in PRESENT_PHRASES or t in WEAK_PRESENT_WORDS:
        return reference("PRESENT_REF", ctx.anchor)
    if t in PAST_WORDS or t in PAST_PHRASES or t in WEAK_PAST_WORDS:
        return reference("PAST_REF", ctx.anchor)
    if t in FUTURE_WORDS or t in FUTURE_PHRASES or t in ("future", "later"):
        return reference("FUTURE_REF", ctx.anchor)
    if t in VAGUE_DURATION_PHRASES:
        return Norm("PXX", "period")  # "for a while": some length of time
    return None


_SAME_PERIOD_BACK = re.compile(
    r"the\s(?:same|corresponding|comparable|like)\s(?:period|quarter|months?)\s(?:of\s)?"
    r"((?:last|the\sprevious|the\sprior)\syear|a\syear\s(?:ago|earlier|before))")


def _same_period_back(t: str, ctx: Context) -> Norm | None:
    """ "the corresponding period last year", "the same quarter a year ago": the period the
    text is about, one year back. Read alone it is only the year ("last year"); discourse.py
    turns it into that quarter of the year before when the text has named a quarter."""
    m = _SAME_PERIOD_BACK.fullmatch(t)
    if not m:
        return None
    back = m[1] if m[1].startswith("a ") else "last year"
    return _relative_unit(back, ctx) or _ago(back, ctx)


def _full_year(t: str, ctx: Context) -> Norm | None:
    """ "the full year", "the whole year" (results reporting): the year of publication."""
    if ctx.anchor is None or not re.fullmatch(r"(?:the\s)?(?:full|whole|entire)\s(?:fiscal\s)?"
                                              r"year", t):
        return None
    return in_year(ctx.anchor.year)


# In order: the first rule that reads the expression wins (durations last: "the past year"
# is a year before it is a length of time).
RULES = (_part_step, _day_word, _weekday, _relative_unit, _ago, _from_day, _recent, _set,
         _ref_words, _anaphor, _full_year, _same_period_back, _duration)
