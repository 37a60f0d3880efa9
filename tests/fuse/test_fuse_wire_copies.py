"""Rewritten wire copies (examples/reports/wires.jsonl: two stories, each reworded by a second
outlet) through the real pipeline and the store: a copy opens no incident of its own and is
never counted as an independent witness."""

from __future__ import annotations

from pathlib import Path

import pytest

WIRES = Path(__file__).resolve().parents[2] / "examples" / "reports" / "wires.jsonl"

pytestmark = pytest.mark.slow


def test_copies_open_no_incident_and_add_no_witness(pipeline):
    from fogofwar.ingest.base import IngestOptions, ReadError
    from fogofwar.ingest.sources import read_paths
    from fogofwar.store import Store
    from fogofwar.incidents import fuse_pending, list_incidents

    reports = [r for r in read_paths([WIRES], IngestOptions()) if not isinstance(r, ReadError)]
    assert len(reports) == 4
    with Store.open(":memory:") as store:
        for ext in pipeline.run_many(reports):
            store.save(ext)
        fuse_pending(store.db)
        copies = {r["report_id"] for r in store.db.query(
            "SELECT report_id FROM report_copies WHERE report_id <> cluster_id")}
        incs = list_incidents(store.db)
    assert len(copies) == 2, "each rewritten story is a copy of its original"
    # a copy never starts an incident: incident ids are named after their first event
    assert not [i["id"] for i in incs if i["id"].split(":")[1] in copies]
    for i in incs:
        for s in i["sources"]:
            if set(s["reports"]) <= copies and s["kind"] == "news_outlet":
                assert s["relays"], f"{s['canonical']} counted as independent in {i['id']}"
