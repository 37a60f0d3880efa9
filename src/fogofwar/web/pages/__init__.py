"""The analyst's pages over the store: map, incident, source, report, timeline, search.

    from fogofwar.web.pages import install
    install(app)        # app.state.pool: the store pool create_app sets up

    routes.py      the page routes (HTML) and the map's GeoJSON
    render.py      the Jinja2 environment (autoescape) and the security headers (CSP)
    assets.py      Leaflet, Chart.js and the basemap from node_modules (make setup)
    basemap.py     Natural Earth outlines with the recognised borders (Crimea is Ukraine)
    mapdata.py     incidents as GeoJSON points for the map
    matrix.py      an incident's who-says-what matrix and status history
    highlight.py   a report's text cut into highlighted spans
"""

from __future__ import annotations

from fastapi import FastAPI

from .assets import install_assets
from .routes import router


def install(app: FastAPI) -> None:
    """Add the pages, their static files and the basemap to the app."""
    install_assets(app)
    app.include_router(router)
