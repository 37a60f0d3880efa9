"""Hostile text in JSONL: lone surrogates and NULs never stop a batch (issue 16, item 1).

A lone UTF-16 surrogate (``"\\ud800"`` in JSON) cannot be encoded as UTF-8 and PostgreSQL
refuses NUL, so both are replaced by U+FFFD (one character for one: offsets into a verbatim
``text`` still hold), with a warning naming the input; the reports around it go through.
"""

from __future__ import annotations

import json

import pytest

from cli_fixtures import FakePipeline, cli, fake, pg_url  # noqa: F401  (fixtures)
from fogofwar.ingest.base import IngestOptions
from fogofwar.ingest.jsonl import parse_line
from fogofwar.records import Report
from fogofwar.store import Store

GOOD_1 = {"id": "g1", "text": "The General Staff said Russian forces shelled Sumy on 12 March."}
BAD_TEXT = '{"id": "s1", "text": "Shelling in Sudzha \\ud800 on 12 March, fighting followed."}'
BAD_HTML = '{"id": "s2", "html": "<p>Heavy fighting in Demidovka \\udfff on 3 March.</p>"}'
BAD_META = ('{"id": "s3\\ud800", "text": "Fighting near Sumy on 4 March.", '
            '"source": "Wire \\u0000 \\udc00", "title": "T\\u0000"}')
NUL_TEXT = '{"id": "n1", "text": "Sumy\\u0000 was shelled on 5 March."}'
GOOD_2 = {"id": "g2", "text": "The Ministry of Defence denied any fighting in Demidovka."}


def _lines() -> str:
    return "\n".join([json.dumps(GOOD_1), BAD_TEXT, BAD_HTML, BAD_META, NUL_TEXT,
                      json.dumps(GOOD_2)]) + "\n"


def _no_invalid(s: str | None) -> bool:
    return s is None or not any(c == "\x00" or 0xD800 <= ord(c) <= 0xDFFF for c in s)


@pytest.mark.parametrize("line", [BAD_TEXT, BAD_HTML, BAD_META, NUL_TEXT])
def test_invalid_characters_are_replaced_with_a_warning(line):
    parsed = parse_line(line, "in.jsonl:7", IngestOptions())
    report = parsed.result
    assert isinstance(report, Report), report
    for value in (report.id, report.text, report.source, report.title, parsed.id):
        assert _no_invalid(value)
        if value is not None:
            value.encode("utf-8")
    assert "\ufffd" in report.text + report.id + (report.source or "")
    assert any("U+FFFD" in w for w in report.warnings) or "\ufffd" not in report.text


def test_verbatim_text_keeps_its_length_so_offsets_hold():
    raw = json.loads(BAD_TEXT)["text"]
    report = parse_line(BAD_TEXT, "x:1", IngestOptions()).result
    assert len(report.text) == len(raw)
    assert report.text.index("Sudzha") == raw.index("Sudzha")


def test_extract_answers_every_line(cli):
    r = cli("extract", input=_lines())
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["g1", "s1", "s2", "s3\ufffd", "n1", "g2"]
    assert all("error" not in o for o in out), out
    assert any("U+FFFD" in w for w in out[1]["warnings"])
    assert r.exit_code == 0


def test_ingest_stores_the_whole_batch(cli, tmp_path):
    src = tmp_path / "batch.jsonl"
    src.write_text(_lines(), encoding="utf-8")
    r = cli("ingest", str(src), "--db", str(tmp_path / "t.db"), "--json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["stored"] == 6 and summary["failed"] == []
    assert any(w.startswith(f"{src}:2: ") and "U+FFFD" in w for w in summary["warnings"])
    with Store.open(tmp_path / "t.db") as s:
        assert s.count("reports") == 6
        for row in s.reports():
            assert _no_invalid(row.report.text) and _no_invalid(row.report.source)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request):
    if request.param == "sqlite":
        s = Store.open(":memory:")
    else:
        s = Store.open(request.getfixturevalue("pg_url"))
        for rid in ("s1", "s3\ufffd", "n1"):
            s.delete_report(rid)
    try:
        yield s
    finally:
        s.close()


def test_nul_and_surrogates_store_the_same_on_both_engines(store):
    """SQLite would keep a NUL that PostgreSQL refuses: normalisation removes it first."""
    fake = FakePipeline()
    for line in (BAD_TEXT, BAD_META, NUL_TEXT):
        report = parse_line(line, "x:1", IngestOptions()).result
        assert store.save(fake.run(report)).status == "stored"
    texts = sorted(r.report.text for r in store.reports())
    assert all(_no_invalid(t) for t in texts)
    assert texts[0].startswith("Fighting near Sumy")
