"""POST /api/reports: the token rule (off without one, 401 and nothing changed without a
valid one, never logged), the body limit (413), the readers by media type, one transaction
per report, and fusion of what was stored."""

from __future__ import annotations

import logging

import pytest
from web_fixtures import TOKEN, client_for, db_copy, example_config, example_db  # noqa: F401

from fogofwar.store import Store

REPORT = """Title: Shelling of Yunakivka
Source: Northern Courier
Published: 2025-04-10

Russian forces shelled Yunakivka in Sumy region on Thursday, killing two civilians, the
regional military administration said.
"""


@pytest.fixture
def writer(db_copy, example_config, pipeline):
    with client_for(str(db_copy), example_config, token=TOKEN,
                    make_pipeline=lambda: pipeline, report_seconds=None) as c:
        yield c


def _counts(path) -> dict[str, int]:
    with Store.open(str(path)) as s:
        counts = {t: s.count(t) for t in ("reports", "events", "claims", "places")}
        counts["incidents"] = int(s.db.query("SELECT COUNT(*) AS n FROM incidents")[0]["n"])
        return counts


def _auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}", "Content-Type": "text/plain"}


def test_writes_are_off_without_a_configured_token(db_copy, example_config):
    before = _counts(db_copy)
    with client_for(str(db_copy), example_config) as c:
        r = c.post("/api/reports", content=REPORT, headers=_auth("anything"))
    assert r.status_code == 403 and "writes are off" in r.json()["message"]
    assert _counts(db_copy) == before


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong-token"},
    {"Authorization": f"Bearer {TOKEN}x"},
    {"Authorization": f"Bearer {TOKEN[:-1]}"},
    {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": TOKEN},
    {"Authorization": "Bearer "},
])
def test_no_valid_token_is_401_and_changes_nothing(writer, db_copy, headers, caplog):
    before = _counts(db_copy)
    with caplog.at_level(logging.DEBUG):
        r = writer.post("/api/reports", content=REPORT, headers=headers)
    assert r.status_code == 401, r.text
    assert r.json()["status"] == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert _counts(db_copy) == before
    assert TOKEN not in caplog.text and TOKEN not in r.text


def test_a_report_is_stored_fused_and_readable(writer, db_copy, caplog):
    before = _counts(db_copy)
    with caplog.at_level(logging.DEBUG):
        r = writer.post("/api/reports", content=REPORT, headers=_auth())
    assert r.status_code == 201, r.text
    out = r.json()
    assert len(out["stored"]) == 1 and out["failed"] == [] and out["fused"] == 1
    assert out["incidents"]
    assert TOKEN not in caplog.text
    after = _counts(db_copy)
    assert after["reports"] == before["reports"] + 1 and after["events"] > before["events"]
    rid = out["stored"][0]
    d = writer.get(f"/api/reports/{rid}").json()
    assert d["title"] == "Shelling of Yunakivka" and d["published"] == "2025-04-10"
    assert d["source"] == "Northern Courier"
    inc = writer.get(f"/api/incidents/{out['incidents'][0]}").json()
    assert rid in {e["report"] for e in inc["evidence"]}
    listed = writer.get("/api/incidents", params={"source": "Northern Courier"}).json()
    assert listed["total"] >= 1
    # the same report again: known, nothing new
    again = writer.post("/api/reports", content=REPORT, headers=_auth())
    assert again.status_code == 200 and again.json()["duplicates"][0]["duplicate_of"] == rid
    assert _counts(db_copy) == after


def test_json_and_jsonl_bodies_use_the_ingest_readers(writer, db_copy):
    body = '{"id": "api-1", "text": "Ukrainian forces shelled Belgorod on 2 April.", "published": "2025-04-03", "source": "Wire"}'
    r = writer.post("/api/reports", content=body,
                    headers={**_auth(), "Content-Type": "application/json"})
    assert r.status_code == 201 and r.json()["stored"] == ["api-1"]
    lines = ('{"id": "api-2", "text": "Fighting near Sudzha continued, the General Staff said.", "published": "2025-04-04"}\n'
             '{"id": "api-3", "text": 5}\n'
             'not json at all\n')
    r = writer.post("/api/reports", content=lines,
                    headers={**_auth(), "Content-Type": "application/x-ndjson"})
    out = r.json()
    assert r.status_code == 201 and out["stored"] == ["api-2"]
    assert len(out["failed"]) == 2 and all(f["origin"].startswith("POST /api/reports:")
                                           for f in out["failed"])


