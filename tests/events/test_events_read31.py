"""Rules from the analyst reads of ISW 2022-05-13..22 (read30) and 2022-10-06..17 (read31), on
sentences written here:
- a bearing whose anchor is followed by a preposition naming places opens a group of the list,
  not a qualifier of the name before it: "near X, northeast of X near A and B, and south of X
  near C and D" is one event at each of X, A, B, C and D (events.arguments._opens_group;
  read31: six listed villages had no event);
- a verb joined by "and" to another, naming no place of its own, is at its partner's place,
  whether the partner comes first or last and whether or not it is an event itself
  ("maintained positions north of X and shelled Ukrainian positions", "launched airstrikes
  and fired on positions in X's vicinity") (events._partner_sites; read30: the act had no
  place and was dropped);
- a noun trigger inside a compound is placed by its head noun's phrases ("inflicted
  artillery damage on settlements around X") (events.arguments.region; read30: no place;
  tested on a snippet, as a report's "artillery damage" finds no act yet);
- an aim's phrases ("attacks to break through lines near X", "..., particularly from X")
  place the undertaking, the aim itself still refused (events.arguments._AIM_PREPS,
  _is_context; read31: the attacks had no place).
"""

import pytest

from helpers_events import event_rows, rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def _rows(pipeline, text, published="2022-10-15"):
    return [r for r in rows_after(pipeline, _LEAD, text, published) if r[2] != "Izyum"]


def test_bearing_groups_of_a_list_are_each_placed(pipeline):
    got = {r[2] for r in _rows(pipeline, "Ukrainian forces repelled Russian attacks near "
                               "Bakhmut, northeast of Bakhmut near Soledar and Siversk, and "
                               "south of Bakhmut near Toretsk and Avdiivka on October 14.")}
    assert {"Bakhmut", "Soledar", "Siversk", "Toretsk", "Avdiyivka"} <= got, got


def test_a_bearing_qualifying_the_name_before_it_is_read_past(pipeline):
    # guard: "A, east of X, and B" lists A and B, not X
    got = {r[2] for r in _rows(pipeline, "Russian forces attacked near Soledar, northeast of "
                               "Bakhmut, and Siversk on October 14.")}
    assert {"Soledar", "Siversk"} <= got and "Bakhmut" not in got, got


@pytest.mark.parametrize("text, place", [
    ("Russian forces maintained their positions north of Lyman and shelled Ukrainian "
     "positions on October 14.", "Lyman"),
    ("Russian forces launched airstrikes and fired on Ukrainian positions in Siversk's "
     "vicinity on October 14.", "Siversk"),
    ("Russian forces shelled Ukrainian positions near Kramatorsk and launched airstrikes on "
     "October 14.", "Kramatorsk"),
])
def test_a_verb_without_a_place_takes_its_partners(pipeline, text, place):
    got = _rows(pipeline, text)
    assert got and all(r[2] == place for r in got), got


def test_a_partner_with_a_place_of_its_own_keeps_it(pipeline):
    # guard: each act named with its own place stays there
    got = {(r[0], r[2]) for r in _rows(pipeline, "Russian forces shelled Lyman and launched "
                                       "airstrikes on Siversk on October 14.")}
    assert {r[1] for r in got} == {"Lyman", "Siversk"}, got


@pytest.mark.parametrize("text", [
    "Russian forces continued to inflict artillery damage on settlements around Kramatorsk "
    "on October 14.",
    "Russian forces caused artillery damage in Kramatorsk on October 14.",
])
def test_a_compound_trigger_is_placed_by_its_head_noun(pipeline, text):
    # (read as a one-event snippet: in a report the detector finds no act in "artillery
    # damage" yet)
    got = event_rows(pipeline, text, "2022-10-15")
    assert [r[2] for r in got] == ["Kramatorsk"], got


@pytest.mark.parametrize("text", [
    "Ukrainian troops conducted limited ground attacks to break through Russian defensive "
    "lines near Vuhledar on October 14.",
    "Ukrainian troops conducted limited ground attacks to break through Russian defensive "
    "lines, particularly from Vuhledar on October 14.",
])
def test_the_act_keeps_the_place_of_its_refused_aim(pipeline, text):
    got = _rows(pipeline, text)
    assert [r for r in got if r[1] == "asserted" and r[2] == "Vuhledar"], got


def test_a_starting_point_of_an_act_is_still_no_site(pipeline):
    # guard: "from X" outside an aim stays a starting point
    got = _rows(pipeline, "Russian forces withdrew artillery from Kherson and shelled "
                          "Ukrainian positions near Siversk on October 14.")
    assert "Siversk" in {r[2] for r in got}, got
