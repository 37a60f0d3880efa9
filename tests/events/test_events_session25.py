"""Event rules of the twenty-fifth session, from the analyst reads of ISW 2022-02-28, 03-08,
03-10 (read135), 03-12, 03-19, 03-20 (read136) and 08-24, 08-26, 08-27 (read140), on
sentences written here, over a hand-made gazetteer:
- a town that owns a part of itself ("shelled Enerhodar's beach", "Kyiv's western suburbs")
  is the act's site, near it for its suburbs, and a capital owning its suburbs is no
  government (geo.recognise._owns_a_town_part, events.actors._is_agentive, events.arguments.
  locations; read140, read136: no place);
- ground taken in "portions" of a town, as in its other parts, is fought over in the town,
  not the town taken (events.lexicon_events.PARTS_OF_TOWN, one list for detect and coding;
  read136: a capture of the whole town);
- a weapon's use told as made ("announced the use of its missile to strike a depot in X") did
  what its infinitive says (events.polarity._use_told; read136: a future strike, dropped),
  while a use called for lies ahead (guard);
- a taking conjoined to the complement of a verb of trying ("attempted to cross the river
  and seize X") is only tried, a fight for X by the trying subject (events.polarity.
  attempted, events.arguments.roles; read136: a government's regained ground, no doer);
- an aircraft landed, flown or parked is moved, no air strike (events.detect._MOVE_VERBS;
  read136: "attempted to land an aircraft at the airport" an air strike), while aircraft
  that bombed struck (guard);
- a paragraph's umbrella fight near a town goes where the paragraph tells fights at places
  the writer puts at a stated distance from that town, however far their points lie from
  it ("A (25km southwest of X)": events._stated_reach; read140: 26-29 km, the umbrella kept);
- "traded accusations of shelling X" lays the shelling on each other: a shelling whose doer
  is disputed, no claim of responsibility (events.lexicon_events, events.arguments.
  mutual_blame; read140);
- forces that "occupy positions" in the present hold them: no taking at the places the
  positions run through (events.polarity.held_now; read135: eight captures), while units
  that occupied towns took them ("two BTGs of a regiment occupied X": events.detect.
  _occupied_as_adjective, geo.recognise.ARMED_SUBJECTS; read135: the occupation lost);
- a town after ", near" that follows a site locates it, no second site ("deployed to A,
  near B": events.arguments._locates, _locator_after; read135), while "near A, near B, and
  near C" stays a list (guard);
- a verb of taking whose object is no ground ("has gained attention in Western media as the
  butcher of X", "regained the initiative in Y Oblast") takes nothing, its phrase of place
  aside (events.detect.refine, _ABSTRACT; read137: a capture of Aleppo from a biography),
  while ground gained near a town stays a fight (guard);
- what forces arrive somewhere "for further deployment to the X front" lies ahead (events.
  polarity.prepared_for, _verb_above; read137: a move asserted at X);
- an event noun that is what an attack is "against" ("launched counterattacks against recent
  Ukrainian gains in X") is fought by the attacker against the gains' owner (events.
  arguments._attacked_act; read137: the sides reversed);
- the ends of a road told "from A to B" are no sites of what happens by the road
  (events.arguments._road_end; read138: assaults northeast of P put at B), while towns
  shelled stay shelled (guard);
- a town after ", about 10 km southwest of" that follows a site locates it, the distance
  read past (events.arguments._locates, _ABOUT_DISTANCE; read139: the entry into X's
  outskirts put at the anchor town);
- an act "in the X area" is near X (events.arguments._AREA_NOUNS; geo.recognise, cue
  "the-area": read139, the town was lost);
- a toll told "resulting in at least N killed" is read (events.fatalities; read144), while
  the wounded so told are no dead (guard);
- acts the parse joins to a verb of saying ("milbloggers amplified claims that Ukrainian
  forces broke through at A, crossed the river, and took control of B") are the told
  clause's subject's (events.arguments._told_clause; read143: a Russian capture of B), while
  a subject's own chain of acts stays its own (guard);
- the town an advance starts "from" is ground, a place though the tagger calls it an
  organisation ("attempted to advance from X": geo.recognise._war_object; read143: no
  place);
- what a halting aimed at would stop is no denial ("will commit reserves to halt Ukrainian
  efforts to roll back gains Russian forces took over a week to secure": events.polarity.
  modality; read141: a blanket denial made two captures disputed), while a denial told
  denies (guard);
- offensives mounted "southward from X toward A and B" are fought by X, where they start, not
  at their goals (events.arguments._origin_of, _bearing_word, _light_object, region;
  read145: two fights at towns 30-50 km behind the front);
- control consolidated over a town the text calls occupied is held, no taking (events.
  _over_occupied; read145: a capture of Mariupol), while control consolidated of a town on
  a day stays a taking (guard);
- people who "took part in" excursions took no part of any town: no fight (events.detect.
  _took_part; read149: a battle in Sevastopol), while forces that captured part of a town
  fought for it (guard);
- a numbered formation named without its country takes the side its designation, or the
  formation above it, tells ("the 3rd Motor Rifle Division of the 20th Combined Arms Army",
  "a Mechanized Brigade": events.actors._designation_side; read149, read145: the division
  fought "Russian forces");
- a prevention aimed at, in a conjunct of an infinitive of purpose ("sought to target the dam
  to flood the river, as well as to prevent troops from crossing to attack X"), denies
  nothing (events.polarity._aimed_at; read148: a blanket denial made a battle disputed),
  while a halting attempted met the attacks it tried to halt (guard);
- a town named inside an office's title ("Head of the Luhansk Regional State
  Administration") is no antecedent of "the city" (events.arguments._in_office_title;
  read146: a retaking of Luhansk);
- the accused of "accused Ukrainian troops of perpetrating attacks against X" did the attacks,
  not the accuser's side (events.arguments._accused_of_doing; read146);
- accusations exchanged "that the other side shelled X" lay the shelling on each other: its
  doer is what is disputed (events.arguments.mutual_blame; read153: graded confirmed), and
  the town the accused are accused "of shelling" is a place though the tagger calls it a
  person (geo.recognise._war_object; read153: no place);
- what a verb of verifying negated governs ("after previously not confirming that Ukrainian
  forces entered the town", "did not confirm that ...") is left possible, not told
  (events.polarity.modality; read153: graded confirmed), while what is confirmed is told
  (guard);
- an act dated "on August 2 and August 3" is dated by the pair, a period, as "August 2 and 3"
  is (events._join_day_pairs; read152: its first day only), while two acts each with its own
  day keep their days (guard);
- the act someone is "falsely" accused of ("launched rockets on X to falsely accuse Ukrainian
  forces of shelling X") is denied by the teller (events.polarity._falsely_laid; read152:
  the source stood as asserting the accused's shelling), while a plain accusation is told
  (guard);
- a list runs on past a bracketed remark whose comma the writer left out ("toward A (5 km north
  of X) B (5 km northwest of X), and C"), and a listed name is a goal only as the site it is
  listed after is (events.arguments._comma_lost, events.extract_events; read152: B and C
  lost);
- people tortured are abused, whoever they are ("torturing plant personnel"): violence
  against civilians, no battle (events.detect.refine, _ABUSE; read140), while forces that
  beat back attacks fought (guard);
- what a verb of telling tells with its "that" unwritten ("The General Staff reported Russian
  forces attacked toward A and B") is told, no description of the forces (events.
  _thatless_report; read136: the attacks lost), while forces described by a past move
  before the clause's own verb stay described (guard);
- forces that "continue to press" towns fight for them (events.lexicon_events.
  ARMED_DOER_PHRASES; read136: no event), while journalists who press a minister fight no
  one (guard);
- forces that "bisected" a town fought through it (events.lexicon_events.CUT_PHRASES;
  read137: the day's news had no event), while a river that bisects a city is no fight
  (guard)."""

