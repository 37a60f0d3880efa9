"""Rules from the analyst read of ISW 2022-06-21..23 (read25), on sentences written here:
- a subject that names no one ("No official sources have confirmed the capture of X",
  "Neither Ukrainian nor Russian sources confirmed ...") leaves the act unconfirmed, as
  "sources have not confirmed" does, and is no source (nlp.syntax.nobody_subject, events.
  polarity.modality, claims.attribution; read25: two captures stood confirmed by a source
  named "Neither official Ukrainian nor Russian sources");
- a participle of held ground after a preposition is the place's adjective ("soldiers in
  occupied X"), and one the parser made a clause of the strike verb is too ("shelled occupied
  X" is shelling at X) (events.detect.held_ground_object; read25: a capture of a town held for
  months);
- the object of a strike verb is the place struck, not its government ("struck Kyiv")
  (events.actors._is_agentive; read25: a strike on the capital had no place);
- units fixed in place or encircled are fought, regrouping forces move (events.
  lexicon_events; read25: no event).
"""

import pytest

from fogofwar.records import Report
from helpers_events import rows_after

_LEAD = "Russian forces continued offensive operations against Ukrainian forces near Izyum.\n\n"


def _rows(pipeline, text):
    return [r for r in rows_after(pipeline, _LEAD, text, "2022-06-23") if r[2] != "Izyum"]


@pytest.mark.parametrize("subject", [
    "No official sources have", "Neither official Ukrainian nor Russian sources have",
])
def test_a_capture_no_source_confirmed_is_unconfirmed_and_has_no_source(pipeline, subject):
    text = f"{subject} confirmed the capture of Sievierodonetsk."
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-06-23"))
    took = [e for e in ext.events if e.event_type == "Strategic developments"
            or "territory" in e.sub_event_type]
    assert took and all(e.modality == "possible" for e in took), ext.events
    assert not ext.claims, ext.claims


def test_sources_that_confirmed_a_capture_still_assert_it(pipeline):
    # guard: a named subject's confirmation stands
    text = "Ukrainian officials confirmed the capture of Sievierodonetsk on June 22."
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-06-23"))
    assert [c.stance for c in ext.claims] == ["asserts"], ext.claims


def test_a_town_called_occupied_after_a_preposition_is_no_capture(pipeline):
    rows = _rows(pipeline, "Wounded Russian soldiers in occupied Tokmak, Zaporizhia Oblast, "
                           "are appealing to local doctors.")
    assert not [r for r in rows if "territory" in r[0]], rows


def test_shelling_an_occupied_town_is_shelling_at_it(pipeline):
    rows = _rows(pipeline, "Ukrainian forces shelled occupied Tokmak on June 22.")
    assert ("Shelling/artillery/missile attack", "Tokmak") in {(r[0], r[2]) for r in rows}, rows


def test_a_capital_struck_is_the_place_struck(pipeline):
    rows = _rows(pipeline, "Russian forces struck Kyiv on June 22.")
    assert [r[2] for r in rows] == ["Kyiv"], rows


def test_a_capital_accused_is_still_its_government(pipeline):
    # guard: "accused Kyiv of ..." is Ukraine's government, no place of the accusation
    rows = _rows(pipeline, "The Kremlin accused Kyiv of shelling Donetsk on June 22.")
    assert "Kyiv" not in {r[2] for r in rows}, rows


@pytest.mark.parametrize("text,sub", [
    ("Russian forces are trying to fix in place Ukrainian units in Sloviansk.", "Armed clash"),
    ("Russian forces are moving to complete the encirclement of Ukrainian positions in "
     "Lysychansk.", "Armed clash"),
    ("Russian forces are regrouping around Bakhmut.", "Change to group/activity"),
])
def test_units_fixed_in_place_or_encircled_are_fought_and_regrouping_is_a_move(
        pipeline, text, sub):
    assert sub in {r[0] for r in _rows(pipeline, text)}, _rows(pipeline, text)
