"""Event rules of the twenty-eighth session, from the analyst reads of ISW 02-28, 03-08, 03-09
(read189), 03-10, 03-12, 03-19 (read190), 04-09..11 (read191), 04-25..27 (read192), 08-24,
08-29, 08-30 (read193) and 09-22..24 (read194), on sentences written here, over a hand-made
gazetteer:
- forces that "occupy a ring of positions running through A and B" hold ground: no event at
  all, where a negated taking stood as the teller denying it and made incidents disputed by
  their own holder (events: held_now and _over_occupied now skip; read190: eight such
  incidents), while units that "occupied A on August 25" took it (guard, test_events_session25);
- operations "poorly coordinated and executed" were carried out: no execution, the subject the
  first verb's (events.detect._subjects; read189: an attack on civilians at Kharkiv), while
  executed civilians were (guard);
- a fight's word naming a kind of place or quality ("left the combat zone in X") is no act
  (events.detect._idle_cue, _KIND_HEADS; read189: a battle at Kharkiv), while combat near X is
  (guard);
- the fight someone "returned from" is theirs, no event of the day (events._back_from;
  read193: a battle in Donbas), while forces that returned to fighting near X fought (guard);
- a bare participle that says which people are meant ("POWs detained at X", "forces withdrawn
  from around Kyiv ... will not have been reconstituted") is no act (events.detect.
  describes_people; read194, read191: an arrest and a withdrawal), while forces that withdrew
  did (guard);
- a people's word on a weapon's model name ("an Iranian Shahed-136 drone attack") names the
  model's maker, no party (events.arguments._model_after; read194: Iran striking Odesa), while
  "a Ukrainian drone attack" is Ukraine's (guard);
- a people's word on a border ("near the Russian border") is a line on the map, no party
  (events.arguments._BOUNDARIES; read192: the shelling laid on Ukraine);
- a side's territorial defense forces and its national guard are its forces (events.
  lexicon_actors.FORCE_MODIFIERS, FORCE_NOUNS; read190: no party);
- "forces conducted attacks near X, destroying and capturing several tanks", the verb parsed
  as a modifier of its subject, is a fight of those forces: the participle's doer is the root
  noun, and the tanks the second verb's object still make it combat (events.arguments.roles,
  events.coding: _objects_of_pair; read190: looting with no party);
- a line of the report's numbered notes ("[2] The General Staff's report stated that ...")
  cites a source of the body: no event of its own (events._in_endnote; read189: a second
  incident beside the body's), while a body line ending in a note mark tells (guard);
- clearing mines is demining, no blast (events.detect._CLEARING, _MINES; read198: an IED),
  while clearing positions is fighting (guard);
- a side's fires ("Ukrainian fires destroyed two barges near X") are its guns' (events.detect.
  _sides_fire; read198: a man-made disaster), while fires with no side stay one (guard);
- a police raid with no armed foe is a police action, no battle (events.detect._police_raid;
  read197: police fighting Ukraine), while forces' raid on positions is (guard);
- acts that make up a side's campaign ("strikes comprising the Ukrainian interdiction
  campaign") are that side's (events.arguments._campaign_owner; read194: laid on the other
  side);
- an act (or an attempt at it) whose odds a copula weighs ("a renewed attempt to take X is
  unlikely") lies ahead (events.polarity._odds_given; read201: a fight at the city), while
  "the assault on X was successful" tells it (guard);
- forces that entered a town "but remain unlikely to take" it fight in it, no taking (events.
  coding._taking_not_told; read199: a capture of Kharkiv), while a foreign force's entry told
  alone still takes ground (guard);
- a negated copula that says what an act was not ("the Bucha atrocities were not isolated war
  crimes but a microcosm of ...") leaves the act told (events.polarity.modality, _ACT_KINDS;
  dev: the atrocities stood as denied and split the Bucha story), while "the attack on X did
  not happen" denies it (guard);
- the subject of "completed" or "finished" does the act it completes ("Russian forces
  completed their withdrawal from X") (events.arguments._LIGHT_VERBS; read201: the withdrawal
  with no doer);
- "a previous version of this report stated that ..." corrects the report: no event (events.
  _CORRECTION; read203: the retracted capture stood as a second report of it);
- "continued to shell and conduct airstrikes in X": the shelling is no air strike, the verb
  joined to it on the way up no part of its clause (events.detect.own_clause; read206: two
  air strikes), while "aircraft continued to bomb and shell X" strike from the air (guard);
- forces that "reported destroying a pontoon bridge near X" did it: a strike of theirs
  (events.arguments._OWN_ACT_REPORTS; read206: no doer, typed looting);
- a system "near collapse" has not collapsed: a prospect, no act that may have happened
  (events.polarity.modality; read209: an incident the writer hedged);
- the town that "ground lines of communication (GLOCs) to X" lead to is a road's end: attacks
  along them are near X, not in it (events.arguments._road_goal past the bracketed acronym;
  read210: a fight in Lysychansk);
- a side's act from a place as the subject of what it "will allow" ("Ukrainian withdrawal from
  X will allow troops to ...") is given, not ahead (events.polarity._presupposed; dev: the
  withdrawal stood as future), while "a Russian capture of X would change the war" and
  "Russia's capture of X would ..." stay hypothetical (guards);
- Rosgvardia is Russia's forces (events.lexicon_actors.NAMED_GROUPS; read212, read214: no
  doer) and no place (geo.recognise._FORCE_NAMES; read212: an incident "at Rosgvardia");
- Chechen troops fight in Russia's forces (events.lexicon_actors.COUNTRIES; read211: "Military
  Forces" of no country);
- "for the first time since April 29" dates the last time before, not the act (events.
  arguments.last_time_before, events._assign_times; read213: a strike dated April 29 to June
  26), while "have shelled X since April 29" is a span (guard)."""

