"""A speaker who calls others' claims false or premature disputes what they claim: "some
milbloggers said that claims of the capture of X are premature" stands as denying the
capture the ministry claimed (claims.factuality._claims_called_false, fuse.model: a claim
naming another back with a denial keeps it; read31: the milbloggers stood as asserting it).
A speaker who repeats the claims stays asserting (guard)."""

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.records import Report

_LEAD = "Russian forces continued offensive operations near Bakhmut.\n\n"


@pytest.mark.parametrize("said, want", [
    ("claims of the capture of Soledar are premature", "denies"),
    ("claims of the capture of Soledar are accurate", "asserts"),
])
def test_claims_called_premature_are_disputed(pipeline, said, want):
    text = ("The Russian Ministry of Defense claimed that Russian forces took full control of "
            f"Soledar, but some milbloggers said that {said}.")
    ext = pipeline.run(Report(id="t", text=_LEAD + text, published="2022-10-15", source="ISW"))
    got = {a.source.canonical: a.stance for m in mentions_from_extraction(ext)
           if m.sub_event_type.endswith("territory") for a in m.attributions}
    assert got.get("Russian Ministry of Defense") == "asserts", got
    assert got.get("Milbloggers") == want, got
