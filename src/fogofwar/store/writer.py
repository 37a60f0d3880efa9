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
    with db.transaction():
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        # The unique keys decide, not a look-up before the insert: with concurrent writers
        # (PostgreSQL, READ COMMITTED) another one may commit the same report between a
        # look-up and the insert. ON CONFLICT DO NOTHING waits for a racing transaction on
        # the same key and then inserts nothing if it committed; only then do we look.
        cur = db.execute(
            "INSERT INTO reports (id, content_hash, text, published, source, url, title,"
            " language, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (r.id, h, r.text, r.published, r.source, r.url, r.title, r.language, r.origin, now))
        if cur.rowcount == 0:
            same = db.query("SELECT id FROM reports WHERE content_hash = ?", (h,))
            if same:
                return SaveResult(r.id, "duplicate", duplicate_of=same[0]["id"])
            raise DuplicateIdError(
                f"report id {r.id!r} is already stored with different content; "
                f"give the new report another id")
        db.executemany(
            "INSERT INTO places (report_id, idx, text, start_char, end_char, geonameid, name,"
            " lat, lon, country_code, admin1, admin2, feature_code, precision, score)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.id, i, p.text, p.start, p.end, p.geonameid, p.name, p.lat, p.lon,
              p.country_code, p.admin1, p.admin2, p.feature_code, p.precision, p.score)
             for i, p in enumerate(ex.places)])
        db.executemany(
            "INSERT INTO times (report_id, idx, text, start_char, end_char, value, precision,"
            " first_date, last_date, inferred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.id, i, t.text, t.start, t.end, t.value, t.precision, t.first, t.last,
              int(t.inferred)) for i, t in enumerate(ex.times)])
        db.executemany(
            "INSERT INTO actors (report_id, idx, text, start_char, end_char, canonical, kind,"
            " side) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.id, i, a.text, a.start, a.end, a.canonical, a.kind, a.side)
             for i, a in enumerate(ex.actors)])
        db.executemany(
            "INSERT INTO events (id, report_id, idx, event_type, sub_event_type, actor1, actor2,"
            " place_idx, time_idx, fatalities_low, fatalities_best, fatalities_high, polarity,"
            " modality, plover, evidence_text, evidence_start, evidence_end, location_precision)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(event_id(r.id, i), r.id, i, e.event_type, e.sub_event_type, e.actor1, e.actor2,
              e.location, e.time,
              e.fatalities.low if e.fatalities else None,
              e.fatalities.best if e.fatalities else None,
              e.fatalities.high if e.fatalities else None,
              e.polarity, e.modality, e.plover, e.evidence.text, e.evidence.start,
              e.evidence.end, getattr(e, "location_precision", None))
             for i, e in enumerate(ex.events)])
        db.executemany(
            "INSERT INTO claims (id, report_id, idx, source_text, source_start, source_end,"
            " source_canonical, source_kind, source_side, cue_text, cue_start, cue_end,"
            " content_text, content_start, content_end, stance, certainty, mode)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(claim_id(r.id, i), r.id, i, c.source.text, c.source.start, c.source.end,
              c.source.canonical, c.source.kind, c.source.side, c.cue.text, c.cue.start,
              c.cue.end, c.content.text, c.content.start, c.content.end, c.stance,
              c.certainty, c.mode) for i, c in enumerate(ex.claims)])
        db.executemany(
            "INSERT INTO claim_events (claim_id, event_id) VALUES (?, ?)",
            sorted({(claim_id(r.id, i), event_id(r.id, j))
                    for i, c in enumerate(ex.claims) for j in c.events}))
    counts = {"places": len(ex.places), "times": len(ex.times), "actors": len(ex.actors),
              "events": len(ex.events), "claims": len(ex.claims)}
    return SaveResult(r.id, "stored", counts=counts)


def event_id(report_id: str, idx: int) -> str:
    return f"{report_id}:e{idx}"


def claim_id(report_id: str, idx: int) -> str:
    return f"{report_id}:c{idx}"
