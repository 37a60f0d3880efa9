"""Claim -> event links: a claim reports the events whose evidence lies in its content.

The events stage gives each event an evidence span (usually the clause or trigger that states
it). A claim links to every event whose evidence overlaps the claim's content by at least half
of the shorter of the two spans, so an event stated in the next clause of the same sentence is
not pulled in by a one-word overlap. A denial ("Russia claims it has repelled all Ukrainian
advances") links the same way: the denied event is the one its content states.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Event


def link_events(content: tuple[int, int], events: Sequence[Event]) -> tuple[int, ...]:
    """Indexes of ``events`` whose evidence overlaps ``content`` (start, end) enough."""
    cs, ce = content
    out = []
    for i, ev in enumerate(events):
        es, ee = ev.evidence.start, ev.evidence.end
        inter = min(ce, ee) - max(cs, es)
        if inter <= 0:
            continue
        shorter = max(1, min(ce - cs, ee - es))
        if inter >= 0.5 * shorter:
            out.append(i)
    return tuple(out)
