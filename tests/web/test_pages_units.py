"""The pages' pure parts: the basemap's recognised borders, the who-says-what matrix, the
report highlighter, URL safety; and the pages' HTTP answers (headers, 404s)."""

from __future__ import annotations

import json

import pytest
from web_fixtures import api, example_config, example_db  # noqa: F401

from fogofwar.records import Extraction, Report, Span
from fogofwar.web.pages import basemap
from fogofwar.web.pages.assets import ADMIN1, COUNTRIES, node_modules
from fogofwar.web.pages.highlight import Annotation, segments
from fogofwar.web.pages.matrix import context, who_says_what
from fogofwar.web.pages.render import CSP, safe_url

SIMFEROPOL, SEVASTOPOL, KYIV, MOSCOW = (34.10, 44.95), (33.52, 44.60), (30.52, 50.45), (37.62, 55.75)


def _square(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]


def test_crimea_moves_from_russia_to_ukraine_in_a_small_topology():
    # Unquantized: arcs are plain coordinates. Russia: a mainland square and a "Crimea"
    # square around Simferopol; Ukraine: one square around Kyiv.
    topo = {"type": "Topology",
            "arcs": [_square(36, 50, 40, 58), _square(32, 44, 37, 46), _square(24, 45, 35, 52)],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "MultiPolygon", "id": "643", "arcs": [[[0]], [[1]]], "properties": {"name": "Russia"}},
                {"type": "Polygon", "id": "804", "arcs": [[2]], "properties": {"name": "Ukraine"}}]}}}
    assert basemap.country_at(topo, SIMFEROPOL) == "Russia"
    fixed = basemap.recognised_countries(topo)
    assert basemap.country_at(fixed, SIMFEROPOL) == "Ukraine"
    assert basemap.country_at(fixed, MOSCOW) == "Russia"
    assert basemap.country_at(topo, SIMFEROPOL) == "Russia"  # the input is left as it was
    ua = fixed["objects"]["countries"]["geometries"][1]
    assert ua["type"] == "MultiPolygon" and ua["arcs"] == [[[2]], [[1]]]


def test_quantized_arcs_decode_with_deltas_and_reversal():
    topo = {"arcs": [[[0, 0], [10, 0], [0, 10]]],
            "transform": {"scale": [0.5, 0.25], "translate": [30, 40]}}
    assert basemap.ring_coordinates(topo, [0]) == [(30, 40), (35, 40), (35, 42.5)]
    assert basemap.ring_coordinates(topo, [~0]) == [(35, 42.5), (35, 40), (30, 40)]


def _assets():
    nm = node_modules()
    if nm is None:
        pytest.fail("web assets not installed: run `make setup` (npm ci)")
    return nm


def test_the_packaged_world_atlas_is_corrected():
    # Natural Earth's default view draws Crimea in Russia; the map must not.
    topo = json.loads((_assets() / COUNTRIES).read_text())
    assert basemap.country_at(topo, SIMFEROPOL) == "Russia", "world-atlas changed: recheck"
    fixed = basemap.recognised_countries(topo)
    for p in basemap.CRIMEA:
        assert basemap.country_at(fixed, p) == "Ukraine", p
    assert basemap.country_at(fixed, KYIV) == "Ukraine"
    assert basemap.country_at(fixed, MOSCOW) == "Russia"


def test_admin1_files_crimea_and_sevastopol_under_ukraine():
    regions = _assets() / ADMIN1
    ua = basemap.read_admin1(regions, "UA")
    codes = {f["properties"]["code"] for f in ua["features"]}
    assert {"UA-KR", "UA-SC"} <= codes and len(codes) == 27
    ru = basemap.read_admin1(regions, "RU")
    assert not {c for c in (f["properties"]["code"] for f in ru["features"]) if c.startswith("UA-")}

    def holds(fc, pt):
        for f in fc["features"]:
            g = f["geometry"]
            polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
            if any(basemap.in_ring(pt, [tuple(c) for c in p[0]]) for p in polys):
                return f["properties"]["code"]
        return None
    assert holds(ua, SIMFEROPOL) == "UA-KR"
    assert holds(ru, SIMFEROPOL) is None and holds(ru, MOSCOW) is not None


def test_context_cuts_at_words():
    text = "alpha beta gamma delta epsilon zeta eta theta"
    s = text.index("delta")
    before, after = context(text, s, s + 5, width=8)
    assert before == "…gamma " and after == " epsilon…"
    assert context(text, 0, 5, width=100) == ("", text[5:])
    assert context(text, 5, 999) == ("", "")


