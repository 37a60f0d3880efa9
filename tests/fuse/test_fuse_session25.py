"""Fusion rules of the twenty-fifth session, on sentences written here:
- fights a comparison recalls ("smaller forces than had been involved in the attacks on X")
  are past acts, no incident of the day (fuse.salience._RECALLED; read139: two battles
  dated the report's day), while a comparison of the day's own fights with nothing past
  keeps them (guard)."""

from __future__ import annotations

from helpers_fuse import incidents_at as _at


def test_fights_a_comparison_recalls_are_past(pipeline):
    got = _at(pipeline, "These assaults involve smaller Russian forces than had been involved "
                        "in the attacks on Kharkiv.", "Kharkiv")
    assert not got, got


def test_the_days_fights_compared_stay(pipeline):
    # guard
    got = _at(pipeline, "Russian forces attacked Kharkiv with more troops than usual on "
                        "September 25.", "Kharkiv")
    assert got, got
