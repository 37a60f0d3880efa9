"""The API over PostgreSQL: the example reports in a throw-away schema, the same answers as
over SQLite (lists, filters, the timeline, reports, sources, places) and a write."""

from __future__ import annotations

import pytest
from pg_schema import throwaway_schema
from web_fixtures import (TOKEN, api, client_for, example_config,  # noqa: F401
                          example_db, fill_example_store)

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_api(example_config, request):
    pipeline = request.getfixturevalue("pipeline")
    with throwaway_schema("fow_web") as url:
        fill_example_store(url, pipeline, example_config)
        with client_for(url, example_config, token=TOKEN,
                        make_pipeline=lambda: pipeline, report_seconds=None) as c:
            yield c


URLS = ["/api/incidents?limit=500", "/api/incidents?limit=500&status=disputed",
        "/api/incidents?limit=500&bbox=34.5,51.0,36.5,52.0", "/api/incidents?limit=500&side=RU",
        "/api/incidents?limit=500&since=2025-03-01&until=2025-03-15",
        "/api/incidents?limit=500&source=Ministry of Defense&grade=3",
        "/api/incidents?limit=3&offset=3", "/api/timeline", "/api/timeline?type=Battles",
        "/api/events?limit=500", "/api/claims?limit=500&side=RU", "/api/reports?limit=500",
        "/api/sources?limit=500", "/api/places?limit=500",
        "/api/sources/Russian Ministry of Defense"]


@pytest.mark.parametrize("url", URLS)
def test_postgres_answers_as_sqlite(api, pg_api, url):
    a, b = api.get(url), pg_api.get(url)
    assert a.status_code == b.status_code == 200, (a.text, b.text)
    ja, jb = a.json(), b.json()
    if "items" in ja:
        key = lambda x: x.get("id") or x.get("canonical") or (x.get("geonameid"), x.get("name"))  # noqa: E731
        assert [key(x) for x in ja["items"]] == [key(x) for x in jb["items"]]
        for x in ja["items"] + jb["items"]:  # times of the run
            x.pop("ingested_at", None)
            (x.get("extraction") or {}).pop("at", None)
    assert ja == jb


def test_report_spans_on_postgres(pg_api):
    rid = pg_api.get("/api/reports?limit=1").json()["items"][0]["id"]
    d = pg_api.get(f"/api/reports/{rid}").json()
    assert d["spans"] and all(d["text"][s["start"]:s["end"]] == s["text"] for s in d["spans"])


def test_write_on_postgres(pg_api):
    body = '{"id": "pg-api-1", "text": "Russian forces shelled Sumy on 9 April, killing one.", "published": "2025-04-10"}'
    r = pg_api.post("/api/reports", content=body, headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert r.status_code == 201, r.text
    assert pg_api.get("/api/reports/pg-api-1").status_code == 200
    assert pg_api.post("/api/reports", content=body, headers={
        "Authorization": "Bearer no", "Content-Type": "application/json"}).status_code == 401
