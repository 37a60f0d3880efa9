"""A place said to be still held answers the claim that it fell: through the real pipeline
and the store, "claimed full control of X" and a later "forces retain control of X" are one
change-of-control incident, asserted by one party and denied by the other (issue 11: "X
remains under Ukrainian control despite Russian claims of its capture")."""

from __future__ import annotations

import pytest
from helpers_fuse import fused_incidents

from fogofwar.records import Report

pytestmark = pytest.mark.slow


def test_a_place_still_held_denies_the_claim_that_it_fell(pipeline):
    from fogofwar.fuse.compat import family

    reports = [
        Report(id="claim", source="Daily Monitor", published="2025-06-24",
               text="The Russian Ministry of Defense claimed full control of Lysychansk on "
                    "June 24."),
        Report(id="answer", source="Daily Monitor", published="2025-06-25",
               text="The Ukrainian General Staff stated on June 25 that Ukrainian forces "
                    "retain control of Lysychansk."),
    ]
    incs = [i for i in fused_incidents(pipeline, reports)
            if family(i["event_type"], i["sub_event_type"]) == "territory"]
    assert len(incs) == 1, incs
    [inc] = incs
    stances = {s["canonical"]: s["stance"] for s in inc["sources"]}
    assert stances["Russian Ministry of Defense"] == "asserts"
    assert stances["Ukrainian General Staff"] == "denies"
    assert inc["status"] == "disputed"


def test_a_place_held_despite_claims_of_its_capture(pipeline):
    """The issue's own sentence: the Russian side asserts the capture, the writer denies it."""
    text = "The city of Bakhmut remains under Ukrainian control despite Russian claims of its capture."
    [inc] = fused_incidents(pipeline, [Report(id="r", source="Daily Monitor",
                                              published="2025-06-25", text=text)])
    stances = {s["canonical"]: s["stance"] for s in inc["sources"]}
    assert stances == {"Daily Monitor": "denies", "Government of Russia": "asserts"}
    assert inc["status"] == "disputed"