def test_matrix_rows_cells_relays_and_copies():
    text = "Officials said the bridge was hit. Others deny it."
    detail = {
        "sources": [
            {"canonical": "Wire", "kind": "news_outlet", "side": None, "stance": "asserts",
             "relays": "Officials", "reliability": "C", "first_reported": "2025-01-01"},
            {"canonical": "Officials", "kind": "party_official", "side": "UA", "stance": "asserts",
             "relays": None, "reliability": "D", "first_reported": "2025-01-02"},
            {"canonical": "Others", "kind": "party_military", "side": "RU", "stance": "denies",
             "relays": None, "reliability": "D", "first_reported": "2025-01-02"}],
        "evidence": [
            {"source": "Officials", "stance": "asserts", "report": "r1", "published": "2025-01-02",
             "event": "r1:e0", "quote": {"text": "the bridge was hit", "start": 15, "end": 33}},
            {"source": "Others", "stance": "denies", "report": "r1", "published": "2025-01-02",
             "event": "r1:e1", "quote": {"text": "deny it", "start": 42, "end": 49}},
            {"source": "Wire", "stance": "asserts", "report": "r2", "published": "2025-01-01",
             "event": "r2:e0", "quote": {"text": "stale", "start": 0, "end": 5}}],
        "matched": {"r2:e0": {"role": "asserts", "copy": "the same sentence in a copy of report r1"}},
    }
    rows = who_says_what(detail, {"r1": text, "r2": "changed text"})
    assert [r.canonical for r in rows] == ["Officials", "Others", "Wire"]  # relays last
    off = rows[0].cells["asserts"][0]
    assert (off.before, off.text, off.after) == ("Officials said ", "the bridge was hit", ". Others deny it.")
    assert rows[1].cells["denies"][0].text == "deny it" and not rows[1].cells["asserts"]
    wire = rows[2].cells["asserts"][0]
    assert not rows[2].independent and wire.copy_note.startswith("the same sentence")
    assert (wire.before, wire.after) == ("", "")  # the stored text no longer has the span there


def test_segments_cover_the_text_once_with_overlaps():
    text = "Shelling hit Sumy today."
    anns = [Annotation("event", 0, 17, text[:17], "event"), Annotation("place", 13, 17, "Sumy", "place"),
            Annotation("time", 18, 23, "today", "time"), Annotation("bad", 20, 99, "", "out of range")]
    segs = segments(text, anns)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.annotations, s.first_of) for s in segs] == [
        ("Shelling hit ", (0,), (0,)), ("Sumy", (0, 1), (1,)), (" ", (), ()),
        ("today", (2,), (2,)), (".", (), ())]


def test_only_http_urls_become_links():
    assert safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", ""):
        assert safe_url(bad) is None


def test_pages_carry_the_csp_and_404_as_html(api):
    r = api.get("/")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert "<script>" not in r.text  # every script is a file: <script src=...>
    r = api.get("/incidents/inc:nope")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert api.get("/reports/nope").status_code == 404
    r = api.get("/basemap/admin1/../../etc.json")
    assert r.status_code in (400, 404)
    assert api.get("/basemap/admin1/U1.json").status_code == 400
    fc = api.get("/map/incidents.geojson").json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    assert all(f["geometry"]["coordinates"][0] is not None for f in fc["features"])


def test_map_features_from_the_facets_equal_those_from_the_incident_objects(example_db):
    from fogofwar.incidents import list_incidents
    from fogofwar.store import Store
    from fogofwar.store.incident_facets import fill_missing
    from fogofwar.web.pages.mapdata import incident_collection, map_collection

    with Store.open(str(example_db)) as s:
        fill_missing(s.db)  # as fogofwar serve does on start
        fast = map_collection(s.db)
        slow = incident_collection(list_incidents(s.db))
    assert fast is not None and fast["unplaced"] == slow["unplaced"]
    assert fast["features"] == slow["features"] and len(fast["features"]) > 5


def test_large_json_is_gzipped_when_asked(api):
    r = api.get("/map/incidents.geojson", headers={"Accept-Encoding": "gzip"})
    assert r.headers.get("content-encoding") == "gzip" and r.json()["features"]
    r = api.get("/basemap/admin1/UA.json", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in r.headers and len(r.json()["features"]) == 27
    raw = api.get("/basemap/countries.json", headers={"Accept-Encoding": "gzip"})
    assert raw.headers["content-encoding"] == "gzip" and raw.json()["type"] == "Topology"


def test_pages_of_an_empty_store(tmp_path):
    from web_fixtures import client_for

    with client_for(str(tmp_path / "empty.db")) as c:
        for path in ("/", "/timeline", "/search", "/search?q=anything",
                     "/search?q=anything&in=claims&page=99"):
            r = c.get(path)
            assert r.status_code == 200, path
            assert r.headers["content-security-policy"] == CSP
        assert c.get("/map/incidents.geojson").json() == {
            "type": "FeatureCollection", "unplaced": 0, "features": []}
        for path in ("/incidents/x", "/reports/x", "/sources/x"):
            assert c.get(path).status_code == 404, path
        r = c.get("/search", params={"q": "?!*"})
        assert r.status_code == 200 and "Type a word" in r.text
