"""Rules from the analyst read of ISW 2022-09-19, 09-25 and 09-27 (read29), on sentences
written here:
- an operation or an operating is a fight only with a combat word on it or a violent aim:
  "operations to rebuild a bridge", "groups are operating in the area" and "drones conducting
  operations over X" are none (events._operation_not_fought; read29: three armed clashes);
- a present move told as a habit ("are regularly entering the oblast") or as the setting of
  another statement ("as they advance across the river", "the border where forces are
  advancing"), undated, is no event (events._habitual, events._moving_as_setting);
- a perfect relative clause on a noun of the main clause ("units in the south that have
  operated in X") and forces that are the agent of a participle describing a thing
  ("equipment left behind by forces retreating from X in April") tell background
  (events._describes_unit, extended);
- a unit noun ("a grouping", "a detachment") destroyed is a fight, not looting; a side's arms
  destroyed by an unnamed doer (a gerund under a verb of saying: "the command noted destroying a
  Russian air defense system") are destroyed by its enemy, never looted (events.coding);
- harm with no word of ground combat, in a paragraph whose lead tells a campaign of strikes
  ("continued their interdiction campaign ... destroyed ten pieces of equipment in X"), is a
  strike, not a clash (events.coding._remote_paragraph);
- a blast device used for an act ("used an IED to kill X") types it as an IED (events.coding);
- strikes that collapse a structure are a strike, not a man-made disaster (events.detect);
- "contesting positions around A, B" is a clash at each; "targeting positions in X" is fire at
  X; both only with positions, ground, forces or arms as object (lexicon_events, detect);
- "set up a training facility in X" establishes a base (lexicon_events);
- a light harm verb's object is where its subject's harm was done ("a missile inflicted damage
  on the airport in X": events.arguments.HARM_VERBS);
- a distance offset on an unnamed thing ("the substation about 12km southeast of X") places the
  event near X (events.arguments._offset_of_thing);
- a region-level mention restates the report's settlement-level mentions only with the same
  doer's side and a day in common; a raion only the settlements inside it
  (fuse.salience.settled_regions, restates_settled).
"""

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.fuse.salience import not_salient, settled_regions
from fogofwar.records import Report

from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def _rows(pipeline, text):
    return [r for r in rows_after(pipeline, _LEAD, text, "2022-09-19") if r[2] != "Izyum"]


@pytest.mark.parametrize("text", [
    "Satellite images showed Russian operations to rebuild the bridge at Kupiansk.",
    "Russian forces conducted operations to consolidate their positions near Lyman.",
    "Russian forces shelled Kupiansk. Russian sabotage and reconnaissance groups are operating "
    "in the area.",
    "Ukrainian forces shot down eleven Russian drones conducting operations in Odesa Oblast.",
])
def test_an_operation_with_no_fight_in_it_is_no_battle(pipeline, text):
    assert not [r for r in _rows(pipeline, text) if r[0] == "Armed clash"], _rows(pipeline, text)


