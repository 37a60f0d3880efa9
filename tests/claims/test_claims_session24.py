"""Claims rules of the twenty-fourth session, on sentences written here:
- a speaker who says an act does not weigh much ("Russia's incremental gains around X are not
  significant") grants it and plays it down: it asserts, no denial (claims.factuality.
  _played_down; read128: a US official stood as denying the gains), while claims called
  false stay denied (guard);
- a state of affairs that "indicates" something ("The willingness of Ukrainian forces to
  concentrate forces indicates X") is the writer's inference, no source, though a party is
  named in it (claims.attribution._agentive, _STATES_OF_AFFAIRS; read127: a source
  "Willingness of Ukrainian forces"), while a person who indicates stays one (guard)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _claims(nlp, text):
    doc = nlp(text)
    return extract_claims(doc, [], [], Report(id="t", text=text))


def test_an_act_played_down_is_granted(nlp):
    got = _claims(nlp, "An unnamed US defense official said that Russia's incremental gains "
                       "around Izium are not significant.")
    assert [c.stance for c in got] == ["asserts"], got


def test_claims_called_false_stay_denied(nlp):
    # guard
    got = _claims(nlp, "The official said that the claims of Russian gains around Izium are "
                       "false.")
    assert [c.stance for c in got] == ["denies"], got


def test_a_state_of_affairs_that_indicates_is_no_source(nlp):
    got = _claims(nlp, "The willingness of Ukrainian forces to concentrate forces for this "
                       "offensive indicates that Ukrainian commanders are confident.")
    assert not got, got


def test_a_person_who_indicates_stays_a_source(nlp):
    # guard
    got = _claims(nlp, "The head of the Luhansk administration indicated that Russian forces "
                       "shelled Izium.")
    assert [c.source.canonical for c in got] == ["Head of the Luhansk administration"], got
