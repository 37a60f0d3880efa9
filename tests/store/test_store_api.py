"""The store API on SQLite and PostgreSQL: migrations, transactional save, queries, filters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fogofwar.ingest.normalize import content_hash
from fogofwar.records import Event, Span
from fogofwar.store import DuplicateIdError, Filters, Store, StoreError, event_dates
from store_fixtures import make_extraction, pg_schema_url, store  # noqa: F401  (fixtures)


def test_migrations_apply_once(store):
    assert store.migrations()[0] == "0001_core"
    before = store.migrations()
    from fogofwar.store.migrate import migrate

    assert migrate(store.db) == []  # nothing pending the second time
    assert store.migrations() == before


def test_save_roundtrip_keeps_every_record_and_span(store, make_extraction):
    ex = make_extraction()
    result = store.save(ex)
    assert result.status == "stored"
    assert result.counts == {"places": 1, "times": 2, "actors": 3, "events": 2, "claims": 2}
    back = store.extraction("r1")
    assert back.report.content_hash == content_hash(ex.report.text)
    assert back.report.text == ex.report.text
    assert back.places == ex.places
    assert back.times == ex.times
    assert back.actors == ex.actors
    assert back.events == ex.events
    assert back.claims == ex.claims
    for e in back.events:  # evidence spans survive exactly
        assert back.report.text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_duplicate_content_is_skipped(store, make_extraction):
    store.save(make_extraction("r1"))
    ex = make_extraction("r2")
    # Same words, different spacing and line breaks: the same report.
    ex = replace(ex, report=replace(ex.report, text=ex.report.text.replace(". ", ".\n\n")))
    result = store.save(ex)
    assert (result.status, result.duplicate_of) == ("duplicate", "r1")
    assert store.count("reports") == 1
    assert store.count("events") == 2


def test_same_id_different_content_is_refused(store, make_extraction):
    store.save(make_extraction("r1"))
    with pytest.raises(DuplicateIdError, match="'r1'"):
        store.save(make_extraction("r1", village="Prilesye"))
    assert store.count("reports") == 1


def test_bad_index_writes_nothing(store, make_extraction):
    ex = make_extraction()
    bad = replace(ex.events[0], location=7)
    with pytest.raises(ValueError, match="location 7"):
        store.save(replace(ex, events=(bad, ex.events[1])))
    assert store.count("reports") == 0


def test_failure_midway_rolls_back(store, make_extraction, monkeypatch):
    """A write failing after the report row is in leaves nothing behind."""
    original = store.db.executemany

    def failing(sql, rows):
        if "INSERT INTO claims" in sql:
            raise RuntimeError("disk full (simulated)")
        return original(sql, rows)

    monkeypatch.setattr(store.db, "executemany", failing)
    with pytest.raises(RuntimeError):
        store.save(make_extraction())
    monkeypatch.undo()
    for table in ("reports", "places", "times", "actors", "events", "claims"):
        assert store.count(table) == 0, table
    assert store.save(make_extraction()).status == "stored"  # the store is still usable


def _fill(store, make_extraction):
    store.save(make_extraction("a", published="2025-04-08", source="Wire A"))
    store.save(make_extraction("b", published="2025-03-20", source="Outlet B",
                               village="Prilesye", extra="Nothing else."))
    ex = make_extraction("c", published="2024-08-10", source="Outlet C", village="Sudzha",
                         extra="More.")
    # Report c: a Kursk place and a 2024 date.
    place = replace(ex.places[0], admin1="Kursk Oblast", admin2=None, geonameid=202)
    t0 = replace(ex.times[0], value="2024-08-09")
    t1 = replace(ex.times[1], value="2024-08")
    store.save(replace(ex, places=(place,), times=(t0, t1)))


def test_event_filters(store, make_extraction):
    _fill(store, make_extraction)
    ids = lambda **kw: sorted(e.id for e in store.events(Filters(**kw)))  # noqa: E731
    assert len(ids()) == 6
    assert ids(place="demidovka") == ["a:e0", "a:e1"]
    assert ids(place="Kursk") == ["c:e0", "c:e1"]           # admin1 substring
    assert len(ids(place="ru")) == 6                       # country code
    assert ids(event_type="Armed clash") == ["a:e1", "b:e1", "c:e1"]
    assert ids(event_type="battles", place="Sudzha") == ["c:e1"]
    assert ids(source="outlet b") == ["b:e0", "b:e1"]      # report outlet
    assert len(ids(source="Ministry of Defence")) == 3     # claim source
    # 12 March 2025 shelling in a and b; the "March" (month) clash overlaps 2025-03-31.
    assert ids(since="2025-03-12", until="2025-03-12") == ["a:e0", "a:e1", "b:e0", "b:e1"]
    assert ids(since="2025-03-31") == ["a:e1", "b:e1"]
    assert ids(until="2024-12-31") == ["c:e0", "c:e1"]
    assert len(ids(limit=2)) == 2


def test_event_rows_carry_place_time_and_sources(store, make_extraction):
    store.save(make_extraction("a"))
    rows = list(store.events(Filters(event_type="Shelling/artillery/missile attack")))
    assert len(rows) == 1
    row = rows[0]
    assert row.place.name == "Demidovka" and row.place.lat == pytest.approx(50.9)
    assert row.time.value == "2025-03-12" and row.date == "2025-03-12"
    assert row.report_source == "Wire A"
    assert [(s.canonical, s.stance) for s in row.sources] == [("General Staff of Ukraine",
                                                                "asserts")]
    d = row.to_dict()
    assert d["place"]["name"] == "Demidovka" and d["sources"][0]["stance"] == "asserts"


def test_claims_and_reports_queries(store, make_extraction):
    _fill(store, make_extraction)
    claims = list(store.claims(Filters(source="ministry")))
    assert [c.id for c in claims] == ["c:c1", "b:c1", "a:c1"]  # ordered by publication
    assert claims[0].claim.stance == "denies" and claims[0].event_ids == ("c:e1",)
    assert [c.id for c in store.claims(Filters(place="Prilesye", event_type="Battles"))] == ["b:c1"]
    reports = list(store.reports(Filters(since="2025-01-01")))
    assert [r.report.id for r in reports] == ["b", "a"]
    assert (reports[0].n_places, reports[0].n_events, reports[0].n_claims) == (1, 2, 2)
    assert [r.report.id for r in store.reports(Filters(place="Sudzha"))] == ["c"]
    assert [r.report.id for r in store.reports(Filters(source="Wire"))] == ["a"]


def test_delete_report_removes_everything(store, make_extraction):
    store.save(make_extraction("a"))
    assert store.delete_report("a")
    assert not store.delete_report("a")
    for table in ("reports", "places", "events", "claims", "claim_events"):
        assert store.count(table) == 0


def test_undated_event_and_no_place(store, make_extraction):
    ex = make_extraction("u", published=None)
    ev = Event("Battles", "Armed clash", None, None, None, None, None, "positive",
               Span("fighting", ex.events[1].evidence.start, ex.events[1].evidence.end))
    store.save(replace(ex, events=(ev,), claims=()))
    rows = list(store.events())
    assert rows[0].place is None and rows[0].time is None and rows[0].date is None
    assert list(store.events(Filters(since="2000-01-01"))) == []  # undated never matches


# -- backend specifics ----------------------------------------------------------------------

def test_sqlite_file_urls_and_wal(tmp_path, make_extraction):
    path = tmp_path / "x.db"
    with Store.open(f"sqlite:///{path}") as s:
        s.save(make_extraction())
        assert s.db.query("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
    with Store.open(str(path)) as s:  # a plain path opens the same file
        assert s.count("reports") == 1
        assert s.migrations() == ["0001_core"] or s.migrations()[0] == "0001_core"


def test_unopenable_databases_say_why(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "dir.db"))
    with pytest.raises(StoreError, match="cannot connect"):
        Store.open("postgresql://127.0.0.1:1/nothing")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store.open(str(garbage))


def test_bad_filter_dates_are_refused():
    with pytest.raises(ValueError, match="since"):
        Filters(since="last Tuesday")


@pytest.mark.parametrize("value,first,last", [
    ("2025-03-12", "2025-03-12", "2025-03-12"),
    ("2025-03", "2025-03-01", "2025-03-31"),
    ("2024", "2024-01-01", "2024-12-31"),
    ("2025-W12", "2025-03-17", "2025-03-23"),
    ("2025-03-01/2025-04", "2025-03-01", "2025-04-30"),
    ("PRESENT_REF", "2025-04-08", "2025-04-08"),
])
def test_event_dates(value, first, last):
    from fogofwar.records import TimeValue

    assert event_dates(TimeValue("x", 0, 1, value, "day"), "2025-04-08T10:00:00") == (first, last)


def test_two_writers_on_one_sqlite_file(tmp_path, make_extraction):
    """Separate connections (as two `fogofwar ingest` processes) write without losing rows;
    the same report from both is stored once."""
    import threading

    path = str(tmp_path / "shared.db")
    Store.open(path).close()
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            with Store.open(path) as s:
                for i in range(15):
                    s.save(make_extraction(f"{prefix}{i}", village=f"Village{prefix}{i}"))
                    s.save(make_extraction("same", village="Common"))
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(path) as s:
        assert s.count("reports") == 31 and s.count("events") == 62


def test_acled_geo_precision_prefers_the_events_own(store, make_extraction):
    from fogofwar.store.export import acled_record

    store.save(make_extraction("a"))
    by_sub = {r.event.sub_event_type: acled_record(r) for r in store.events()}
    assert by_sub["Armed clash"]["geo_precision"] == 2  # "near": the event's own precision
    assert by_sub["Shelling/artillery/missile attack"]["geo_precision"] == 1  # the place's


def test_concurrent_first_open_migrates_once(store, tmp_path):
    """Several processes opening a new store at once (as parallel `ingest` runs do) all
    succeed, and each migration is recorded once."""
    import threading

    url = str(tmp_path / "race.db") if store.dialect == "sqlite" else store.db.url
    if store.dialect == "postgresql":  # start from an empty schema
        rows = store.db.query("SELECT table_name FROM information_schema.tables"
                              " WHERE table_schema = current_schema()")
        store.db.execute("DROP TABLE " + ", ".join(f'"{r["table_name"]}"' for r in rows)
                         + " CASCADE")
    errors: list[BaseException] = []

    def opener() -> None:
        try:
            Store.open(url).close()
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(url) as s:
        versions = s.migrations()
        assert versions == sorted(set(versions)) and versions[0] == "0001_core"


def test_streamed_queries_interleave_with_other_statements(store, make_extraction):
    """Events stream in chunks (a server-side cursor on PostgreSQL) while the sources of each
    chunk are fetched on the same connection; more rows than one chunk."""
    from fogofwar.store import reader

    for i in range(3):
        store.save(make_extraction(f"r{i}", village=f"V{i}"))
    old = reader._CHUNK
    reader._CHUNK = 2
    try:
        rows = list(store.events())
    finally:
        reader._CHUNK = old
    assert len(rows) == 6 and all(len(r.sources) == 1 for r in rows)
    assert len(list(store.events(Filters(limit=1)))) == 1  # an abandoned stream is closed
    assert store.count("events") == 6
