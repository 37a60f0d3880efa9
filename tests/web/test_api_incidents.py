"""GET /api/incidents and /api/incidents/{id} over the example store: the stable objects,
the filters, paging, and bad parameters answered with a JSON 400."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from web_fixtures import EXAMPLES, api, db_copy, example_config, example_db  # noqa: F401

from fogofwar.cli import main


def _all(api, **params):
    r = api.get("/api/incidents", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()


def test_list_is_the_cli_json_in_the_same_order(api, example_db):
    cli = CliRunner().invoke(main, ["incidents", "--db", str(example_db), "--format", "json",
                                    "--config", str(EXAMPLES / "fogofwar.toml")])
    assert cli.exit_code == 0, cli.output
    expected = json.loads(cli.stdout)
    got = _all(api)
    assert got["total"] == len(expected) > 5
    assert got["items"] == expected
    assert got["next"] is None


def test_paging_walks_the_whole_list_once(api):
    whole = [i["id"] for i in _all(api)["items"]]
    seen, url = [], "/api/incidents?limit=4"
    while url:
        page = api.get(url).json()
        assert len(page["items"]) <= 4 and page["total"] == len(whole)
        seen += [i["id"] for i in page["items"]]
        url = page["next"]
    assert seen == whole
    past = api.get("/api/incidents", params={"offset": len(whole) + 10}).json()
    assert past["items"] == [] and past["next"] is None


def test_filters_narrow_the_list(api):
    everything = _all(api)["items"]
    disputed = _all(api, status="disputed")["items"]
    assert disputed and all(i["status"] == "disputed" for i in disputed)
    graded = _all(api, grade=2)["items"]
    assert graded and all(i["credibility"] <= 2 for i in graded) and len(graded) < len(everything)
    # Sudzha and Kursk region only (west, south, east, north)
    box = _all(api, bbox="34.5,51.0,36.5,52.0")["items"]
    assert box and all(51.0 <= i["place"]["lat"] <= 52.0 and 34.5 <= i["place"]["lon"] <= 36.5
                       for i in box)
    assert len(box) < len(everything)
    ru = _all(api, side="ru")["items"]
    assert ru and all(any(s["side"] == "RU" for s in i["sources"]) for i in ru)
    kind = _all(api, source_kind="news_outlet")["items"]
    assert kind and all(any(s["kind"] == "news_outlet" for s in i["sources"]) for i in kind)
    april = _all(api, since="2025-04-01")["items"]
    assert april and all(i["time"]["last"] >= "2025-04-01" for i in april)
    march = _all(api, since="2025-03-01", until="2025-03-15")["items"]
    assert march and all(i["time"]["first"] <= "2025-03-15" and i["time"]["last"] >= "2025-03-01"
                         for i in march)
    battles = _all(api, type="Battles")["items"]
    assert battles and all(i["event_type"] == "Battles" for i in battles)


def test_admin1_by_any_of_its_names(api):
    everything = _all(api)["items"]
    stored = {i["place"]["admin1"] for i in everything if i["place"]["admin1"]}
    name = sorted(stored)[0]
    got = _all(api, admin1=name)["items"]
    assert got and all(i["place"]["admin1"] == name or i["place"]["name"] == name for i in got)
    assert _all(api, admin1=name.upper())["total"] == len(got)
    assert _all(api, admin1="Nowhere Oblast")["total"] == 0


def test_one_incident_with_evidence_and_quotes(api, example_db):
    first = _all(api)["items"][0]
    r = api.get(f"/api/incidents/{first['id']}")
    assert r.status_code == 200
    d = r.json()
    assert {k: d[k] for k in first} == first
    assert d["evidence"]
    from fogofwar.store import Store

    with Store.open(str(example_db)) as s:
        for e in d["evidence"]:
            text = s.extraction(e["report"]).report.text
            q = e["quote"]
            assert text[q["start"]:q["end"]] == q["text"]


def test_unknown_incident_is_a_json_404(api):
    r = api.get("/api/incidents/inc:nothing-here")
    assert r.status_code == 404
    assert r.json() == {"status": 404, "message": "no incident 'inc:nothing-here'"}


@pytest.mark.parametrize("params, words", [
    ({"since": "2025-02-30"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"since": "2025-04-01", "until": "2025-03-01"}, "after"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "bbox"),
    ({"bbox": "10,60,20,50"}, "south > north"),
    ({"bbox": "10,-95,20,50"}, "latitudes"),
    ({"bbox": "nan,1,2,3"}, "finite"),
    ({"limit": 0}, "limit"),
    ({"limit": 501}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"offset": -1}, "offset"),
    ({"grade": 0}, "grade"),
    ({"status": "rumoured"}, "status"),
    ({"source_kind": "blog"}, "source_kind"),
])
def test_bad_parameters_are_json_400(api, params, words):
    r = api.get("/api/incidents", params=params)
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["status"] == 400 and words in body["message"]
    assert "Traceback" not in r.text


def test_openapi_document_lists_the_endpoints(api):
    r = api.get("/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    assert "/api/incidents" in paths and "/api/incidents/{incident_id}" in paths


def test_unknown_route_is_json(api):
    r = api.get("/api/nothing")
    assert r.status_code == 404 and r.json()["status"] == 404


QUERIES = [{}, {"status": "disputed"}, {"grade": 2}, {"bbox": "34.5,51.0,36.5,52.0"},
           {"side": "RU"}, {"source_kind": "news_outlet", "side": "UA"}, {"since": "2025-04-01"},
           {"since": "2025-03-01", "until": "2025-03-15"}, {"type": "Battles"},
           {"place": "Sudzha"}, {"place": "Kursk region"}, {"place": "RU"},
           {"admin1": "Belgorod Oblast"}, {"source": "Ministry of Defense"},
           {"source": "general staff", "type": "Armed clash"}]


@pytest.mark.parametrize("params", QUERIES)
def test_sql_lists_equal_the_cli_filter(example_db, params):
    """The SQL path (incident facets) and the CLI's own filter over every summary agree."""
    from fogofwar.store import Store
    from fogofwar.web.params import incident_params
    from fogofwar.web.queries.incidents import list_incidents, timeline

    full = {k: None for k in ("since", "until", "bbox", "admin1", "place", "type", "status",
                              "grade", "side", "source", "source_kind")}
    q = incident_params(**{**full, **params})
    from fogofwar.web.params import Page

    with Store.open(str(example_db)) as s:
        by_sql = list_incidents(s.db, q, Page(500, 0), sql=True)
        by_cli = list_incidents(s.db, q, Page(500, 0), sql=False)
        assert [i["id"] for i in by_sql.items] == [i["id"] for i in by_cli.items]
        assert by_sql.total == by_cli.total
        assert timeline(s.db, q, sql=True) == timeline(s.db, q, sql=False)


