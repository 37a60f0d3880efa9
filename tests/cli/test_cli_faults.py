"""Faults the CLI must answer clearly (issue 16, item 7): an in-memory ``--db sqlite://``,
a ``--gazetteer`` that is no index, advice naming a flag that exists, Ctrl-C mid-ingest."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from cli_fixtures import FakePipeline, cli, fake  # noqa: F401  (fixtures)
from fogofwar.cli import main
from fogofwar.ingest.base import IngestOptions, make_report
from fogofwar.ingest.sources import read_paths
from fogofwar.store import Store, StoreError

REPORT = "The General Staff said Russian forces shelled Demidovka on {} March."


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///"])
def test_a_bare_sqlite_url_is_refused_not_kept_in_memory(cli, tmp_path, url):
    with pytest.raises(StoreError, match="names no database file"):
        Store.open(url)
    (tmp_path / "a.txt").write_text(REPORT.format(12))
    r = cli("ingest", str(tmp_path / "a.txt"), "--db", url)
    assert r.exit_code == 1 and "names no database file" in r.output


def test_memory_stays_available_when_asked_for():
    for url in (":memory:", "sqlite:///:memory:"):
        with Store.open(url) as s:
            assert s.count("reports") == 0


@pytest.mark.slow
def test_a_gazetteer_that_is_no_index_is_a_clear_error(tmp_path):
    bogus = tmp_path / "gaz.sqlite"
    bogus.write_text("not a database at all\n" * 100)
    r = CliRunner().invoke(main, ["extract", "--gazetteer", str(bogus)],
                           input='{"text": "Shelling in Sumy."}\n')
    assert r.exit_code == 1
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert f"gazetteer {bogus} is not a fogofwar gazetteer index" in r.output
    r = CliRunner().invoke(main, ["gazetteer", "info", "--index", str(bogus)])
    assert r.exit_code == 1 and "is not a fogofwar gazetteer index" in r.output


def _flags(command: str) -> set[str]:
    r = CliRunner().invoke(main, [command, "--help"])
    return set(re.findall(r"--[a-z][a-z-]+", r.output))


def test_limit_advice_names_only_flags_that_exist(tmp_path):
    long = make_report("x " * 60, "big.txt", IngestOptions(max_chars=100))
    big = tmp_path / "big.txt"
    big.write_text("y" * 3000)
    too_big = next(read_paths([big], IngestOptions(max_bytes=1000)))
    for reason in (long.reason, too_big.reason):
        named = set(re.findall(r"--[a-z][a-z-]+", reason))
        assert "raise the limit" not in reason
        for command in ("ingest", "extract"):
            assert named <= _flags(command), (reason, command)
    assert "split it" in long.reason and "--max-size" in too_big.reason


class StopsMidway(FakePipeline):
    """Ctrl-C arrives while the report holding 'STOP' is being extracted."""

    def run(self, report):
        if "STOP" in report.text:
            raise KeyboardInterrupt
        return super().run(report)


def test_ctrl_c_prints_what_was_stored(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(REPORT.format(1))
    (d / "b.txt").write_text(REPORT.format(2))
    (d / "c.txt").write_text(REPORT.format(3) + " STOP")
    (d / "d.txt").write_text(REPORT.format(4))
    db = tmp_path / "t.db"
    r = cli("ingest", str(d), "--db", str(db), "--batch-size", "1", pipeline=StopsMidway())
    assert r.exit_code == 130
    assert "Aborted!" not in r.output
    assert "stored: 2  skipped as duplicates: 0  failed: 0" in r.stderr
    assert "interrupted: 1 report(s) read but not stored" in r.stderr
    with Store.open(db) as s:
        assert s.count("reports") == 2
    r = cli("ingest", str(d), "--db", str(db))  # going on: stored ones are skipped
    assert r.exit_code == 0 and "stored: 2  skipped as duplicates: 2" in r.stderr
