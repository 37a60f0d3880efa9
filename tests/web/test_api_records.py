"""GET /api/events, /claims, /reports, /reports/{id}, /sources, /sources/{name}, /places and
/timeline over the example store: shapes, filters, paging, offsets that hold, bad input."""

from __future__ import annotations

import pytest
from web_fixtures import api, example_config, example_db  # noqa: F401


def _get(api, url, **params):
    r = api.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _walk(api, url):
    """Every item of a paged list, following ``next``."""
    out = []
    while url:
        page = _get(api, url)
        out += page["items"]
        url = page["next"]
    return out


def test_events_filters_and_paging(api):
    every = _walk(api, "/api/events?limit=7")
    assert len(every) == len({e["id"] for e in every}) > 10
    assert every == _get(api, "/api/events", limit=500)["items"]
    box = _get(api, "/api/events", bbox="34.5,51.0,36.5,52.0", limit=500)["items"]
    assert box and len(box) < len(every)
    assert all(51.0 <= e["place"]["lat"] <= 52.0 and 34.5 <= e["place"]["lon"] <= 36.5 for e in box)
    ru = _get(api, "/api/events", side="RU", limit=500)["items"]
    assert ru and all(any(s["side"] == "RU" for s in e["sources"]) for e in ru)
    neg = _get(api, "/api/events", polarity="negative", limit=500)["items"]
    assert all(e["polarity"] == "negative" for e in neg)
    battles = _get(api, "/api/events", type="Battles", limit=500)["items"]
    assert battles and all(e["event_type"] == "Battles" for e in battles)
    some = every[0]["report_id"]
    assert all(e["report_id"] == some for e in _get(api, "/api/events", report=some)["items"])


def test_claims_filters(api):
    every = _walk(api, "/api/claims?limit=5")
    assert every and all({"source", "cue", "content", "stance", "event_ids"} <= set(c) for c in every)
    denies = _get(api, "/api/claims", stance="denies", limit=500)["items"]
    assert denies and all(c["stance"] == "denies" for c in denies)
    mil = _get(api, "/api/claims", source_kind="party_military", side="ua", limit=500)["items"]
    assert mil and all(c["source"]["kind"] == "party_military" and c["source"]["side"] == "UA"
                       for c in mil)


def test_report_text_and_spans_hold_their_offsets(api):
    reports = _walk(api, "/api/reports?limit=4")
    assert len(reports) == 12 and all("text" not in r for r in reports)
    for meta in reports:
        d = _get(api, f"/api/reports/{meta['id']}")
        text = d["text"]
        assert d["spans"], meta["id"]
        for s in d["spans"]:
            assert text[s["start"]:s["end"]] == s["text"], (meta["id"], s)
        assert [s["start"] for s in d["spans"]] == sorted(s["start"] for s in d["spans"])
        for e in d["events"]:
            assert e["id"].startswith(meta["id"] + ":e")
        for c in d["claims"]:
            assert all(x.startswith(meta["id"] + ":e") for x in c["event_ids"])
    linked = [e for m in reports for e in _get(api, f"/api/reports/{m['id']}")["events"]
              if e["incident"]]
    assert linked and _get(api, f"/api/incidents/{linked[0]['incident']}")["id"] == linked[0]["incident"]


def test_unknown_report_and_source_are_404(api):
    for url in ("/api/reports/no-such-report", "/api/sources/Nobody At All"):
        r = api.get(url)
        assert r.status_code == 404 and r.json()["status"] == 404


def test_sources_list_and_track_record(api):
    every = _walk(api, "/api/sources?limit=5")
    names = [s["canonical"] for s in every]
    assert len(names) == len(set(names)) and "Russian Ministry of Defense" in names
    mod = _get(api, "/api/sources/Russian Ministry of Defense")
    assert mod["kind"] == "party_military" and mod["side"] == "RU"
    tr = mod["track_record"]
    assert set(tr) == {"asserted", "corroborated", "contradicted", "retracted"}
    assert 0 <= tr["corroborated"] <= tr["asserted"] and tr["contradicted"] <= tr["asserted"]
    claims = mod["claims_page"]["items"]
    assert claims and mod["claims_page"]["total"] == mod["claims"]
    dates = [c["published"] or "" for c in claims]
    assert dates == sorted(dates)  # over time, oldest first
    stances = {i["stance"] for i in mod["incidents_page"]["items"]}
    assert "denies" in stances  # the example's Russian denial
    ru = _get(api, "/api/sources", side="RU", limit=500)["items"]
    assert ru and all(s["side"] == "RU" for s in ru)
    assert _get(api, "/api/sources", source="ministry of defence")["items"]


