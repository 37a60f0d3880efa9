"""Rules from the analyst read of ISW 2022-05-13, 05-15 and 05-22 (read30), on sentences
written here:
- to execute a crossing, a breakthrough or a raid is to carry it out, no execution of people
  (events.detect._PLANS; read30: an attack on civilians from "execute a crossing").
"""

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def test_an_undertaking_executed_is_no_execution(pipeline):
    rows = rows_after(pipeline, _LEAD, "Russian forces lost the momentum needed to execute a "
                                       "crossing of the river near Lyman.", "2022-05-15")
    assert not [r for r in rows if r[2] == "Lyman"], rows


def test_a_raid_executed_is_the_raid(pipeline):
    # guard: the undertaking itself stays an event
    rows = rows_after(pipeline, _LEAD, "Russian forces executed a raid on Ukrainian positions "
                                       "near Lyman on May 14.", "2022-05-15")
    assert ("Armed clash", "Lyman") in {(r[0], r[2]) for r in rows}, rows
