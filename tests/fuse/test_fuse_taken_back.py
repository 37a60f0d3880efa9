"""In the story of a town's capture, a report of the other side taking it back disputes the
capture; a withdrawal by the side that lost it tells the story (fuse.grade._taken_back; read11
on ISW 2022-06-08: Kadyrov's capture claim and Haidai's "regained half of Severodonetsk" made
the capture "confirmed")."""

from __future__ import annotations

from helpers_fuse import fused_incidents

from fogofwar.records import Report


def _territory(incs):
    return [i for i in incs if i["sub_event_type"] in (
        "Non-state actor overtakes territory", "Government regains territory")]


def test_the_other_side_taking_the_town_back_disputes_its_capture(pipeline):
    incs = fused_incidents(pipeline, [
        Report(id="a", source="Wire A", published="2022-06-08",
               text="Ramzan Kadyrov claimed that Russian forces captured Severodonetsk on June 7."),
        Report(id="b", source="Wire B", published="2022-06-08",
               text="Serhiy Haidai stated that Ukrainian forces recaptured Severodonetsk on June 7."),
    ])
    stories = _territory(incs)
    assert len(stories) == 1, [(i["title"], i["status"]) for i in incs]
    assert stories[0]["status"] == "disputed", stories[0]["sources"]


def test_a_withdrawal_by_the_loser_tells_the_liberation(pipeline):
    incs = fused_incidents(pipeline, [
        Report(id="a", source="Wire A", published="2022-11-11",
               text="Ukrainian forces liberated Kherson on November 11."),
        Report(id="b", source="Wire B", published="2022-11-11",
               text="The Russian Ministry of Defense stated that Russian forces withdrew from "
                    "Kherson on November 11."),
    ])
    stories = _territory(incs)
    assert stories and all(i["status"] != "disputed" for i in stories), [
        (i["title"], i["status"], i["sources"]) for i in incs]
