"""`reprocess` with the real pipeline, as a user runs it (issue 15): a report ingested with
the embedded default gazetteer places a front-line village at its oblast; `gazetteer add`
of a GeoNames dump that holds the village (a one-row dump written here) marks the report
stale in `reports`; `reprocess --stale` places the village. And a reprocess killed with
SIGKILL inside a report's transaction leaves that report's old extraction whole.
Marked slow (spaCy and a copy of the default gazetteer)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli_fixtures import pg_url  # noqa: F401  (fixture)
from fogofwar.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
REPORT = ("Title: Shelling in Kharkiv Oblast\nSource: Wire K\nPublished: 2025-03-13\n\n"
          "Russian forces shelled the village of Zelenyi Klyn in Kharkiv Oblast on 12 March, "
          "the General Staff said.\n")
VILLAGE = 9990001  # the GeoNames id of the dump row below (written for this test)


@pytest.fixture
def gazetteer(tmp_path, monkeypatch):
    """A copy of the embedded default gazetteer (built on first use), for this test alone."""
    from fogofwar.geo.build import ensure_index

    monkeypatch.delenv("FOGOFWAR_GAZETTEER", raising=False)
    path = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(ensure_index(), path)
    monkeypatch.setenv("FOGOFWAR_GAZETTEER", str(path))
    return path


@pytest.fixture
def dumps(tmp_path):
    d = tmp_path / "geonames"
    d.mkdir()
    row = [str(VILLAGE), "Zelenyi Klyn", "Zelenyi Klyn", "", "49.91", "36.95", "P", "PPL", "UA",
           "", "07", "", "", "", "120", "", "150", "Europe/Kyiv", "2024-01-01"]
    (d / "UA.txt").write_text("\t".join(row) + "\n", encoding="utf-8")
    return d


def _empty(url):
    with Store.open(url) as s:
        for t in ("incident_events", "incident_cells", "incident_sources", "incidents",
                  "report_bands", "report_copies", "claim_events", "claims", "events",
                  "actors", "times", "places", "reports"):
            s.db.execute(f"DELETE FROM {t}")


def fow(*args):
    from fogofwar.cli import main

    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return r


def _ingested(engine, tmp_path, request, name: str) -> str:
    """A store (SQLite file ``name`` or the emptied PostgreSQL test database) with REPORT
    ingested through the CLI."""
    db = str(tmp_path / name)
    if engine == "postgres":
        db = request.getfixturevalue("pg_url")
        _empty(db)
    (tmp_path / "k.txt").write_text(REPORT, encoding="utf-8")
    r = fow("ingest", str(tmp_path / "k.txt"), "--db", db, "--no-progress")
    assert r.exit_code == 0, r.output
    return db


def _village_event(db):
    r = fow("events", "--db", db, "--format", "json")
    assert r.exit_code == 0, r.output
    [event] = json.loads(r.stdout)
    return event


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres",
                                                          marks=pytest.mark.postgres)])
def test_gazetteer_add_then_reprocess_stale_places_the_village(engine, gazetteer, dumps,
                                                               tmp_path, request):
    db = _ingested(engine, tmp_path, request, "k.db")
    before = _village_event(db)
    assert before["place"]["geonameid"] != VILLAGE  # the default knows no such village
    assert fow("incidents", "--db", db).exit_code == 0
    [rep] = json.loads(fow("reports", "--db", db, "--format", "json").stdout)
    assert rep["stale"] == [] and rep["extraction"]["gazetteer"].startswith("default #")

    r = fow("gazetteer", "add", "UA", "--from", str(dumps))
    assert r.exit_code == 0, r.output
    r = fow("reports", "--db", db)
    assert "stale: gazetteer changed (default -> default+UA)" in r.stdout
    assert "fogofwar reprocess --stale" in r.stderr

    r = fow("reprocess", "--db", db, "--stale", "--no-progress")
    assert r.exit_code == 0, r.output
    assert "changed: 1" in r.stderr and "incidents fused again" in r.stderr
    after = _village_event(db)
    assert after["place"]["geonameid"] == VILLAGE
    assert (after["place"]["lat"], after["place"]["lon"]) == (49.91, 36.95)
    [rep] = json.loads(fow("reports", "--db", db, "--format", "json").stdout)
    assert rep["stale"] == [] and rep["extraction"]["gazetteer"].startswith("default+UA #")
    incs = json.loads(fow("incidents", "--db", db, "--format", "json").stdout)
    assert [i["place"]["geonameid"] for i in incs] == [VILLAGE]


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres",
                                                          marks=pytest.mark.postgres)])
def test_reprocess_of_an_unchanged_report_finds_it_unchanged_main_event_and_all(
        engine, gazetteer, tmp_path, request):
    db = _ingested(engine, tmp_path, request, "u.db")
    event = _village_event(db)
    assert event["main"] is True and event["sub_event_type"].startswith("Shelling")
    r = fow("reprocess", "--db", db, "--no-progress")
    assert r.exit_code == 0, r.output
    assert "changed: 0  unchanged: 1" in r.stderr
    assert _village_event(db) == event
    assert " yes " in fow("events", "--db", db).stdout  # the table's main column


KILLER = textwrap.dedent("""
    import os, signal, sys
    from fogofwar.store import writer
    real = writer._insert_records
    def insert_then_die(db, rows):
        real(db, rows)          # the new rows are written, not committed: die now
        os.kill(os.getpid(), signal.SIGKILL)
    writer._insert_records = insert_then_die
    from fogofwar.cli import main
    main(sys.argv[1:])
""")


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres",
                                                          marks=pytest.mark.postgres)])
def test_sigkill_inside_a_reports_transaction_leaves_its_old_extraction(engine, gazetteer,
                                                                         dumps, tmp_path,
                                                                         request):
    db = _ingested(engine, tmp_path, request, "k.db")
    with Store.open(db) as s:
        [rid] = [r.report.id for r in s.reports()]
        old = s.extraction(rid)
        old_row = s.db.query("SELECT pipeline_version, gazetteer_version FROM reports")
    assert fow("gazetteer", "add", "UA", "--from", str(dumps)).exit_code == 0
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    p = subprocess.run([sys.executable, "-c", KILLER, "reprocess", "--db", db, "--stale",
                        "--no-progress"], env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == -9, p.stderr
    with Store.open(db) as s:
        assert s.extraction(rid) == old
        assert s.db.query("SELECT pipeline_version, gazetteer_version FROM reports") == old_row
        if engine == "sqlite":
            assert s.db.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    r = fow("reprocess", "--db", db, "--stale", "--no-progress")  # the same command goes on
    assert r.exit_code == 0 and _village_event(db)["place"]["geonameid"] == VILLAGE
