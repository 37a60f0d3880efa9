"""Every API text parameter is bound and matched literally (issue 16, injection): quotes,
'; DROP TABLE, SQL LIKE wildcards (% and _), a tautology and Cyrillic, on every list route
and path parameter of the example store. A hostile value answers exactly as a value that
matches nothing (never everything, never a 500), a bad enum value is a JSON 400, and the
store is the same afterwards. tests/store/test_store_filters_hostile.py does the same under
the CLI's filters, on both engines."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from web_fixtures import api, example_config, example_db  # noqa: F401

from fogofwar.store import Store

HOSTILE = ["%", "_", "%%", "'", '"', "\\", "'; DROP TABLE reports; --", "x' OR '1'='1",
           "Сумська%", "%' --", "\x00"]
NOTHING = "zzqq-matches-nothing"
# route -> its text parameters
ROUTES = {
    "/api/incidents": ["place", "admin1", "type", "source", "source_kind", "side", "status"],
    "/api/timeline": ["place", "admin1", "type", "source", "source_kind", "side", "status"],
    "/api/events": ["place", "admin1", "type", "source", "source_kind", "side", "report",
                    "polarity"],
    "/api/claims": ["place", "admin1", "type", "source", "source_kind", "side", "report",
                    "stance"],
    "/api/reports": ["place", "admin1", "type", "source", "report"],
    "/api/sources": ["source", "source_kind", "side"],
    "/api/places": ["name", "admin1"],
}


def _counts(path) -> dict[str, int]:
    with Store.open(str(path)) as s:
        return {t: s.count(t) for t in ("reports", "events", "claims", "places")}


def _answer(api, route, param, value):
    r = api.get(route, params={param: value})
    assert r.status_code in (200, 400), (route, param, value, r.status_code, r.text)
    return r.status_code, r.json()


def test_hostile_text_in_every_parameter_matches_nothing(api, example_db):
    before = _counts(example_db)
    applied = 0
    for route, params in ROUTES.items():
        everything = api.get(route).json()
        for param in params:
            nothing = _answer(api, route, param, NOTHING)
            if nothing[0] == 200 and nothing[1] != everything:
                applied += 1  # the parameter filters this route
            for value in HOSTILE:
                got = _answer(api, route, param, value)
                if got[0] == 400:  # an enum or a code: refused in words
                    assert got[1]["message"], (route, param, value)
                    continue
                assert got == nothing, (route, param, value)
    assert applied >= 25  # most parameters do filter; the comparison above is not vacuous
    assert _counts(example_db) == before


@pytest.mark.parametrize("value", HOSTILE[:-1])
def test_hostile_path_parameters_are_not_found(api, example_db, value):
    before = _counts(example_db)
    for route in ("/api/reports/", "/api/incidents/"):
        r = api.get(route + quote(value, safe=""))
        assert r.status_code in (400, 404), (route, value, r.status_code)
        assert r.json()["message"]
    r = api.get("/api/sources/" + quote(value, safe=""))
    assert r.status_code in (200, 400, 404)
    if r.status_code == 200:  # a source nobody is: no statements
        assert not r.json().get("statements", {}).get("items")
    assert _counts(example_db) == before
