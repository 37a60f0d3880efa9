"""Rules from the analyst reads of ISW 2022-03-09..19 (read35), 04-07..22 (read36) and
05-29/30, 07-19 (read37), on sentences written here:
- aircraft called bombers fly for the side that names them ("Russian Tu-22M3 bombers struck
  X": the Russian military, not an unidentified armed group, the suicide bomber's sense;
  events.lexicon_actors.aircraft_bomber, arguments.actor_of_token; read36);
- forces said to remain or to be posted somewhere ("BTGs remain deployed around X") tell a
  status, no move (events._posted; read36: "Troop movements at Kharkiv").
"""

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations near Izium on April 14.\n\n"


def test_bombers_fly_for_the_side_that_names_them(pipeline):
    rows = rows_after(pipeline, _LEAD, "Russian Tu-22M3 bombers struck Kramatorsk on April 14.",
                      "2022-04-15")
    assert [r for r in rows if r[2] == "Kramatorsk" and r[3] == "Military Forces of Russia"], rows


def test_forces_still_posted_somewhere_make_no_move(pipeline):
    rows = rows_after(pipeline, _LEAD, "Several Russian battalion tactical groups remain "
                                       "deployed around Kramatorsk.", "2022-04-15")
    assert not [r for r in rows if r[2] == "Kramatorsk"], rows


def test_forces_deployed_on_a_day_moved(pipeline):
    # guard
    rows = rows_after(pipeline, _LEAD, "Russia deployed two battalion tactical groups to "
                                       "Kramatorsk on April 14.", "2022-04-15")
    assert ("Change to group/activity", "Kramatorsk") in {(r[0], r[2]) for r in rows}, rows
