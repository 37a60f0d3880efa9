"""A disaster told of a named target's loss denies the attack on it: the Russian MoD saying
the cruiser sank in a storm denies that Ukrainian missiles struck it (fuse.grade._other_cause;
ISW 2022-04-14 on the Moskva). A fire a strike started in a town stays its consequence."""

from __future__ import annotations

from helpers_fuse import fused_incidents

from fogofwar.records import Report


def _incidents(pipeline, text: str):
    return fused_incidents(pipeline, [Report(id="r", source="Daily Monitor",
                                             published="2022-04-14", text=text)])


def test_a_storm_told_of_a_struck_ship_denies_the_strike(pipeline):
    incs = _incidents(pipeline, (
        "Ukrainian forces claimed to strike the cruiser Moskva with two Neptune anti-ship "
        "missiles on April 13. The Russian Ministry of Defense claimed the Moskva sank in a "
        "storm while being towed to port."))
    strikes = [i for i in incs if i["event_type"] == "Explosions/Remote violence"]
    assert strikes, incs
    stances = {s["canonical"]: s["stance"] for s in strikes[0]["sources"]}
    assert stances.get("Russian Ministry of Defense") == "denies", stances
    assert stances.get("Ukrainian forces") == "asserts", stances
