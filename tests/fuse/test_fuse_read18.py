"""Fusion rules from the analyst reads of ISW 2022-08-29..31 (read18) and 09-21..23 (read19),
on hand-built extractions:
- an absence of fighting told ("did not conduct any ground attacks north of X") is no event:
  it starts no incident and disputes no fight near X told beside it ("advanced northeast of
  X"); a source's denial of fighting still answers it (fuse.salience.not_an_event);
- an area across regions with no admin1 of its own ("Donbas") holds what lies within 150 km
  of its centre (fuse.compat.place_match);
- a doer every source tells only as possible is a guess: it sets no actor of the incident and
  keeps no mention from it (fuse.model.Mention.doer_speculated).
"""

from __future__ import annotations

import pytest

from helpers_fuse import MOD_RU, VILLAGE_A, day, extraction, inferred, place

from fogofwar.fuse.book import IncidentBook
from fogofwar.fuse.compat import place_match
from fogofwar.records import REGION


def _statuses(*items):
    book = IncidentBook()
    book.add(extraction("r", "2025-08-30", "Daily Assessment", "text", list(items)))
    return [(inc["status"], inc["events"]) for inc in book.incidents(include_unanswered=True)]


_FIGHT = dict(place=place("Alpha", VILLAGE_A), time=day("2025-08-29"), sub="Armed clash",
              evidence="Russian forces advanced northeast of Alpha")


def test_an_absence_of_fighting_disputes_no_fight_beside_it():
    none = dict(place=place("Alpha", VILLAGE_A), time=day("2025-08-29"), sub="Armed clash",
                polarity="negative", modality="negated",
                evidence="Russian forces did not conduct any ground attacks north of Alpha")
    assert [s for s, _e in _statuses(_FIGHT, none)] == ["reported"]
    assert _statuses(none) == []


def test_a_denial_of_fighting_still_disputes_it():
    denial = dict(place=place("Alpha", VILLAGE_A), time=day("2025-08-29"), sub="Armed clash",
                  polarity="negative", modality="denied",
                  claim=(MOD_RU, "denies", "certain", "no fighting took place in Alpha"),
                  evidence="no fighting took place in Alpha")
    assert [s for s, _e in _statuses(_FIGHT, denial)] == ["disputed"]


_AREA = dict(geonameid=9010, name="Basin", lat=50.9, lon=36.4, country_code="RU", admin1=None,
             admin2=None, feature_code="RGN", precision=REGION, score=1.0)
_FAR_AREA = dict(_AREA, geonameid=9011, lat=55.0, lon=40.0)


@pytest.mark.parametrize("area, joined", [(_AREA, True), (_FAR_AREA, False)])
def test_an_area_across_regions_holds_what_lies_near_its_centre(area, joined):
    """(Found on the dev story of the Kramatorsk station strike, 2022-04-08: "strikes on
    railway stations in Donbas", an area with no admin1 of its own, stood apart from the
    strike at the station it named.)"""
    ok, _strength, why = place_match(place("Basin", area), place("Alpha", VILLAGE_A))
    assert ok == joined, why


_UA_FORCES = ("Military Forces of Ukraine", None)
_RU_FORCES = ("Military Forces of Russia", None)


def test_a_guessed_doer_does_not_split_the_story():
    """(Found on the dev story of the Kerch bridge, 2022-10-08/09: bloggers' guess that
    Ukrainian saboteurs did it set the incident's doer, and the next day's account blaming
    Russian services stood apart.)"""
    from helpers_fuse import source
    bloggers = source("Russian milbloggers", "milblogger", "RU")
    book = IncidentBook()
    book.add(extraction("d1", "2025-10-08", "Daily Assessment", "t1", [
        dict(place=place("Alpha", VILLAGE_A), time=day("2025-10-08"),
             sub="Remote explosive/landmine/IED", type="Explosions/Remote violence",
             actors=(None, None), evidence="A large explosion damaged the Alpha bridge"),
        dict(place=place("Alpha", VILLAGE_A), time=day("2025-10-08"),
             sub="Remote explosive/landmine/IED", type="Explosions/Remote violence",
             actors=_UA_FORCES, evidence="saboteurs used a boat to detonate the bridge",
             claim=(bloggers, "asserts", "possible", "saboteurs used a boat"))]))
    book.add(extraction("d2", "2025-10-09", "Daily Assessment", "t2", [
        dict(place=place("Alpha", VILLAGE_A), time=inferred("2025-10-09"),
             sub="Remote explosive/landmine/IED", type="Explosions/Remote violence",
             actors=_RU_FORCES, evidence="the explosion on the Alpha bridge")]))
    assert len(book.incidents(include_unanswered=True)) == 1, book.incidents()