from __future__ import annotations

import pytest

from fogofwar.events.actors import extract_actors
from fogofwar.geo.index import NewPlace
from fogofwar.records import Report
from helpers_events import doers_at, moods_at, pipeline_over, rows_after, subs_at, town as _town

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on March 10.\n\n")

_PLACES = [
    NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
             population=41_000_000),
    _town(9801, "Poliske", 51.24, 29.39, "13", 9_000),
    _town(9802, "Kukhari", 50.90, 29.60, "13", 1_000),
    _town(9803, "Kyiv", 50.45, 30.52, "12", 2_900_000, code="PPLC"),
    _town(9804, "Kharkiv", 49.98, 36.25, "07", 1_430_000, code="PPLA"),
    _town(9805, "Bucha", 50.55, 30.21, "13", 37_000, code="PPLA3"),
    _town(9806, "Izyum", 49.21, 37.26, "07", 46_000, code="PPLA2"),
    _town(9807, "Olenivka", 47.84, 37.64, "05", 5_000),
    _town(9808, "Bakhmut", 48.60, 38.00, "05", 73_000, code="PPLA2"),
    _town(9809, "Odesa", 46.48, 30.73, "17", 1_000_000, code="PPLA"),
    _town(9812, "Rybinsk", 58.05, 38.84, "88", 180_000, cc="RU", code="PPLA2"),
    NewPlace(9810, "Sumy Oblast", 50.91, 34.80, "UA", "21", fclass="A", fcode="ADM1",
             population=1_000_000),
    NewPlace(9811, "Donbas", 48.5, 38.5, "UA", fclass="L", fcode="RGN", population=0),
]


@pytest.fixture(scope="module")
def hand_pipeline():
    """The pipeline over a hand-made gazetteer of the towns these sentences name."""
    return pipeline_over(_PLACES)


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-03-10")


def test_positions_held_through_villages_are_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff stated that Russian forces occupy a ring of "
                                "positions west of Kyiv running through Poliske and Kukhari.")
    for town in ("Poliske", "Kukhari"):
        assert not moods_at(rows, town), rows


def test_control_over_an_occupied_town_is_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces continue to consolidate control over occupied "
                                "Izyum.")
    assert not moods_at(rows, "Izyum"), rows


def test_operations_coordinated_and_executed_are_no_execution(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian operations on the northern axis have been poorly "
                                "coordinated and executed, leading to failures at Kharkiv.")
    assert "Attack" not in subs_at(rows, "Kharkiv"), rows


