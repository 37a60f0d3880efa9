"""Incidents in the store: the SQL side of fusion.

``StoreIndex`` is fuse.fusion's IncidentIndex over the incidents tables (a candidate query by
index cell and time span, so a new report never re-reads the whole store); the functions
below record near-copies, rebuild stored mentions and read and write the cached summaries.
What drives fusion (which report, in which order, when to regrade) is the use case in
``fogofwar/incidents.py``; fusion itself is ``fuse/`` (pure).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any, Iterable

from ..fuse.compat import DEFAULT_OPTIONS, FusionOptions
from ..fuse.fusion import incident_cells, same_sentence
from ..fuse.model import IncidentState, Interval, Mention, mentions_from_extraction
from ..fuse import syndication as syn
from ..records import Place
from . import incident_facets
from .db import Database
from .like import escape_like
from .reader import load_extraction


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iv(first: str | None, last: str | None, inferred: Any) -> Interval | None:
    if not first or not last:
        return None
    return Interval(date.fromisoformat(first), date.fromisoformat(last), bool(inferred))


def _place_from_json(text: str | None) -> Place | None:
    return Place(**json.loads(text)) if text else None


def _place_json(p: Place | None) -> str | None:
    return json.dumps(p.to_dict(), sort_keys=True) if p is not None else None


def _months(first: date, last: date) -> list[str]:
    """The months ("2022-03") an interval touches."""
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


class StoreIndex:
    """fuse.fusion.IncidentIndex over the incidents tables. Writes are buffered in ``dirty``
    and written by ``flush`` inside the caller's transaction."""

    def __init__(self, db: Database, opts: FusionOptions = DEFAULT_OPTIONS) -> None:
        self.db = db
        self.opts = opts
        self.cache: dict[str, IncidentState] = {}
        self.dirty: dict[str, IncidentState] = {}
        self.stored_members: dict[str, set[str]] = {}

    def _load(self, rows: list[dict[str, Any]]) -> list[IncidentState]:
        need = [r["id"] for r in rows if r["id"] not in self.cache]
        members: dict[str, list[dict[str, Any]]] = {}
        for chunk in (need[i:i + 200] for i in range(0, len(need), 200)):
            marks = ", ".join("?" for _ in chunk)
            for m in self.db.query(f"SELECT * FROM incident_events WHERE incident_id IN ({marks})", chunk):
                members.setdefault(m["incident_id"], []).append(m)
        for r in rows:
            if r["id"] in self.cache:
                continue
            inc = IncidentState(
                id=r["id"], event_type=r["event_type"], sub_event_type=r["sub_event_type"],
                family=r["family"], place=_place_from_json(r["place_json"]),
                interval=_iv(r["first_date"], r["last_date"], r["inferred"]),
                actors=frozenset(json.loads(r["actors_json"])),
                span=_iv(r["span_first"], r["span_last"], 0), anchor_outlet=r["anchor_outlet"])
            for m in members.get(r["id"], []):
                inc.members[m["event_id"]] = (m["role"], json.loads(m["features"]))
                inc.intervals[m["event_id"]] = _iv(m["first_date"], m["last_date"], m["inferred"])
            # a placeless incident's named target lives in its members' features
            inc.target = next((f["target"] for _, f in sorted(inc.members.values(),
                                                                key=lambda rf: "new" not in rf[1])
                               if f.get("target")), None) if inc.place is None else None
            inc.cells = incident_cells(inc, self.opts)
            self.stored_members[inc.id] = set(inc.members)
            self.cache[inc.id] = inc
        return [self.cache[r["id"]] for r in rows]

    def candidates(self, keys, first, last, family=None):
        if not keys:
            return []
        # index keys carry the month: probe the window's months, plus timeless incidents
        months = _months(first, last) + ["any"] if first is not None and last is not None else None
        if months:
            probe = [f"{k}@{mo}" for k in keys for mo in months]
            sql = (f"SELECT DISTINCT incident_id FROM incident_cells"
                   f" WHERE cell IN ({', '.join('?' for _ in probe)})")
        else:  # a mention with no date at all (its report is undated): any month, a scan
            probe = [f"{escape_like(k)}@%" for k in keys]
            sql = ("SELECT DISTINCT incident_id FROM incident_cells WHERE ("
                   + " OR ".join("cell LIKE ? ESCAPE '\\'" for _ in probe) + ")")
        params: list[Any] = list(probe)
        if family is not None:
            sql += " AND family = ?"
            params.append(family)
        if first is not None and last is not None:
            # no OR here: (cell, family, span_last) must serve as an index range
            sql += " AND span_last >= ? AND span_first <= ?"
            params += [first.isoformat(), last.isoformat()]
        ids = sorted(r["incident_id"] for r in self.db.query(sql, params))
        need = [i for i in ids if i not in self.cache]
        rows: list[dict[str, Any]] = []
        for chunk in (need[i:i + 200] for i in range(0, len(need), 200)):
            marks = ", ".join("?" for _ in chunk)
            rows += self.db.query(f"SELECT * FROM incidents WHERE id IN ({marks})", chunk)
        self._load(rows)
        found = [self.cache[i] for i in ids if i in self.cache]
        # incidents created in this batch and not flushed yet
        extra = [i for i in self.dirty.values() if i.id not in set(ids)
                 and set(i.cells) & set(keys) and (family is None or i.family == family)]
        return sorted(found + extra, key=lambda i: i.id)

    def get(self, incident_id):
        if incident_id in self.cache:
            return self.cache[incident_id]
        rows = self.db.query("SELECT * FROM incidents WHERE id = ?", (incident_id,))
        return self._load(rows)[0] if rows else None

    def twin(self, cluster, sub_event_type, evidence, clusters):
        rows = self.db.query(
            "SELECT ie.incident_id, e.evidence_text FROM report_copies rc"
            " JOIN events e ON e.report_id = rc.report_id"
            " JOIN incident_events ie ON ie.event_id = e.id WHERE rc.cluster_id = ?"
            " AND e.sub_event_type = ? ORDER BY ie.incident_id, e.id",
            (cluster, sub_event_type))
        for d in self.dirty.values():  # this batch's own, not flushed yet
            for m in d.mentions.values():
                if (clusters.get(m.report_id, m.report_id) == cluster
                        and m.sub_event_type == sub_event_type
                        and same_sentence(m.evidence.text, evidence)):
                    return d
        for r in rows:
            if same_sentence(r["evidence_text"], evidence):
                return self.get(r["incident_id"])
        return None

    def put(self, incident):
        self.cache[incident.id] = incident
        self.dirty[incident.id] = incident

    def flush(self) -> None:
        now = _now()
        for inc in self.dirty.values():
            iv, sp = inc.interval, inc.span
            vals = (inc.event_type, inc.sub_event_type, inc.family, _place_json(inc.place),
                    iv.first.isoformat() if iv else None, iv.last.isoformat() if iv else None,
                    int(bool(iv and iv.inferred)), sp.first.isoformat() if sp else None,
                    sp.last.isoformat() if sp else None, json.dumps(sorted(inc.actors)),
                    inc.anchor_outlet, now)
            if self.db.query("SELECT 1 AS x FROM incidents WHERE id = ?", (inc.id,)):
                self.db.execute(
                    "UPDATE incidents SET event_type = ?, sub_event_type = ?, family = ?,"
                    " place_json = ?, first_date = ?, last_date = ?, inferred = ?, span_first = ?,"
                    " span_last = ?, actors_json = ?, anchor_outlet = ?, updated_at = ? WHERE id = ?",
                    vals + (inc.id,))
                self.db.execute("DELETE FROM incident_cells WHERE incident_id = ?", (inc.id,))
            else:
                self.db.execute(
                    "INSERT INTO incidents (event_type, sub_event_type, family, place_json,"
                    " first_date, last_date, inferred, span_first, span_last, actors_json,"
                    " anchor_outlet, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    vals + (inc.id,))
            self.db.executemany(
                "INSERT INTO incident_cells (cell, family, span_first, span_last, incident_id)"
                " VALUES (?, ?, ?, ?, ?)",
                # filed under each month its span touches, so that a candidate query reads only
                # the window's months whatever the store's extent in time; an incident with no
                # time at all is filed under "any" (never NULL: see candidates)
                [(f"{c}@{mo}", inc.family, vals[7] or "0000-01-01", vals[8] or "9999-12-31", inc.id)
                 for c in inc.cells for mo in (_months(sp.first, sp.last) if sp else ["any"])])
            old = self.stored_members.setdefault(inc.id, set())
            new = [e for e in sorted(inc.members) if e not in old]
            rows = []
            for e in new:
                role, feat = inc.members[e]
                miv = inc.intervals.get(e)
                rows.append((inc.id, e, role, miv.first.isoformat() if miv else None,
                             miv.last.isoformat() if miv else None, int(bool(miv and miv.inferred)),
                             json.dumps(feat, sort_keys=True), now))
            self.db.executemany(
                "INSERT INTO incident_events (incident_id, event_id, role, first_date, last_date,"
                " inferred, features, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            old.update(new)
        self.dirty.clear()


def record_copy(db: Database, report_id: str, text: str, outlet: str | None = None,
            published: str | None = None) -> syn.CopyOf:
    """Find the earlier stored report this one copies or rewrites (LSH band query, see
    fuse/syndication.py), record its bands."""
    sig = syn.signature(text)
    keys = syn.band_keys(sig)
    cands: dict[str, Any] = {}
    clusters: dict[str, str] = {}
    metas: dict[str, syn.Meta] = {}
    strict = [k for k in keys if not k.startswith("w")]
    loose = [k for k in keys if k.startswith("w")]
    window = syn.rewrite_window(published)
    queries = [(strict, "", ())]
    if window is not None and outlet:
        # rewrite bands are loose: only reports published around this one are candidates
        queries.append((loose, " AND r.published >= ? AND r.published < ?", window))
    for band_keys, extra, params in queries:
        marks = ", ".join("?" for _ in band_keys)
        for r in db.query(f"SELECT DISTINCT c.report_id, c.cluster_id, c.signature, r.source, r.published"
                          f" FROM report_bands b JOIN report_copies c ON c.report_id = b.report_id"
                          f" JOIN reports r ON r.id = c.report_id"
                          f" WHERE b.band IN ({marks}){extra}", (*band_keys, *params)):
            cands[r["report_id"]] = syn.from_hex(r["signature"])
            clusters[r["report_id"]] = r["cluster_id"]
            metas[r["report_id"]] = syn.Meta(r["source"], r["published"])
    best = syn.best_copy(sig, cands, clusters, metas, syn.Meta(outlet, published))
    copy = syn.CopyOf(report_id, best.cluster if best else report_id, best.similarity if best else 1.0)
    db.execute("INSERT INTO report_copies (report_id, cluster_id, similarity, signature, fused_at)"
               " VALUES (?, ?, ?, ?, ?)", (report_id, copy.cluster, copy.similarity, syn.to_hex(sig), _now()))
    db.executemany("INSERT INTO report_bands (band, report_id) VALUES (?, ?)", [(k, report_id) for k in keys])
    return copy


def load_mentions(db: Database, event_ids: Iterable[str], cache: dict | None = None) -> dict[str, Mention]:
    """The mentions of the given stored events (their reports' extractions rebuilt)."""
    cache = {} if cache is None else cache
    want = set(event_ids)
    out: dict[str, Mention] = {}
    for rid in sorted({e.rsplit(":e", 1)[0] for e in want}):
        if rid not in cache:
            ext = load_extraction(db, rid)
            cache[rid] = mentions_from_extraction(ext) if ext is not None else []
        for m in cache[rid]:
            if m.event_id in want:
                out[m.event_id] = m
    return out


def clusters_of(db: Database, report_ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(report_ids))
    out: dict[str, str] = {}
    for chunk in (ids[i:i + 200] for i in range(0, len(ids), 200)):
        marks = ", ".join("?" for _ in chunk)
        for r in db.query(f"SELECT report_id, cluster_id FROM report_copies WHERE report_id IN ({marks})", chunk):
            out[r["report_id"]] = r["cluster_id"]
    return out


def fill_mentions(db: Database, inc: IncidentState, cache: dict) -> IncidentState:
    """Fill ``inc.mentions`` for all its members (grading needs the attributions)."""
    missing = [e for e in inc.members if e not in inc.mentions]
    if missing:
        inc.mentions.update(load_mentions(db, missing, cache))
    return inc


_PG_FUSION_LOCK = 0x466F5746  # "FoWF"; migrations use "FoW"


def lock_fusion(db: Database) -> None:
    """Serialise fusion between processes until the caller's transaction ends: fusion reads
    every incident a report may join, so two fusers at once would both fuse a report (and
    one crash on ``report_copies_pkey``) or split one incident in two. SQLite's BEGIN
    IMMEDIATE already holds the write lock; PostgreSQL takes a transaction advisory lock."""
    if db.dialect == "postgresql":
        db.execute("SELECT pg_advisory_xact_lock(?)", (_PG_FUSION_LOCK,))


def incident_ids_starting(db: Database, prefix: str, limit: int = 10) -> list[str]:
    """Up to ``limit`` incident IDs that start with ``prefix`` (literally: no wildcards)."""
    rows = db.query("SELECT id FROM incidents WHERE id LIKE ? ESCAPE '\\' AND status IS NOT NULL"
                    " ORDER BY id", (escape_like(prefix) + "%",))
    # SQLite's LIKE folds ASCII case: keep exact prefixes only
    return [r["id"] for r in rows if r["id"].startswith(prefix)][:limit]


def is_fused(db: Database, report_id: str) -> bool:
    return bool(db.query("SELECT 1 AS x FROM report_copies WHERE report_id = ?", (report_id,)))


# Fusion's canonical order: by publication, undated reports first, then by id. Written out
# so that SQLite and PostgreSQL (which sort NULL at opposite ends) agree.
_CANONICAL = "COALESCE(r.published, ''), r.id"


def unfused_reports(db: Database) -> list[str]:
    """Stored reports not fused yet, oldest first (canonical order)."""
    return [r["id"] for r in db.query(
        "SELECT r.id FROM reports r LEFT JOIN report_copies c ON c.report_id = r.id"
        f" WHERE c.report_id IS NULL ORDER BY {_CANONICAL}")]


def fused_after(db: Database, report_id: str) -> bool:
    """Is some fused report later than ``report_id`` in the canonical order? (A report that
    arrives late must then be fused in its place, not after them.)"""
    row = db.query("SELECT COALESCE(published, '') AS p FROM reports WHERE id = ?", (report_id,))
    if not row:
        return False
    p = row[0]["p"]
    return bool(db.query(
        "SELECT 1 AS x FROM reports r JOIN report_copies c ON c.report_id = r.id"
        " WHERE COALESCE(r.published, '') > ? OR (COALESCE(r.published, '') = ? AND r.id > ?)"
        " LIMIT 1", (p, p, report_id)))


def clear_incidents(db: Database) -> None:
    """Drop every incident and every report's fusion record (inside the caller's transaction)."""
    for t in ("incident_events", "incident_cells", "incident_sources", "incident_facets",
              "incidents", "report_bands", "report_copies"):
        db.execute(f"DELETE FROM {t}")


def save_summary(db: Database, incident_id: str, status: str, credibility: int,
                 summary: dict[str, Any]) -> None:
    db.execute("UPDATE incidents SET status = ?, credibility = ?, summary_json = ? WHERE id = ?",
               (status, credibility, json.dumps(summary, sort_keys=True), incident_id))
    incident_facets.write(db, incident_id, status, credibility, summary)  # the workbench's lists


def graded_with(db: Database) -> dict[str, str | None]:
    """incident id -> the fingerprint of the reliabilities its cached summary was graded with."""
    return {r["id"]: (json.loads(r["summary_json"]).get("_graded_with") if r["summary_json"] else None)
            for r in db.query("SELECT id, summary_json FROM incidents")}


def incident_summaries(db: Database, status: str | None = None, min_credibility: int | None = None,
                       limit: int | None = None, include_unanswered: bool = False
                       ) -> list[dict[str, Any]]:
    """The cached incident summaries, most recent first."""
    sql, params = "SELECT summary_json FROM incidents WHERE summary_json IS NOT NULL", []
    if status:
        sql += " AND status = ?"
        params.append(status)
    elif not include_unanswered:
        sql += " AND status <> 'unanswered'"
    if min_credibility is not None:
        # credibility 1 is best: "at least as credible as N" means credibility <= N
        sql += " AND credibility <= ?"
        params.append(int(min_credibility))
    sql += " ORDER BY span_last DESC, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    out = []
    for r in db.query(sql, params):
        d = json.loads(r["summary_json"])
        d.pop("_graded_with", None)
        out.append(d)
    return out
