"""Event rules of the twenty-fourth session, from the analyst reads of ISW 2022-06-09..11
(read117), 09-25..27 (read121) and 03-05..07 (read122), on sentences written here:
- "set X on fire" is arson with its "on fire" apart from the verb, and so is "set Xs on fire"
  with "on fire" hung on the object (events.detect.find_cues, _set_alight; read121: no
  event, or a negated man-made disaster), while a fire no one set stays a disaster (guard);
- fire that names an attack's means ("conducting fire attacks on X") is shooting, not a
  blaze (events.detect._fire_at, _FIRE_MEANS_OF; read122: a man-made disaster at X);
- a fire or explosion that "broke out" somewhere happened where the verb says ("a fire broke
  out at a depot in X": events.arguments._GOING_ON; read122: the event had no place);
- a thing thrown at a target ("threw a Molotov cocktail at the office in X") is done where
  the throw's phrases say (events.arguments._LIGHT_VERBS; the cue "molotov cocktail" in
  events.lexicon_events; read117: no place, no event);
- a named group's forces go on past its acronym ("Donetsk People's Republic (DNR) troops"):
  their capture is the group's (events.actors; read120: "troops" alone had no side and the
  capture became a government's regained ground), as "DNR troops" was (guard);
- forces that "took up defensive positions" in X settle into a defence: no ground taken, no
  fight (events.detect._took_up_posts; read120: an armed clash at X), while forces that took
  X took it (guard);
- a withdrawal that ends a failed attack of the same subject back to its own lines ("failed
  to seize X and retreated to previously occupied positions", "attacked X and withdrew to
  their previous positions") is the battle's outcome, no move of forces (events.detect.
  _closes_an_attack, _to_own_lines; read118: a move beside the clash), while a withdrawal to
  a named town stays a move there (guard);
- a verb joined to a complement of "continued" shares the aspect verb's subject even where
  the parser made the complement's noun a verb ("Ukrainian forces continued counteroffensives
  southwest of X and pushed Russian forces out of Y"): the retaking is Ukraine's, a
  government regaining ground (events.arguments.roles; read118: no doer, coded overtaken);
- an act told inside the subject of a corroboration of what was just reported ("Social media
  reports of destroyed Russian vehicles in this area may confirm these reports") is the
  earlier act's evidence, no act of its own (events.polarity.backs_a_claim; read122: a second
  battle incident), while reports of strikes that say something else stay strikes (guard);
- "the island" is the island named before it, in its sentence or the two before
  (events.arguments.landform_named_before; read119: "repelled an attack against the island"
  after Snake Island had no place), and without one named it is no town told before (guard);
- forces that "consolidated control of X" hold X just taken: a change of control, as
  "established control of X" is (events.lexicon_events.CONTROL_PHRASES; read123: no event),
  while forces consolidating their positions in X take nothing (guard);
- the places an "including (near) A and B" names after strikes are their sites, one event
  each, where the parse hangs the inclusion on the aspect verb of a verb of shelling
  ("continued routine shelling along the frontline, including near A and B"), or on a light
  verb (events.arguments.region; read126: four villages lost),
  while an inclusion of settlements after shelled settlements stays as it was (guard);
- the target the parse hangs on a launcher ("launched missiles from S-300 systems on
  infrastructure in X") is the strike's (events.arguments.region; read126: no place), while
  the place missiles are launched from is no site (guard);
- a place inside a bracketed remark on the name before it ("X (20km southwest of Y on the
  outskirts of Z)") says where X lies: no site of the act, which is at X (events.arguments.
  _in_remark_on_a_name; read126: the fight placed at Z and the villages lost);
- what attacks are on is where they were, though an advance toward a goal frames them
  ("attempted to advance toward A through attacks on B and C": events.arguments.
  _advanced_on, _ATTACK_ON_NOUNS; read125: B and C lost, the fights put at A);
- an advance a participle of trying names after assaults ("conducted assaults west of X,
  attempting to advance on A and B") is the assaults, at A and B (events.polarity.
  _aim_of_another_act, _TRIED_ADVANCES; read125: three fights stored as aims), while an
  outcome aimed at ("attempting to encircle A") or a guessed aim ("likely attempting to
  advance on A") stays an aim (guard);
- a name in a clause hung on the act's phrase of time ("recaptured suburbs east of X in the
  past 72 hours that may ease pressure on areas such as Y") is no site the name gives
  (events._site_by_name, _phrase_words; read125: a retaking of Y, a district never lost);
- places "in the directions of" offensives, plural ("unsuccessful offensives in the directions
  of A, B, and C") are where they were fought, near each (events.arguments.
  _directions_listed; read126: no site), while an operation "in the direction of" one city
  stays an axis with no site (guard);
- the speakers' own act in a gerund they confirm, deny or admit ("Ukrainian officials confirmed
  striking four depots in X") is their side's (events.arguments.roles, _OWN_ACT_REPORTS;
  read126: the strikes given the other side), while shelling they report is not theirs
  (guard);
- what something is called a sign of ("continued Russian fire west of X is likely an
  indicator of Ukrainian counteroffensives in the area") is the writer's inference, no act
  (events.polarity.inferred_from_sign; read118: a fight at X), while the fire itself stays a
  strike (guard);
- a remark that says where listed names lie ("advance on A, B, and C, all settlements between
  X and Y") names no site: the acts are at A, B and C (events.arguments._in_remark_on_a_list;
  read130: one fight at X, the villages lost);
- "the (Russian-held) towns" after "the cities of A and B" in its sentence names A and B back,
  as "both cities" does (events._both_named; read130: two IED attacks had no place), while
  "the towns along the border" with no towns named before stays placeless (guard);
- forces or their lines collapsing ("the collapse of the Russian line in X", "if Russian forces
  collapse along the X axis") is a front giving way, no man-made disaster (events.detect.
  _front_collapses; read126, read128: disasters at X), while a building's collapse stays one
  (guard);
- a prospect covers every verb joined under it ("are unlikely to inflict damage or resume
  advances towards X": events.polarity._first_conjuncts_modality; read128: the advances
  asserted), while acts resumed are told (guard);
- an act in a comparison with what a side did before ("..., as they did to Russian forces
  attempting to seize Kyiv") is no act of the day (events._compared_or_set_aside; read128: a
  fight at Kyiv dated that day);
- what conditions are being set for ("trying to create favorable conditions to capture X",
  "setting conditions for an assault on Y") is an aim (events.polarity._conditions_for;
  read129: a capture asserted), while an act done that creates conditions stays told (guard);
- an act a light verb's object names in what the writer says "may indicate" ("which may
  indicate that troops conducted a controlled withdrawal from X") is only possible (events.
  polarity.modality; read129: asserted), while what footage "indicates" stays told (guard);
- a participle after a preposition and before a people's adjective ("across occupied
  Ukrainian oblasts") is the ground's adjective, no taking (events.detect.held_ground_object;
  read129: a capture of Donetsk);
- what fire from afar did ("engaged in counterbattery actions that destroyed Ukrainian
  equipment in X") is a strike, not combat (events.coding._fire_that_did; read129: an armed
  clash), while forces that destroyed a command post fought (guard);
- operations paused or suspended ("paused ground offensive operations in X", the parser's
  "paused" an adjective) did not go on: negated (events.polarity._given_up, _GIVE_UP;
  read134: a fight in X); halting the other side's operations stays a fight
  (test_events_read13);
- an inclusion "against" places after assaults at a region's locations ("launched assaults at
  several locations in X Oblast, including against A and B") names their sites (events.
  arguments.region; read133: the fights lost to the oblast);
- fighters transferred somewhere ("transferred 150 fighters to X") are forces moved, no
  ground handed over (events.detect.refine, _FORCES_MOVED; read133: a withdrawal from X),
  while control transferred stays a transfer of territory (guard);
- what a place is to serve as a staging ground for under a verb of intent ("intend to use X
  as a staging ground for further counterattacks on A and B") lies ahead (events.polarity.
  _staged_for; read133: fights asserted), while a staging ground used for attacks is told
  (guard);
- an advance that describes the subject of a negated verb ("forces in X, as well as those
  advancing on A and B, did not conduct significant offensive operations") did not happen
  (events.polarity._in_negated_subject; read133: fights asserted at A and B);
- what help still to give would have someone do ("the urgency of helping Ukraine regain
  control of X") lies ahead (events.polarity._help_ahead; read131: a retaking asserted),
  while what help given did stays told (guard);
- "the city" names back the last city named, not a capital that stands for its government as
  the owner of words ("belies Moscow's claims that its forces have secured the city":
  events.arguments._speaks; read127: a capture of Moscow)."""

