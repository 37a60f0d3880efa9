"""Every accuracy gate in bench/ holds its pinned floors (bench/floors.json) on real gold data.

This is what makes a floor binding: `make test` (and so CI) fails when a change lowers a
stage's accuracy beyond measurement noise, or when a gate's corpus changed under it. The
gates read ../shared/data; without it they skip. Together they take a few minutes.
"""

from __future__ import annotations

import pytest

from bench.gatelib import SHARED, check, load_floors, run_gate
from bench.gates import all_gates

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.mark.parametrize("name", all_gates())
def test_gate_holds_its_floors(name):
    if not SHARED.exists():
        pytest.skip(f"{SHARED} not present")
    metrics, checksum = run_gate(name)
    failures = check(name, metrics, checksum, load_floors())
    assert not failures, "\n".join(failures)
