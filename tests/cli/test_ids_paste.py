"""IDs that paste (issue 15): tables never cut an ID, `incident` takes a unique start of
one, and a place without a point says so instead of printing None."""

from __future__ import annotations

import json
import re

from cli_fixtures import cli, fake, pg_url  # noqa: F401  (fixtures)
from fogofwar.records import Event, Extraction, Place, Report, Span, TimeValue
from fogofwar.store import Store

LONG_ID = "wire-service-frontline-bulletin-2025-04-08-evening-edition"
TEXT = "The General Staff said Russian forces shelled Demidovka on 12 March."


def _ingest(cli, tmp_path, *reports):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    db = str(tmp_path / "t.db")
    r = cli("ingest", str(src), "--db", db)
    assert r.exit_code == 0, r.output
    return db


def test_tables_show_whole_ids_that_paste_into_incident(cli, tmp_path):
    db = _ingest(cli, tmp_path, {"id": LONG_ID, "text": TEXT, "published": "2025-04-08"},
                 {"id": LONG_ID + "-copy", "text": TEXT.replace("Demidovka", "Sudzha"),
                  "published": "2025-04-09"})
    for cmd, want in (("events", f"{LONG_ID}:e0"), ("claims", f"{LONG_ID}:c0"),
                      ("reports", LONG_ID)):
        out = cli(cmd, "--db", db).stdout
        assert re.search(rf"^{re.escape(want)}\s", out, re.M), (cmd, out)
        assert "…" not in out.split()[0]
    out = cli("incidents", "--db", db).stdout
    ids = [line.split()[0] for line in out.splitlines()[1:]]
    assert f"inc:{LONG_ID}:e0" in ids, out
    for iid in ids:  # each ID as the table shows it is one `incident` accepts
        r = cli("incident", iid, "--db", db)
        assert r.exit_code == 0 and r.stdout.startswith(iid), r.output


def test_incident_takes_a_unique_prefix_and_refuses_an_ambiguous_one(cli, tmp_path):
    db = _ingest(cli, tmp_path, {"id": "alpha-1", "text": TEXT, "published": "2025-04-08"},
                 {"id": "bravo-1", "text": TEXT.replace("Demidovka", "Sumy"),
                  "published": "2025-04-08"})
    r = cli("incident", "inc:alpha", "--db", db)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("inc:alpha-1:e0")
    r = cli("incident", "inc:", "--db", db)
    assert r.exit_code != 0
    assert "'inc:' is ambiguous" in r.output and "inc:alpha-1:e0" in r.output
    r = cli("incident", "inc:zulu", "--db", db)
    assert r.exit_code != 0 and "no incident 'inc:zulu'" in r.output
    r = cli("incident", "inc:%", "--db", db)  # a wildcard is literal
    assert r.exit_code != 0 and "no incident 'inc:%'" in r.output


def test_a_place_without_a_point_says_no_coordinates(cli, tmp_path):
    db = str(tmp_path / "t.db")
    text = "Fighting in Demidovka on 12 March."
    place = Place("Demidovka", 12, 21, None, "Demidovka", None, None, None, None, None,
                  None, None, 0.0)
    time = TimeValue("12 March", 25, 33, "2025-03-12", "day")
    ev = Event("Battles", "Armed clash", None, None, 0, 0, None, "positive",
               Span("Fighting", 0, 8))
    with Store.open(db) as s:
        s.save(Extraction(report=Report(id="r1", text=text, published="2025-03-13"),
                          places=(place,), times=(time,), events=(ev,)))
    r = cli("incident", "inc:r1:e0", "--db", db)
    assert r.exit_code == 0, r.output
    assert "place: Demidovka: no coordinates (name only)" in r.stdout
    assert "None" not in r.stdout.split("reasons:")[0]