from __future__ import annotations

import pytest

from helpers_events import doers_at, moods_at, rows_after, subs_at

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on September 26.\n\n")


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-09-26")


def test_an_office_set_on_fire_is_arson(pipeline):
    rows = _rows(pipeline, "Protesters set a military enlistment office on fire in Moscow on "
                           "September 25.")
    subs = subs_at(rows, "Moscow")
    assert subs & {"Violent demonstration", "Looting/property destruction"}, rows


def test_offices_set_on_fire_are_arson(pipeline):
    rows = _rows(pipeline, "Unknown people set enlistment offices on fire in Moscow on "
                           "September 25.")
    assert "Looting/property destruction" in subs_at(rows, "Moscow"), rows


def test_a_fire_no_one_set_stays_a_disaster(pipeline):
    # guard
    rows = _rows(pipeline, "A fire broke out at an oil depot in Kherson on September 25.")
    assert subs_at(rows, "Kherson") == {"Man-made disaster"}, rows


def test_fire_attacks_are_shooting(pipeline):
    rows = _rows(pipeline, "Russian forces are conducting fire attacks on Kharkiv.")
    subs = subs_at(rows, "Kharkiv")
    assert "Shelling/artillery/missile attack" in subs and "Man-made disaster" not in subs, rows


def test_a_molotov_cocktail_thrown_is_done_where_the_throw_says(pipeline):
    rows = _rows(pipeline, "An unidentified assailant threw a Molotov cocktail at a military "
                           "enlistment office in Moscow on September 25.")
    assert subs_at(rows, "Moscow"), rows


