"""A claim dated to another day names back no event at a place it shares (fuse.model.
refers_to, _other_day; read26: a mayor's warning of July 10 about a town stood as asserting
the strike of July 12 there). Without a date of its own the claim still names the event
back (guard)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.records import Actor, Claim, Span, TimeValue

from helpers_fuse import VILLAGE_A, day, extraction, place

_EVENT = "Russian forces shelled Alpha on June 12."


def _with_claim(said: str):
    text = f"{_EVENT} {said}"
    ev = "Russian forces shelled Alpha"
    ext = extraction("d1", "2025-06-13", "ISW", text, [dict(
        place=place("Alpha", VILLAGE_A), time=day("2025-06-12"),
        type="Explosions/Remote violence", sub="Shelling/artillery/missile attack", evidence=ev)])
    s = text.index("The mayor")
    c = text.index("warned")
    cue_end = c + len("warned")
    claim = Claim(Actor("The mayor", s, s + 9, "Mayor of Alpha", "official", "UA"),
                  Span("warned", c, cue_end), Span(text[cue_end:], cue_end, len(text)),
                  "asserts", "certain", "indirect")
    times = ext.times
    if "June 10" in said:
        d = text.index("June 10")
        times = times + (TimeValue("June 10", d, d + 7, "2025-06-10", "day", "2025-06-10",
                                   "2025-06-10"),)
    e0 = ext.events[0]
    return replace(ext, events=(replace(e0, evidence=Span(ev, 0, len(ev))),), times=times,
                   claims=(claim,))


@pytest.mark.parametrize("said, attached", [
    ("The mayor warned on June 10 that Russian forces gathered journalists in Alpha.", False),
    ("The mayor warned that Russian forces gathered journalists in Alpha.", True),
])
def test_a_claim_of_another_day_names_back_no_event_at_its_place(said, attached):
    [m] = mentions_from_extraction(_with_claim(said))
    assert ("Mayor of Alpha" in {a.source.canonical for a in m.attributions}) is attached, \
        m.attributions
