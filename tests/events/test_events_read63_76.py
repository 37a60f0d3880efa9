"""Event rules from the third analyst reads of ISW reports outside every gold window
(read63-76: 2022-07-12/13, 09-25..27, 06-10..12, 10-15..17, 03-05..07, 06-04..06,
09-01/02/14, 06-17..19, 03-09/10/19, 04-07/15/22, 04-29/30 and 05-29, 06-14/07-19/09-07,
05-27/28/30, 03-23/09-19/10-06; each window but 06-14 and 09-07 read once before by an
earlier session, now on the current code), and from the ideas left by the nineteenth
session's note, on sentences written here:
- a gerund the parser makes the auxiliary of a verb of going on ("Shelling continued in X")
  is its subject, placed by the verb's phrases (events.arguments.region; the shelling had no
  site);
- a bare name after "within" or "throughout" is where the act is, as after "in"
  (geo.recognise.LOCATIVE_CUES; "ground attacks within Marinka" had no place);
- a taking a force failed at on the day ("failed to take control of X", "tried and failed to
  seize X") is negated, and the fight for X happened: an asserted clash there besides
  (events.polarity.failed_try; the nineteenth session's note: no clash was stored, and the
  denial alone lists nothing), while "have failed to take X" judges a campaign;
- firing a weapon at a place is shooting even where the tagger calls the weapon's name a
  person ("fired Grad MLRS at X": events.detect._dismissed; read64: no event);
- stopping or halting a unit of fighters ("stopped a Russian sabotage and reconnaissance
  group near X") is a clash there (events.lexicon_events, events.detect.unit_object; read63:
  no event), while stopping anything else is no cue at all (events.detect._idle_cue: not an
  event, nor a word that joins the cues around it into one; exports; the advance stopped is
  the advance's clash, guard);
- a withdrawal a side forced on the other ("forced a Russian reconnaissance group to
  withdraw near X") is a fight's outcome, a clash, not a troop movement
  (events.detect._forced_back; read63), unless what forced it was no armed party
  ("shortages forced troops to withdraw");
- a town named for an axis ("a joint strike in the Kupyansk direction", "on the Izyum axis")
  places the act near it, not in it (events.arguments._names_an_axis; read63, read66);
- doers acting on one another ("soldiers shot at each other") are one side's men, not the
  two states' (events.coding._each_other; read66: an internal shooting was a battle with
  Ukraine);
- a bearing after a list that "all" or "both" of its names share (", all west and southwest
  of Y") locates the list and is no site of its own (events.arguments._locates; read64: the
  four villages' fight went to the city);
- fire at a pace aimed somewhere ("escalated their pace of fire against A and B") is
  shelling of each (events.detect.fire_rate_verb; read68: eleven towns' shelling lost, the
  fire read as a blaze);
- a clash told as the result of one side's attacks ("fighting is occurring in A as a result
  of Ukrainian counterattacks") is that side's (events.arguments.cause_side; read68: the
  holder's enemy was made the doer);
- what footage shows a force doing ("footage showed a Ukrainian unit hitting a Russian
  storage building in X") is an act seen happening, not a clause describing the unit
  (events._describes_unit, _SHOWING; read69: no event);
- an army damaging the other's arms and stores ("damaged four Russian ammunition depots in
  X") is a strike there, while other damage is no event of its own (events.detect
  _ARMS_AND_STORES; read69: no event);
- bombs dropped and strikes inflicted are placed by the verb's phrases ("dropped heavy bombs
  on troops in X": events.arguments._LIGHT_VERBS; read69, read66: no place, no incident);
- a weapon stopped "before" it struck a place never struck it: no strike there (nor a word
  on the day's other strikes), and the interception is where it was aimed
  (events.polarity.stopped_before; read70: a strike on Odesa);
- defeating or routing fighters is a clash (read67: "defeated a Russian mechanized force in
  X" had no event), defeating a bill no event;
- a state's forces bombing a place strike it from the air, not with an IED
  (events.coding.code_event; read67);
- a place said to be part of another ("X, another suburb of Y") is the site, the whole only
  locates it (events.arguments._apposed_whole; read70: a second fight at the city), also
  written before the part ("the northern Kharkiv suburb of X": read71, a taking of Kharkiv);
- a pronoun subject of what a speaker says ("the DNR's forces claimed that they took control
  of X") is the speaker (events.arguments._speaker_for_pronoun; read65: no doer);
- what is evacuated "from X to Y" leaves X, also where the parse hangs the origin on the
  object (events.arguments._is_context; read66: placed at Y), while a noun of leaving that
  is itself an object ("framing the retreat from Kyiv as ...") leaves X (guard: the dev
  stories' Kremlin mention lost its place on the first try);
- a clash the text gives no side in is begun by the enemy of whoever holds the place, not of
  the state its gazetteer code names (events.coding.code_event with coding.holder: fighting
  near Sevastopol was Russia's attack);
- forces that attacked somewhere "but were repulsed", the attack told as the clause on the
  forces the parse makes it, fought there (events._describes_unit; read71: no event);
- a bearing written "to the south of X" on a light verb, and the list on it ("conducted
  ground assaults to the south of X around A, B, and C"), place the acts (events.arguments
  region; read74: no place);
- a gerund the parse made the modifier of an aspect verb's object ("continued shelling areas
  west of X including A, B, and C") is the act, placed by the object and the verb's bearing,
  its doer the verb's subject (events.detect._verb_tagged_adjective, events.arguments
  _gerund_on_object), and the names "including" lists after a bearing's town are places
  (geo.recognise._included_in_places; read63: five villages' shelling lost);
- the unit a side moves ("deployed the 29th Separate Railway Brigade to X") is its own, no
  other party to the move (events.coding._moved_object; read75: the brigade stood as the
  second actor);
- unnamed places a distance off a town ("shelled settlements approximately 30km southeast of
  X", the offset hung on the verb) are near the town (events.arguments._offset_of_thing;
  read75: no place);
- an act in a clause of the same time as the main one, naming no place ("Fighting continued
  in X, as Russian forces increased their bombardment"), is where the main act is
  (events._main_clause_sites; read76: the shelling was lost);
- depots struck and destroyed are struck from afar: the object of the second verb is the
  first's too (events.coding._objects_of_pair; read76: looting);
- attacks called false-flag or staged are strikes the side stages on ground it holds, no
  battle with the other (events.coding._false_flag; read63: a clash with Ukraine);
- an outcome told by a participle after an act ("conducted a counterattack near X,
  destroying a number of vehicles", "counterattacked near X, destroying several tanks") is
  where that act was (events.arguments.region, events._main_clause_sites; read67: no place);
- the towns a road runs between ("attacked along the T1302 highway from A to B") are a line's
  ends: one act near the first (events.arguments._line_head; read75: placed at the far end);
- who claims to conduct an act does it ("Ukrainian forces claimed to conduct a counterattack
  in X": events.arguments.roles; read72: the holder's enemy was put as the doer);
- gains a participle after them tells as a taking ("made minor gains around Y, capturing the
  town of X") are that taking, no second fight at Y (events._gains_told_by_taking; read72);
- a sentence comparing the war with a past one ("The World War I battles of A, B, and C were
  fought ...") tells no event of the report's (events._PAST_WAR; read71: three fights in
  France and Belgium);
- the writer's correction of its own earlier report ("ISW mistakenly reported that ... struck
  X") tells no event (events._CORRECTION; read72: a strike on a missile's name), while a
  source's mistaken report stays its claim (guard), and so does an event measured "since World
  War II" (guard for _PAST_WAR);
- "the settlement" after a place measured from another ("X (approximately 35km northwest of
  Y) ... clearing the settlement") is X, not Y (events.arguments._measured_from; read64: a
  false "Ukrainian forces take Lyman");
- encircling a place or its defenders, surrounding or trapping fighters, is a clash
  (events.lexicon_events; read71, read73: "encircle and bombard Mariupol", "encircled about
  600 Ukrainian troops in X" had no event), while fields surrounding a village are none;
- a column or convoy damaged is fought (read71: "badly damaged a Russian armored column
  near X" had no event);
- Russia's military districts, fleets and airborne troops named without a demonym are its
  forces (events.lexicon_actors.NAMED_GROUPS; read72: "Central Military District units" had
  no doer), and a state owning a formation ("Russia's 19th Motor Rifle Division") acts by
  its forces, not its government (events.arguments._owns_a_formation; read72).
"""

