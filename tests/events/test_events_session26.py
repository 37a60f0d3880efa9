"""Event rules of the twenty-sixth session, from the analyst reads of ISW 2022-09-17,
10-19, 10-23 (read157) and 06-09..11 (read158), on sentences written here, over a hand-made
gazetteer:
- a list of bearings ("repelled assaults near A, west of B, and southwest of C"; "on and south
  of A, on and west of B") lists B and C, each a site near its anchor, not a bearing that
  locates A (events.arguments._bearings_listed, _ends_group, _GROUP_BEARING; read157: only A
  had an event), while "near A, west of B, and near C" keeps B as A's locator (guard);
- a fight that "is ongoing" or "underway" somewhere is told there ("Battles are ongoing near
  X": events.arguments.said_ongoing, events._state_description; read157: no event), while
  operations that "remain limited" describe the war's course (guard);
- forces raising a flag over a town take it, a liberation or a capture by the side that
  raises it (events.lexicon_events.FLAG_PHRASES; read157: the day's one liberation had no
  event);
- a fire an attack caused is the attack's outcome: "fired on the power plant, causing a fire"
  is shelling, no man-made disaster (events.detect._caused_blaze; read157), while a fire a
  short circuit caused stays a disaster (guard);
- rounds fired at a building are shelling, and the maker named on them ("NATO artillery
  rounds", "Iranian missiles") is neither side: the firer is the doer and no one the
  target (events.detect._rounds_fired, events.arguments._shot_fired, roles; read157:
  disrupted weapons use against NATO);
- an act that a "failure", "refusal" or "inability" names did not happen ("the Russian
  failure to rush reinforcements to X"), and "left the front vulnerable" leaves no one
  (events.polarity._framed_by_noun, _FAIL_NOUNS; events.detect.find_cues; read157: a
  redeployment asserted);
- a bare year or decade after "from" that the parse hangs on the verb dates the noun before
  it, no act ("mining X with mines from the 1950s to defend against recent counterattacks":
  events._dates_a_thing_noun; read158: a fight dated 1950-1959), while a day range after
  "from" dates the shelling (guard);
- "the eighteenth such attack" names the kind of an act told before: no second event
  (events._such; read158);
- a weapon's name before a facility's word names the target's kind ("struck the drone control
  center in X"): no air strike (events.detect._kind_of_target; read156), while drones that
  struck a depot struck from the air (guard);
- explosives or grenades dropped on troops are air strikes (events.lexicon_events; read161: a
  roadside bomb);
- munitions used to strike ("used Shahed-136 munitions to strike targets in X") struck, of the
  kind the munitions are, the model number read past (events.detect._rounds_fired,
  _MODEL_NUMBER; read161: disrupted weapons use);
- a town the parse hangs by "in" on a distance's anchor ("struck a bridge 10 km from X in Y")
  is the site (events.arguments._is_context; read156: no place);
- a second target "and positions in Y" that the parse makes another object of the first "in"
  is struck too (events.arguments._parallel_targets; read160: Y had no event);
- attacks that reports or footage "purported to show" in A, B and C are told there (events.
  arguments._LIGHT_VERBS, events._LIGHT; read161: six drone strikes lost);
- forces "attempting to advance on X from A and B" that "remain stalled" are described, no
  act of the day (events._described_subject; read159: fights at A and B), while forces
  attacking that were repelled fought (guard);
- people "are imprisoned" somewhere: a state, no arrest (events._posted; read159);
- an infinitive after an act's own object says what the act is for ("may strike the bridges
  to prevent troops from mounting a counterattack on X"): the prevention lies ahead, no
  denial of the counterattack (events.polarity._purpose_of; read160: a blanket denial);
- a sentence on what some "specified" of the act just told is of that act's day (events.
  _continuing_time, _TELLING; read157: the report's day, a second incident);
- a named thing whose name the tagger takes for a person's, placed by a distance from a town
  ("the Nyzyany rail station (40km east of X)"), is near X, not in it (events.arguments.
  _offset_of_thing; read157: precision 1 at X);
- bombers that struck a hospital with bombs struck from the air (events.detect.refine;
  read162: a roadside bomb);
- a strike on a side's command post that killed its general is the other side's, and a
  general named by rank is one dead (events.coding.code_event, events.fatalities; read162:
  Russia on both sides, no toll);
- "the town" after "A (just south of X)" is A, the bracketed anchor only a locator, and
  "what areas of the town were seized" takes no town whole (events._anchor_only,
  _offset_point, arguments.measured_from; read163: a capture of X);
- "they" in a clause under a clause with a named subject ("reported that Russian troops
  attacked A, where they have been fighting for days") is that subject, not the speaker
  (events.arguments._speaker_for_pronoun; read163: the sides reversed);
- the war's early operations around a town, and the strikes a place is "known for", are
  background, no act of the day (events._background_kind; read163);
- a list runs on past a road its names lie along ("A, B, and C along the T1302 highway and
  D": events.arguments._ALONG_ROUTE; read163: D lost);
- an advance "on X from A and B" is fought at X, near it, both starts only origins (events.
  arguments._origin_of; read164: fights at A and B);
- a second anchor of a bearing ("southeast of X and Y") is no listed site (events.
  _second_anchor, arguments._of_head; read164: Y shelled);
- "the capture of X will not generate a salient": the capture is given, no denial (events.
  polarity._presupposed, _HAPPENING; read164: two captures disputed), while a capture that
  "did not happen" is none (guard);
- what the clause says was done "previously" at a place is its story, no act of the day
  (events._told_before; read164: a strike), while an act dated so keeps its date (guard);
- towns named "all situated southwest of X" place the acts, X no site beside them (events.
  arguments.measured_from, _BEFORE_BEARING; read165: one fight at X);
- advances "onto X" are at X (events.arguments._SITE_PREPS; read165: at the anchor 40 km
  off);
- forces that "expelled them from around the city" drove the enemy out, no diplomacy
  (events.detect.refine; read166: a diplomatic event);
- fires that satellite imagery or fire data showed around villages are the war's shelling, no
  man-made disaster (events.detect._fires_seen_from_space; read166), while fires residents
  reported stay fires (guard);
- a crossing tried "near X" is fought near X, though the try has a second conjunct ("attempting
  to cross the river near X and encircle Y": events.arguments.region; read166: no place);
- attacks an aircraft's word names ("Ukrainian aviation attacks against Russian forces south
  of X") are air strikes (events.detect.refine; read169: a ground clash);
- drones and munitions shot down are the interception's objects, no strike of their own
  (events.detect._shot_down_thing; read170: a second incident with no attacker), while drones
  that struck did (guard);
- what forces will commit to "before" a step told as lying ahead lies ahead too ("will likely
  attempt to capture X before committing to an assault on Y": events.polarity.
  _before_an_act_ahead; read167: an assault on Y asserted), while after a past act both
  happened (guard);
- attacks a campaign's effort is divided "between" are how it is shared, no act (events.
  _background_kind; read167: fights at the goals);
- a list runs on into a group with its own region ("..., and in western Donetsk Oblast near
  X": events.arguments._REGION_THEN_PREP; read176: X lost);
- concentration points and command posts targeted are struck (events.detect._CONTESTED;
  read176: no event);
- people of a town who protest protest in it ("women in X attempted to protest": events.
  _doers_place; read176: the protest had no place)."""