from __future__ import annotations

import pytest

from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.geo.stage import PlaceStage
from helpers_events import doers_at, moods_at, rows_after, subs_at

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on August 26.\n\n")


def _town(gid, name, lat, lon, adm1, pop, cc="UA", code="PPL"):
    return NewPlace(gid, name, lat, lon, cc, adm1, fcode=code, population=pop)


_PLACES = [
    NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
             population=41_000_000),
    NewPlace(630336, "Belarus", 53.0, 28.0, "BY", fclass="A", fcode="PCLI",
             population=9_400_000),
    _town(703448, "Kyiv", 50.45, 30.52, "12", 2_800_000, code="PPLC"),
    _town(709276, "Enerhodar", 47.50, 34.66, "26", 53_000),
    _town(707292, "Izyum", 49.21, 37.26, "07", 46_000),
    _town(9501, "Nova Dmytrivka", 49.03, 36.98, "07", 900),
    _town(9503, "Moshchun", 50.60, 30.27, "13", 1_000),
    _town(703845, "Kryvyi Rih", 47.91, 33.39, "04", 620_000, code="PPLA2"),
    _town(707471, "Ivano-Frankivsk", 48.92, 24.71, "06", 230_000, code="PPLA"),
    _town(707898, "Hulyaipole", 47.66, 36.26, "26", 13_000),
    _town(698428, "Orikhiv", 47.57, 35.79, "26", 14_000),
    _town(9504, "Poliske", 50.63, 29.80, "13", 800),
    _town(9505, "Kukhari", 50.68, 29.75, "13", 700),
    _town(627145, "Kobryn", 52.21, 24.36, "02", 50_000, cc="BY"),
    _town(629634, "Brest", 52.10, 23.70, "02", 340_000, cc="BY", code="PPLA"),
    _town(9506, "Bohorodychne", 48.99, 37.65, "05", 800),
    _town(9507, "Dolyna", 48.97, 37.62, "05", 700),
    _town(9508, "Krasnopillia", 48.93, 37.58, "05", 600),
    _town(9509, "Marhanets", 47.64, 34.63, "12", 45_000),
    NewPlace(170063, "Aleppo", 36.20, 37.16, "SY", "09", fcode="PPLA", population=1_600_000),
    NewPlace(9510, "Kherson Oblast", 46.75, 33.35, "UA", "08", fclass="A", fcode="ADM1",
             population=1_000_000),
    _town(706448, "Kherson", 46.64, 32.61, "08", 290_000, code="PPLA"),
    _town(9511, "Osokorivka", 47.32, 33.80, "08", 1_500),
    _town(701822, "Mariupol", 47.10, 37.55, "05", 430_000, code="PPLA2"),
    _town(713174, "Bakhmut", 48.60, 38.00, "05", 73_000),
    _town(702658, "Lysychansk", 48.90, 38.43, "09", 100_000),
    _town(9512, "Popasna", 48.63, 38.38, "09", 20_000),
    _town(694403, "Siversk", 48.87, 38.10, "05", 11_000),
    _town(9513, "Spirne", 48.80, 38.02, "05", 300),
    _town(9514, "Vysokopillia", 47.49, 33.52, "08", 4_000),
    _town(9515, "Ternivka", 47.20, 33.10, "08", 900),
    _town(9516, "Blahodativka", 47.25, 33.15, "08", 700),
    _town(9517, "Novobakhmutivka", 48.23, 37.62, "05", 800),
    _town(713122, "Avdiivka", 48.14, 37.75, "05", 32_000),
    _town(9518, "Pisky", 48.10, 37.67, "05", 2_000),
    _town(9519, "Nevelske", 48.12, 37.60, "05", 300),
    _town(709717, "Donetsk", 48.02, 37.80, "05", 900_000, code="PPLA"),
]


