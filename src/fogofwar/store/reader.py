"""Reading the store: reports, events (with place, time, report and sources), claims.

Place, type and source filters run in SQL; date ranges are applied to the interval each
event's time denotes (see ``rows.event_dates``), which SQL string comparison cannot do for
partial dates such as ``2025-03``; results stream, so exports of a large store stay small.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from ..records import Actor, Claim, Event, Extraction, Fatalities, Place, Report, Span, TimeValue
from .db import Database
from .like import contains
from .rows import ClaimRow, EventRow, Filters, IncidentRef, ReportRow, SourceRow

_CHUNK = 200
T = TypeVar("T")


def _batched(items: Iterable[T], size: int = _CHUNK) -> Iterator[list[T]]:
    """Lists of up to ``size`` items (rows are enriched a chunk at a time, one query each)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _finish(sql: str, where: list[str], f: Filters, report_col: str, order: str,
            params: list[Any], limit_in_sql: bool = True) -> str:
    """Add the report-id filter, the WHERE clause, ORDER BY and (in SQL) LIMIT to ``sql``."""
    if f.report_ids is not None:
        s, p = _report_ids_sql(report_col, f.report_ids)
        where.append(s)
        params += p
    if where:
        sql += " WHERE " + " AND ".join(where)
    if f.newest_first:  # the report's date, newest first, undated last (on both dialects)
        order = order.replace("r.published,", "COALESCE(r.published, '') DESC,", 1)
    sql += f" ORDER BY {order}"
    if limit_in_sql and f.limit is not None:
        sql += f" LIMIT {int(f.limit)}"
    return sql


def _like(value: str) -> str:
    """The pattern of ``LOWER(col) LIKE ? ESCAPE '\\'``: contains ``value``, its ``%`` and
    ``_`` matching themselves (see like.py)."""
    return contains(value)


def _place_sql(alias: str, value: str, areas: tuple[tuple[str, str], ...] = ()
               ) -> tuple[str, list[Any]]:
    """The place filter: the name, an admin1/admin2 name containing ``value``, the country
    code, or a place in one of ``areas`` (stored (country code, admin-1 name) pairs of the
    admin-1 area ``value`` names, or that area's own place)."""
    sql = (f"(LOWER({alias}.name) = ? OR LOWER({alias}.text) = ?"
           f" OR LOWER({alias}.admin1) LIKE ? ESCAPE '\\'"
           f" OR LOWER({alias}.admin2) LIKE ? ESCAPE '\\' OR UPPER({alias}.country_code) = ?")
    v = value.strip()
    params: list[Any] = [v.lower(), v.lower(), _like(v), _like(v), v.upper()]
    for cc, name in areas:
        sql += (f" OR ({alias}.country_code = ? AND ({alias}.admin1 = ?"
                f" OR ({alias}.feature_code = 'ADM1' AND {alias}.name = ?)))")
        params += [cc, name, name]
    return sql + ")", params


def _source_sql(columns: tuple[str, ...], f: Filters) -> tuple[str, list[Any]]:
    """Any of ``columns`` contains the source or one of its other names (``source_terms``)."""
    terms = (f.source, *f.source_terms)
    sql = " OR ".join(f"LOWER({c}) LIKE ? ESCAPE '\\'" for c in columns for _t in terms)
    return f"({sql})", [_like(t) for _c in columns for t in terms]


def _report_ids_sql(column: str, ids: tuple[str, ...]) -> tuple[str, list[Any]]:
    if not ids:
        return "1 = 0", []
    return f"{column} IN ({', '.join('?' for _ in ids)})", list(ids)


def _in_range(first: str | None, last: str | None, f: Filters) -> bool:
    if f.since is None and f.until is None:
        return True
    if first is None:
        return False  # undated: can't say it falls in the range
    if f.since is not None and (last or first) < f.since:
        return False
    if f.until is not None and first > f.until:
        return False
    return True


# -- records from rows --------------------------------------------------------------------

