"""Writing one extraction: the report and all its records in one transaction, or nothing.

Indexes that point inside an extraction (an event's ``location``/``time``, a claim's
``events``) are checked before anything is written, so a bad extraction fails with a message
rather than leaving a report without its events.
"""

from __future__ import annotations

from datetime import datetime, timezone

from ..ingest.normalize import content_hash
from ..records import Extraction
from .db import Database, StoreError, StoreUnwritable, unwritable_reason
from .rows import SaveResult


class DuplicateIdError(StoreError):
    """A report id is already stored with different content."""


def check_indexes(ex: Extraction) -> None:
    """Raise ValueError when an index inside the extraction points nowhere."""
    n_places, n_times, n_events = len(ex.places), len(ex.times), len(ex.events)
    for i, e in enumerate(ex.events):
        if e.location is not None and not 0 <= e.location < n_places:
            raise ValueError(f"event {i}: location {e.location} is not one of {n_places} places")
        if e.time is not None and not 0 <= e.time < n_times:
            raise ValueError(f"event {i}: time {e.time} is not one of {n_times} times")
    for i, c in enumerate(ex.claims):
        for j in c.events:
            if not 0 <= j < n_events:
                raise ValueError(f"claim {i}: event {j} is not one of {n_events} events")


def save(db: Database, ex: Extraction) -> SaveResult:
    """Store ``ex``: ``stored``, or ``duplicate`` when its content hash is already stored."""
    check_indexes(ex)
    h = ex.report.content_hash or content_hash(ex.report.text)
    try:
        return _save(db, ex, h)
    except Exception as exc:
        # PostgreSQL, two writers, same report: the later INSERT waits for the earlier
        # transaction and then violates the unique content hash. That is a duplicate.
        if type(exc).__name__ in ("UniqueViolation", "IntegrityError"):
            same = db.query("SELECT id FROM reports WHERE content_hash = ?", (h,))
            if same:
                return SaveResult(ex.report.id, "duplicate", duplicate_of=same[0]["id"])
        why = unwritable_reason(exc)
        if why is not None:
            raise StoreUnwritable(f"cannot write to {db.display_url}: {why} ({exc})") from None
        raise


def _save(db: Database, ex: Extraction, h: str) -> SaveResult:
    r = ex.report
    pv = ex.provenance
    with db.transaction():
        now = _now()
        # The unique keys decide, not a look-up before the insert: with concurrent writers
        # (PostgreSQL, READ COMMITTED) another one may commit the same report between a
        # look-up and the insert. ON CONFLICT DO NOTHING waits for a racing transaction on
        # the same key and then inserts nothing if it committed; only then do we look.
        cur = db.execute(
            "INSERT INTO reports (id, content_hash, text, published, source, url, title,"
            " language, origin, ingested_at, pipeline_version, gazetteer_version, extracted_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (r.id, h, r.text, r.published, r.source, r.url, r.title, r.language, r.origin, now,
             pv.pipeline if pv else None, pv.gazetteer if pv else None, now))
        if cur.rowcount == 0:
            same = db.query("SELECT id FROM reports WHERE content_hash = ?", (h,))
            if same:
                return SaveResult(r.id, "duplicate", duplicate_of=same[0]["id"])
            raise DuplicateIdError(
                f"report id {r.id!r} is already stored with different content; "
                f"give the new report another id")
        _insert_records(db, record_rows(ex))
    return SaveResult(r.id, "stored", counts=_counts(ex))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _counts(ex: Extraction) -> dict[str, int]:
    return {"places": len(ex.places), "times": len(ex.times), "actors": len(ex.actors),
            "events": len(ex.events), "claims": len(ex.claims)}


# The tables a report's records fill, with their columns, in insert order (deletes run in
# reverse: claim_events before claims and events).
_COLUMNS = {
    "places": ("report_id", "idx", "text", "start_char", "end_char", "geonameid", "name",
               "lat", "lon", "country_code", "admin1", "admin2", "feature_code", "precision",
               "score"),
    "times": ("report_id", "idx", "text", "start_char", "end_char", "value", "precision",
              "first_date", "last_date", "inferred"),
    "actors": ("report_id", "idx", "text", "start_char", "end_char", "canonical", "kind",
               "side"),
    "events": ("id", "report_id", "idx", "event_type", "sub_event_type", "actor1", "actor2",
               "place_idx", "time_idx", "fatalities_low", "fatalities_best", "fatalities_high",
               "polarity", "modality", "plover", "evidence_text", "evidence_start",
               "evidence_end", "location_precision", "main"),
    "claims": ("id", "report_id", "idx", "source_text", "source_start", "source_end",
               "source_canonical", "source_kind", "source_side", "cue_text", "cue_start",
               "cue_end", "content_text", "content_start", "content_end", "stance",
               "certainty", "mode"),
    "claim_events": ("claim_id", "event_id"),
}


