"""Incidents for the API and the pages: the stable ``fogofwar incidents --format json``
objects, filtered and paged; one incident with its evidence; incidents per day.

The objects are the cached summaries fusion writes (``store.incidents``), read the same way
as ``fogofwar incidents`` reads them and in the same order (newest first, undated last).
"""

from __future__ import annotations

from typing import Any

from ..params import IncidentQuery, Page
from . import Listing
from ...incident_filter import matches, newest_first
from ...incidents import incident_detail
from ...query_aliases import admin1_areas, resolve_filters, source_terms, stored_admin1
from ...store.db import Database
from ...store.incidents import incident_summaries
from ...store.rows import Filters


def _source_ok(s: dict[str, Any], q: IncidentQuery, terms: tuple[str, ...]) -> bool:
    if q.side and (s.get("side") or "").upper() != q.side:
        return False
    if q.source_kind and s.get("kind") != q.source_kind:
        return False
    if terms:
        name = (s.get("canonical") or "").lower()
        return any(t in name for t in terms)
    return True


def _admin1_ok(inc: dict[str, Any], q: IncidentQuery, areas: tuple[tuple[str, str], ...]) -> bool:
    p = inc.get("place") or {}
    a1, cc = p.get("admin1") or "", p.get("country_code") or ""
    if a1 and a1.lower() == q.admin1.lower():
        return True
    return any(cc == acc and name in (a1, p.get("name")) for acc, name in areas)


def filtered(db: Database, q: IncidentQuery) -> list[dict[str, Any]]:
    """Every incident matching ``q``, newest first (as ``fogofwar incidents``)."""
    f = resolve_filters(db, Filters(since=q.since, until=q.until, place=q.place,
                                    event_type=q.event_type))
    areas: tuple[tuple[str, str], ...] = ()
    if q.admin1:
        areas = stored_admin1(db, admin1_areas(q.admin1))
    terms = ()
    if q.source:
        terms = tuple(t.lower() for t in (q.source, *source_terms(q.source)))
    by_source = bool(q.side or q.source_kind or terms)
    out = []
    for inc in incident_summaries(db, q.status, q.grade, None, q.include_unanswered):
        if not matches(inc, f):
            continue
        if q.bbox and not q.bbox.contains((inc.get("place") or {}).get("lat"),
                                          (inc.get("place") or {}).get("lon")):
            continue
        if q.admin1 and not _admin1_ok(inc, q, areas):
            continue
        if by_source and not any(_source_ok(s, q, terms) for s in inc.get("sources") or ()):
            continue
        out.append(inc)
    return newest_first(out)


def list_incidents(db: Database, q: IncidentQuery = IncidentQuery(), page: Page = Page()
                   ) -> Listing:
    """One page of the incidents matching ``q``, newest first."""
    incs = filtered(db, q)
    return Listing(incs[page.offset:page.offset + page.limit], len(incs), page.limit,
                   page.offset)


def get_incident(db: Database, incident_id: str, config=None) -> dict[str, Any] | None:
    """One incident: the stable object plus ``evidence`` (every supporting and denying
    statement with its source, report, date and quoted span). None if there is none."""
    if not incident_id:
        return None
    return incident_detail(db, incident_id, config)