def place_from_row(r: dict[str, Any], prefix: str = "") -> Place:
    g = lambda k: r[prefix + k]  # noqa: E731
    return Place(text=g("text"), start=g("start_char"), end=g("end_char"),
                 geonameid=g("geonameid"), name=g("name"), lat=g("lat"), lon=g("lon"),
                 country_code=g("country_code"), admin1=g("admin1"), admin2=g("admin2"),
                 feature_code=g("feature_code"), precision=g("precision"), score=g("score"))


def time_from_row(r: dict[str, Any], prefix: str = "") -> TimeValue:
    g = lambda k: r[prefix + k]  # noqa: E731
    return TimeValue(text=g("text"), start=g("start_char"), end=g("end_char"), value=g("value"),
                     precision=g("precision"), first=g("first_date"), last=g("last_date"),
                     inferred=bool(g("inferred")))


def event_from_row(r: dict[str, Any]) -> Event:
    fat = None
    if r["fatalities_best"] is not None:
        fat = Fatalities(r["fatalities_low"], r["fatalities_best"], r["fatalities_high"])
    return Event(event_type=r["event_type"], sub_event_type=r["sub_event_type"],
                 actor1=r["actor1"], actor2=r["actor2"], location=r["place_idx"],
                 time=r["time_idx"], fatalities=fat, polarity=r["polarity"],
                 evidence=Span(r["evidence_text"], r["evidence_start"], r["evidence_end"]),
                 modality=r["modality"], plover=r["plover"],
                 location_precision=r.get("location_precision"),
                 main=None if r.get("main") is None else bool(r["main"]))


def claim_from_row(r: dict[str, Any], events: tuple[int, ...] = ()) -> Claim:
    return Claim(
        source=Actor(r["source_text"], r["source_start"], r["source_end"],
                     r["source_canonical"], r["source_kind"], r["source_side"]),
        cue=Span(r["cue_text"], r["cue_start"], r["cue_end"]),
        content=Span(r["content_text"], r["content_start"], r["content_end"]),
        stance=r["stance"], certainty=r["certainty"], mode=r["mode"], events=events)


def report_from_row(r: dict[str, Any]) -> Report:
    return Report(id=r["id"], text=r["text"], published=r["published"], source=r["source"],
                  url=r["url"], title=r["title"], language=r["language"],
                  content_hash=r["content_hash"], origin=r["origin"])


# -- queries ------------------------------------------------------------------------------

_PLACE_COLS = ("text", "start_char", "end_char", "geonameid", "name", "lat", "lon",
               "country_code", "admin1", "admin2", "feature_code", "precision", "score")
_TIME_COLS = ("text", "start_char", "end_char", "value", "precision", "first_date",
              "last_date", "inferred")


def iter_events(db: Database, f: Filters = Filters()) -> Iterator[EventRow]:
    """Events joined with their place, time, report metadata and the claims about them."""
    cols = ", ".join([f"p.{c} AS p_{c}" for c in _PLACE_COLS] +
                     [f"t.{c} AS t_{c}" for c in _TIME_COLS])
    sql = (f"SELECT e.*, {cols}, r.source AS r_source, r.published AS r_published,"
           " r.url AS r_url, r.title AS r_title"
           " FROM events e JOIN reports r ON r.id = e.report_id"
           " LEFT JOIN places p ON p.report_id = e.report_id AND p.idx = e.place_idx"
           " LEFT JOIN times t ON t.report_id = e.report_id AND t.idx = e.time_idx")
    where: list[str] = []
    params: list[Any] = []
    if f.place:
        s, p = _place_sql("p", f.place, f.place_areas)
        where.append(s)
        params += p
    if f.event_type:
        where.append("(LOWER(e.event_type) = ? OR LOWER(e.sub_event_type) = ?)")
        params += [f.event_type.lower(), f.event_type.lower()]
    if f.source:
        s1, p1 = _source_sql(("r.source",), f)
        s2, p2 = _source_sql(("c.source_canonical",), f)
        where.append(f"({s1} OR EXISTS (SELECT 1 FROM claim_events ce"
                     " JOIN claims c ON c.id = ce.claim_id WHERE ce.event_id = e.id"
                     f" AND {s2}))")
        params += p1 + p2
    if f.polarity:
        where.append("e.polarity = ?")
        params.append(f.polarity)
    # the limit applies after the date filter, which runs here, not in SQL
    sql = _finish(sql, where, f, "e.report_id", "r.published, e.report_id, e.idx", params,
                  limit_in_sql=False)
    rows = (ev for ev in map(_event_row, db.stream(sql, params)) if _in_range(*ev.date_range, f))
    for batch in _batched(islice(rows, f.limit)):
        yield from _with_sources(db, batch)


