"""The map's data: incidents as GeoJSON points with what the map filters and draws on.

The browser filters (type, status, grade, side, source, admin-1, dates) over these
features, so a filter change redraws at once without a round trip.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


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
