"""A past act recalled to explain the present, undated, starts no incident of the report's day
("previously participated in assaults on Alpha", "similar to Russian operations in Alpha");
dated, or told plainly, it is (fuse.salience._RECALLED; read11 on ISW 2022-06-07..09)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.fuse.salience import not_an_event, not_salient

from helpers_fuse import VILLAGE_A, extraction, inferred, place

CLASH = "Armed clash"


def _mention(text: str, evidence: str):
    ext = extraction("d1", "2025-06-24", "ISW", text, [dict(
        place=place("Alpha", VILLAGE_A), time=inferred("2025-06-24"), sub=CLASH,
        evidence=evidence)])
    [m] = mentions_from_extraction(ext)
    at = text.index(evidence)
    return replace(m, before=text[max(0, at - 40):at], sentence_before=text[:at])


@pytest.mark.parametrize("text,evidence", [
    ("The 76th Air Assault Division previously participated in assaults on Alpha.",
     "assaults on Alpha"),
    ("Russian forces are using tactics similar to Russian operations in Alpha.",
     "Russian operations in Alpha"),
    # a battle named as history (hand-coded 2022-07-05: "Fighting at Kyiv")
    ("Russian commanders drew lessons from the Battle of Alpha.", "the Battle of Alpha"),
    # read17: a comparison with earlier fighting
    ("Much like the previous fighting in Alpha, Russian forces rely on artillery.",
     "the previous fighting in Alpha"),
])
def test_a_recalled_act_starts_no_incident_but_may_join_one(text, evidence):
    m = _mention(text, evidence)
    assert not_salient(m, frozenset()) is not None
    assert not_an_event(m) is None  # it may join the story it names back


def test_an_act_told_plainly_is_an_event():
    assert not_salient(_mention("Russian forces conducted assaults on Alpha.",
                                "assaults on Alpha"), frozenset()) is None


def test_an_act_in_a_past_relative_clause_starts_no_incident():
    m = _mention("The 76th Airborne Division, which was heavily damaged in fighting near Alpha, "
                 "redeployed.", "fighting near Alpha")
    assert not_salient(m, frozenset()) is not None


def test_previously_held_ground_is_no_recalled_act():
    # read17: "withdrew to their previously occupied position after launching failed attacks
    # against X" is the day's fighting
    text = ("Russian forces withdrew to their previously occupied positions after launching "
            "failed attacks against Alpha.")
    assert not_salient(_mention(text, "failed attacks against Alpha"), frozenset()) is None
