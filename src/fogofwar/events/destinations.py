"""Where a withdrawal went is not where it left (the thirtieth session's events pass, from
the analyst read read228 class 7: "withdrew from positions in A and B ... towards C, where they
are continuing to defend" made a withdrawal from C beside those from A and B)."""

from __future__ import annotations

_WITHDRAWALS = {"withdraw", "retreat", "pull", "fall", "withdrawal", "pullback"}
_GOAL_PREPS = {"to", "toward", "towards", "into"}
_START_PREPS = {"from", "out"}


def _preps_above(tok, stop: int) -> list[str]:
    """The prepositions above ``tok`` on its way up to the token ``stop``, nearest first
    (["in", "from"] for A in "from positions in A"; ["towards", "from"] for C where the parser
    hangs "towards C" on those positions; empty where it does not reach ``stop`` within a
    few steps)."""
    t, out = tok, []
    for _ in range(8):
        if t.i == stop:
            return out
        if t.head.i == t.i:
            return []
        if t.dep_ == "prep" or t.pos_ == "ADP":
            out.append(t.lower_)
        t = t.head
    return []


def withdrawal_goals(doc, trig, sites: list, places) -> list:
    """The ``sites`` (place index, precision) of the withdrawal ``trig`` that are only where
    it went ("towards C", "to C"): dropped by the caller where a site it left ("from A")
    remains. A withdrawal is from where it started (read228 class 7)."""
    if trig.lemma_.lower() not in _WITHDRAWALS:
        return []
    goals, starts = [], []
    for site in sites:
        p = places[site[0]]
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        preps = _preps_above(span.root, trig.i)
        if set(preps) & _GOAL_PREPS:
            goals.append(site)
        elif preps and preps[-1] in _START_PREPS:
            starts.append(site)
    return goals if starts else []