@pytest.fixture(scope="module")
def hand_pipeline():
    """The pipeline over a hand-made gazetteer of the towns these sentences name."""
    from fogofwar.pipeline import Pipeline

    idx = GazetteerIndex.memory()
    idx.replace_source("test", _PLACES)
    p = Pipeline()
    p.place_stage = PlaceStage(idx)
    return p


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-08-27")


def _precisions(pipeline, text, place):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-08-27"))
    return {e.location_precision for e in ext.events
            if e.location is not None and ext.places[e.location].name == place}


def test_a_towns_beach_shelled_is_the_town_shelled(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian artillery shelled Enerhodar's beach and a nearby park "
                                "on August 25.")
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Enerhodar"), rows


def test_a_capitals_suburbs_shelled_are_near_it(hand_pipeline):
    text = "Russian forces continued to shell Kyiv's western suburbs on August 26."
    rows = _rows(hand_pipeline, text)
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Kyiv"), rows
    assert _precisions(hand_pipeline, text, "Kyiv") == {2}


def test_portions_of_a_town_taken_are_fought_over(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops seized unspecified eastern portions of Izyum on "
                                "August 26.")
    assert subs_at(rows, "Izyum") == {"Armed clash"}, rows


def test_a_weapons_use_announced_did_its_strike(hand_pipeline):
    rows = _rows(hand_pipeline, "The Russian Defense Ministry announced the use of a cruise "
                                "missile to strike a fuel depot in Ivano-Frankivsk on August 25.")
    assert moods_at(rows, "Ivano-Frankivsk") == {"asserted"}, rows


