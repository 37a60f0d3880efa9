"""Query parameters -> typed, checked filters. A bad value is a 400 naming it and why.

The filters (docs/api.md): ``since``/``until`` (ISO dates, inclusive), ``bbox``
(``west,south,east,north`` in degrees), ``admin1``, ``place``, ``type``, ``status``,
``grade`` (this credible or better, 1..6), ``side`` (a source's side, e.g. UA, RU),
``source``, ``source_kind``; paging by ``limit`` (at most :data:`MAX_LIMIT`) and ``offset``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from fastapi import Query

from ..records import SOURCE_KINDS
from ..store.incident_list import IncidentQuery
from .errors import ApiError

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
STATUSES = ("reported", "disputed", "confirmed", "retracted")


@dataclass(frozen=True)
class Page:
    limit: int = DEFAULT_LIMIT
    offset: int = 0


def iso_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(400, f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


BBox = tuple[float, float, float, float]  # west, south, east, north


def parse_bbox(value: str | None) -> BBox | None:
    """``west,south,east,north`` in degrees (Leaflet's ``getBounds().toBBoxString()``)."""
    if value is None or value == "":
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise ApiError(400, f"bbox: {value!r} is not west,south,east,north (four numbers)")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise ApiError(400, f"bbox: {value!r} is not west,south,east,north (four numbers)") from None
    if not all(math.isfinite(x) for x in (w, s, e, n)):
        raise ApiError(400, f"bbox: {value!r} holds a number that is not finite")
    if not (-90 <= s <= 90 and -90 <= n <= 90):
        raise ApiError(400, f"bbox: latitudes {s}, {n} are not within -90..90")
    if not (-180 <= w <= 180 and -180 <= e <= 180):
        raise ApiError(400, f"bbox: longitudes {w}, {e} are not within -180..180")
    if s > n or w > e:
        raise ApiError(400, f"bbox: {value!r} has west > east or south > north")
    return (w, s, e, n)


def date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    s, u = iso_date("since", since), iso_date("until", until)
    if s and u and s > u:
        raise ApiError(400, f"since {s} is after until {u}")
    return s, u


def choice(name: str, value: str | None, choices: tuple[str, ...] | frozenset[str]) -> str | None:
    if value is None or value == "":
        return None
    if value not in choices:
        raise ApiError(400, f"{name}: {value!r} is not one of {', '.join(sorted(choices))}")
    return value


def _text(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


# -- FastAPI dependencies ---------------------------------------------------------------------

def page_params(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT,
                       description=f"Items per page (1..{MAX_LIMIT})."),
    offset: int = Query(0, ge=0, le=10_000_000, description="Items to skip."),
) -> Page:
    return Page(limit, offset)


def incident_params(
    since: str | None = Query(None, description="Only incidents whose time reaches this date "
                                                "(YYYY-MM-DD, inclusive)."),
    until: str | None = Query(None, description="Only incidents whose time starts by this date."),
    bbox: str | None = Query(None, description="west,south,east,north in degrees."),
    admin1: str | None = Query(None, description="Admin-1 area of the incident's place "
                                                 "(any of its names, e.g. 'Donetsk Oblast')."),
    place: str | None = Query(None, description="Place name, admin-1 name or ISO country code, "
                                                "as `fogofwar incidents --place`."),
    type: str | None = Query(None, description="ACLED event type or sub-event type."),
    status: str | None = Query(None, description="reported | disputed | confirmed | retracted"),
    grade: int | None = Query(None, ge=1, le=6, description="This credible or better "
                                                            "(1 confirmed .. 6 cannot be judged)."),
    side: str | None = Query(None, description="A source of this side (ISO code: UA, RU)."),
    source: str | None = Query(None, description="A source (substring, either spelling, or "
                                                 "canonical name)."),
    source_kind: str | None = Query(None, description="A source of this kind "
                                                      "(party_military, news_outlet, ...)."),
) -> IncidentQuery:
    s, u = date_range(since, until)
    return IncidentQuery(
        since=s, until=u, bbox=parse_bbox(bbox), admin1=_text(admin1), place=_text(place),
        event_type=_text(type), status=choice("status", _text(status), STATUSES), grade=grade,
        side=_text(side.upper()) if side else None, source=_text(source),
        source_kind=choice("source_kind", _text(source_kind), frozenset(SOURCE_KINDS)))


def record_params(
    since: str | None = Query(None, description="From this date (YYYY-MM-DD, inclusive): "
                                                "an event's time, a claim's or report's date."),
    until: str | None = Query(None, description="Up to this date (inclusive)."),
    bbox: str | None = Query(None, description="west,south,east,north (events: their place)."),
    admin1: str | None = Query(None, description="Admin-1 area of the event's place."),
    place: str | None = Query(None, description="Place name, admin-1 name or ISO country code."),
    type: str | None = Query(None, description="ACLED event type or sub-event type."),
    source: str | None = Query(None, description="Outlet or claim source (substring, "
                                                 "either spelling, canonical name)."),
    source_kind: str | None = Query(None, description="Claim source kind."),
    side: str | None = Query(None, description="Claim source side (UA, RU)."),
    report: str | None = Query(None, max_length=1000, description="Only from this report id."),
    polarity: str | None = Query(None, description="Events: positive (occurred) | negative."),
    stance: str | None = Query(None, description="Claims: asserts | denies."),
):
    from .queries.records import RecordQuery

    s, u = date_range(since, until)
    return RecordQuery(
        since=s, until=u, bbox=parse_bbox(bbox), admin1=_text(admin1), place=_text(place),
        event_type=_text(type), source=_text(source),
        source_kind=choice("source_kind", _text(source_kind), frozenset(SOURCE_KINDS)),
        side=_text(side.upper()) if side else None, report=report or None,
        polarity=choice("polarity", _text(polarity), ("positive", "negative")),
        stance=choice("stance", _text(stance), ("asserts", "denies")))
