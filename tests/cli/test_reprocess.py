"""`fogofwar reprocess` and stale reports (issue 15), through the CLI as a user types it,
on SQLite and PostgreSQL, with a fake pipeline that records what the real one would
(the real pipeline's scenario is in test_reprocess_real.py): `gazetteer add` makes the
stored reports stale, `reports` says so, `reprocess --stale` refreshes only those, one
transaction per report (an error leaves the old extraction whole), and a changed fused
report makes the incidents fuse again as one run would."""

from __future__ import annotations

import functools
import json
import sqlite3
from dataclasses import replace

import pytest

from cli_fixtures import FakePipeline, cli, fake, pg_url  # noqa: F401  (fixtures)
from fogofwar import provenance
from fogofwar.geo.default import DEFAULT_VERSION
from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.store import Store
from fogofwar.store.migrate import MIGRATIONS, split_statements

REPORTS = {
    "a.txt": "Title: Shelling\nSource: Wire A\nPublished: 2025-03-12\n\n"
             "The General Staff said Russian forces shelled Demidovka on 12 March.",
    "b.txt": "Title: Denial\nSource: Wire B\nPublished: 2025-03-13\n\n"
             "The Ministry of Defence denied any fighting in Demidovka on 12 March.",
    "c.txt": "Title: Sumy\nSource: Wire C\nPublished: 2025-03-14\n\n"
             "The General Staff said Russian forces shelled Sumy on 13 March.",
}


@pytest.fixture
def gazetteer(tmp_path, monkeypatch):
    """A tiny gazetteer standing for the embedded default (built, current: nothing to
    build), used by every command through $FOGOFWAR_GAZETTEER."""
    path = tmp_path / "gaz.sqlite"
    gaz = GazetteerIndex.open(path, create=True)
    gaz.replace_source("default", [
        NewPlace(3, "Sumy", 50.91, 34.80, "UA", "21", "", "P", "PPLA", 260000)])
    gaz.set_meta("default_version", DEFAULT_VERSION)
    gaz.set_meta("digest:default", f"version {DEFAULT_VERSION}")
    gaz.close()
    monkeypatch.setenv("FOGOFWAR_GAZETTEER", str(path))
    return path


def _dump_row(gid, name, lat, lon, cc, admin1):
    """One line of a GeoNames country dump (19 tab-separated columns), written here."""
    return "\t".join([str(gid), name, name, "", str(lat), str(lon), "P", "PPL", cc, "",
                      admin1, "", "", "", "120", "", "150", "Europe/Kyiv", "2024-01-01"])


@pytest.fixture
def dumps(tmp_path):
    d = tmp_path / "geonames"
    d.mkdir()
    (d / "UA.txt").write_text(_dump_row(9990001, "Demydivka", 50.4, 35.1, "UA", "21") + "\n",
                              encoding="utf-8")
    return d


class RecordingPipeline(FakePipeline):
    """The fake pipeline, recording the provenance the real one would: the current
    pipeline version and gazetteer identity at the time it is made."""

    def __init__(self, fail_on: str | None = None) -> None:
        super().__init__(fail_on)
        self.provenance = provenance.current()
        self.seen: list[str] = []

    def run(self, report):
        self.seen.append(report.id)
        return replace(super().run(report), provenance=self.provenance)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    url = request.getfixturevalue("pg_url")
    with Store.open(url) as s:
        for t in ("incident_events", "incident_cells", "incidents", "report_bands",
                  "report_copies", "claim_events", "claims", "events", "actors", "times",
                  "places", "reports"):
            s.db.execute(f"DELETE FROM {t}")
    return url


@pytest.fixture
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name, text in REPORTS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def _reports(cli, db, *args):
    r = cli("reports", "--db", db, "--format", "json", *args)
    assert r.exit_code == 0, r.output
    return {x["title"]: x for x in json.loads(r.stdout)}, r.stderr


def test_gazetteer_add_makes_reports_stale_and_reprocess_stale_refreshes_them(
        cli, gazetteer, dumps, inputs, db):
    first = RecordingPipeline()
    assert cli("ingest", str(inputs), "--db", db, pipeline=first).exit_code == 0
    rows, err = _reports(cli, db)
    assert all(x["stale"] == [] for x in rows.values()) and "stale" not in err
    assert rows["Shelling"]["extraction"]["gazetteer"] == first.provenance.gazetteer

    r = cli("gazetteer", "add", "UA", "--from", str(dumps))
    assert r.exit_code == 0, r.output
    rows, err = _reports(cli, db)
    assert all(x["stale"] == ["gazetteer changed (default -> default+UA)"]
               for x in rows.values())
    assert "3 report(s) stale" in err and "fogofwar reprocess --stale" in err
    table = cli("reports", "--db", db).stdout
    assert "stale: gazetteer changed (default -> default+UA)" in table

    second = RecordingPipeline()
    r = cli("reprocess", "--db", db, "--stale", "--source", "Wire A", pipeline=second)
    assert r.exit_code == 0, r.output
    assert second.seen == [next(iter(second.seen))] and "reprocessed: 1" in r.stderr
    rows, _ = _reports(cli, db, "--stale")
    assert set(rows) == {"Denial", "Sumy"}  # only those left stale

    third = RecordingPipeline()
    r = cli("reprocess", "--db", db, "--stale", "--json", pipeline=third)
    assert r.exit_code == 0, r.output
    assert len(third.seen) == 2 and json.loads(r.stdout)["failed"] == []
    rows, err = _reports(cli, db)
    assert all(x["stale"] == [] for x in rows.values()) and "stale" not in err
    r = cli("reprocess", "--db", db, "--stale", pipeline=RecordingPipeline())
    assert r.exit_code == 0 and "nothing to reprocess (no stale report)" in r.stderr


