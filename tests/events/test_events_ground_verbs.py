"""Verbs that take ground only with ground as their object: "take", "secure", "clear".
Invented sentences through the real pipeline."""

from __future__ import annotations

import pytest

from fogofwar.records import Report

CAPTURE = "Non-state actor overtakes territory"


def _subs(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-04-17"))
    return [e.sub_event_type for e in ext.events]


@pytest.mark.parametrize("text", [
    "Russian forces previously secured Melitopol late on February 25.",
    "Russian forces have likely secured control of the city and are consolidating positions.",
    "The ministry claimed that Russian forces cleared the entirety of urban Zarichne.",
    "Russian forces cleared the village of Dmytrivka on Tuesday.",
])
def test_securing_or_clearing_a_place_is_taking_it(pipeline, text):
    assert CAPTURE in _subs(pipeline, text)


@pytest.mark.parametrize("text", [
    "Ukrainian officials secured funding for new drones.",
    "Negotiators secured the release of 50 prisoners.",
    "Workers cleared rubble in Kharkiv.",
    "The government secured Western support.",
    "Police secured the area around the embassy.",
])
def test_securing_or_clearing_anything_else_takes_no_ground(pipeline, text):
    assert CAPTURE not in _subs(pipeline, text)


@pytest.mark.parametrize("text", [
    "Had the Russians taken Mariupol quickly, they would have advanced further.",
    "Were Russian forces to seize the dam, Ukraine would lose its water supply.",
    "Should Russian forces capture Bakhmut, they will push toward Kramatorsk.",
])
def test_a_clause_opened_by_an_auxiliary_before_its_subject_is_a_condition(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-04-17"))
    captures = [e for e in ext.events if e.sub_event_type == CAPTURE]
    assert captures and all(e.modality == "hypothetical" for e in captures), ext.events


def test_a_past_perfect_capture_is_still_a_capture(pipeline):
    ext = pipeline.run(Report(id="t", text="Russian forces had taken Mariupol by then.",
                              published="2022-04-17"))
    assert [e.modality for e in ext.events if e.sub_event_type == CAPTURE] == ["asserted"]


def test_a_date_that_modifies_a_thing_dates_the_thing_not_the_acts_around_it(pipeline):
    """"are carrying out ground attacks against the plant despite Putin's April 21 statement":
    the attacks are of the report's day; "the April 21 strike" keeps its date."""
    text = ("Russian forces are carrying out ground attacks against the plant despite Russian "
            "President Vladimir Putin's April 21 statement that Russia would cease its "
            "assaults. The April 21 strike on Kramatorsk killed 50 civilians.")
    ext = pipeline.run(Report(id="t", text=text, published="2022-04-25"))
    dated = {e.evidence.text[:20]: ext.times[e.time].value for e in ext.events
             if e.time is not None}
    assert dated.get("Russian forces are c") == "2022-04-25", dated
    assert dated.get("The April 21 strike ") == "2022-04-21", dated


def test_a_dated_statement_dates_what_it_tells(pipeline):
    text = ("A milblogger criticized Moscow Mayor Sergey Sobyanin's October 17 statement that "
            "the mobilization in Moscow City ended.")
    ext = pipeline.run(Report(id="t", text=text, published="2022-10-21"))
    values = [ext.times[e.time].value for e in ext.events if e.time is not None]
    assert "2022-10-17" in values, ext.events
