"""Fatality figures: "killing 6 civilians", "at least 40 people were killed", "dozens dead",
"a death toll of 5 to 10" -> low/best/high with ACLED's conventions for vague numbers.

ACLED codes "dozens" as 12, "tens" as 10, "hundreds" as 100 and takes the lower bound of a
range as its (conservative) best figure; UCDP-style low/best/high keeps the range. Our choices
for words ACLED does not fix: "a dozen" 12, "scores" 20, "thousands" 1000, "several" and "a few"
3. Each figure belongs to the source sentence it was read from (no merging across sources).
"""

from __future__ import annotations

import re

from ..records import Fatalities

_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "dozens": 12, "a dozen": 12, "dozen": 12, "tens": 10, "hundreds": 100,
    "scores": 20, "thousands": 1000, "several": 3, "a few": 3, "a number": 3,
}
_NUM = (r"(?:\d[\d,]*|" + "|".join(sorted((re.escape(w) for w in _WORDS if w not in ("a", "an")),
                                          key=len, reverse=True)) + r")")
_Q = (r"(?:at least|up to|more than|over|nearly|almost|about|around|some|as many as|"
      r"approximately|roughly|fewer than|less than)")
# "killed"/"slain" need an auxiliary ("40 were killed"), else "Two bombers killed 8" reads
# the bombers as the dead.
_DEAD = (r"(?:(?:(?:were|was|have been|had been|are|is|being|got)\s+(?:reportedly\s+|also\s+)?"
         r"(?:killed|slain))|dead|died|deaths|fatalities|lives|bodies|perished)")
_PATTERNS = [  # tried in order; a later match overlapping an earlier one is dropped
    # "at least 40 civilians were killed", "dozens dead", "5 to 10 people died"
    re.compile(rf"\b(?P<q>{_Q})?\s*(?P<n>{_NUM})\b(?:\s*(?:-|to|or|and)\s*(?P<n2>{_NUM})\b)?"
               rf"\s+(?:[\w'-]+\s+){{0,3}}?{_DEAD}\b", re.I),
    # "killing 6 civilians", "killed at least eight people", "left 12 dead"
    re.compile(rf"\b(?:killing|killed|kills|kill|left|leaving)\s+(?P<q>{_Q})?\s*(?P<n>{_NUM})\b"
               rf"(?:\s*(?:-|to|or)\s*(?P<n2>{_NUM})\b)?(?!\s*(?:injured|wounded|hurt))", re.I),
    # "resulting in at least 11 killed", "with five people killed" (read144: no toll)
    re.compile(rf"\b(?:resulting in|resulted in|results in|result in|with)\s+(?P<q>{_Q})?\s*"
               rf"(?P<n>{_NUM})\b(?:\s*(?:-|to|or)\s*(?P<n2>{_NUM})\b)?\s+"
               rf"(?:(?:people|persons|civilians|soldiers|servicemen|residents)\s+)?"
               rf"(?:killed|dead)\b", re.I),
    # "resulted in the deaths of over 180 servicemen" (read98: read as the date's 10)
    re.compile(rf"\bdeaths?\s+of\s+(?P<q>{_Q})?\s*(?P<n>{_NUM})\b", re.I),
    # "death toll rose to 15", "death toll of 5"
    re.compile(rf"\bdeath toll\s+(?:[\w'-]+\s+){{0,3}}?(?P<q>{_Q})?\s*(?P<n>{_NUM})\b", re.I),
    # "killed the Russian-appointed head of X", "assassinated a local official": one person
    # (read140: a targeted killing had no toll)
    re.compile(r"\b(?:killing|killed|kills|assassinated|assassinating)\s+(?:the|a|an|one)\s+"
               r"(?:(?!and\b|or\b)[\w'-]+\s+){0,3}?(?P<one>head|mayor|chief|official|deputy|commander|"
               r"governor|officer|soldier|serviceman|civilian|man|woman|child|boy|girl|"
               r"resident|journalist|collaborator|administrator|leader|director|priest|"
               r"teenager|volunteer|policeman|employee)\b(?!\s+and\b)", re.I),
    # "killed Russian Major General X Y": one officer named by rank (read162: no toll)
    re.compile(r"\b(?:killing|killed|kills|assassinated|assassinating)\s+(?:(?:Russian|"
               r"Ukrainian|Chechen|Belarusian)\s+)?(?P<one>(?:(?:Lieutenant|Major|Brigadier|"
               r"Colonel|Rear|Vice)\s+)?(?:General|Colonel|Major|Lieutenant|Captain|Commander|"
               r"Admiral|Sergeant))\s+(?!Staff\b|Command\b|Directorate\b|Headquarters\b)"
               r"[A-Z][a-z]+\b(?!\s*(?:,\s*[A-Z]|and\b))"),
]


_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                           r"Oct|Nov|Dec)\.?\s+$")
# the wounded counted together with the dead, told before the verb of killing (read94)
_WOUNDED_OR = re.compile(r"\b(?:wounded|injured|hurt)\s+(?:or|and|and/or)\s+$", re.I)


def _value(s: str) -> int | None:
    s = s.lower().replace(",", "").strip()
    if s.isdigit():
        return int(s)
    return _WORDS.get(s)


def parse(text: str) -> list[tuple[int, int, Fatalities]]:
    """(start, end, figure) for each fatality figure in ``text`` (char offsets into it)."""
    found: list[tuple[int, int, Fatalities]] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            if m.groupdict().get("one"):
                found.append((m.start(), m.end(), Fatalities(low=1, best=1, high=1)))
                continue
            if _MONTH_BEFORE.search(text, max(0, m.start("n") - 12), m.start("n")):
                continue  # "on September 10 resulted in the deaths of ...": a date
            if _WOUNDED_OR.search(text, max(0, m.start() - 24), m.start()):
                continue  # "wounded or killed 32": a count of casualties, not of the dead
            n = _value(m.group("n"))
            if n is None or n > 100000:
                continue
            n2 = _value(m.group("n2")) if m.groupdict().get("n2") else None
            q = (m.group("q") or "").lower()
            if n2 is not None and n2 > n:
                low, best, high = n, n, n2
            elif q == "up to" or q == "as many as":
                low, best, high = 1, n, n
            elif q in ("fewer than", "less than"):
                low, best, high = 1, max(n - 1, 1), max(n - 1, 1)
            else:
                low = best = high = n
            found.append((m.start(), m.end(), Fatalities(low=low, best=best, high=high)))
    found.sort(key=lambda x: x[0])
    return found
