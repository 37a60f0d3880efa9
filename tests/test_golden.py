"""Golden file for a whole report: the belgorod article's full `extract` output, reviewed in diffs.

Any change in what the pipeline finds on the article shows up as a diff of
tests/golden/belgorod.json. Regenerate with `pytest tests/test_golden.py --update-golden`
and review the diff before committing. The golden file keeps offsets, values and codings but
no text (span texts are blanked: the article itself stays in ../shared), and the test checks
the live output's span texts against the article separately (the contract).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fogofwar.contract import violations
from fogofwar.records import Report

from conftest import BELGOROD_PUBLISHED

GOLDEN = Path(__file__).parent / "golden" / "belgorod.json"
pytestmark = pytest.mark.slow


def _strip_text(obj):
    """Blank every span text (keep keys, offsets and codings) so no report text is stored."""
    if isinstance(obj, dict):
        return {k: ("" if k == "text" and isinstance(v, str) else _strip_text(v))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [_strip_text(v) for v in obj]
    return obj


def test_belgorod_matches_golden(pipeline, belgorod_text, request):
    out = pipeline.run(Report(id="belgorod", text=belgorod_text,
                              published=BELGOROD_PUBLISHED)).to_dict()
    assert violations(belgorod_text, out) == []
    got = _strip_text(out)
    if request.config.getoption("--update-golden"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
        pytest.skip("golden file regenerated: review the diff")
    assert GOLDEN.exists(), "no golden file: run pytest tests/test_golden.py --update-golden"
    want = json.loads(GOLDEN.read_text())
    for key in ("places", "times", "actors", "claims", "events"):
        assert got[key] == want[key], f"{key} differ from {GOLDEN.name}: regenerate and review"
