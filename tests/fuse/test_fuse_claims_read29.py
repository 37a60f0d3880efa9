"""A claim that names a structure by a proper name names back only an event at that
structure: "a barge crossing near the Antonivsky Bridge" is no source of a strike on another
bridge told before it (fuse.model.refers_to, _OWN_NAME; read29). A structure named by its kind
alone, or with a side's adjective, still names back the event at a structure of that kind
(guards)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.records import Actor, Claim, Span

from helpers_fuse import VILLAGE_A, day, extraction, place

_EVENT = "Ukrainian forces struck the Kakhovka bridge in Alpha on June 12."


def _attached(said: str) -> bool:
    text = f"{_EVENT} {said}"
    ev = "Ukrainian forces struck the Kakhovka bridge in Alpha"
    ext = extraction("d1", "2025-06-13", "ISW", text, [dict(
        place=place("Alpha", VILLAGE_A), time=day("2025-06-12"),
        type="Explosions/Remote violence", sub="Shelling/artillery/missile attack", evidence=ev)])
    s = text.index("Social media users")
    c = text.index("reported")
    ce = c + len("reported")
    claim = Claim(Actor("Social media users", s, s + 18, "Social media users", "other", None),
                  Span("reported", c, ce), Span(text[ce:], ce, len(text)),
                  "asserts", "certain", "indirect")
    e0 = ext.events[0]
    ext = replace(ext, events=(replace(e0, evidence=Span(ev, 0, len(ev))),), claims=(claim,))
    [m] = mentions_from_extraction(ext)
    return "Social media users" in {a.source.canonical for a in m.attributions}


@pytest.mark.parametrize("said, want", [
    ("Social media users reported that Russian forces began a barge crossing near the "
     "Antonivsky Bridge.", False),
    ("Social media users reported that the remaining lane of the bridge collapsed.", True),
    ("Social media users reported that the Kakhovka bridge collapsed.", True),
])
def test_a_structure_named_by_its_own_name_names_back_only_that_structure(said, want):
    assert _attached(said) is want