def test_an_operation_to_take_a_town_is_still_a_battle(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces conducted operations to capture Soledar.")
    assert ("Armed clash", "Soledar") in {(r[0], r[2]) for r in rows}, rows


@pytest.mark.parametrize("text", [
    "The occupation governor claimed that Ukrainian saboteurs are regularly entering Kherson "
    "Oblast.",
    "Russian forces are reinforcing defenses as Ukrainian forces advance across the Oskil "
    "River and closer to Luhansk Oblast.",
])
def test_a_habit_or_a_setting_move_is_no_event(pipeline, text):
    assert not [r for r in _rows(pipeline, text) if r[0] == "Armed clash"], _rows(pipeline, text)


def test_a_dated_entry_is_still_an_event(pipeline):
    # guard
    rows = _rows(pipeline, "The occupation governor claimed that Ukrainian saboteurs entered "
                           "Kherson Oblast on September 18.")
    assert rows, rows


def test_a_perfect_relative_clause_tells_the_units_past(pipeline):
    rows = _rows(pipeline, "Russia is reinforcing units in the south that have operated in "
                           "Kyiv and Kharkiv Oblasts.")
    assert not [r for r in rows if r[0] == "Armed clash"], rows


def test_forces_that_left_a_thing_behind_moved_in_the_past(pipeline):
    rows = _rows(pipeline, "Ukrainian troops found equipment left behind by Russian forces "
                           "retreating from Chernihiv in April.")
    assert "Chernihiv" not in {r[2] for r in rows}, rows


def test_a_destroyed_grouping_is_a_fight(pipeline):
    rows = _rows(pipeline, "Russian troops destroyed a Ukrainian grouping in Kupiansk.")
    assert ("Armed clash", "Kupyansk") in {(r[0], r[2]) for r in rows}, rows


def test_a_sides_arms_destroyed_by_no_named_doer_are_not_looted(pipeline):
    rows = _rows(pipeline, "The Ukrainian Southern Operational Command noted destroying a "
                           "Russian air defense system in Beryslav.")
    assert rows and not [r for r in rows if r[0] == "Looting/property destruction"], rows
    assert "Military Forces of Ukraine" in {r[3] for r in rows}, rows


def test_harm_under_a_lead_of_strikes_is_a_strike(pipeline):
    rows = _rows(pipeline, "Ukrainian forces continued their interdiction campaign against "
                           "Russian logistics in southern Ukraine on September 18. Ukrainian "
                           "forces destroyed six vehicles and killed 30 Russian soldiers in "
                           "Melitopol.")
    assert {r[0] for r in rows if r[2] == "Melitopol"} == {"Shelling/artillery/missile attack"}, \
        rows


def test_harm_under_a_lead_of_ground_fighting_stays_a_clash(pipeline):
    # guard
    rows = _rows(pipeline, "Ukrainian forces repelled Russian assaults near Bakhmut on "
                           "September 18. Ukrainian forces destroyed three tanks and killed 20 "
                           "Russian soldiers near Soledar.")
    assert ("Armed clash", "Soledar") in {(r[0], r[2]) for r in rows}, rows


def test_an_ied_used_to_kill_types_the_killing(pipeline):
    rows = _rows(pipeline, "Ukrainian partisans used an IED to kill a collaborator official in "
                           "Melitopol on September 18.")
    assert ("Remote explosive/landmine/IED", "Melitopol") in {(r[0], r[2]) for r in rows}, rows


def test_strikes_that_collapse_a_bridge_are_a_strike(pipeline):
    rows = _rows(pipeline, "The road was cut after Ukrainian strikes partially collapsed the "
                           "bridge in Nova Kakhovka on September 2.")
    subs = {r[0] for r in rows if r[2] == "Nova Kakhovka"}
    assert subs and "Man-made disaster" not in subs, rows


def test_contesting_positions_around_towns_is_a_clash_at_each(pipeline):
    rows = _rows(pipeline, "Ukrainian forces are contesting Russian positions around Kupiansk, "
                           "Lyman, and Svatove.")
    assert {"Kupyansk", "Lyman", "Svatove"} <= {r[2] for r in rows if r[0] == "Armed clash"}, \
        rows


def test_targeting_positions_is_fire_on_them(pipeline):
    rows = _rows(pipeline, "Geolocated footage showed Ukrainian forces targeting Russian "
                           "positions in Snihurivka.")
    assert ("Shelling/artillery/missile attack", "Snihurivka") in {(r[0], r[2]) for r in rows}, \
        rows


@pytest.mark.parametrize("text", [
    "The opposition contested the election results in Kharkiv.",
    "The advertising campaign targeted young voters in Kharkiv.",
])
def test_contesting_or_targeting_no_ground_or_arms_is_no_event(pipeline, text):
    # guard
    assert not _rows(pipeline, text), _rows(pipeline, text)


def test_a_training_facility_set_up_is_a_base_established(pipeline):
    rows = _rows(pipeline, "Russian authorities set up a training facility for prisoners in "
                           "Torez.")
    assert "Headquarters or base established" in {r[0] for r in rows}, rows


def test_a_light_harm_verb_places_the_harm(pipeline):
    rows = _rows(pipeline, "A Russian cruise missile inflicted heavy damage on airport "
                           "infrastructure in Kryvyi Rih on September 18.")
    assert "Kryvyy Rih" in {r[2] for r in rows}, rows


def test_an_offset_on_an_unnamed_thing_places_the_event_near_its_town(pipeline):
    rows = _rows(pipeline, "Wagner fighters took control of the electrical substation about "
                           "12km southeast of Bakhmut.")
    assert "Bakhmut" in {r[2] for r in rows}, rows


def _region_dropped(pipeline, text: str) -> list[bool]:
    ext = pipeline.run(Report(id="t", text=text, published="2022-09-27"))
    ms = mentions_from_extraction(ext)
    settled = settled_regions(ms)
    return [not_salient(m, settled) == "restates at region level what the report tells at its "
                                       "settlements"
            for m in ms if m.place is not None and (m.place.precision or 1) >= 3]


def test_a_region_told_by_the_other_side_on_another_day_is_no_restatement(pipeline):
    text = (_LEAD + "Ukrainian forces struck Russian positions in Nova Kakhovka and Beryslav on "
            "September 27.\n\nA Russian milblogger claimed that Russian forces conducted drone "
            "strikes in Kherson Oblast on September 26.")
    dropped = _region_dropped(pipeline, text)
    assert dropped and not any(dropped), dropped


def test_a_region_restating_its_settlements_is_still_dropped(pipeline):
    # guard
    text = (_LEAD + "Ukrainian forces struck Russian positions in Nova Kakhovka and Beryslav on "
            "September 27.\n\nUkrainian forces struck Russian positions in Kherson Oblast on "
            "September 27.")
    dropped = _region_dropped(pipeline, text)
    assert dropped and all(dropped), dropped