from __future__ import annotations

import pytest

from fogofwar.geo.index import NewPlace
from fogofwar.records import Report
from helpers_events import doers_at, moods_at, pipeline_over, rows_after, subs_at, town as _town

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on September 16.\n\n")


_PLACES = [
    NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
             population=41_000_000),
    NewPlace(9601, "Luhansk Oblast", 48.98, 39.02, "UA", "09", fclass="A", fcode="ADM1",
             population=2_100_000),
    NewPlace(9602, "Kherson Oblast", 46.75, 33.35, "UA", "08", fclass="A", fcode="ADM1",
             population=1_000_000),
    _town(713174, "Bakhmut", 48.60, 38.00, "05", 73_000),
    _town(713122, "Avdiivka", 48.14, 37.75, "05", 32_000),
    _town(709717, "Donetsk", 48.02, 37.80, "05", 900_000, code="PPLA"),
    _town(9603, "Vuhledar", 47.78, 37.25, "05", 15_000),
    _town(9604, "Yarova", 49.06, 37.90, "05", 2_000),
    _town(9605, "Slovyansk", 48.85, 37.60, "05", 105_000),
    _town(9606, "Bilohorivka", 48.93, 38.25, "09", 800),
    _town(9607, "Lysychansk", 48.90, 38.43, "09", 100_000),
    _town(9608, "Spirne", 48.80, 38.02, "05", 300),
    _town(9609, "Odesa", 46.48, 30.73, "17", 1_000_000, code="PPLA"),
    _town(9610, "Vladivostok", 43.11, 131.87, "59", 600_000, cc="RU", code="PPLA"),
    _town(9611, "Kharkiv", 49.98, 36.25, "07", 1_430_000, code="PPLA"),
    _town(9612, "Komyshany", 46.64, 32.52, "08", 7_000),
    _town(9613, "Davydiv Brid", 47.24, 33.17, "08", 600),
    _town(9614, "Kherson", 46.64, 32.61, "08", 290_000, code="PPLA"),
    _town(9615, "Darivka", 46.75, 32.78, "08", 2_000, code="PPLA3"),
    _town(9616, "Radensk", 46.55, 32.99, "08", 1_000),
    _town(9617, "Nova Kakhovka", 46.76, 33.37, "08", 45_000),
    _town(9618, "Tairove", 46.36, 30.66, "17", 20_000),
    _town(9619, "Fontanka", 46.57, 30.85, "17", 9_000),
    _town(9620, "Olenivka", 47.83, 37.68, "05", 3_000),
    _town(9621, "Izyum", 49.21, 37.26, "07", 46_000),
    _town(9622, "Lyman", 48.99, 37.81, "05", 20_000),
    _town(9623, "Pravdyne", 46.86, 32.90, "08", 500),
    _town(9624, "Tokmak", 47.26, 35.71, "26", 30_000, code="PPLA2"),
    _town(9625, "Mariupol", 47.10, 37.55, "05", 430_000, code="PPLA2"),
    _town(9626, "Severodonetsk", 48.94, 38.49, "09", 100_000, code="PPLA2"),
    _town(9627, "Kyiv", 50.45, 30.52, "12", 2_800_000, code="PPLC"),
    _town(9628, "Chornobaivka", 46.70, 32.55, "08", 8_000),
    _town(9629, "Ternova", 50.15, 36.90, "07", 600),
    _town(9630, "Berestove", 48.70, 38.15, "05", 400),
    _town(9631, "Nyrkove", 48.72, 38.20, "09", 500),
    _town(9632, "Kodema", 48.47, 38.05, "05", 1_500),
    _town(9633, "Ivano-Darivka", 48.81, 38.19, "05", 300),
    _town(9634, "Verkhnokamianka", 48.85, 38.25, "09", 400),
    _town(9635, "Barvinkove", 48.91, 37.02, "07", 8_000),
    _town(9636, "Dolyna", 48.97, 37.62, "05", 700),
    _town(9637, "Adamivka", 48.95, 37.60, "05", 300),
    _town(9638, "Novoluhanske", 48.53, 38.23, "05", 3_000),
    _town(9639, "Snihurivka", 47.08, 32.80, "15", 12_000),
    _town(9640, "Volodymyrivka", 47.85, 37.50, "05", 500),
    _town(9641, "Pavlivka", 47.76, 37.22, "05", 600),
    _town(9642, "Blahodatne", 47.03, 32.98, "08", 700),
    _town(9643, "Mykolaiv", 46.98, 31.99, "15", 480_000, code="PPLA"),
    _town(9644, "Pryvillia", 48.98, 38.30, "09", 5_000),
    _town(9645, "Kreminna", 49.05, 38.22, "09", 19_000, code="PPLA3"),
    _town(9646, "Marinka", 47.95, 37.50, "05", 9_000),
    _town(9647, "Nevelske", 48.12, 37.60, "05", 300),
    _town(9648, "Novomykhailivka", 47.82, 37.45, "05", 500),
    _town(9649, "Dudchany", 47.19, 33.74, "08", 1_500),
    _town(9650, "Luhansk", 48.57, 39.32, "09", 400_000, code="PPLA"),
]


