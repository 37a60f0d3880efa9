"""Run `extract` over ISW reports and check every output line against the interface contract.

    python -m bench.contract_isw [--limit N]

Feeds the raw HTML pages through the same JSONL path as ``fogofwar extract`` (so HTML
extraction is included), then checks each line with ``fogofwar.contract.violations``:
exact offsets, every key, indexes in range, enumerated values. Prints counts and the first
violations; exit status 1 if any.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from fogofwar.contract import violations
from fogofwar.ingest.extract import extract_lines
from fogofwar.pipeline import Pipeline

from .gatelib import shared


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    files = sorted(shared("corpus", "isw").glob("*.html"))[: args.limit]
    lines = (json.dumps({"id": f.stem, "html": f.read_text(encoding="utf-8"),
                         "published": f.stem}) for f in files)
    counts: Counter[str] = Counter()
    bad: list[str] = []
    for out in extract_lines(lines, Pipeline):
        counts["reports"] += 1
        if "error" in out:
            counts["errors"] += 1
            bad.append(f"{out['id']}: error {out['error']}")
            continue
        for key in ("places", "times", "actors", "claims", "events"):
            counts[key] += len(out[key])
        for v in violations(out["text"], out):
            counts["violations"] += 1
            bad.append(f"{out['id']}: {v}")
    print(json.dumps(dict(counts)))
    for line in bad[:40]:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
