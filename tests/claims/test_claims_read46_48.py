"""Claims rules from the analyst reads of ISW 2022-03-03/04 (read46), 04-29/30 (read47) and
10-12/13 (read48), on sentences written here:
- "the chief of staff of" a unit is a role in that unit, no spokesman of a staff named before:
  it takes no side from "the Ukrainian General Staff" (claims.sources; read48);
- an act a speaker tells as a gerund ("reported destroying several tanks", "denied shelling
  the plant") is what is said (claims.attribution; read46: the claim was lost, and the
  writer stood as the source)."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _sources(nlp, text):
    doc = nlp(text)
    return {c.source.text: c.source.side for c in extract_claims(doc, [], [],
                                                                 Report(id="t", text=text))}


def test_a_chief_of_staff_of_a_unit_inherits_no_staffs_side(nlp):
    got = _sources(nlp, "The Ukrainian General Staff reported heavy shelling near the river. "
                        "The chief of staff of the Storm battalion stated that his unit had "
                        "repelled an assault.")
    assert got.get("The chief of staff of the Storm battalion", "missing") is None, got


def test_a_staffs_spokesman_still_inherits_its_side(nlp):
    # guard: the institution named again
    got = _sources(nlp, "The Ukrainian General Staff reported heavy shelling near the river. "
                        "A General Staff spokesman stated that the assault had been repelled.")
    assert got.get("A General Staff spokesman") == "UA", got


@pytest.mark.parametrize("text, cue, content", [
    ("The 93rd Brigade reported destroying several Russian tanks near the village on March 3.",
     "reported", "destroying several Russian tanks near the village on March 3"),
    ("Russian sources denied shelling the plant on March 3.", "denied",
     "shelling the plant on March 3"),
])
def test_an_act_told_as_a_gerund_is_what_is_said(nlp, text, cue, content):
    doc = nlp(text)
    got = [c for c in extract_claims(doc, [], [], Report(id="t", text=text)) if c.cue.text == cue]
    assert got and got[0].content.text == content, got
