"""A writer that cannot verify a claim leaves it open; it does not deny it (issue 11: "ISW
cannot independently verify Russian claims about Ukrainian counteroffensive operations in the
Kreminna and Svatove directions" had made the Government of Russia *deny* the operations, so
fighting at both towns came out disputed)."""

from __future__ import annotations

import pytest

from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _fused(pipeline, reports: list[Report]) -> list[dict]:
    """The incidents of ``reports`` stored and fused in a fresh store."""
    from fogofwar.incidents import fuse_pending, list_incidents
    from fogofwar.store import Store

    with Store.open(":memory:") as store:
        for ext in pipeline.run_many(reports):
            store.save(ext)
        fuse_pending(store.db)
        return list_incidents(store.db)


def _incidents(pipeline, text: str) -> list[dict]:
    return _fused(pipeline, [Report(id="r", source="Daily Monitor", published="2022-10-22",
                                    text=text)])


def _stances(inc: dict) -> dict[str, str]:
    return {s["canonical"]: s["stance"] for s in inc["sources"]}


def test_claims_the_writer_cannot_verify_are_asserted_by_their_source(pipeline):
    incs = _incidents(pipeline, "Daily Monitor cannot independently verify Russian claims about "
                                "Ukrainian counteroffensive operations in the Kreminna and "
                                "Svatove directions.")
    at = {i["place"]["name"]: i for i in incs if i.get("place")}
    assert {"Kreminna", "Svatove"} <= set(at), incs
    for name in ("Kreminna", "Svatove"):
        assert _stances(at[name]) == {"Government of Russia": "asserts", "Daily Monitor": "hedges"}
        assert at[name]["status"] != "disputed"
        # the writer's hedge is its own voice, not a relay of the claim nor a second witness
        row = next(s for s in at[name]["sources"] if s["canonical"] == "Daily Monitor")
        assert row["relays"] is None and row["rests_on"] is None


def test_cannot_confirm_is_a_hedge_not_a_denial(pipeline):
    [inc] = [i for i in _incidents(pipeline, "The Ukrainian General Staff could not confirm that "
                                             "Russian forces captured Pavlivka.")
             if i.get("place")]
    stances = _stances(inc)
    assert "denies" not in stances.values(), stances
    assert stances.get("Ukrainian General Staff") == "hedges"


def test_a_negated_verification_leaves_the_event_possible(nlp):
    from fogofwar.events.polarity import modality

    doc = nlp("ISW cannot independently verify Russian claims about Ukrainian counteroffensive "
              "operations near Kreminna.")
    [trigger] = [t for t in doc if t.lower_ == "operations"]
    assert modality(trigger) == "possible"
    doc = nlp("Ukrainian forces did not capture Kreminna.")
    [trigger] = [t for t in doc if t.lower_ == "capture"]
    assert modality(trigger) == "negated"


def test_a_doubt_after_the_claim_and_sentences_ended_by_citations(pipeline):
    """"X claimed ..., but ISW is unable to independently verify this claim" is the writer's
    hedge; and a sentence ends at ".[9] " as at ". ": "Ukrainian forces remained in control of
    Rubizhne" in the sentence before does not make the writer deny a capture of Kreminna."""
    text = ("Ramzan Kadyrov claimed that Chechen troops took full control of Rubizhne on April "
            "20, but Daily Monitor is unable to independently verify this claim, and the "
            "Ukrainian General Staff reported Ukrainian forces remained in control of "
            "Rubizhne.[9] Pro-Russian sources additionally claimed that Russian forces took "
            "control of Kreminna on April 20.[11]")
    at = {i["place"]["name"]: i for i in _incidents(pipeline, text) if i.get("place")}
    assert "Kreminna" in at, at
    assert _stances(at["Kreminna"]).get("Daily Monitor") != "denies"
    assert "Rubizhne" in at, at
    assert _stances(at["Rubizhne"]).get("Daily Monitor") in ("hedges", "denies")


