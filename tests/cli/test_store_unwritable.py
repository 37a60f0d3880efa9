"""A store that takes no writes (issue 16, faults): a full disk or a read-only database
stops an ingest with a clear message naming the reason, keeps every report stored before
it complete (no partial report, ``PRAGMA integrity_check`` ok), and a run after the fault
is cleared stores the rest, each report once.

How the faults are simulated (the tests run as root in CI, where chmod stops nothing):
- disk full, in-process: ``PRAGMA max_page_count`` caps the file, so SQLite fails with
  SQLITE_FULL ("database or disk is full"), the error a full disk gives;
- disk full, a real process: ``fogofwar ingest`` run with RLIMIT_FSIZE (``ulimit -f``), so
  the kernel refuses the write (EFBIG; Python ignores SIGXFSZ) and SQLite fails with an I/O
  error half-way through a transaction;
- read-only: ``sqlite:///PATH?mode=ro`` (SQLite opens the file read-only whoever runs it),
  an immutable file (``chattr +i``, when the filesystem and privileges allow; skipped
  otherwise), and on PostgreSQL ``default_transaction_read_only=on`` in the URL.
"""

from __future__ import annotations

import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli_fixtures import FakePipeline
from pg_schema import throwaway_schema
from fogofwar.ingest.batch import ingest
from fogofwar.store import Store

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for sub in ("reports", "followups"):
        for p in sorted((ROOT / "examples" / sub).iterdir()):
            if p.name != "README.md":
                shutil.copy(p, folder / f"{sub}-{p.name}")
    return folder


def _rows(url: str) -> dict[str, tuple]:
    with Store.open(url) as s:
        return {r.report.id: (r.n_events, r.n_claims, len(s.extraction(r.report.id).places))
                for r in s.reports()}


def _integrity(path: Path) -> list:
    with sqlite3.connect(path) as c:
        return [r[0] for r in c.execute("PRAGMA integrity_check")]


def _clean(tmp_path: Path, inputs: Path) -> dict[str, tuple]:
    url = str(tmp_path / "clean.db")
    with Store.open(url) as s:
        assert ingest([str(inputs)], s, FakePipeline, chunk=2).ok
    return _rows(url)


def test_full_disk_stops_the_ingest_and_leaves_whole_reports(tmp_path, inputs):
    clean = _clean(tmp_path, inputs)
    path = tmp_path / "full.db"
    with Store.open(str(path)) as s:
        pages = s.db.conn.execute("PRAGMA page_count").fetchone()[0]
        s.db.conn.execute(f"PRAGMA max_page_count = {pages + 6}")  # a few reports' worth
        summary = ingest([str(inputs)], s, FakePipeline, chunk=2)
    assert summary.stopped and "disk is full" in summary.stopped, summary.to_dict()
    assert not summary.ok
    assert 0 < len(summary.stored) < len(clean)
    assert summary.failed[-1].reason.startswith("not stored: cannot write to ")
    got = _rows(str(path))
    assert set(got) == set(summary.stored)
    assert all(got[rid] == clean[rid] for rid in got)  # no partial report
    assert _integrity(path) == ["ok"]
    # the disk has room again: the same command stores the rest, each report once
    with Store.open(str(path)) as s:
        again = ingest([str(inputs)], s, FakePipeline, chunk=2)
    assert again.ok and len(again.duplicates) == len(summary.stored)
    assert _rows(str(path)) == clean
    assert _integrity(path) == ["ok"]


def _fake_cli(*args: str, limit_bytes: int | None = None) -> subprocess.CompletedProcess:
    code = ("import sys; sys.path[:0] = [sys.argv.pop(1), sys.argv.pop(1)]\n"
            "from cli_fixtures import FakePipeline\n"
            "from fogofwar.cli import main\n"
            "main(sys.argv[1:], obj={'make_pipeline': FakePipeline})\n")

    def cap():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-c", code, str(TESTS), str(TESTS / "cli"), *args],
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=cap if limit_bytes else None)


def test_ingest_process_hitting_a_file_size_limit_says_so(tmp_path, inputs):
    clean = _clean(tmp_path, inputs)
    path = tmp_path / "capped.db"
    with Store.open(str(path)):
        pass  # the schema; the store then grows by the reports
    size = path.stat().st_size  # closed: the WAL is checkpointed into the file
    p = _fake_cli("ingest", str(inputs), "--db", str(path), "--batch-size", "2",
                  limit_bytes=size + 40_000)
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr
    assert "stopped: cannot write to" in p.stderr and "disk I/O error" in p.stderr, p.stderr
    got = _rows(str(path))
    assert len(got) < len(clean)
    assert all(got[rid] == clean[rid] for rid in got)
    assert _integrity(path) == ["ok"]
    p = _fake_cli("ingest", str(inputs), "--db", str(path), "--batch-size", "2")
    assert p.returncode == 0, p.stderr
    assert _rows(str(path)) == clean and _integrity(path) == ["ok"]


def _stored_db(tmp_path: Path, inputs: Path, n: int = 3) -> Path:
    """A store holding the first ``n`` example files' reports, checkpointed (no -wal)."""
    few = tmp_path / "few"
    few.mkdir()
    for p in sorted(inputs.iterdir())[:n]:
        shutil.copy(p, few / p.name)
    path = tmp_path / "ro.db"
    with Store.open(str(path)) as s:
        assert ingest([str(few)], s, FakePipeline).ok
        s.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _assert_refused_read_only(url: str, path: Path, inputs: Path, before: dict) -> None:
    p = _fake_cli("ingest", str(inputs), "--db", url)
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr
    assert "the database is read-only" in p.stderr and "stopped:" in p.stderr, p.stderr
    assert _rows(str(path)) == before
    assert _integrity(path) == ["ok"]


def test_ingest_into_a_read_only_uri_is_refused_and_changes_nothing(tmp_path, inputs):
    path = _stored_db(tmp_path, inputs)
    before = _rows(str(path))
    _assert_refused_read_only(f"sqlite:///{path}?mode=ro", path, inputs, before)
    _assert_refused_read_only(f"file:{path}?mode=ro", path, inputs, before)


def test_ingest_into_an_immutable_file_is_refused_and_changes_nothing(tmp_path, inputs):
    path = _stored_db(tmp_path, inputs)
    before = _rows(str(path))
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root and ext4/xfs/btrfs)")
    try:
        _assert_refused_read_only(str(path), path, inputs, before)
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.postgres
def test_ingest_into_a_read_only_postgres_is_refused(inputs):
    with throwaway_schema("fow_ro") as url:
        with Store.open(url) as s:
            n = s.count("reports")
        ro = url + "%20-cdefault_transaction_read_only%3Don"
        p = _fake_cli("ingest", str(inputs), "--db", ro)
        assert p.returncode == 1, p.stderr
        assert "Traceback" not in p.stderr
        assert "read-only" in p.stderr and "stopped:" in p.stderr, p.stderr
        with Store.open(url) as s:
            assert s.count("reports") == n == 0
