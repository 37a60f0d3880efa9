"""Issue 11, merge precision: the rules drawn from the wrong merges of the hand-judged seed-1215
sample (bench/fuse_judged_seed1215.json), on hand-built extractions with invented sentences
(no spaCy)."""

from __future__ import annotations

from helpers_fuse import fused, groups, one_report
from helpers_fuse import day

STRIKE = dict(sub="Remote explosive/landmine/IED", type="Explosions/Remote violence")


def _strike(rid, published, evidence):
    return one_report(rid, published, evidence, time=day("2025-07-03"), **STRIKE)


def test_a_strike_at_a_place_and_one_placed_by_it_as_a_landmark_are_two_strikes():
    """Seed 1215: a strike on an ammunition depot in Melitopol and, in a later report, the
    partisans' bombing of a rail bridge "near Lyubimivka between Melitopol and Tokmak" the
    same day were one incident."""
    depot = _strike("d1", "2025-07-04", "a strike on an ammunition depot in Alpha on July 3")
    bridge = _strike("d2", "2025-07-07",
                     "partisans blew up a rail bridge near Xylo between Alpha and Tokmak on July 3")
    assert ["d1", "d2"] not in groups(fused(depot, bridge))


def test_one_strike_placed_by_the_same_landmark_in_two_reports_is_one():
    first = _strike("d1", "2025-07-04",
                    "partisans blew up a railway bridge near Xylo between Alpha and Tokmak on July 3")
    again = _strike("d2", "2025-07-07",
                    "partisans had previously blown up a rail bridge near Xylo between Alpha and "
                    "Tokmak on July 3")
    assert ["d1", "d2"] in groups(fused(first, again))


def test_two_kinds_of_struck_site_in_one_place_are_two_strikes_and_one_kind_told_two_ways_one():
    depot = _strike("d1", "2025-07-04", "a strike on an ammunition depot in Alpha on July 3")
    airfield = _strike("d2", "2025-07-05", "explosions at the airfield in Alpha on July 3")
    assert ["d1", "d2"] not in groups(fused(depot, airfield))
    airbase = _strike("d3", "2025-07-05", "explosions at the air base in Alpha on July 3")
    assert ["d2", "d3"] in groups(fused(airfield, airbase))
    # a strike that names no site may be the depot's
    town = _strike("d4", "2025-07-05", "a strike on Alpha on July 3")
    assert ["d1", "d4"] in groups(fused(depot, town))
