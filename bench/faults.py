"""Kill an ingest with SIGKILL at random points, restart it, and check the store (issue 16).

    .venv/bin/python -m bench.faults                        # 200 ISW reports, 10 kills, SQLite
    .venv/bin/python -m bench.faults --pg                   # ... and PostgreSQL (FOGOFWAR_TEST_PG)
    .venv/bin/python -m bench.faults --reports 50 --kills 5 --seed 3

Each run: a clean ingest into its own store (the reference); then, into a fresh store, an
ingest killed with SIGKILL ``--kills`` times (each kill waits until a random number of
reports is stored, then a random fraction of a second), each followed by a restart, and a
last run to the end. The store must then hold every report exactly once, the same rows per
report as the clean run (places, times, actors, events, claims, claim links: no partial
report), no orphan rows, ``PRAGMA integrity_check`` ok on SQLite, and the same incidents
(``fogofwar incidents --format json``) as the clean run. Prints the figures; exit 1 on any
difference. The real pipeline runs in a subprocess (``fogofwar ingest``), as a user runs it.

Reports are cut from ../shared/data/corpus/isw (first ``--chars`` characters of each
report's text, at a paragraph end), or the examples/ when the corpus is absent.
tests/store/test_ingest_kill.py runs the same code small in ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISW = Path(os.environ.get("FOGOFWAR_SHARED", ROOT.parent / "shared")) / "data" / "corpus" / "isw"
EXAMPLES = ROOT / "examples"
CHILD_TABLES = ("places", "times", "actors", "events", "claims")


def cli(*args: str) -> list[str]:
    """The ``fogofwar`` command line, run by this interpreter."""
    return [sys.executable, "-c", "from fogofwar.cli import main; main()", *args]


def write_isw_cut(dest: Path, n: int, chars: int = 3000) -> Path:
    """``n`` ISW reports (the first, by date), each cut to about ``chars`` characters, as one
    JSONL file; returns it."""
    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.sources import read_paths

    files = sorted(ISW.glob("*.html"))[:n]
    out = dest / "isw_cut.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for item in read_paths([str(p) for p in files], IngestOptions()):
            if not hasattr(item, "text"):
                continue
            text = item.text
            if len(text) > chars:
                cut = text.rfind("\n", 0, chars)
                text = text[: cut if cut > chars // 2 else chars]
            fh.write(json.dumps({"id": item.id, "text": text, "published": item.published,
                                 "source": "ISW", "title": item.title}) + "\n")
    return out


def copy_examples(dest: Path) -> Path:
    """The example reports (reports/ and followups/, about 18 short reports) in one folder."""
    folder = dest / "examples"
    folder.mkdir()
    for sub in ("reports", "followups"):
        for p in sorted((EXAMPLES / sub).iterdir()):
            if p.name != "README.md":
                shutil.copy(p, folder / f"{sub}-{p.name}")
    return folder


def count_reports(url: str) -> int:
    from fogofwar.store import Store

    try:
        with Store.open(url, migrate_schema=False) as s:
            if not s.db.table_exists("reports"):
                return 0
            return s.count("reports")
    except Exception:  # noqa: BLE001 - the store may be mid-creation; try again
        return 0


def ingest_argv(url: str, inputs: Path, batch_size: int) -> list[str]:
    return cli("ingest", str(inputs), "--db", url, "--batch-size", str(batch_size),
               "--no-progress")


def run_clean(url: str, inputs: Path, batch_size: int) -> float:
    t0 = time.monotonic()
    p = subprocess.run(ingest_argv(url, inputs, batch_size), capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"clean ingest failed ({p.returncode}): {p.stderr[-2000:]}")
    return time.monotonic() - t0


@dataclass
class KillRun:
    kills: int = 0  # SIGKILLs delivered while the ingest was running
    finished_early: int = 0  # ingests that ended before their kill
    stored_at_kill: list[int] = field(default_factory=list)


def run_killed(url: str, inputs: Path, n: int, kills: int, rng: random.Random,
               batch_size: int, timeout: float = 600.0) -> KillRun:
    """Ingest with ``kills`` SIGKILLs at random points (each after a random number of reports
    is stored, plus a random delay), restarting after each; then once more to the end."""
    out = KillRun()
    targets = sorted(rng.randint(1, max(1, n - 1)) for _ in range(kills))
    for target in targets:
        proc = subprocess.Popen(ingest_argv(url, inputs, batch_size),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while proc.poll() is None and count_reports(url) < target:
            if time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("ingest made no progress")
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.4))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            out.kills += 1
            out.stored_at_kill.append(count_reports(url))
        else:
            out.finished_early += 1
    p = subprocess.run(ingest_argv(url, inputs, batch_size), capture_output=True, text=True,
                       timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError(f"final ingest failed ({p.returncode}): {p.stderr[-2000:]}")
    return out


def per_report(url: str) -> dict[str, tuple]:
    """report id -> (content hash, rows per child table, claim links)."""
    from fogofwar.store import Store

    with Store.open(url) as s:
        db = s.db
        out = {r["id"]: [r["content_hash"]] for r in
               db.query("SELECT id, content_hash FROM reports ORDER BY id")}
        for table in CHILD_TABLES:
            n = {r["report_id"]: r["n"] for r in db.query(
                f"SELECT report_id, COUNT(*) AS n FROM {table} GROUP BY report_id")}
            for rid, row in out.items():
                row.append(int(n.get(rid, 0)))
        links = {r["report_id"]: r["n"] for r in db.query(
            "SELECT c.report_id, COUNT(*) AS n FROM claim_events ce"
            " JOIN claims c ON c.id = ce.claim_id GROUP BY c.report_id")}
        for rid, row in out.items():
            row.append(int(links.get(rid, 0)))
    return {k: tuple(v) for k, v in out.items()}


def problems(url: str) -> list[str]:
    """Duplicated reports, orphan rows, and (SQLite) what PRAGMA integrity_check says."""
    from fogofwar.store import Store

    found: list[str] = []
    with Store.open(url) as s:
        db = s.db
        dup = db.query("SELECT content_hash, COUNT(*) AS n FROM reports GROUP BY content_hash"
                       " HAVING COUNT(*) > 1")
        found += [f"content hash stored {r['n']} times" for r in dup]
        for table in CHILD_TABLES:
            n = db.query(f"SELECT COUNT(*) AS n FROM {table} t WHERE NOT EXISTS"
                         " (SELECT 1 FROM reports r WHERE r.id = t.report_id)")[0]["n"]
            if n:
                found.append(f"{n} orphan row(s) in {table}")
        n = db.query("SELECT COUNT(*) AS n FROM claim_events ce WHERE NOT EXISTS"
                     " (SELECT 1 FROM claims c WHERE c.id = ce.claim_id) OR NOT EXISTS"
                     " (SELECT 1 FROM events e WHERE e.id = ce.event_id)")[0]["n"]
        if n:
            found.append(f"{n} orphan claim link(s)")
        if db.dialect == "sqlite":
            rows = db.conn.execute("PRAGMA integrity_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                found.append(f"integrity_check: {rows[:5]}")
    return found


def incidents_json(url: str) -> list:
    p = subprocess.run(cli("incidents", "--db", url, "--format", "json"), capture_output=True,
                       text=True, cwd=ROOT)
    if p.returncode != 0:
        raise RuntimeError(f"incidents failed ({p.returncode}): {p.stderr[-2000:]}")
    return json.loads(p.stdout)


@dataclass
class Outcome:
    engine: str
    reports: int
    kill: KillRun
    lost: list[str]
    duplicated: list[str]
    partial: list[str]
    problems: list[str]
    incidents_same: bool
    incidents: int
    seconds: float

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.partial or self.problems) \
            and self.incidents_same

    def line(self) -> str:
        return (f"{self.engine}: {self.reports} reports, {self.kill.kills} kills survived "
                f"({self.kill.finished_early} ingests ended before their kill; stored at each "
                f"kill {self.kill.stored_at_kill}), rows lost {len(self.lost)}, duplicates "
                f"{len(self.duplicated)}, partial reports {len(self.partial)}, other problems "
                f"{self.problems or 0}, incidents {self.incidents} "
                f"{'identical to' if self.incidents_same else 'DIFFERENT from'} the clean run's "
                f"({self.seconds:.0f} s)")


def check(engine: str, clean_url: str, url: str, inputs: Path, kills: int, seed: int,
          batch_size: int, clean_incidents: list | None = None) -> Outcome:
    """Kill/restart into ``url`` and compare with the clean store at ``clean_url``."""
    t0 = time.monotonic()
    clean = per_report(clean_url)
    kill = run_killed(url, inputs, len(clean), kills, random.Random(seed), batch_size)
    got = per_report(url)
    lost = sorted(set(clean) - set(got))
    extra = sorted(set(got) - set(clean))
    partial = sorted(rid for rid in set(clean) & set(got) if clean[rid] != got[rid])
    ref = clean_incidents if clean_incidents is not None else incidents_json(clean_url)
    incs = incidents_json(url)
    return Outcome(engine, len(got), kill, lost, extra, partial, problems(url), incs == ref,
                   len(incs), time.monotonic() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--chars", type=int, default=3000, help="cut each report to this length")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--pg", action="store_true", help="also on PostgreSQL (FOGOFWAR_TEST_PG)")
    ap.add_argument("--work", default=None, help="folder for the stores (default: a temp dir)")
    args = ap.parse_args(argv)

    import tempfile

    work = Path(args.work or tempfile.mkdtemp(prefix="fow_faults_"))
    work.mkdir(parents=True, exist_ok=True)
    inputs = (write_isw_cut(work, args.reports, args.chars) if ISW.is_dir()
              else copy_examples(work))
    clean = str(work / "clean.db")
    secs = run_clean(clean, inputs, args.batch_size)
    print(f"clean run: {len(per_report(clean))} reports in {secs:.0f} s ({inputs})")
    ref = incidents_json(clean)
    outcomes = [check("sqlite", clean, str(work / "killed.db"), inputs, args.kills, args.seed,
                      args.batch_size, ref)]
    print(outcomes[-1].line(), flush=True)
    if args.pg:
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_schema import throwaway_schema

        with throwaway_schema("fow_faults") as url:
            outcomes.append(check("postgresql", clean, url, inputs, args.kills,
                                  args.seed + 1, args.batch_size, ref))
        print(outcomes[-1].line(), flush=True)
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
