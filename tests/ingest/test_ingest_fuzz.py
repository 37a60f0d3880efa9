"""Property-based tests (hypothesis) of the readers and of what shows stored text: no input
crashes a reader; every result is a Report or a ReadError naming the input; every string a
Report carries can be written as UTF-8 and stored by PostgreSQL (no NUL, no lone surrogate).
The longer run belongs in bench/; these are the fast part for ``make test``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, assume, given, settings, strategies as st  # noqa: E402

from fogofwar.ingest.base import IngestOptions, ReadError  # noqa: E402
from fogofwar.ingest.jsonl import parse_line  # noqa: E402
from fogofwar.ingest.sources import read_bytes  # noqa: E402
from fogofwar.records import Report  # noqa: E402
from fogofwar.store.cells import csv_cell, printable  # noqa: E402
from fogofwar.store.masking import mask_url, redact  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAMPLES = sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.suffix in
                 {".txt", ".html", ".jsonl", ".xml", ".rss", ".json"})
OPTIONS = IngestOptions(max_bytes=200_000, max_chars=100_000)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# every code point, lone surrogates and NULs included
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=300)


def _sound(result, origin: str) -> None:
    assert isinstance(result, (Report, ReadError)), result
    if isinstance(result, ReadError):
        assert result.origin.startswith(origin) and result.reason
        return
    for value in (result.id, result.text, result.source, result.url, result.title,
                  result.language, result.published, *result.warnings):
        if value is not None:
            value.encode("utf-8")
            assert "\x00" not in value


@FAST
@given(st.dictionaries(st.sampled_from(["id", "text", "html", "published", "source", "url",
                                        "title", "language", "extra"]),
                       st.one_of(ANY_TEXT, st.integers(), st.none(), st.booleans(),
                                 st.lists(ANY_TEXT, max_size=2))))
def test_any_jsonl_object_gives_a_report_or_an_error(obj):
    _sound(parse_line(json.dumps(obj), "in.jsonl:1", OPTIONS).result, "in.jsonl:1")


@FAST
@given(st.binary(max_size=2000), st.sampled_from(["text", "html", "jsonl", "json", "feed"]))
def test_any_bytes_in_any_format_give_reports_or_errors(data, fmt):
    for result in read_bytes(data, "in", fmt, OPTIONS):
        _sound(result, "in")


@FAST
@given(st.data())
def test_mutated_real_reports_give_reports_or_errors(data):
    assume(SAMPLES)
    path = data.draw(st.sampled_from(SAMPLES))
    raw = bytearray(path.read_bytes()[:20_000])
    for _ in range(data.draw(st.integers(0, 8))):
        if not raw:
            break
        at = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["flip", "nul", "cut", "dup", "surrogate"]))
        if op == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif op == "nul":
            raw[at:at] = b"\x00"
        elif op == "cut":
            del raw[at:]
        elif op == "dup":
            raw[at:at] = raw[at:at + 500] * 3
        else:
            raw[at:at] = b"\\ud800\xed\xa0\x80"  # as a JSON escape and as CESU bytes
    fmt = {".txt": "text", ".html": "html", ".jsonl": "jsonl", ".json": "json"}.get(
        path.suffix, "feed")
    for result in read_bytes(bytes(raw), str(path), fmt, OPTIONS):
        _sound(result, str(path))


@FAST
@given(st.one_of(ANY_TEXT, st.floats(), st.integers(), st.none()))
def test_csv_cells_never_start_a_formula_nor_hold_controls(value):
    cell = csv_cell(value)
    if not isinstance(value, str):
        assert cell is value or cell == value or value != value  # NaN stays NaN
        return
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f for c in cell)
    assert printable(printable(value)) == printable(value)


@FAST
@given(st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=4, max_size=30))
def test_a_password_never_survives_masking(password):
    url = f"postgresql://user:{password}@db.example:5432/fow?sslmode=require"
    assume(password not in url.replace(password, "", 1) and "***" not in password)
    assert password not in mask_url(url)
    assert password not in redact(f"cannot parse {url!r}: near {password}", url)
    query = f"postgresql://db.example/fow?password={password}"
    assume("&" not in password and "#" not in password)
    assert password not in mask_url(query)


# -- every kind of damage bench/fuzz.py applies, drawn by hypothesis -------------------------
# (truncated UTF-8, mixed encodings, NULs, lone surrogates, controls, 1 MB lines, deep
# nesting, huge attributes, entity bombs; bench/fuzz.py runs the same at 100,000 inputs)

from bench import fuzz  # noqa: E402

OPS = {op.__name__: op for op in fuzz.OPS}


def _damaged(data, limit: int = 20_000) -> tuple[bytes, list[str]]:
    import random

    path = data.draw(st.sampled_from(SAMPLES))
    raw = bytearray(path.read_bytes()[:limit])
    names = data.draw(st.lists(st.sampled_from(sorted(OPS)), min_size=1, max_size=4))
    rng = random.Random(data.draw(st.integers(0, 2**32)))  # positions and sizes
    for name in names:
        raw = OPS[name](rng, raw)
    return bytes(raw), names


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_every_kind_of_damage_through_every_reader_and_stdin(data):
    assume(SAMPLES)
    raw, names = _damaged(data)
    _reports, problems = fuzz.read_all(raw, IngestOptions())  # the CLI's limits
    assert not problems, (names, problems)


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_on_stdin_give_reports_or_errors(data):
    import io

    from fogofwar.ingest.sources import read_stdin

    for result in read_stdin(OPTIONS, io.BytesIO(data)):
        _sound(result, "-")


@pytest.mark.slow
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_extract_answers_every_damaged_or_random_line_on_contract(pipeline, data):
    # the real pipeline over mutated real reports and random bytes, as JSONL lines: a
    # report's text, the damaged bytes as an 'html' field, and the raw bytes as a line
    assume(SAMPLES)
    raw, names = _damaged(data, limit=3000)
    if data.draw(st.booleans()):
        raw = data.draw(st.binary(max_size=2000))
    lines = [json.dumps({"id": "t", "text": raw.decode("utf-8", "replace")[:5000]}).encode(),
             b'{"id": "h", "html": "' + raw[:5000].replace(b"\\", b"\\\\").replace(b'"', b'\\"')
             .replace(b"\n", b"\\n") + b'"}',
             raw[:5000].replace(b"\n", b" ")]
    problems = fuzz.extract_problems(lines, pipeline, IngestOptions(max_chars=20_000))
    assert not problems, (names, problems)
