"""Claims rules from the analyst reads of ISW 2022-08-29..31 (read18) and 09-21..23 (read19),
on sentences written here:
- a sentence-level relative clause of denial or confirmation is its speaker's verdict on the
  clause before it: "X claimed that forces took Y, which Z denied" (Z denies the taking of
  Y), "..., a claim which Z refuted", "..., which was denied by Z", "..., which ISW cannot
  confirm" (ISW leaves it open); the first claim's content stops before the verdict
  (claims.attribution._relative_verdict, _cut_verdict);
- a date after a source is no part of its name ("Social media footage from September 20")
  (claims.attribution._source_span; read19).
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


@pytest.mark.parametrize("text, verdict", [
    ("Russian bloggers claimed that Russian troops captured Vuhledar on May 3, which the "
     "Ukrainian General Staff denied.", ("denied", "denies", "certain")),
    ("Russian bloggers claimed that Russian troops captured Vuhledar on May 3, which was "
     "denied by the Ukrainian General Staff.", ("denied", "denies", "certain")),
    ("Russian bloggers claimed that Russian troops captured Vuhledar on May 3, a claim which "
     "the Ukrainian General Staff refuted.", ("refuted", "denies", "certain")),
])
def test_a_relative_verdict_judges_the_clause_before_it(nlp, text, verdict):
    got = _claims(nlp, text)
    claimed = [c for c in got if c[1] == "claimed"]
    judged = [c for c in got if c[1] == verdict[0]]
    content = "Russian troops captured Vuhledar on May 3"
    assert [c[4] for c in claimed] == [content], got
    assert [c[2:] for c in judged] == [(*verdict[1:], content)], got


def test_a_relative_doubt_is_no_claim_but_ends_the_claim(nlp):
    got = _claims(nlp, "Russian bloggers claimed that Russian troops captured Vuhledar on May 3, "
                       "which ISW cannot independently confirm.")
    assert [(c[1], c[4]) for c in got] == [
        ("claimed", "Russian troops captured Vuhledar on May 3")], got


def test_a_relative_clause_on_a_thing_is_no_verdict(nlp):
    text = ("Russian bloggers claimed that Russian troops shelled the positions which the "
            "Ukrainian General Staff denied using.")
    got = _claims(nlp, text)
    assert [c[1] for c in got] == ["claimed"], got


def test_a_date_is_no_part_of_a_source(nlp):
    got = _claims(nlp, "Social media footage from September 20 showed explosions in Melitopol.")
    assert [c[0] for c in got] == ["Social media footage"], got