def test_a_weapons_use_called_for_lies_ahead(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Some officials called for the use of long-range missiles to "
                                "strike fuel depots in Ivano-Frankivsk.")
    assert "asserted" not in moods_at(rows, "Ivano-Frankivsk"), rows


def test_a_taking_conjoined_to_a_try_is_a_fight(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces attempted to cross a river and seize the village "
                                "of Moshchun on August 25 but were repelled.")
    assert subs_at(rows, "Moshchun") == {"Armed clash"}, rows
    assert doers_at(rows, "Moshchun") == {"Military Forces of Russia"}, rows


def test_an_aircraft_landed_is_no_air_strike(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces attempted to land an aircraft at the airport in "
                                "Kryvyi Rih, officials reported, but failed.")
    assert "Air/drone strike" not in subs_at(rows, "Kryvyi Rih"), rows


def test_aircraft_that_bombed_struck(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian aircraft bombed the airfield in Kryvyi Rih on August "
                                "25.")
    assert "Air/drone strike" in subs_at(rows, "Kryvyi Rih"), rows


def test_an_umbrella_goes_where_the_writer_states_the_distance(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces conducted a ground attack southwest of Izyum on "
                                "August 26. Russian troops attacked toward Nova Dmytrivka (25km "
                                "southwest of Izyum) on August 26.")
    assert subs_at(rows, "Nova Dmytrivka") == {"Armed clash"}, rows
    assert not subs_at(rows, "Izyum"), rows


def test_traded_accusations_are_no_claim_of_responsibility(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian and Ukrainian officials traded accusations of shelling "
                                "Marhanets on August 26.")
    assert subs_at(rows, "Marhanets") == {"Shelling/artillery/missile attack"}, rows
    assert doers_at(rows, "Marhanets") == {None}, rows


def test_positions_occupied_now_are_no_taking(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff stated that Russian forces occupy a line of "
                                "positions west of Kyiv running through Poliske and Kukhari.")
    for town in ("Poliske", "Kukhari"):
        assert "asserted" not in moods_at(rows, town), rows


def test_units_that_occupied_towns_took_them(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff stated that two BTGs of a Russian regiment "
                                "occupied Hulyaipole and Orikhiv on August 25.")
    for town in ("Hulyaipole", "Orikhiv"):
        assert "asserted" in moods_at(rows, town), rows


def test_a_town_near_a_site_locates_it(hand_pipeline):
    rows = _rows(hand_pipeline, "A Belarusian airborne brigade deployed to Kobryn, near Brest, on "
                                "August 25.")
    assert subs_at(rows, "Kobryn") == {"Change to group/activity"}, rows
    assert not subs_at(rows, "Brest"), rows


def test_places_each_near_stay_a_list(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces attacked near Bohorodychne, near Dolyna, and near "
                                "Krasnopillia on August 26.")
    for town in ("Bohorodychne", "Dolyna", "Krasnopillia"):
        assert subs_at(rows, town) == {"Armed clash"}, rows


