"""events.main in the store (migration 0009), on SQLite and PostgreSQL: the flag round-trips,
so `reprocess` of an unchanged report finds it unchanged and a changed flag is a change; a
store from before the migration keeps its events with the flag unknown (NULL, read as None),
and reprocessing fills it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from fogofwar.records import Extraction, Provenance
from fogofwar.reprocess import reprocess
from fogofwar.store import Store
from fogofwar.store.migrate import MIGRATIONS, split_statements
from store_fixtures import build_extraction, make_extraction, pg_schema_url, store  # noqa: F401


def _flagged(ex: Extraction, *flags) -> Extraction:
    return replace(ex, events=tuple(replace(e, main=f) for e, f in zip(ex.events, flags)))


class _Returns:
    """A pipeline that extracts ``ex`` again from its stored report (the stage's output,
    given): what `reprocess` compares with what is stored."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.provenance = Provenance("fogofwar next", None)

    def run(self, report):
        return replace(self.ex, report=report, provenance=self.provenance)

    def run_many(self, reports):
        for r in reports:
            yield self.run(r)


def test_main_flags_round_trip_and_reprocess_finds_them_unchanged(store, make_extraction):
    ex = _flagged(make_extraction(), True, False)
    assert store.save(ex).status == "stored"
    back = store.extraction("r1")
    assert [e.main for e in back.events] == [True, False] and back.events == ex.events
    assert {r.id: r.to_dict()["main"] for r in store.events()} == {"r1:e0": True,
                                                                   "r1:e1": False}
    same = reprocess(store, ["r1"], lambda: _Returns(ex))
    assert same.unchanged == ["r1"] and same.changed == []
    moved = reprocess(store, ["r1"], lambda: _Returns(_flagged(ex, False, True)))
    assert moved.changed == ["r1"]
    assert [e.main for e in store.extraction("r1").events] == [False, True]


def test_a_store_from_before_main_events_has_them_unknown_until_reprocessed(tmp_path):
    path = tmp_path / "old.db"
    old = [f for f in sorted(MIGRATIONS.glob("*.sql"))
           if f.name < "0009" and not f.name.endswith(".postgresql.sql")]
    conn = sqlite3.connect(path)
    for f in old:
        for stmt in split_statements(f.read_text(encoding="utf-8")):
            conn.execute(stmt)
    conn.execute("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT)")
    conn.executemany("INSERT INTO schema_migrations VALUES (?, '2026-01-01')",
                     sorted({(f.name.split(".")[0],) for f in old}))
    ex = build_extraction()
    conn.execute("INSERT INTO reports (id, content_hash, text, published, ingested_at)"
                 " VALUES ('r1', 'h1', ?, '2025-04-08', '2026-01-01')", (ex.report.text,))
    conn.execute("INSERT INTO events (id, report_id, idx, event_type, sub_event_type,"
                 " polarity, modality, evidence_text, evidence_start, evidence_end) VALUES"
                 " ('r1:e0', 'r1', 0, 'Battles', 'Armed clash', 'positive', 'asserted', ?, ?, ?)",
                 (ex.events[0].evidence.text, ex.events[0].evidence.start,
                  ex.events[0].evidence.end))
    conn.commit()
    conn.close()
    with Store.open(f"sqlite:///{path}") as s:  # applies 0009
        assert s.migrations()[-1].startswith("0009")
        assert [e.main for e in s.extraction("r1").events] == [None]
        assert [r.to_dict()["main"] for r in s.events()] == [None]
        [row] = list(s.reports())
        assert row.pipeline_version is None  # stale: extracted by an unrecorded version
        summary = reprocess(s, ["r1"], lambda: _Returns(_flagged(ex, True, False)))
        assert summary.changed == ["r1"]
        assert [e.main for e in s.extraction("r1").events] == [True, False]