@pytest.mark.parametrize("group", ["Donetsk People's Republic (DNR) troops", "DNR troops"])
def test_a_groups_troops_past_its_acronym_are_its_forces(pipeline, group):
    rows = _rows(pipeline, f"{group} captured Izium on September 25.")
    assert subs_at(rows, "Izyum") == {"Non-state actor overtakes territory"}, rows
    assert doers_at(rows, "Izyum") == {"DNR: Donetsk People's Republic"}, rows


def test_defensive_positions_taken_up_are_no_event(pipeline):
    rows = _rows(pipeline, "The Ukrainian General Staff stated that Russian forces took up "
                           "defensive positions in Kupiansk on September 25.")
    assert not subs_at(rows, "Kupyansk"), rows


def test_a_town_taken_stays_taken(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces took Kupiansk on September 25.")
    assert subs_at(rows, "Kupyansk") == {"Non-state actor overtakes territory"}, rows


@pytest.mark.parametrize("text", [
    "The Ukrainian General Staff reported that Russian forces failed to seize Kupiansk and "
    "retreated to previously occupied positions.",
    "Russian forces unsuccessfully attacked Kupiansk and withdrew to their previous positions "
    "on September 25."])
def test_a_retreat_to_own_lines_ends_the_attack(pipeline, text):
    rows = _rows(pipeline, text)
    assert "Change to group/activity" not in subs_at(rows, "Kupyansk"), rows
    assert "Armed clash" in subs_at(rows, "Kupyansk"), rows


def test_a_withdrawal_to_a_town_stays_a_move(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces unsuccessfully attacked Kupiansk and withdrew to "
                           "Izium on September 25.")
    assert "Change to group/activity" in subs_at(rows, "Izyum"), rows


def test_a_retaking_after_continued_counteroffensives_is_regained(pipeline):
    rows = _rows(pipeline, "Ukrainian forces continued counteroffensives southwest of Izium "
                           "and pushed Russian forces out of Kupiansk.")
    assert subs_at(rows, "Kupyansk") == {"Government regains territory"}, rows


def test_evidence_that_may_confirm_these_reports_is_no_new_act(pipeline):
    rows = _rows(pipeline, "The Ukrainian General Staff reported that Ukrainian forces repulsed "
                           "a Russian attack toward Kharkiv on September 25. Social media "
                           "reports of damaged and destroyed Russian vehicles in this area may "
                           "confirm these reports.")
    assert len([r for r in rows if r[2] == "Kharkiv"]) == 1, rows


def test_reports_of_strikes_saying_more_stay_strikes(pipeline):
    # guard
    rows = _rows(pipeline, "Social media reports of Russian strikes on Kharkiv on September 25 "
                           "indicate heavy damage.")
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Kharkiv"), rows


@pytest.fixture(scope="module")
def island_pipeline():
    """The pipeline over a hand-made gazetteer that holds an island and a city."""
    from fogofwar.geo.index import GazetteerIndex, NewPlace
    from fogofwar.geo.stage import PlaceStage
    from fogofwar.pipeline import Pipeline

    idx = GazetteerIndex.memory()
    idx.replace_source("test", [
        NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
                 population=41_000_000),
        NewPlace(9901, "Snake Island", 45.255, 30.204, "UA", "17", fclass="T", fcode="ISL"),
        NewPlace(9902, "Odesa", 46.48, 30.73, "UA", "17", fcode="PPLA", population=1_000_000)])
    p = Pipeline()
    p.place_stage = PlaceStage(idx)
    return p


