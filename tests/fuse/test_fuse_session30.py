"""Fusion rules of the thirtieth session, on sentences written here:
- the writer passing an act on as heard ("Russian troops reportedly attacked X") grades it
  possibly true (3), a single report not corroborated, not doubtful (4) as the writer's own
  "may have attacked" is (fuse.grade._grade, fuse.model._REPORTED; read227: eight routine
  repelled assaults told with "reportedly" graded doubtful); "allegedly" still casts the
  writer's doubt (guard);
- a claim that a town is surrounded or cut off names back no fighting told at the town, only
  a change of control or another siege there (fuse.model.refers_to, claims.cues.SIEGE; read227: an
  encirclement claim the writer called false stood as a witness of the day's assault and
  graded it confirmed);
- sides laying one act on each other ("Ukrainian and Russian sources accused each other of
  shelling X") agree that it happened and dispute who did it: the incident is disputed,
  graded at best probably true (2), its history too (fuse.model.mutual_blame, fuse.grade.
  _blaming_each_other; read229: the shelling stood confirmed); agreement without blame stays
  confirmed (guard);
- a claim that a side's forces are gone from a place ("confirmed that no Ukrainian troops
  remain in the city and that ...") bears witness to the change of control told just before
  it there, beside the other act its content tells (fuse.model.none_left_at; the dev Kherson
  story: the mayor stood only on the negotiation); "no civilians remain" names nothing back
  (guard); so does a claim whose own act is a surrender told with no place (the dev
  Slavutych story);
- the writer's "but this claim is unlikely" after a claim doubts it: the writer hedges, it
  does not relay it (fuse.model._UNPROVEN_AFTER; read228: the writer stood as relaying a
  capture it doubted)."""

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


def test_sides_blaming_each_other_dispute_who_did_it(pipeline):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-07-02",
        text="Russian forces shelled Kharkiv on July 1. Ukrainian and Russian officials "
             "accused each other of shelling Nikopol on July 1.")])
    [nikopol] = [i for i in incs if (i.get("place") or {}).get("name") == "Nikopol"]
    assert nikopol["status"] == "disputed", nikopol
    assert nikopol["credibility"] == 2, nikopol
    assert any("blame each other" in r for r in nikopol["reasons"]), nikopol["reasons"]
    assert nikopol["history"][-1]["status"] == "disputed", nikopol["history"]


def test_two_sides_telling_one_shelling_still_confirm_it(pipeline):
    """guard: agreement without blame stays confirmed."""
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-07-02",
        text="Ukrainian officials said that Russian forces shelled Nikopol on July 1. The "
             "Russian Ministry of Defense said that Russian forces shelled Nikopol on July 1.")])
    [nikopol] = [i for i in incs if (i.get("place") or {}).get("name") == "Nikopol"]
    assert nikopol["status"] == "confirmed", nikopol


_TAKEN = ("Russian forces secured a negotiated surrender of Melitopol on March 1. The mayor of "
          "Melitopol confirmed that no {who} remain in the city and that he negotiated a "
          "curfew with Russian forces.")


def _taking_sources(pipeline, who: str) -> set[str]:
    incs = fused_incidents(pipeline, [Report(id="a", source="ISW", published="2022-03-02",
                                             text=_TAKEN.format(who=who))])
    [taking] = [i for i in incs if i["sub_event_type"] in (
        "Agreement", "Non-state actor overtakes territory", "Non-violent transfer of territory")]
    return {s["canonical"] for s in taking["sources"] if s["stance"] == "asserts"}


def test_no_forces_left_in_the_city_bears_witness_to_its_taking(pipeline):
    assert any("ayor" in n for n in _taking_sources(pipeline, "Ukrainian troops"))


def test_no_civilians_left_names_no_taking_back(pipeline):
    """guard"""
    assert not any("ayor" in n for n in _taking_sources(pipeline, "civilians"))


def test_a_placeless_surrender_bears_witness_to_the_taking_told_before(pipeline):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-03-05",
        text="Local officials confirmed on March 5 that Russian forces captured Vasylkiv on "
             "March 4. Mayor Petro Kovalenko stated the Ukrainian defenders surrendered to "
             "save civilian lives.")])
    [taking] = [i for i in incs if i["sub_event_type"] == "Non-state actor overtakes territory"]
    assert any("Kovalenko" in s["canonical"] and s["stance"] == "asserts"
               for s in taking["sources"]), taking["sources"]


def test_a_claim_called_unlikely_is_hedged_by_the_writer(pipeline):
    incs = fused_incidents(pipeline, [Report(
        id="a", source="ISW", published="2022-08-02",
        text="Pro-Russian milbloggers claimed that Russian forces have taken full control of "
             "Marinka, but this claim is unlikely considering that Ukrainian officials report "
             "continued fighting in the town.")])
    [taking] = [i for i in incs if i["sub_event_type"] == "Non-state actor overtakes territory"]
    writer = [s for s in taking["sources"] if "Institute" in s["canonical"]]
    assert writer and writer[0]["stance"] == "hedges", taking["sources"]
