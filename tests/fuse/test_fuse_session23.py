"""Fusion rules of the twenty-third session, on sentences written here:
- an act the writer asks about and no source tells ("it is unclear whether Russian forces
  shelled X") starts no incident (fuse.salience.not_an_event, _WHETHER_BEFORE; read105: an
  incident the writer alone hedged), while the writer's "may have" (which leans to yes: see
  test_fuse_stories), a source's possible claim, or the writer's doubt of a source's claim
  still does (guards);
- an act the text puts near a town ("ground assaults northeast of X") is an incident near it,
  precision 2, not at the town (fuse.model.mentions_from_extraction, the event's
  location_precision; read102-106: shown at the town itself), while an act in the town stays
  at it (guard)."""

from __future__ import annotations

import pytest
from helpers_fuse import incidents_at as _at


@pytest.mark.parametrize("asked", ["It is unclear whether", "It remains unclear whether"])
def test_an_act_the_writer_alone_asks_about_starts_no_incident(pipeline, asked):
    assert not _at(pipeline, f"{asked} Russian forces shelled Sumy on September 25.", "Sumy")


def test_the_writers_may_have_still_starts_one(pipeline):
    # guard
    assert _at(pipeline, "Russian forces may have shelled Sumy on September 25.", "Sumy")


@pytest.mark.parametrize("text", [
    "A Russian milblogger claimed that Russian forces may have captured Kharkiv on September 25.",
    "A Russian milblogger claimed that Russian forces captured Kharkiv on September 25, but ISW "
    "cannot confirm this claim.",
])
def test_a_sources_possible_claim_still_starts_one(pipeline, text):
    # guards
    assert _at(pipeline, text, "Kharkiv")


def test_an_act_near_a_town_is_an_incident_near_it(pipeline):
    got = _at(pipeline, "Russian forces conducted ground assaults northeast of Kharkiv on "
                        "September 25.", "Kharkiv")
    assert got and {i["place"]["precision"] for i in got} == {2}, got


def test_an_act_in_a_town_stays_at_it(pipeline):
    # guard
    got = _at(pipeline, "Russian forces shelled Kharkiv on September 25.", "Kharkiv")
    assert got and {i["place"]["precision"] for i in got} == {1}, got
