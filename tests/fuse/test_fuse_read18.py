"""Fusion rules from the analyst reads of ISW 2022-08-29..31 (read18) and 09-21..23 (read19),
on hand-built extractions:
- an absence of fighting told ("did not conduct any ground attacks north of X") is no event:
  it starts no incident and disputes no fight near X told beside it ("advanced northeast of
  X"); a source's denial of fighting still answers it (fuse.salience.not_an_event).
"""

from __future__ import annotations

from helpers_fuse import MOD_RU, VILLAGE_A, day, extraction, place

from fogofwar.fuse.book import IncidentBook


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
