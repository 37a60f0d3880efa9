"""A source's claims over time: how many it made each month, by stance (the source page's
chart; months from the publication date of the report that carries the claim), and the
titles of the incidents it speaks about."""

from __future__ import annotations

from typing import Any

from .db import Database


def claims_per_month(db: Database, canonical: str) -> list[dict[str, Any]]:
    """``[{"month": "2022-03", "stance": "asserts", "count": 12}, ...]``, oldest first;
    claims in undated reports are left out."""
    rows = db.query(
        "SELECT substr(r.published, 1, 7) AS month, c.stance AS stance, COUNT(*) AS n"
        " FROM claims c JOIN reports r ON r.id = c.report_id"
        " WHERE c.source_canonical = ? AND r.published IS NOT NULL AND r.published <> ''"
        " GROUP BY substr(r.published, 1, 7), c.stance ORDER BY 1, 2", (canonical,))
    return [{"month": r["month"], "stance": r["stance"], "count": int(r["n"])} for r in rows]


def incident_titles(db: Database, ids: list[str]) -> dict[str, str]:
    """incident id -> its title (from the cached summary, read by the database's JSON
    functions)."""
    if not ids:
        return {}
    title = ("(summary_json::jsonb ->> 'title')" if db.dialect == "postgresql"
             else "json_extract(summary_json, '$.title')")
    marks = ", ".join("?" for _ in ids)
    return {r["id"]: r["title"] for r in db.query(
        f"SELECT id, {title} AS title FROM incidents WHERE id IN ({marks})", list(ids))
        if r["title"]}
