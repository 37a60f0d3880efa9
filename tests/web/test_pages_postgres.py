"""The pages over PostgreSQL: the example reports in a throw-away schema render as they do
over SQLite (map data, incident, report and source pages), and search finds and pages."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from pg_schema import throwaway_schema
from web_fixtures import (api, client_for, example_config, example_db,  # noqa: F401
                          fill_example_store)

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_pages(example_config, request):
    with throwaway_schema("fow_pages") as url:
        fill_example_store(url, request.getfixturevalue("pipeline"), example_config)
        with client_for(url, example_config) as c:
            yield c


def _by_id(fc):
    return sorted(fc["features"], key=lambda f: f["properties"]["id"])


def test_pages_on_postgres_render_as_on_sqlite(api, pg_pages):
    a, b = api.get("/map/incidents.geojson").json(), pg_pages.get("/map/incidents.geojson").json()
    assert _by_id(a) == _by_id(b) and a["unplaced"] == b["unplaced"]
    incidents = api.get("/api/incidents?limit=500").json()["items"]
    disputed = next(i for i in incidents if i["status"] == "disputed")
    rid = disputed["sources"][0]["reports"][0]
    for path in ("/incidents/" + quote(disputed["id"], safe=""), "/reports/" + quote(rid, safe=""),
                 "/sources/" + quote("Russian Ministry of Defense", safe=""), "/timeline", "/"):
        ra, rb = api.get(path), pg_pages.get(path)
        assert ra.status_code == rb.status_code == 200, path
        assert ra.text == rb.text, path


def test_search_page_on_postgres(pg_pages):
    r = pg_pages.get("/search", params={"q": "Russian", "in": "claims"})
    assert r.status_code == 200 and r.text.count('class="hit"') == 10
    assert 'id="page-next"' in r.text
    r2 = pg_pages.get("/search", params={"q": "Russian", "in": "claims", "page": 3})
    assert r2.status_code == 200 and 'id="page-prev"' in r2.text and 'id="page-next"' not in r2.text