def _event_row(row: dict[str, Any]) -> EventRow:
    place = place_from_row(row, "p_") if row["p_start_char"] is not None else None
    time = time_from_row(row, "t_") if row["t_start_char"] is not None else None
    return EventRow(id=row["id"], report_id=row["report_id"], idx=row["idx"],
                    event=event_from_row(row), place=place, time=time,
                    report_source=row["r_source"], report_published=row["r_published"],
                    report_url=row["r_url"], report_title=row["r_title"])


def _with_sources(db: Database, batch: list[EventRow]) -> list[EventRow]:
    ids = [e.id for e in batch]
    rows = db.query(
        "SELECT ce.event_id, c.id, c.source_canonical, c.source_kind, c.source_side, c.stance,"
        " c.certainty, c.mode FROM claim_events ce JOIN claims c ON c.id = ce.claim_id"
        f" WHERE ce.event_id IN ({', '.join('?' for _ in ids)}) ORDER BY c.report_id, c.idx", ids)
    by_event: dict[str, list[SourceRow]] = {}
    for r in rows:
        by_event.setdefault(r["event_id"], []).append(SourceRow(
            r["id"], r["source_canonical"], r["source_kind"], r["source_side"], r["stance"],
            r["certainty"], r["mode"]))
    incident: dict[str, IncidentRef] = {}
    for r in db.query(
            "SELECT ie.event_id, i.id, i.status, i.credibility FROM incident_events ie"
            " JOIN incidents i ON i.id = ie.incident_id"
            f" WHERE ie.event_id IN ({', '.join('?' for _ in ids)})", ids):
        incident[r["event_id"]] = IncidentRef(r["id"], r["status"], r["credibility"])
    from dataclasses import replace

    return [replace(e, sources=tuple(by_event.get(e.id, ())), incident=incident.get(e.id))
            for e in batch]


def iter_claims(db: Database, f: Filters = Filters()) -> Iterator[ClaimRow]:
    """Claims with report metadata; place/type/date filters apply through linked events
    (place, type) and the report's publication date (dates)."""
    sql = ("SELECT c.*, r.source AS r_source, r.published AS r_published"
           " FROM claims c JOIN reports r ON r.id = c.report_id")
    where: list[str] = []
    params: list[Any] = []
    if f.source:
        s, p = _source_sql(("c.source_canonical", "r.source"), f)
        where.append(s)
        params += p
    if f.event_type or f.place:
        sub = ["ce.claim_id = c.id"]
        if f.event_type:
            sub.append("(LOWER(e.event_type) = ? OR LOWER(e.sub_event_type) = ?)")
            params += [f.event_type.lower(), f.event_type.lower()]
        if f.place:
            s, p = _place_sql("p", f.place, f.place_areas)
            sub.append(s)
            params += p
        where.append("EXISTS (SELECT 1 FROM claim_events ce JOIN events e ON e.id = ce.event_id"
                     " LEFT JOIN places p ON p.report_id = e.report_id AND p.idx = e.place_idx"
                     f" WHERE {' AND '.join(sub)})")
    _date_where(f, "r.published", where, params)
    sql = _finish(sql, where, f, "c.report_id", "r.published, c.report_id, c.idx", params)
    for batch in _batched(db.stream(sql, params)):
        yield from _claim_rows(db, batch)


def _claim_rows(db: Database, rows: list[dict[str, Any]]) -> list[ClaimRow]:
    """Claim rows with the events each links to (one query per chunk, not per claim)."""
    ids = [r["id"] for r in rows]
    links: dict[str, list[str]] = {}
    for r in db.query("SELECT claim_id, event_id FROM claim_events"
                      f" WHERE claim_id IN ({', '.join('?' for _ in ids)})", ids):
        links.setdefault(r["claim_id"], []).append(r["event_id"])
    out = []
    for row in rows:
        event_ids = tuple(sorted(links.get(row["id"], ()), key=_event_idx))
        out.append(ClaimRow(id=row["id"], report_id=row["report_id"], idx=row["idx"],
                            claim=claim_from_row(row, tuple(_event_idx(e) for e in event_ids)),
                            report_source=row["r_source"], report_published=row["r_published"],
                            event_ids=event_ids))
    return out


