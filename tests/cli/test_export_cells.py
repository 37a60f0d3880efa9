"""Spreadsheet formulas and terminal escapes in stored text (issue 16, item 3).

A report's source or quote may be ``=HYPERLINK(...)`` or hold escape sequences: CSV text
cells are neutralised (a leading single quote, OWASP) and stripped of control characters;
terminal tables never carry an escape sequence. Numbers (a negative longitude) stay numbers.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from cli_fixtures import cli, fake  # noqa: F401  (fixtures)
from fogofwar.store.cells import csv_cell, printable

HOSTILE_SOURCES = ['=HYPERLINK("http://x.invalid","click")', "+1+2", "-2+3", "@SUM(A1:A2)",
                   "\t=1+2", "\r=1+2"]


@pytest.mark.parametrize("value", HOSTILE_SOURCES + ["\x1b[2J=cmd", "\x00=1"])
def test_a_text_cell_never_starts_a_formula(value):
    cell = csv_cell(value)
    assert cell.startswith("'")
    assert not any(c in cell for c in "\x1b\x00\r")


@pytest.mark.parametrize("value", [-3.5, 50.88, 0, -12, None])
def test_numbers_stay_numbers(value):
    assert csv_cell(value) == value


def test_printable_removes_escape_sequences_and_controls():
    text = ("red \x1b[31mALERT\x1b[0m; title \x1b]0;pwned\x07; link "
            "\x1b]8;;http://x.invalid\x1b\\here\x1b]8;;\x1b\\; c1 \x9b2J; bell \x07; "
            "nul \x00; del \x7f; keep\ttab\nand newline")
    out = printable(text)
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in out)
    assert out == ("red ALERT; title ; link here; c1 ; bell ; nul ; del ; "
                   "keep\ttab\nand newline")


def _ingest(cli, tmp_path, source: str, lon_name: str = "Demidovka") -> list[str]:
    lines = [json.dumps({"id": f"r{i}", "source": src, "published": "2025-04-08",
                         "text": f"The General Staff said \x1b[2JRussian forces shelled {lon_name} "
                                 f"on {i + 1} March. \x1b[2J\x1b]0;pwned\x07 end."})
             for i, src in enumerate([source])]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = ["--db", str(tmp_path / "t.db")]
    assert cli("ingest", str(tmp_path / "in.jsonl"), *db).exit_code == 0
    return db


@pytest.mark.parametrize("source", HOSTILE_SOURCES)
def test_csv_export_neutralises_formulas_and_control_bytes(cli, tmp_path, source):
    db = _ingest(cli, tmp_path, source)
    r = cli("export", *db, "--format", "csv")
    [row] = list(csv.DictReader(io.StringIO(r.stdout)))
    for key, cell in row.items():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or key in (
            "latitude", "longitude"), (key, cell)
        assert "\x1b" not in cell and "\x07" not in cell
    assert row["source"].startswith("'")


def test_negative_coordinates_stay_numbers_in_csv(cli, tmp_path, monkeypatch):
    import cli_fixtures

    monkeypatch.setitem(cli_fixtures.PLACES, "Demidovka", (1, -3.5, -60.25, "BR", "Amazonas"))
    db = _ingest(cli, tmp_path, "Wire A")
    r = cli("export", *db, "--format", "csv")
    [row] = list(csv.DictReader(io.StringIO(r.stdout)))
    assert (row["latitude"], row["longitude"]) == ("-3.5", "-60.25")


@pytest.mark.parametrize("command", [["events"], ["claims"], ["reports"], ["incidents"]])
def test_terminal_tables_carry_no_escape_sequence(cli, tmp_path, command):
    db = _ingest(cli, tmp_path, "Wire \x1b[31mRED\x1b[0m \x1b]0;pwned\x07")
    r = cli(*command, *db)
    assert r.exit_code == 0, r.output
    assert "\x1b" not in r.output and "\x07" not in r.output
    if command != ["incidents"]:
        assert "Wire RED" in r.output or "Russia" in r.output


def test_incident_table_carries_no_escape_sequence():
    from fogofwar.cli.incidents import format_table

    inc = {"id": "i1", "time": {"value": "2025-03-01"}, "title": "Shelling \x1b]0;pwned\x07at X",
           "sub_event_type": "Shelling", "place": {"name": "X"}, "status": "reported",
           "credibility": 3, "independent": {"asserts": 1, "denies": 0}}
    out = format_table([inc])
    assert "\x1b" not in out and "\x07" not in out and "Shelling at X" in out
