"""Speed: `fogofwar reprocess` next to `fogofwar ingest` of the same ISW reports, through the
CLI as a user runs it, in one run (issue 15).

    .venv/bin/python -m bench.reprocess_speed [--reports 20] [--jobs 1]

In a temporary folder, with a copy of the user's gazetteer (the embedded default only, so
the user's own is never touched): ingest N ISW reports, fuse them (`incidents`), run
`reprocess --stale` with nothing stale (the cost of the check), `gazetteer add UA
RU-postal` from ../shared/data/geonames, count the stale reports, then `reprocess --stale`
(re-extraction, and the incidents fused again when a fused report changed). Prints the
seconds of each step and reprocess / ingest, and how many reports changed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FOGOFWAR_SHARED", ROOT.parent / "shared")) / "data"


def fow(args: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "fogofwar", *args], env=env, capture_output=True,
                       text=True)
    seconds = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"fogofwar {' '.join(args)} failed ({p.returncode}):\n{p.stderr}")
    return seconds, p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args()

    from fogofwar.geo.build import ensure_index

    isw = sorted((SHARED / "corpus" / "isw").glob("*.html"))[:a.reports]
    if not isw:
        raise SystemExit(f"no ISW reports under {SHARED / 'corpus' / 'isw'}")
    with tempfile.TemporaryDirectory(prefix="fow-reprocess-") as tmp:
        gaz = Path(tmp) / "gazetteer.sqlite"
        default = ensure_index()
        shutil.copyfile(default, gaz)
        env = dict(os.environ, FOGOFWAR_GAZETTEER=str(gaz),
                   PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
        db = str(Path(tmp) / "isw.db")
        jobs = ["--jobs", str(a.jobs), "--no-progress"]
        out: dict[str, object] = {"reports": len(isw), "jobs": a.jobs}
        out["ingest_s"], _ = fow(["ingest", *map(str, isw), "--db", db, *jobs], env)
        out["fuse_s"], _ = fow(["incidents", "--db", db, "--format", "json"], env)
        out["reprocess_nothing_stale_s"], _ = fow(["reprocess", "--db", db, "--stale", *jobs],
                                                  env)
        out["gazetteer_add_s"], _ = fow(["gazetteer", "add", "UA", "RU-postal", "--from",
                                         str(SHARED / "geonames")], env)
        _, p = fow(["reports", "--db", db, "--stale", "--format", "json"], env)
        out["stale"] = len(json.loads(p.stdout))
        out["reprocess_s"], p = fow(["reprocess", "--db", db, "--stale", "--json", *jobs], env)
        summary = json.loads(p.stdout)
        out["changed"] = len(summary["changed"])
        out["incidents_refused_from"] = summary["incidents_refused"]
        out["reprocess_over_ingest"] = round(out["reprocess_s"] / out["ingest_s"], 2)
        for k, v in out.items():
            if isinstance(v, float):
                out[k] = round(v, 1)
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
