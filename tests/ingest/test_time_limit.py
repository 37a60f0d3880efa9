"""A per-report time limit (issue 16): one pathological text cannot stall a batch. The
report past ``--max-seconds-per-report`` is reported as an error naming it and the reason;
the reports before and after it are extracted (``extract``) and stored (``ingest``).

A slow stage or a slow parse is simulated by patching the real pipeline so that a text
holding a marker loops; everything else is the real pipeline (the spaCy model loads)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from fogofwar.ingest.base import IngestOptions
from fogofwar.ingest.batch import ingest
from fogofwar.ingest.extract import extract_lines
from fogofwar.store import Store

# Well above what a three-sentence report takes, even on a loaded two-core machine, and
# well below the 30 s the stuck report loops for (bounded: without a limit the test fails,
# it does not hang). The first extraction of a process also loads lexicons and the
# gazetteer, so the in-process tests warm the pipeline first and the CLI test allows more.
LIMIT = 2.0
CLI_LIMIT = 10.0
LINES = [json.dumps({"id": "before", "text": "Russian forces shelled Sumy on 12 March.",
                     "published": "2025-03-13"}),
         json.dumps({"id": "stuck", "text": "MARKER Russian forces shelled Sudzha on 12 March.",
                     "published": "2025-03-13"}),
         json.dumps({"id": "after", "text": "Ukrainian forces shelled Belgorod on 12 March.",
                     "published": "2025-03-13"})]


def _forever():
    """Long past the limit; bounded, so that without a limit the test fails, not hangs."""
    end = time.monotonic() + 30
    while time.monotonic() < end:
        time.sleep(0.01)


@pytest.fixture
def limited(pipeline, monkeypatch):
    from fogofwar.records import Report

    pipeline.run(Report(id="warm", text="Russian forces shelled Kharkiv on 3 March."))
    monkeypatch.setattr(pipeline.options, "max_seconds", LIMIT)
    return pipeline


def _slow_stage(monkeypatch, pipeline):
    real = pipeline._extract_claims

    def claims(doc, *args):
        if "MARKER" in doc.text:
            _forever()
        return real(doc, *args)

    monkeypatch.setattr(pipeline, "_extract_claims", claims)


class _SlowParse:
    """The pipeline's spaCy object, except that a text holding the marker never parses."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        if "MARKER" in text:
            _forever()
        return self.nlp(text)

    def pipe(self, texts):
        for t in texts:
            yield self(t)


def _check_extract(pipeline):
    t0 = time.monotonic()
    out = list(extract_lines(LINES, lambda: pipeline, IngestOptions()))
    assert time.monotonic() - t0 < 25  # the stuck report loops for 30 s
    assert [o["id"] for o in out] == ["before", "stuck", "after"]
    assert "error" not in out[0] and "error" not in out[2]
    assert out[0]["events"] and out[2]["events"]
    assert out[1]["error"] == (f"report stuck: extraction stopped after {LIMIT:g} s, the limit "
                               "per report (raise it with --max-seconds-per-report, 0 for none)")


@pytest.mark.slow
def test_a_stage_past_the_limit_fails_that_report_only(limited, monkeypatch):
    _slow_stage(monkeypatch, limited)
    _check_extract(limited)


@pytest.mark.slow
def test_a_parse_past_the_limit_fails_that_report_only(limited, monkeypatch):
    monkeypatch.setattr(limited, "nlp", _SlowParse(limited.nlp))
    _check_extract(limited)


@pytest.mark.slow
def test_ingest_stores_the_others_and_names_the_slow_report(limited, monkeypatch, tmp_path):
    _slow_stage(monkeypatch, limited)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    with Store.open(":memory:") as store:
        summary = ingest([str(src)], store, lambda: limited, IngestOptions())
        assert sorted(summary.stored) == ["after", "before"]
        assert [(f.origin, f.reason.split(":")[0]) for f in summary.failed] == \
            [(f"{src}:2", "report stuck")]
        assert f"stopped after {LIMIT:g} s" in summary.failed[0].reason
        assert store.count("reports") == 2


_CLI = """
import sys, time
import fogofwar.claims as claims
real = claims.extract_claims
def slow(doc, *args):
    end = time.monotonic() + 60
    while "MARKER" in doc.text and time.monotonic() < end:
        time.sleep(0.01)
    return real(doc, *args)
claims.extract_claims = slow
from fogofwar.cli import main
main()
"""


@pytest.mark.slow
def test_extract_flag_max_seconds_per_report():
    p = subprocess.run([sys.executable, "-c", _CLI, "extract", "--max-seconds-per-report",
                        str(CLI_LIMIT)], input="\n".join(LINES) + "\n", capture_output=True,
                       text=True, timeout=180)
    assert p.returncode == 1, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert [o["id"] for o in out] == ["before", "stuck", "after"]
    assert "error" not in out[0] and "error" not in out[2], p.stdout
    assert f"stopped after {CLI_LIMIT:g} s" in out[1]["error"] and "events" in out[2]
    assert "1 input line(s) gave an error" in p.stderr
