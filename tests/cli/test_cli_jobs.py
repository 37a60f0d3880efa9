"""``--jobs N`` (issue 14): extraction in worker processes, the parent the one writer.

The store a parallel ingest leaves and the JSONL a parallel extract prints are those of
``--jobs 1``, whatever the workers finish first; a report that fails or kills its worker
is reported by name and the rest go on. The fake pipeline (a picklable class) keeps these
quick; the real model's run is marked slow.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli_fixtures import FakePipeline
from fogofwar.cli import main
from parallel_fixtures import DyingPipeline

ROOT = Path(__file__).resolve().parents[2]


def run_cli(args, factory, input=None):
    return CliRunner().invoke(main, list(args), input=input,
                              obj={"make_pipeline": factory}, catch_exceptions=False)


def store_dump(path: Path) -> dict[str, list]:
    """Every row of the extraction tables, in insertion order (ingest times left out)."""
    con = sqlite3.connect(path)
    out = {}
    for table in ("reports", "places", "times", "actors", "events", "claims", "claim_events"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("ingested_at", "extracted_at")]  # times of the run
        out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall()
    con.close()
    return out


def example_copies(folder: Path, copies: int) -> list[str]:
    """Write ``copies`` wordings of every example report (and follow-up) into ``folder``
    (created), "r<copy>-<nn>.txt"; return the examples' texts."""
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for sub in ("reports", "followups")
             for p in sorted((ROOT / "examples" / sub).glob("*.txt"))]
    for k in range(copies):
        for i, t in enumerate(texts):
            (folder / f"r{k}-{i:02d}.txt").write_text(t + f"\nDispatch {k}.\n", encoding="utf-8")
    return texts


@pytest.fixture
def inputs(tmp_path) -> Path:
    """The example reports in many wordings, a crashing one, an empty one, a duplicate."""
    folder = tmp_path / "in"
    texts = example_copies(folder, 3)
    (folder / "r1-05b.txt").write_text("Sumy was shelled. CRASH here.\n", encoding="utf-8")
    (folder / "r1-06b.txt").write_text("   \n", encoding="utf-8")
    (folder / "r2-07b.txt").write_text(texts[0] + "\nDispatch 0.\n", encoding="utf-8")
    return folder


def test_ingest_jobs_2_stores_what_jobs_1_stores(tmp_path, inputs):
    factory = functools.partial(FakePipeline, fail_on="CRASH")
    summaries = {}
    for jobs in (1, 2):
        r = run_cli(["ingest", str(inputs), "--db", str(tmp_path / f"j{jobs}.db"), "--jobs",
                     str(jobs), "--batch-size", "3", "--json", "--no-progress"], factory)
        assert r.exit_code == 1, r.output  # the crashing and the empty report failed
        summaries[jobs] = json.loads(r.stdout.splitlines()[0])
    one, two = summaries[1], summaries[2]
    assert two.pop("workers")["jobs"] == 2
    one.pop("workers")
    assert one == two
    assert one["stored"] >= 30 and one["duplicates"] == 1
    assert [f["origin"].rsplit("/", 1)[-1] for f in one["failed"]] == ["r1-05b.txt", "r1-06b.txt"]
    assert "stage crashed on 'CRASH'" in one["failed"][0]["reason"]
    assert store_dump(tmp_path / "j1.db") == store_dump(tmp_path / "j2.db")


def test_ingest_jobs_reports_memory_per_worker(tmp_path, inputs):
    r = run_cli(["ingest", str(inputs), "--db", str(tmp_path / "s.db"), "--jobs", "2",
                 "--no-progress"], functools.partial(FakePipeline, fail_on="CRASH"))
    assert "workers: 2 (local); peak memory" in r.stderr
    assert "MB per worker (largest)" in r.stderr


