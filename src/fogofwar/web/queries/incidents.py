"""Incidents for the API and the pages: the stable ``fogofwar incidents --format json``
objects, filtered and paged; one incident with its evidence; incidents per day.

The objects are the cached summaries fusion writes, in the order ``fogofwar incidents``
lists them (newest first, undated last). Lists run in SQL over the incident facets
(``store/incident_list.py``); a store whose facets are not written yet (fused before
migration 0004 and opened read-only) is filtered here with ``incident_filter.matches``, the
CLI's own filter, to the same result.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...incident_filter import matches, newest_first
from ...incidents import incident_detail
from ...query_aliases import admin1_areas, source_terms, stored_admin1
from ...store import incident_facets, incident_list
from ...store.db import Database
from ...store.incident_list import IncidentQuery
from ...store.incidents import incident_summaries
from ...store.rows import Filters
from ..params import Page
from . import Listing


def resolve(db: Database, q: IncidentQuery) -> IncidentQuery:
    """``q`` with what an analyst types resolved (query_aliases): the admin-1 areas ``place``
    and ``admin1`` name, the other spellings and canonical name of ``source``."""
    changes: dict[str, Any] = {}
    if q.place:
        areas = admin1_areas(q.place)
        if areas:
            changes["place_areas"] = stored_admin1(db, areas)
    if q.admin1:
        areas = admin1_areas(q.admin1)
        if areas:
            changes["admin1_areas"] = stored_admin1(db, areas)
    if q.source:
        changes["source_terms"] = source_terms(q.source)
    return replace(q, **changes) if changes else q


# -- the fallback: the CLI's own filter over every summary ------------------------------------

def _source_ok(s: dict[str, Any], q: IncidentQuery, terms: tuple[str, ...]) -> bool:
    if q.side and (s.get("side") or "").upper() != q.side.upper():
        return False
    if q.source_kind and s.get("kind") != q.source_kind:
        return False
    if terms:
        name = (s.get("canonical") or "").lower()
        return any(t in name for t in terms)
    return True


def _admin1_ok(inc: dict[str, Any], q: IncidentQuery) -> bool:
    p = inc.get("place") or {}
    a1, cc = p.get("admin1") or "", p.get("country_code") or ""
    if a1 and a1.lower() == q.admin1.lower():
        return True
    return any(cc == acc and name in (a1, p.get("name")) for acc, name in q.admin1_areas)


def _in_box(inc: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    p = inc.get("place") or {}
    lat, lon = p.get("lat"), p.get("lon")
    if lat is None or lon is None:
        return False
    west, south, east, north = box
    return south <= lat <= north and west <= lon <= east


def filtered(db: Database, q: IncidentQuery) -> list[dict[str, Any]]:
    """Every incident matching the resolved ``q``, newest first, read from the summaries."""
    f = Filters(since=q.since, until=q.until, place=q.place, event_type=q.event_type,
                place_areas=q.place_areas)
    terms = tuple(t.lower() for t in (q.source, *q.source_terms)) if q.source else ()
    by_source = bool(q.side or q.source_kind or terms)
    out = []
    for inc in incident_summaries(db, q.status, q.grade, None, q.include_unanswered):
        if not matches(inc, f):
            continue
        if q.bbox and not _in_box(inc, q.bbox):
            continue
        if q.admin1 and not _admin1_ok(inc, q):
            continue
        if by_source and not any(_source_ok(s, q, terms) for s in inc.get("sources") or ()):
            continue
        out.append(inc)
    return newest_first(out)


# -- the queries --------------------------------------------------------------------------------

def list_incidents(db: Database, q: IncidentQuery = IncidentQuery(), page: Page = Page(),
                   *, sql: bool | None = None) -> Listing:
    """One page of the incidents matching ``q``, newest first. ``sql``: force (True) or
    avoid (False) the SQL path; by default SQL when the store's facets are complete."""
    q = resolve(db, q)
    if sql is None:
        sql = not incident_facets.missing(db)
    if sql:
        items, total = incident_list.page(db, q, page.offset, page.limit)
        return Listing(items, total, page.limit, page.offset)
    incs = filtered(db, q)
    return Listing(incs[page.offset:page.offset + page.limit], len(incs), page.limit,
                   page.offset)


def timeline(db: Database, q: IncidentQuery = IncidentQuery(), *, sql: bool | None = None
             ) -> dict[str, Any]:
    """Incidents per day (the first day of each incident's time) by event type and status:
    ``{"counts": [{"date", "event_type", "status", "count"}], "total", "first", "last"}``."""
    q = resolve(db, q)
    if sql is None:
        sql = not incident_facets.missing(db)
    if sql:
        counts = incident_list.per_day(db, q)
    else:
        tally: dict[tuple[str, str, str], int] = {}
        for inc in filtered(db, q):
            first = (inc.get("time") or {}).get("first")
            if first:
                k = (first, inc["event_type"], inc["status"])
                tally[k] = tally.get(k, 0) + 1
        counts = [{"date": d, "event_type": t, "status": s, "count": n}
                  for (d, t, s), n in sorted(tally.items())]
    return {"counts": counts, "total": sum(c["count"] for c in counts),
            "first": counts[0]["date"] if counts else None,
            "last": max(c["date"] for c in counts) if counts else None}


def get_incident(db: Database, incident_id: str, config=None) -> dict[str, Any] | None:
    """One incident: the stable object plus ``evidence`` (every supporting and denying
    statement with its source, report, date and quoted span). None if there is none."""
    if not incident_id:
        return None
    return incident_detail(db, incident_id, config)
