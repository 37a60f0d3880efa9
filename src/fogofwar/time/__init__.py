"""Time expressions: recognition and normalisation against the publication date.

``extract_times(doc, published)`` is the pipeline's time stage: it recognises expressions in
the parsed ``Doc`` (``recognise``), normalises each against the publication date
(``normalise``) and returns ``TimeValue`` records with exact character offsets, an ISO 8601
or TimeML value, a precision and, when anchored, the first/last dates the value covers.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime, timedelta

from ..records import TimeValue
from .discourse import Mention, resolve_references
from .normaliser import Norm, normalise
from .recognise import FOOTNOTE, fiscal_period_ended, resolve
from .tense import speaks_in_past, speaks_in_present, speaks_of_future

__all__ = ["extract_times", "normalise", "Norm"]


def extract_times(doc, published: date | None) -> list[TimeValue]:
    """Find the time expressions of a parsed report, normalised against ``published``.

    ``published`` may be None (date unknown): expressions are still found, and relative ones
    get a TimeML reference or a partial value without the year. Candidates that no rule can
    normalise are dropped (a time without a value is of no use downstream).
    """
    if published is not None and not isinstance(published, date):
        raise TypeError(f"extract_times: published must be a datetime.date or None, "
                        f"not {type(published).__name__} ({published!r})")
    if isinstance(published, datetime):
        published = published.date()

    def read(start: int, end: int) -> Norm | None:
        fiscal = fiscal_period_ended(doc, start, end)
        if fiscal:
            return _fiscal_period(doc, end, fiscal, published)
        n = normalise(doc[start:end].text, published,
                      future=speaks_of_future(doc, start, end),
                      present=speaks_in_present(doc, start, end),
                      past=speaks_in_past(doc, start, end))
        return _of_a_thing(doc, start, end, n)

    found = resolve(doc, read)
    sentence_of = _sentence_numbers(doc)
    norms = resolve_references([Mention(doc[a:b].text, sentence_of(a), n,
                                        fixed=fiscal_period_ended(doc, a, b) is not None,
                                        past=_NEXT_UNIT.match(doc[a:b].text) is not None and
                                        speaks_in_past(doc, a, b))
                                for a, b, n in found], published)
    norms = _share_years(doc, found, norms, published)
    out: list[TimeValue] = []
    for (start, end, _), norm in zip(found, norms):
        span = doc[start:end]
        text, end_char = span.text, span.end_char
        mark = FOOTNOTE.search(text)
        if mark and mark.start() > 0:  # keep a glued footnote mark out of the span
            text, end_char = text[:mark.start()], span.start_char + mark.start()
        out.append(TimeValue(
            text=text, start=span.start_char, end=end_char, value=norm.value,
            precision=norm.precision,
            first=norm.first.isoformat() if norm.first else None,
            last=norm.last.isoformat() if norm.last else None,
            timeml=norm.timeml if norm.timeml != norm.value else None))
    return out


_ANCHORED_LENGTH = re.compile(r"^P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q)$")
_THE_LAST = re.compile(r"^the\s(?:last|final)\s", re.I)
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "this", "that", "a", "an"}
_TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade",
               "century", "quarter", "period", "season", "today", "now"}


def _of_a_thing(doc, start: int, end: int, n: Norm | None) -> Norm | None:
    """ "the last weeks of the campaign", "the last three years of his presidency": the end of
    the thing named after "of", not the span back from publication - TIMEX3 gives the length
    (PXW, P3Y) and no dates; the reading at publication would date the wrong weeks. Not "the
    last two weeks of fighting" (no determiner: the recent weeks, of what they held) nor a
    time after "of" ("the last weeks of the year", "of 1990")."""
    if n is None or n.first is None or end + 2 >= len(doc) or doc[end].lower_ != "of" or \
            not _THE_LAST.match(doc[start:end].text):
        return n
    length = n.timeml if n.timeml and _ANCHORED_LENGTH.match(n.timeml) else n.value
    if not _ANCHORED_LENGTH.match(length) or doc[end + 1].lower_ not in _DETERMINERS:
        return n
    if any(t.lower_ in _TIME_WORDS or t.like_num for t in doc[end + 1:end + 4]):
        return n
    return Norm(length, "period")


_NEXT_UNIT = re.compile(r"the\s(?:next|following)\s(?:week|month|year)$", re.I)
_LINKS = {"and", "or", "to", "through", "until", "till", "-", "–", "&"}
_YEAR_IN = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")


def _share_years(doc, found, norms: list[Norm], published: date | None) -> list[Norm]:
    """ "between January and May 2008", "the spring and summer of 2001", "March to June,
    1998": the first of two linked times, naming no year, takes the year the second names
    (the year before when that puts it after the second: "December and January 2009")."""
    out = list(norms)
    for i in range(len(found) - 1):
        (a1, b1, _), (a2, b2, _) = found[i], found[i + 1]
        between = [t.lower_ for t in doc[b1:a2] if t.text != ","]
        if not between or any(w not in _LINKS for w in between):
            continue
        left, right = doc[a1:b1].text, doc[a2:b2].text
        n1, n2 = out[i], out[i + 1]
        year = _YEAR_IN.search(right)
        if not year and not _YEAR_IN.search(left):
            ordered = _in_order(doc, found[i], found[i + 1], n1, n2, published)
            if ordered:
                out[i], out[i + 1] = ordered
            continue
        if not year or _YEAR_IN.search(left) or n1.first is None or n2.first is None or \
                n1.precision not in ("day", "month", "period") or "/" in n1.value:
            continue
        for y in (int(year[1]), int(year[1]) - 1):
            n = next((n for n in (normalise(f"{left} {y}", published),
                                  normalise(f"{left} of {y}", published)) if n), None)
            if n is not None and n.first is not None and n.first.year == y and \
                    n.first <= n2.first and n.precision == n1.precision:
                out[i] = n
                break
    return out


_RANGE_LINKS = {"to", "through", "until", "till", "-", "–"}


def _in_order(doc, first, second, n1: Norm, n2: Norm, published: date | None):
    """ "from January through August", "between Dec. 20 and Jan. 3": a range runs forward, so
    when the two ends, named without a year, were each given the year nearest publication
    and the first came out after the second, one of them moves a year: in a past clause the
    second on unless that puts it ahead of publication (then the first back); else the
    reading that runs through publication, if one does; else in a future clause the second
    on, otherwise the first back when it lies ahead of publication (the clause's tense
    pulled it forward), else the second on. None when they are in order, or not the two
    ends of one range."""
    (a1, b1, _), (a2, b2, _) = first, second
    between = [t.lower_ for t in doc[b1:a2] if t.text != ","]
    opener = doc[a1 - 1].lower_ if a1 > 0 else ""
    if not (between and all(w in _RANGE_LINKS for w in between) or
            between == ["and"] and opener == "between"):
        return None
    if published is None or n1.first is None or n2.first is None or n1.first <= n2.first or \
            n1.precision not in ("day", "month") or n2.precision not in ("day", "month") or \
            "/" in n1.value + n2.value or "T" in n1.value + n2.value:
        return None
    first_back = _with_year(doc[a1:b1].text, n1.first.year - 1, published)
    second_on = _with_year(doc[a2:b2].text, n2.first.year + 1, published)
    options = [pair for pair in ((first_back, n2), (n1, second_on))
               if pair[0] is not None and pair[1] is not None and pair[0].first <= pair[1].first]
    if not options:
        return None
    if len(options) == 1:
        return options[0]
    back, on = options
    if speaks_in_past(doc, a1, b1):
        return back if on[1].first > published else on  # what has happened lies behind
    running = [p for p in options if p[0].first <= published <= (p[1].last or p[1].first)]
    if len(running) == 1:
        return running[0]  # "reach its height between May and July", written in June
    if speaks_of_future(doc, a1, b1):
        return on
    return back if n1.first > published else on


def _with_year(text: str, year: int, published: date | None) -> Norm | None:
    """``text`` (a yearless month or day) read in ``year``; None if that reading fails."""
    n = normalise(f"{text} {year}", published)
    return n if n is not None and n.first is not None and n.first.year == year else None


def _fiscal_period(doc, end: int, length: str, published: date | None) -> Norm:
    """ "the quarter ended Sept. 30": the calendar quarter (year) when the period ends on the
    last day of one - 1989-Q3 with its dates - else a fiscal period, only its length (P1Q)."""
    for k in (4, 3, 2):  # the date after "ended": "Sept. 30", "Sept. 30, 1989"
        if end + 1 + k > len(doc):
            continue
        n = normalise(doc[end + 1:end + 1 + k].text, published)
        if n is None or n.precision != "day" or n.first is None:
            continue
        d = n.first
        if length == "P1Y" and (d.month, d.day) == (12, 31):
            return Norm(str(d.year), "year", date(d.year, 1, 1), d)
        if length == "P1Q" and d.month % 3 == 0 and (d + timedelta(days=1)).day == 1:
            q = d.month // 3
            return Norm(f"{d.year}-Q{q}", "period", date(d.year, d.month - 2, 1), d)
        break
    return Norm(length, "period")


def _sentence_numbers(doc):
    """Token index -> sentence number (0 everywhere when the pipeline sets no sentences)."""
    if not doc.has_annotation("SENT_START"):
        return lambda i: 0
    starts = [s.start for s in doc.sents]
    return lambda i: bisect.bisect_right(starts, i) - 1