def test_a_report_that_kills_its_worker_fails_alone(tmp_path, inputs):
    (inputs / "r0-03b.txt").write_text("Sudzha: DIE now.\n", encoding="utf-8")
    r = run_cli(["ingest", str(inputs), "--db", str(tmp_path / "d.db"), "--jobs", "2",
                 "--batch-size", "3", "--json", "--no-progress"], DyingPipeline)
    summary = json.loads(r.stdout.splitlines()[0])
    died = [f for f in summary["failed"] if f["origin"].endswith("r0-03b.txt")]
    assert died and "worker process extracting it died" in died[0]["reason"]
    assert summary["workers"]["workers_replaced"] >= 1
    # every other report is stored, as a run without the killer stores them
    (inputs / "r0-03b.txt").unlink()
    clean = run_cli(["ingest", str(inputs), "--db", str(tmp_path / "c.db"), "--jobs", "1",
                     "--json", "--no-progress"], FakePipeline)
    assert summary["stored"] == json.loads(clean.stdout.splitlines()[0])["stored"]


def test_extract_jobs_2_prints_what_jobs_1_prints(inputs):
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")})
             for p in sorted(inputs.glob("*.txt")) if p.read_text().strip()]
    lines[4:4] = ["{not json", json.dumps({"id": "h", "html": "<p>Sumy was shelled.</p>"})]
    stdin = "\n".join(lines) + "\n"
    factory = functools.partial(FakePipeline, fail_on="CRASH")
    one = run_cli(["extract", "--jobs", "1", "--batch-size", "4"], factory, stdin)
    two = run_cli(["extract", "--jobs", "2", "--batch-size", "4"], factory, stdin)
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    out = [json.loads(x) for x in two.stdout.splitlines()]
    assert len(out) == len(lines)
    assert "error" in out[4] and out[5]["id"] == "h"
    assert "workers: 2 (local)" in two.stderr


def test_an_injected_pipeline_that_cannot_pickle_asks_for_jobs_1(tmp_path, inputs):
    p = FakePipeline()
    r = CliRunner().invoke(main, ["ingest", str(inputs), "--db", str(tmp_path / "x.db"),
                                  "--jobs", "2"], obj={"make_pipeline": lambda: p})
    assert r.exit_code == 1
    assert "run with --jobs 1" in r.output


@pytest.mark.slow
@pytest.mark.shared
def test_real_pipeline_jobs_2_extracts_byte_identical(shared_data, tmp_path):
    """The real model and gazetteer, four ISW reports, through the CLI."""
    import subprocess
    import sys

    files = sorted((shared_data / "corpus" / "isw").glob("*.html"))[40:44]
    stdin = "".join(json.dumps({"id": f.stem, "html": f.read_text(encoding="utf-8"),
                                "published": f.stem}) + "\n" for f in files)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    outs = []
    for jobs in ("1", "2"):
        p = subprocess.run([sys.executable, "-c", "from fogofwar.cli import main; main()",
                            "extract", "--jobs", jobs, "--batch-size", "2"], input=stdin,
                           capture_output=True, text=True, env=env, timeout=900)
        assert p.returncode == 0, p.stderr
        outs.append(p.stdout)
    assert outs[0] == outs[1]
    assert len(outs[0].splitlines()) == 4


def test_parallel_runs_out_of_order_fuse_as_a_serial_run(tmp_path, inputs):
    """Fusion stays correct when reports arrive late: the later half ingested and fused
    first, on two workers, then the earlier half, gives a serial run's incidents."""
    files = sorted(p for p in inputs.glob("*.txt") if p.read_text().strip()
                   and "CRASH" not in p.read_text())
    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir(), late.mkdir()
    for i, p in enumerate(files):
        # the examples carry their dates: the halves split the corpus by name, not date,
        # so each half holds reports dated before reports of the other
        p.rename((early if i % 2 else late) / p.name)

    def incidents(db):
        r = run_cli(["incidents", "--db", str(db), "--format", "json"], FakePipeline)
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)

    serial = tmp_path / "serial.db"
    run_cli(["ingest", str(early), str(late), "--db", str(serial), "--jobs", "1",
             "--no-progress"], FakePipeline)
    mixed = tmp_path / "mixed.db"
    for half in (late, early):
        r = run_cli(["ingest", str(half), "--db", str(mixed), "--jobs", "2", "--batch-size",
                     "2", "--no-progress"], FakePipeline)
        assert r.exit_code == 0, r.output
        incidents(mixed)  # fuse what has arrived so far
    want = incidents(serial)
    assert want and incidents(mixed) == want


