"""Claims rules from the analyst read of ISW 2022-08-26..28 (read22), on sentences written
here:
- "has yet to confirm", "is yet to confirm" is no confirmation, as "has not confirmed": the
  strike named back is no claim of the speaker, and a clause confirmed "yet to" is left open
  (claims.attribution._yet_to; read22: Ukrainian forces stood as asserting a strike they had
  not confirmed);
- a claim passed on ("amplified claims from social media users that X", "echoed claims that
  X") is its passer's to answer for, read past the claim's own origin ("from ... users")
  (claims.cues.LIGHT_VERBS, claims.attribution._noun_attribution; read22: a capture claim's
  speakers were lost and ISW stood alone as asserting it).
"""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _claims(nlp, text):
    doc = nlp(text)
    return [(c.source.text, c.cue.text, c.stance, c.certainty, c.content.text)
            for c in extract_claims(doc, [], [], Report(id="t", text=text))]


@pytest.mark.parametrize("aux", ["have yet to", "are yet to"])
def test_yet_to_confirm_a_strike_named_back_is_no_claim(nlp, aux):
    text = (f"Russian sources said that Ukrainian forces struck a bridge in Kherson. Ukrainian "
            f"officials {aux} confirm the strike.")
    got = _claims(nlp, text)
    assert [c[0] for c in got] == ["Russian sources"], got


def test_yet_to_confirm_a_clause_leaves_it_open(nlp):
    got = _claims(nlp, "Ukrainian officials have yet to confirm that Ukrainian forces struck a "
                       "bridge in Kherson.")
    assert [(c[2], c[3]) for c in got] == [("asserts", "unknown")], got


def test_confirmed_is_still_a_confirmation(nlp):
    # guard: the plain verb confirms
    got = _claims(nlp, "Ukrainian officials confirmed that Ukrainian forces struck a bridge in "
                       "Kherson.")
    assert [(c[2], c[3]) for c in got] == [("asserts", "certain")], got


@pytest.mark.parametrize("text", [
    "A Russian official amplified claims from social media users that Russian forces have "
    "taken control of Pisky.",
    "A Russian official echoed claims that Russian forces have taken control of Pisky.",
])
def test_a_claim_passed_on_is_its_passers(nlp, text):
    got = _claims(nlp, text)
    assert [(c[0], c[2], c[4]) for c in got] == [
        ("A Russian official", "asserts", "Russian forces have taken control of Pisky")], got
