"""The JSON API under ``/api``: thin routes over ``web.queries`` (see docs/api.md).

Routes are plain ``def`` (FastAPI runs them in its thread pool); each borrows a store
connection from the app's pool for the length of the request.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, Path, Request

from ..store import Store
from .errors import ApiError
from .params import IncidentQuery, Page, incident_params, page_params
from .queries import incidents as q_incidents

router = APIRouter(prefix="/api")


def store(request: Request) -> Iterator[Store]:
    """The request's store connection (borrowed from the app's pool)."""
    with request.app.state.pool.store() as s:
        yield s


def _listing(request: Request, listing) -> dict[str, Any]:
    """A page with the URL of the next one (None on the last page)."""
    d = listing.to_dict()
    nxt = None
    if listing.offset + len(listing.items) < listing.total:
        # relative: the client knows the host it asked (a Host header is not trusted)
        u = request.url.include_query_params(offset=listing.offset + listing.limit)
        nxt = f"{u.path}?{u.query}"
    d["next"] = nxt
    return d


@router.get("/incidents", summary="Incidents, newest first (the stable incident objects)")
def incidents(request: Request, q: IncidentQuery = Depends(incident_params),
              page: Page = Depends(page_params), s: Store = Depends(store)) -> dict[str, Any]:
    """One page of incidents: ``{"items": [...], "total", "limit", "offset", "next"}``;
    each item is a `fogofwar incidents --format json` object."""
    return _listing(request, q_incidents.list_incidents(s.db, q, page))


@router.get("/incidents/{incident_id:path}", summary="One incident with its evidence")
def incident(request: Request, incident_id: str = Path(..., max_length=1000),
             s: Store = Depends(store)) -> dict[str, Any]:
    """The incident object plus ``evidence``: every supporting and denying statement with
    its source, report, date and the quoted span's offsets in the report's text."""
    d = q_incidents.get_incident(s.db, incident_id, request.app.state.config)
    if d is None:
        raise ApiError(404, f"no incident {incident_id!r}")
    return d
