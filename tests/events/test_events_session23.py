"""Event rules of the twenty-third session, from the analyst reads of ISW 2022-07-07..09
(read104), 07-16..18 (read105), 08-28..30 (read106) and 09-22..24 (read107), on sentences
written here:
- "on strike" is a walkout only with the noun: a gerund of attacking after "on" ("concentrated
  on striking positions in X") is an attack (events.lexicon_events; read105: a peaceful
  protest), while a walkout stays a protest (guard);
- a person hanged is an attack ("hanged an official in X": events.lexicon_events; read106: no
  event), while a flag hung is no event (guard);
- a participle that says captives are held ("POWs detained at the X camp asked ...") tells who
  they are, not an arrest (events.detect._held_captive; read107: an arrest by the captives'
  own side), while captives detained that day are arrested (guard);
- a list goes on past a bearing measured from a town's edge ("A, B (12km northwest of the
  outskirts of X), and C (15km west of the outskirts of X)": events.arguments.
  _BEARING_QUALIFIER; read106: C had no event);
- the second of two purposes ("regrouping, likely either to support A or to open an advance
  toward B") lies ahead as the first does (events.polarity._infinitive_pair; read105: a fight
  at B), while two infinitives of acts begun stay acts (guard);
- what forces are now focusing on ("are likely focusing on advancing past X", "is focusing
  resources on localized gains around Y") is a goal, not an act (events.polarity._focus_ahead;
  read105: fights at X and Y), while a past focus tells the acts done (guard);
- papers and goods seized ("are seizing residents' passports in X", "seized grain stores in
  Y") are looting, not ground taken (events.detect._GOODS_SEIZED; read105: a government's
  regained territory), while a town seized stays taken (guard);
- a people's word on the weapon an act is done with ("struck X with Iranian drones") names
  the weapon's origin, not a party (events.arguments._weapon_used; read107: Iran as the
  second actor), while a people's word on the weapon that acts stays its side (guard);
- a remark on where listed names lie may say "located" ("A and B, both located along the X
  highway, and C, 18km southeast of Y"): the list goes on past it (events.arguments.
  _BOTH_REMARK; read102: C had no event);
- a city a body is named for ("a monastery of the Moscow Patriarchate") is no site of an act
  on it (events.arguments._SEATED_BODIES; read102: a strike in Moscow), while the city itself
  stays the site (guard);
- weapons a verb of putting out of action took ("destroyed 12 tanks and two aircraft near X")
  are what the act hit, not an air strike of their own (events.detect._hit_thing; read108),
  while aircraft that strike stay an air strike (guard);
- a place named only as where acts head ("A and B, settlements southeast of X in the direction
  of Y") is no site beside the acts' own (events.arguments.heading_only; read110: a shelling
  of Y), while it stays the site of an act with no other (guard);
- a paragraph's first sentence of fights around a list of towns tells a fight at each, no
  umbrella over the paragraph's fights (events._drop_umbrellas; read109: six towns' fights
  lost), while an umbrella over a town's later fights still goes (guard);
- what forces are, the writer guesses, now trying to do ("are likely trying to advance
  through X") is an aim, not a fight told (events.polarity._tried_now_as_guessed; read109,
  read112),
  while "are trying to advance" and "attempted to advance" stay fights (guards);
- forces that suffered losses somewhere fought there ("suffered losses in the towns of A and
  B": events.lexicon_events.LOSS_PHRASES; read109: no event), while a firm's losses are no
  fight (guard, events.detect.refine);
- a state's forces bombing a plant bomb it from the air ("continued to bomb the plant in X":
  events.detect.refine; read109: a man-made disaster), while militants' bombing stays an
  explosive (guard);
- a town forces advanced "on" from other places ("tried to advance north on X from A and B")
  is where they headed: the fights are at the places they came from, and X alone is near
  (events.arguments._advanced_on; read114: one fight in X itself), also where the parser
  hangs the goal on the origin ("push west from A and the border towards X"), while a town
  attacked is the fight's site (guard);
- a plant's operation, or a plant that operates, is the plant running, not a battle ("the safe
  operation of the X power plant", "the plant continues to operate": events.detect.
  _runs_a_thing, _RUN_THINGS; read114: a battle at the plant), while forces' operations near
  a town stay fighting (guard);
- a list goes on into "and the surrounding settlements of A, B, and C" (events.arguments.
  _LIST_LINK; read112, read113: the villages had no event)."""

