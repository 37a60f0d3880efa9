"""Incident facets: the cached summary's place, time and sources as columns and rows.

Written with every cached summary (``incidents.save_summary``), so the workbench lists
incidents by SQL (filters, order, pages; ``web/queries/incidents.py``) and counts a source's
incidents without parsing every summary. Stores fused before migration 0004 get them from
:func:`fill_missing` (run by ``fogofwar serve`` on start).
"""

from __future__ import annotations

import json
from typing import Any

from ..geo.names import key
from .db import Database


def write(db: Database, incident_id: str, summary: dict[str, Any]) -> None:
    """Store the facets of one incident's summary (inside the caller's transaction)."""
    p = summary.get("place") or {}
    t = summary.get("time") or {}
    first, last = t.get("first"), t.get("last") or t.get("first")
    name = p.get("name")
    db.execute(
        "UPDATE incidents SET facets = 1, place_name = ?, place_key = ?, place_lat = ?,"
        " place_lon = ?, place_admin1 = ?, place_cc = ?, time_first = ?, time_last = ?,"
        " list_key = ? WHERE id = ?",
        (name, key(name) if name else None, p.get("lat"), p.get("lon"), p.get("admin1"),
         p.get("country_code"), first, last if first else None, (last or "") if first else "",
         incident_id))
    db.execute("DELETE FROM incident_sources WHERE incident_id = ?", (incident_id,))
    db.executemany(
        "INSERT INTO incident_sources (incident_id, canonical, kind, side, stance, relays,"
        " first_reported) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(incident_id, s.get("canonical") or "", s.get("kind"), s.get("side"), s.get("stance"),
          s.get("relays"), s.get("first_reported")) for s in summary.get("sources") or ()])


def missing(db: Database) -> bool:
    """Does a summarised incident lack its facets (a store fused before migration 0004)?"""
    return bool(db.query("SELECT 1 AS x FROM incidents WHERE facets = 0"
                         " AND summary_json IS NOT NULL LIMIT 1"))


def fill_missing(db: Database, chunk: int = 500) -> int:
    """Write the facets of every summarised incident that lacks them; how many."""
    n = 0
    while True:
        with db.transaction():
            rows = db.query("SELECT id, summary_json FROM incidents WHERE facets = 0"
                            f" AND summary_json IS NOT NULL ORDER BY id LIMIT {int(chunk)}")
            for r in rows:
                write(db, r["id"], json.loads(r["summary_json"]))
        n += len(rows)
        if len(rows) < chunk:
            return n
