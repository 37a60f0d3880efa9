"""Recognise time expressions in a parsed spaCy ``Doc``: candidate token spans.

Candidates come from two places: spaCy's own DATE and TIME entities (OntoNotes-trained, good
on dates, weak on "now", "overnight", "in recent days", "weeks earlier") and a spaCy
``Matcher`` of token patterns built from the shared lexicon for what the model misses.
Overlapping candidates merge into one span; prepositions are trimmed off the edges
(TimeML extents: "on Monday" -> "Monday"), except "since", which changes the value into an
interval. Parts of speech guard the words that are also verbs or modals ("may", "march"),
and fractions are not quarters or halves of a year ("three-quarters of its food", "a quarter
point", "two-and-a-half years").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from spacy.matcher import Matcher

from .lexicon import (
    DAY_ORDINAL_WORDS, DAY_WORDS, DECADE_WORDS, FUTURE_PHRASES, FUTURE_WORDS, MONTH_NAMES,
    PAST_PHRASES, PAST_WORDS, PRESENT_PHRASES, PRESENT_WORDS, UNIT_WORDS, VAGUE_DURATION_PHRASES,
    WEEKDAY_NAMES,
)
from .tense import REPORTING as _REPORTING

# Leading/trailing words that belong to the sentence, not the expression (TimeML extents).
_TRIM_LEFT = {"in", "on", "at", "for", "during", "by", "until", "till", "through", "from",
              "over", "within", "after", "before", "of", "to", "between", "into", "throughout",
              "as", "since", "and", "or", "just", ",", "-", "(", "\"", "'", "“", "‘"}
_TRIM_RIGHT = {"of", ",", ".", ";", ":", "-", ")", "\"", "'", "”", "’", "and", "or", "'s"}
_MODALS = {"may", "march"}  # month names that are also a modal verb or a verb
T = TypeVar("T")

_PLURAL_UNITS = ["seconds", "minutes", "hours", "days", "nights", "weeks", "weekends",
                 "months", "years", "decades", "centuries"]
_REL = ["last", "this", "next", "past", "coming", "previous", "early", "late", "mid",
        "earlier", "later", "current", "upcoming", "following"]
_PART_OF_DAY = ["morning", "afternoon", "evening", "night"]
_NUM = {"LIKE_NUM": True, "OP": "+"}
_VAGUE = {"LOWER": {"IN": ["a", "an", "several", "few", "many", "couple", "of", "dozen"]},
          "OP": "+"}
_MONTH = {"LOWER": {"IN": list(MONTH_NAMES)}}
# A day number; web text glues footnote marks to it ("March 4.[3]" tokenises as "4.[3").
_DAYNUM = {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?(\.?\[\d*\]?)?$"}}
_DAYSPAN = {"TEXT": {"REGEX": r"^\d{1,2}[-–]\d{1,2}$"}}
FOOTNOTE = re.compile(r"\.?\[\d*\]?$")
_YEAR = {"TEXT": {"REGEX": r"^(1[0-9]|20|21)\d\d$"}}
_COMMA = {"TEXT": ",", "OP": "?"}
_OPT_REL = {"LOWER": {"IN": _REL}, "OP": "?"}
_OPT_THE = {"LOWER": "the", "OP": "?"}
_UNIT = {"LOWER": {"IN": list(UNIT_WORDS)}}
_HYPHEN = {"TEXT": "-", "OP": "?"}
_FROM_DAY = {"LOWER": {"IN": ["now", "today", "tomorrow", "yesterday"] + list(WEEKDAY_NAMES)}}
_TENS = {"LOWER": {"IN": ["twenty", "thirty"]}, "OP": "?"}
_ORD_WORD = {"LOWER": {"IN": list(DAY_ORDINAL_WORDS)}}
# "eight trading days", "ten business days": days of a kind are still days (P8D)
DAY_KINDS = ("trading", "business", "working", "calendar", "school")
_DAY_KIND = {"LOWER": {"IN": list(DAY_KINDS)}, "OP": "?"}


# a round year ("1970"): with "'s" after it, the older way of writing a decade
_ROUND_YEAR = re.compile(r"^\d{3}0$")


def _patterns() -> dict[str, list[list[dict]]]:
    """Token patterns by name. Each finds a candidate; the normaliser decides what it means."""
    ref_words = list(PRESENT_WORDS + PAST_WORDS + FUTURE_WORDS + DAY_WORDS)
    return {
        "day_month": [[_OPT_REL, _DAYNUM, {"LOWER": "of", "OP": "?"}, _MONTH, _COMMA,
                       {**_YEAR, "OP": "?"}]],
        "month_day": [[_OPT_REL, _MONTH, _DAYNUM, _COMMA, {**_YEAR, "OP": "?"}],
                      # "June 24-25": a span of days (the night of it, in war reports)
                      [_MONTH, _DAYNUM, {"TEXT": {"IN": ["-", "–"]}}, _DAYNUM],
                      # "March 14 and 15", "on May 3 or 4": the days of one account
                      [_MONTH, _DAYNUM, {"LOWER": {"IN": ["and", "or"]}}, _DAYNUM],
                      # ... written as one token ("October 8–9", "8–9 October")
                      [_MONTH, _DAYSPAN, _COMMA, {**_YEAR, "OP": "?"}],
                      [_DAYSPAN, _MONTH, _COMMA, {**_YEAR, "OP": "?"}]],
        # "Q4", "Q3 2012", "H1 2013", "FY2012" (business news writes periods as codes)
        "period_code": [[{"TEXT": {"REGEX": r"^(?:[1-4]?Q[1-4]|[1-4]Q|H[12])$"}}, _HYPHEN,
                         {**_YEAR, "OP": "?"}],
                        [{"TEXT": {"REGEX": r"^FY-?(?:\d\d|\d{4})$"}}],
                        [{"TEXT": "FY"}, _YEAR]],
        # "the first Tuesday of June", "the last Friday in May"
        "nth_weekday": [[{"LOWER": "the"}, {"LOWER": {"IN": ["first", "second", "third",
                                                            "fourth", "last", "final"]}},
                         {"LOWER": {"IN": list(WEEKDAY_NAMES)}}, {"LOWER": {"IN": ["of", "in"]}},
                         _MONTH, _COMMA, {**_YEAR, "OP": "?"}]],
        # "January fifth", "the twenty-third of March" (spoken news writes days out)
        "spelled_day": [[_MONTH, {"LOWER": "the", "OP": "?"}, _TENS, _HYPHEN, _ORD_WORD,
                         _COMMA, {**_YEAR, "OP": "?"}],
                        [{"LOWER": "the"}, _TENS, _HYPHEN, _ORD_WORD, {"LOWER": "of"}, _MONTH,
                         _COMMA, {**_YEAR, "OP": "?"}]],
        "month": [[_OPT_REL, _MONTH, {"LOWER": "of", "OP": "?"}, {**_YEAR, "OP": "?"}],
                  [_MONTH, {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": ["last", "this", "next"]}},
                   {"LOWER": "year"}]],
        "numeric": [[{"TEXT": {"REGEX": r"^(\d{1,2}[./]\d{1,2}[./](\d{4}|\d{2})|"
                                        r"\d{4}-\d\d-\d\d)$"}}]],
        "year": [[{"LOWER": {"IN": ["in", "since", "by", "until", "during", "from", "fiscal",
                                    "early", "late", "mid", "before", "after", "through",
                                    "between"]}},
                  _YEAR]],
        "year_range": [[_YEAR, {"LOWER": {"IN": ["and", "to", "through", "until", "-"]}},
                        _YEAR]],
        "year_end": [[{"LOWER": "year"}, {"LOWER": "'s", "OP": "?"}, {"LOWER": "end"}],
                     [{"LOWER": "the"}, {"LOWER": {"IN": ["latest", "same", "comparable"]}},
                      {"LOWER": "period"}]],
        "weekday": [[_OPT_REL, {"LOWER": {"IN": list(WEEKDAY_NAMES)}},
                     {"LOWER": {"IN": _PART_OF_DAY}, "OP": "?"}],
                    # "Friday the 13th", "the Friday-the-13th plunge": a weekday that dates
                    [{"LOWER": {"IN": list(WEEKDAY_NAMES)}}, _HYPHEN, {"LOWER": "the"},
                     _HYPHEN, {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)$"}}]],
        "ref_word": [[{"LOWER": {"IN": ref_words}}]],
        "part_of_day": [[{"LOWER": {"IN": ["this", "last", "yesterday", "tomorrow"]}},
                         {"LOWER": {"IN": _PART_OF_DAY}}],
                        # "the next morning", "that evening" (a day the text named)
                        [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous"]}},
                         {"LOWER": {"IN": _PART_OF_DAY}}],
                        [{"LOWER": {"IN": ["later", "early"]}, "OP": "?"}, {"LOWER": "that"},
                         {"LOWER": {"IN": _PART_OF_DAY}}]],
        "rel_unit": [[_OPT_THE, {"LOWER": {"IN": ["last", "this", "next", "past", "coming",
                                                  "previous", "current", "following"]}},
                      {"LOWER": {"IN": ["week", "weekend", "month", "year", "decade",
                                        "century"]}}],
                     [{"LOWER": {"IN": ["earlier", "later", "early", "late"]}},
                      {"LOWER": {"IN": ["this", "last", "next"]}},
                      {"LOWER": {"IN": ["week", "month", "year"]}}]],
        "recent": [[_OPT_THE, {"LOWER": {"IN": ["recent", "past", "last", "previous", "coming",
                                                "next", "upcoming"]}},
                    {"LOWER": {"IN": ["few", "several", "couple"]}, "OP": "?"},
                    {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": _PLURAL_UNITS}}]],
        # "the days ahead", "the few weeks ahead"
        "ahead": [[{"LOWER": "the"}, {"LOWER": {"IN": ["few", "several"]}, "OP": "?"},
                   {"LOWER": {"IN": ["hours", "days", "weeks", "months", "years"]}},
                   {"LOWER": "ahead"}]],
        "duration": [[_OPT_THE, {"LOWER": {"IN": ["past", "last", "next", "first", "coming",
                                                  "previous", "latest", "final"]},
                                 "OP": "?"}, _NUM,
                      {"LOWER": {"IN": ["more", "additional", "further", "extra", "consecutive",
                                        "successive", "straight"]}, "OP": "?"},
                      _HYPHEN, _DAY_KIND, _UNIT],
                     # "a year and a half", "an hour and a half" (1.5)
                     [{"LOWER": {"IN": ["a", "an", "one"]}}, _UNIT, {"LOWER": "and"},
                      {"LOWER": "a"}, {"LOWER": "half"},
                      {"LOWER": {"IN": ["ago", "earlier", "later"]}, "OP": "?"}],
                     # "two and a half years", "two-and-a-half years" (2.5)
                     [_NUM, _HYPHEN, {"LOWER": "and"}, _HYPHEN, {"LOWER": "a"}, _HYPHEN,
                      {"LOWER": "half"}, _HYPHEN, {"LOWER": {"IN": _PLURAL_UNITS}},
                      {"LOWER": {"IN": ["ago", "earlier", "later"]}, "OP": "?"}],
                     [{"LOWER": {"IN": ["a", "the"]}}, _NUM, _HYPHEN, _UNIT,
                      {"LOWER": {"IN": ["period", "span", "stretch", "stint"]}}],
                     [_OPT_THE, {"LOWER": {"IN": ["past", "last", "next", "first", "coming",
                                                  "previous"]}, "OP": "?"}, _VAGUE, _UNIT]],
        "ago": [[_NUM, _HYPHEN, _DAY_KIND, _UNIT,
                 {"LOWER": {"IN": ["ago", "earlier", "later"]}}],
                [_VAGUE, _UNIT, {"LOWER": {"IN": ["ago", "earlier", "later"]}}],
                [{"LOWER": {"IN": _PLURAL_UNITS}}, {"LOWER": {"IN": ["ago", "earlier",
                                                                      "later"]}}],
                # "two weeks from now", "a week from Friday": one date, counted on
                [{"LOWER": {"IN": ["a", "an"]}}, _UNIT, {"LOWER": "from"}, _FROM_DAY],
                [_NUM, _UNIT, {"LOWER": "from"}, _FROM_DAY]],
        "bare_plural": [[{"LOWER": {"IN": ["for", "over", "within", "after"]}},
                         {"LOWER": {"IN": _PLURAL_UNITS}}],
                        # "Minutes after the blast", "hours before the vote" (PTXM, PTXH)
                        [{"LOWER": {"IN": _PLURAL_UNITS}},
                         {"LOWER": {"IN": ["before", "after"]}},
                         {"LOWER": {"IN": ["the", "a", "an", "his", "her", "its", "their",
                                           "this", "that"]}}],
                        [{"LOWER": {"IN": _PLURAL_UNITS}}, {"LOWER": "of"},
                         {"POS": {"IN": ["NOUN", "PROPN", "ADJ"]}}]],
        "quarter": [[{"LOWER": {"IN": ["the", "its", "this", "last", "next", "that"]},
                      "OP": "?"},
                     {"LOWER": {"IN": ["first", "second", "third", "fourth", "latest",
                                       "current", "fiscal", "1st", "2nd", "3rd", "4th", "-"]},
                      "OP": "+"},
                     {"LOWER": {"IN": ["quarter", "half"]}}],
                    [{"LOWER": {"IN": ["this", "last", "next"]}}, {"LOWER": "year"},
                     {"LOWER": "'s"}, {"LOWER": {"IN": ["first", "second", "third", "fourth",
                                                        "fiscal", "-"]}, "OP": "+"},
                     {"LOWER": {"IN": ["quarter", "half"]}}],
                    # "the final quarter of 1988", "the last half of next year"
                    [_OPT_THE, {"LOWER": {"IN": ["final", "last"]}},
                     {"LOWER": {"IN": ["quarter", "half"]}}, {"LOWER": "of"}, _YEAR],
                    [_OPT_THE, {"LOWER": {"IN": ["final", "last"]}},
                     {"LOWER": {"IN": ["quarter", "half"]}}, {"LOWER": "of"},
                     {"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": "year"}],
                    # "1988's fourth quarter"
                    [_YEAR, {"LOWER": "'s"}, {"LOWER": {"IN": ["first", "second", "third",
                                                               "fourth", "fiscal", "-"]},
                                              "OP": "+"},
                     {"LOWER": {"IN": ["quarter", "half"]}}],
                    # "the first two quarters of 1990": a half-year
                    [_OPT_THE, {"LOWER": {"IN": ["first", "last", "final", "latter"]}},
                     {"LOWER": "two"}, {"LOWER": "fiscal", "OP": "?"}, {"LOWER": "quarters"},
                     {"LOWER": "of"}, _YEAR],
                    # "the corresponding period last year", "the same quarter a year ago"
                    [{"LOWER": "the"},
                     {"LOWER": {"IN": ["same", "corresponding", "comparable", "like"]}},
                     {"LOWER": {"IN": ["period", "quarter", "month", "months"]}},
                     {"LOWER": "of", "OP": "?"},
                     {"LOWER": {"IN": ["last", "a"]}}, {"LOWER": "year"},
                     {"LOWER": {"IN": ["ago", "earlier", "before"]}, "OP": "?"}],
                    [_OPT_THE, {"LOWER": "year"}, _HYPHEN,
                     {"LOWER": {"IN": ["ago", "earlier"]}},
                     {"LOWER": {"IN": ["period", "quarter"]}}]],
        "decade": [[_OPT_THE, {"LOWER": {"IN": ["early", "mid", "late"]}, "OP": "?"},
                    {"TEXT": {"REGEX": r"^'?(\d\d)?\d0s$"}}],
                   [{"LOWER": "the"}, {"LOWER": {"IN": ["nineteen", "eighteen"]}, "OP": "?"},
                    _HYPHEN, {"LOWER": {"IN": list(DECADE_WORDS)}}],
                   # "the 1970's" (the decade; a bare "1990's" may be the year's possessive)
                   [{"LOWER": "the"}, {"LOWER": {"IN": ["early", "mid", "late"]}, "OP": "?"},
                    {"TEXT": {"REGEX": _ROUND_YEAR.pattern}}, {"LOWER": {"IN": ["'s", "’s"]}}]],
        "season": [[{"LOWER": {"IN": ["this", "last", "next", "past", "coming"]}},
                    {"LOWER": {"IN": ["spring", "summer", "autumn", "fall", "winter"]}}],
                   [{"LOWER": "the"}, {"LOWER": {"IN": ["summer", "winter", "autumn"]}}],
                   [{"LOWER": {"IN": ["in", "by", "during", "until", "since", "through",
                                      "throughout", "over"]}},
                    {"LOWER": "the"}, {"LOWER": {"IN": ["early", "late"]}, "OP": "?"},
                    {"LOWER": {"IN": ["spring", "fall"]}}],
                   [{"LOWER": {"IN": ["spring", "summer", "autumn", "fall", "winter"]}},
                    {"LOWER": "of", "OP": "?"}, _YEAR],
                   [{"LOWER": {"IN": ["spring", "summer", "autumn", "fall", "winter"]}},
                    {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": ["last", "this", "next"]}},
                    {"LOWER": "year"}]],
        # holidays TimeML marks as dates ("Christmas", "New Year's Eve", "Easter 1998")
        "holiday": [[{"LOWER": {"IN": ["christmas", "easter", "thanksgiving", "halloween"]},
                      "POS": {"IN": ["PROPN", "NOUN"]}},
                     {"LOWER": {"IN": ["day", "eve", "sunday", "monday"]}, "OP": "?"},
                     {**_YEAR, "OP": "?"}],
                    # the days Easter sets ("Good Friday"); "Black Friday" follows Thanksgiving
                    [{"TEXT": {"IN": ["Good", "Palm", "Ash", "Maundy", "Black", "GOOD", "PALM",
                                      "ASH", "MAUNDY", "BLACK"]}},
                     {"LOWER": {"IN": ["friday", "sunday", "wednesday", "thursday"]}},
                     {**_YEAR, "OP": "?"}],
                    [{"LOWER": "orthodox"}, {"LOWER": "christmas"}],
                    [{"LOWER": "new"}, {"LOWER": "year"}, {"LOWER": {"IN": ["'s", "’s"]}},
                     {"LOWER": {"IN": ["day", "eve"]}}],
                    [{"LOWER": {"IN": ["valentine", "independence", "labor", "memorial"]}},
                     {"LOWER": {"IN": ["'s", "’s"]}, "OP": "?"}, {"LOWER": "day"}]],
        "clock": [[{"LIKE_NUM": True}, {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm"]}}],
                  [{"TEXT": {"REGEX": r"^([01]\d|2[0-3])[0-5]\d$"}},
                   {"LOWER": {"IN": ["et", "est", "edt", "gmt", "utc", "msk", "cet", "eet",
                                     "hrs", "hours", "local"]}}],
                  [{"TEXT": {"REGEX": r"^([01]?\d|2[0-4]):[0-5]\d$"}}],
                  [{"LOWER": {"IN": ["noon", "midnight"]}}]],
        # "the year ended Sept. 30": a fiscal year, a length (the date is its own expression)
        "period_ended": [[{"LOWER": "the"}, {"LOWER": "fiscal", "OP": "?"},
                          {"LOWER": {"IN": ["year", "quarter"]}},
                          {"LOWER": {"IN": ["ended", "ending"]}}]],
        "set": [[{"LOWER": {"IN": ["every", "each"]}},
                 {"LOWER": {"IN": list(MONTH_NAMES) + list(WEEKDAY_NAMES)}}],
                [{"LOWER": {"IN": ["every", "each"]}}, {"LIKE_NUM": True, "OP": "?"},
                 {"LOWER": {"IN": ["day", "week", "month", "year", "night", "morning"]}}]],
    }


# VAGUE_DURATION_PHRASES: "for a while" is TimeML PXX (a duration of unknown length).
_PHRASES = PRESENT_PHRASES + PAST_PHRASES + FUTURE_PHRASES + VAGUE_DURATION_PHRASES


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # token indexes, end exclusive
    end: int
    source: str  # "ent" or the pattern name


_MATCHERS: dict[int, Matcher] = {}


def matcher_for(vocab) -> Matcher:
    """One Matcher per vocabulary (built once: patterns compile into the vocab's strings)."""
    key = id(vocab)
    m = _MATCHERS.get(key)
    if m is None:
        m = Matcher(vocab)
        for name, pats in _patterns().items():
            m.add(name, pats)
        m.add("phrase", [[{"LOWER": w} for w in p.split()] for p in _PHRASES])
        _MATCHERS[key] = m
    return m


def _is_false_month(tok) -> bool:
    """"may" the modal, "march" the verb or noun: not months unless written as a name."""
    low = tok.lower_
    if low not in _MODALS:
        return False
    if tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX") or not tok.text[:1].isupper():
        return True
    return False


_CODE = re.compile(r"^(?:[1-4]?Q[1-4]|[1-4]Q|H[12]|FY-?(?:\d\d|\d{4})?)$")
_TRIGGERS = frozenset(
    list(MONTH_NAMES) + list(WEEKDAY_NAMES) + list(UNIT_WORDS) + list(DAY_WORDS)
    + list(PRESENT_WORDS + PAST_WORDS + FUTURE_WORDS) + list(DECADE_WORDS)
    + [p.split()[-1] for p in _PHRASES]
    + ["noon", "midnight", "a.m.", "p.m.", "am", "pm", "spring", "summer", "autumn", "fall",
       "winter", "half", "every", "each", "daily", "period", "end", "recent", "past", "coming",
       "christmas", "easter", "thanksgiving", "halloween", "new", "valentine", "independence",
       "labor", "memorial"])
_WINDOW = (5, 6)  # tokens a pattern may reach left and right of its trigger word


def _windows(doc) -> list[tuple[int, int]]:
    """Token windows around the words any pattern needs (a month, a unit, a number...).

    Running the Matcher only there, not over every token, makes recognition several times
    cheaper: most tokens of a report are nowhere near a time expression.
    """
    out: list[tuple[int, int]] = []
    left, right = _WINDOW
    n = len(doc)
    for tok in doc:
        if tok.lower_ in _TRIGGERS or tok.like_num or tok.text.lstrip("'")[:1].isdigit() or \
                _CODE.match(tok.text):
            a, b = max(0, tok.i - left), min(n, tok.i + right)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


def _fall_of_a_thing(doc, end: int) -> bool:
    """Does the span ending before token ``end`` end in "spring"/"fall" followed by "of" and
    no number ("the fall of Kabul", "since at least the fall of X": a city's fall, not a
    season; "the fall of 2021" is the season)?"""
    return end >= 1 and doc[end - 1].lower_ in ("spring", "fall") and end + 1 < len(doc) \
        and doc[end].lower_ == "of" and not doc[end + 1].like_num


def candidates(doc) -> list[Candidate]:
    """All raw candidate token spans (overlapping, untrimmed)."""
    # (nor is the tagger's DATE "at least the fall" of "since at least the fall of X", read228:
    # dated autumn, after the report's publication)
    out = [Candidate(e.start, e.end, "ent") for e in doc.ents if e.label_ in ("DATE", "TIME")
           and not _fall_of_a_thing(doc, e.end)]
    strings = doc.vocab.strings
    matcher = matcher_for(doc.vocab)
    matches = {(mid, a + s, a + e) for a, b in _windows(doc) for mid, s, e in matcher(doc[a:b])}
    for match_id, start, end in sorted(matches, key=lambda m: (m[1], m[2])):
        name = strings[match_id]
        if name == "bare_plural":  # "months of speculation": the unit alone is the expression
            start = next(i for i in range(start, end) if doc[i].lower_ in _PLURAL_UNITS)
            end = start + 1
        if name == "season" and _fall_of_a_thing(doc, end):
            continue  # "in the fall of Kabul" is not autumn
        if name == "period_ended":  # the verb is not part of the expression
            end -= 1
        if name == "year_range":  # "between 1985 and 1987": two years (TimeML marks each)
            out += [Candidate(start, start + 1, name), Candidate(end - 1, end, name)]
            continue
        out.append(Candidate(start, end, name))
    return out


_CLOCK_END = re.compile(r"^(?:a\.m\.|p\.m\.|am|pm|noon|midnight|\d{1,2}:\d\d|[a-z]{2,3}t|gmt)$")


def _groups(doc, cands: list[Candidate]) -> list[list[Candidate]]:
    """Overlapping or touching candidates, grouped (transitively), in text order.

    A comma between two candidates also joins them ("5 p.m. EST, Nov. 6"), and so does "at"
    before a clock time ("September 11, 2022 at 10:00", "Friday at midnight").

    Touching candidates are grouped so that "noon" + "Thursday" or "10 p.m." + "Wednesday"
    can be read as one expression when the whole normalises.
    """
    groups: list[list[Candidate]] = []
    reach = -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        bridge = c.start == reach + 1 and (doc[reach].text == "," or (
            doc[reach].lower_ == "at" and (doc[c.start].text[:1].isdigit() or
                                           doc[c.start].lower_ in ("noon", "midnight"))) or (
            # "7 p.m. on Jan. 5": the clock time's day
            doc[reach].lower_ == "on" and reach > 0 and _CLOCK_END.match(doc[reach - 1].lower_)))
        if groups and (c.start <= reach or bridge):
            groups[-1].append(c)
            reach = max(reach, c.end)
        else:
            groups.append([c])
            reach = c.end
    return groups


_AT_PHRASES = {tuple(p.split()) for p in PRESENT_PHRASES if p.startswith("at ")}


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    if tuple(t.lower_ for t in doc[start:end]) in _AT_PHRASES:
        return start, end  # "at present", "at the moment": the "at" makes the time
    while start < end and (doc[start].lower_ in _TRIM_LEFT or doc[start].is_punct):
        if doc[start].lower_ == "at" and start + 1 < end and \
                doc[start + 1].lower_ in ("least", "most"):
            break  # "at least several months": the modifier stays whole
        start += 1
    while end > start and (doc[end - 1].lower_ in _TRIM_RIGHT or doc[end - 1].is_punct):
        if end - start >= 3 and _is_decade_s(doc, end - 1):
            break  # "the 1970's": the decade, not a possessive
        end -= 1
    return start, end


def _is_decade_s(doc, i: int) -> bool:
    """ "'s" at ``i`` closes "the (late) 1970's", the older way of writing a decade."""
    if doc[i].lower_ not in ("'s", "’s") or i < 2 or not _ROUND_YEAR.match(doc[i - 1].text):
        return False
    before = doc[i - 2].lower_
    return before == "the" or (before in ("early", "mid", "late") and i >= 3 and
                               doc[i - 3].lower_ == "the")


# Words before an expression that belong to it and change its value (longest first).
_PREFIXES = sorted([
    ("early", "on"), ("late", "on"), ("earlier", "on"), ("later", "on"), ("overnight", "on"),
    ("overnight",), ("the", "night", "of"), ("the", "morning", "of"), ("the", "evening", "of"),
    ("the", "afternoon", "of"), ("the", "early", "hours", "of"), ("the", "small", "hours", "of"),
    ("the", "wee", "hours", "of"), ("dawn", "on"),
    ("the", "end", "of"), ("the", "beginning", "of"), ("the", "start", "of"),
    ("the", "middle", "of"), ("the", "week", "of"),
], key=len, reverse=True)


def _extend(doc, start: int, end: int) -> tuple[int, int]:
    """Take in the words before a span that change its value: "since", "early on", "the night
    of", "overnight on", "the end of", "this" before "past"/"coming" ("this past weekend")."""
    if start >= 1 and doc[start - 1].lower_ == "this" and doc[start].lower_ in ("past", "coming"):
        start -= 1
    for prefix in _PREFIXES:
        n = len(prefix)
        if start >= n and tuple(t.lower_ for t in doc[start - n:start]) == prefix:
            start -= n
            break
    if start >= 1 and doc[start - 1].lower_ == "since":
        start -= 1
        if start >= 1 and doc[start - 1].lower_ == "ever":
            start -= 1
    return start, end


def _clean_span(doc, start: int, end: int) -> tuple[int, int] | None:
    start, end = _trim(doc, start, end)
    if start >= end:
        return None
    if end - start > 1 and doc[start].lower_ == "last" and (
            doc[start].pos_ in ("VERB", "AUX") or _verb_slot(doc, start)):
        start += 1  # "could last a decade": the verb, not "last decade"
    if end - start > 1 and doc[start].lower_ in ("the", "a", "an", "its", "their") and \
            doc[start].head.i >= end \
            and doc[end - 1].dep_ in ("amod", "compound", "nmod", "nummod"):
        start += 1  # "the third-quarter loss": the article belongs to the noun after the span
    after = [t.lower_ for t in doc[end:end + 2]]
    if after[:1] == ["old"] or after == ["-", "old"]:
        return None  # an age: "a 28-year-old official"
    toks = doc[start:end]
    if end - start == 1 and toks[0].lower_ in ("soon", "shortly") and _is_degree(doc, start):
        return None
    if end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text.startswith("/"):
        return None  # part of an address: "strana dot today/news/402398"
    if end - start == 2 and [t.lower_ for t in toks] in (["the", "year"], ["the", "month"],
                                                         ["the", "week"]) and \
            end < len(doc) and doc[end].lower_ in ("of", "when", "that", "which", "in"):
        return None  # "the year of the flood": a year described, not the one just named
    if end - start == 1 and toks[0].lower_ in _HOLIDAY_WORDS and toks[0].dep_ == "compound" \
            and toks[0].head.lower_ not in ("holiday", "holidays", "season", "period", "week",
                                            "weekend", "break", "day", "eve"):
        return None  # "the Christmas tree", "Easter eggs": a thing, not the day
    if _is_fraction(doc, start, end):
        return None
    if end - start == 1 and _is_count(toks[0]):
        return None
    if end - start == 1 and toks[0].lower_ in WEEKDAY_NAMES and start > 0 and \
            doc[start - 1].text in _NAMED_DAY:
        return None  # "Black Monday", "Super Tuesday": a day with a name, not this week's
    if _is_title(doc, start, end) or _in_a_name(doc, start, end) or \
            _is_temperature(doc, start, end):
        return None
    # (a token such as "mid-1988" is neither alphabetic nor a number, but not punctuation)
    if all(_is_false_month(t) or not any(c.isalnum() for c in t.text) for t in toks):
        return None
    if any(_is_false_month(t) for t in toks) and not any(t.like_num for t in toks):
        return None  # "may", "march" (verb) alone or with a relative word
    return start, end


_HOLIDAY_WORDS = {"christmas", "easter", "thanksgiving", "halloween"}
# Named days that no weekday rule dates (those with a rule are holidays: "Good Friday")
_NAMED_DAY = {"Black", "Bloody", "Super", "Cyber", "Blue", "BLACK", "BLOODY", "SUPER"}
# Words after which "last" can only be the verb ("expected to last weeks", "may last months")
_BEFORE_VERB = {"to", "will", "'ll", "would", "could", "can", "may", "might", "should", "must",
                "shall", "not", "n't", "never"}


def _verb_slot(doc, i: int) -> bool:
    """ "is expected to last weeks", "could last months": "last" right after "to" or a modal
    and with no article before a plural unit is the verb, however the tagger reads it ("to
    last week's level" keeps its singular unit, a time)."""
    if i == 0 or doc[i - 1].lower_ not in _BEFORE_VERB:
        return False
    nxt = [t.lower_ for t in doc[i + 1:i + 4]]
    return bool(nxt) and (nxt[0] in _PLURAL_UNITS or nxt[0] in ("few", "several", "couple") or
                          nxt[0] in ("a", "an", "one", "two", "three") or nxt[0][:1].isdigit())


def _is_count(tok) -> bool:
    """ "reported 1013 confirmed infections", "sent 1500 troops": a four-digit number that
    counts a plural noun, with no article or possessive before it, is no year ("the 2000
    elections", "its 1990 results" still are)."""
    if not re.fullmatch(r"\d{4}", tok.text) or tok.dep_ != "nummod" or tok.head.tag_ != "NNS" \
            or tok.head.lower_ in _PLURAL_UNITS:
        return False  # ("fiscal years 2010 and 2011": the years)
    prev = tok.nbor(-1) if tok.i > 0 else None
    return prev is None or not (prev.pos_ in ("DET", "ADP", "PRON") or prev.tag_ in ("POS", "PRP$")
                                or prev.lower_ in _PLURAL_UNITS or prev.lower_ in (
                                    "fiscal", "fy", "year", "calendar"))


def _is_degree(doc, i: int) -> bool:
    """ "shortly before 2 p.m.", "soon after his arrest", "as soon as April 14": "soon" and
    "shortly" measure a distance from another time (TimeML signals), they name none."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    prev = doc[i - 1].lower_ if i else ""
    return nxt in ("before", "after", "afterward", "afterwards", "thereafter") or (
        prev == "as" and nxt == "as")


_NAMED = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)
_UNITS_OF_TIME = {"second", "minute", "hour", "day", "night", "week", "month", "quarter",
                  "year"}

_FRACTION_WORDS = {"a", "one", "two", "three", "half", "-"}
_TIME_NOUNS = {"century", "centuries", "hours", "days", "weeks", "months", "years", "period",
               "results", "earnings", "profit", "profits", "sales", "revenue", "loss",
               "losses", "net", "report", "dividend", "deficit", "growth", "output"}


def _is_fraction(doc, start: int, end: int) -> bool:
    """ "three-quarters of its food", "a quarter of the shares", "a quarter point": a part
    of something, not a quarter of a year. Only a bare count with "quarter(s)" qualifies;
    "the first two quarters of 1990" (ordinal, or a time after "of") stays a time.
    """
    while start > 0 and doc[start - 1].lower_ in _FRACTION_WORDS:
        start -= 1  # the count may lie outside the span ("a" + "quarter point")
    words = [t.lower_ for t in doc[start:end]]
    if words and words[-1] == "half" and all(w in _FRACTION_WORDS for w in words[:-1]):
        return True  # "half" with no ordinal or article: "two-and-a-half years", "by half"
    if not words or words[-1] not in ("quarter", "quarters") or \
            any(w not in _FRACTION_WORDS for w in words[:-1]) or \
            not any(w.isalpha() for w in words[:-1]):
        return False
    after = doc[end:end + 2]
    if not len(after):
        return False
    if after[0].lower_ in ("point", "points", "percentage", "-"):
        return True  # "a quarter point", "a quarter-point cut"
    if after[0].pos_ == "NOUN" and after[0].lower_ not in _UNITS_OF_TIME | _TIME_NOUNS:
        return True  # "a quarter inch", "a quarter mile" (not "a quarter century")
    if after[0].lower_ != "of" or len(after) < 2:
        return False
    nxt = after[1]
    return not (nxt.like_num or nxt.lower_ in ("the", "this", "last", "next", "that")
                and end + 2 < len(doc) and doc[end + 2].lower_ in _UNITS_OF_TIME | {"fiscal"})


_SEASON_WORDS = {"spring", "summer", "autumn", "fall", "winter"}


_WEATHER = {"high", "highs", "low", "lows", "temperature", "temperatures", "degree",
            "degrees", "fahrenheit", "celsius"}


def _is_temperature(doc, start: int, end: int) -> bool:
    """ "highs in the low 60s", "temperatures in the mid-70s": degrees, not decades (a decade
    written without its century, in a sentence about the weather)."""
    if not any(re.fullmatch(r"(?:mid-)?'?\d0s", t.lower_) for t in doc[start:end]):
        return False
    return any(t.lower_ in _WEATHER for t in doc[start].sent)


def _in_a_name(doc, start: int, end: int) -> bool:
    """A time word inside a name: "June Carr" (a person), "the Winter Olympic Games", "Woman
    of the Year", "Employee of the Month" (an award). A capitalised month or season that
    starts a person's name or runs on into a capitalised name is no time."""
    toks = doc[start:end]
    first, last = toks[0], toks[-1]
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if len(toks) == 1 and first.lower_ in MONTH_NAMES and nxt is not None and \
            nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and (
                first.ent_type_ == "PERSON" or nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B")\
            and not (prev is not None and (prev.pos_ == "ADP" or prev.lower_ in _REL)):
        return True  # "June Carr was inducted" (not "in June Smith said")
    if first.lower_ in _SEASON_WORDS and first.text[:1].isupper() and not first.is_sent_start \
            and nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True
    if len(toks) == 1 and first.lower_ in MONTH_NAMES and first.text[:1].isupper() and (
            first.dep_ == "nsubj" and first.head.lemma_ in _REPORTING
            or nxt is not None and nxt.lemma_ in _REPORTING and nxt.tag_ in ("VBD", "VBZ")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)
            or prev is not None and prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN"):
        return True  # "Jason January said", "January said the permits expire"
    words = [t.lower_ for t in toks]
    return words[-2:] in (["the", "year"], ["the", "month"], ["the", "week"]) and \
        last.text[:1].isupper() and start >= 2 and doc[start - 1].lower_ == "of" and \
        doc[start - 2].text[:1].isupper()


def _is_title(doc, start: int, end: int) -> bool:
    """A programme or publication title, not a time: "VOA Today", ABC's "This Week".

    Capitalised common time words ("Today", "This Week") inside a sentence, right after a
    proper noun or an opening quote, name something; months and weekdays are always
    capitalised and are left alone.
    """
    toks = [t for t in doc[start:end] if t.is_alpha]
    if not toks or start == 0 or doc[start].is_sent_start or \
            any(not t.text[:1].isupper() or t.lower_ in _NAMED for t in toks):
        return False
    prev = doc[start - 1]
    return prev.pos_ == "PROPN" or prev.text in ('"', "“", "``", "'")


def resolve(doc, read: Callable[[int, int], T | None]) -> list[tuple[int, int, T]]:
    """Choose the expressions of a doc: token spans ``(start, end, reading)`` in text order.

    ``read(start, end)`` normalises a span (None if it cannot). Per group of overlapping
    candidates, the whole group is tried first (one expression); failing that, the longest
    candidate that reads, then the longest of what does not overlap it, and so on - so a
    list such as "18.03.2022, March 18, 2022", which the model tags as one entity, yields
    both dates.
    """
    def read_extended(a: int, b: int) -> tuple[int, int, T] | None:
        """The span with its value-changing prefix if that reads, else the span alone."""
        ea, eb = _extend(doc, a, b)
        if (ea, eb) != (a, b):
            reading = read(ea, eb)
            if reading is not None:
                return ea, eb, reading
        reading = read(a, b)
        return (a, b, reading) if reading is not None else None

    out: list[tuple[int, int, T]] = []
    for group in _groups(doc, candidates(doc)):
        union = _clean_span(doc, min(c.start for c in group), max(c.end for c in group))
        found = read_extended(*union) if union else None
        if found:
            out.append(found)
            continue
        taken: list[tuple[int, int]] = []
        spans = {s for s in (_clean_span(doc, c.start, c.end) for c in group) if s}
        for a, b in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
            if any(a < tb and ta < b for ta, tb in taken):
                continue
            found = read_extended(a, b)
            if found:
                taken.append((a, b))
                out.append(found)
    # an extension can swallow a neighbour ("overnight" + "on March 4"): keep the whole
    kept: list[tuple[int, int, T]] = []
    for x in sorted(out, key=lambda x: (x[0], x[0] - x[1])):
        if kept and x[1] <= kept[-1][1]:
            continue  # inside the longer span kept before it
        kept.append(x)
    return kept


def fiscal_period_ended(doc, start: int, end: int) -> str | None:
    """ "the (fiscal) year/quarter" right before "ended"/"ending": a fiscal period of that
    length (TimeML P1Y, P1Q) whose end date follows as its own expression - no rule can tell
    that from the span's text alone. None when the span is not one."""
    words = [t.lower_ for t in doc[start:end]]
    if end >= len(doc) or doc[end].lower_ not in ("ended", "ending") or \
            words[:1] != ["the"] or words[1:-1] not in ([], ["fiscal"]):
        return None
    return {"year": "P1Y", "quarter": "P1Q"}.get(words[-1])