from __future__ import annotations

import pytest
from helpers_events import doers_at, moods_at, rows_after, subs_at

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on July 18.\n\n")


def _rows(pipeline, text):
    return rows_after(pipeline, _LEAD, text, "2022-07-18")


def test_striking_after_on_is_an_attack_not_a_walkout(pipeline):
    rows = _rows(pipeline, "A milblogger claimed that Russian forces concentrated on striking "
                           "Ukrainian positions in Kharkiv on July 17.")
    subs = subs_at(rows, "Kharkiv")
    assert subs and "Peaceful protest" not in subs, rows


def test_a_walkout_stays_a_protest(pipeline):
    # guard
    rows = _rows(pipeline, "Dock workers went on strike in Kyiv on July 17.")
    assert "Peaceful protest" in subs_at(rows, "Kyiv"), rows


def test_a_person_hanged_is_an_attack(pipeline):
    rows = _rows(pipeline, "Partisans hanged an occupation official in Kherson on July 17.")
    assert "Attack" in subs_at(rows, "Kherson"), rows


def test_a_flag_hung_is_no_event(pipeline):
    # guard
    rows = _rows(pipeline, "Occupation officials hung a Russian flag in Kherson on July 17.")
    assert not subs_at(rows, "Kherson"), rows


def test_captives_held_are_no_arrest(pipeline):
    rows = _rows(pipeline, "Ukrainian POWs detained at a prison camp in Donetsk requested "
                           "to be sent home.")
    assert "Arrests" not in subs_at(rows, "Donetsk"), rows


def test_captives_detained_that_day_are_arrested(pipeline):
    # guard
    rows = _rows(pipeline, "Ukrainian POWs were detained at a camp in Donetsk on July 17.")
    assert "Arrests" in subs_at(rows, "Donetsk"), rows


def test_a_list_goes_on_past_a_bearing_from_a_towns_edge(pipeline):
    rows = _rows(pipeline, "Russian forces shelled Kharkiv, Sumy (12km northwest of the "
                           "outskirts of Poltava), and Kyiv (15km west of the outskirts of "
                           "Poltava) on July 17.")
    assert "Shelling/artillery/missile attack" in subs_at(rows, "Kyiv"), rows


def test_the_second_of_two_purposes_lies_ahead(pipeline):
    rows = _rows(pipeline, "Russian forces are regrouping near Sumy, likely either to support "
                           "operations towards Kharkiv or to open parallel lines of advance "
                           "towards Poltava.")
    assert moods_at(rows, "Poltava") <= {"future"}, rows


