"""Statements of who holds a place: a place still held has not changed hands (a negated change
of control that answers a capture claim there); full control claimed is a capture. Only of a
settlement: positions, lines and regions held say nothing about a place changing hands."""

import pytest

from test_events_extract import place, run

TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


def _control(nlp, text, *names):
    places = [place(text, n, "UA", 1) for n in names]
    evs, places, _ = run(nlp, text, places)
    return [(places[e.location].name if e.location is not None else None, e.polarity)
            for e in evs if e.sub_event_type in TERRITORY]


@pytest.mark.parametrize("text", [
    "A Ukrainian spokesperson stated that Ukrainian forces retain control of Alphaville.",
    "Ukrainian forces still hold Alphaville, according to the General Staff.",
    "Alphaville remains under Ukrainian control despite Russian claims.",
    "Local officials said that they continue to hold Alphaville.",
])
def test_a_place_still_held_is_a_negated_change_of_control(nlp, text):
    assert _control(nlp, text, "Alphaville") == [("Alphaville", "negative")]


def test_full_control_claimed_is_a_capture(nlp):
    text = "The Russian Ministry of Defense claimed full control of Alphaville on June 24."
    assert _control(nlp, text, "Alphaville") == [("Alphaville", "positive")]


@pytest.mark.parametrize("text", [
    "Russian forces continued to hold their defensive positions near Alphaville.",
    "Russia would retain control of the satellite after launch.",
    "Officials sought to maintain control of the population.",
])
def test_positions_things_and_people_held_are_no_change_of_control(nlp, text):
    names = ["Alphaville"] if "Alphaville" in text else []
    assert _control(nlp, text, *names) == []


@pytest.mark.parametrize("text, want", [
    ("Ukrainian forces sank the landing ship in the port.", "Shelling/artillery/missile attack"),
    ("The cruiser sank on April 14 after a Ukrainian missile strike.",
     "Shelling/artillery/missile attack"),
    ("A ferry sank in the river after a collision.", "Man-made disaster"),
])
def test_a_ship_sunk_in_war_is_a_strike_not_a_wreck(nlp, text, want):
    evs, _, _ = run(nlp, text)
    assert want in {e.sub_event_type for e in evs}


def test_the_strike_named_back_under_a_wider_span_is_the_same_strike(pipeline):
    """"The Poltava missile strike follows ... in recent days": the span is the sentence's, the strike
    is the one told before; it is not a second event of that week."""
    from fogofwar.records import Report

    text = ("A Russian missile strike hit a railway depot in Poltava on June 27, killing four "
            "workers. The Poltava missile strike follows a wider wave of Russian missile strikes "
            "against Ukrainian infrastructure in recent days.")
    ext = pipeline.run(Report(id="t", text=text, published="2025-06-27"))
    at = [e for e in ext.events if e.location is not None
          and ext.places[e.location].text == "Poltava"]
    assert len(at) == 1 and "depot" in at[0].evidence.text
