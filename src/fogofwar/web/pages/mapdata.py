"""The map's data: incidents as GeoJSON points with what the map filters and draws on.

The browser filters (type, status, grade, side, source, admin-1, dates) over these
features, so a filter change redraws at once without a round trip. Read from the facet
columns (``store/incident_map.py``) where the store has them, else from the stable incident
objects; both give the same features.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...store import incident_facets, incident_map
from ...store.db import Database


def independent_sources(inc: dict[str, Any]) -> int:
    ind = inc.get("independent") or {}
    return int(ind.get("asserts") or 0) + int(ind.get("denies") or 0)


def incident_feature(inc: dict[str, Any]) -> dict[str, Any] | None:
    """One incident as a GeoJSON point (None when fusion placed it nowhere)."""
    place = inc.get("place") or {}
    lat, lon = place.get("lat"), place.get("lon")
    if lat is None or lon is None:
        return None
    t = inc.get("time") or {}
    sources = inc.get("sources") or []
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": inc["id"],
            "title": inc.get("title") or "",
            "status": inc.get("status"),
            "grade": inc.get("credibility"),
            "event_type": inc.get("event_type"),
            "sub_event_type": inc.get("sub_event_type"),
            "place": place.get("name"),
            "precision": place.get("precision"),
            "admin1": place.get("admin1"),
            "country": place.get("country_code"),
            "first": t.get("first"),
            "last": t.get("last"),
            "time": t.get("value"),
            "independent": independent_sources(inc),
            "sides": sorted({(s.get("side") or "none") for s in sources}),
            "sources": sorted({s.get("canonical") or "" for s in sources} - {""}),
        },
    }


def incident_collection(incidents: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Every placed incident as a FeatureCollection; ``unplaced`` counts the others."""
    features, unplaced = [], 0
    for inc in incidents:
        f = incident_feature(inc)
        if f is None:
            unplaced += 1
        else:
            features.append(f)
    return {"type": "FeatureCollection", "features": features, "unplaced": unplaced}


def feature_from_row(r: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """One incident as a GeoJSON point, from its facet row and its sources' rows."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [r["place_lon"], r["place_lat"]]},
        "properties": {
            "id": r["id"], "title": r["title"] or "", "status": r["status"],
            "grade": r["credibility"], "event_type": r["event_type"],
            "sub_event_type": r["sub_event_type"], "place": r["place_name"],
            "precision": r["precision"], "admin1": r["place_admin1"], "country": r["place_cc"],
            "first": r["time_first"], "last": r["time_last"], "time": r["time_value"],
            "independent": (r["asserts"] or 0) + (r["denies"] or 0),
            "sides": sorted({(s["side"] or "none") for s in sources}),
            "sources": sorted({s["canonical"] for s in sources} - {""}),
        },
    }


def map_collection(db: Database, complete: bool | None = None) -> dict[str, Any] | None:
    """The map's FeatureCollection read in SQL; None when the store's incidents lack their
    facets (then use :func:`incident_collection` over the incident objects). ``complete``:
    whether they have them, as the server found on start (None: ask the store, which reads
    every incident's row)."""
    if complete is None:
        complete = not incident_facets.missing(db)
    if not complete:
        return None
    rows, sources, unplaced = incident_map.map_rows(db)
    return {"type": "FeatureCollection", "unplaced": unplaced,
            "features": [feature_from_row(r, sources.get(r["id"], [])) for r in rows]}
