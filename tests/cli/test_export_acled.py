"""Exports an ACLED user can load (issue 15): ACLED's columns by name and in order, then
fogofwar's own; negated and hedged events exported with their polarity unless
--occurred-only; a summary of the rows without coordinates and why; incidents exported as
CSV, GeoJSON and JSONL."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cli_fixtures import cli, fake, pg_url  # noqa: F401  (fixtures)
from fogofwar.records import (Actor, Claim, Event, Extraction, Fatalities, Place, Report, Span,
                              TimeValue)
from fogofwar.store import Store

ACLED = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
         "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
         "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
         "source,source_scale,notes,fatalities,tags,timestamp")
OWN = "incident_id,status,credibility,stance,polarity,modality,report_id,evidence_start,evidence_end"


def _report(rid, day, text, place, event, claim_source=None, stance="asserts"):
    ts = text.index(day)
    time = TimeValue(day, ts, ts + len(day), day, "day", first=day, last=day)
    actors, claims = (), ()
    if claim_source:
        src = Actor(claim_source, 0, len(claim_source), claim_source, "party_military", "UA")
        cue = text.index("said")
        actors = (src,)
        claims = (Claim(src, Span("said", cue, cue + 4), Span(text[cue + 5:], cue + 5, len(text)),
                        stance, "certain", "indirect", (0,)),)
    return Extraction(report=Report(id=rid, text=text, published=day, source="=Wire Desk"),
                      places=(place,) if place else (), times=(time,), actors=actors,
                      claims=claims, events=(event,))


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "t.db")
    t1 = "General Staff said Russian forces shelled Sumy on 2025-03-12, killing 2."
    sumy = Place("Sumy", t1.index("Sumy"), t1.index("Sumy") + 4, 692194, "Sumy", 50.9216,
                 34.80029, "UA", "Sumy Oblast", None, "PPLA", 1, 1.0)
    e1 = Event("Explosions/Remote violence", "Shelling/artillery/missile attack",
               "Military Forces of Russia", None, 0, 0, Fatalities(2, 2, 2), "positive",
               Span("shelled", t1.index("shelled"), t1.index("shelled") + 7))
    t2 = "The ministry denied that troops attacked Demidovka on 2025-03-13."
    demi = Place("Demidovka", t2.index("Demidovka"), t2.index("Demidovka") + 9, None,
                 "Demidovka", None, None, None, None, None, None, None, 0.0)
    e2 = Event("Battles", "Armed clash", None, None, 0, 0, None, "negative",
               Span("attacked", t2.index("attacked"), t2.index("attacked") + 8),
               modality="denied")
    t3 = "Drones attacked overnight on 2025-03-14, officials said."
    e3 = Event("Explosions/Remote violence", "Air/drone strike", None, None, None, 0, None,
               "positive", Span("attacked", t3.index("attacked"), t3.index("attacked") + 8))
    with Store.open(path) as s:
        s.save(_report("r1", "2025-03-12", t1, sumy, e1, "General Staff"))
        s.save(_report("r2", "2025-03-13", t2, demi, e2))
        s.save(_report("r3", "2025-03-14", t3, None, e3))
    return path


def _csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_acleds_columns_in_order_then_fogofwars(cli, db):
    r = cli("export", "--db", db, "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0] == f"{ACLED},{OWN}"
    rows = {x["report_id"]: x for x in _csv(r.stdout)}
    sumy = rows["r1"]
    assert (sumy["event_id_cnty"], sumy["event_date"], sumy["year"], sumy["time_precision"]) == (
        "r1:e0", "2025-03-12", "2025", "1")
    assert (sumy["disorder_type"], sumy["iso"], sumy["region"], sumy["country"]) == (
        "Political violence", "804", "Europe", "Ukraine")
    assert (sumy["admin1"], sumy["location"], sumy["latitude"], sumy["longitude"]) == (
        "Sumy Oblast", "Sumy", "50.9216", "34.80029")
    assert sumy["fatalities"] == "2" and sumy["timestamp"].isdigit()
    assert (sumy["stance"], sumy["polarity"], sumy["modality"]) == ("asserts", "positive", "asserted")
    assert (sumy["evidence_start"], sumy["evidence_end"]) == ("34", "41")
    assert sumy["source"].startswith("'=Wire Desk")  # neutralised for spreadsheets


def test_negated_events_are_exported_with_their_polarity_unless_occurred_only(cli, db):
    rows = {x["report_id"]: x for x in _csv(cli("export", "--db", db, "--format", "csv").stdout)}
    assert (rows["r2"]["polarity"], rows["r2"]["modality"], rows["r2"]["stance"]) == (
        "negative", "denied", "denies")
    only = _csv(cli("export", "--db", db, "--format", "csv", "--occurred-only").stdout)
    assert sorted(x["report_id"] for x in only) == ["r1", "r3"]
    same = _csv(cli("export", "--db", db, "--format", "csv", "--polarity", "positive").stdout)
    assert [x["report_id"] for x in same] == [x["report_id"] for x in only]


def test_summary_says_how_many_rows_lack_coordinates_and_why(cli, db, tmp_path):
    r = cli("export", "--db", db, "--format", "csv", "-o", str(tmp_path / "e.csv"))
    assert r.exit_code == 0, r.output
    assert (f"exported 3 events to {tmp_path / 'e.csv'}; 2 without coordinates: 1 with no "
            "place in the text, 1 with a place not in the gazetteer (name only)") in r.stderr
    r = cli("export", "--db", db, "--format", "geojson", "--place", "Sumy")
    assert "exported 1 events; all with coordinates" in r.stderr


def test_events_carry_their_incident_once_fused(cli, db):
    before = _csv(cli("export", "--db", db, "--format", "csv").stdout)
    assert all(x["incident_id"] == "" for x in before)  # export never fuses (read-only)
    incs = {i["events"][0]: i for i in json.loads(
        cli("incidents", "--db", db, "--format", "json").stdout)}
    after = {x["event_id_cnty"]: x for x in _csv(cli("export", "--db", db, "--format", "csv").stdout)}
    inc = incs["r1:e0"]
    assert (after["r1:e0"]["incident_id"], after["r1:e0"]["status"],
            after["r1:e0"]["credibility"]) == (inc["id"], inc["status"], str(inc["credibility"]))


def test_export_what_incidents_in_three_formats(cli, db, tmp_path):
    r = cli("export", "--db", db, "--what", "incidents", "--format", "jsonl")
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    listed = json.loads(cli("incidents", "--db", db, "--format", "json").stdout)
    assert lines == listed and len(lines) == 1  # no place or denied: no incident
    assert "exported" in r.stderr and "incidents" in r.stderr
    r = cli("export", "--db", db, "--what", "incidents", "--format", "csv")
    rows = _csv(r.stdout)
    assert r.stdout.splitlines()[0].startswith(ACLED + ",incident_id,title,status,credibility")
    sumy = next(x for x in rows if x["location"] == "Sumy")
    assert (sumy["country"], sumy["event_date"], sumy["fatalities"]) == ("Ukraine", "2025-03-12", "2")
    assert sumy["source"] == "'=Wire Desk; Ukrainian General Staff"  # canonical, neutralised
    out = tmp_path / "i.geojson"
    r = cli("export", "--db", db, "--what", "incidents", "--format", "geojson", "-o", str(out),
            "--place", "Sumy")
    gj = json.loads(out.read_text())
    [feat] = gj["features"]
    assert feat["geometry"] == {"type": "Point", "coordinates": [34.80029, 50.9216]}
    assert feat["properties"]["place"]["name"] == "Sumy"
