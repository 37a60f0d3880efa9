"""A content that opens by saying its teller cannot vouch for what follows is a hedge, not an
assertion (nor a denial): "the US has no confirmation that ...", "there is no evidence that
...", "they could not independently verify that ..." (read15: a US official was stored as
asserting, certain, a recapture he said was unconfirmed). Sentences written here."""

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