def test_civilians_executed_were_attacked(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian troops executed civilians in Bucha.")
    assert "Attack" in subs_at(rows, "Bucha"), rows


def test_leaving_a_combat_zone_is_no_fight(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff stated that elements of a Russian brigade "
                                "left the combat zone in Kharkiv.")
    assert "Armed clash" not in subs_at(rows, "Kharkiv"), rows


def test_combat_near_a_town_is_a_fight(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Heavy combat continued near Izyum on March 10.")
    assert "Armed clash" in subs_at(rows, "Izyum"), rows


def test_the_fight_one_returned_from_is_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, "Volunteers who returned from fighting in Bakhmut on March 2 "
                                "spoke to local media.")
    assert not subs_at(rows, "Bakhmut"), rows


def test_forces_returned_to_fighting_fought(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces returned to fighting near Bakhmut on March 9.")
    assert "Armed clash" in subs_at(rows, "Bakhmut"), rows


def test_prisoners_held_at_a_camp_are_no_arrest(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian officials refused to admit observers to Ukrainian POWs "
                                "detained at the Olenivka camp.")
    assert "Arrests" not in subs_at(rows, "Olenivka"), rows


def test_forces_withdrawn_from_a_city_are_described(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces withdrawn from around Kyiv and going back to "
                                "Donbas will likely not have been reconstituted.")
    assert "asserted" not in moods_at(rows, "Kyiv"), rows


def test_forces_that_withdrew_moved(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian troops withdrew from Kyiv on March 9.")
    assert "Change to group/activity" in subs_at(rows, "Kyiv"), rows


def test_a_models_maker_is_no_party(hand_pipeline):
    rows = _rows(hand_pipeline, "Footage confirmed an Iranian Shahed-136 drone attack on Odesa "
                                "on March 9.")
    assert "Military Forces of Iran" not in doers_at(rows, "Odesa"), rows


def test_a_sides_drone_attack_is_its_own(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Footage confirmed a Ukrainian drone attack on Izyum on March 9.")
    assert "Military Forces of Ukraine" in doers_at(rows, "Izyum"), rows


def test_a_border_named_for_a_people_is_no_party(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces shelled areas in Sumy Oblast near the Russian "
                                "border on March 9.")
    assert doers_at(rows, "Sumy Oblast") == {"Military Forces of Russia"}, rows


@pytest.mark.parametrize("text", ["Ukrainian territorial defense forces repelled an attack.",
                                  "The Ukrainian National Guard repelled an attack."])
def test_territorial_defense_and_national_guard_are_a_sides_forces(nlp, text):
    assert [(a.canonical, a.side) for a in extract_actors(nlp(text))] == [
        ("Military Forces of Ukraine", "UA")], extract_actors(nlp(text))


def test_attacks_destroying_and_capturing_tanks_are_a_fight(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian territorial defense forces conducted at least two "
                                "attacks near Izyum on March 9, destroying and capturing "
                                "several Russian tanks.")
    assert ("Armed clash", "asserted", "Izyum", "Military Forces of Ukraine") in rows, rows


_NOTES = ("Russian troops shelled Izyum on March 7.[1]\n\n"
          "[1] https://example.org/a\n"
          "[2] The General Staff report of March 8 stated that elements of a brigade shelled "
          "positions in Kharkiv.\n"
          "[3] https://example.org/b")


def test_a_note_line_tells_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, _NOTES)
    assert not subs_at(rows, "Kharkiv"), rows


def test_a_body_line_with_a_note_mark_tells(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, _NOTES)
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Izyum"), rows


def test_clearing_mines_is_no_blast(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces are clearing Russian mines near Izyum.")
    assert not subs_at(rows, "Izyum"), rows


def test_clearing_positions_is_a_fight(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces cleared Ukrainian positions near Izyum on "
                                "March 9.")
    assert "Armed clash" in subs_at(rows, "Izyum"), rows


def test_a_sides_fires_are_shelling(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian fires destroyed two barges near Izyum on March 9.")
    assert subs_at(rows, "Izyum") == {"Shelling/artillery/missile attack"}, rows


def test_fires_of_no_side_are_no_shelling(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Fires destroyed two warehouses near Izyum on March 9.")
    assert "Shelling/artillery/missile attack" not in subs_at(rows, "Izyum"), rows


def test_a_police_raid_is_no_battle(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian police conducted a raid at a plant in Rybinsk to serve "
                                "mobilization notices on March 9.")
    assert "Armed clash" not in subs_at(rows, "Rybinsk"), rows


def test_a_raid_on_positions_is_a_fight(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Ukrainian forces conducted a raid on Russian positions near "
                                "Izyum on March 9.")
    assert "Armed clash" in subs_at(rows, "Izyum"), rows


def test_strikes_making_up_a_sides_campaign_are_its_own(hand_pipeline):
    rows = _rows(hand_pipeline, "Footage shows strikes comprising the continued Ukrainian "
                                "interdiction campaign in Sumy Oblast on March 9.")
    assert doers_at(rows, "Sumy Oblast") == {"Military Forces of Ukraine"}, rows


def test_an_attempt_judged_unlikely_lies_ahead(hand_pipeline):
    rows = _rows(hand_pipeline, "A renewed Russian attempt to take Kharkiv is unlikely.")
    assert "asserted" not in moods_at(rows, "Kharkiv"), rows


def test_an_assault_judged_successful_is_told(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "The Russian assault on Izyum on March 9 was successful.")
    assert "asserted" in moods_at(rows, "Izyum"), rows


def test_an_entry_with_the_taking_unlikely_is_a_fight(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces entered Kharkiv for the first time on March 9 "
                                "but remain unlikely to take the city.")
    assert ("Armed clash", "asserted", "Kharkiv", "Military Forces of Russia") in rows, rows
    assert "Non-state actor overtakes territory" not in {
        r[0] for r in rows if r[2] == "Kharkiv" and r[1] == "asserted"}, rows


def test_an_entry_told_alone_takes_ground(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces entered Bucha on March 9.")
    assert "Non-state actor overtakes territory" in subs_at(rows, "Bucha"), rows


def test_what_an_act_was_not_leaves_it_told(hand_pipeline):
    rows = _rows(hand_pipeline, "The Bucha atrocities were not isolated war crimes but rather a "
                                "microcosm of Russian atrocities in occupied areas.")
    assert "asserted" in moods_at(rows, "Bucha"), rows


def test_an_act_that_did_not_happen_is_negated(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "The attack on Bucha did not happen.")
    assert "asserted" not in moods_at(rows, "Bucha"), rows


def test_the_subject_of_completed_does_the_act(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces completed their withdrawal from Sumy Oblast on "
                                "March 9.")
    assert doers_at(rows, "Sumy Oblast") == {"Military Forces of Russia"}, rows


def test_what_a_previous_version_stated_is_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, "A previous version of this report stated that Russian troops "
                                "seized Izyum on March 9.")
    assert not subs_at(rows, "Izyum"), rows


def test_shelling_beside_airstrikes_is_shelling(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces also continued to shell and conduct airstrikes "
                                "in Izyum on March 9.")
    assert subs_at(rows, "Izyum") == {"Shelling/artillery/missile attack",
                                      "Air/drone strike"}, rows


def test_aircraft_that_bomb_and_shell_strike_from_the_air(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian aircraft continued to bomb and shell Izyum on March 9.")
    assert subs_at(rows, "Izyum") == {"Air/drone strike"}, rows


def test_forces_that_reported_destroying_a_bridge_struck_it(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces reported destroying a pontoon bridge near Izyum "
                                "on March 9.")
    assert ("Shelling/artillery/missile attack", "asserted", "Izyum",
            "Military Forces of Ukraine") in rows, rows


def test_near_collapse_is_a_prospect(hand_pipeline):
    rows = _rows(hand_pipeline, "The medical system in Izyum is near collapse.")
    assert moods_at(rows, "Izyum") <= {"future"}, rows


def test_the_town_glocs_lead_to_is_a_roads_end(hand_pipeline):
    ext = hand_pipeline.run(Report(id="t", text=_LEAD + "Russian forces continued to attack "
                                   "settlements along the Ukrainian ground lines of "
                                   "communication (GLOCs) to Izyum.", published="2022-03-10"))
    precs = {e.location_precision for e in ext.events
             if e.location is not None and ext.places[e.location].name == "Izyum"}
    assert precs == {2}, ext.events


def test_a_sides_withdrawal_that_will_allow_is_given(hand_pipeline):
    rows = _rows(hand_pipeline, "An official noted that Ukrainian withdrawal from Izyum will "
                                "allow Ukrainian troops to secure better positions.")
    assert "asserted" in moods_at(rows, "Izyum"), rows


@pytest.mark.parametrize("text", ["A Russian capture of Izyum would change the war.",
                                  "Russia's capture of Izyum would change the war."])
def test_a_capture_that_would_change_the_war_is_hypothetical(hand_pipeline, text):
    # guard
    assert "asserted" not in moods_at(_rows(hand_pipeline, text), "Izyum")


def test_rosgvardia_is_russias_forces_and_no_place(hand_pipeline):
    rows = _rows(hand_pipeline, "Rosgvardia detained residents in Izyum on March 9.")
    assert doers_at(rows, "Izyum") == {"Military Forces of Russia"}, rows
    assert not any(r[2] == "Rosgvardia" for r in rows), rows


def test_chechen_troops_are_russias_forces(hand_pipeline):
    rows = _rows(hand_pipeline, "Chechen troops attacked Izyum on March 9.")
    assert doers_at(rows, "Izyum") == {"Military Forces of Russia"}, rows


def _times_at(pipeline, text, town):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-06-26"))
    return [ext.times[e.time].first for e in ext.events if e.location is not None and
            ext.places[e.location].name == town and e.time is not None]


def test_the_first_time_since_dates_no_act(hand_pipeline):
    got = _times_at(hand_pipeline, "Russian forces struck Kyiv for the first time since April "
                                   "29 on June 26.", "Kyiv")
    assert got == ["2022-06-26"], got


def test_shelled_since_is_a_span(hand_pipeline):
    # guard
    got = _times_at(hand_pipeline, "Russian forces have shelled Izyum since April 29.", "Izyum")
    assert got == ["2022-04-29"], got
