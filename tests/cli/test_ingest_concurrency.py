"""Four ingesters at once into one store (issue 16, concurrency): nothing lost, nothing
duplicated, and the incidents are those of a serial run whatever order the reports arrived
and were fused in. Each writer is a real ``fogofwar ingest`` process (the fake pipeline
injected, so the test is quick), all four released at the same instant over the same
reports, two in one order and two in the reverse, each fusing what it sees right after its
ingest (``fogofwar incidents``), so that reports arrive and are fused out of order.

The content-hash rule holds under races because the schema enforces it (``reports.
content_hash`` is UNIQUE; the writer's look-up before inserting is only a fast path and a
UniqueViolation from a racing writer becomes a duplicate): tested directly below.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_fixtures import FakePipeline
from pg_schema import throwaway_schema
from fogofwar.ingest.batch import ingest
from fogofwar.store import Store

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
WRITERS = 4

# ingest FILES... then list the incidents (fusing what is stored), from a common start time
_WORKER = """
import json, sys, time
sys.path[:0] = [sys.argv[1], sys.argv[2]]
start_at, db, files = float(sys.argv[3]), sys.argv[4], sys.argv[5:]
from cli_fixtures import FakePipeline
from fogofwar.cli import main
time.sleep(max(0.0, start_at - time.time()))
rc1 = main(["ingest", *files, "--db", db, "--json", "--batch-size", "2", "--no-progress"],
           obj={"make_pipeline": FakePipeline}, standalone_mode=False)
rc2 = main(["incidents", "--db", db, "--format", "json"], standalone_mode=False)
sys.exit(max(rc1 or 0, rc2 or 0))
"""


@pytest.fixture
def reports(tmp_path) -> list[Path]:
    """48 text reports: the example .txt reports, each in four wordings."""
    folder = tmp_path / "in"
    folder.mkdir()
    out = []
    for sub in ("reports", "followups"):
        for p in sorted((ROOT / "examples" / sub).glob("*.txt")):
            for k in range(4):
                q = folder / f"{sub}-{k}-{p.name}"
                q.write_text(p.read_text(encoding="utf-8") + f"\nDispatch {k}.\n",
                             encoding="utf-8")
                out.append(q)
    return out


def _race(url: str, files: list[Path]) -> list[subprocess.CompletedProcess]:
    start_at = time.time() + 4.0  # every worker imported and waiting by then
    procs = []
    for w in range(WRITERS):
        order = files if w % 2 == 0 else files[::-1]
        procs.append(subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(TESTS), str(TESTS / "cli"), str(start_at), url,
             *map(str, order)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=240)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def _state(url: str) -> tuple[dict, dict, list]:
    from fogofwar.incidents import fuse_pending, list_incidents

    with Store.open(url) as s:
        fuse_pending(s.db)
        by_hash = {}
        for r in s.db.query("SELECT content_hash, COUNT(*) AS n FROM reports GROUP BY content_hash"):
            by_hash[r["content_hash"]] = int(r["n"])
        rows = {r.report.id: (r.report.content_hash, r.n_events, r.n_claims,
                              len(s.extraction(r.report.id).places)) for r in s.reports()}
        incs = list_incidents(s.db)
    return by_hash, rows, incs


def _serial(url: str, files: list[Path]) -> tuple[dict, dict, list]:
    with Store.open(url) as s:
        assert ingest([str(f) for f in files], s, FakePipeline).ok
    return _state(url)


def _check(url: str, serial_url: str, files: list[Path]) -> None:
    done = _race(url, files)
    for p in done:
        assert p.returncode == 0, p.stderr[-3000:]
        assert "Traceback" not in p.stderr, p.stderr[-3000:]
    summaries = [json.loads(p.stdout.splitlines()[0]) for p in done]
    stored = sum(s["stored"] for s in summaries)
    dups = sum(s["duplicates"] for s in summaries)
    assert all(s["failed"] == [] for s in summaries), summaries
    by_hash, rows, incs = _state(url)
    s_hash, s_rows, s_incs = _serial(serial_url, files)
    assert stored == len(files) and dups == (WRITERS - 1) * len(files), summaries
    assert set(by_hash.values()) == {1}, "a content hash stored twice"
    assert rows == s_rows  # nothing lost, no partial report
    assert incs == s_incs  # fused as a serial run fuses, whatever the arrival order
    assert incs


def test_four_ingesters_into_one_sqlite_file(tmp_path, reports):
    _check(str(tmp_path / "race.db"), str(tmp_path / "serial.db"), reports)


@pytest.mark.postgres
def test_four_ingesters_into_one_postgres_database(reports):
    with throwaway_schema("fow_race_in") as url, throwaway_schema("fow_serial_in") as serial:
        _check(url, serial, reports)


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_the_schema_itself_refuses_a_second_report_with_the_same_content(tmp_path, engine):
    """A unique constraint, not a read-then-write, keeps one row per content hash."""
    row = ("INSERT INTO reports (id, content_hash, text, ingested_at) VALUES (?, ?, ?, ?)")

    def check(url):
        with Store.open(url) as s:
            s.db.execute(row, ("a", "h1", "text", "2025-01-01"))
            with pytest.raises(Exception) as exc:
                s.db.execute(row, ("b", "h1", "text", "2025-01-01"))
            assert type(exc.value).__name__ in ("IntegrityError", "UniqueViolation")
            assert s.count("reports") == 1

    if engine == "sqlite":
        check(str(tmp_path / "u.db"))
    else:
        with throwaway_schema("fow_unique") as url:
            check(url)
