"""Two ``fogofwar incidents`` at once fuse each report once, as a serial run would
(issue 16, item 6): on PostgreSQL a transaction-level advisory lock serialises fusion
(without it both fused the same report and one crashed on ``report_copies_pkey``); on
SQLite ``BEGIN IMMEDIATE`` does."""

from __future__ import annotations

import threading

import pytest

from store_fixtures import build_extraction, pg_schema_url  # noqa: F401  (fixtures)
from pg_schema import throwaway_schema
from fogofwar.incidents import fuse_pending, list_incidents
from fogofwar.store import Store

VILLAGES = ["Demidovka", "Sudzha", "Sumy", "Kozinka", "Popovka", "Tetkino", "Guevo",
            "Plekhovo", "Zhuravka", "Nikolaevo-Darino"]


def _fill(url: str, n: int = 30) -> None:
    with Store.open(url) as s:
        for i in range(n):
            s.save(build_extraction(f"r{i:03d}", published=f"2025-04-{1 + i % 28:02d}",
                                    source=f"Wire {i % 3}", village=VILLAGES[i % len(VILLAGES)],
                                    extra=f"Report number {i}."))


def _snapshot(url: str) -> tuple:
    with Store.open(url) as s:
        db = s.db
        copies = db.query("SELECT report_id, cluster_id FROM report_copies ORDER BY report_id")
        members = db.query("SELECT incident_id, event_id, role FROM incident_events"
                           " ORDER BY event_id")
        incs = sorted((i["id"], i["status"], i["credibility"]) for i in list_incidents(db))
    return ([tuple(r.values()) for r in copies], [tuple(r.values()) for r in members], incs)


def _race(url: str, workers: int = 4) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(workers)

    def work():
        try:
            with Store.open(url) as s:
                start.wait()
                fuse_pending(s.db)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return errors


def _serial(url: str) -> tuple:
    with Store.open(url) as s:
        fuse_pending(s.db)
    return _snapshot(url)


@pytest.mark.postgres
@pytest.mark.parametrize("attempt", range(2))
def test_concurrent_fusion_on_postgres_matches_a_serial_run(attempt):
    with throwaway_schema("fow_race") as racy, throwaway_schema("fow_serial") as serial:
        _fill(racy)
        _fill(serial)
        errors = _race(racy)
        assert errors == [], errors
        raced = _snapshot(racy)
        assert len(raced[0]) == 30  # every report fused exactly once
        assert raced == _serial(serial)


def test_concurrent_fusion_on_sqlite_matches_a_serial_run(tmp_path):
    racy, serial = str(tmp_path / "racy.db"), str(tmp_path / "serial.db")
    _fill(racy)
    _fill(serial)
    errors = _race(racy)
    assert errors == [], errors
    raced = _snapshot(racy)
    assert len(raced[0]) == 30
    assert raced == _serial(serial)
