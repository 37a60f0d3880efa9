"""Event rules of the twenty-ninth session, from the analyst reads of ISW 08-15, 08-31,
09-14 (read218), 09-26 (read219) and 10-06, 10-20 (read220), on sentences written here, over a
hand-made gazetteer:
- a one-word noun cue that modifies a noun no cue is in names the kind of the thing, no act
  ("looted a fire station"), and joins no cluster (events.detect._no_kind_modifiers; read220:
  the looting typed a fire), while a doer's kind still types its act (guard,
  test_events_typing_rules: "a suicide attacker");
- goods looted are taken, not struck or fought over, whatever the place ("looted a police
  station") (events.coding._PLUNDER; read220: the looting of a station typed combat);
- a disaster an attack caused ("missiles hit a dam and caused heavy flooding", "the strike
  resulted in flooding": guard) is the strike's outcome, no disaster of its own (events.detect.
  _outcome_of_attack; read218: a natural disaster at Kryvyi Rih), while flooding rain caused is
  one (guard);
- fires that fire data showed, "which may corroborate" others' claims, are evidence of an act
  told elsewhere, no act (events.detect._backs_claims; and the data seen though the parser
  left the showing verb no subject: _fires_seen_from_space; read218: a man-made disaster);
- attacks named in a participle that says which weapon is meant ("shot down drones involved
  in potential strikes on A and B") are no event; their places and days are the shoot-down's
  (events.detect.describes_weapon; read219: two battles and a shoot-down with no place), while
  drones launched in attacks strike (guard);
- an act in a present-tense time clause ("once they withdraw", "after they retreat") hung on
  an act ahead (a purpose's infinitive, a "will") lies ahead too (events.polarity.
  _timed_by_act_ahead; read220: a withdrawal told), while a past one stays told (guard);
- loitering munitions, Lancets and other drones that strike, as the instrument ("using
  loitering munitions to strike X") or the subject ("Lancets struck X"), make an air or drone
  strike (events.coding._drone_words, _striking_drone; read218: shelling);
- a people's word on strikes the tagger called a verb ("Ukrainian strikes/VBZ on the bridges
  have made them unusable") names the striker (events.arguments._noun_tagged_verb; read218:
  the other side's strike);
- a share of an area taken ("have liberated all but 2.4 percent of X"), with no day of its own,
  is how much is held, no taking (events.detect._share_taken; read220: a regained oblast dated
  the report's day), while a town liberated is one (guard);
- an act in an "after" (or "when") clause hung on a dated act ("arrested a student on October
  4 after he threw ...") happened no later: the dated act's day is its own where it names
  none (events._ahead_of; read220: the report's day), while its own day wins (guard);
- a drone's centre destroyed ("a drone control and training center", its drone word no cue
  after the first rule) is struck: a centre or facility is a rear target, and only a drone
  itself destroyed is a weapon put out (events.coding._STRUCK_OBJECTS, object_heads; seen on
  ISW 09-26 after the first rule: a disrupted weapons use), while drones destroyed are one
  (guard)."""

from __future__ import annotations

import pytest

from fogofwar.geo.index import NewPlace
from fogofwar.records import Report
from helpers_events import (doers_at, events_at, moods_at, pipeline_over, rows_after, subs_at,
                            town as _town)

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on October 19.\n\n")

_PLACES = [
    NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
             population=41_000_000),
    _town(9901, "Nova Kakhovka", 46.75, 33.35, "14", 45_000, code="PPLA3"),
    _town(9902, "Kryvyi Rih", 47.91, 33.39, "04", 620_000, code="PPLA2"),
    _town(9903, "Siversk", 48.87, 38.10, "05", 11_000),
    _town(9904, "Odesa", 46.48, 30.73, "17", 1_000_000, code="PPLA"),
    _town(9905, "Mykolaiv", 46.97, 32.00, "16", 470_000, code="PPLA"),
    _town(9906, "Kherson", 46.64, 32.61, "14", 280_000, code="PPLA"),
    _town(9907, "Melitopol", 46.85, 35.37, "23", 150_000, code="PPLA2"),
    _town(9908, "Kupiansk", 49.71, 37.62, "07", 27_000, code="PPLA2"),
    _town(9909, "Kazan", 55.79, 49.12, "73", 1_250_000, cc="RU", code="PPLA"),
    NewPlace(9910, "Kharkiv Oblast", 49.5, 36.5, "UA", "07", fclass="A", fcode="ADM1",
             population=2_600_000),
]


@pytest.fixture(scope="module")
def hand_pipeline():
    """The pipeline over a hand-made gazetteer of the towns these sentences name."""
    return pipeline_over(_PLACES)


def _rows(pipeline, text, published="2022-10-20"):
    return rows_after(pipeline, _LEAD, text, published)


def test_a_fire_station_looted_is_looting(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian troops looted a fire station in Nova Kakhovka on "
                                "October 18.")
    assert subs_at(rows, "Nova Kakhovka") == {"Looting/property destruction"}, rows


def test_a_police_station_looted_is_no_fight(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian soldiers reportedly looted the police station in "
                                "Nova Kakhovka.")
    assert subs_at(rows, "Nova Kakhovka") == {"Looting/property destruction"}, rows


