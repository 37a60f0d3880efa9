"""Re-judge a hand-judged merge sample on a re-fused store: which judged pairs are still merged.

    .venv/bin/python -m bench.gate_incidents --dev --db /tmp/work.db      # fuse with the code
    .venv/bin/python -m bench.fuse_rejudge /tmp/work.db bench/fuse_judged_seed1212.json [-v]

For each pair of a judged file's "merges" (``{"a_event|b_event": {"same": bool, "a": text,
"b": text, "note": "[class] ..."}}``) it says whether the two events still share an incident,
and counts by the judge's error class (the note's leading "[...]"). The extraction may have
changed since the draw, so an event id whose evidence is no longer in its judged sentence is
mapped to the events of the same report whose evidence lies in that sentence (any of them
sharing an incident with the other side counts as merged). The precision printed is over the
judged pairs still merged: optimistic when the rules came from that sample; a fresh draw
(bench/fuse_judging.md) is the figure to trust.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections import defaultdict


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def rejudge(db_path: str, judged_path: str, verbose: bool = False) -> dict:
    con = sqlite3.connect(db_path)
    inc: dict[str, set[str]] = defaultdict(set)
    for eid, iid in con.execute("SELECT event_id, incident_id FROM incident_events"):
        inc[eid].add(iid)
    ev = dict(con.execute("SELECT id, evidence_text FROM events"))
    by_report: dict[str, list[str]] = defaultdict(list)
    for eid in ev:
        by_report[eid.rsplit(":e", 1)[0]].append(eid)

    def events_of(eid: str, text: str) -> list[str]:
        if eid in ev and _norm(ev[eid])[:40] in _norm(text):
            return [eid]
        return [e for e in by_report[eid.rsplit(":e", 1)[0]]
                if len(ev[e] or "") > 10 and _norm(ev[e]) in _norm(text)]

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, v in json.loads(open(judged_path, encoding="utf-8").read())["merges"].items():
        if not isinstance(v, dict):
            continue
        a, b = key.split("|")
        merged = any(inc[x] & inc[y] for x in events_of(a, v.get("a", ""))
                     for y in events_of(b, v.get("b", "")))
        cls = re.match(r"\[([^\]]+)\]", v.get("note") or "")
        label = "right" if v["same"] else f"wrong {cls.group(1) if cls else '?'}"
        counts[label][0 if merged else 1] += 1
        if verbose and (not merged or not v["same"]):
            print(f"{'merged' if merged else 'apart '} {label}: {key}", file=sys.stderr)
    right = counts["right"][0]
    kept = sum(c[0] for c in counts.values())
    return {"by_class": {k: {"merged": c[0], "apart": c[1]} for k, c in sorted(counts.items())},
            "still_merged": kept, "right": right,
            "precision_still_merged": round(right / kept, 3) if kept else None}


if __name__ == "__main__":
    args = [x for x in sys.argv[1:] if x != "-v"]
    print(json.dumps(rejudge(args[0], args[1], "-v" in sys.argv), indent=1))
