"""Weapons that are moved are no strike, and a strike with no attacker named is laid on the
enemy of its target or of the site's holder (events.detect._weapons_moved, coding.holder)."""

import pytest

from fogofwar.records import Report

pytestmark = pytest.mark.slow

_WAR = "Russian forces continued offensive operations against Ukrainian forces near Bakhmut. "


def _events(pipeline, text):
    ext = pipeline.run(Report(id="t", text=_WAR + text, published="2022-08-20"))
    return ext, ext.events[1:]


@pytest.mark.parametrize("text", [
    "Russian forces deployed four more Tor air defense missile systems to Melitopol.",
    "Russian forces are relocating helicopters and attack aircraft to an airfield in Bryansk Oblast.",
    "Ukrainian forces moved heavy artillery to Zaporizhia Oblast on August 19.",
])
def test_moving_weapons_is_a_movement_not_a_strike(pipeline, text):
    _, events = _events(pipeline, text)
    assert events and all(e.sub_event_type == "Change to group/activity" for e in events)


def test_weapons_used_after_they_are_moved_still_strike(pipeline):
    _, events = _events(pipeline, "Russian forces moved artillery to Vuhledar and shelled "
                                  "Pavlivka on August 19.")
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in events}


def test_a_strike_on_one_sides_target_is_the_other_sides(pipeline):
    _, events = _events(pipeline, "Occupation officials reported a drone attack on the Russian "
                                  "naval headquarters in Feodosia on August 19.")
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].actor1 == "Military Forces of Ukraine"


def test_an_unattributed_explosion_in_crimea_is_not_laid_on_russia(pipeline):
    from fogofwar.events.coding import holder
    from fogofwar.records import Place

    crimea = Place("Yevpatoriia", 0, 11, 1, "Yevpatoriia", 45.2, 33.37, "UA",
                   "Autonomous Republic of Crimea", None, "PPLA2", 1, 1.0)
    kharkiv = Place("Kharkiv", 0, 7, 2, "Kharkiv", 50.0, 36.2, "UA", "Kharkiv", None, "PPLA", 1, 1.0)
    assert holder(crimea) == "RU" and holder(kharkiv) == "UA"
    _, events = _events(pipeline, "Unidentified strikes hit an airfield in Yevpatoriia on "
                                  "August 19.")
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert all(e.actor1 != "Military Forces of Russia" for e in strikes)


def test_a_struck_weapons_store_is_a_strike_not_weapons_seized(pipeline):
    _, events = _events(pipeline, "Ukrainian forces hit a Russian ammunition warehouse in "
                                  "Tokmak on August 19.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_strike_on_civilian_buildings_at_war_is_remote_violence(pipeline):
    _, events = _events(pipeline, "Russian forces struck residential buildings in Kramatorsk "
                                  "on August 19.")
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]
