"""Fusion rules of the twenty-fourth session, on sentences written here:
- a strike whose struck side goes unnamed ("Ukrainian forces destroyed ammunition depots in
  X") still has its striker: the other side's strike at X ("Russian forces struck Ukrainian
  positions in X") is another strike, not its corroboration (fuse.fusion._strike_by,
  _reverse; read121: one incident graded confirmed), while two reports of one side's strike
  at X stay one incident (guard)."""

from __future__ import annotations

from helpers_fuse import incidents_at as _at


def test_a_strike_on_things_is_not_the_other_sides_strike(pipeline):
    got = _at(pipeline, "The Ukrainian Southern Operational Command reported that Ukrainian "
                        "forces destroyed two ammunition depots in Kherson on September 25. "
                        "The Russian Ministry of Defense claimed that Russian forces struck "
                        "Ukrainian positions in Kherson on September 25.", "Kherson")
    assert len(got) == 2, [(i["title"], i["status"]) for i in got]
    assert all(i["status"] != "confirmed" for i in got), got


def test_one_sides_strike_told_twice_stays_one(pipeline):
    got = _at(pipeline, "The Ukrainian Southern Operational Command reported that Ukrainian "
                        "forces destroyed two ammunition depots in Kherson on September 25. "
                        "Russian milbloggers claimed that Ukrainian forces struck ammunition "
                        "depots in Kherson on September 25.", "Kherson")
    assert len(got) == 1, [(i["title"], i["status"]) for i in got]
