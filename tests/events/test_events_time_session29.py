"""Time rules of the twenty-ninth session, from the analyst reads of ISW 07-07, 07-08, 07-16
(read217), 09-25..27 (read219) and 10-06, 10-20, 10-23 (read220), on sentences written here:
- a yearless day in a clause under "will" ahead of publication is the next one, where the
  parser hung the modal on a verb it read as an auxiliary ("will annex occupied territory",
  "annex" an aux of "occupied") or read the participle as a past tense in an open complement
  ("will seize occupied territory": "occupied" an xcomp): the tense is the modal's (time.
  tense._auxes, _tensed; read219: "by or soon after October 1" dated a year back), while a
  past act's day stays behind publication (guard);
- a day in a citation aside ("As ISW noted on May 3, ...") is the cited report's: it dates no
  act of the main clause (events._citing_aside; read220: a forecast dated by it), while "X
  reported on May 3 that forces shelled Y" dates the shelling (guard);
- a picture "dated May 1 and 2" dates what it shows, like footage "from" a day (events.
  _evidence_dated, _picture_made), not the writer's comment on it in a relative clause nor an
  act with a vague time of its own ("which suggests that ... in the face of recent
  counterattacks": events._shown_by; read220: the advances dated by the imagery), while an
  act the picture shows takes its day (guard);
- a relative span in what a source tells ("reported on May 4 that forces struck and destroyed
  40 vehicles in the past few days") dates the act as a period ending on the report's day; the
  telling's day dates the told acts only where their clause names no time, one shared through
  coordinated verbs included (events._told_day; read220: the span lost a tie to the day);
- an undated sentence that names the act or place just told by a bare definite noun ("shot
  down two of the missiles", "are still clearing the settlement") continues it, on its day
  (events._names_back in _continuing_time; read217: a second Dnipro strike on the report's
  day; read219: the clearing a day late), past a sentence the parser made of note marks alone
  ("... on May 2.[14] Footage shows ...": events._sentence_before, for this check only: the
  rules of subjects let past them carried days along paragraphs; read217), while a new act
  or one at "the city of X" keeps the report's day (guards);
- a time in a coordinated clause with a subject of its own and no act ("..., but ISW cannot
  confirm the extent of the damage at this time") dates nothing in the clause before it
  (events._own_conjunct; read217: the Russian MoD's strike claim dated the report's day, not
  the strike's), while a conjunct's own act keeps its time (guard);
- the act of an "after" clause with its own subject ("detained a student on May 3 after he
  threw Molotov cocktails at an office in X") was done by the dated act's day: that day, not
  the report's (events._ahead_of, the same rule the events helper wrote, kept once; read220:
  the Kazan throw dated a day after the arrest),
  while a day of its own stays (guard)."""

from __future__ import annotations

from datetime import date

import pytest

from fogofwar.geo.index import NewPlace
from fogofwar.records import Report
from fogofwar.time import extract_times
from helpers_events import pipeline_over, town

_LEAD = "Russian forces continued offensive operations in eastern Ukraine on May 4.\n\n"

_PLACES = [
    NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
             population=41_000_000),
    town(9901, "Izyum", 49.21, 37.26, "07", 46_000, code="PPLA2"),
    town(9902, "Balakliia", 49.46, 36.86, "07", 26_000),
    town(9903, "Dnipro", 48.45, 34.98, "04", 980_000, code="PPLA"),
    town(9904, "Zaporizhzhia", 47.84, 35.14, "26", 720_000, code="PPLA"),
]


@pytest.fixture(scope="module")
def hand_pipeline():
    """The pipeline over a hand-made gazetteer of the towns these sentences name."""
    return pipeline_over(_PLACES)


def _dated(pipeline, text: str, published: str = "2022-05-04") -> list[tuple]:
    """(place, time value) of each event told after the lead."""
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published=published))
    return [(ext.places[e.location].name if e.location is not None else None,
             ext.times[e.time].value if e.time is not None else None)
            for e in ext.events if e.evidence.start >= len(_LEAD)]


def _values(nlp, text: str, published: str) -> list[str | None]:
    return [t.value for t in extract_times(nlp(text), date.fromisoformat(published))]


@pytest.mark.parametrize("text,want", [
    ("Analysts forecasted that Moscow will annex occupied Ukrainian territory by October 1.",
     "2022-10-01"),
    ("Kyiv expected that Moscow will seize occupied Ukrainian territory by October 4.",
     "2022-10-04"),
])
def test_a_day_under_will_lies_ahead(nlp, text, want):
    assert _values(nlp, text, "2022-09-27") == [want]


def test_a_past_acts_day_stays_behind(nlp):
    # guard
    got = _values(nlp, "Russian forces seized occupied positions near the river on October 4.",
                  "2022-09-27")
    assert got == ["2021-10-04"], got


