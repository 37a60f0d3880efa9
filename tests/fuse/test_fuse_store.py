"""Fusion through the store: hand-built extractions saved, fused incrementally, listed."""

from __future__ import annotations

import json

import pytest
from helpers_fuse import VILLAGE_A, belgorod_like, day, extraction, place
from pg_schema import throwaway_schema

from fogofwar.fuse.book import IncidentBook
from fogofwar.store import Store
from fogofwar.incidents import fuse_pending, fuse_report, incident_detail, list_incidents, refuse

STABLE_KEYS = {"id", "event_type", "sub_event_type", "place", "time", "status", "credibility",
               "reasons", "independent", "sources", "events"}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request):
    """An empty store: SQLite in memory, or a throw-away schema of the PostgreSQL server."""
    if request.param == "sqlite":
        s = Store.open(":memory:")
        yield s
        s.close()
        return
    with throwaway_schema("fow_fuse") as url:
        s = Store.open(url)
        try:
            yield s
        finally:
            s.close()


def _shape(incs):
    return sorted((i["id"], tuple(i["events"]), i["status"], i["credibility"]) for i in incs)


def test_store_fusion_matches_the_in_memory_book(store):
    exts = belgorod_like()
    for e in exts:
        store.save(e)
    results = fuse_pending(store.db)
    assert [r.status for r in results] == ["fused"] * len(exts)
    assert results[2].copy_of == "wire1"  # wire2 is a near-copy of wire1
    incs = list_incidents(store.db)
    for inc in incs:
        assert STABLE_KEYS <= set(inc) and "_graded_with" not in inc
        assert set(inc["place"]) >= {"name", "geonameid", "lat", "lon", "admin1", "country_code", "precision"}
        assert set(inc["time"]) >= {"value", "precision"}
        for s in inc["sources"]:
            assert set(s) >= {"canonical", "kind", "side", "stance", "certainty", "first_reported",
                              "reports", "relays"}
    book = IncidentBook()
    for e in exts:
        book.add(e)
    assert _shape(incs) == _shape(book.incidents())
    # idempotent, and a re-fuse from scratch gives the same
    assert fuse_report(store.db, "wire1").status == "already"
    refuse(store.db)
    assert _shape(list_incidents(store.db)) == _shape(incs)


def test_incremental_report_joins_and_evidence(store):
    for e in belgorod_like():
        store.save(e)
    fuse_pending(store.db)
    n = len(list_incidents(store.db))
    store.save(extraction("late", "2025-04-12", "Evening Post", "A separate account of the clash.",
                          [dict(place=place("Alpha", VILLAGE_A), time=day("2025-04-08"))]))
    res = fuse_report(store.db, "late")
    assert len(res.joins) == 1 and not res.joins[0].created
    assert len(list_incidents(store.db)) == n
    detail = incident_detail(store.db, res.joins[0].incident_id)
    assert "late:e0" in detail["events"]
    ev = [e for e in detail["evidence"] if e["report"] == "late"]
    assert ev and ev[0]["quote"]["text"] == "evidence"
    assert detail["matched"]["late:e0"]["place"].startswith("same place")
    json.dumps(detail)
    assert incident_detail(store.db, "inc:nope") is None


def test_undated_reports_and_month_boundaries(store):
    """The index files incidents by month: a match across a month boundary, and a report
    with no date at all, are still found."""
    store.save(extraction("a", "2025-03-31", "One", "text a", [dict(place=place("Alpha", VILLAGE_A),
                                                                     time=day("2025-03-31"))]))
    store.save(extraction("b", "2025-04-01", "Two", "text b", [dict(place=place("Alpha", VILLAGE_A),
                                                                     time=None)]))
    store.save(extraction("c", None, "Three", "text c", [dict(place=place("Alpha", VILLAGE_A), time=None)]))
    fuse_pending(store.db)
    [inc] = list_incidents(store.db)
    assert inc["events"] == ["a:e0", "b:e0", "c:e0"]


def test_reports_arriving_out_of_order_give_the_incidents_of_a_serial_run(store):
    """Backfills and workers finishing out of order: whatever order reports are stored and
    fused in, the incidents are those of one run in canonical (date) order."""
    exts = belgorod_like()
    assert len({e.report.published for e in exts}) > 1
    serial = IncidentBook()
    for e in sorted(exts, key=lambda e: (e.report.published or "", e.report.id)):
        serial.add(e)
    for e in reversed(exts):  # newest first, fusing after each
        store.save(e)
        fuse_pending(store.db)
    assert _shape(list_incidents(store.db, include_unanswered=True)) == \
        _shape(serial.incidents(include_unanswered=True))
