"""Place rules of the twenty-first session, on sentences written here:
- a weapon's name before its kind and the weapon word ("Iskander ballistic missiles", "Osa
  surface-to-air missiles") is the weapon, as right before the weapon word
  (geo.recognise._weapon_word, _WEAPON_KIND; read79: a village in Uzbekistan), while a large
  city's name may still head a strike ("the Odesa ballistic missile strike": guard) and a
  town named as a target stays a place (guard);
- "the Port of X" is a facility of X, never a town named Port (geo.recognise.WAR_NOUNS;
  read78, read82: the capture of Mariupol's port placed in a village in Odesa Oblast);
- a bare bearing whose side holds no place of the name itself points to one that bears it as
  another name right by the anchor ("west of Avdiivka near Pervomaiske": geo.resolve.
  _offset_meant, ALTERNATE_BEARING_KM; read86: a namesake 75 km east), while without the
  bearing the place of the name itself stands (guard)."""

import pytest
from hand_gazetteer import DONETSK_OBLAST, UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace
from fogofwar.records import Report


def _places(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-06-25"))
    return [p.name for p in ext.places if p.name]


@pytest.mark.parametrize("text", [
    "Russian forces fired Osa surface-to-air missiles on June 25.",
    "Russian forces fired Osa short-range air-defense missiles on June 25.",
])
def test_a_weapons_name_before_its_kind_is_no_place(pipeline, text):
    assert "Osa" not in _places(pipeline, text)


@pytest.mark.parametrize("text, place", [
    ("The Odesa ballistic missile strike killed three civilians on June 25.", "Odesa"),
    ("Russian forces shelled Osa with rockets on June 25.", "Osa"),
])
def test_a_city_heading_a_strike_or_targeted_stays_a_place(pipeline, text, place):
    assert place in _places(pipeline, text)


@pytest.mark.parametrize("text", [
    "Russian forces likely captured the Port of Mariupol on April 16.",
    "Ukrainian forces struck the Port of Odesa with drones.",
])
def test_a_port_of_a_city_is_in_the_city_not_a_town_named_port(pipeline, text):
    got = _places(pipeline, text)
    assert "Port" not in got and got, got


_AVDIIVKA = NewPlace(9301, "Avdiivka", 48.14, 37.75, "UA", "05", fcode="PPLA3", population=30_000)
# the village by Avdiivka the gazetteer holds under another name, and a bigger namesake far
# to the east
_BY_ANOTHER_NAME = NewPlace(9302, "Avdiivske", 48.10, 37.60, "UA", "05", population=2_000,
                            names=("Pervomaiske",))
_FAR_EAST = NewPlace(9303, "Pervomaiske", 47.99, 38.79, "UA", "05", population=5_000)

stage = stage_fixture([UKRAINE, DONETSK_OBLAST, _AVDIIVKA, _BY_ANOTHER_NAME, _FAR_EAST])


def test_a_bearing_points_to_a_place_by_its_other_name_beside_the_anchor(nlp, stage):
    got = located(nlp, stage, "Russian forces attacked west of Avdiivka near Pervomaiske.")
    assert (round(got["Pervomaiske"].lat, 2), round(got["Pervomaiske"].lon, 2)) == (48.10, 37.60)


def test_without_the_bearing_the_own_name_stands(nlp, stage):
    # guard
    got = located(nlp, stage, "Russian forces attacked Pervomaiske.")
    assert (round(got["Pervomaiske"].lat, 2), round(got["Pervomaiske"].lon, 2)) == (47.99, 38.79)