@pytest.fixture(scope="module")
def hand_pipeline():
    """The pipeline over a hand-made gazetteer of the towns these sentences name."""
    return pipeline_over(_PLACES)


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-09-17")


def _targets(pipeline, text, place):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-09-17"))
    return {e.actor2 for e in ext.events
            if e.location is not None and ext.places[e.location].name == place}


def _days(pipeline, text):
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-06-10"))
    lead_end = len(_LEAD)
    return {ext.times[e.time].value for e in ext.events
            if e.evidence.start >= lead_end and e.time is not None}


def test_a_list_of_bearings_lists_each_anchor(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces repelled Russian ground assaults near Bakhmut, "
                                "west of Avdiivka, and southwest of Donetsk City.")
    for town in ("Bakhmut", "Avdiivka", "Donetsk"):
        assert subs_at(rows, town) == {"Armed clash"}, (town, rows)


def test_on_and_bearing_groups_are_listed(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff stated that Ukrainian troops repelled Russian "
                                "attacks on and south of Bakhmut and on and west of Avdiivka.")
    assert subs_at(rows, "Avdiivka") == {"Armed clash"}, rows


def test_a_bearing_between_sites_still_locates_the_first(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Ukrainian forces repelled Russian assaults near Bilohorivka, "
                                "west of Lysychansk, and near Spirne.")
    assert subs_at(rows, "Spirne") == {"Armed clash"}, rows
    assert not subs_at(rows, "Lysychansk"), rows