def _event_idx(event_id: str) -> int:
    """``<report_id>:e<idx>`` -> idx."""
    return int(event_id.rsplit(":e", 1)[1])


def _date_where(f: Filters, column: str, where: list[str], params: list[Any]) -> None:
    # Published dates are stored as full ISO dates/datetimes, so a prefix compare is exact.
    if f.since:
        where.append(f"substr({column}, 1, 10) >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"substr({column}, 1, 10) <= ?")
        params.append(f.until)


def iter_reports(db: Database, f: Filters = Filters()) -> Iterator[ReportRow]:
    """Reports (with counts of what was extracted), filtered by date, source, place, type."""
    sql = ("SELECT r.*,"
           " (SELECT COUNT(*) FROM places p WHERE p.report_id = r.id) AS n_places,"
           " (SELECT COUNT(*) FROM events e WHERE e.report_id = r.id) AS n_events,"
           " (SELECT COUNT(*) FROM claims c WHERE c.report_id = r.id) AS n_claims"
           " FROM reports r")
    where: list[str] = []
    params: list[Any] = []
    _date_where(f, "r.published", where, params)
    if f.source:
        s1, p1 = _source_sql(("r.source",), f)
        s2, p2 = _source_sql(("c.source_canonical",), f)
        where.append(f"({s1} OR EXISTS (SELECT 1 FROM claims c WHERE c.report_id = r.id"
                     f" AND {s2}))")
        params += p1 + p2
    if f.place:
        s, p = _place_sql("p", f.place, f.place_areas)
        where.append(f"EXISTS (SELECT 1 FROM places p WHERE p.report_id = r.id AND {s})")
        params += p
    if f.event_type:
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.report_id = r.id AND"
                     " (LOWER(e.event_type) = ? OR LOWER(e.sub_event_type) = ?))")
        params += [f.event_type.lower(), f.event_type.lower()]
    sql = _finish(sql, where, f, "r.id", "r.published, r.id", params)
    for row in db.stream(sql, params):
        yield ReportRow(report=report_from_row(row), ingested_at=row["ingested_at"],
                        n_places=row["n_places"], n_events=row["n_events"],
                        n_claims=row["n_claims"], pipeline_version=row.get("pipeline_version"),
                        gazetteer_version=row.get("gazetteer_version"),
                        extracted_at=row.get("extracted_at"))


def load_extraction(db: Database, report_id: str) -> Extraction | None:
    """Rebuild the stored ``Extraction`` of one report (None when it isn't stored)."""
    rows = db.query("SELECT * FROM reports WHERE id = ?", (report_id,))
    if not rows:
        return None
    report = report_from_row(rows[0])
    q = lambda t: db.query(f"SELECT * FROM {t} WHERE report_id = ? ORDER BY idx",  # noqa: E731
                           (report_id,))
    places = tuple(place_from_row(r) for r in q("places"))
    times = tuple(time_from_row(r) for r in q("times"))
    actors = tuple(Actor(r["text"], r["start_char"], r["end_char"], r["canonical"], r["kind"],
                         r["side"]) for r in q("actors"))
    events = tuple(event_from_row(r) for r in q("events"))
    links: dict[str, list[int]] = {}
    for r in db.query("SELECT ce.claim_id, ce.event_id FROM claim_events ce JOIN claims c"
                      " ON c.id = ce.claim_id WHERE c.report_id = ?", (report_id,)):
        links.setdefault(r["claim_id"], []).append(_event_idx(r["event_id"]))
    claims = tuple(claim_from_row(r, tuple(sorted(links.get(r["id"], ()))))
                   for r in q("claims"))
    return Extraction(report=report, places=places, times=times, actors=actors,
                      claims=claims, events=events)

