"""A large city's name that opens a weapon's two-word name ("Phoenix Ghost drones") is the
weapon's, not a place; the city's name right before the weapon word ("Odesa missile
strike") or a region's full name ("Kharkiv Oblast missile strike") still places the strike.
Seen on ISW 2022-07-21: "580 Phoenix Ghost drones" became a strike in Phoenix, Arizona.
Run through the whole pipeline on the embedded default gazetteer, where the US named in the
sentence made Phoenix, Arizona likely."""

import pytest

from fogofwar.records import Report


def _place_names(pipeline, text: str) -> list[str]:
    [ext] = list(pipeline.run_many([Report(id="r", source="Wire", published="2022-07-21",
                                           text=text)]))
    return [p.name for p in ext.places if p.name]


@pytest.mark.slow
def test_a_city_name_opening_a_weapon_name_is_no_place(pipeline):
    names = _place_names(pipeline, "The US will send 580 Phoenix Ghost drones to Ukraine, "
                                   "the Pentagon said on July 21.")
    assert "Phoenix" not in names and "Ukraine" in names, names


@pytest.mark.slow
def test_a_city_before_the_weapon_word_still_places_the_strike(pipeline):
    assert "Odesa" in _place_names(pipeline, "The Odesa missile strike killed three people.")
    names = _place_names(pipeline, "Russian forces struck Kharkiv Oblast with missiles.")
    assert any("Kharkiv" in n for n in names), names


@pytest.mark.slow
def test_a_ship_named_before_is_the_ship_where_it_recurs(pipeline):
    """ "the cruiser Moskva ... the Moskva sank": not Moscow (Moskva is its Russian name); a
    recurrence after a place word stays the town ("the landing ship Saratov ... in Saratov")."""
    names = _place_names(pipeline, "Ukrainian forces struck the cruiser Moskva on April 13. "
                                   "The Russian MoD claimed the Moskva sank in a storm.")
    assert "Moscow" not in names, names
    names = _place_names(pipeline, "The landing ship Saratov burned in Berdyansk. Officials in "
                                   "Saratov mourned the crew.")
    assert "Saratov" in names and "Berdyansk" in names, names
