"""One report naming two settlements names two events, however close the towns: "intense
fighting in Severodonetsk and Rubizhne" (10.6 km apart) was one incident (read12 on ISW
2022-04-27); an analyst codes one event per settlement (fuse.fusion._score)."""

from __future__ import annotations

from helpers_fuse import fused_incidents

from fogofwar.records import Report


def test_two_towns_of_one_report_are_two_incidents(pipeline):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="Wire A", published="2022-04-27",
        text="Russian forces fought near Severodonetsk and Rubizhne on April 27.")])
    places = sorted((i["place"] or {}).get("name") or "" for i in incs)
    assert len(incs) == 2, places


def test_one_town_told_by_two_reports_is_one_incident(pipeline):
    incs = fused_incidents(pipeline, [
        Report(id="a", source="Wire A", published="2022-04-27",
               text="Russian forces shelled Severodonetsk on April 27."),
        Report(id="b", source="Wire B", published="2022-04-27",
               text="Haidai said Russian forces shelled Severodonetsk on April 27.")])
    assert len(incs) == 1, [(i["title"], i["place"]) for i in incs]