def record_rows(ex: Extraction) -> dict[str, list[tuple]]:
    """The rows a report's records become, per table: exactly what the store keeps (so two
    extractions whose rows are equal store the same thing)."""
    rid = ex.report.id
    f = lambda e: e.fatalities  # noqa: E731
    return {
        "places": [(rid, i, p.text, p.start, p.end, p.geonameid, p.name, p.lat, p.lon,
                    p.country_code, p.admin1, p.admin2, p.feature_code, p.precision, p.score)
                   for i, p in enumerate(ex.places)],
        "times": [(rid, i, t.text, t.start, t.end, t.value, t.precision, t.first, t.last,
                   int(t.inferred)) for i, t in enumerate(ex.times)],
        "actors": [(rid, i, a.text, a.start, a.end, a.canonical, a.kind, a.side)
                   for i, a in enumerate(ex.actors)],
        "events": [(event_id(rid, i), rid, i, e.event_type, e.sub_event_type, e.actor1,
                    e.actor2, e.location, e.time, f(e).low if f(e) else None,
                    f(e).best if f(e) else None, f(e).high if f(e) else None, e.polarity,
                    e.modality, e.plover, e.evidence.text, e.evidence.start, e.evidence.end,
                    getattr(e, "location_precision", None),
                    None if e.main is None else int(e.main)) for i, e in enumerate(ex.events)],
        "claims": [(claim_id(rid, i), rid, i, c.source.text, c.source.start, c.source.end,
                    c.source.canonical, c.source.kind, c.source.side, c.cue.text, c.cue.start,
                    c.cue.end, c.content.text, c.content.start, c.content.end, c.stance,
                    c.certainty, c.mode) for i, c in enumerate(ex.claims)],
        "claim_events": sorted({(claim_id(rid, i), event_id(rid, j))
                                for i, c in enumerate(ex.claims) for j in c.events}),
    }


def _insert_records(db: Database, rows: dict[str, list[tuple]]) -> None:
    for table, cols in _COLUMNS.items():
        db.executemany(f"INSERT INTO {table} ({', '.join(cols)})"
                       f" VALUES ({', '.join('?' for _ in cols)})", rows[table])


def delete_records(db: Database, report_id: str) -> None:
    """Delete a report's extracted records (not the report), inside the caller's transaction.
    Explicit order rather than ON DELETE CASCADE: SQLite enforces it only with PRAGMA
    foreign_keys, which an external connection may not have set."""
    db.execute("DELETE FROM incident_events WHERE event_id IN"
               " (SELECT id FROM events WHERE report_id = ?)", (report_id,))
    db.execute("DELETE FROM claim_events WHERE claim_id IN"
               " (SELECT id FROM claims WHERE report_id = ?)", (report_id,))
    for table in ("claims", "events", "actors", "times", "places"):
        db.execute(f"DELETE FROM {table} WHERE report_id = ?", (report_id,))


def replace(db: Database, ex: Extraction, stored: Extraction) -> bool:
    """Replace a stored report's records by ``ex`` (its re-extraction) and record its
    provenance, inside the caller's transaction. ``stored``: the report's extraction as
    stored now. Returns True when the records changed; when they did not, only the
    provenance is written (so nothing fused from them needs fusing again)."""
    check_indexes(ex)
    pv = ex.provenance
    rid = ex.report.id
    cur = db.execute("UPDATE reports SET language = ?, pipeline_version = ?,"
                     " gazetteer_version = ?, extracted_at = ? WHERE id = ?",
                     (ex.report.language, pv.pipeline if pv else None,
                      pv.gazetteer if pv else None, _now(), rid))
    if cur.rowcount == 0:
        raise StoreError(f"report {rid!r} is no longer stored")
    new = record_rows(ex)
    if new == record_rows(stored):
        return False
    delete_records(db, rid)
    _insert_records(db, new)
    return True


def event_id(report_id: str, idx: int) -> str:
    return f"{report_id}:e{idx}"


def claim_id(report_id: str, idx: int) -> str:
    return f"{report_id}:c{idx}"
