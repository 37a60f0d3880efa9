"""Claims rules from the analyst reads of ISW 2022-03-05/07 (read32), 08-16..18 (read33) and
09-01/02/14 (read34), on sentences written here:
- what a denial withholds from people, or the access it refuses, is no statement denied:
  "denied the inhabitants of X water" (claims.attribution._WITHHELD_FROM; read32);
- people who saw it speak for themselves after "and": "Satellite imagery shows barge
  movement near X and locals stated ..." has the locals as a source, not "Barge movement near
  X and locals" (claims.attribution._SPEAKER_HEADS, _speaker_after_and; read33);
- "another" after "One milblogger claimed ..." is a second source of the kind last named,
  not a source called "Another" (claims.sources._ANOTHER; read34)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _claims(nlp, text):
    doc = nlp(text)
    return extract_claims(doc, [], [], Report(id="t", text=text))


def test_a_denial_withheld_from_people_is_no_claim(nlp):
    text = "Russian forces denied the inhabitants of the town water and electricity for a week."
    assert not [c for c in _claims(nlp, text) if c.cue.text == "denied"]


def test_a_denial_of_a_report_stays_one(nlp):
    # guard
    text = "The Russian Ministry of Defense denied reports that its forces shelled the town."
    got = [c for c in _claims(nlp, text) if c.cue.text == "denied"]
    assert got and got[0].stance == "denies", got


def test_locals_after_an_observation_are_the_source(nlp):
    text = ("Satellite imagery shows barge movement near the bridge and locals stated that "
            "Russian forces shelled the town.")
    srcs = {c.source.text for c in _claims(nlp, text) if c.cue.text == "stated"}
    assert srcs and all("barge" not in s.lower() for s in srcs), srcs


def test_another_is_a_second_source_of_the_kind(nlp):
    text = ("One Russian milblogger claimed that Russian forces captured the village, and "
            "another noted that Ukrainian forces shelled the village.")
    got = [c for c in _claims(nlp, text) if c.cue.text == "noted"]
    assert got and got[0].source.canonical != "Another", got
    assert "milblogger" in got[0].source.canonical.lower(), got
