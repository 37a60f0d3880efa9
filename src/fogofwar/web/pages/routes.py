"""The pages: map, incident, source, report, timeline, search (server-rendered HTML; the
map and the charts are drawn by the static scripts under ``static/js``).

Routes are plain ``def`` (run in FastAPI's thread pool) and borrow a store connection
from the app's pool (``app.state.pool``), as the JSON API does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...incidents import incident_detail, list_incidents
from ...store import Filters, Store, event_id
from ...store import search as store_search
from ...store.source_activity import claims_per_month, incident_titles
from ..errors import ApiError
from ..params import Page, date_range
from ..queries import search as q_search
from ..queries.sources import source_detail
from .assets import json_response, missing_assets
from .highlight import Annotation, annotations_of, segments
from .mapdata import incident_collection, map_collection
from .matrix import STANCES, history_steps, who_says_what
from .paging import PER_PAGE, Pager, page_number
from .render import path_part, render_page

router = APIRouter(include_in_schema=False)


def store(request: Request) -> Iterator[Store]:
    with request.app.state.pool.store() as s:
        yield s


def _config(request: Request):
    return getattr(request.app.state, "config", None)


def not_found(what: str) -> HTMLResponse:
    return render_page("not_found.html", status_code=404, what=what)


@router.get("/", response_class=HTMLResponse)
def map_page() -> HTMLResponse:
    return render_page("map.html", active="map", assets_problem=missing_assets())


@router.get("/map/incidents.geojson")
def map_data(request: Request, s: Store = Depends(store)) -> Response:
    """Every placed incident with what the map filters on (the browser filters)."""
    complete = getattr(request.app.state, "facets_complete", None)
    fc = map_collection(s.db, complete) or incident_collection(list_incidents(s.db))
    return json_response(request, fc, {"Cache-Control": "no-cache"})


def _reports(s: Store, ids: set[str]) -> dict[str, Any]:
    if not ids:
        return {}
    return {r.report.id: r.report for r in s.reports(Filters(report_ids=tuple(sorted(ids))))}


@router.get("/incidents/{incident_id:path}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: str, s: Store = Depends(store)) -> HTMLResponse:
    detail = incident_detail(s.db, incident_id, _config(request))
    if detail is None:
        return not_found(f"incident {incident_id}")
    reports = _reports(s, {e.get("report") for e in detail.get("evidence") or () if e.get("report")})
    rows = who_says_what(detail, {rid: r.text for rid, r in reports.items()})
    return render_page("incident.html", inc=detail, rows=rows, stances=STANCES,
                history=history_steps(detail), reports=reports)


def _mark(mark: str | None) -> tuple[int, int] | None:
    try:
        a, b = (int(x) for x in (mark or "").split("-", 1))
    except ValueError:
        return None
    return (a, b) if 0 <= a < b else None


@router.get("/reports/{report_id:path}", response_class=HTMLResponse)
def report_page(report_id: str, mark: str | None = Query(None, max_length=40),
                s: Store = Depends(store)) -> HTMLResponse:
    ex = s.extraction(report_id)
    if ex is None:
        return not_found(f"report {report_id}")
    rows = list(s.events(Filters(report_ids=(report_id,))))
    incident_of = {r.id: r.incident.id for r in rows if r.incident is not None}
    ids = [event_id(report_id, k) for k in range(len(ex.events))]
    anns = annotations_of(ex, incident_of, ids)
    focus = _mark(mark)
    if focus and focus[1] <= len(ex.report.text):
        anns.append(Annotation("focus", focus[0], focus[1], ex.report.text[focus[0]:focus[1]],
                               "the quoted statement"))
    return render_page("report.html", report=ex.report, annotations=anns,
                segs=segments(ex.report.text, anns), focus=focus,
                warnings=ex.warnings)


@router.get("/sources/{name:path}", response_class=HTMLResponse)
def source_page(name: str, page: str | None = Query(None, max_length=12),
                s: Store = Depends(store)) -> HTMLResponse:
    """Every claim by a source over time, the incidents it speaks about, its track record."""
    number = page_number(page)
    detail = source_detail(s.db, name, Page(limit=PER_PAGE, offset=(number - 1) * PER_PAGE))
    if detail is None:
        return not_found(f"source {name}")
    total = max(detail["claims_page"]["total"], detail["incidents_page"]["total"])
    pager = Pager(number, PER_PAGE, total, f"/sources/{path_part(name)}")
    titles = incident_titles(s.db, [i["id"] for i in detail["incidents_page"]["items"]])
    return render_page("source.html", src=detail, pager=pager, titles=titles,
                       months=claims_per_month(s.db, name))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request) -> HTMLResponse:
    """Incidents per day by type and status; the chart reads /api/timeline with the same
    query (the form keeps it)."""
    q = {k: request.query_params.get(k) for k in ("since", "until", "status", "type")}
    return render_page("timeline.html", active="timeline", q=q)


SEARCH_PER_PAGE = 10


@router.get("/search", response_class=HTMLResponse)
def search_page(q: str = Query("", max_length=300), in_: str = Query("reports", alias="in", max_length=20),
                since: str = Query("", max_length=20), until: str = Query("", max_length=20),
                page: str | None = Query(None, max_length=12),
                s: Store = Depends(store)) -> HTMLResponse:
    """Full text over reports or claims, paged; the matched words highlighted in each
    snippet (offsets from the search, never markup from a report)."""
    kind = in_ if in_ in q_search.KINDS else "reports"
    number = page_number(page)
    ctx: dict[str, Any] = {"q": q, "kind": kind, "since": since, "until": until, "problem": None,
                           "hits": [], "counts": {}, "active": "search"}
    keep = [("q", q), ("in", kind)] + [(k, v) for k, v in (("since", since), ("until", until)) if v]
    ctx["pager"] = Pager(number, SEARCH_PER_PAGE, 0, "/search", tuple(keep))
    ctx["tab_urls"] = {k: Pager(1, SEARCH_PER_PAGE, 0, "/search", tuple(
        (n, k if n == "in" else v) for n, v in keep)).url(1) for k in q_search.KINDS}
    if not q.strip():
        return render_page("search.html", **ctx)
    if not store_search.words(q):
        ctx["problem"] = "Type a word to search for."
        return render_page("search.html", **ctx)
    try:
        s_, u_ = date_range(since or None, until or None)
    except ApiError as exc:
        ctx["problem"] = exc.message
        return render_page("search.html", status_code=400, **ctx)
    listing, counts = q_search.search(s.db, q, kind, since=s_, until=u_,
                                      page=Page(limit=SEARCH_PER_PAGE,
                                                offset=(number - 1) * SEARCH_PER_PAGE))
    ctx["pager"] = Pager(number, SEARCH_PER_PAGE, listing.total, "/search", tuple(keep))
    ctx["counts"] = counts
    ctx["hits"] = [{"item": it, "segs": segments(
        it["snippet"]["text"], [Annotation("hit", a, b, "", "") for a, b in it["snippet"]["highlights"]])}
        for it in listing.items]
    return render_page("search.html", **ctx)