def test_two_infinitives_of_acts_begun_stay_acts(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces began to shell Kharkiv and to attack Sumy on July 17.")
    assert "asserted" in moods_at(rows, "Sumy"), rows


@pytest.mark.parametrize("text, place", [
    ("Russian forces are likely focusing on advancing past Poltava.", "Poltava"),
    ("The Kremlin likely is focusing military resources on localized gains around Sumy.",
     "Sumy"),
])
def test_what_forces_now_focus_on_is_a_goal(pipeline, text, place):
    rows = _rows(pipeline, text)
    assert "asserted" not in moods_at(rows, place), rows


def test_a_past_focus_tells_the_acts_done(pipeline):
    # guard
    rows = _rows(pipeline, "A milblogger claimed that Russian forces concentrated on striking "
                           "Ukrainian positions in Kharkiv on July 17.")
    assert "asserted" in moods_at(rows, "Kharkiv"), rows


@pytest.mark.parametrize("text, place", [
    ("Occupation authorities are seizing the Ukrainian passports of residents in Kherson.",
     "Kherson"),
    ("Occupation authorities seized grain stores in Kherson on July 17.", "Kherson"),
])
def test_goods_seized_are_looting_not_ground_taken(pipeline, text, place):
    assert subs_at(_rows(pipeline, text), place) == {"Looting/property destruction"}


def test_a_town_seized_stays_taken(pipeline):
    # guard
    subs = subs_at(_rows(pipeline, "Russian forces seized Kherson on July 17."), "Kherson")
    assert "Non-state actor overtakes territory" in subs, subs


def _second_actors(pipeline, text, place):
    return {r[4] for r in _rows5(pipeline, text) if r[2] == place}


def _rows5(pipeline, text):
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-07-18"))
    return [(e.sub_event_type, e.modality,
             ext.places[e.location].name if e.location is not None else None, e.actor1,
             e.actor2) for e in ext.events]


def test_the_origin_of_a_weapon_used_is_no_party(pipeline):
    text = "Russian forces struck Kharkiv with Iranian Shahed-136 drones on July 17."
    assert doers_at(_rows(pipeline, text), "Kharkiv") == {"Military Forces of Russia"}
    assert _second_actors(pipeline, text, "Kharkiv") == {None}


def test_a_peoples_weapon_that_acts_stays_its_side(pipeline):
    # guard
    rows = _rows(pipeline, "Russian missiles struck Kharkiv on July 17.")
    assert doers_at(rows, "Kharkiv") == {"Military Forces of Russia"}, rows


def _listed(text, names):
    """listed_after over ``text`` with a place at each name's occurrence, left to right; the
    first is the event's own site; -> the names it adds."""
    from fogofwar.events.arguments import listed_after
    from fogofwar.records import Place

    places, pos = [], 0
    for n in names:
        s = text.index(n, pos)
        places.append(Place(text=n, start=s, end=s + len(n), geonameid=1, name=n, lat=48.0,
                            lon=38.0, country_code="UA", admin1="05", admin2=None,
                            feature_code="PPL", precision=1, score=1.0))
        pos = s + len(n)
    return [places[k].text for k, _p in listed_after(text, places, [(0, 1)])]


def test_a_list_goes_on_past_a_remark_where_names_lie():
    text = ("repelled Russian assaults on Apa and Bor, both located along the E40 highway, and "
            "Cem, approximately 18km southeast of Dar.")
    assert _listed(text, ["Apa", "Bor", "Cem", "Dar"]) == ["Bor", "Cem"]


def test_a_list_goes_on_past_a_bearing_from_a_towns_edge_pure():
    text = ("shelled Apa, Bor (12km northwest of the outskirts of Eko City), and Cem (15km west "
            "of the outskirts of Eko City).")
    assert _listed(text, ["Apa", "Bor", "Eko", "Cem", "Eko"]) == ["Bor", "Cem"]


def test_the_city_a_body_is_named_for_is_no_site(pipeline):
    rows = _rows(pipeline, "Russian shelling destroyed a monastery of the Moscow Patriarchate "
                           "on July 17.")
    assert not subs_at(rows, "Moscow"), rows


def test_the_city_itself_stays_the_site(pipeline):
    # guard
    rows = _rows(pipeline, "Ukrainian drones struck Moscow on July 17.")
    assert subs_at(rows, "Moscow"), rows


def test_weapons_put_out_of_action_are_no_strike_of_their_own(pipeline):
    rows = _rows(pipeline, "Ukrainian forces destroyed 12 tanks and two aircraft near Kyiv on "
                           "July 17.")
    subs = {r[0] for r in rows}
    assert "Air/drone strike" not in subs, rows
    assert "Armed clash" in subs_at(rows, "Kyiv"), rows


def test_aircraft_that_strike_stay_an_air_strike(pipeline):
    # guard
    rows = _rows(pipeline, "Russian aircraft struck Kyiv on July 17.")
    assert "Air/drone strike" in subs_at(rows, "Kyiv"), rows


def test_where_acts_head_is_no_site_beside_their_own(pipeline):
    rows = _rows(pipeline, "Russian forces shelled Chuhuiv, Izium, Balakliia, and Kupiansk, all "
                           "settlements to the southeast of Kharkiv in the direction of Kyiv.")
    assert subs_at(rows, "Chuhuyiv") and subs_at(rows, "Kupyansk"), rows
    assert not subs_at(rows, "Kyiv"), rows


def test_where_acts_head_is_their_site_when_they_have_no_other(pipeline):
    # guard
    rows = _rows(pipeline, "Ukrainian forces repelled a Russian assault in the direction of "
                           "Kharkiv on July 17.")
    assert subs_at(rows, "Kharkiv"), rows


_TWO_PARAGRAPHS = "Russian forces continued offensive operations on July 17.\n\n{first} {second}"


def test_fights_around_a_list_of_towns_are_no_umbrella(pipeline):
    rows = _rows(pipeline, _TWO_PARAGRAPHS.format(
        first="Russian forces made marginal advances in frontal assaults around Izium, "
              "Balakliia, and Kupiansk on July 17.",
        second="Russian forces attacked Chuhuiv on July 17."))
    assert "Armed clash" in subs_at(rows, "Izyum"), rows
    assert "Armed clash" in subs_at(rows, "Balakliya"), rows


def test_an_umbrella_over_fights_of_its_kind_still_goes(pipeline):
    # guard
    rows = _rows(pipeline, _TWO_PARAGRAPHS.format(
        first="Russian forces conducted ground assaults around Izium on July 17.",
        second="Russian forces attacked Balakliia on July 17."))
    assert "Armed clash" in subs_at(rows, "Balakliya"), rows
    assert not subs_at(rows, "Izyum"), rows


@pytest.mark.parametrize("text, mood", [
    ("Russian forces are likely trying to advance through Kharkiv to bypass its defenses.",
     "future"),
    ("Russian forces are trying to advance through Kharkiv.", "asserted"),
    ("Russian forces attempted to advance through Kharkiv on July 17.", "asserted"),
])
def test_a_guessed_try_under_way_is_an_aim(pipeline, text, mood):
    assert moods_at(_rows(pipeline, text), "Kharkiv") == {mood}


def test_losses_suffered_by_forces_are_a_fight(pipeline):
    rows = _rows(pipeline, "Russian forces suffered heavy losses around Kharkiv on July 17.")
    assert "Armed clash" in subs_at(rows, "Kharkiv"), rows


def test_a_firms_losses_are_no_fight(pipeline):
    # guard
    rows = _rows(pipeline, "The steel company suffered heavy losses in Kharkiv last year.")
    assert not subs_at(rows, "Kharkiv"), rows


def test_a_states_forces_bombing_a_plant_is_an_air_strike(pipeline):
    rows = _rows(pipeline, "Russian forces continued to bomb the plant in Kharkiv on July 17.")
    assert subs_at(rows, "Kharkiv") == {"Air/drone strike"}, rows


def test_militants_bombing_stays_an_explosive(pipeline):
    # guard
    rows = _rows(pipeline, "Militants bombed a market in Kharkiv on July 17.")
    assert subs_at(rows, "Kharkiv") == {"Remote explosive/landmine/IED"}, rows


def test_a_town_advanced_on_is_where_forces_headed(pipeline):
    rows = _rows(pipeline, "Russian forces attempted to advance north on Kharkiv from Chuhuiv "
                           "and Izium on July 17.")
    assert subs_at(rows, "Chuhuyiv") and not subs_at(rows, "Kharkiv"), rows
    alone = _rows(pipeline, "Russian forces attempted to advance on Kharkiv on July 17.")
    assert {r[2] for r in alone if r[0] == "Armed clash"} >= {"Kharkiv"}, alone


def test_a_town_attacked_is_the_fights_site(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces attacked Kharkiv on July 17.")
    assert subs_at(rows, "Kharkiv"), rows


@pytest.mark.parametrize("text", [
    "The IAEA called for the safe operation of the power plant in Kharkiv on July 17.",
    "The power plant in Kharkiv continues to operate at the risk of an accident.",
])
def test_a_plant_running_is_no_battle(pipeline, text):
    assert "Armed clash" not in subs_at(_rows(pipeline, text), "Kharkiv")


def test_forces_operations_near_a_town_stay_fighting(pipeline):
    # guard
    rows = _rows(pipeline, "Russian forces continued offensive operations near Kharkiv on July "
                           "17.")
    assert "Armed clash" in subs_at(rows, "Kharkiv"), rows


def test_a_list_goes_on_into_the_surrounding_settlements_of():
    text = "attacked Apa and the surrounding settlements of Bor, Cem, and Dar on June 6."
    assert _listed(text, ["Apa", "Bor", "Cem", "Dar"]) == ["Bor", "Cem", "Dar"]


@pytest.mark.parametrize("noun", ["lack", "absence"])
def test_acts_whose_lack_is_told_did_not_happen(pipeline, noun):
    rows = _rows(pipeline, f"The {noun} of successful ground attacks beyond Kharkiv is "
                           "consistent with ISW's assessment.")
    assert "asserted" not in moods_at(rows, "Kharkiv"), rows


def test_a_goal_the_parser_hangs_on_the_origin_is_no_site(pipeline):
    rows = _rows(pipeline, "Russian forces continued efforts to push west from Izium and the "
                           "Luhansk Oblast border towards Kharkiv on July 17.")
    assert subs_at(rows, "Izyum") and not subs_at(rows, "Kharkiv"), rows


@pytest.mark.parametrize("verb", ["pushed", "drove"])
def test_forces_pushed_out_of_a_place_lose_it(pipeline, verb):
    rows = _rows(pipeline, f"Ukrainian forces {verb} Russian troops out of Kherson on July 17.")
    assert subs_at(rows, "Kherson") == {"Government regains territory"}, rows


def test_forces_pushed_out_by_no_one_named_fought_there(pipeline):
    rows = _rows(pipeline, "Russian forces were pushed out of Kherson on July 17.")
    assert subs_at(rows, "Kherson") == {"Armed clash"}, rows


def test_gains_made_in_a_town_are_a_fight_there(pipeline):
    rows = _rows(pipeline, "Russian forces made territorial gains in Kharkiv on July 17.")
    assert subs_at(rows, "Kharkiv") == {"Armed clash"}, rows


def test_what_pictures_captured_is_no_place_taken(pipeline):
    rows = _rows(pipeline, "Analysts noted a convoy of vehicles captured in satellite imagery "
                           "near Kharkiv on July 17.")
    assert not subs_at(rows, "Kharkiv"), rows


def test_a_military_district_is_no_site(pipeline):
    rows = _rows(pipeline, "Elements of the Moscow Military District deployed on July 17.")
    assert not subs_at(rows, "Moscow"), rows


def test_where_a_speaker_works_is_no_battle(pipeline):
    rows = _rows(pipeline, "A Russian milblogger operating in Kharkiv noted that police units "
                           "are providing security.")
    assert not subs_at(rows, "Kharkiv"), rows


def test_the_name_a_formations_members_go_by_is_no_site(pipeline):
    rows = _rows(pipeline, "Chechen forces tortured Azov prisoners on July 17.")
    assert not subs_at(rows, "Azov"), rows
