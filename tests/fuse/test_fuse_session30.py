"""Fusion rules of the thirtieth session, on sentences written here:
- the writer passing an act on as heard ("Russian troops reportedly attacked X") grades it
  possibly true (3), a single report not corroborated, not doubtful (4) as the writer's own
  "may have attacked" is (fuse.grade._grade, fuse.model._REPORTED; read227: eight routine
  repelled assaults told with "reportedly" graded doubtful); "allegedly" still casts the
  writer's doubt (guard);
- a claim that a town is surrounded or cut off names back no fighting told at the town, only
  a change of control or another siege there (fuse.model.refers_to, _SIEGE; read227: an
  encirclement claim the writer called false stood as a witness of the day's assault and
  graded it confirmed)."""

from __future__ import annotations

from fogofwar.records import Report

from helpers_fuse import fused_incidents


def _grade_at(pipeline, text: str, place: str) -> int:
    incs = fused_incidents(pipeline, [Report(id="a", source="ISW", published="2022-07-02",
                                             text=text)])
    [inc] = [i for i in incs if (i.get("place") or {}).get("name") == place]
    return inc["credibility"]


def test_an_act_passed_on_as_heard_is_possibly_true(pipeline):
    text = "Russian troops reportedly launched an unsuccessful assault on Toshkivka on July 1."
    assert _grade_at(pipeline, text, "Toshkivka") == 3


def test_an_act_the_writer_says_may_have_happened_stays_doubtful(pipeline):
    """guard: the writer's own possibility modal is doubt."""
    text = "Russian forces may have shelled Zolote on July 1."
    assert _grade_at(pipeline, text, "Zolote") == 4


def test_an_act_told_as_alleged_stays_doubtful(pipeline):
    """guard: "allegedly" casts the writer's doubt."""
    text = "Russian troops allegedly shelled Zolote on July 1."
    assert _grade_at(pipeline, text, "Zolote") == 4


def test_a_claim_of_encirclement_is_no_witness_of_the_assault(pipeline):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-07-02",
        text="Russian forces conducted ground assaults on Bakhmut on July 1. Separatist "
             "officials claimed that Russian troops cut off every supply road and surrounded "
             "Bakhmut on July 1.")])
    [fight] = [i for i in incs if (i.get("place") or {}).get("name") == "Bakhmut"]
    names = {s["canonical"] for s in fight["sources"]}
    assert not any("eparatist" in n for n in names), fight["sources"]
