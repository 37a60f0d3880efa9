"""Claims rules from analyst reads of ISW 2022-05-09..11 (read15) and 05-24..26 (read16),
on sentences written here:
- a content that opens by saying its teller cannot vouch for what follows is a hedge, not
  an assertion (nor a denial): "the US has no confirmation that ...", "there is no evidence
  that ...", "they could not independently verify that ..." (a US official was stored as
  asserting, certain, a recapture he said was unconfirmed) (claims.factuality._UNVOUCHED);
- "maintained that ..." is a claim, "maintained positions" is not (claims.cues.CLAUSE_ONLY_VERBS);
- a speaker the parser made a conjunct of the object before it is the source, without that
  object: "... are forming reserves and a spokesman for X stated", "... the Y area and
  Ukrainian sources stated" (claims.attribution._speaker_conjunct, _speaker_after_and)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _said(nlp, text):
    doc = nlp(text)
    [c] = [c for c in extract_claims(doc, [], [], Report(id="t", text=text))
           if c.cue.text == "said"]
    return c


@pytest.mark.parametrize("text", [
    "A Pentagon spokesman said that the US has no confirmation that Ukrainian troops "
    "retook Kozacha Lopan.",
    "Local officials said that there is no evidence that Russian forces captured Vuhledar.",
    "The governor said they could not independently verify that the depot was destroyed.",
])
def test_an_unvouched_content_is_a_hedge(nlp, text):
    c = _said(nlp, text)
    assert (c.stance, c.certainty) == ("asserts", "unknown"), c


@pytest.mark.parametrize("text, stance", [
    ("Local officials said that Russian forces captured Vuhledar.", "asserts"),
    ("Local officials said that Russian forces did not capture Vuhledar.", "denies"),
])
def test_a_plain_content_keeps_its_stance_and_certainty(nlp, text, stance):
    c = _said(nlp, text)
    assert (c.stance, c.certainty) == (stance, "certain"), c


@pytest.mark.parametrize("text, cue, source", [
    ("The General Staff noted that Russian troops are forming reserves and a spokesman for the "
     "Mykolaiv Military Administration stated that Russian forces shelled Ochakiv.", "stated",
     "a spokesman for the Mykolaiv Military Administration"),
    ("Russian forces continued attempts to encircle the Toshkivka-Hirske area and Ukrainian "
     "sources stated that fighting continued in Hirske.", "stated", "Ukrainian sources"),
])
def test_a_speaker_the_parser_joined_to_an_object_is_the_source(nlp, text, cue, source):
    # read15/read16: "Reserves and a spokesman ..." and "... area and Ukrainian sources"
    doc = nlp(text)
    got = [c.source.text for c in extract_claims(doc, [], [], Report(id="t", text=text))
           if c.cue.text == cue]
    assert got == [source], got


@pytest.mark.parametrize("text, want", [
    ("Local officials maintained that Ukrainian forces repelled the assault on Vuhledar.",
     ["Ukrainian forces repelled the assault on Vuhledar"]),
    ("Russian forces maintained positions near Vuhledar.", []),
])
def test_maintained_that_is_a_claim_and_maintained_positions_is_not(nlp, text, want):
    # read17: "but Ukrainian officials maintained that ..." (a counter-claim) was lost
    doc = nlp(text)
    got = [c.content.text for c in extract_claims(doc, [], [], Report(id="t", text=text))
           if c.cue.text == "maintained"]
    assert got == want, got
