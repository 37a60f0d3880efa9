"""Full-text search over reports and claims: GET /api/search on SQLite (FTS5) and
PostgreSQL (tsvector), kept in sync with writes and deletes, given to stores made before
it by their migration, and safe with any text typed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pg_schema import throwaway_schema
from web_fixtures import (EXAMPLES, TOKEN, api, client_for, db_copy,  # noqa: F401
                          example_config, example_db)

from fogofwar.store import Store
from fogofwar.store.migrate import MIGRATIONS, migrate, split_statements


def _search(c, q, **params):
    r = c.get("/api/search", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return r.json()


def _highlighted(item) -> list[str]:
    s = item["snippet"]
    return [s["text"][a:b] for a, b in s["highlights"]]


def test_reports_and_claims_are_found_by_their_words(api):
    got = _search(api, "Sudzha")
    assert got["total"] == got["counts"]["reports"] > 0 and got["counts"]["claims"] > 0
    for item in got["items"]:
        d = api.get(f"/api/reports/{item['id']}").json()
        assert "sudzha" in (d["text"] + (d["title"] or "")).lower()
        assert all(h.lower() == "sudzha" for h in _highlighted(item))
    claims = _search(api, "Sudzha", **{"in": "claims"})
    assert claims["total"] == got["counts"]["claims"]
    assert all(i["kind"] == "claim" for i in claims["items"])
    # stemmed: 'shelling' finds 'shelled'
    shelled = _search(api, "shelling")
    texts = [api.get(f"/api/reports/{i['id']}").json()["text"].lower() for i in shelled["items"]]
    assert any("shelled" in t and "shelling" not in t for t in texts)


def test_every_word_must_match_and_paging_holds(api):
    one = _search(api, "Sudzha")["total"]
    both = _search(api, "Sudzha captured")["total"]
    assert 0 < both < one
    assert _search(api, "Sudzha zzzyyxx")["total"] == 0
    whole = [i["id"] for i in _search(api, "forces", limit=500)["items"]]
    paged, url = [], "/api/search?q=forces&limit=3"
    while url:
        page = api.get(url).json()
        paged += [i["id"] for i in page["items"]]
        url = page["next"]
    assert paged == whole and len(whole) > 3


@pytest.mark.parametrize("q", ['"', "OR", "*", "NEAR(a b)", "title:x", "a AND", "-x", "'; DROP TABLE reports; --",
                               "<script>alert(1)</script>", "\u202eevil", "((("])
def test_any_text_typed_is_words_never_syntax(api, q):
    r = api.get("/api/search", params={"q": q})
    assert r.status_code in (200, 400), r.text
    assert r.json()["status"] == 400 if r.status_code == 400 else "items" in r.json()
    assert api.get("/api/reports", params={"limit": 1}).status_code == 200  # store intact


@pytest.mark.parametrize("params", [{"q": ""}, {"q": "x", "in": "events"}, {"q": "x" * 501},
                                    {"q": "x", "since": "May"}, {"q": "!!!"},
                                    {"q": "x", "limit": 0}])
def test_bad_search_parameters_are_400(api, params):
    r = api.get("/api/search", params=params)
    assert r.status_code == 400 and r.json()["status"] == 400


def test_search_follows_writes_and_deletes(db_copy, example_config, pipeline):
    body = "Title: Ferry seized\n\nPartisans seized a ferry at Zaliznyi Port on 2 April.\n"
    with client_for(str(db_copy), example_config, token=TOKEN,
                    make_pipeline=lambda: pipeline, report_seconds=None) as c:
        assert _search(c, "ferry")["total"] == 0
        r = c.post("/api/reports", content=body,
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"})
        rid = r.json()["stored"][0]
        assert [i["id"] for i in _search(c, "ferry")["items"]] == [rid]
        with Store.open(str(db_copy)) as s:
            assert s.delete_report(rid)
        assert _search(c, "ferry")["total"] == 0


def test_a_store_made_before_search_gets_it_on_open(tmp_path, example_db):
    """Migration 0005 indexes the reports and claims already stored."""
    old = tmp_path / "migrations"
    old.mkdir()
    for p in sorted(MIGRATIONS.glob("*.sql")):
        if not p.name.startswith("0005"):  # every other migration: today's writer fits
            shutil.copy(p, old / p.name)
    from fogofwar.store.db import Database

    src = Store.open(str(example_db))
    exts = list(src.extractions())
    src.close()
    path = tmp_path / "old.db"
    db = Database.open(str(path))
    migrate(db, old)
    assert not db.table_exists("report_search")
    from fogofwar.store import writer

    for e in exts:
        writer.save(db, e)
    db.close()
    with client_for(str(path)) as c:
        got = _search(c, "Sudzha")
        assert got["total"] > 0 and got["counts"]["claims"] > 0


def test_triggers_are_one_statement_each():
    sql = (MIGRATIONS / "0005_search.sqlite.sql").read_text()
    stmts = split_statements(sql)
    triggers = [s for s in stmts if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 4 and all(s.rstrip().upper().endswith("END") for s in triggers)
    assert split_statements("CREATE TABLE a (x INT); CREATE TRIGGER t AFTER INSERT ON a BEGIN "
                            "DELETE FROM a; INSERT INTO a VALUES (1); END; SELECT 1") == [
        "CREATE TABLE a (x INT)",
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM a; INSERT INTO a VALUES (1); END",
        "SELECT 1"]


@pytest.mark.postgres
def test_search_on_postgres(api, example_config, pipeline):
    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.batch import ingest

    with throwaway_schema("fow_search") as url:
        with Store.open(url) as s:
            assert ingest([str(EXAMPLES / "reports")], s, lambda: pipeline, IngestOptions()).ok
        with client_for(url, example_config) as c:
            for q in ("Sudzha", "Sudzha captured", "shelling", "Belgorod"):
                pg, lite = _search(c, q, limit=500), _search(api, q, limit=500)
                assert pg["total"] > 0, q
                # the same documents (ranking and stemming differ a little between engines)
                assert pg["counts"]["reports"] == lite["counts"]["reports"], q
                assert {i["id"] for i in pg["items"]} == {i["id"] for i in lite["items"]}, q
                for item in pg["items"]:
                    assert item["snippet"]["highlights"], (q, item)
            claims = _search(c, "Sudzha", **{"in": "claims"})
            assert claims["total"] > 0 and claims["items"][0]["kind"] == "claim"
            assert _search(c, "'; DROP TABLE reports; --")["total"] == 0
            # deleting a report takes it out of the index (the vectors go with their rows)
            rid = _search(c, "Sudzha")["items"][0]["id"]
            with Store.open(url) as s:
                assert s.delete_report(rid)
            assert rid not in {i["id"] for i in _search(c, "Sudzha", limit=500)["items"]}
        with Store.open(url) as s:
            # a text too long for one tsvector is indexed by its start, never refused
            v = s.db.query("SELECT length(fogofwar_report_vector('t', string_agg('w' || g, ' ')))"
                           " AS n FROM generate_series(1, 200000) g")[0]["n"]
            assert 0 < v < 200000
