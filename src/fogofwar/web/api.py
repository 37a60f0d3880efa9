"""The JSON API under ``/api``: thin routes over ``web.queries`` (see docs/api.md).

Routes are plain ``def`` (FastAPI runs them in its thread pool); each borrows a store
connection from the app's pool for the length of the request.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request

from ..store import Store
from .errors import ApiError
from ..records import SOURCE_KINDS
from ..store import search as store_search
from .params import (IncidentQuery, Page, choice, date_range, incident_params,
                     page_params, parse_bbox, record_params)
from .queries import incidents as q_incidents
from .queries import records as q_records
from .queries import search as q_search
from .queries import sources as q_sources
from .queries.records import RecordQuery

router = APIRouter(prefix="/api")


def store(request: Request) -> Iterator[Store]:
    """The request's store connection (borrowed from the app's pool)."""
    with request.app.state.pool.store() as s:
        yield s


def _listing(request: Request, listing) -> dict[str, Any]:
    """A page with the URL of the next one (None on the last page)."""
    d = listing.to_dict()
    nxt = None
    if listing.has_next:
        # relative: the client knows the host it asked (a Host header is not trusted)
        u = request.url.include_query_params(offset=listing.offset + listing.limit)
        nxt = f"{u.path}?{u.query}"
    d["next"] = nxt
    return d


@router.get("/incidents", summary="Incidents, newest first (the stable incident objects)")
def incidents(request: Request, q: IncidentQuery = Depends(incident_params),
              page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """One page of incidents: ``{"items": [...], "total", "limit", "offset", "next"}``;
    each item is a `fogofwar incidents --format json` object."""
    request.app.state.refresher.poke()
    return _listing(request, q_incidents.list_incidents(
        s.db, q, page, sql=request.app.state.facets_complete))


@router.get("/incidents/{incident_id:path}", summary="One incident with its evidence")
def incident(request: Request, incident_id: str = Path(..., max_length=1000),
             s: Store = Depends(store)) -> dict[str, Any]:
    """The incident object plus ``evidence``: every supporting and denying statement with
    its source, report, date and the quoted span's offsets in the report's text."""
    d = q_incidents.get_incident(s.db, incident_id, request.app.state.config)
    if d is None:
        raise ApiError(404, f"no incident {incident_id!r}")
    return d


@router.get("/timeline", summary="Incidents per day by event type and status")
def timeline(request: Request, q: IncidentQuery = Depends(incident_params),
             s: Store = Depends(store)) -> dict[str, Any]:
    """``{"counts": [{"date", "event_type", "status", "count"}], "total", "first", "last"}``:
    the incidents matching the filters (those of /api/incidents), counted on the first day
    of their time; undated incidents are not counted."""
    request.app.state.refresher.poke()
    return q_incidents.timeline(s.db, q, sql=request.app.state.facets_complete)


@router.get("/events", summary="Stored events, newest report first")
def events(request: Request, q: RecordQuery = Depends(record_params),
           page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """Each item is a `fogofwar events --format json` row (with its sources and incident)."""
    return _listing(request, q_records.list_events(s.db, q, page))


@router.get("/claims", summary="Stored claims, newest report first")
def claims(request: Request, q: RecordQuery = Depends(record_params),
           page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """Each item is a `fogofwar claims --format json` row: source, cue and content spans,
    stance, certainty, the events it speaks about."""
    return _listing(request, q_records.list_claims(s.db, q, page))


@router.get("/reports", summary="Stored reports, newest first")
def reports(request: Request, q: RecordQuery = Depends(record_params),
            page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """Report metadata with counts of places, events and claims (no text)."""
    return _listing(request, q_records.list_reports(s.db, q, page))


@router.get("/reports/{report_id:path}", summary="One report: text and every extracted span")
def report(report_id: str = Path(..., max_length=1000),
           s: Store = Depends(store)) -> dict[str, Any]:
    """The report's text, what was extracted from it, and ``spans``: every span with its
    offsets into ``text`` and the record it belongs to (for highlighting)."""
    d = q_records.report_detail(s.db, report_id)
    if d is None:
        raise ApiError(404, f"no report {report_id!r}")
    return d


@router.get("/sources", summary="Sources: who speaks, most incidents first")
def sources(request: Request, source: str | None = Query(None, description="Name contains."),
            source_kind: str | None = Query(None), side: str | None = Query(None),
            page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """Each item: ``canonical``, ``kind``, ``side``, counts of ``claims``, ``reports`` (as an
    outlet) and ``incidents``, ``first`` and ``last`` reporting dates."""
    kind = choice("source_kind", source_kind, frozenset(SOURCE_KINDS))
    return _listing(request, q_sources.list_sources(
        s.db, source=(source or "").strip() or None, source_kind=kind,
        side=side.strip().upper() if side and side.strip() else None, page=page))


@router.get("/sources/{name:path}", summary="One source: its statements over time and track record")
def source(name: str = Path(..., max_length=1000), page: Page = Depends(page_params),
           s: Store = Depends(store)) -> dict[str, Any]:
    """The source's counts, ``track_record`` (incidents it asserted; of them corroborated
    by another independent source, contradicted, retracted), ``claims_page`` (its claims,
    oldest first) and ``incidents_page`` (the incidents it speaks about with its stance);
    ``limit``/``offset`` page both."""
    d = q_sources.source_detail(s.db, name, page)
    if d is None:
        raise ApiError(404, f"no source {name!r}")
    return d


@router.get("/places", summary="Places the reports mention, most events first")
def places(request: Request, name: str | None = Query(None, description="Name contains."),
           bbox: str | None = Query(None, description="west,south,east,north"),
           admin1: str | None = Query(None, description="Admin-1 area, by any of its names."),
           page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """Each item: ``geonameid``, ``name``, ``lat``, ``lon``, ``country_code``, ``admin1``,
    ``feature_code``, ``precision``, ``mentions`` and ``events``."""
    return _listing(request, q_records.list_places(
        s.db, name=(name or "").strip() or None, bbox=parse_bbox(bbox),
        admin1=(admin1 or "").strip() or None, page=page))


@router.get("/search", summary="Full-text search over reports and claims")
def search(request: Request,
           q: str = Query(..., min_length=1, max_length=500, description="Words to find (all "
                                                                         "of them; stemmed)."),
           in_: str = Query("reports", alias="in", description="reports | claims"),
           since: str | None = Query(None, description="Published from (YYYY-MM-DD)."),
           until: str | None = Query(None, description="Published up to (YYYY-MM-DD)."),
           page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """Reports (title and text) or claims (source and content) holding every word of
    ``q``, best match first, then newest. Each item has a ``snippet``: ``{"text",
    "highlights": [[start, end]]}`` (offsets into the snippet's text). ``counts`` gives
    the matches of both kinds."""
    kind = choice("in", in_.strip(), q_search.KINDS)
    if not store_search.words(q):
        raise ApiError(400, "q: no word to search for")
    s_, u_ = date_range(since, until)
    listing, counts = q_search.search(s.db, q, kind, since=s_, until=u_, page=page)
    d = _listing(request, listing)
    d["q"], d["in"], d["counts"] = q, kind, counts
    return d
