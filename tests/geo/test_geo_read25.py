"""Place rules from the analyst read of ISW 2022-06-21..23 (read25), on sentences written
here and a hand-made gazetteer:
- a name before "system" or "complex" is a weapon's ("one Pantsir system", "an Iskander
  complex") (geo.recognise.WEAPON_WORDS; read25: a strike placed at a Russian town);
- "People‘s Republic" written with a left quotation mark is the proxy republic's ground, never
  its namesake city (geo.recognise._before_peoples_republic; read25);
- an entity the tagger ran over a finite verb is no name a place hides in ("the Armed Forces
  of the X People's Republic attacked Y" as one ORG) (geo.recognise._weigh; read25: the town
  attacked had no place).
"""

import pytest
from hand_gazetteer import UKRAINE, stage_fixture

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow

PLACES = [
    UKRAINE,
    NewPlace(709716, "Donetsk Oblast", 48.05, 37.67, "UA", "05", fclass="A", fcode="ADM1",
             population=4_100_000, derived=("donetsk",)),
    NewPlace(709717, "Donetsk", 48.02, 37.80, "UA", "05", fcode="PPLA", population=930_000),
    NewPlace(1, "Avdiivka", 48.14, 37.75, "UA", "05", fcode="PPLA3", population=31_000),
    NewPlace(2, "Pantsir", 51.02, 45.70, "RU", "67", fcode="PPLA2", population=40_000),
    NewPlace(3, "Homel", 52.43, 30.98, "BY", "02", fcode="PPLA", population=480_000),
]


stage = stage_fixture(PLACES)


def _found(stage, nlp, text):
    return {p.text: p for p in stage(nlp(text)) if p.geonameid is not None}


def test_a_name_before_system_is_a_weapons(nlp, stage):
    got = _found(stage, nlp, "Russian planes transported one Pantsir system to the Homel "
                             "airport on June 22.")
    assert "Pantsir" not in got, got


def test_a_peoples_republic_with_a_left_quote_is_no_city(nlp, stage):
    got = _found(stage, nlp, "Officials of the Donetsk People\u2018s Republic announced a "
                             "mobilization on June 22.")
    assert got.get("Donetsk") is None or got["Donetsk"].feature_code == "ADM1", got


def test_an_entity_over_a_verb_hides_no_place(nlp, stage):
    got = _found(stage, nlp, "Elements of the Armed Forces of the Donetsk People's Republic "
                             "attacked Avdiivka on June 22.")
    assert "Avdiivka" in got, got
