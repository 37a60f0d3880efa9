"""Incident facets: the cached summary's status, grade, type, place and time as one narrow
row (``incident_facets``) and its sources as rows (``incident_sources``).

Written with every cached summary (``incidents.save_summary``), so the workbench lists
incidents by SQL (filters, order, pages; ``store/incident_list.py``) and counts a source's
incidents without parsing every summary. Stores fused before migrations 0004/0007 get them
from :func:`fill_missing` (run by ``fogofwar serve`` on start).
"""

from __future__ import annotations

import json
from typing import Any

from ..geo.names import key
from .db import Database


def write(db: Database, incident_id: str, status: str, credibility: int | None,
          summary: dict[str, Any]) -> None:
    """Store the facets of one incident's summary (inside the caller's transaction)."""
    p = summary.get("place") or {}
    t = summary.get("time") or {}
    first, last = t.get("first"), t.get("last") or t.get("first")
    name = p.get("name")
    db.execute("DELETE FROM incident_facets WHERE incident_id = ?", (incident_id,))
    db.execute(
        "INSERT INTO incident_facets (incident_id, status, credibility, event_type,"
        " sub_event_type, place_name, place_key, place_lat, place_lon, place_admin1, place_cc,"
        " time_first, time_last, list_key, span_last)"
        " SELECT id, ?, ?, event_type, sub_event_type, ?, ?, ?, ?, ?, ?, ?, ?, ?, span_last"
        " FROM incidents WHERE id = ?",
        (status, credibility, name, key(name) if name else None, p.get("lat"), p.get("lon"),
         p.get("admin1"), p.get("country_code"), first, last if first else None,
         (last or "") if first else "", incident_id))
    db.execute("DELETE FROM incident_sources WHERE incident_id = ?", (incident_id,))
    db.executemany(
        "INSERT INTO incident_sources (incident_id, canonical, kind, side, stance, relays,"
        " first_reported) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(incident_id, s.get("canonical") or "", s.get("kind"), s.get("side"), s.get("stance"),
          s.get("relays"), s.get("first_reported")) for s in summary.get("sources") or ()])


def _missing_sql(columns: str, limit: str) -> str:
    return (f"SELECT {columns} FROM incidents i WHERE i.status IS NOT NULL AND NOT EXISTS"
            f" (SELECT 1 FROM incident_facets f WHERE f.incident_id = i.id) {limit}")


def missing(db: Database) -> bool:
    """Does a summarised incident lack its facets (a store fused before migration 0007)?

    Two counts over indexes (a summarised incident has a status; a facet row belongs to an
    existing incident, written with its summary), never a read of the large incident rows."""
    summarised = db.query("SELECT COUNT(*) AS n FROM incidents WHERE status IS NOT NULL")
    with_facets = db.query("SELECT COUNT(*) AS n FROM incident_facets")
    return int(summarised[0]["n"]) != int(with_facets[0]["n"])


def fill_missing(db: Database, chunk: int = 500) -> int:
    """Write the facets of every summarised incident that lacks them; how many."""
    n = 0
    while True:
        with db.transaction():
            rows = db.query(_missing_sql(
                "i.id, i.status, i.credibility, i.summary_json",
                f"AND i.summary_json IS NOT NULL ORDER BY i.id LIMIT {int(chunk)}"))
            for r in rows:
                write(db, r["id"], r["status"], r["credibility"], json.loads(r["summary_json"]))
        n += len(rows)
        if len(rows) < chunk:
            return n