def test_a_store_from_before_provenance_upgrades_and_its_reports_read_as_stale(
        cli, gazetteer, tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for f in sorted(MIGRATIONS.glob("*.sql"))[:3]:  # the schema as it was (0001..0003)
        for stmt in split_statements(f.read_text(encoding="utf-8")):
            conn.execute(stmt)
    conn.execute("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT)")
    conn.executemany("INSERT INTO schema_migrations VALUES (?, '2026-01-01')",
                     [(f.stem,) for f in sorted(MIGRATIONS.glob("*.sql"))[:3]])
    conn.execute("INSERT INTO reports (id, content_hash, text, published, title, ingested_at)"
                 " VALUES ('old-1', 'h1', 'Russian forces shelled Sumy on 13 March.',"
                 " '2025-03-14', 'Old', '2026-01-01')")
    conn.commit()
    conn.close()
    rows, err = _reports(cli, str(path))
    assert rows["Old"]["stale"] == ["extracted by an unrecorded version"]
    assert "1 report(s) stale" in err
    p = RecordingPipeline()
    r = cli("reprocess", "--db", str(path), "--stale", pipeline=p)
    assert r.exit_code == 0, r.output
    rows, _ = _reports(cli, str(path))
    assert rows["Old"]["stale"] == [] and rows["Old"]["events"] == 1
    assert rows["Old"]["language"] == "en"  # detected on reprocess: it had none


def test_a_report_that_fails_keeps_its_old_extraction_and_the_others_go_on(
        cli, gazetteer, inputs, db):
    assert cli("ingest", str(inputs), "--db", db, pipeline=RecordingPipeline()).exit_code == 0
    with Store.open(db) as s:
        before = {r.report.id: s.extraction(r.report.id) for r in s.reports()}
    failing = RecordingPipeline(fail_on="Demidovka")
    failing.provenance = replace(failing.provenance, pipeline="fogofwar next")
    r = cli("reprocess", "--db", db, pipeline=failing)
    assert r.exit_code == 1
    assert "failed: 2" in r.stderr and "its stored extraction is kept" in r.stderr
    rows, _ = _reports(cli, db)
    assert rows["Sumy"]["extraction"]["pipeline"] == "fogofwar next"
    assert rows["Shelling"]["extraction"]["pipeline"] != "fogofwar next"
    with Store.open(db) as s:
        for rid, ex in before.items():
            if "Demidovka" in ex.report.text:
                assert s.extraction(rid) == ex


def test_an_error_inside_the_transaction_leaves_the_old_extraction_and_incidents(
        cli, gazetteer, inputs, db, monkeypatch):
    from fogofwar.store import writer

    assert cli("ingest", str(inputs), "--db", db, pipeline=RecordingPipeline()).exit_code == 0
    assert cli("incidents", "--db", db).exit_code == 0
    with Store.open(db) as s:
        before = {r.report.id: s.extraction(r.report.id) for r in s.reports()}
        incidents = s.db.query("SELECT id, summary_json FROM incidents ORDER BY id")
    assert incidents

    changed = RecordingPipeline()
    changed.run = lambda report, _run=changed.run: replace(_run(report), places=(), events=(),
                                                             claims=())
    inserted = []

    def broken_insert(db_, rows):  # the old rows are deleted by now: fail mid-write
        inserted.append(1)
        raise OSError("disk on fire")

    monkeypatch.setattr(writer, "_insert_records", broken_insert)
    r = cli("reprocess", "--db", db, pipeline=changed)
    assert r.exit_code == 1 and inserted and "disk on fire" in r.stderr
    with Store.open(db) as s:
        assert {r.report.id: s.extraction(r.report.id) for r in s.reports()} == before
        assert s.db.query("SELECT id, summary_json FROM incidents ORDER BY id") == incidents


def test_a_changed_fused_report_refuses_the_incidents_as_one_run_would(
        cli, gazetteer, inputs, db, tmp_path):
    assert cli("ingest", str(inputs), "--db", db, pipeline=RecordingPipeline()).exit_code == 0
    assert cli("incidents", "--db", db).exit_code == 0
    # the new pipeline places Demidovka elsewhere: the fused reports that name it change
    moved = RecordingPipeline()
    moved.provenance = replace(moved.provenance, pipeline="fogofwar next")
    _run = moved.run

    def run(report):
        ex = _run(report)
        return replace(ex, places=tuple(replace(p, lat=p.lat + 1.0, geonameid=77)
                                        if p.name == "Demidovka" else p for p in ex.places))

    moved.run = run
    r = cli("reprocess", "--db", db, pipeline=moved)
    assert r.exit_code == 0, r.output
    assert "changed: 2  unchanged: 1" in r.stderr and "incidents fused again" in r.stderr
    # a fresh store fed the new extractions fuses to the same incidents
    fresh = str(tmp_path / "fresh.db")
    assert cli("ingest", str(inputs), "--db", fresh, pipeline=moved).exit_code == 0
    a = json.loads(cli("incidents", "--db", db, "--format", "json").stdout)
    b = json.loads(cli("incidents", "--db", fresh, "--format", "json").stdout)
    assert a == b and any(i["place"] and i["place"]["geonameid"] == 77 for i in a)


def test_unchanged_reports_only_update_their_provenance_and_keep_the_incidents(
        cli, gazetteer, inputs, db):
    assert cli("ingest", str(inputs), "--db", db, pipeline=RecordingPipeline()).exit_code == 0
    assert cli("incidents", "--db", db).exit_code == 0
    with Store.open(db) as s:
        joined = s.db.query("SELECT incident_id, event_id, joined_at FROM incident_events"
                            " ORDER BY event_id")
    same = RecordingPipeline()
    same.provenance = replace(same.provenance, pipeline="fogofwar next")
    r = cli("reprocess", "--db", db, pipeline=same)
    assert r.exit_code == 0 and "changed: 0  unchanged: 3" in r.stderr
    assert "incidents fused again" not in r.stderr
    with Store.open(db) as s:
        assert s.db.query("SELECT incident_id, event_id, joined_at FROM incident_events"
                          " ORDER BY event_id") == joined
    rows, _ = _reports(cli, db)
    assert {x["extraction"]["pipeline"] for x in rows.values()} == {"fogofwar next"}


def _rows(db):
    with Store.open(db) as s:
        return {r.report.id: (s.extraction(r.report.id), r.pipeline_version, r.gazetteer_version)
                for r in s.reports()}


def test_reprocess_jobs_2_stores_what_jobs_1_stores(gazetteer, inputs, tmp_path):
    """Worker processes extract (the pipeline factory is sent to them); this process
    writes, in order: the store ends the same as with --jobs 1, a failing report too."""
    from click.testing import CliRunner

    from fogofwar.cli import main

    moved = functools.partial(MovedPipeline, fail_on="Ministry")
    for jobs in (1, 2):
        db = str(tmp_path / f"j{jobs}.db")
        r = CliRunner().invoke(main, ["ingest", str(inputs), "--db", db],
                               obj={"make_pipeline": RecordingPipeline})
        assert r.exit_code == 0, r.output
        r = CliRunner().invoke(main, ["reprocess", "--db", db, "--jobs", str(jobs),
                                      "--batch-size", "1", "--no-progress"],
                               obj={"make_pipeline": moved})
        assert r.exit_code == 1, r.output  # the report naming the Ministry failed
        assert "changed: 1  unchanged: 1  failed: 1" in r.stderr
    assert _rows(str(tmp_path / "j1.db")) == _rows(str(tmp_path / "j2.db"))


class MovedPipeline(RecordingPipeline):
    """A later pipeline that places Demidovka elsewhere (picklable: --jobs sends it)."""

    def run(self, report):
        ex = super().run(report)
        return replace(ex, places=tuple(replace(p, lat=p.lat + 1.0, geonameid=77)
                                        if p.name == "Demidovka" else p for p in ex.places),
                       provenance=replace(ex.provenance, pipeline="fogofwar next"))


def test_an_existing_store_upgrades_on_either_engine(cli, gazetteer, db, tmp_path):
    """A store migrated up to before 0006 (the provenance columns) opens, upgrades, and
    reads its reports as extracted by an unrecorded version."""
    import shutil

    from fogofwar.store.db import Database
    from fogofwar.store.migrate import migrate

    old = tmp_path / "migrations-before-0006"
    old.mkdir()
    for f in MIGRATIONS.glob("*.sql"):
        if f.name < "0006":
            shutil.copy(f, old / f.name)
    database = Database.open(db)
    try:
        if database.dialect == "postgresql":  # the db fixture emptied it; start from nothing
            for t in database.query("SELECT table_name AS t FROM information_schema.tables"
                                    " WHERE table_schema = current_schema()"):
                database.execute(f'DROP TABLE IF EXISTS "{t["t"]}" CASCADE')
        migrate(database, old)
        database.execute("INSERT INTO reports (id, content_hash, text, published, title,"
                         " ingested_at) VALUES ('old-1', 'h1', 'Russian forces shelled Sumy"
                         " on 13 March.', '2025-03-14', 'Old', '2026-01-01')")
    finally:
        database.close()
    rows, err = _reports(cli, db)
    assert rows["Old"]["stale"] == ["extracted by an unrecorded version"]
    with Store.open(db) as s:
        assert "0006_report_provenance" in s.migrations()  # and every later one
    r = cli("reprocess", "--db", db, "--stale", pipeline=RecordingPipeline())
    assert r.exit_code == 0, r.output
    assert _reports(cli, db)[0]["Old"]["stale"] == []
