"""Word lists for English time expressions: months, weekdays, units, seasons, number words.

Kept apart from the rules so the recogniser (token patterns) and the normaliser (values)
share one vocabulary.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
# Full weekday names only for recognition: "Sun", "Sat", "Wed" are too often other words.
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = tuple(k for k in MONTHS if len(k) > 3 or k == "may") + ("jan.", "feb.", "mar.",
    "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")

# TimeML season codes; months (inclusive) they cover in the northern hemisphere.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# Unit word -> TimeML duration letter (with the "T" time marker for clock units).
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}
CLOCK_UNITS = {"second", "minute", "hour"}
UNIT_WORDS = tuple(UNITS) + tuple(u + "s" for u in UNITS) + ("centuries", "millennia")

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "couple": 2, "dozen": 12, "half": 0.5,
}
VAGUE_NUMBERS = ("several", "few", "many", "some", "numerous", "multiple", "recent", "past")
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}
# Spelled day ordinals ("January fifth", "the twenty-third of March", in spoken news):
# "twenty first" ... "thirty first", as clean() writes them (hyphen as a space)
_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")
ORDINALS.update({f"{tens} {u}": base + i + 1 for tens, base in (("twenty", 20), ("thirty", 30))
                 for i, u in enumerate(_UNIT_ORDINALS) if base + i + 1 <= 31})
ORDINALS["thirtieth"] = 30
DAY_ORDINAL_WORDS = tuple(k for k in ORDINALS if k.isalpha())  # one-token ordinals
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}

# Words that make a reference to the present, past or future on their own (TimeML values).
# Only words that say a time on their own are looked for; "current", "previously", "formerly"
# mostly qualify something else ("the current offensive", "previously alluded") and measured
# on the TimeBank dev half they were more often false alarms than times.
PRESENT_WORDS = ("now", "currently", "presently", "nowadays")
PAST_WORDS = ("recently", "lately")
WEAK_PRESENT_WORDS = ("current",)
WEAK_PAST_WORDS = ("previously", "formerly", "earlier", "recent", "then current")
FUTURE_WORDS = ("soon", "shortly")
# Vague lengths of time (TimeML PXX: a duration of unknown unit and size).
VAGUE_DURATION_PHRASES = ("a while", "a long while", "a little while")
PRESENT_PHRASES = ("right now", "at present", "these days", "the present", "just now",
                   "at the moment", "at this time", "at this point")
PAST_PHRASES = ("the past", "in the past", "more recently", "until recently", "the old days",
                "the other day", "the other night")  # a recent day the text does not date
FUTURE_PHRASES = ("the future", "in the future", "the near future", "the coming years",
                  "a later date", "some day")

DAY_WORDS = ("today", "tonight", "yesterday", "tomorrow", "overnight")
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
               "overnight": "NI", "noon": "MI", "midday": "MI", "midnight": "NI"}

_NUM_RE = re.compile(r"^\d+(\.\d+)?$")


def parse_number(words: list[str]) -> float | None:
    """Value of a number written in digits or words ("24", "twenty four", "a", "a couple of").

    Returns None when the words are not a number. "and"/"of"/hyphens are ignored, so
    "two and a half" is 2.5 and "twenty-four" 24.
    """
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        w = w.replace(",", "")
        if w in ("and", "of", "-", ""):
            continue
        if _NUM_RE.match(w):
            if seen and not prev.replace(",", "").replace(".", "").isdigit():
                return None  # "two 5-year renewals": a count of things, then their length
            current += float(w)
            seen = True
        elif w in NUMBER_WORDS:
            n = NUMBER_WORDS[w]
            if n == 100:
                current = max(current, 1) * 100
            elif n == 0.5 and seen:
                # "two and a half": the "a" before "half" counted 1; "two and half": it did not
                current = current - 1 + 0.5 if prev in ("a", "an") else current + 0.5
            elif n == 12 and w == "dozen" and seen:
                current = current * 12
            elif w == "couple" and prev in ("a", "an"):
                current = current - 1 + 2  # "a couple of years": the "a" is no count
            else:
                current += n
            seen = True
        elif "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
            current += sum(NUMBER_WORDS[p] for p in w.split("-"))
            seen = True
        else:
            return None
    total += current
    return total if seen else None
