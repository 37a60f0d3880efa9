"""Claim -> event links: a claim reports the events whose evidence lies in its content.

The events stage gives each event an evidence span (usually the clause or trigger that states
it). A claim links to every event whose evidence overlaps the claim's content by at least half
of the shorter of the two spans, so an event stated in the next clause of the same sentence is
not pulled in by a one-word overlap; when some events lie mostly within the content, only those
(a claim is about what it states, not about a longer event that encloses it). A denial ("Russia claims it has repelled all Ukrainian
advances") links the same way: the denied event is the one its content states.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..records import Event


def link_events(content: tuple[int, int], events: Sequence[Event],
                candidates: Sequence[int] | None = None) -> tuple[int, ...]:
    """Indexes of ``events`` whose evidence overlaps ``content`` (start, end) enough
    (looking only at ``candidates``, ascending, when given: see ``EvidenceIndex``)."""
    cs, ce = content
    out, within = [], []
    for i in range(len(events)) if candidates is None else candidates:
        ev = events[i]
        es, ee = ev.evidence.start, ev.evidence.end
        inter = min(ce, ee) - max(cs, es)
        if inter <= 0:
            continue
        shorter = max(1, min(ce - cs, ee - es))
        if inter >= 0.5 * shorter:
            out.append(i)
            if inter >= 0.5 * max(1, ee - es):
                within.append(i)
    # A short content inside a long evidence span ("X remains under Ukrainian control despite
    # Russian claims of its capture") is about the event stated within it, when there is one,
    # not the sentence's other event that happens to enclose it.
    return tuple(within) if within else tuple(out)


class EvidenceIndex:
    """The events of a report by evidence offset: ``link(content)`` looks only at the
    events whose evidence can overlap the content, not at every event of a long report
    (thousands of claims and events in a 990k-character one)."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.events = events
        self.order = sorted(range(len(events)), key=lambda i: events[i].evidence.start)
        self.starts = [events[i].evidence.start for i in self.order]
        self.longest = max((e.evidence.end - e.evidence.start for e in events), default=0)

    def link(self, content: tuple[int, int]) -> tuple[int, ...]:
        cs, ce = content
        a = bisect.bisect_left(self.starts, cs - self.longest)
        b = bisect.bisect_left(self.starts, ce)
        return link_events(content, self.events, sorted(self.order[a:b]))
