"""An ingest killed with SIGKILL at random points and restarted loses nothing, duplicates
nothing and leaves no partial report (issue 16, faults): every report stored once, the same
rows per report as a clean run, no orphan rows, ``PRAGMA integrity_check`` ok, the same
incidents. Small here (the example reports, 3 kills per engine, the real pipeline in a
subprocess as a user runs it); ``python -m bench.faults`` is the long run."""

from __future__ import annotations

import pytest

from bench import faults
from pg_schema import throwaway_schema

KILLS = 3
BATCH = 2  # reports are stored between parses, so kills land during writes too


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    work = tmp_path_factory.mktemp("faults")
    inputs = faults.copy_examples(work)
    url = str(work / "clean.db")
    faults.run_clean(url, inputs, BATCH)
    return work, inputs, url, faults.incidents_json(url)


def _assert_ok(out: faults.Outcome, n_clean: int) -> None:
    print(out.line())
    assert out.kill.kills >= 1, out.line()
    assert out.lost == [] and out.duplicated == [] and out.partial == [], out.line()
    assert out.problems == [], out.line()
    assert out.reports == n_clean
    assert out.incidents_same, out.line()


@pytest.mark.slow
def test_sigkill_during_ingest_sqlite(clean):
    work, inputs, url, ref = clean
    assert faults.problems(url) == []
    out = faults.check("sqlite", url, str(work / "killed.db"), inputs, KILLS, 1, BATCH, ref)
    _assert_ok(out, len(faults.per_report(url)))
    assert out.incidents > 0


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_during_ingest_postgres(clean):
    work, inputs, url, ref = clean
    with throwaway_schema("fow_kill") as pg:
        out = faults.check("postgresql", url, pg, inputs, KILLS, 2, BATCH, ref)
    _assert_ok(out, len(faults.per_report(url)))