def test_the_island_is_the_island_named_before(island_pipeline):
    rows = _rows(island_pipeline, "Ukrainian forces struck Russian positions on Snake Island on "
                                  "September 25. The Russian Defense Ministry claimed that "
                                  "Russian air-defense systems repelled an attack against the "
                                  "island by more than 15 Ukrainian drones on September 25.")
    assert "Armed clash" in subs_at(rows, "Snake Island"), rows


def test_the_island_is_no_town_told_before(island_pipeline):
    # guard
    rows = _rows(island_pipeline, "Russian forces shelled Odesa on September 25. The Russian "
                                  "Defense Ministry claimed that Russian air-defense systems "
                                  "repelled an attack against the island by more than 15 "
                                  "Ukrainian drones on September 25.")
    assert "Armed clash" not in subs_at(rows, "Odesa"), rows


def test_control_consolidated_is_a_taking(pipeline):
    rows = _rows(pipeline, "Russian forces consolidated control of Kupiansk on September 25.")
    assert subs_at(rows, "Kupyansk") == {"Non-state actor overtakes territory"}, rows


def test_positions_consolidated_take_nothing(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces are consolidating their positions in Kupiansk.")
    assert not subs_at(rows, "Kupyansk") & {"Non-state actor overtakes territory"}, rows


def test_the_places_an_inclusion_names_are_sites(pipeline):
    rows = _rows(pipeline, "Russian forces continued routine shelling along the frontline, "
                           "including near Chuhuiv and Kupiansk.")
    for name in ("Chuhuyiv", "Kupyansk"):
        assert "Shelling/artillery/missile attack" in subs_at(rows, name), (name, rows)


def test_an_inclusion_of_settlements_shelled_stays(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces shelled settlements in Kharkiv Oblast, including "
                           "Chuhuiv and Kupiansk.")
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Kupyansk"), rows


def test_a_target_hung_on_the_launcher_is_the_strikes(pipeline):
    rows = _rows(pipeline, "Russian forces launched missiles from S-300 air defense systems on "
                           "civilian infrastructure in Kharkiv City on September 25.")
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Kharkiv"), rows


def test_where_missiles_are_launched_from_is_no_site(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces launched missiles from Belgorod Oblast on "
                           "September 25.")
    assert not [r for r in rows if r[0] == "Shelling/artillery/missile attack" and r[2]], rows


def test_a_place_in_a_remark_on_a_name_is_no_site(nlp):
    from fogofwar.events.arguments import _in_remark_on_a_name

    doc = nlp("Russian troops attempted to advance in the direction of Zorivka (about 20km "
              "southwest of Bakhmut on the outskirts of Horlivka) on September 25.")
    at = next(t.i for t in doc if t.text == "Horlivka")
    assert _in_remark_on_a_name(doc, at)


def test_a_place_in_brackets_after_a_common_noun_stays_a_site(nlp):
    # guard
    from fogofwar.events.arguments import _in_remark_on_a_name

    doc = nlp("Russian forces shelled the northern suburbs (Saltivka and Pyatykhatky) on "
              "September 25.")
    at = next(t.i for t in doc if t.text == "Saltivka")
    assert not _in_remark_on_a_name(doc, at)


def test_attacks_on_places_on_the_way_are_at_them(pipeline):
    rows = _rows(pipeline, "Russian forces attempted to advance toward Kharkiv through attacks "
                           "on Chuhuiv and Balakliia on September 25.")
    assert subs_at(rows, "Chuhuyiv") and subs_at(rows, "Balakliya"), rows
    assert not subs_at(rows, "Kharkiv"), rows


def test_an_advance_tried_with_the_assaults_is_fought(pipeline):
    rows = _rows(pipeline, "Russian forces conducted several assaults west of Kharkiv, "
                           "attempting to advance on Chuhuiv and Izium on September 25.")
    assert moods_at(rows, "Chuhuyiv") == {"asserted"}, rows


@pytest.mark.parametrize("aim", ["attempting to encircle Chuhuiv",
                                 "likely attempting to advance on Chuhuiv"])
def test_an_outcome_or_guessed_aim_stays_an_aim(pipeline, aim):
    # guard
    rows = _rows(pipeline, f"Russian forces attacked Kharkiv on September 25, {aim}.")
    assert "asserted" not in moods_at(rows, "Chuhuyiv"), rows


def test_a_name_in_a_clause_on_the_time_phrase_is_no_site(pipeline):
    rows = _rows(pipeline, "Ukrainian troops have recaptured a ring of suburbs around the east "
                           "of Kharkiv in the past 72 hours that may allow them to ease pressure "
                           "on residential areas, such as Chuhuiv, that Russian forces shelled.")
    assert "Government regains territory" not in subs_at(rows, "Chuhuyiv"), rows


def test_offensives_in_the_directions_of_several_places_are_fought_near_them(pipeline):
    rows = _rows(pipeline, "Russian forces conducted unsuccessful offensives in the directions "
                           "of Izium, Chuhuiv, and Balakliia on September 25.")
    for name in ("Izyum", "Chuhuyiv", "Balakliya"):
        assert "Armed clash" in subs_at(rows, name), (name, rows)


def test_an_operation_in_the_direction_of_a_city_stays_an_axis(pipeline):
    # guard
    rows = _rows(pipeline, "Ukrainian forces continued counteroffensive operations in the "
                           "direction of Kherson on September 25.")
    assert not subs_at(rows, "Kherson"), rows


def test_a_strike_officials_confirm_is_their_sides(pipeline):
    rows = _rows(pipeline, "Ukrainian officials confirmed striking four ammunition depots in "
                           "Kherson on September 25.")
    assert doers_at(rows, "Kherson") == {"Military Forces of Ukraine"}, rows


def test_shelling_officials_report_is_not_theirs(pipeline):
    # guard
    rows = _rows(pipeline, "Ukrainian officials reported shelling in Kharkiv on September 25.")
    assert "Military Forces of Ukraine" not in doers_at(rows, "Kharkiv"), rows


def test_what_is_called_a_sign_of_is_no_act(pipeline):
    rows = _rows(pipeline, "Continued Russian artillery fire west of Izium is also likely an "
                           "indicator of Ukrainian counteroffensives in the area.")
    assert "Armed clash" not in subs_at(rows, "Izyum"), rows
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Izyum"), rows


def test_a_remark_on_where_listed_names_lie_names_no_site(pipeline):
    rows = _rows(pipeline, "Russian forces additionally made unsuccessful attempts to advance on "
                           "Chuhuiv, Balakliia, and Kupiansk, all settlements between Kharkiv and "
                           "Izium.")
    assert subs_at(rows, "Chuhuyiv") and subs_at(rows, "Balakliya"), rows
    assert not subs_at(rows, "Kharkiv") and not subs_at(rows, "Izyum"), rows


def test_the_towns_name_the_cities_named_before(pipeline):
    rows = _rows(pipeline, "Occupation authorities in the cities of Izium and Kupiansk accused "
                           "Ukrainian partisans of conducting two IED attacks in the Russian-held "
                           "towns on September 25.")
    assert subs_at(rows, "Izyum") and subs_at(rows, "Kupyansk"), rows


def test_the_towns_with_none_named_stay_placeless(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces shelled the towns along the border on September 25.")
    assert [r[2] for r in rows if r[0] == "Shelling/artillery/missile attack"] == [None], rows


@pytest.mark.parametrize("text", [
    "Russian troops are digging in following the collapse of the Russian line in Kherson.",
    "Ukrainian forces may exploit an opening if Russian forces collapse along the Kharkiv "
    "axis."])
def test_a_front_collapsing_is_no_disaster(pipeline, text):
    rows = _rows(pipeline, text)
    assert "Man-made disaster" not in {r[0] for r in rows}, rows


def test_a_building_collapsing_stays_a_disaster(pipeline):
    # guard
    rows = _rows(pipeline, "The collapse of a building in Kharkiv killed three people on "
                           "September 25.")
    assert "Man-made disaster" in subs_at(rows, "Kharkiv"), rows


def test_a_prospect_covers_the_verbs_joined_under_it(pipeline):
    rows = _rows(pipeline, "Russian forces will likely continue to shell Odesa but are unlikely "
                           "to inflict significant damage or resume advances towards Kharkiv.")
    assert "asserted" not in moods_at(rows, "Kharkiv"), rows


def test_attacks_resumed_are_told(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces regrouped and resumed attacks on Izium on "
                           "September 25.")
    assert "asserted" in moods_at(rows, "Izyum"), rows


def test_an_act_compared_with_is_no_act_of_the_day(pipeline):
    rows = _rows(pipeline, "Ukrainian forces pushed Russian troops back from around Kharkiv, as "
                           "they did to Russian forces attempting to seize Kyiv.")
    assert not subs_at(rows, "Kyiv"), rows


@pytest.mark.parametrize("text", [
    "Russian forces are trying to create favorable conditions to capture Izium.",
    "Russian forces are setting conditions for an assault on Izium."])
def test_what_conditions_are_set_for_is_an_aim(pipeline, text):
    rows = _rows(pipeline, text)
    assert "asserted" not in moods_at(rows, "Izyum"), rows


def test_an_act_that_creates_conditions_stays_told(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces captured Izium on September 25, creating conditions "
                           "for further advances.")
    assert "asserted" in moods_at(rows, "Izyum"), rows


@pytest.mark.parametrize("verb, mood", [("may indicate", "possible"), ("indicates", "asserted")])
def test_a_withdrawal_the_writer_infers_is_possible(pipeline, verb, mood):
    rows = _rows(pipeline, f"Russian forces left the plant, which {verb} that Ukrainian troops "
                           "conducted a controlled withdrawal from Izium.")
    assert moods_at(rows, "Izyum") == {mood}, rows


def test_occupied_before_a_peoples_adjective_is_no_taking(pipeline):
    rows = _rows(pipeline, "Military failures could lead the Kremlin to postpone the referenda "
                           "in Kharkiv or across occupied Ukrainian oblasts.")
    assert not subs_at(rows, "Kharkiv") & {"Non-state actor overtakes territory",
                                           "Government regains territory"}, rows


def test_what_counterbattery_fire_destroyed_is_a_strike(pipeline):
    rows = _rows(pipeline, "Russian forces engaged in counterbattery actions that destroyed "
                           "Ukrainian equipment concentrations around Izium on September 25.")
    assert subs_at(rows, "Izyum") == {"Shelling/artillery/missile attack"}, rows


def test_a_command_post_destroyed_was_fought(pipeline):
    # guard
    rows = _rows(pipeline, "Ukrainian forces destroyed a Russian command post in Izium on "
                           "September 25.")
    assert subs_at(rows, "Izyum") == {"Armed clash"}, rows


@pytest.mark.parametrize("verb", ["paused", "suspended"])
def test_operations_paused_did_not_go_on(pipeline, verb):
    rows = _rows(pipeline, f"Russian forces continued a limited offensive near Izium but {verb} "
                           "ground offensive operations in northern Kharkiv Oblast on "
                           "September 25.")
    assert "asserted" not in {r[1] for r in rows if r[2] and r[2].startswith("Kharkiv")}, rows


def test_an_inclusion_against_places_names_the_sites(pipeline):
    rows = _rows(pipeline, "Russian forces launched unsuccessful assaults at several locations "
                           "in Kharkiv Oblast, including against Chuhuiv and Izium.")
    assert subs_at(rows, "Chuhuyiv") == {"Armed clash"} and subs_at(rows, "Izyum"), rows


def test_fighters_transferred_are_forces_moved(pipeline):
    rows = _rows(pipeline, "The region's leader said it has already transferred 150 fighters "
                           "to Kherson.")
    assert subs_at(rows, "Kherson") == {"Change to group/activity"}, rows


def test_control_transferred_stays_a_transfer(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces transferred control of Kherson to the occupation "
                           "administration.")
    assert subs_at(rows, "Kherson") == {"Non-violent transfer of territory"}, rows


def test_what_a_staging_ground_is_intended_for_lies_ahead(pipeline):
    rows = _rows(pipeline, "The mayor said Ukrainian forces intend to use Kharkiv as a staging "
                           "ground for further counterattacks on Izium and Kupiansk.")
    assert "asserted" not in moods_at(rows, "Izyum"), rows


def test_a_staging_ground_used_for_attacks_is_told(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces used Izium as a staging ground for attacks on "
                           "Kupiansk on September 25.")
    assert "asserted" in moods_at(rows, "Kupyansk"), rows


def test_an_advance_describing_a_negated_subject_did_not_happen(pipeline):
    rows = _rows(pipeline, "Russian forces in and around Kharkiv, as well as those advancing on "
                           "Izium and Kupiansk, did not conduct significant offensive operations "
                           "in the past 24 hours.")
    assert "asserted" not in moods_at(rows, "Izyum") | moods_at(rows, "Kupyansk"), rows


@pytest.mark.parametrize("text, mood", [
    ("Officials stressed the urgency of helping Ukraine regain control of Kherson City.",
     "future"),
    ("Western artillery helped Ukraine regain control of Kherson City on September 25.",
     "asserted")])
def test_help_still_to_give_lies_ahead(pipeline, text, mood):
    rows = _rows(pipeline, text)
    assert moods_at(rows, "Kherson") == {mood}, rows


def test_the_city_is_not_a_capital_that_speaks(pipeline):
    rows = _rows(pipeline, "Continued Russian bombardment of Kharkiv belies Moscow's claims that "
                           "its forces have secured the city.")
    assert not subs_at(rows, "Moscow"), rows
    assert "Non-state actor overtakes territory" in subs_at(rows, "Kharkiv"), rows


def test_the_settlement_is_not_the_town_a_bearing_measures_from(pipeline):
    rows = _rows(pipeline, "Russian forces paused offensive operations on Chuhuiv, just east of "
                           "Kharkiv, after consistently targeting the settlement throughout the "
                           "week.")
    assert not subs_at(rows, "Kharkiv"), rows


def test_what_a_capture_will_allow_lies_ahead(pipeline):
    rows = _rows(pipeline, "Ukrainian sources confirmed that Russian troops captured Izium on "
                           "September 25, which will allow Russian forces to launch further "
                           "advances toward Kharkiv.")
    assert "asserted" not in moods_at(rows, "Kharkiv"), rows
    assert "asserted" in moods_at(rows, "Izyum"), rows


def test_weapons_drawn_into_an_area_are_no_weapons_use(pipeline):
    rows = _rows(pipeline, "Russian forces are drawing substantial quantities of Ukrainian "
                           "personnel, weapons, and equipment into the area of Izium.")
    assert "Disrupted weapons use" not in subs_at(rows, "Izyum"), rows


def test_acts_not_reported_are_not_told(pipeline):
    rows = _rows(pipeline, "A Russian milblogger claimed that Russian forces stabilized the "
                           "frontline around Kharkiv and did not report any ongoing Ukrainian "
                           "counteroffensives in the area.")
    assert "asserted" not in moods_at(rows, "Kharkiv"), rows


def test_forces_reported_to_counterattack_did_so(pipeline):
    rows = _rows(pipeline, "The milblogger reported that Ukrainian forces counterattacked near "
                           "Kherson.")
    assert doers_at(rows, "Kherson") == {"Military Forces of Ukraine"}, rows


def test_losses_to_no_fight_are_no_clash(pipeline):
    rows = _rows(pipeline, "Russian units operating around Kherson are suffering casualties due "
                           "to a poor medical supply system.")
    assert "Armed clash" not in subs_at(rows, "Kherson"), rows


def test_heavy_casualties_near_a_town_were_fought(pipeline):
    # guard
    rows = _rows(pipeline, "Russian units near Kherson are suffering heavy casualties.")
    assert "Armed clash" in subs_at(rows, "Kherson"), rows


@pytest.mark.parametrize("who, sub", [("Unknown individuals", "Looting/property destruction"),
                                      ("Protesters", "Violent demonstration")])
def test_molotov_cocktails_without_a_crowd_are_arson(pipeline, who, sub):
    rows = _rows(pipeline, f"{who} threw Molotov cocktails at an enlistment office in Kherson on "
                           "September 25.")
    assert subs_at(rows, "Kherson") == {sub}, rows


@pytest.mark.parametrize("text, mood", [
    ("The commander was dismissed due to the reports of an ineffective offensive around Izium.",
     "asserted"),
    ("The Russian MoD dismissed reports of an offensive around Izium.", "denied")])
def test_a_person_dismissed_over_an_act_is_no_denial(pipeline, text, mood):
    rows = _rows(pipeline, text)
    assert moods_at(rows, "Izyum") == {mood}, rows
