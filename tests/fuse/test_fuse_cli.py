"""The incidents/incident commands over a store of hand-built extractions."""

from __future__ import annotations

import json

from click.testing import CliRunner
from helpers_fuse import belgorod_like

from fogofwar.cli import main
from fogofwar.store import Store


def _db(tmp_path):
    url = str(tmp_path / "t.db")
    with Store.open(url) as s:
        for e in belgorod_like():
            s.save(e)
    return url


def test_incidents_json_table_and_evidence(tmp_path):
    url = _db(tmp_path)
    r = CliRunner().invoke(main, ["incidents", "--db", url, "--format", "json"])
    assert r.exit_code == 0, r.output
    incs = json.loads(r.stdout)
    disputed = [i for i in incs if i["status"] == "disputed"]
    assert len(disputed) == 1
    r = CliRunner().invoke(main, ["incidents", "--db", url, "--status", "disputed"])
    assert r.exit_code == 0 and "DISPUTED" in r.stdout and r.stdout.count("\n") == 2
    r = CliRunner().invoke(main, ["incident", disputed[0]["id"], "--db", url])
    assert r.exit_code == 0, r.output
    assert "[denies, certain] Russian Ministry of Defense" in r.stdout
    assert "why each event joined" in r.stdout
    r = CliRunner().invoke(main, ["incident", "inc:missing", "--db", url])
    assert r.exit_code != 0 and "no incident 'inc:missing'" in r.output


def test_config_changes_grades_and_bad_config_is_reported(tmp_path):
    url = _db(tmp_path)
    base = json.loads(CliRunner().invoke(main, ["incidents", "--db", url, "--format", "json"]).stdout)
    cfg = tmp_path / "f.toml"
    cfg.write_text('[reliability.kinds]\nmilblogger = "A"\nthink_tank_monitor = "A"\n'
                   'party_military = "E"\nnews_outlet = "F"\n')
    r = CliRunner().invoke(main, ["incidents", "--db", url, "--format", "json", "--config", str(cfg)])
    graded = {i["id"]: i for i in json.loads(r.stdout)}
    changed = [i for i in base if graded[i["id"]]["credibility"] != i["credibility"]]
    assert changed, "reliabilities should move some grade"
    bad = tmp_path / "bad.toml"
    bad.write_text('[reliability.sources]\nX = "Z"\n')
    r = CliRunner().invoke(main, ["incidents", "--db", url, "--config", str(bad)])
    assert r.exit_code != 0 and "one letter A-F" in r.output


def test_commands_have_help():
    for cmd in ("incidents", "incident"):
        assert main.commands[cmd].help