import pytest
from helpers_events import events_at, rows_after

from fogofwar.records import Report

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on September 12.\n\n")


def _extract(pipeline, text):
    """The extraction of ``text`` told after ``_LEAD``, published the next day."""
    return pipeline.run(Report(id="t", text=_LEAD + text, published="2022-09-13"))


@pytest.mark.parametrize("text", [
    "Shelling continued in Nikopol on September 12.",
    "Shelling intensified near Nikopol.",
])
def test_a_gerund_parsed_as_an_auxiliary_is_placed_by_its_verb(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert ("Shelling/artillery/missile attack", "asserted", "Nikopol") in \
        [r[:3] for r in got], got


@pytest.mark.parametrize("text", [
    "Russian forces conducted unsuccessful ground attacks within Pisky.",
    "Russian forces fought within Pisky on September 12.",
])
def test_a_name_within_is_a_site(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert ("Armed clash", "asserted", "Pisky") in [r[:3] for r in got], got


@pytest.mark.parametrize("text", [
    "Russian forces failed to take control of Pisky on September 12.",
    "The Ukrainian General Staff reported that Russian forces failed to seize Pisky and "
    "retreated to previously occupied positions.",
])
def test_a_failed_taking_is_a_fight_that_happened(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    at = {(s, m, a) for s, m, p, a in got if p == "Pisky"}
    assert ("Armed clash", "asserted", "Military Forces of Russia") in at, got
    assert any(m == "negated" for _s, m, _a in at), got


def test_a_campaign_that_has_failed_tells_no_fight(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces have failed to take Pisky for months.",
                     "2022-09-13")
    assert not [r for r in got if r[2] == "Pisky" and r[1] == "asserted"], got


def test_a_weapon_fired_at_a_place_is_shelling(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces fired Grad MLRS and tube artillery at "
                                      "Nikopol on September 12.", "2022-09-13")
    assert ("Shelling/artillery/missile attack", "asserted", "Nikopol") in \
        [r[:3] for r in got], got


@pytest.mark.parametrize("text, clash", [
    ("Ukrainian forces stopped a Russian sabotage and reconnaissance group near Pisky.", True),
    ("Ukrainian forces halted a Russian reconnaissance group near Pisky.", True),
    ("Ukrainian forces stopped the Russian advance near Pisky.", True),
    ("Russia stopped gas exports through Pisky.", False),
])
def test_a_unit_stopped_is_a_clash(pipeline, text, clash):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert (("Armed clash", "asserted", "Pisky") in [r[:3] for r in got]) == clash, got


@pytest.mark.parametrize("text, sub", [
    ("Ukrainian forces forced a Russian reconnaissance group to withdraw near Pisky.",
     "Armed clash"),
    ("Ukraine forced Russian troops to withdraw near Pisky.", "Armed clash"),
    ("Fuel shortages forced Russian troops to withdraw near Pisky.",
     "Change to group/activity"),
])
def test_a_withdrawal_forced_by_a_side_is_a_clash(pipeline, text, sub):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert {r[0] for r in got if r[2] == "Pisky"} == {sub}, got


@pytest.mark.parametrize("text", [
    "Ukrainian forces conducted a joint strike in the Kupyansk direction on September 12.",
    "Russian forces attacked Ukrainian positions on the Kupyansk axis.",
])
def test_a_town_naming_an_axis_is_near_the_act(pipeline, text):
    ext = _extract(pipeline, text)
    at = events_at(ext, "Kupyansk")
    assert at and all(e.location_precision == 2 for e in at), ext.events


def test_men_shooting_at_each_other_are_one_side(pipeline):
    ext = _extract(pipeline, "Mobilized Russian soldiers shot at each other at a training "
                             "ground in Belgorod Oblast.")
    shots = events_at(ext, "Belgorod Oblast")
    assert shots and all(e.actor1 == e.actor2 == "Military Forces of Russia"
                         for e in shots), ext.events


@pytest.mark.parametrize("tail", [", all west and southwest of Donetsk City.",
                                  ", both north of Donetsk City."])
def test_a_bearing_all_the_list_shares_locates_it(pipeline, tail):
    got = rows_after(pipeline, _LEAD, "Russian forces attempted to advance in the directions of "
                                      "Soledar and Bakhmut" + tail, "2022-09-13")
    assert {r[2] for r in got if r[0] == "Armed clash"} >= {"Soledar", "Bakhmut"}, got
    assert "Donetsk" not in {r[2] for r in got}, got


def test_fire_at_a_pace_against_towns_is_their_shelling(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces escalated their pace of fire against "
                                      "Bakhmut and Soledar.", "2022-09-13")
    assert {r[2] for r in got if r[0] == "Shelling/artillery/missile attack"} >= \
        {"Bakhmut", "Soledar"}, got


@pytest.mark.parametrize("text, doer", [
    ("Fighting is occurring in Soledar as a result of Ukrainian counterattacks.",
     "Military Forces of Ukraine"),
    ("Fighting is occurring in Soledar as a result of Russian assaults.",
     "Military Forces of Russia"),
])
def test_a_clash_resulting_from_a_sides_attacks_is_that_sides(pipeline, text, doer):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert {r[3] for r in got if r[2] == "Soledar" and r[0] == "Armed clash"} == {doer}, got


def test_what_footage_shows_a_unit_doing_happened(pipeline):
    got = rows_after(pipeline, _LEAD, "Footage showed a Ukrainian unit hitting a Russian "
                                      "storage building in Nova Kakhovka.", "2022-09-13")
    assert ("Shelling/artillery/missile attack", "asserted", "Nova Kakhovka") in \
        [r[:3] for r in got], got


@pytest.mark.parametrize("text, struck", [
    ("Ukrainian forces damaged four Russian ammunition depots in Nova Kakhovka.", True),
    ("Heavy rain damaged roofs in Nova Kakhovka.", False),
])
def test_depots_damaged_are_struck(pipeline, text, struck):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert (("Shelling/artillery/missile attack", "asserted", "Nova Kakhovka") in
            [r[:3] for r in got]) == struck, got
    assert not [r for r in got if r[0] == "Looting/property destruction"], got


@pytest.mark.parametrize("text", [
    "Russian aircraft dropped heavy bombs on Ukrainian troops in Bakhmut.",
    "Russian forces used aviation to drop heavy bombs on Ukrainian troops in Bakhmut.",
])
def test_bombs_dropped_are_an_air_strike_where_they_fell(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert ("Air/drone strike", "asserted", "Bakhmut") in [r[:3] for r in got], got


def test_missiles_intercepted_before_they_struck_struck_nothing(pipeline):
    got = rows_after(pipeline, _LEAD, "Ukrainian air defense intercepted two missiles before "
                                      "they struck Odesa on September 12.", "2022-09-13")
    at = {r[0] for r in got if r[2] == "Odesa"}
    assert at == {"Disrupted weapons use"}, got


@pytest.mark.parametrize("text, clash", [
    ("Ukrainian forces defeated a Russian mechanized force near Sumy.", True),
    ("Ukrainian forces routed Russian troops near Sumy.", True),
    ("The city council defeated the budget proposal in Sumy.", False),
])
def test_fighters_defeated_were_fought(pipeline, text, clash):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert (("Armed clash", "asserted", "Sumy") in [r[:3] for r in got]) == clash, got


def test_forces_bombing_a_line_strike_from_the_air(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces bombed a rail line near Lozova.",
                     "2022-09-13")
    assert {r[0] for r in got if r[2] == "Lozova"} == {"Air/drone strike"}, got


def test_a_suburb_is_the_site_not_its_city(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces attacked Pisky, another suburb of Donetsk, "
                                      "on September 12.", "2022-09-13")
    assert {r[2] for r in got if r[0] == "Armed clash" and r[2] != "Ukraine"} == {"Pisky"}, got


def test_they_in_what_a_speaker_claims_is_the_speaker(pipeline):
    got = rows_after(pipeline, _LEAD, "The Territorial Defense Force of the DNR claimed that they "
                                      "took control of Pisky on September 12.", "2022-09-13")
    assert {r[3] for r in got if r[2] == "Pisky"} == {"DNR: Donetsk People's Republic"}, got


def test_an_evacuation_is_where_it_leaves(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian occupation authorities continued to evacuate key "
                                      "materials and personnel from Kherson to Crimea.",
                     "2022-09-13")
    assert {r[2] for r in got if r[0] == "Change to group/activity"} == {"Kherson"}, got


def test_a_clash_with_no_sides_is_the_holders_enemys(pipeline):
    got = rows_after(pipeline, _LEAD, "Heavy fighting took place near Sevastopol on September 12.",
                     "2022-09-13")
    assert {r[3] for r in got if r[2] == "Sevastopol"} == {"Military Forces of Ukraine"}, got


@pytest.mark.parametrize("text, clash", [
    ("Russian forces continued to encircle and bombard Mariupol on September 12.", True),
    ("Russian forces surrounded Ukrainian troops near Mariupol.", True),
    ("Fields surround the outskirts of Mariupol.", False),
])
def test_encircling_is_fighting(pipeline, text, clash):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert (("Armed clash", "asserted", "Mariupol") in [r[:3] for r in got]) == clash, got


def test_a_column_damaged_was_fought(pipeline):
    got = rows_after(pipeline, _LEAD, "Ukrainian forces badly damaged a Russian armored column "
                                      "near Brovary.", "2022-09-13")
    assert ("Armed clash", "asserted", "Brovary") in [r[:3] for r in got], got


@pytest.mark.parametrize("text", [
    "Central Military District units are regrouping in Bryansk.",
    "Elements of Russia's 19th Motor Rifle Division deployed to Bryansk.",
])
def test_formations_are_the_states_forces(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert {r[3] for r in got if r[2] == "Bryansk"} == {"Military Forces of Russia"}, got


def test_a_retreat_named_as_an_object_is_where_it_left(pipeline):
    got = rows_after(pipeline, _LEAD, "The Kremlin framed the retreat from Kyiv as a decision to "
                                      "prioritize Donbas.", "2022-09-13")
    assert "Kyiv" in {r[2] for r in got if r[0] == "Change to group/activity"}, got


def test_the_suburb_named_after_its_town_is_the_site(pipeline):
    got = rows_after(pipeline, _LEAD, "Ukrainian forces recaptured the northern Kharkiv suburb of "
                                      "Derhachi.", "2022-09-13")
    assert "Kharkiv" not in {r[2] for r in got}, got


def test_forces_that_attacked_but_were_repulsed_fought(nlp):
    # the parse makes the attack a clause on the forces, the repulse the main verb
    from fogofwar.events import _describes_unit
    doc = nlp("Up to five Russian BTGs attacked from near Babintsi toward Bucha, roughly 25 "
              "kilometers northwest of Kyiv, but were repulsed.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert attacked.dep_ == "acl"  # (the parse the rule is for)
    assert not _describes_unit(attacked)


def test_a_list_on_a_bearing_after_to_places_the_acts(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces conducted ground assaults to the south of "
                                      "Bakhmut around Soledar and Siversk.", "2022-09-13")
    assert {r[2] for r in got if r[0] == "Armed clash"} >= {"Soledar", "Siversk"}, got


def test_continued_shelling_areas_including_towns_shells_each(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces continued shelling areas west of Kramatorsk "
                                      "including Soledar, Siversk, and Bakhmut.", "2022-09-13")
    shelled = {r[2] for r in got if r[0] == "Shelling/artillery/missile attack"}
    assert shelled >= {"Soledar", "Siversk", "Bakhmut"}, got


def test_a_unit_deployed_is_no_second_party(pipeline):
    ext = _extract(pipeline, "Russian forces deployed the 29th Separate Railway Brigade to "
                             "Bakhmut.")
    moves = [e for e in ext.events if e.sub_event_type == "Change to group/activity"]
    assert moves and all(e.actor2 is None for e in moves), moves


def test_settlements_a_distance_off_a_town_are_near_it(pipeline):
    ext = _extract(pipeline, "Russian forces shelled settlements approximately 30km southeast "
                             "of Izyum.")
    at = events_at(ext, "Izyum")
    assert at and all(e.location_precision == 2 for e in at), ext.events


def test_an_act_told_as_the_main_one_goes_on_is_where_it_is(pipeline):
    got = rows_after(pipeline, _LEAD, "Fighting continued in Mariupol, as Russian forces "
                                      "increased their bombardment.", "2022-09-13")
    assert ("Shelling/artillery/missile attack", "asserted", "Mariupol") in \
        [r[:3] for r in got], got


def test_depots_struck_and_destroyed_are_a_strike(pipeline):
    got = rows_after(pipeline, _LEAD, "Ukrainian forces struck and destroyed Russian ammunition "
                                      "depots in Melitopol.", "2022-09-13")
    assert {r[0] for r in got if r[2] == "Melitopol"} == {"Shelling/artillery/missile attack"}, got


def test_a_false_flag_attack_is_no_battle(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces likely conducted false-flag attacks on "
                                      "Enerhodar on September 12.", "2022-09-13")
    assert {r[0] for r in got if r[2] == "Enerhodar"} == {"Shelling/artillery/missile attack"}, got


@pytest.mark.parametrize("text", [
    "Ukrainian forces conducted a counterattack near Mariupol, destroying a small number of "
    "Russian vehicles.",
    "Ukrainian forces counterattacked near Mariupol, destroying several Russian tanks.",
])
def test_an_outcome_participle_is_where_the_act_was(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert [r for r in got if r[2] == "Mariupol"], got
    assert not [r for r in got if r[2] is None and r[0] in ("Armed clash",
                                                             "Looting/property destruction")], got


def test_a_roads_ends_are_a_line(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces attacked along the T1302 highway from "
                                      "Bakhmut to Siversk.", "2022-09-13")
    assert {r[2] for r in got if r[0] == "Armed clash" and r[2] != "Ukraine"} == {"Bakhmut"}, got


def test_who_claims_to_conduct_an_act_does_it(pipeline):
    got = rows_after(pipeline, _LEAD, "Ukrainian forces claimed to conduct a counterattack in "
                                      "Kreminna, pushing Russian forces back.", "2022-09-13")
    assert {r[3] for r in got if r[2] == "Kreminna"} == {"Military Forces of Ukraine"}, got


def test_gains_told_as_a_taking_are_the_taking(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces made minor gains around Slovyansk, "
                                      "capturing the town of Lozove.", "2022-09-13")
    assert "Slovyansk" not in {r[2] for r in got} and "Lozove" in {r[2] for r in got}, got


def test_a_past_wars_battles_are_no_events(pipeline):
    got = rows_after(pipeline, _LEAD, "The World War II battles around Kharkiv were fought over "
                                      "small areas for months.", "2022-09-13")
    assert "Kharkiv" not in {r[2] for r in got}, got


def test_a_correction_tells_no_event(pipeline):
    got = rows_after(pipeline, _LEAD, "ISW mistakenly reported on September 11 that Russian "
                                      "forces shelled Kharkiv.", "2022-09-13")
    assert "Kharkiv" not in {r[2] for r in got}, got


def test_the_settlement_is_not_the_point_measured_from(pipeline):
    got = rows_after(pipeline, _LEAD, "Ukrainian forces liberated Soledar (approximately 15km "
                                      "northeast of Bakhmut) and are still clearing the "
                                      "settlement.", "2022-09-13")
    assert "Bakhmut" not in {r[2] for r in got}, got


def test_a_measure_since_a_past_war_keeps_the_event(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces shelled Kharkiv on September 12, the "
                                      "heaviest shelling of a European city since World War II.",
                     "2022-09-13")
    assert "Kharkiv" in {r[2] for r in got}, got


def test_a_sources_mistaken_report_stays_its_claim(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian milbloggers incorrectly reported that Ukrainian "
                                      "forces shelled Kharkiv on September 12.", "2022-09-13")
    assert "Kharkiv" in {r[2] for r in got}, got
