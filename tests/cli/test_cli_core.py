"""The core commands with a fake pipeline: ingest, extract, queries, export, demo, help."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cli_fixtures import cli, fake, fake_class, pg_url  # noqa: F401  (fixtures)
from fogofwar.store import Store

REPORT_A = ("Title: Clashes near the border\nSource: Wire A\nPublished: 2025-04-08\n\n"
            "The General Staff said Russian forces shelled Demidovka on 12 March. "
            "Heavy fighting followed near Sudzha.")
REPORT_B = ("The Ministry of Defence denied any fighting in Demidovka on 12 March, "
            "saying all attacks were repelled.")


@pytest.fixture
def reports_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (d / "b.jsonl").write_text(json.dumps({"id": "mod-1", "text": REPORT_B, "source": "Outlet B",
                                           "published": "2025-04-09"}) + "\n", encoding="utf-8")
    return d


def db_args(tmp_path):
    return ["--db", str(tmp_path / "t.db")]


def test_ingest_stores_then_skips_duplicates(cli, fake, reports_dir, tmp_path):
    r = cli("ingest", str(reports_dir), *db_args(tmp_path))
    assert r.exit_code == 0, r.output
    assert "stored: 2  skipped as duplicates: 0  failed: 0" in r.stderr
    runs = fake.runs
    r = cli("ingest", str(reports_dir), *db_args(tmp_path))
    assert r.exit_code == 0
    assert "stored: 0  skipped as duplicates: 2  failed: 0" in r.stderr
    assert fake.runs == runs  # duplicates are recognised before extraction
    with Store.open(tmp_path / "t.db") as s:
        assert s.count("reports") == 2 and s.count("events") == 3


def test_ingest_bad_inputs_fail_alone_with_exit_code_1(cli, reports_dir, tmp_path):
    (reports_dir / "empty.txt").write_bytes(b"")
    (reports_dir / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (reports_dir / "bad.jsonl").write_text('{"text": "fine line about Sumy."}\n{oops\n')
    r = cli("ingest", str(reports_dir), str(tmp_path / "missing.txt"), *db_args(tmp_path),
            "--json")
    assert r.exit_code == 1
    summary = json.loads(r.stdout)
    assert summary["stored"] == 3
    failed = {f["origin"]: f["reason"] for f in summary["failed"]}
    assert set(failed) == {str(reports_dir / "empty.txt"), str(reports_dir / "bin.txt"),
                           f"{reports_dir / 'bad.jsonl'}:2", str(tmp_path / "missing.txt")}
    assert "FAILED" in r.stderr and "malformed JSON" in r.stderr


def test_ingest_extraction_failure_leaves_nothing_half_written(cli, fake_class, reports_dir,
                                                              tmp_path):
    crashing = fake_class(fail_on="Ministry")
    r = cli("ingest", str(reports_dir), *db_args(tmp_path), pipeline=crashing)
    assert r.exit_code == 1
    assert "extraction failed (RuntimeError: stage crashed" in r.stderr
    with Store.open(tmp_path / "t.db") as s:
        assert [x.report.id for x in s.reports()] != []
        assert s.extraction("mod-1") is None  # the failed report is not stored at all
        assert s.count("reports") == 1


def test_ingest_stdin(cli, tmp_path):
    r = cli("ingest", "-", *db_args(tmp_path), input=REPORT_B)
    assert r.exit_code == 0 and "stored: 1" in r.stderr


def test_ingest_oversized_file(cli, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"fighting near Sumy. " * 60000)  # 1.2 MB
    r = cli("ingest", str(big), *db_args(tmp_path), "--max-size", "1")
    assert r.exit_code == 1
    assert f"{big}: file is 1.1 MB, over the limit of 1.0 MB" in r.stderr


def test_extract_interface(cli):
    lines = [
        json.dumps({"id": "t1", "text": REPORT_B, "published": "2025-04-09"}),
        "",
        "{broken json",
        json.dumps({"html": "<html><body><article><p>" + REPORT_A.split("\n\n")[1]
                            + "</p></article></body></html>"}),
        json.dumps({"id": "t4"}),
    ]
    r = cli("extract", input="\n".join(lines) + "\n")
    assert r.exit_code == 1  # some lines failed
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 4  # one per non-blank input line, in order
    assert out[0]["id"] == "t1" and list(out[0])[:6] == ["id", "places", "times", "actors",
                                                         "claims", "events"]
    assert out[1] == {"id": "line-3", "error": out[1]["error"]} and "malformed" in out[1]["error"]
    html_out = out[2]
    assert "text" in html_out and "<p>" not in html_out["text"]
    assert len(html_out["id"]) == 16  # derived from the content hash
    assert out[3]["id"] == "t4" and "error" in out[3]
    for o in (out[0], html_out):
        text = o.get("text") or REPORT_B
        for p in o["places"]:
            assert set(p) >= {"text", "start", "end", "geonameid", "name", "lat", "lon",
                              "country_code", "admin1", "admin2", "feature_code",
                              "precision", "score"}
            assert text[p["start"]:p["end"]] == p["text"]
        for e in o["events"]:
            assert set(e) >= {"event_type", "sub_event_type", "actor1", "actor2", "location",
                              "time", "fatalities", "polarity", "evidence"}
            assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]


def test_extract_isolates_a_crashing_report(cli, fake_class):
    lines = [json.dumps({"id": f"r{i}", "text": t}) for i, t in
             enumerate(["Fighting near Sumy.", "Boom in Sudzha.", "Shelled Demidovka."])]
    r = cli("extract", input="\n".join(lines), pipeline=fake_class(fail_on="Boom"))
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["r0", "r1", "r2"]
    assert "error" in out[1] and "events" in out[0] and "events" in out[2]


@pytest.fixture
def filled(cli, reports_dir, tmp_path):
    assert cli("ingest", str(reports_dir), *db_args(tmp_path)).exit_code == 0
    return db_args(tmp_path)


def test_events_query_and_filters(cli, filled):
    r = cli("events", *filled, "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(rows) == 3
    r = cli("events", *filled, "--place", "Demidovka", "--type", "Armed clash", "--format", "json")
    [row] = json.loads(r.stdout)
    assert row["place"]["name"] == "Demidovka"
    assert row["polarity"] == "negative" and row["report"]["source"] == "Outlet B"
    assert row["sources"][0]["stance"] == "denies"
    r = cli("events", *filled, "--source", "Wire A", "--since", "2025-03-12",
            "--until", "2025-03-12")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "date", "type", "place"]
    assert len(lines) == 2 + 2  # header, rule, two Wire A events
    r = cli("events", *filled, "--until", "12/03/2025")
    assert r.exit_code == 2 and "ISO date" in r.output


def test_claims_and_reports_commands(cli, filled):
    r = cli("claims", *filled, "--format", "jsonl")
    claims = [json.loads(x) for x in r.stdout.splitlines()]
    assert {(c["source"]["canonical"], c["stance"]) for c in claims} == {
        ("General Staff of Ukraine", "asserts"), ("Ministry of Defence of Russia", "denies")}
    r = cli("reports", *filled, "--format", "json", "--since", "2025-04-09")
    [rep] = json.loads(r.stdout)
    assert rep["id"] == "mod-1" and rep["events"] == 1 and "text" not in rep
    r = cli("reports", *filled)
    assert "Clashes near the border" in r.stdout


def test_export_csv_geojson_jsonl(cli, filled, tmp_path):
    r = cli("export", *filled, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert r.stdout.splitlines()[0].startswith("event_id_cnty,event_date,year,time_precision,")
    assert len(rows) == 3  # negated events too, with their polarity (issue 15)
    assert sorted(x["polarity"] for x in rows) == ["negative", "positive", "positive"]
    r = cli("export", *filled, "--format", "csv", "--occurred-only")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 2
    shelling = next(x for x in rows if x["sub_event_type"].startswith("Shelling"))
    assert (shelling["event_date"], shelling["time_precision"], shelling["location"],
            shelling["admin1"], shelling["geo_precision"]) == (
        "2025-03-12", "1", "Demidovka", "Belgorod Oblast", "1")
    assert "Wire A" in shelling["source"] and "General Staff of Ukraine" in shelling["source"]
    out = tmp_path / "e.geojson"
    r = cli("export", *filled, "--format", "geojson", "--polarity", "any", "-o", str(out))
    gj = json.loads(out.read_text())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 3
    pts = [f for f in gj["features"] if f["properties"]["location"] == "Demidovka"]
    assert pts[0]["geometry"] == {"type": "Point", "coordinates": [35.95, 50.88]}  # lon, lat
    r = cli("export", *filled, "--format", "jsonl", "--place", "Sudzha")
    [one] = [json.loads(x) for x in r.stdout.splitlines()]
    assert one["event_type"] == "Battles"


def test_demo_is_idempotent(cli, reports_dir, tmp_path):
    (reports_dir / "c.txt").write_text("Troops shelled the area again overnight.")
    args = ["demo", "--examples", str(reports_dir), *db_args(tmp_path)]
    first = cli(*args)
    assert first.exit_code == 0, first.output
    assert "stored: 3" in first.stdout and "Demidovka" in first.stdout
    assert "(place not stated)" in first.stdout
    second = cli(*args)
    assert "stored: 0  skipped as duplicates: 3" in second.stdout
    # After the ingest summary, the listing of events is the same: nothing stored twice.
    assert first.stdout.split("\n\n", 1)[1] == second.stdout.split("\n\n", 1)[1]


def test_db_defaults_to_env(cli, reports_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("FOGOFWAR_DB", str(tmp_path / "env.db"))
    assert cli("ingest", str(reports_dir)).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_unopenable_db_is_a_clear_error(cli, tmp_path):
    r = cli("events", "--db", str(tmp_path / "no" / "dir" / "x.db"))
    assert r.exit_code == 1 and "does not exist" in r.output


@pytest.mark.postgres
def test_ingest_and_query_on_postgres(cli, reports_dir, pg_url):
    r = cli("ingest", str(reports_dir), "--db", pg_url)
    assert r.exit_code == 0, r.output
    r = cli("ingest", str(reports_dir), "--db", pg_url)
    assert "stored: 0  skipped as duplicates: 2" in r.stderr
    r = cli("export", "--db", pg_url, "--format", "jsonl", "--polarity", "any")
    assert len(r.stdout.splitlines()) == 3
    r = cli("claims", "--db", pg_url, "--source", "ministry", "--format", "jsonl")
    assert [json.loads(x)["stance"] for x in r.stdout.splitlines()] == ["denies"]


def test_extract_offsets_index_the_input_text_verbatim(cli):
    """CRLF line ends, leading blanks and tabs: offsets still index the string sent in."""
    text = "  \r\n\tThe Ministry of Defence denied any fighting in Demidovka on 12 March.\r\n\r\n\r\n"
    r = cli("extract", input=json.dumps({"id": "v", "text": text}) + "\n")
    [out] = [json.loads(x) for x in r.stdout.splitlines()]
    assert "text" not in out and out["places"] and out["events"]
    for s in out["places"] + out["times"] + [e["evidence"] for e in out["events"]]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_report_filter(cli, filled):
    r = cli("events", *filled, "--report", "mod-1", "--format", "jsonl")
    assert [json.loads(x)["report_id"] for x in r.stdout.splitlines()] == ["mod-1"]
    r = cli("claims", *filled, "--report", "nope", "--format", "json")
    assert json.loads(r.stdout) == []
