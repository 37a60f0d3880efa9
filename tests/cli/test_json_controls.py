"""JSON and JSONL output carries no raw DEL, C1 control (0x80-0x9f: 0x9b is a terminal's
CSI, 0x9d its OSC) or U+2028/U+2029 (issue 16): json.dumps(ensure_ascii=False) kept them;
they are now written as \\u escapes, and the JSON values are unchanged."""

from __future__ import annotations

import json

import pytest

from cli_fixtures import cli, fake  # noqa: F401  (fixtures)
from fogofwar.store.cells import json_text

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

NASTY = "\x9b31m\x7f\x85\x9d0;title\x9c\u2028\u2029\x80"
TEXT = (f"The Ministry of Defence said Russian forces shelled Sudzha on 12 March. {NASTY} "
        "The General Staff denied fighting near Sumy.")


def _raw(out: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in out
                   if 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029"})


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.one_of(st.text(st.characters(codec=None)), st.integers(), st.none()),
                    lambda kids: st.one_of(st.lists(kids, max_size=3),
                                           st.dictionaries(st.text(max_size=5), kids, max_size=3)),
                    max_leaves=10))
def test_json_text_escapes_controls_and_keeps_the_value(obj):
    for kw in ({}, {"indent": 1}):
        out = json_text(obj, **kw)
        assert _raw(out) == []
        assert json.loads(out) == obj


def test_extract_jsonl_escapes_c1_and_del(cli):
    line = json.dumps({"id": "c1", "text": TEXT, "source": f"Wire {NASTY}",
                       "published": "2025-03-13"}, ensure_ascii=False)
    res = cli("extract", "--with-text", input=line + "\n")
    assert res.exit_code == 0, res.output
    assert _raw(res.output) == []
    obj = json.loads(res.stdout.splitlines()[0])
    assert obj["text"] == TEXT  # the value is the same: only its spelling changed
    assert "\\u009b" in res.output


def test_query_json_outputs_escape_c1_and_del(cli, tmp_path):
    db = str(tmp_path / "s.db")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "c1", "text": TEXT, "source": f"Wire {NASTY}",
                               "title": f"T {NASTY}", "published": "2025-03-13"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    res = cli("ingest", str(src), "--db", db, "--json")
    assert res.exit_code == 0, res.output
    inc = json.loads(cli("incidents", "--db", db, "--format", "json").stdout)
    assert inc, "the fake pipeline's report should fuse into an incident"
    for args in (["events", "--format", "json"], ["events", "--format", "jsonl"],
                 ["claims", "--format", "json"], ["reports", "--format", "json", "--with-text"],
                 ["reports", "--format", "jsonl", "--with-text"],
                 ["export", "--format", "jsonl", "--polarity", "any"],
                 ["export", "--format", "geojson", "--polarity", "any"],
                 ["incidents", "--format", "json"],
                 ["incident", inc[0]["id"], "--format", "json"]):
        out = cli(*args, "--db", db).output
        assert _raw(out) == [], args
    rep = json.loads(cli("reports", "--db", db, "--format", "json", "--with-text").stdout)
    assert rep[0]["text"] == TEXT and "\x9b31m\x7f" in rep[0]["source"]
    out = cli("export", "--db", db, "--format", "geojson", "-o", str(tmp_path / "e.geojson"))
    assert out.exit_code == 0
    assert _raw((tmp_path / "e.geojson").read_text(encoding="utf-8")) == []
