"""``--engine ray`` (issue 14): an actor pool on a Ray cluster, this process the one writer.

A local cluster is started for the module with ``ray start --head --block`` (stopped by
signalling that process, so no other Ray on the machine is touched). The CLI runs as a user
runs it, in a subprocess, with a fake pipeline that Ray's workers import from tests/cli.
Skipped when Ray is not installed.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytest.importorskip("ray", reason="Ray is not installed (pip install ray): --engine ray untested")

from test_cli_jobs import example_copies, store_dump  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TESTS_CLI = ROOT / "tests" / "cli"
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(TESTS_CLI),
                                                   str(ROOT / "tests")]),
           RAY_AUTH_MODE="disabled", RAY_USAGE_STATS_ENABLED="0")

# ingest ARGS with a fake pipeline, as the CLI (the factory named by $FOW_TEST_PIPELINE)
_CLI = """
import os, sys
import parallel_fixtures, cli_fixtures
from fogofwar.cli import main
factory = getattr(parallel_fixtures, os.environ.get("FOW_TEST_PIPELINE", "FakePipeline"))
main(sys.argv[1:], obj={"make_pipeline": factory})
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ray_address():
    """A local two-CPU Ray cluster for this module; its address."""
    port = _free_port()
    temp = tempfile.mkdtemp(prefix="rayfow")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ray.scripts.scripts", "start", "--head", "--block",
         "--num-cpus=2", f"--port={port}",
         "--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp}"],
        env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 120
        for line in proc.stdout:
            if "will now block" in line:
                break
            if time.time() > deadline:
                pytest.fail("ray start --head did not come up in 120 s")
        else:
            pytest.fail(f"ray start --head exited ({proc.wait()})")
        yield f"127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


def cli(*args, pipeline="FakePipeline", **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _CLI, *args], capture_output=True, text=True,
                          env=dict(ENV, FOW_TEST_PIPELINE=pipeline), timeout=600, **kw)


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    example_copies(folder, 4)
    return folder


def _incidents(db: Path | str) -> list:
    p = cli("incidents", "--db", str(db), "--format", "json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def test_ray_ingest_stores_and_fuses_what_a_serial_run_does(ray_address, inputs, tmp_path):
    serial = cli("ingest", str(inputs), "--db", str(tmp_path / "s.db"), "--jobs", "1",
                 "--no-progress", "--json")
    assert serial.returncode == 0, serial.stderr
    on_ray = cli("ingest", str(inputs), "--db", str(tmp_path / "r.db"), "--engine", "ray",
                 "--ray-address", ray_address, "--jobs", "2", "--batch-size", "2",
                 "--no-progress", "--json")
    assert on_ray.returncode == 0, on_ray.stderr
    summary = json.loads(on_ray.stdout)
    assert summary["workers"]["engine"] == "ray" and summary["workers"]["workers_used"] == 2
    assert "workers: 2 (ray); peak memory" in on_ray.stderr
    assert store_dump(tmp_path / "s.db") == store_dump(tmp_path / "r.db")
    assert _incidents(tmp_path / "s.db") == _incidents(tmp_path / "r.db")


def test_ray_ingest_killed_and_run_again_stores_every_report_once(ray_address, inputs,
                                                                   tmp_path):
    db = tmp_path / "k.db"
    args = ["ingest", str(inputs), "--db", str(db), "--engine", "ray", "--ray-address",
            ray_address, "--jobs", "2", "--batch-size", "1", "--no-progress", "--json"]
    env = dict(ENV, FOW_TEST_PIPELINE="SlowPipeline")
    run = subprocess.Popen([sys.executable, "-c", _CLI, *args], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    stored = 0
    while stored < 6 and time.time() < deadline and run.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db) as con:
                stored = con.execute("SELECT count(*) FROM reports").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet
            pass
    run.kill()
    run.wait()
    # (count again once it is dead: a report may have been committed between the last poll
    # and the kill, and the second run skips every report stored, not those seen polling)
    with sqlite3.connect(db) as con:
        stored = con.execute("SELECT count(*) FROM reports").fetchone()[0]
    total = len(list(inputs.iterdir()))
    assert 6 <= stored < total, "the run was not killed part way"
    again = cli(*args, pipeline="SlowPipeline")
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["duplicates"] == stored  # what was stored is skipped, not redone
    assert summary["stored"] == total - stored
    clean = cli("ingest", str(inputs), "--db", str(tmp_path / "c.db"), "--jobs", "1",
                "--no-progress")
    assert clean.returncode == 0, clean.stderr
    assert store_dump(db) == store_dump(tmp_path / "c.db")
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM reports"
                           ).fetchone() == (total, total)


@pytest.mark.postgres
def test_ray_ingest_into_postgresql(ray_address, inputs, tmp_path):
    from pg_schema import throwaway_schema

    with throwaway_schema("fow_ray") as url:
        first = cli("ingest", str(inputs), "--db", url, "--engine", "ray", "--ray-address",
                    ray_address, "--jobs", "2", "--no-progress", "--json")
        assert first.returncode == 0, first.stderr
        again = cli("ingest", str(inputs), "--db", url, "--engine", "ray", "--ray-address",
                    ray_address, "--jobs", "2", "--no-progress", "--json")
        assert json.loads(again.stdout)["stored"] == 0  # nothing stored twice
        serial = cli("ingest", str(inputs), "--db", str(tmp_path / "s.db"), "--jobs", "1",
                     "--no-progress")
        assert serial.returncode == 0
        assert _incidents(tmp_path / "s.db") == _incidents(url)
