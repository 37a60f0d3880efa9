"""Incident titles: type, actors and place in the same words everywhere."""

from __future__ import annotations

import pytest

from fogofwar.fuse.model import IncidentState
from fogofwar.fuse.title import actor_words, incident_title
from helpers_fuse import VILLAGE_A, place


def _inc(sub: str, family: str, actors=()) -> IncidentState:
    inc = IncidentState(id="i", event_type="x", sub_event_type=sub, family=family,
                        place=place("Alpha", VILLAGE_A), interval=None)
    return inc if not actors else _with_actors(inc, *actors)


def _with_actors(inc: IncidentState, a1, a2) -> IncidentState:
    from fogofwar.fuse.model import Mention
    from fogofwar.records import Span
    m = Mention("r:e0", "r", "2025-01-01", None, "x", inc.sub_event_type, a1, a2, "positive",
                "asserted", inc.place, None, Span("e", 0, 1))
    inc.mentions[m.event_id] = m
    inc.members[m.event_id] = ("asserts", {})
    return inc


@pytest.mark.parametrize("sub, family, actors, want", [
    ("Non-state actor overtakes territory", "territory",
     ("Military Forces of Russia", "Military Forces of Ukraine"), "Russian forces capture Alpha"),
    ("Non-state actor overtakes territory", "territory", (), "Capture of Alpha"),
    ("Armed clash", "combat", ("Military Forces of Ukraine", "Military Forces of Russia"),
     "Ukrainian forces fight Russian forces at Alpha"),
    ("Armed clash", "combat", ("Military Forces of Ukraine", "Military Forces of Ukraine"),
     "Ukrainian forces in fighting at Alpha"),
    ("Change to group/activity", "territory", ("Military Forces of Russia", None),
     "Russian forces withdraw from Alpha"),
    ("Shelling/artillery/missile attack", "remote", ("Military Forces of Russia", None),
     "Russian forces strike Alpha"),
    ("Air/drone strike", "remote", ("Military Forces of Russia", None),
     "Russian forces strike Alpha from the air"),
    ("Remote explosive/landmine/IED", "remote", (), "Explosion at Alpha"),
    ("Man-made disaster", "remote", (), "Explosion or fire at Alpha"),
])
def test_titles(sub, family, actors, want):
    assert incident_title(_inc(sub, family, actors)) == want


def test_actor_words():
    assert actor_words("Government of Russia") == "Russian government"
    assert actor_words("DNR: Donetsk People's Republic") == "Donetsk People's Republic"
    assert actor_words("Military Forces") is None


def test_the_title_names_the_place_as_the_reports_write_it():
    from dataclasses import replace as _replace

    from fogofwar.fuse.model import Mention
    from fogofwar.records import Span
    gaz = _replace(place("Alpha", VILLAGE_A), name="Alfa-Gazetteer")
    inc = IncidentState(id="i", event_type="x", sub_event_type="Non-state actor overtakes territory",
                        family="territory", place=gaz, interval=None)
    assert incident_title(inc) == "Capture of Alfa-Gazetteer"  # no member: the gazetteer's
    for i, text in enumerate(("the city", "Alpha", "Alpha")):
        m = Mention(f"r{i}:e0", f"r{i}", "2025-01-01", None, "x", inc.sub_event_type, None, None,
                    "positive", "asserted", _replace(gaz, text=text), None, Span("e", 0, 1))
        inc.mentions[m.event_id] = m
    assert incident_title(inc) == "Capture of Alpha"


def test_a_settlement_placed_in_its_region_is_named_in_the_title_with_the_region():
    from fogofwar.fuse.model import Mention
    from fogofwar.records import Place, Span

    def region(text):
        return Place(text, 0, len(text), None, "Gamma Oblast", 50.0, 36.0, "RU", "Gamma Oblast",
                     None, "ADM1", 3, 0.5)

    inc = IncidentState(id="i", event_type="x", sub_event_type="Non-state actor overtakes territory",
                        family="territory", place=region("Zetivka"), interval=None)
    for i, text in enumerate(("Zetivka", "Zetivka", "Gamma")):
        m = Mention(f"r{i}:e0", f"r{i}", "2025-01-01", None, "x", inc.sub_event_type,
                    "Military Forces of Ukraine", None, "positive", "asserted", region(text),
                    None, Span("e", 0, 1))
        inc.mentions[m.event_id] = m
    assert incident_title(inc) == "Ukrainian forces capture Zetivka (Gamma Oblast)"
    for i in range(2):  # written as the region's bare stem: the region's name, not the city's
        del inc.mentions[f"r{i}:e0"]
    assert incident_title(inc) == "Ukrainian forces capture Gamma Oblast"


def test_a_generic_word_written_for_the_place_is_no_title_name():
    from dataclasses import replace as _replace

    from fogofwar.fuse.model import Mention
    from fogofwar.records import Span
    gaz = _replace(place("Alpha", VILLAGE_A), name="Alpha Republic")
    inc = IncidentState(id="i", event_type="x", sub_event_type="Non-state actor overtakes territory",
                        family="territory", place=gaz, interval=None)
    m = Mention("r0:e0", "r0", "2025-01-01", None, "x", inc.sub_event_type, None, None,
                "positive", "asserted", _replace(gaz, text="Republic"), None, Span("e", 0, 1))
    inc.mentions[m.event_id] = m
    assert incident_title(inc) == "Capture of Alpha Republic"