def test_store_fused_before_the_facets_gets_them_on_start(db_copy, example_config):
    from web_fixtures import client_for

    from fogofwar.store import Store

    with Store.open(str(db_copy)) as s:
        s.db.execute("DELETE FROM incident_facets")
        s.db.execute("DELETE FROM incident_sources")
        from fogofwar.store import incident_facets

        assert incident_facets.missing(s.db)
    with client_for(str(db_copy), example_config) as c:
        listed = c.get("/api/incidents", params={"limit": 500, "side": "RU"}).json()
    with Store.open(str(db_copy)) as s:
        assert not incident_facets.missing(s.db)
        assert s.db.query("SELECT COUNT(*) AS n FROM incident_sources")[0]["n"] > 0
    assert listed["total"] > 0


def test_a_read_only_store_without_facets_is_listed_by_the_cli_filter(db_copy, example_config):
    """A store fused before the facets, opened read-only, cannot be given them: its lists
    come from the summaries, the same incidents in the same order."""
    from web_fixtures import client_for

    from fogofwar.store import Store

    with client_for(str(db_copy), example_config) as c:
        whole = c.get("/api/incidents", params={"limit": 500, "side": "RU"}).json()
    with Store.open(str(db_copy)) as s:
        s.db.execute("DELETE FROM incident_facets")
    with client_for(f"sqlite:///{db_copy}?mode=ro", example_config) as c:
        assert c.app.state.facets_complete is False
        again = c.get("/api/incidents", params={"limit": 500, "side": "RU"}).json()
        assert c.get("/api/timeline").json()["total"] > 0
    assert again == whole and whole["total"] > 0
