"""War's infrastructure named for a place is near that place: "the Hostomel airport", "the
Kerch Strait Bridge" (ISW 2022-02-25 and 2022-10-08: the airport's capture and the bridge's
explosion had no place at all, so their stories were never found). A capitalised facility
name with nothing between ("Newark Airport") stays a facility's own name."""

import pytest

from fogofwar.records import Report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, name", [
    ("Russian forces captured the Hostomel airport on February 25.", "Hostomel"),
    ("A large-scale explosion damaged the Kerch Strait Bridge on October 8.", "Kerch"),
])
def test_an_event_at_infrastructure_is_near_the_place_it_is_named_for(pipeline, text, name):
    ext = pipeline.run(Report(id="t", text=text, published="2022-10-08"))
    [ev] = ext.events
    assert ev.location is not None, ext.places
    place = ext.places[ev.location]
    assert place.name == name
    assert place.precision == 2  # near the place, not at it


def test_a_facilitys_own_capitalised_name_is_no_place_mention(pipeline):
    ext = pipeline.run(Report(id="t", text="Passengers waited at Newark Airport on Sunday.",
                              published="2022-10-08"))
    assert "Newark" not in {p.text for p in ext.places}


def test_an_explosion_that_damaged_something_is_an_event_where_the_damage_was(pipeline):
    ext = pipeline.run(Report(id="t", text="A large-scale explosion damaged a bridge near Kerch "
                                           "on October 8.", published="2022-10-08"))
    [ev] = ext.events
    assert ev.event_type == "Explosions/Remote violence"
    assert ext.places[ev.location].name == "Kerch"
