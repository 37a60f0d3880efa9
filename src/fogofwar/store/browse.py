"""The workbench's reads that aggregate: sources (who says what, and how it held up),
places, the incidents of events and a source's statements. SQL only; the web queries
(``web/queries/``) shape the results.

A source is a canonical name: a claim's source (``claims.source_canonical``), a report's
outlet speaking in its own voice, or both; fused incidents name both in their sources
(``incident_sources``, see incident_facets.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .db import Database
from .like import contains

# A source's stances that assert the incident (retracts: asserted, later denied).
ASSERTING = ("asserts", "hedges", "retracts")


def _marks(items: Iterable[Any]) -> str:
    return ", ".join("?" for _ in items)


def source_rows(db: Database) -> dict[str, dict[str, Any]]:
    """Every source by canonical name: kind, side, how many claims, reports (as an
    outlet) and incidents, and its first and last reporting date."""
    out: dict[str, dict[str, Any]] = {}

    def row(name: str) -> dict[str, Any]:
        return out.setdefault(name, {"canonical": name, "kind": None, "side": None,
                                     "claims": 0, "reports": 0, "incidents": 0,
                                     "first": None, "last": None})

    def dates(d: dict[str, Any], first: str | None, last: str | None) -> None:
        if first and (d["first"] is None or first < d["first"]):
            d["first"] = first
        if last and (d["last"] is None or last > d["last"]):
            d["last"] = last

    for r in db.query(
            "SELECT s.canonical, MIN(s.kind) AS kind, MIN(s.side) AS side,"
            " COUNT(DISTINCT s.incident_id) AS n, MIN(s.first_reported) AS first"
            " FROM incident_sources s JOIN incident_facets f ON f.incident_id = s.incident_id"
            " WHERE f.status <> 'unanswered' GROUP BY s.canonical"):
        d = row(r["canonical"])
        d.update(kind=r["kind"], side=r["side"], incidents=int(r["n"]))
        dates(d, (r["first"] or "")[:10] or None, None)
    for r in db.query(
            "SELECT c.source_canonical AS name, MIN(c.source_kind) AS kind,"
            " MIN(c.source_side) AS side, COUNT(*) AS n, MIN(substr(r.published, 1, 10)) AS first,"
            " MAX(substr(r.published, 1, 10)) AS last FROM claims c"
            " JOIN reports r ON r.id = c.report_id GROUP BY c.source_canonical"):
        d = row(r["name"])
        d["claims"] = int(r["n"])
        d["kind"] = d["kind"] or r["kind"]
        d["side"] = d["side"] or r["side"]
        dates(d, r["first"], r["last"])
    for r in db.query(
            "SELECT source AS name, COUNT(*) AS n, MIN(substr(published, 1, 10)) AS first,"
            " MAX(substr(published, 1, 10)) AS last FROM reports WHERE source IS NOT NULL"
            " GROUP BY source"):
        d = row(r["name"])
        d["reports"] = int(r["n"])
        d["kind"] = d["kind"] or "news_outlet"
        dates(d, r["first"], r["last"])
    return out


def source_claims(db: Database, names: tuple[str, ...], offset: int, limit: int
                  ) -> list[dict[str, Any]]:
    """The claims made by any of ``names``, oldest first (undated first), one page."""
    if not names:
        return []
    return db.query(
        "SELECT c.*, r.published AS r_published, r.title AS r_title, r.source AS r_source"
        " FROM claims c JOIN reports r ON r.id = c.report_id"
        f" WHERE c.source_canonical IN ({_marks(names)})"
        " ORDER BY COALESCE(r.published, ''), c.report_id, c.idx"
        f" LIMIT {int(limit)} OFFSET {int(offset)}", names)


def count_source_claims(db: Database, names: tuple[str, ...]) -> int:
    if not names:
        return 0
    return int(db.query(f"SELECT COUNT(*) AS n FROM claims WHERE source_canonical"
                        f" IN ({_marks(names)})", names)[0]["n"])


def source_incidents(db: Database, name: str, offset: int, limit: int
                     ) -> list[dict[str, Any]]:
    """The incidents a source speaks about, with its stance, oldest first."""
    return db.query(
        "SELECT s.incident_id, s.stance, s.relays, s.first_reported, f.status, f.credibility,"
        " f.event_type, f.sub_event_type, f.place_name, f.time_first, f.time_last"
        " FROM incident_sources s JOIN incident_facets f ON f.incident_id = s.incident_id"
        " WHERE s.canonical = ? AND f.status <> 'unanswered'"
        " ORDER BY COALESCE(s.first_reported, ''), s.incident_id"
        f" LIMIT {int(limit)} OFFSET {int(offset)}", (name,))


def track_record(db: Database, name: str) -> dict[str, int]:
    """How the incidents a source asserts held up: ``asserted`` (its stance asserts, hedges
    or retracts), ``corroborated`` (another independent source, relaying no one, asserts
    it, first reporting on the same day or later), ``contradicted`` (another independent
    source denies it), ``retracted`` (the source later denied it itself, or the incident's
    status is retracted)."""
    a = _marks(ASSERTING)
    base = ("FROM incident_sources s JOIN incident_facets f ON f.incident_id = s.incident_id"
            f" WHERE s.canonical = ? AND s.stance IN ({a}) AND f.status <> 'unanswered'")
    params = (name, *ASSERTING)
    other = ("EXISTS (SELECT 1 FROM incident_sources o WHERE o.incident_id = s.incident_id"
             " AND o.canonical <> s.canonical AND o.relays IS NULL")
    q = lambda extra, p=(): int(db.query(f"SELECT COUNT(*) AS n {base}{extra}",  # noqa: E731
                                         (*params, *p))[0]["n"])
    return {
        "asserted": q(""),
        "corroborated": q(f" AND {other} AND o.stance IN ({a})"
                          " AND COALESCE(o.first_reported, '') >= COALESCE(s.first_reported, ''))",
                          ASSERTING),
        "contradicted": q(f" AND {other} AND o.stance = 'denies')"),
        "retracted": q(" AND (s.stance = 'retracts' OR f.status = 'retracted')"),
    }


def incidents_of_events(db: Database, event_ids: list[str]) -> dict[str, str]:
    """event id -> the incident it was fused into."""
    out: dict[str, str] = {}
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        for r in db.query("SELECT event_id, incident_id FROM incident_events"
                          f" WHERE event_id IN ({_marks(chunk)})", chunk):
            out[r["event_id"]] = r["incident_id"]
    return out


def places(db: Database, *, name: str | None = None, bbox=None,
           areas: tuple[tuple[str, str], ...] = (), admin1: str | None = None,
           offset: int = 0, limit: int = 50) -> tuple[list[dict[str, Any]], int]:
    """The places the reports mention, one row per place (GeoNames id, else name and
    country), with how many mentions and events; most events first. ``name``: the name
    contains it; ``admin1``: the admin-1 name (any case) or one of ``areas``."""
    w, p = ["1 = 1"], []
    if name:
        w.append("(LOWER(pl.name) LIKE ? ESCAPE '\\' OR LOWER(pl.text) LIKE ? ESCAPE '\\')")
        p += [contains(name), contains(name)]
    if bbox:
        west, south, east, north = bbox
        w.append("pl.lat BETWEEN ? AND ? AND pl.lon BETWEEN ? AND ?")
        p += [south, north, west, east]
    if admin1:
        s = "(LOWER(pl.admin1) = ?"
        p.append(admin1.lower())
        for cc, a1 in areas:
            s += " OR (pl.country_code = ? AND (pl.admin1 = ? OR pl.name = ?))"
            p += [cc, a1, a1]
        w.append(s + ")")
    group = "COALESCE(CAST(pl.geonameid AS TEXT), LOWER(COALESCE(pl.name, pl.text)) || '|' || COALESCE(pl.country_code, ''))"
    inner = (f"SELECT {group} AS k, MIN(pl.geonameid) AS geonameid, MIN(COALESCE(pl.name, pl.text)) AS name,"
             " MIN(pl.lat) AS lat, MIN(pl.lon) AS lon, MIN(pl.country_code) AS country_code,"
             " MIN(pl.admin1) AS admin1, MIN(pl.feature_code) AS feature_code,"
             " MIN(pl.precision) AS precision, COUNT(*) AS mentions, COUNT(e.id) AS events"
             " FROM places pl LEFT JOIN events e ON e.report_id = pl.report_id AND e.place_idx = pl.idx"
             f" WHERE {' AND '.join(w)} GROUP BY {group}")
    total = int(db.query(f"SELECT COUNT(*) AS n FROM ({inner}) x", p)[0]["n"])
    rows = db.query(f"SELECT * FROM ({inner}) x ORDER BY events DESC, mentions DESC, name, k"
                    f" LIMIT {int(limit)} OFFSET {int(offset)}", p)
    for r in rows:
        r.pop("k", None)
        r["mentions"], r["events"] = int(r["mentions"]), int(r["events"])
    return rows, total


def any_unfused(db: Database) -> bool:
    """Is some stored report not fused yet (another process ingested it)?"""
    return bool(db.query("SELECT 1 AS x FROM reports r WHERE NOT EXISTS"
                         " (SELECT 1 FROM report_copies c WHERE c.report_id = r.id) LIMIT 1"))


def report_ids_newest_first(db: Database) -> list[str]:
    """Every report id in the store's newest-first order (``Filters.newest_first``: by
    publication, undated last, then id)."""
    return [r["id"] for r in db.query(
        "SELECT id FROM reports ORDER BY COALESCE(published, '') DESC, id")]
