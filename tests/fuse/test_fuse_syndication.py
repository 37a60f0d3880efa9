"""Near-copies and light rewrites of one wire story count as one source (fuse/syndication.py).

Uses the example texts shipped in examples/ (two wire stories, each rewritten by a second
outlet; seven independently written follow-ups of one event) and hand-built variations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_fuse import VILLAGE_A, day, extraction, place

from fogofwar.fuse import syndication as syn
from fogofwar.store import Store
from fogofwar.incidents import fuse_pending

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _wires() -> list[dict]:
    return [json.loads(line) for line in (EXAMPLES / "reports" / "wires.jsonl").read_text().splitlines()
            if line.strip()]


def test_a_second_outlets_rewrite_of_a_wire_story_joins_its_cluster():
    idx = syn.MemorySyndication()
    got = {}
    for w in sorted(_wires(), key=lambda w: (w["published"], w["id"])):
        got[w["id"]] = idx.add(w["id"], w["text"], w["source"], w["published"])
    clusters = {rid: c.cluster for rid, c in got.items()}
    # each story: the rewrite joins the first outlet's report, the two stories stay apart
    assert len(set(clusters.values())) == 2
    for rid, c in got.items():
        if c.cluster != rid:
            assert 0.3 <= c.similarity < syn.THRESHOLD  # a rewrite, not a verbatim copy
            assert rid.split("-", 1)[1] == c.cluster.split("-", 1)[1]  # same story slug


def test_the_same_outlets_series_and_late_rewrites_are_not_copies():
    w = sorted(_wires(), key=lambda w: w["id"])
    a, b = next((x, y) for x in w for y in w if x["id"] != y["id"] and
                x["id"].split("-", 1)[1] == y["id"].split("-", 1)[1])
    same = syn.MemorySyndication()
    same.add("a", a["text"], "Daily Assessment", "2025-04-08")
    assert same.add("b", b["text"], "daily assessment ", "2025-04-09").cluster == "b"
    late = syn.MemorySyndication()
    late.add("a", a["text"], "Outlet One", "2025-04-01")
    assert late.add("b", b["text"], "Outlet Two", "2025-04-08").cluster == "b"  # a week later
    unknown = syn.MemorySyndication()  # without outlets only verbatim copies count
    unknown.add("a", a["text"])
    assert unknown.add("b", b["text"]).cluster == "b"


def test_independent_reports_of_one_event_stay_separate_sources():
    """The follow-ups are seven outlets writing about one event; only the texts that are
    verbatim copies of one another (similarity >= 0.6) may share a cluster."""
    idx = syn.MemorySyndication()
    files = sorted((EXAMPLES / "followups").glob("*.txt"))
    assert len(files) >= 5
    res = {}
    for f in files:
        res[f.stem] = idx.add(f.stem, f.read_text(encoding="utf-8"), f.stem.split("-", 3)[3], f.stem[:10])
    for rid, c in res.items():
        if c.cluster != rid:
            a, b = syn.shingles((EXAMPLES / "followups" / f"{rid}.txt").read_text()), syn.shingles(
                (EXAMPLES / "followups" / f"{c.cluster}.txt").read_text())
            assert len(a & b) / len(a | b) >= 0.5, (rid, c)
    assert len({c.cluster for c in res.values()}) >= len(files) - 2


def test_is_rewrite_rule():
    m = syn.Meta("A", "2025-04-08")
    assert syn.is_rewrite(0.45, m, syn.Meta("B", "2025-04-10"))
    assert not syn.is_rewrite(0.45, m, syn.Meta("B", "2025-04-11"))
    assert not syn.is_rewrite(0.29, m, syn.Meta("B", "2025-04-08"))
    assert not syn.is_rewrite(0.45, m, syn.Meta("a", "2025-04-08"))
    assert not syn.is_rewrite(0.45, m, syn.Meta("B", "not a date"))
    assert not syn.is_rewrite(0.45, m, None)


def test_the_store_finds_rewrites_too():
    w = {x["id"]: x for x in _wires()}
    pair = sorted(k for k in w if k.endswith("sudzha"))
    with Store.open(":memory:") as store:
        for rid in pair:
            store.save(extraction(rid, w[rid]["published"][:10], w[rid]["source"], w[rid]["text"],
                                  [dict(place=place("Alpha", VILLAGE_A), time=day("2025-03-13"))]))
        res = {r.report_id: r for r in fuse_pending(store.db)}
    assert res[pair[1]].copy_of == pair[0] and res[pair[0]].copy_of is None


def test_a_reworded_sentence_in_a_copy_is_the_same_statement():
    from fogofwar.fuse.fusion import same_sentence

    a = "the largest settlement Ukraine had held in Russia's Kursk region since its incursion in August 2024"
    b = "the largest settlement held by Ukraine in Russia's Kursk region since its incursion last August"
    assert same_sentence(a, a) and same_sentence(a, b)
    assert not same_sentence(a, "Russian forces shelled Sumy overnight, killing two civilians")
