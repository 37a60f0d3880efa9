"""Fusion on the ISW daily reports: how many events fuse into how many incidents, plus
samples of merges and near non-merges for hand-checking.

    .venv/bin/python -m bench.fuse_isw [--limit N] [--start YYYY-MM-DD] [--db PATH] [--reuse [--refuse]]
                                       [--samples OUT.json] [--judged bench/fuse_isw_judged.json]

Runs the real pipeline over ``../shared/data/corpus/isw/*.html`` (first ``--limit`` files
from ``--start``, in date order), stores the extractions, fuses them in date order, and
prints counts. ``--samples`` writes 50 random merges (two events of one incident, from
different reports) and 50 random near non-merges (events of different incidents with the
same type family, places within 30 km or the same name, and dates within 3 days): the
non-merges that could have been merges, so the sample says something about recall. With
``--judged`` (a file of hand judgements, ``{"merges": {pair_key: true|false},
"non_merges": {pair_key: true|false}}`` where true = same incident), precision of merges and
the share of near non-merges that should have merged are computed from it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench.gatelib import shared
from fogofwar.geodesy import haversine_km

CORPUS = ["corpus/isw"]


def _km(a, b) -> float:
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def build(db_path: str, files: list[Path], gazetteer: str | None = None) -> dict:
    """Read, extract, store and fuse the given ISW files (with the gazetteer at
    ``gazetteer``, else the default); returns timings."""
    from fogofwar.ingest.base import IngestOptions, ReadError
    from fogofwar.ingest.sources import read_paths
    from fogofwar.pipeline import Pipeline
    from fogofwar.store import Store
    from fogofwar.incidents import fuse_pending

    reports = []
    for f in files:
        for r in read_paths([f], IngestOptions()):
            if isinstance(r, ReadError):
                print("unreadable", r.origin, r.reason, file=sys.stderr)
                continue
            # The file name is the report's date; the HTML's metadata may lack it.
            reports.append(dataclasses.replace(r, published=f.stem, source=r.source or "ISW",
                                               id=f"isw-{f.stem}"))
    t0 = time.perf_counter()
    from fogofwar.pipeline import PipelineOptions

    pipe = Pipeline(PipelineOptions(gazetteer=gazetteer))
    t1 = time.perf_counter()
    with Store.open(db_path) as store:
        for ext in pipe.run_many(reports):
            store.save(ext)
        t2 = time.perf_counter()
        fuse_pending(store.db)
        t3 = time.perf_counter()
    return {"load_s": round(t1 - t0, 1), "extract_s": round(t2 - t1, 1), "fuse_s": round(t3 - t2, 1),
            "words": sum(len(r.text.split()) for r in reports)}


def _events(db) -> dict[str, dict]:
    rows = db.query(
        "SELECT e.id, e.report_id, e.event_type, e.sub_event_type, e.polarity, e.evidence_text,"
        " e.actor1, e.actor2, p.name AS place, p.lat, p.lon, p.precision AS pprec, t.value AS tvalue,"
        " t.first_date, t.last_date, t.inferred, r.published, ie.incident_id, ie.role, ie.features"
        " FROM events e JOIN reports r ON r.id = e.report_id"
        " LEFT JOIN places p ON p.report_id = e.report_id AND p.idx = e.place_idx"
        " LEFT JOIN times t ON t.report_id = e.report_id AND t.idx = e.time_idx"
        " LEFT JOIN incident_events ie ON ie.event_id = e.id")
    out = {}
    for r in rows:
        if r["id"] in out:  # a blanket denial joins several incidents; keep the first
            continue
        out[r["id"]] = r
    return out


def _pair(a: dict, b: dict) -> dict:
    keep = ("id", "report_id", "published", "event_type", "sub_event_type", "polarity", "place",
            "pprec", "tvalue", "first_date", "last_date", "inferred", "actor1", "actor2",
            "evidence_text", "incident_id")
    return {"key": f"{a['id']}|{b['id']}", "a": {k: a[k] for k in keep}, "b": {k: b[k] for k in keep},
            "why": json.loads(b["features"]) if b.get("features") else None}


def _dates_close(a: dict, b: dict, days: int = 3) -> bool:
    from datetime import date
    fa = date.fromisoformat((a["first_date"] or a["published"])[:10])
    fb = date.fromisoformat((b["first_date"] or b["published"])[:10])
    return abs((fa - fb).days) <= days


def samples(db, n: int = 50, seed: int = 6, n_merges: int | None = None) -> dict:
    from fogofwar.fuse.compat import family

    ev = _events(db)
    rng = random.Random(seed)
    by_inc: dict[str, list[dict]] = defaultdict(list)
    for e in ev.values():
        if e["incident_id"]:
            by_inc[e["incident_id"]].append(e)
    multi = sorted(i for i, es in by_inc.items() if len({e["report_id"] for e in es}) > 1)
    merges = []
    for iid in rng.sample(multi, min(n_merges or n, len(multi))):
        es = sorted(by_inc[iid], key=lambda e: e["id"])
        a = es[0]
        others = [e for e in es if e["report_id"] != a["report_id"]]
        merges.append(_pair(a, rng.choice(others)))
    # near non-merges: same family, close in place and time, different incidents
    cand = [e for e in ev.values() if e["incident_id"] and e["lat"] is not None]
    cells: dict[tuple, list[dict]] = defaultdict(list)
    for e in cand:
        cells[(round(e["lat"] / 0.3), round(e["lon"] / 0.3))].append(e)
    near = []
    for e in sorted(cand, key=lambda e: e["id"]):
        ci, cj = round(e["lat"] / 0.3), round(e["lon"] / 0.3)
        fam = family(e["event_type"], e["sub_event_type"])
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for o in cells.get((ci + di, cj + dj), []):
                    if (o["id"] > e["id"] and o["incident_id"] != e["incident_id"]
                            and o["report_id"] != e["report_id"]
                            and family(o["event_type"], o["sub_event_type"]) == fam
                            and (_km(e, o) <= 30 or (e["place"] or "") == (o["place"] or ""))
                            and _dates_close(e, o)):
                        near.append((e, o))
    non = [_pair(a, b) for a, b in rng.sample(near, min(n, len(near)))]
    return {"merges": merges, "non_merges": non, "near_non_merge_pairs": len(near)}


def copy_pairs(db) -> dict:
    """How the near-copy rules treat the ISW series: the exact word-3-shingle Jaccard of
    every pair of reports published within syndication.REWRITE_DAYS, how many pairs reach
    the rewrite (0.3) and copy (0.6) thresholds, and how many reports the store actually
    clustered (a daily series of one outlet must not collapse into one source)."""
    from datetime import date
    from fogofwar.fuse import syndication as syn

    reps = [(r["id"], r["published"], r["source"], syn.shingles(r["text"]))
            for r in db.query("SELECT id, published, source, text FROM reports ORDER BY published, id")]
    sims = []
    for i, (ia, pa, sa, xa) in enumerate(reps):
        for ib, pb, sb, xb in reps[i + 1:]:
            if abs((date.fromisoformat(pb[:10]) - date.fromisoformat(pa[:10])).days) > syn.REWRITE_DAYS:
                continue
            sims.append(len(xa & xb) / max(1, len(xa | xb)))
    clustered = db.query("SELECT COUNT(*) AS n FROM report_copies WHERE cluster_id <> report_id")[0]["n"]
    return {"pairs_within_days": len(sims), "pairs_ge_rewrite": sum(x >= syn.REWRITE_THRESHOLD for x in sims),
            "pairs_ge_copy": sum(x >= syn.THRESHOLD for x in sims),
            "max_jaccard": round(max(sims, default=0.0), 3),
            "median_jaccard": round(sorted(sims)[len(sims) // 2], 3) if sims else 0.0,
            "reports_clustered_as_copies": clustered}


def counts(db) -> dict:
    q = lambda sql: db.query(sql)[0]["n"]  # noqa: E731
    sizes = [r["n"] for r in db.query("SELECT COUNT(DISTINCT event_id) AS n FROM incident_events"
                                      " GROUP BY incident_id")]
    reps = [r["n"] for r in db.query(
        "SELECT COUNT(DISTINCT e.report_id) AS n FROM incident_events ie JOIN events e"
        " ON e.id = ie.event_id GROUP BY ie.incident_id")]
    status = {r["status"]: r["n"] for r in db.query(
        "SELECT status, COUNT(*) AS n FROM incidents GROUP BY status")}
    grades = {str(r["credibility"]): r["n"] for r in db.query(
        "SELECT credibility, COUNT(*) AS n FROM incidents GROUP BY credibility ORDER BY credibility")}
    merged_pairs = sum(n * (n - 1) // 2 for n in sizes)
    return {"reports": q("SELECT COUNT(*) AS n FROM reports"),
            "events": q("SELECT COUNT(*) AS n FROM events"),
            "events_fused": q("SELECT COUNT(DISTINCT event_id) AS n FROM incident_events"),
            "incidents": len(sizes),
            "incidents_multi_event": sum(n > 1 for n in sizes),
            "incidents_multi_report": sum(n > 1 for n in reps),
            "largest_incident": max(sizes, default=0),
            "merged_event_pairs": merged_pairs,
            "status": status, "credibility": grades}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--start", default=None, help="first report date (file stem)")
    ap.add_argument("--db", default="/tmp/fogofwar-fuse-isw.db")
    ap.add_argument("--reuse", action="store_true", help="use the store at --db as it is")
    ap.add_argument("--refuse", action="store_true",
                    help="with --reuse: drop the incidents and fuse the stored extractions again")
    ap.add_argument("--samples", default=None, help="write the samples to this JSON file")
    ap.add_argument("--judged", default=None, help="hand judgements to score")
    ap.add_argument("--seed", type=int, default=6, help="sampling seed")
    ap.add_argument("--copies", action="store_true", help="report the near-copy statistics of the series")
    ap.add_argument("--merges", type=int, default=None,
                    help="merged pairs to draw (default 50, as many as near non-merges)")
    ap.add_argument("--gazetteer", default=None, help="gazetteer path (default: the user's)")
    args = ap.parse_args(argv)
    from fogofwar.store import Store

    out: dict = {}
    if not args.reuse:
        Path(args.db).unlink(missing_ok=True)
        files = sorted(shared("corpus", "isw").glob("*.html"))
        if args.start:
            files = [f for f in files if f.stem >= args.start]
        files = files[:args.limit] if args.limit else files
        out.update(build(args.db, files, args.gazetteer))
        out["files"] = f"{files[0].stem}..{files[-1].stem} ({len(files)})"
    with Store.open(args.db) as store:
        if args.reuse and args.refuse:
            from fogofwar.incidents import refuse
            t = time.perf_counter()
            refuse(store.db)
            out["fuse_s"] = round(time.perf_counter() - t, 1)
        out.update(counts(store.db))
        if args.copies:
            out["copies"] = copy_pairs(store.db)
        if args.samples or args.judged:
            s = samples(store.db, seed=args.seed, n_merges=args.merges)
            out["near_non_merge_pairs"] = s["near_non_merge_pairs"]
            if args.samples:
                Path(args.samples).write_text(json.dumps(s, indent=1, ensure_ascii=False))
            if args.judged:
                j = json.loads(Path(args.judged).read_text())
                # a judgement is true/false, or {"same": true/false, "a": text, "b": text, ...}
                val = lambda v: v if isinstance(v, bool) else bool(v["same"])  # noqa: E731
                # a pair judged once counts wherever a later sample draws it (merged or not)
                known = {**j.get("non_merges", {}), **j.get("merges", {})}
                mj = [val(known[p["key"]]) for p in s["merges"] if p["key"] in known]
                nj = [val(known[p["key"]]) for p in s["non_merges"] if p["key"] in known]
                if mj:
                    out["merge_precision"] = round(sum(mj) / len(mj), 3)
                    out["merges_judged"] = len(mj)
                if nj:
                    out["near_non_merges_that_should_merge"] = round(sum(nj) / len(nj), 3)
                    out["non_merges_judged"] = len(nj)
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
