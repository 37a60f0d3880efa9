"""Lists of incidents in SQL, over the facets (incident_facets.py): filter, order, page,
count, and count per day, for the workbench (``web/queries/incidents.py``).

The filters mean what ``fogofwar incidents`` means by them (``incident_filter.matches``):
the incident's time interval overlaps ``since``..``until``; ``place`` is the place's name,
an admin-1 name containing it, its country code, or one of the resolved admin-1 areas. The
order is theirs too: by the last day of the incident's time, newest first, undated last.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..geo.names import key
from .db import Database
from .like import contains


@dataclass(frozen=True)
class IncidentQuery:
    """What a list of incidents is filtered by; None: no filter (see docs/api.md)."""

    since: str | None = None
    until: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    admin1: str | None = None
    place: str | None = None
    event_type: str | None = None
    status: str | None = None
    grade: int | None = None  # credibility this good or better (<=)
    side: str | None = None
    source: str | None = None
    source_kind: str | None = None
    include_unanswered: bool = False
    # filled by web.queries.incidents.resolve (query_aliases): the stored (country code,
    # admin-1 name) pairs of the area ``place`` / ``admin1`` names; other names of ``source``
    place_areas: tuple[tuple[str, str], ...] = ()
    admin1_areas: tuple[tuple[str, str], ...] = ()
    source_terms: tuple[str, ...] = ()


def where(q: IncidentQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``incident_facets f``) and its parameters."""
    w = ["1 = 1"]
    p: list[Any] = []
    if q.status:
        w.append("f.status = ?")
        p.append(q.status)
    elif not q.include_unanswered:
        w.append("f.status <> 'unanswered'")
    if q.grade is not None:
        w.append("f.credibility <= ?")
        p.append(int(q.grade))
    if q.since or q.until:
        w.append("f.time_first IS NOT NULL")
    if q.since:
        w.append("f.time_last >= ?")
        p.append(q.since)
    if q.until:
        w.append("f.time_first <= ?")
        p.append(q.until)
    if q.bbox:
        west, south, east, north = q.bbox
        w.append("f.place_lat BETWEEN ? AND ? AND f.place_lon BETWEEN ? AND ?")
        p += [south, north, west, east]
    if q.event_type:
        w.append("(LOWER(f.event_type) = ? OR LOWER(f.sub_event_type) = ?)")
        p += [q.event_type.lower(), q.event_type.lower()]
    if q.place:
        v = q.place.strip()
        s = ("(f.place_key = ? OR LOWER(f.place_admin1) LIKE ? ESCAPE '\\'"
             " OR UPPER(f.place_cc) = ?")
        p += [key(v), contains(v), v.upper()]
        for cc, name in q.place_areas:
            s += " OR (f.place_cc = ? AND (f.place_admin1 = ? OR f.place_name = ?))"
            p += [cc, name, name]
        w.append(s + ")")
    if q.admin1:
        s = "(LOWER(f.place_admin1) = ?"
        p.append(q.admin1.lower())
        for cc, name in q.admin1_areas:
            s += " OR (f.place_cc = ? AND (f.place_admin1 = ? OR f.place_name = ?))"
            p += [cc, name, name]
        w.append(s + ")")
    if q.side or q.source_kind or q.source:
        sub = ["s.incident_id = f.incident_id"]
        if q.side:
            sub.append("UPPER(s.side) = ?")
            p.append(q.side.upper())
        if q.source_kind:
            sub.append("s.kind = ?")
            p.append(q.source_kind)
        if q.source:
            terms = (q.source, *q.source_terms)
            sub.append("(" + " OR ".join("LOWER(s.canonical) LIKE ? ESCAPE '\\'"
                                         for _ in terms) + ")")
            p += [contains(t) for t in terms]
        w.append(f"EXISTS (SELECT 1 FROM incident_sources s WHERE {' AND '.join(sub)})")
    return " AND ".join(w), p


ORDER = "f.list_key DESC, f.span_last DESC, f.incident_id"


def page(db: Database, q: IncidentQuery, offset: int, limit: int
         ) -> tuple[list[dict[str, Any]], int]:
    """The summaries of one page of matching incidents, and how many match in all."""
    w, p = where(q)
    total = int(db.query(f"SELECT COUNT(*) AS n FROM incident_facets f WHERE {w}", p)[0]["n"])
    if not limit:
        return [], total
    ids = [r["incident_id"] for r in db.query(
        f"SELECT f.incident_id FROM incident_facets f WHERE {w} ORDER BY {ORDER}"
        f" LIMIT {int(limit)} OFFSET {int(offset)}", p)]
    if not ids:
        return [], total
    summaries = {r["id"]: r["summary_json"] for r in db.query(
        f"SELECT id, summary_json FROM incidents WHERE id IN ({', '.join('?' for _ in ids)})",
        ids)}
    out = []
    for i in ids:
        d = json.loads(summaries[i])
        d.pop("_graded_with", None)
        out.append(d)
    return out, total


def per_day(db: Database, q: IncidentQuery) -> list[dict[str, Any]]:
    """How many matching incidents start on each day, by event type and status."""
    w, p = where(q)
    rows = db.query(
        "SELECT f.time_first AS day, f.event_type, f.status, COUNT(*) AS n"
        f" FROM incident_facets f WHERE {w} AND f.time_first IS NOT NULL"
        " GROUP BY f.time_first, f.event_type, f.status"
        " ORDER BY f.time_first, f.event_type, f.status", p)
    return [{"date": r["day"], "event_type": r["event_type"], "status": r["status"],
             "count": int(r["n"])} for r in rows]
