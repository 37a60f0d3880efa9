"""Atrocities named back months later ("the atrocities in X", "war crimes around X") join the
attack on civilians told at that settlement before, as a change of control named back does
(fuse.salience.names_atrocity_back, fuse.fusion.restates; the incident gate's Bucha story
came out as six incidents over six months). Hand-built extractions, invented words."""

from __future__ import annotations

from helpers_fuse import VILLAGE_A, day, extraction, inferred, place

from fogofwar.fuse.fusion import MemoryIndex, fuse
from fogofwar.fuse.model import mentions_from_extraction

VAC = dict(type="Violence against civilians", sub="Attack",
           actors=("Military Forces of Russia", "Civilians"))


def _incidents(later_evidence: str) -> set[str]:
    first = "Russian forces killed dozens of civilians in Alpha on March 30."
    later = f"The brigade is known for {later_evidence}."
    exts = [extraction("r1", "2022-04-03", "ISW", first, [dict(
                **VAC, place=place("Alpha", VILLAGE_A), time=day("2022-03-30"),
                evidence=first)]),
            extraction("r2", "2022-08-11", "ISW", later, [dict(
                **VAC, place=place("Alpha", VILLAGE_A), time=inferred("2022-08-11"),
                evidence=later_evidence, offset=later.index(later_evidence))])]
    index = MemoryIndex()
    joins = fuse([m for x in exts for m in mentions_from_extraction(x)], index)
    return {j.incident_id for j in joins}


def test_atrocities_named_back_join_the_story():
    assert len(_incidents("the atrocities in Alpha")) == 1


def test_a_later_attack_told_plainly_is_another():
    # guard: only the atrocities named as such name the story back
    assert len(_incidents("killing two civilians in Alpha")) == 2
