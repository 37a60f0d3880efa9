"""Events, claims, reports and places for the API and the pages, and one report with
every span extracted from it (for highlighting).

Events, claims and reports are the store's own rows (``store/reader.py``, the rows of
``fogofwar events/claims/reports --format json``), read newest first; the filters the store
has no column for (bounding box, admin-1 area, source kind and side) are applied to the
rows as they stream. Their lists give ``total: null`` (counting would read the whole
store) and say whether a next page exists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from ...query_aliases import admin1_areas, resolve_filters, stored_admin1
from ...store import browse
from ...store.db import Database
from ...store.reader import iter_claims, iter_events, iter_reports, load_extraction
from ...store.rows import ClaimRow, EventRow, Filters
from ..params import Page
from . import Listing, page_of

T = TypeVar("T")


@dataclass(frozen=True)
class RecordQuery:
    """Filters of the events, claims and reports lists (docs/api.md); None: no filter."""

    since: str | None = None
    until: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    admin1: str | None = None
    place: str | None = None
    event_type: str | None = None
    source: str | None = None
    source_kind: str | None = None
    side: str | None = None
    report: str | None = None
    polarity: str | None = None
    stance: str | None = None

    def filters(self, db: Database) -> Filters:
        f = Filters(since=self.since, until=self.until, place=self.place,
                    event_type=self.event_type, source=self.source,
                    report_ids=(self.report,) if self.report else None,
                    polarity=self.polarity, newest_first=True)
        return resolve_filters(db, f)


def _areas(db: Database, q: RecordQuery) -> tuple[tuple[str, str], ...]:
    return stored_admin1(db, admin1_areas(q.admin1)) if q.admin1 else ()


def _place_ok(p, q: RecordQuery, areas) -> bool:
    if q.bbox:
        if p is None or p.lat is None or p.lon is None:
            return False
        west, south, east, north = q.bbox
        if not (south <= p.lat <= north and west <= p.lon <= east):
            return False
    if q.admin1:
        if p is None:
            return False
        a1 = p.admin1 or ""
        if a1.lower() != q.admin1.lower() and not any(
                p.country_code == cc and n in (a1, p.name) for cc, n in areas):
            return False
    return True


def by_reports(db: Database, f: Filters, rows: Callable[[Database, Filters], Iterator[T]],
               size: int = 25) -> Iterator[T]:
    """``rows(db, f)`` read a few reports at a time, newest first: the same rows in the same
    order as one query over the store, but a page near the top reads only the reports it
    needs (one query sorting every event of the store would take the whole store's time)."""
    if f.report_ids is not None:
        yield from rows(db, f)
        return
    ids = browse.report_ids_newest_first(db)
    for i in range(0, len(ids), size):
        yield from rows(db, replace(f, report_ids=tuple(ids[i:i + size])))


def list_events(db: Database, q: RecordQuery = RecordQuery(), page: Page = Page()) -> Listing:
    """Stored events (``fogofwar events --format json`` rows), newest report first."""
    areas = _areas(db, q)

    def keep(e: EventRow) -> bool:
        if not _place_ok(e.place, q, areas):
            return False
        if q.source_kind or q.side:
            return any((not q.source_kind or s.kind == q.source_kind)
                       and (not q.side or (s.side or "").upper() == q.side) for s in e.sources)
        return True

    return page_of(by_reports(db, q.filters(db), iter_events), keep, lambda e: e.to_dict(),
                   page.limit, page.offset)


def list_claims(db: Database, q: RecordQuery = RecordQuery(), page: Page = Page()) -> Listing:
    """Stored claims (``fogofwar claims --format json`` rows), newest report first."""

    def keep(c: ClaimRow) -> bool:
        s = c.claim.source
        return ((not q.source_kind or s.kind == q.source_kind)
                and (not q.side or (s.side or "").upper() == q.side)
                and (not q.stance or c.claim.stance == q.stance))

    return page_of(by_reports(db, q.filters(db), iter_claims), keep, lambda c: c.to_dict(),
                   page.limit, page.offset)


def list_reports(db: Database, q: RecordQuery = RecordQuery(), page: Page = Page()) -> Listing:
    """Stored reports with counts of what was extracted (no text), newest first."""
    return page_of(iter_reports(db, q.filters(db)), lambda r: True, lambda r: r.to_dict(),
                   page.limit, page.offset)


def _span(kind: str, d: dict[str, Any], ref: str, start: int, end: int) -> dict[str, Any]:
    return {"kind": kind, "start": start, "end": end, "ref": ref, "text": d.get("text")}


def report_detail(db: Database, report_id: str) -> dict[str, Any] | None:
    """One report: its metadata and text, what was extracted from it (the extract
    interface's objects, with ids and the incidents its events joined), and ``spans``:
    every extracted span with its offsets into ``text``, sorted, each naming what it is
    (``place``, ``time``, ``actor``, ``event``, ``claim_source``, ``claim_cue``,
    ``claim_content``) and ``ref``, the id or index of the record it belongs to."""
    ext = load_extraction(db, report_id)
    if ext is None:
        return None
    r = ext.report
    d = ext.to_dict()
    event_ids = [f"{r.id}:e{i}" for i in range(len(ext.events))]
    joined = browse.incidents_of_events(db, event_ids)
    for i, e in enumerate(d["events"]):
        e["id"] = event_ids[i]
        e["incident"] = joined.get(event_ids[i])
    for i, c in enumerate(d["claims"]):
        c["id"] = f"{r.id}:c{i}"
        c["event_ids"] = [event_ids[j] for j in c["events"] if 0 <= j < len(event_ids)]
    spans = []
    for kind, key in (("place", "places"), ("time", "times"), ("actor", "actors")):
        for i, s in enumerate(d[key]):
            if s["end"] > s["start"]:  # an inferred time has no text
                spans.append(_span(kind, s, f"{key}[{i}]", s["start"], s["end"]))
    for e in d["events"]:
        ev = e["evidence"]
        spans.append(_span("event", ev, e["id"], ev["start"], ev["end"]))
    for c in d["claims"]:
        for part in ("source", "cue", "content"):
            s = c[part]
            if s["end"] > s["start"]:
                spans.append(_span(f"claim_{part}", s, c["id"], s["start"], s["end"]))
    spans.sort(key=lambda s: (s["start"], -s["end"], s["kind"]))
    return {"id": r.id, "title": r.title, "source": r.source, "published": r.published,
            "url": r.url, "language": r.language, "text": r.text,
            "places": d["places"], "times": d["times"], "actors": d["actors"],
            "events": d["events"], "claims": d["claims"], "spans": spans}


def list_places(db: Database, *, name: str | None = None, bbox=None, admin1: str | None = None,
                page: Page = Page()) -> Listing:
    """The places mentioned, most events first, with their mention and event counts."""
    areas = stored_admin1(db, admin1_areas(admin1)) if admin1 else ()
    rows, total = browse.places(db, name=name, bbox=bbox, areas=areas, admin1=admin1,
                                offset=page.offset, limit=page.limit)
    return Listing(rows, total, page.limit, page.offset)
