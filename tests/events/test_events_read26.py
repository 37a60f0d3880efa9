"""Rules from the analyst read of ISW 2022-07-12/13 (read26), on sentences written here:
- a bearing from a named road or river inside a list is no break of it: "assaults toward A
  and B west of the M03 highway and C and D east of it" is a fight at each of the four
  (events.arguments._past_qualifiers, _NAMED_ROUTE; read26: four villages before the
  bearing had no event);
- a summary bullet's fight near a town is the body's fights "toward" or "near" settlements by
  it that day, not only fights at them (events._told_nearby; read26: a clash at the anchor
  town beside the body's fights toward two villages);
- an enabling verb under a modal ("could have allowed Russian forces to advance on X") makes
  what it enables hypothetical, whatever its tense (events.polarity; read26: a fight at X
  from a counterfactual);
- reaching the outskirts of a town is an advance on it (events.lexicon_events; read26: no
  event).
"""

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Kyiv.\n\n"


def test_a_bearing_from_a_named_road_does_not_break_a_list(pipeline):
    text = ("Ukrainian forces repelled Russian ground assaults toward Izyum and Balakliia west "
            "of the M03 highway and Svatove and Kreminna east of the M03 highway on July 12.")
    rows = rows_after(pipeline, _LEAD, text, "2022-07-13")
    assert {r[2] for r in rows if r[0] == "Armed clash"} >= {
        "Izyum", "Balakliya", "Svatove", "Kreminna"}, rows


def test_a_bullets_fight_is_the_bodys_fights_toward_villages_by_the_town(pipeline):
    text = ("Key Takeaways\n- Russian forces conducted unsuccessful ground assaults northwest of "
            "Slovyansk on July 12.\n- Ukrainian forces continued strikes in Kherson Oblast.\n"
            "Russian forces continued ground attacks near Izyum on July 12.\nUkrainian forces "
            "repelled Russian assaults toward Dolyna and Bohorodychne on July 12.")
    rows = rows_after(pipeline, "", text, "2022-07-13")
    assert sorted({r[2] for r in rows if r[0] == "Armed clash" and r[2] != "Izyum"}) == [
        "Bohorodychne", "Dolyna"], rows


def test_what_a_modal_enabling_verb_allowed_is_hypothetical(pipeline):
    rows = rows_after(pipeline, _LEAD, "The bridges, if intact, could have allowed Russian "
                                       "forces to advance on Sloviansk from the north.",
                      "2022-07-13")
    assert [r[1] for r in rows if r[2] == "Slovyansk"] == ["hypothetical"], rows


def test_what_an_enabling_verb_allowed_in_the_past_stands(pipeline):
    # guard: "allowed Russian forces to advance" with no modal told an advance that happened
    rows = rows_after(pipeline, _LEAD, "The capture of the bridges allowed Russian forces to "
                                       "advance on Sloviansk on July 12.", "2022-07-13")
    assert "hypothetical" not in [r[1] for r in rows if r[2] == "Slovyansk"], rows


def test_reaching_the_outskirts_of_a_town_is_an_advance_on_it(pipeline):
    rows = rows_after(pipeline, _LEAD, "Russian forces reached the outskirts of Bakhmut on "
                                       "July 12.", "2022-07-13")
    assert ("Armed clash", "Bakhmut") in {(r[0], r[2]) for r in rows}, rows
