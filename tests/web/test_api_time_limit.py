"""POST /api/reports has a time limit per report that really stops the work (issue 16): the
pipeline's own limit (SIGALRM) cannot ring in a request thread, so reports are extracted in
a worker process that is killed at the limit (engines/timed.py). The stalled report is
answered as failed, naming the limit and the flag that raises it; the others are stored;
nothing of the stalled one is; and the next request gets a fresh worker."""

from __future__ import annotations

import os
import time
from functools import partial

import pytest
from timed_fixtures import StallingPipeline
from web_fixtures import TOKEN, client_for

from fogofwar.engines.timed import TimedWorker
from fogofwar.ingest.base import ReadError
from fogofwar.records import Extraction, Report
from fogofwar.store import Store

BODY = ('{"id": "a", "text": "Russian forces shelled Sumy on Monday."}\n'
        '{"id": "stalls", "text": "STALL: this report never finishes."}\n'
        '{"id": "c", "text": "Kharkiv was hit by two missiles."}\n')
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"}


def _dead(pid: int, within: float = 10.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_a_stalled_posted_report_is_stopped_at_the_limit_and_the_rest_stored(tmp_path):
    db, pid_file = tmp_path / "t.db", tmp_path / "stalled.pid"
    make = partial(StallingPipeline, str(pid_file))
    with client_for(str(db), token=TOKEN, make_pipeline=make, report_seconds=1) as c:
        r = c.post("/api/reports", content=BODY, headers=HEADERS)
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["stored"] == ["a", "c"]
        assert len(out["failed"]) == 1
        failed = out["failed"][0]
        assert failed["origin"] == "POST /api/reports:2"
        assert "report stalls: extraction stopped after 1 s, the limit per report" in failed["reason"]
        assert "fogofwar serve --max-seconds-per-report" in failed["reason"]
        # the work really stopped: the process that stalled is gone
        assert _dead(int(pid_file.read_text()))
        # and the server goes on with a fresh worker
        r2 = c.post("/api/reports", headers=HEADERS,
                    content='{"id": "d", "text": "Drones struck Odesa port overnight."}\n')
        assert r2.status_code == 201 and r2.json()["stored"] == ["d"]
    with Store.open(str(db)) as s:
        ids = sorted(row["id"] for row in s.db.query("SELECT id FROM reports"))
    assert ids == ["a", "c", "d"]  # nothing of the stalled report


def test_an_unpicklable_pipeline_needs_the_limit_off_said_in_words(tmp_path):
    with pytest.raises(ValueError, match="report_seconds=None"):
        client_for(str(tmp_path / "t.db"), token=TOKEN, make_pipeline=lambda: None,
                   report_seconds=5)


def _report(rid: str, text: str) -> Report:
    return Report(id=rid, text=text, origin=f"in:{rid}")


def test_the_timed_worker_names_each_failure_and_goes_on(tmp_path):
    worker = TimedWorker(partial(StallingPipeline, str(tmp_path / "pid")), 0.5, grace=0.5,
                         advice="--flag")
    try:
        out = list(worker.run_many([_report("a", "fine"), _report("b", "DIE now"),
                                    _report("c", "STALL"), _report("d", "fine too")]))
    finally:
        worker.close()
    assert isinstance(out[0], Extraction) and out[0].report.id == "a"
    assert isinstance(out[1], ReadError) and out[1].origin == "in:b"
    assert "worker process extracting it died" in out[1].reason
    assert isinstance(out[2], ReadError) and "stopped after 0.5 s" in out[2].reason
    assert "(raise it with --flag, 0 for none)" in out[2].reason
    assert isinstance(out[3], Extraction) and out[3].report.id == "d"
    assert worker.restarts == 2 and worker.pool is None


@pytest.mark.slow
def test_the_real_pipeline_is_extracted_in_its_worker_within_the_limit(tmp_path):
    # the default: the real pipeline (its own limit set to the same seconds) in the worker
    db = tmp_path / "t.db"
    text = ("Russian forces shelled Yunakivka in Sumy region on Thursday, killing two "
            "civilians, the regional military administration said.")
    with client_for(str(db), token=TOKEN, report_seconds=120) as c:
        r = c.post("/api/reports", headers={**HEADERS, "Content-Type": "text/plain"},
                   content=text)
        assert r.status_code == 201, r.text
        worker = c.app.state.pipeline
        assert isinstance(worker, TimedWorker) and worker.pool is not None
    assert worker.pool is None  # closed with the app
    with Store.open(str(db)) as s:
        assert s.count("reports") == 1 and s.count("events") >= 1 and s.count("places") >= 1
