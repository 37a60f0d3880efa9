"""Fusion rules of the twenty-second session, on sentences written here:
- a claim noun the writer calls false by its own predicate ("Russian claims that X (to have
  done X) are likely false") is the claimants' assertion and the writer's denial
  (fuse.model._FALSE_PREDICATE, _calls_false; read93: the writer stood as asserting the
  capture), while a claim told plainly is relayed (guard);
- a speaker's own denial answers the claim it names ("issued a statement denying Russian
  claims that X"): it relays nothing, so the claimants' assertion is not counted as their
  denial too (fuse.model, relays; read92: the Russian claim stood as "hedges" and the story
  as "reported" instead of disputed);
- an act that did not happen at a settlement ("did not shell X but instead fired at positions
  in northeastern Y Oblast") makes no act in its region a restatement of it
  (fuse.salience.settled_regions; read94: the oblast's shelling was lost);
- "multiple sources" are no sided group named elsewhere in the report ("Russian sources"):
  sources of no kind stay of no side (fuse.model._named_as_before, _ANY_GROUP; read91: a
  strike's witnesses stood as Russian), while bare milbloggers are the report's Russian ones
  (guard, in test_fuse_stories);
- drone or air strikes over a region are not its towns' shelling told again: a region-level
  strike restates settlement-level ones only of its own kind (fuse.salience._restated_kind;
  read100, read101: three strikes dropped), while the region's shelling beside its towns'
  shelling is still a restatement (guard);
- "claimed (likely falsely) that X": the writer denies X, it does not only hedge
  (fuse.model._FALSELY_ASIDE; read97)."""

from __future__ import annotations

import pytest
from helpers_fuse import incidents_at as _at


def _stances(inc):
    return {s["canonical"]: s["stance"] for s in inc["sources"]}


@pytest.mark.parametrize("text", [
    "Russian claims that Russian forces captured Kharkiv on September 25 are likely false.",
    "Russian claims to have captured Kharkiv on September 25 are false.",
])
def test_claims_called_false_are_denied_by_the_writer(pipeline, text):
    got = _at(pipeline, text, "Kharkiv")
    assert got, "the claimed capture is an incident"
    st = _stances(got[0])
    assert st.get("Institute for the Study of War") == "denies", st
    assert "asserts" in st.values(), st
    assert got[0]["status"] == "disputed", got[0]


def test_a_claim_told_plainly_is_relayed(pipeline):
    # guard
    got = _at(pipeline, "Russian sources claimed that Russian forces captured Kharkiv on "
                        "September 25.", "Kharkiv")
    assert got and "denies" not in _stances(got[0]).values(), got


def test_a_denial_of_claims_is_no_relay_of_them(pipeline):
    got = _at(pipeline, "The mayor of Kharkiv, Ihor Terekhov, issued a statement on September 25 "
                        "denying Russian claims that Russian forces captured Kharkiv.", "Kharkiv")
    assert got, "the claimed capture is an incident"
    rows = {s["canonical"]: s for s in got[0]["sources"]}
    assert rows["Government of Russia"]["stance"] == "asserts", rows
    assert rows["Ihor Terekhov"]["stance"] == "denies" and not rows["Ihor Terekhov"]["relays"]
    assert got[0]["status"] == "disputed", got[0]


def test_what_did_not_happen_in_a_town_restates_nothing_in_its_region():
    from helpers_fuse import REGION_BEL, VILLAGE_A, extraction, fused, inferred, place

    shelling = dict(type="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
                    actors=("Military Forces of Russia", None), time=inferred("2022-09-26"))
    ext = extraction("r", "2022-09-26", "ISW", "text", [
        dict(place=place("Alpha", VILLAGE_A), polarity="negative", modality="negated",
             evidence="did not shell Alpha", **shelling),
        dict(place=place("Region", REGION_BEL), evidence="fired at positions in the Region",
             offset=30, **shelling),
    ])
    got = [i for i in fused(ext) if (i.get("place") or {}).get("name") == "Region"]
    assert got, "the region's shelling is an incident of its own"


def test_multiple_sources_are_not_the_sided_sources_named_elsewhere(pipeline):
    got = _at(pipeline, "Russian sources claimed that Russian forces captured Kharkiv on "
                        "September 25. Multiple sources reported that Russian forces fired "
                        "rockets at Odesa on September 25.", "Odesa")
    assert got, "the strike is an incident"
    names = {s["canonical"] for s in got[0]["sources"]}
    assert "Russian sources" not in names, names


@pytest.mark.parametrize("sub, kept", [("Air/drone strike", True),
                                       ("Shelling/artillery/missile attack", False)])
def test_a_regions_strike_restates_only_its_towns_strikes_of_its_kind(sub, kept):
    from helpers_fuse import REGION_BEL, VILLAGE_A, extraction, fused, inferred, place

    remote = dict(type="Explosions/Remote violence", actors=("Military Forces of Russia", None),
                  time=inferred("2022-09-26"))
    ext = extraction("r", "2022-09-26", "ISW", "text", [
        dict(place=place("Alpha", VILLAGE_A), evidence="shelled Alpha",
             sub="Shelling/artillery/missile attack", **remote),
        dict(place=place("Region", REGION_BEL), evidence="struck targets in the Region",
             offset=20, sub=sub, **remote),
    ])
    got = [i for i in fused(ext) if (i.get("place") or {}).get("name") == "Region"]
    assert bool(got) == kept, got


def test_a_claim_made_likely_falsely_is_denied_by_the_writer(pipeline):
    got = _at(pipeline, "Russian milbloggers claimed (likely falsely) that Russian forces "
                        "captured Kharkiv on September 25.", "Kharkiv")
    assert got and _stances(got[0]).get("Institute for the Study of War") == "denies", got