def test_nothing_readable_is_422_and_nothing_stored(writer, db_copy):
    before = _counts(db_copy)
    r = writer.post("/api/reports", content='{"id": "x", "title": "no text"}',
                    headers={**_auth(), "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["failed"]
    r = writer.post("/api/reports", content="   \n", headers=_auth())
    assert r.status_code == 400
    assert _counts(db_copy) == before


def test_body_over_the_limit_is_413(db_copy, example_config, pipeline):
    before = _counts(db_copy)
    with client_for(str(db_copy), example_config, token=TOKEN, max_body=100,
                    make_pipeline=lambda: pipeline, report_seconds=None) as c:
        r = c.post("/api/reports", content=REPORT, headers=_auth())
        assert r.status_code == 413 and "over the limit" in r.json()["message"]

        def chunks():  # no Content-Length: counted as it streams in
            for _ in range(10):
                yield b"x" * 50

        r = c.post("/api/reports", content=chunks(), headers=_auth())
        assert r.status_code == 413
        # a bad token is refused before the body is even looked at
        r = c.post("/api/reports", content=REPORT, headers=_auth("nope"))
        assert r.status_code == 401
    assert _counts(db_copy) == before


def test_a_failing_store_write_rolls_back_the_report(writer, db_copy, monkeypatch):
    """One transaction per report: a save that fails half-way leaves nothing behind."""
    from fogofwar.store import writer as store_writer

    real = store_writer.save

    def broken(db, extraction):
        with db.transaction():
            db.execute("INSERT INTO reports (id, content_hash, text, ingested_at) VALUES"
                       " ('half', 'h', 't', 'now')")
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_writer, "save", broken)
    before = _counts(db_copy)
    r = writer.post("/api/reports", content=REPORT, headers=_auth())
    assert r.status_code == 422 and "disk on fire" in r.json()["failed"][0]["reason"]
    assert _counts(db_copy) == before
    monkeypatch.setattr(store_writer, "save", real)


def test_unexpected_errors_are_json_500_without_a_traceback(db_copy, example_config,
                                                           monkeypatch):
    from fogofwar.web.queries import incidents as q

    def boom(*a, **k):
        raise RuntimeError("secret internals at /srv/x.py")

    monkeypatch.setattr(q, "get_incident", boom)
    with client_for(str(db_copy), example_config) as c:
        r = c.get("/api/incidents/inc:anything")
    assert r.status_code == 500
    assert r.json() == {"status": 500, "message": "internal error (the server's log says more)"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_reports_stored_by_another_process_are_fused_in_the_background(db_copy, example_config,
                                                                     pipeline):
    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.batch import ingest

    with client_for(str(db_copy), example_config) as c:
        c.app.state.refresher.every = 0
        before = c.get("/api/incidents", params={"limit": 500}).json()["total"]
        src = db_copy.parent / "other.txt"
        src.write_text(REPORT)
        with Store.open(str(db_copy)) as s:  # as `fogofwar ingest` would, beside the server
            assert ingest([str(src)], s, lambda: pipeline, IngestOptions()).stored
        c.get("/api/incidents")  # answered at once; the fuse runs behind it
        c.app.state.refresher.wait()
        after = c.get("/api/incidents", params={"limit": 500, "source": "Northern Courier"})
        assert after.json()["total"] >= 1
        assert c.get("/api/incidents", params={"limit": 500}).json()["total"] > before


def test_a_gzip_bomb_posted_with_content_encoding_is_refused_not_decompressed(tmp_path):
    # issue 16: decompression bombs. The body is never decompressed: 50 MB of NULs in
    # ~50 kB of gzip is read as the bytes sent, a binary file, and refused; nothing stored.
    import gzip

    bomb = gzip.compress(b"\x00" * 50_000_000, compresslevel=9)
    db = tmp_path / "t.db"
    with client_for(str(db), token=TOKEN, make_pipeline=lambda: None,
                    report_seconds=None) as c:
        r = c.post("/api/reports", content=bomb,
                   headers={**_auth(), "Content-Encoding": "gzip"})
    assert r.status_code == 422, r.text
    assert "binary file" in r.json()["failed"][0]["reason"]
    with Store.open(str(db)) as s:
        assert s.count("reports") == 0