def test_track_record_counts_what_others_said(api):
    """A source is corroborated when another independent source asserts what it asserted,
    and contradicted when one denies it: checked against the incidents themselves."""
    incs = _get(api, "/api/incidents", limit=500)["items"]
    for src in _get(api, "/api/sources", limit=500)["items"]:
        name = src["canonical"]
        mine = [i for i in incs for s in i["sources"] if s["canonical"] == name
                and s["stance"] in ("asserts", "hedges", "retracts")]
        contradicted = [i for i in mine if any(
            o["canonical"] != name and o["relays"] is None and o["stance"] == "denies"
            for o in i["sources"])]
        tr = _get(api, f"/api/sources/{name}")["track_record"]
        assert tr["asserted"] == len(mine), name
        assert tr["contradicted"] == len(contradicted), name


def test_places(api):
    every = _walk(api, "/api/places?limit=4")
    assert every and all({"name", "lat", "lon", "mentions", "events"} <= set(p) for p in every)
    assert [p["events"] for p in every] == sorted((p["events"] for p in every), reverse=True)
    sudzha = _get(api, "/api/places", name="sudzha")["items"]
    assert sudzha and all("sudzha" in p["name"].lower() for p in sudzha)
    box = _get(api, "/api/places", bbox="34.5,51.0,36.5,52.0", limit=500)["items"]
    assert box and all(51.0 <= p["lat"] <= 52.0 for p in box)


def test_timeline_counts_the_listed_incidents(api):
    t = _get(api, "/api/timeline")
    incs = _get(api, "/api/incidents", limit=500)["items"]
    assert t["total"] == sum(1 for i in incs if i["time"]["first"])
    by = {}
    for i in incs:
        if i["time"]["first"]:
            k = (i["time"]["first"], i["event_type"], i["status"])
            by[k] = by.get(k, 0) + 1
    assert {(c["date"], c["event_type"], c["status"]): c["count"] for c in t["counts"]} == by
    disputed = _get(api, "/api/timeline", status="disputed")
    assert 0 < disputed["total"] < t["total"]


@pytest.mark.parametrize("url", [
    "/api/events?since=2025-02-31", "/api/events?bbox=1,2", "/api/events?limit=1000",
    "/api/events?polarity=maybe", "/api/claims?stance=claims", "/api/claims?offset=-3",
    "/api/reports?until=tomorrow", "/api/sources?source_kind=bot", "/api/places?bbox=0,0,200,1",
    "/api/timeline?since=2025-05-01&until=2025-04-01", "/api/timeline?grade=7",
    "/api/sources/X?limit=0",
])
def test_bad_parameters_everywhere_are_json_400(api, url):
    r = api.get(url)
    assert r.status_code == 400, (url, r.text)
    assert r.json()["status"] == 400 and r.json()["message"]


def test_openapi_lists_every_endpoint(api):
    paths = api.get("/openapi.json").json()["paths"]
    for p in ("/api/incidents", "/api/incidents/{incident_id}", "/api/events", "/api/claims",
              "/api/reports", "/api/reports/{report_id}", "/api/sources", "/api/sources/{name}",
              "/api/places", "/api/timeline"):
        assert p in paths, p
    assert "post" in paths["/api/reports"]


def test_event_objects_say_which_is_their_reports_main_event(api):
    every = _walk(api, "/api/events?limit=50")
    assert all(isinstance(e["main"], bool) for e in every)
    mains = {e["report_id"] for e in every if e["main"]}
    assert mains and mains <= {e["report_id"] for e in every}
    rid = sorted(mains)[0]
    detail = _get(api, f"/api/reports/{rid}")
    flags = {e["id"]: e["main"] for e in detail["events"]}
    assert flags == {e["id"]: e["main"] for e in every if e["report_id"] == rid}
