"""An absence told over a whole region ("have not captured the entire oblast", "did not conduct
any major offensive operations in the region") starts no incident of its own; told of a
settlement, or asserted over a region, it still may (2022-03-15 hand-coded report: three
"disputed" incidents at a region or at no stated place; fuse.salience.not_salient)."""

from __future__ import annotations

import pytest

from fogofwar.fuse.model import mentions_from_extraction
from fogofwar.fuse.salience import not_salient

from helpers_fuse import REGION_BEL, VILLAGE_A, extraction, inferred, place


def _mention(spec, modality, sub="Armed clash"):
    ext = extraction("d1", "2025-06-24", "ISW", "evidence", [dict(
        place=place("Somewhere", spec), time=inferred("2025-06-24"), sub=sub,
        polarity="negative" if modality != "asserted" else "positive", modality=modality)])
    [m] = mentions_from_extraction(ext)
    return m


@pytest.mark.parametrize("spec, modality, sub, starts", [
    (REGION_BEL, "negated", "Armed clash", False),
    (REGION_BEL, "asserted", "Armed clash", True),
    (VILLAGE_A, "negated", "Non-state actor overtakes territory", True),
    # an absence of fighting is no event even at a settlement (read18; test_fuse_read18.py)
    (VILLAGE_A, "negated", "Armed clash", False),
    (VILLAGE_A, "denied", "Armed clash", True),
])
def test_a_regional_absence_starts_no_incident(spec, modality, sub, starts):
    assert (not_salient(_mention(spec, modality, sub), frozenset()) is None) == starts