def test_flooding_a_missile_strike_caused_is_no_disaster(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian officials stated that six Russian cruise missiles "
                                "hit a reservoir dam in Kryvyi Rih on October 19 and caused "
                                "heavy flooding in several districts.")
    assert subs_at(rows, "Kryvyi Rih") == {"Shelling/artillery/missile attack"}, rows


def test_flooding_a_strike_resulted_in_is_no_disaster(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "The Russian strike on the dam near Kryvyi Rih resulted in "
                                "flooding along the river.")
    assert not subs_at(rows, "Kryvyi Rih") & {"Natural disaster", "Man-made disaster"}, rows


def test_flooding_rain_caused_is_a_disaster(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Heavy rains caused flooding in Kryvyi Rih on October 18.")
    assert "Natural disaster" in subs_at(rows, "Kryvyi Rih"), rows


def test_fires_seen_from_space_backing_claims_are_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian milbloggers claimed that Ukrainian forces attacked "
                                "positions near Melitopol. Remotely sensed NASA FIRMS data "
                                "showed several fires around Melitopol, which may corroborate "
                                "the milbloggers' claims.")
    assert subs_at(rows, "Melitopol") == {"Armed clash"}, rows


def test_attacks_that_say_which_drones_are_no_event(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian officials reported that Ukrainian air defenses shot "
                                "down five Shahed-136 drones involved in potential strikes on "
                                "October 17 and 18 against Odesa and Mykolaiv.")
    assert not any(r[0] == "Armed clash" for r in rows[1:]), rows
    assert subs_at(rows, "Odesa") == {"Disrupted weapons use"}, rows


def test_drones_launched_in_attacks_strike(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces launched Shahed-136 drones in attacks on Odesa "
                                "on October 18.")
    assert subs_at(rows, "Odesa") == {"Air/drone strike"}, rows


def test_a_withdrawal_timing_a_purpose_lies_ahead(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian officials are likely setting information conditions "
                                "for Russian troops to destroy the bridge once they withdraw "
                                "from Kherson.")
    assert moods_at(rows, "Kherson") == {"future"}, rows


def test_a_retreat_timing_a_future_act_lies_ahead(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian forces will likely shell Melitopol after they retreat "
                                "from Kherson.")
    assert moods_at(rows, "Kherson") == {"future"}, rows


def test_a_past_withdrawal_timing_a_future_act_is_told(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Russian forces will likely shell Melitopol after they withdrew "
                                "from Kherson on October 18.")
    assert moods_at(rows, "Kherson") == {"asserted"}, rows


def test_loitering_munitions_used_to_strike_are_a_drone_strike(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian milbloggers shared footage of Russian troops using "
                                "loitering munitions to strike Ukrainian trenches near Siversk.")
    assert subs_at(rows, "Siversk") == {"Air/drone strike"}, rows


def test_lancets_that_struck_are_a_drone_strike(hand_pipeline):
    rows = _rows(hand_pipeline, "Russian Lancets struck Ukrainian positions near Siversk on "
                                "October 18.")
    assert subs_at(rows, "Siversk") == {"Air/drone strike"}, rows


def test_a_peoples_word_on_strikes_tagged_a_verb_names_the_striker(hand_pipeline):
    rows = _rows(hand_pipeline, "The occupation head of Kherson Oblast stated on October 18 that "
                                "Ukrainian strikes on the bridges leading to Kherson have made "
                                "the bridges unusable for heavy equipment.")
    assert doers_at(rows, "Kherson") == {"Military Forces of Ukraine"}, rows


def test_a_share_of_an_oblast_liberated_is_no_taking(hand_pipeline):
    rows = _rows(hand_pipeline, "The Kharkiv Oblast governor stated that Ukrainian troops have "
                                "liberated all but 2.4 percent of Kharkiv Oblast.")
    assert not subs_at(rows, "Kharkiv Oblast"), rows


def test_a_town_liberated_is_a_taking(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Ukrainian troops liberated Kupiansk on October 18.")
    assert subs_at(rows, "Kupiansk") == {"Government regains territory"}, rows


def _days_at(pipeline, text: str, place: str) -> set[str]:
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-10-06"))
    return {ext.times[e.time].to_dict()["value"] for e in events_at(ext, place)
            if e.time is not None}


def test_an_act_an_arrest_came_after_takes_the_arrests_day(hand_pipeline):
    days = _days_at(hand_pipeline, "Police arrested a student on October 4 after he threw a "
                                   "Molotov cocktail at the enlistment office in Kazan.", "Kazan")
    assert days == {"2022-10-04"}, days


def test_an_act_with_its_own_day_keeps_it(hand_pipeline):
    # guard
    days = _days_at(hand_pipeline, "Police arrested a student on October 4 after he threw a "
                                   "Molotov cocktail at the enlistment office in Kazan on "
                                   "October 2.", "Kazan")
    assert days == {"2022-10-02"}, days


def test_a_drone_centre_destroyed_is_struck(hand_pipeline):
    rows = _rows(hand_pipeline, "Ukrainian forces destroyed a Russian drone control and training "
                                "center near Odesa on October 18.")
    assert subs_at(rows, "Odesa") == {"Shelling/artillery/missile attack"}, rows


def test_drones_destroyed_are_put_out(hand_pipeline):
    # guard
    rows = _rows(hand_pipeline, "Ukrainian forces destroyed three Russian drones conducting "
                                "reconnaissance over Odesa on October 18.")
    assert subs_at(rows, "Odesa") == {"Disrupted weapons use"}, rows