def test_a_targeted_killing_of_one_official_is_one_death():
    from fogofwar.events.fatalities import parse

    got = parse("A car bomb killed the occupation-appointed head of a village on August 24.")
    assert [(f.low, f.best, f.high) for _s, _e, f in got] == [(1, 1, 1)]


def test_killing_an_officer_and_soldiers_counts_no_one():
    # guard: the one is part of a toll the pattern cannot sum
    from fogofwar.events.fatalities import parse

    assert parse("The strike killed the commander and his deputy.") == []


def test_attention_gained_is_no_ground_taken(hand_pipeline):
    rows = _rows(hand_pipeline, "The general has gained attention in Western media as the "
                                "butcher of Aleppo.")
    assert not subs_at(rows, "Aleppo"), rows


def test_the_initiative_regained_in_an_oblast_is_no_ground_taken(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces regained the initiative in Kherson Oblast.")
    assert not subs_at(rows, "Kherson Oblast"), rows


def test_ground_gained_near_a_town_is_a_fight(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces gained ground near Izyum on August 26.")
    assert subs_at(rows, "Izyum") == {"Armed clash"}, rows


def test_forces_arriving_for_deployment_to_a_front_is_ahead(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff reported that units of the Eastern Military "
                                "District arrived in Kherson and Mariupol for further deployment "
                                "to the Izyum front.")
    assert "asserted" not in moods_at(rows, "Izyum"), rows


def test_counterattacks_against_gains_are_the_attackers(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces launched unsuccessful counterattacks against "
                                "recent Ukrainian gains in Osokorivka on August 26.")
    assert doers_at(rows, "Osokorivka") == {"Military Forces of Russia"}, rows


def test_a_town_bisected_was_fought_through(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces bisected Mariupol on August 26, isolating the "
                                "remaining defenders in two pockets.")
    assert subs_at(rows, "Mariupol") == {"Armed clash"}, rows


def test_a_river_bisecting_a_city_is_no_fight(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces shelled Mariupol on August 26. The river "
                                "bisects the city.")
    assert len([r for r in rows if r[2] == "Mariupol"]) == 1, rows


def test_a_roads_ends_are_no_sites(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces continued assaults on villages adjacent to the "
                                "T1302 highway from Bakhmut to Lysychansk, just northeast of "
                                "Popasna.")
    assert not subs_at(rows, "Lysychansk") and not subs_at(rows, "Bakhmut"), rows
    assert subs_at(rows, "Popasna") == {"Armed clash"}, rows


def test_a_distance_after_a_site_locates_it(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces entered the eastern outskirts of Spirne, about "
                                "10 km southwest of Siversk, on August 26.")
    assert subs_at(rows, "Spirne") == {"Armed clash"}, rows
    assert not subs_at(rows, "Siversk"), rows


def test_an_act_in_a_towns_area_is_near_it(hand_pipeline):
    text = "Ukrainian forces struck a Russian ammunition depot in the Vysokopillia area."
    rows = _rows(hand_pipeline, text)
    assert subs_at(rows, "Vysokopillia"), rows
    assert _precisions(hand_pipeline, text, "Vysokopillia") == {2}


def test_personnel_tortured_are_abused(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian authorities are detaining and torturing plant personnel "
                                "in Enerhodar.")
    subs = subs_at(rows, "Enerhodar")
    assert "Attack" in subs and "Armed clash" not in subs, rows


def test_attacks_beaten_back_were_fought(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces beat back Ukrainian attacks near Enerhodar.")
    assert subs_at(rows, "Enerhodar") == {"Armed clash"}, rows


def test_a_thatless_report_tells_the_attack(hand_pipeline):
    rows = _rows(hand_pipeline, "The General Staff reported Russian forces attacked toward "
                                "Bohorodychne and Dolyna with unspecified partial success.")
    for town in ("Bohorodychne", "Dolyna"):
        assert subs_at(rows, town) == {"Armed clash"}, rows


def test_forces_described_by_a_past_move_stay_described(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "The General Staff reported Russian forces withdrawn from Kyiv "
                                "are resting in Belarus.")
    assert not subs_at(rows, "Kyiv"), rows


def test_towns_pressed_by_forces_are_fought_for(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces continue to press Kherson and Mariupol.")
    assert subs_at(rows, "Kherson") == {"Armed clash"}, rows


def test_a_minister_pressed_is_no_fight(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Journalists pressed the minister on the losses in Izyum.")
    assert not subs_at(rows, "Izyum"), rows


def test_a_toll_resulting_in_the_killed_is_read():
    # read144: "resulting in at least 11 killed" had no toll
    from fogofwar.events.fatalities import parse

    got = parse("The missile hit a school, resulting in at least 11 killed.")
    assert [(f.low, f.best, f.high) for _s, _e, f in got] == [(11, 11, 11)]


def test_the_wounded_resulting_are_no_toll():
    # guard
    from fogofwar.events.fatalities import parse

    assert parse("The missile hit a school, resulting in 11 wounded.") == []


def test_acts_joined_to_the_saying_are_the_told_subjects(hand_pipeline):
    rows = _rows(hand_pipeline, "Several Russian milbloggers amplified claims that Ukrainian "
                                "forces broke through Russian defensive lines in Ternivka, "
                                "crossed the river, and took control of Blahodativka.")
    assert doers_at(rows, "Blahodativka") == {"Military Forces of Ukraine"}, rows


def test_a_subjects_chain_of_acts_stays_its_own(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces shelled Ternivka, crossed the river, and "
                                "captured Blahodativka.")
    assert doers_at(rows, "Blahodativka") == {"Military Forces of Russia"}, rows


def test_an_advance_from_a_village_is_there(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces attempted to advance from Novobakhmutivka on "
                                "August 26.")
    assert subs_at(rows, "Novobakhmutivka") == {"Armed clash"}, rows


def test_a_halting_aimed_at_denies_nothing(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces will likely commit additional reserves to halt "
                                "successful Ukrainian efforts to roll back gains Russian forces "
                                "took over a week to secure.")
    assert not any(r[1] == "denied" for r in rows), rows


def test_a_denial_told_denies(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Ukrainian officials denied that Russian forces took Izyum.")
    assert moods_at(rows, "Izyum") == {"denied"}, rows


def test_offensives_southward_from_a_town_are_by_it(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces continued to mount unsuccessful ground offensives "
                                "southward from Izyum toward Kherson and Mariupol on August 25.")
    assert subs_at(rows, "Izyum") == {"Armed clash"}, rows
    assert not subs_at(rows, "Kherson"), rows


def test_control_over_an_occupied_town_is_held(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces continue to consolidate control over occupied "
                                "Mariupol.")
    assert "asserted" not in moods_at(rows, "Mariupol"), rows


def test_control_consolidated_on_a_day_is_taken(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces consolidated control of Mariupol on August 25.")
    assert moods_at(rows, "Mariupol") == {"asserted"}, rows


def test_taking_part_in_excursions_is_no_fight(hand_pipeline):
    rows = _rows(hand_pipeline, "Children from occupied Kherson took part in excursions in "
                                "Mariupol.")
    assert not subs_at(rows, "Mariupol"), rows


def test_part_of_a_town_captured_is_fought_for(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces captured part of Mariupol on August 25.")
    assert subs_at(rows, "Mariupol") == {"Armed clash"}, rows


def test_a_formations_designation_tells_its_side(hand_pipeline):
    rows = _rows(hand_pipeline, "Units of the 3rd Motor Rifle Division of the 20th Combined Arms "
                                "Army captured positions in Bakhmut.")
    assert {r[3] for r in rows if r[2] == "Bakhmut"} == {"3rd Motor Rifle Division"}, rows
    from fogofwar.records import Report

    ext = hand_pipeline.run(Report(id="t", text=_LEAD + "Units of the 3rd Motor Rifle Division "
                                   "of the 20th Combined Arms Army captured positions in "
                                   "Bakhmut.", published="2022-08-27"))
    at = [e for e in ext.events if e.location is not None
          and ext.places[e.location].name == "Bakhmut"]
    assert at and all(e.actor2 == "Military Forces of Ukraine" for e in at), at


def test_a_prevention_aimed_at_denies_nothing(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces likely sought to target the dam to flood the "
                                "river and isolate Ukrainian troops, as well as to prevent "
                                "additional Ukrainian troops from crossing to attack Russian "
                                "positions on the left bank.")
    assert not any(r[1] == "denied" for r in rows), rows


def test_a_halting_attempted_met_the_attacks(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Ukrainian forces attempted to halt Russian attacks near Izyum.")
    assert moods_at(rows, "Izyum") == {"asserted"}, rows


def test_a_town_in_an_office_title_is_no_antecedent(pipeline):
    rows = _rows(pipeline, "Russian forces continued assaults on Izium on August 25, likely "
                           "reversing Head of the Kharkiv Regional State Administration Oleh "
                           "Synehubov's August 24 claims that Ukrainian counterattacks retook "
                           "considerable ground and drove Russian troops to the eastern "
                           "outskirts of the city.")
    assert not [r for r in rows if r[2] == "Kharkiv"], rows


def test_the_accused_of_perpetrating_attacks_attacked(hand_pipeline):
    rows = _rows(hand_pipeline, "A former Russian officer accused Ukrainian troops of "
                                "perpetrating terrorist attacks against residential areas of "
                                "Mariupol.")
    assert doers_at(rows, "Mariupol") == {"Military Forces of Ukraine"}, rows


def test_the_other_side_shelled_is_disputed(hand_pipeline):
    rows = _rows(hand_pipeline, "Both Ukrainian and Russian sources exchanged accusations that "
                                "the other side shelled Kherson on August 25.")
    assert doers_at(rows, "Kherson") == {None}, rows


def test_a_town_the_accused_shelled_is_a_place(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian officials accused Russian forces of shelling "
                                "Enerhodar.")
    assert doers_at(rows, "Enerhodar") == {"Military Forces of Russia"}, rows


def test_an_entry_not_confirmed_is_possible(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces shot down two Russian drones in Kherson after "
                                "previously not confirming that Ukrainian forces entered "
                                "Vysokopillia.")
    assert moods_at(rows, "Vysokopillia") == {"possible"}, rows


def test_an_entry_confirmed_is_told(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Ukrainian officials confirmed that Ukrainian forces entered "
                                "Vysokopillia.")
    assert moods_at(rows, "Vysokopillia") == {"asserted"}, rows


def _times_at(pipeline, text, place):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-08-27"))
    return {ext.times[e.time].value for e in ext.events if e.time is not None
            and e.location is not None and ext.places[e.location].name == place}


def test_an_act_on_two_days_is_dated_by_both(hand_pipeline):
    got = _times_at(hand_pipeline, "Russian forces shelled Kherson on August 24 and August 25.",
                    "Kherson")
    assert got == {"2022-08-24/2022-08-25"}, got


def test_two_acts_each_keep_their_day(hand_pipeline):
    # guard
    got = _times_at(hand_pipeline, "Russian forces shelled Kherson on August 24 and struck "
                                   "Mariupol on August 25.", "Kherson")
    assert got == {"2022-08-24"}, got


def test_an_act_falsely_laid_on_another_is_denied(hand_pipeline):
    rows = _rows(hand_pipeline, "The mayor reported that Russian forces launched rockets on Kherson "
                                "from neighboring villages to falsely accuse Ukrainian forces of "
                                "shelling Kherson.")
    ua = {r[1] for r in rows if r[2] == "Kherson" and r[3] == "Military Forces of Ukraine"}
    assert ua == {"denied"}, rows


def test_a_plain_accusation_is_told(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian officials accused Ukrainian forces of shelling Kherson.")
    assert moods_at(rows, "Kherson") == {"asserted"}, rows


def test_a_list_runs_on_past_a_remark_without_its_comma(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces attempted to advance toward Avdiivka (5 km north "
                                "of Donetsk City) Pisky (5 km northwest of Donetsk City), and "
                                "Nevelske (12 km northwest of Donetsk City).")
    for town in ("Avdiivka", "Pisky", "Nevelske"):
        assert subs_at(rows, town) == {"Armed clash"}, rows