def test_battles_said_ongoing_are_told_there(hand_pipeline):
    rows = _rows(hand_pipeline, "Heavy battles are ongoing near Vuhledar, and fighting is "
                                "underway near Yarova.")
    assert subs_at(rows, "Vuhledar") == {"Armed clash"}, rows
    assert subs_at(rows, "Yarova") == {"Armed clash"}, rows


def test_operations_that_remain_limited_are_no_event(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian operations around Kharkiv remain limited.")
    assert not subs_at(rows, "Kharkiv"), rows


def test_a_flag_raised_over_a_town_takes_it(hand_pipeline):
    rows = _rows(hand_pipeline, "Video posted on September 16 showed Ukrainian soldiers raising "
                                "the Ukrainian flag over Yarova.")
    assert subs_at(rows, "Yarova") == {"Government regains territory"}, rows
    assert doers_at(rows, "Yarova") == {"Military Forces of Ukraine"}, rows


def test_a_fire_an_attack_caused_is_the_attack(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops fired on the thermal power plant in Slovyansk on "
                                "September 16, causing a fire and damaging the plant.")
    assert subs_at(rows, "Slovyansk") == {"Shelling/artillery/missile attack"}, rows


def test_a_fire_a_short_circuit_caused_is_a_disaster(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "A short circuit caused a fire at a warehouse in Slovyansk on "
                                "September 16.")
    assert subs_at(rows, "Slovyansk") == {"Man-made disaster"}, rows


def test_rounds_fired_at_a_building_are_shelling(hand_pipeline):
    text = ("Occupation officials claimed that Ukrainian troops fired five 155mm NATO artillery "
            "rounds at a school in Donetsk City on September 16.")
    rows = _rows(hand_pipeline, text)
    assert subs_at(rows, "Donetsk") == {"Shelling/artillery/missile attack"}, rows
    assert _targets(hand_pipeline, text, "Donetsk") == {None}


def test_the_firer_of_foreign_missiles_is_the_doer(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops launched Iranian missiles at Odesa on September "
                                "16.")
    assert doers_at(rows, "Odesa") == {"Military Forces of Russia"}, rows


def test_a_failure_to_redeploy_is_no_redeployment(hand_pipeline):
    rows = _rows(hand_pipeline, "The Russian failure to rush reinforcements to Luhansk Oblast "
                                "left the front vulnerable.")
    assert "asserted" not in moods_at(rows, "Luhansk Oblast"), rows


def test_mines_from_a_decade_date_no_fight(hand_pipeline):
    days = _days(hand_pipeline, "Russian troops are mining Kherson Oblast with mines from the "
                                "1960s to defend against recent Ukrainian counterattacks in "
                                "northwestern Kherson Oblast.")
    assert not any(d.startswith("196") for d in days), days


def test_a_day_range_after_from_dates_the_shelling(hand_pipeline):
    # guard
    days = _days(hand_pipeline, "Russian troops shelled Kharkiv from June 1 to June 5.")
    assert days == {"2022-06-01/2022-06-05"}, days


def test_such_an_attack_is_no_second_event(hand_pipeline):
    rows = _rows(hand_pipeline, "An unknown man threw a Molotov cocktail at the enlistment office "
                                "in Vladivostok, which is the tenth such reported attack in "
                                "Russia.")
    assert subs_at(rows, "Vladivostok") == {"Looting/property destruction"}, rows


def test_a_weapons_name_on_a_facility_is_the_targets_kind(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian troops struck an unmanned aerial vehicle (UAV) "
                                "control center in Komyshany on September 16.")
    assert "Air/drone strike" not in subs_at(rows, "Komyshany"), rows
    assert subs_at(rows, "Komyshany"), rows


def test_drones_that_struck_a_depot_struck_from_the_air(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian drones struck a fuel depot in Komyshany on September "
                                "16.")
    assert subs_at(rows, "Komyshany") == {"Air/drone strike"}, rows


def test_explosives_dropped_on_troops_are_an_air_strike(hand_pipeline):
    rows = _rows(hand_pipeline, "Footage showed Ukrainian troops dropping explosives on Russian "
                                "vehicles in Davydiv Brid.")
    assert subs_at(rows, "Davydiv Brid") == {"Air/drone strike"}, rows


def test_munitions_used_to_strike_struck(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops have used Iranian-made Shahed-136 munitions to "
                                "strike targets in Odesa in recent days.")
    assert "Disrupted weapons use" not in subs_at(rows, "Odesa"), rows
    assert subs_at(rows, "Odesa"), rows


def test_a_town_hung_on_a_distances_anchor_is_the_site(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian troops struck a bridge less than 15 km from Kherson "
                                "City in Darivka on September 16.")
    assert subs_at(rows, "Darivka"), rows


def test_a_second_target_in_a_second_town_is_struck(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian troops destroyed a Russian fuel depot in Radensk and "
                                "unspecified Russian positions in Nova Kakhovka on September 15.")
    assert subs_at(rows, "Nova Kakhovka"), rows


def test_attacks_footage_purported_to_show_are_told(hand_pipeline):
    rows = _rows(hand_pipeline, "Social media posts purported to show several drone attacks on "
                                "September 16 in Tairove and Fontanka.")
    assert subs_at(rows, "Tairove") and subs_at(rows, "Fontanka"), rows


def test_forces_attempting_that_remain_stalled_are_described(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops attempting to advance on Slovyansk from both "
                                "Izyum and Lyman remain largely stalled.")
    assert not subs_at(rows, "Izyum") and not subs_at(rows, "Lyman"), rows


def test_forces_attacking_that_were_repelled_fought(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian troops attacking Lyman were repelled.")
    assert subs_at(rows, "Lyman") == {"Armed clash"}, rows


def test_people_imprisoned_are_no_arrest(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian sources claimed that captured Ukrainian fighters are "
                                "imprisoned in Olenivka.")
    assert not subs_at(rows, "Olenivka"), rows


def test_a_prevention_an_act_is_for_denies_nothing(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops may strike the bridges to prevent Ukrainian "
                                "troops from using them to mount a counterattack on Lyman.")
    assert "denied" not in moods_at(rows, "Lyman"), rows


def test_what_some_specified_is_of_the_day_just_told(hand_pipeline):
    ext = hand_pipeline.run(Report(id="t", text=_LEAD + (
        "The Russian Defense Ministry claimed that its troops repelled a Ukrainian assault on "
        "Pravdyne on September 15. Some milbloggers specified that Ukrainian troops broke "
        "through Russian defenses in Pravdyne before withdrawing."), published="2022-09-17"))
    days = {ext.times[e.time].value for e in ext.events if e.time is not None
            and e.location is not None and ext.places[e.location].name == "Pravdyne"}
    assert days == {"2022-09-15"}, days


def test_a_thing_named_by_a_person_like_word_is_near_its_anchor(hand_pipeline):
    ext = hand_pipeline.run(Report(id="t", text=_LEAD + (
        "Ukrainian partisans blew up the Nyzyany rail station (40km east of Tokmak) on "
        "September 16."), published="2022-09-17"))
    precs = {e.location_precision for e in ext.events if e.location is not None
             and ext.places[e.location].name == "Tokmak"}
    assert precs == {2}, precs


def test_bombers_that_struck_with_bombs_struck_from_the_air(hand_pipeline):
    rows = _rows(hand_pipeline, "Officials reported that six Russian Tu-22 bombers struck a "
                                "hospital in Mariupol with heavy bunker-buster bombs.")
    assert subs_at(rows, "Mariupol") == {"Air/drone strike"}, rows


def test_a_strike_on_a_sides_post_is_its_enemys(hand_pipeline):
    ext = hand_pipeline.run(Report(id="t", text=_LEAD + (
        "Ukrainian sources claimed an artillery strike on a Russian command post near Izyum "
        "killed Russian Major General Ivan Petrenko on September 16."), published="2022-09-17"))
    got = [(e.actor1, e.actor2, e.fatalities) for e in ext.events if e.location is not None
           and ext.places[e.location].name == "Izyum"]
    assert got and got[0][0] == "Military Forces of Ukraine", got
    assert got[0][2] is not None and got[0][2].best == 1, got


def test_the_town_after_a_bracketed_anchor_is_the_named_place(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff reported that Russian troops had partial "
                                "success while attacking Metolkine (just south of Severodonetsk), "
                                "though ISW cannot confirm what areas of the town Russian troops "
                                "seized.")
    assert "Non-state actor overtakes territory" not in subs_at(rows, "Severodonetsk"), rows


def test_they_under_a_named_subject_is_that_subject(hand_pipeline):
    rows = _rows(hand_pipeline, "The Ukrainian General Staff reported that Russian troops had "
                                "partial success while attacking Kodema (just south of Bakhmut) "
                                "where they have been fighting for the last few days.")
    assert doers_at(rows, "Kodema") == {"Military Forces of Russia"}, rows


def test_early_operations_are_background(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian officials reported heavy losses among Russian "
                                "airborne units, particularly in early operations around Kyiv.")
    assert not subs_at(rows, "Kyiv"), rows


def test_what_a_place_is_known_for_is_background(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops are concentrating near Chornobaivka, a village "
                                "just north of Kherson City known for Ukrainian strikes against "
                                "Russian ammunition depots in the area.")
    assert not any(r[0] == "Shelling/artillery/missile attack" for r in rows), rows


def test_a_list_runs_on_past_the_road_its_names_lie_along(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian troops repelled Russian assaults on Berestove and "
                                "Nyrkove along the T1302 highway and Kodema, approximately 14km "
                                "south of Bakhmut.")
    assert subs_at(rows, "Kodema") == {"Armed clash"}, rows


def test_an_advance_on_a_town_from_two_others_is_at_the_town(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian sources reported that Russian troops failed to "
                                "advance on Ivano-Darivka from Berestove and Verkhnokamianka.")
    assert subs_at(rows, "Ivano-Darivka") == {"Armed clash"}, rows
    assert not subs_at(rows, "Verkhnokamianka"), rows


def test_a_second_anchor_of_a_bearing_is_no_site(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops shelled Dolyna and Adamivka to the southeast of "
                                "Izyum and Barvinkove, and Kodema to the south of Bakhmut.")
    assert subs_at(rows, "Dolyna") and subs_at(rows, "Kodema"), rows
    assert not subs_at(rows, "Barvinkove"), rows


def test_a_capture_taken_as_given_is_no_denial(hand_pipeline):
    rows = _rows(hand_pipeline, "The capture of Novoluhanske and the Vuhledar Power Plant will "
                                "not generate an advantageous salient along which Russian troops "
                                "can advance northward.")
    assert not any(r[1] == "negated" for r in rows), rows


def test_what_was_previously_done_is_no_act_of_the_day(hand_pipeline):
    rows = _rows(hand_pipeline, "A fire broke out at a fuel depot north of Snihurivka, where "
                                "Russian troops have previously conducted strikes.")
    assert "Shelling/artillery/missile attack" not in subs_at(rows, "Snihurivka"), rows


def test_an_act_dated_though_previous_is_told(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian troops previously shelled Snihurivka on September 10.")
    assert subs_at(rows, "Snihurivka") == {"Shelling/artillery/missile attack"}, rows


def test_towns_all_situated_by_an_anchor_are_the_sites(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops unsuccessfully launched assaults in the "
                                "directions of Volodymyrivka, Pavlivka, and Kodema, all situated "
                                "southwest of Donetsk City.")
    assert subs_at(rows, "Volodymyrivka") and subs_at(rows, "Pavlivka"), rows
    assert not subs_at(rows, "Donetsk"), rows


def test_advances_onto_a_town_are_there(hand_pipeline):
    rows = _rows(hand_pipeline, "Milbloggers claimed that Russian paratroopers stopped two "
                                "Ukrainian advances onto Blahodatne, approximately 40km east of "
                                "Mykolaiv City.")
    assert subs_at(rows, "Blahodatne") == {"Armed clash"}, rows


def test_forces_that_expelled_them_drove_the_enemy_out(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian troops stopped Russian forces from encircling Kharkiv "
                                "and then expelled them from around the city.")
    assert "Diplomatic event" not in subs_at(rows, "Kharkiv"), rows
    assert "Government regains territory" in subs_at(rows, "Kharkiv"), rows


def test_fires_seen_from_space_are_shelling(hand_pipeline):
    rows = _rows(hand_pipeline, "NASA FIRMS imagery showed fires around Bilohorivka and Pryvillia, "
                                "likely indicating that Russian troops are shelling Ukrainian "
                                "positions.")
    assert subs_at(rows, "Pryvillia") == {"Shelling/artillery/missile attack"}, rows


def test_fires_residents_reported_stay_fires(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Local residents reported fires in Bilohorivka.")
    assert subs_at(rows, "Bilohorivka") == {"Man-made disaster"}, rows


def test_a_crossing_tried_near_a_town_is_fought_there(hand_pipeline):
    rows = rows_after(hand_pipeline, "Russian forces shelled Kharkiv City on September 16.\n\n",
                      "Ukrainian forces likely inflicted heavy casualties on Russian forces "
                      "attempting to cross the Siverskyi Donets River near Kreminna and encircle "
                      "Rubizhne from the northwest.", "2022-09-17")
    assert subs_at(rows, "Kreminna") == {"Armed clash"}, rows


def test_aviation_attacks_are_air_strikes(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops faced continual Ukrainian aviation attacks "
                                "against their positions south of Davydiv Brid.")
    assert subs_at(rows, "Davydiv Brid") == {"Air/drone strike"}, rows


def test_munitions_shot_down_are_no_strike(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian sources reported that Ukrainian troops shot down "
                                "Russian drones and other unspecified loitering munitions over "
                                "Odesa.")
    assert "Air/drone strike" not in subs_at(rows, "Odesa"), rows
    assert subs_at(rows, "Odesa") == {"Disrupted weapons use"}, rows


def test_an_assault_committed_to_before_a_step_ahead_lies_ahead(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops will likely attempt to capture Mykolaiv before "
                                "committing to an amphibious assault on Odesa.")
    assert "asserted" not in moods_at(rows, "Odesa"), rows


def test_an_assault_after_a_past_shelling_happened(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian troops shelled Mykolaiv before launching an assault on "
                                "Odesa.")
    assert moods_at(rows, "Odesa") == {"asserted"}, rows


def test_attacks_an_effort_is_divided_between_are_no_act(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops in southern Ukraine continue to divide their "
                                "efforts between attacks toward Mykolaiv and Odesa.")
    assert not subs_at(rows, "Mykolaiv") and not subs_at(rows, "Odesa"), rows


def test_a_list_runs_on_into_a_group_with_its_region(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff reported that Ukrainian troops repelled Russian "
                                "assaults west of Donetsk City near Marinka and Nevelske, and in "
                                "western Donetsk Oblast near Novomykhailivka.")
    assert subs_at(rows, "Novomykhailivka") == {"Armed clash"}, rows


def test_concentration_points_targeted_are_struck(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian troops targeted Russian concentration points in "
                                "Dudchany on September 16.")
    assert subs_at(rows, "Dudchany") == {"Shelling/artillery/missile attack"}, rows


def test_people_of_a_town_protest_in_it(hand_pipeline):
    rows = _rows(hand_pipeline, "Local sources reported that women in Luhansk attempted to "
                                "protest against mobilization on September 16.")
    assert subs_at(rows, "Luhansk") == {"Peaceful protest"}, rows
