"""The claims gate on a small pinned subset (the first 3 gold reports, 11 claims): a quick
regression check; the whole gate is ``python -m bench.gates claims``."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]

# Measured 2026-11-24: cue/source F1 0.909, content F1 0.914 on this subset.
FLOORS = {"all_cue_f1": 0.85, "all_source_f1": 0.85, "all_content_f1": 0.85,
          "all_stance_acc": 0.9}


def test_claims_gate_subset(shared_data):
    from bench.gate_claims import run

    metrics = run(limit=3, splits=("all",))
    low = {k: (metrics[k], f) for k, f in FLOORS.items() if metrics[k] < f}
    assert not low, low