@pytest.mark.parametrize("named_back", [
    # next day, undated
    "Russian officials blamed the Kerch Strait Bridge explosion on Ukrainian special services.",
    # "Russian domestic responses to the Kerch Strait Bridge explosion on October 9": the date
    # may be the responses', a day off the structure's strike
    "Russian domestic responses to the Kerch Strait Bridge explosion on October 9 were varied.",
    # a sentence that opens with the reference (capital "The"), told as an attack on the
    # bridge: a strike on the structure, not fighting at the strait it is named for
    "The attack on the Kerch Strait Bridge, coupled with recent military failures, angered "
    "Russian milbloggers.",
    # the responsibility is withheld, not the explosion: it stays asserted
    "Ukrainian officials have not formally taken responsibility for the explosion at the "
    "Kerch Strait Bridge.",
])
def test_a_structures_explosion_named_back_the_next_day_is_the_same_incident(pipeline, named_back):
    """ISW 2022-10-08/09: "A large-scale explosion damaged the Kerch Strait Bridge ... on
    October 8" and, next day, "the Kerch Strait Bridge explosion" (undated, or dated a day
    off) are one incident; a town's strikes named back are not joined (fuse.fusion.restates)."""
    reports = [
        Report(id="d1", source="Daily Monitor", published="2022-10-08",
               text="A large-scale explosion damaged the Kerch Strait Bridge on October 8."),
        Report(id="d2", source="Daily Monitor", published="2022-10-09", text=named_back),
    ]
    incs = [i for i in _fused(pipeline, reports) if i["event_type"] == "Explosions/Remote violence"]
    assert len(incs) == 1, [(i["title"], i["events"], i["time"]) for i in incs]
    assert {e.split(":")[0] for e in incs[0]["events"]} == {"d1", "d2"}


def test_blaming_the_other_side_for_ones_own_sides_strike_denies_it(pipeline):
    """ISW 2022-03-16/17: the Mariupol Drama Theater strike, told by the city council as a
    Russian airstrike; "the Russian Ministry of Defense falsely accused Ukrainian forces of
    bombing the Mariupol Drama Theater" is the ministry denying the Russian strike (it lays it
    on the other party), and the writer calling that false still says Russia struck it."""
    reports = [
        Report(id="d1", source="Daily Monitor", published="2022-03-16",
               text="The city council stated that Russian aircraft destroyed the Drama Theater "
                    "in Mariupol on March 16."),
        Report(id="d2", source="Daily Monitor", published="2022-03-17",
               text="The Russian Ministry of Defense falsely accused Ukrainian forces of bombing "
                    "the Drama Theater in Mariupol on March 16."),
    ]
    every = _fused(pipeline, reports)
    incs = [i for i in every if len(i["events"]) > 1]
    assert len(incs) == 1, [(i["title"], i["events"], _stances(i)) for i in every]
    stances = _stances(incs[0])
    assert stances["Russian Ministry of Defense"] == "denies"
    assert stances.get("Daily Monitor") != "denies"


def test_a_strike_named_back_and_laid_on_the_other_side_is_a_denial_of_that_strike(pipeline):
    """ISW 2022-04-08 (the Kramatorsk station): "Russian sources claimed both that the strike
    did not occur and that Ukrainian forces launched the strike": both speak of the strike
    told before; they join its incident (no incident of their own), and the Russian sources,
    laying it on Ukraine, deny the Russian strike."""
    reports = [
        Report(id="d1", source="Daily Monitor", published="2022-04-08",
               text="A Russian Tochka-U missile struck the rail station in Kramatorsk on April 8, "
                    "killing at least 50. Russian sources claimed both that the strike did not "
                    "occur and that Ukrainian forces launched the strike as a false flag."),
    ]
    every = _fused(pipeline, reports)
    strikes = [i for i in every if i["event_type"] == "Explosions/Remote violence"]
    assert len(strikes) == 1, [(i["title"], i["events"]) for i in every]
    assert len(strikes[0]["events"]) == 3
    assert _stances(strikes[0]).get("Russian sources") == "denies"
