"""Rules from the analyst read of ISW 2022-07-12/13 (read26), on sentences written here:
- a bearing from a named road or river inside a list is no break of it: "assaults toward A
  and B west of the M03 highway and C and D east of it" is a fight at each of the four
  (events.arguments._past_qualifiers, _NAMED_ROUTE; read26: four villages before the
  bearing had no event).
"""

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Kyiv.\n\n"


def test_a_bearing_from_a_named_road_does_not_break_a_list(pipeline):
    text = ("Ukrainian forces repelled Russian ground assaults toward Izyum and Balakliia west "
            "of the M03 highway and Svatove and Kreminna east of the M03 highway on July 12.")
    rows = rows_after(pipeline, _LEAD, text, "2022-07-13")
    assert {r[2] for r in rows if r[0] == "Armed clash"} >= {
        "Izyum", "Balakliya", "Svatove", "Kreminna"}, rows