def test_workers_replaced_after_their_tasks_store_the_same(tmp_path, inputs):
    """--worker-tasks 1: every task gets a fresh worker process (the memory bound); the
    store is the same as a serial run's."""
    factory = functools.partial(FakePipeline, fail_on="CRASH")
    runs = {}
    for jobs, extra in ((1, []), (2, ["--worker-tasks", "1"])):
        r = run_cli(["ingest", str(inputs), "--db", str(tmp_path / f"w{jobs}.db"), "--jobs",
                     str(jobs), "--batch-size", "4", "--json", "--no-progress", *extra], factory)
        runs[jobs] = json.loads(r.stdout.splitlines()[0])
    assert runs[2]["workers"]["workers_used"] > 2  # more processes than slots: replaced
    assert store_dump(tmp_path / "w1.db") == store_dump(tmp_path / "w2.db")


def test_no_ray_import_unless_asked_for(tmp_path, inputs):
    """Ray (heavy) is imported only with --engine ray, never by a local run."""
    import subprocess
    import sys

    code = ("import sys, functools\n"
            "from cli_fixtures import FakePipeline\n"
            "from fogofwar.cli import main\n"
            f"main(['ingest', {str(inputs)!r}, '--db', {str(tmp_path / 'n.db')!r}, '--jobs', '2',"
            " '--no-progress'], obj={'make_pipeline': FakePipeline}, standalone_mode=False)\n"
            "print('ray' in sys.modules)\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"),
                                                       str(ROOT / "tests" / "cli"),
                                                       str(ROOT / "tests")]))
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=300)
    assert p.stdout.strip().splitlines()[-1] == "False", p.stderr


_CLI = """
import os, sys
import parallel_fixtures
from fogofwar.cli import main
main(sys.argv[1:], obj={"make_pipeline": parallel_fixtures.SlowPipeline})
"""


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killed_parallel_ingest_leaves_no_workers_and_resumes(tmp_path, inputs):
    """SIGKILL the parent of a --jobs 2 ingest mid-run: its workers exit on their own, and
    the same command run again stores only what is missing, as a clean run stores it."""
    import signal
    import subprocess
    import sys
    import time

    (inputs / "r1-05b.txt").unlink()  # the crashing one: this run is about kills
    db = tmp_path / "k.db"
    args = ["ingest", str(inputs), "--db", str(db), "--jobs", "2", "--batch-size", "1",
            "--no-progress", "--json"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"),
                                                       str(ROOT / "tests" / "cli"),
                                                       str(ROOT / "tests")]))
    run = subprocess.Popen([sys.executable, "-c", _CLI, *args], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored, deadline = 0, time.time() + 120
    while stored < 4 and time.time() < deadline and run.poll() is None:
        time.sleep(0.1)
        try:
            with sqlite3.connect(db) as con:
                stored = con.execute("SELECT count(*) FROM reports").fetchone()[0]
        except sqlite3.OperationalError:
            pass
    workers = _children(run.pid)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert stored >= 4 and workers, "the run was not killed part way, with its workers"
    deadline = time.time() + 10
    while any(map(_alive, workers)) and time.time() < deadline:
        time.sleep(0.2)
    assert not any(map(_alive, workers)), "workers outlived their killed parent"
    again = subprocess.run([sys.executable, "-c", _CLI, *args], env=env, capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 1, again.stderr  # the empty report
    summary = json.loads(again.stdout)
    assert summary["duplicates"] >= stored  # what was stored is skipped, not redone
    clean = run_cli(["ingest", str(inputs), "--db", str(tmp_path / "c.db"), "--jobs", "1",
                     "--no-progress"], FakePipeline)
    assert clean.exit_code == 1
    assert store_dump(db) == store_dump(tmp_path / "c.db")