def test_a_citation_aside_dates_no_act(hand_pipeline):
    got = _dated(hand_pipeline, "As ISW noted on May 3, Russian troops are likely preparing to "
                                "shell Izyum after they withdraw from Balakliia.")
    assert got and all(v != "2022-05-03" for _p, v in got), got


def test_reported_on_a_day_that_dates_the_act(hand_pipeline):
    # guard
    got = _dated(hand_pipeline, "The General Staff reported on May 3 that Russian forces "
                                "shelled Izyum.")
    assert got == [("Izyum", "2022-05-03")], got


def test_a_pictures_day_is_not_its_comments(hand_pipeline):
    got = _dated(hand_pipeline, "Satellite imagery dated May 1 and 2 shows new Russian "
                                "positions near Izyum, which suggests that Russian forces are "
                                "regrouping in the face of recent Ukrainian counterattacks "
                                "near Balakliia.")
    assert ("Balakliia", "2022-05-01/2022-05-02") not in got, got


def test_a_dated_picture_dates_what_it_shows(hand_pipeline):
    # guard
    got = _dated(hand_pipeline, "Satellite imagery dated May 2 shows that Russian forces "
                                "destroyed a bridge near Izyum.")
    assert got == [("Izyum", "2022-05-02")], got


@pytest.mark.parametrize("text,want", [
    ("The General Staff reported on May 4 that Ukrainian forces struck and destroyed up to 40 "
     "Russian vehicles near Izyum in the past few days.", {"2022-04-27/2022-05-04"}),
    ("The General Staff stated on May 3 that Ukrainian forces repelled Russian attacks and "
     "destroyed two tanks near Izyum over the past five days.", {"P5D"}),
])
def test_a_told_span_beats_the_telling_day(hand_pipeline, text, want):
    got = _dated(hand_pipeline, text)
    assert got and {v for _p, v in got} == want, got


def test_the_missiles_named_back_keep_their_day(hand_pipeline):
    got = _dated(hand_pipeline, "Russian forces fired four Kalibr missiles at Dnipro on May 2. "
                                "Ukrainian air defenses shot down two of the missiles over "
                                "Zaporizhzhia.")
    assert ("Zaporizhzhia", "2022-05-02") in got, got


def test_the_settlement_named_back_keeps_its_day(hand_pipeline):
    got = _dated(hand_pipeline, "Ukrainian forces recaptured Balakliia on May 2. Ukrainian "
                                "troops are still clearing the settlement.")
    assert got and {v for _p, v in got} == {"2022-05-02"}, got


def test_a_note_mark_sentence_breaks_no_continuation(hand_pipeline):
    got = _dated(hand_pipeline, "Russian forces fired three cruise missiles at Dnipro on the "
                                "night of May 2.[14] Footage shows air defenses downing one of "
                                "the missiles, and two missiles struck an industrial area in "
                                "Dnipro.[15]")
    assert got and all(v.startswith("2022-05-02") for _p, v in got), got


@pytest.mark.parametrize("text", [
    "Russian forces fired missiles at Dnipro on May 2. Russian forces shelled Zaporizhzhia.",
    "Russian forces shelled Izyum on May 1. Russian forces also shelled the city of "
    "Zaporizhzhia.",
])
def test_a_new_act_keeps_the_reports_day(hand_pipeline, text):
    # guard
    got = _dated(hand_pipeline, text)
    assert ("Zaporizhzhia", "2022-05-04") in got, got


def test_a_verifying_conjuncts_time_dates_no_act_before_it(hand_pipeline):
    got = _dated(hand_pipeline, "Russian forces fired cruise missiles at Izyum on May 2. The "
                                "Russian Ministry of Defense claimed that Russian missiles "
                                "destroyed a factory in Dnipro, but ISW cannot confirm the "
                                "extent of the damage at this time.")
    assert ("Dnipro", "2022-05-02") in got, got


def test_a_conjuncts_own_act_keeps_its_time(hand_pipeline):
    # guard
    got = _dated(hand_pipeline, "Russian forces shelled Izyum, and Ukrainian forces repelled an "
                                "assault near Balakliia on May 3.")
    assert ("Balakliia", "2022-05-03") in got, got


def test_an_after_clauses_act_is_done_by_the_day(hand_pipeline):
    got = _dated(hand_pipeline, "Police also detained a student on May 3 after he threw three "
                                "Molotov cocktails at a military enlistment office in "
                                "Balakliia.")
    assert ("Balakliia", "2022-05-03") in got, got


def test_an_after_clauses_own_day_stays(hand_pipeline):
    # guard
    got = _dated(hand_pipeline, "Police also detained a student on May 3 after he threw three "
                                "Molotov cocktails at a military enlistment office in "
                                "Balakliia on April 30.")
    assert ("Balakliia", "2022-04-30") in got, got
