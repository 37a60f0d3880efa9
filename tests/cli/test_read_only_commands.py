"""Read-only commands take no write lock (issue 16): events, claims, reports, export,
incidents and incident answer while another process holds the store's write lock, and on a
store opened read-only (``?mode=ro``, an immutable file, a PostgreSQL session that is
read-only), without changing it. Before, opening any store began a write transaction
(migrations), so a writer's lock made a query wait 30 s and fail with 'database is
locked', and a read-only file could not be queried."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli_fixtures import FakePipeline
from pg_schema import throwaway_schema
from fogofwar.cli import main
from fogofwar.ingest.batch import ingest
from fogofwar.store import Store

ROOT = Path(__file__).resolve().parents[2]
PG_MIGRATION_LOCK = 0x466F57  # store/migrate.py


def _fill(url: str) -> str:
    """The example reports stored and fused; returns one incident id."""
    from fogofwar.incidents import fuse_pending, list_incidents

    with Store.open(url) as s:
        assert ingest([str(ROOT / "examples" / "reports")], s, FakePipeline).ok
        fuse_pending(s.db)
        return list_incidents(s.db)[0]["id"]


def _queries(incident: str) -> list[list[str]]:
    return [["events"], ["events", "--format", "json"], ["claims"], ["reports"],
            ["reports", "--format", "jsonl"], ["export", "--format", "csv"],
            ["export", "--format", "geojson"], ["export", "--format", "jsonl"],
            ["incidents"], ["incidents", "--format", "json"], ["incident", incident]]


def _run_all(url: str, incident: str, forbidden: str | None = None) -> None:
    runner = CliRunner()
    for args in _queries(incident):
        t0 = time.monotonic()
        res = runner.invoke(main, [*args, "--db", url])
        took = time.monotonic() - t0
        assert res.exit_code == 0, (args, res.output, res.exception)
        assert took < 10, (args, took)
        assert "Traceback" not in res.output
        if forbidden:
            assert forbidden not in res.output, args  # an uncommitted write is not seen


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_queries_answer_while_a_writer_holds_the_sqlite_lock(tmp_path):
    path = tmp_path / "s.db"
    incident = _fill(str(path))
    writer = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO reports (id, content_hash, text, ingested_at)"
                       " VALUES ('uncommitted-report', 'h', 'x', '2025-01-01')")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other = sqlite3.connect(path, isolation_level=None, timeout=0)
            other.execute("BEGIN IMMEDIATE")  # the lock is really held
        _run_all(str(path), incident, forbidden="uncommitted-report")
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_queries_on_a_read_only_sqlite_uri_change_nothing(tmp_path):
    path = tmp_path / "s.db"
    incident = _fill(str(path))
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(path)
    _run_all(f"sqlite:///{path}?mode=ro", incident)
    _run_all(f"file:{path}?mode=ro", incident)
    assert _digest(path) == before


def test_queries_on_an_immutable_sqlite_file(tmp_path):
    path = tmp_path / "s.db"
    incident = _fill(str(path))
    # one more report, stored but not fused: incidents must list what is fused, and say so
    with Store.open(str(path)) as s:
        assert ingest([str(ROOT / "examples" / "followups")], s, FakePipeline).ok
    for p in tmp_path.glob("s.db-*"):
        p.unlink()
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root and ext4/xfs/btrfs)")
    try:
        before = _digest(path)
        _run_all(str(path), incident)
        res = CliRunner().invoke(main, ["incidents", "--db", str(path)])
        assert res.exit_code == 0
        assert "not fused: the database is read-only; showing the incidents fused so far" \
            in res.output
        assert _digest(path) == before
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.postgres
def test_queries_answer_while_postgres_is_locked_or_read_only():
    psycopg = pytest.importorskip("psycopg")
    with throwaway_schema("fow_rolock") as url:
        incident = _fill(url)
        holder = psycopg.connect(url)  # a transaction: the xact lock and the row stay held
        try:
            holder.execute("SELECT pg_advisory_xact_lock(%s)", (PG_MIGRATION_LOCK,))
            holder.execute("INSERT INTO reports (id, content_hash, text, ingested_at)"
                           " VALUES ('uncommitted-report', 'h', 'x', '2025-01-01')")
            # a separate process: a wait on the lock would hang this one, not fail
            p = subprocess.run([sys.executable, "-c", "from fogofwar.cli import main; main()",
                                "events", "--db", url], capture_output=True, text=True,
                               timeout=60)
            assert p.returncode == 0, p.stderr
            assert "uncommitted-report" not in p.stdout
            _run_all(url, incident, forbidden="uncommitted-report")
        finally:
            holder.rollback()
            holder.close()
        _run_all(url + "%20-cdefault_transaction_read_only%3Don", incident)
