"""Latency of the workbench's API on a store of 100,000 events, SQLite and PostgreSQL side
by side, through HTTP to a running `fogofwar serve` (the path a user runs; issue 12).

    .venv/bin/python -m bench.web_latency [--events 100000] [--requests 200]
                                          [--engines sqlite,postgresql] [--out bench/web_latency.md]

The store is built from real extractions: the ISW corpus as the pipeline extracted it (the
cached extraction bench/gate_incidents.py keeps under ~/.cache/fogofwar/bench, built when
missing), replicated year by year (every date of a copy, published and stated, moved on by
whole years; places kept: the same front line; see ``replica``) until it holds
``--events`` events, then fused. The SQLite store is cached under ~/.cache/fogofwar/bench/web-*.db; the PostgreSQL
one is a copy of it in the database ``fogofwar_bench`` (never ``test``), schema
``web_<key>``, kept for the next run.

Timed, sequentially over one keep-alive connection, after a warm-up: the incident list (the
first page and filtered pages: status, grade, a month, a type, a source side), one incident
(the API's incident with its evidence, and the HTML incident page when the pages are
installed), and a bounding-box query (a map view: 1° around a placed incident, or the whole
front); and, beside those three, the events list and a search. p50/p95 in milliseconds,
written to ``--out``.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from bench.gatelib import ROOT, publish_sqlite, remove_sqlite

CACHE = Path(os.environ.get("FOGOFWAR_BENCH_CACHE", Path.home() / ".cache" / "fogofwar" / "bench"))
PG_SERVER = os.environ.get("FOGOFWAR_BENCH_PG", "postgresql://127.0.0.1:5432")
PG_DB = "fogofwar_bench"
# tables copied to PostgreSQL, parents first (the search index is PostgreSQL's own)
TABLES = ("reports", "places", "times", "actors", "events", "claims", "claim_events",
          "incidents", "incident_cells", "incident_events", "report_copies", "report_bands",
          "incident_sources")


# -- the store -------------------------------------------------------------------------------

def seed_store() -> Path:
    """The newest cached ISW extraction (any extracting code: real extractions are what
    matters here), else one built now by bench.gate_incidents (4-6 minutes)."""
    found = sorted(CACHE.glob("isw-extracted-*.db"), key=lambda p: p.stat().st_mtime)
    if found:
        return found[-1]
    from bench.gate_incidents import _extraction

    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / "isw-extracted.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _extraction(CACHE)


_YEAR = re.compile(r"(?<!\d)(19|20)(\d\d)(?!\d)")


def _shift(value: str | None, years: int) -> str | None:
    """Every year in an ISO or TimeML value moved on by ``years`` (a date that would not
    exist, 29 February, keeps its year)."""
    if not value or not years:
        return value
    out = _YEAR.sub(lambda m: str(int(m.group(0)) + years), value)
    for d in re.findall(r"\d{4}-\d\d-\d\d", out):
        try:
            date.fromisoformat(d)
        except ValueError:
            return value
    return out


def replica(ext, k: int):
    """Copy ``k`` of an extraction: its own id and content hash, dates ``k`` years on, and
    (k > 0) its text followed by a shuffled tail of its own words as long as the text, so
    that near-copy detection (fuse/syndication.py, Jaccard >= 0.6) takes it for a new report
    telling new stories rather than a copy of the first year's; spans keep their offsets."""
    r = ext.report
    text = r.text
    if k:
        words = text.split()
        random.Random(f"{r.id}~{k}").shuffle(words)
        text = f"{text}\n\n{' '.join(words)}"
    report = replace(r, id=f"{r.id}~y{k}", published=_shift(r.published, k), text=text,
                     content_hash=f"{r.content_hash}~y{k}")
    times = tuple(replace(t, value=_shift(t.value, k), first=_shift(t.first, k),
                          last=_shift(t.last, k)) for t in ext.times)
    return replace(ext, report=report, times=times)


def build_sqlite(events: int) -> Path:
    """The cached SQLite store of ``events`` events (built when missing)."""
    from fogofwar.incidents import fuse_pending
    from fogofwar.store import Store

    built = sorted(CACHE.glob(f"web-*-{events}.db"), key=lambda p: p.stat().st_mtime)
    if built:  # any built one: a new extraction of the seed would not change the figures
        return built[-1]
    seed = seed_store()
    path = CACHE / f"web-{seed.stem}-{events}.db"
    t0 = time.perf_counter()
    with Store.open(f"sqlite:///{seed}?mode=ro", migrate_schema=False) as s:
        exts = list(s.extractions())
    per_copy = sum(len(e.events) for e in exts)
    print(f"seed {seed.name}: {len(exts)} reports, {per_copy} events", file=sys.stderr)
    tmp = path.with_suffix(".tmp")
    remove_sqlite(tmp)
    n = k = 0
    with Store.open(str(tmp)) as s:
        while n < events:
            for e in exts:
                if n >= events:
                    break
                s.save(replica(e, k))
                n += len(e.events)
            k += 1
        print(f"stored {s.count('reports')} reports, {s.count('events')} events "
              f"({time.perf_counter() - t0:.0f} s); fusing ...", file=sys.stderr)
        t1 = time.perf_counter()
        fuse_pending(s.db)
        n_inc = s.db.query("SELECT COUNT(*) AS n FROM incidents")[0]["n"]
        print(f"fused into {n_inc} incidents ({time.perf_counter() - t1:.0f} s)", file=sys.stderr)
    publish_sqlite(tmp, path)
    return path


def build_postgres(lite: Path) -> str:
    """A PostgreSQL copy of the SQLite store (COPY, table by table), cached by name."""
    import psycopg

    from fogofwar.store import Store

    schema = "web_" + re.sub(r"\W", "_", lite.stem)[-40:]
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (PG_DB,)).fetchone():
            admin.execute(f'CREATE DATABASE "{PG_DB}"')
    base = f"{PG_SERVER}/{PG_DB}"
    url = f"{base}?options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True) as pg:
        done = pg.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s"
                          " AND table_name = 'bench_complete'", (schema,)).fetchone()
        if done:
            return url
        pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        pg.execute(f'CREATE SCHEMA "{schema}"')
    Store.open(url).close()  # the schema, by the migrations
    t0 = time.perf_counter()
    src = sqlite3.connect(str(lite))
    with psycopg.connect(url) as pg:
        for table in TABLES:
            lite_cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            pg_cols = {r[0] for r in pg.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = %s"
                " AND table_name = %s", (schema, table))}
            cols = [c for c in lite_cols if c in pg_cols]
            names = ", ".join(cols)
            with pg.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as cp:
                for row in src.execute(f"SELECT {names} FROM {table}"):
                    cp.write_row(row)
        pg.execute("CREATE TABLE bench_complete (at TEXT)")
        pg.commit()
    src.close()
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute("ANALYZE")
    print(f"copied to PostgreSQL schema {schema} ({time.perf_counter() - t0:.0f} s)",
          file=sys.stderr)
    return url


# -- the server and the requests -----------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str) -> tuple[subprocess.Popen, str]:
    """`fogofwar serve --db URL` on a free port; returns when it answers."""
    import httpx

    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("FOGOFWAR_TOKEN", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from fogofwar.cli import main; main()", "serve", "--db", url,
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 600
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{base}/api/incidents?limit=1", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise RuntimeError("serve did not answer within 10 minutes")


def _timed(client, paths: list[str]) -> list[float]:
    out = []
    for p in paths:
        t = time.perf_counter()
        r = client.get(p)
        ms = (time.perf_counter() - t) * 1000
        if r.status_code != 200:
            raise RuntimeError(f"GET {p}: {r.status_code} {r.text[:300]}")
        out.append(ms)
    return out


def scenarios(client, n: int, rng: random.Random) -> dict[str, list[str]]:
    """The request paths of each timed scenario (``n`` each), from the store's own data."""
    first = client.get("/api/incidents?limit=1").json()
    total = first["total"]
    sample = []
    while len(sample) < 300:
        off = rng.randrange(max(total - 50, 1))
        sample += client.get(f"/api/incidents?limit=50&offset={off}").json()["items"]
    placed = [i for i in sample if i["place"]["lat"] is not None]
    months = sorted({i["time"]["first"][:7] for i in sample if i["time"]["first"]})
    lists = ["/api/incidents?limit=50", "/api/incidents?limit=50&status=disputed",
             "/api/incidents?limit=50&grade=2", "/api/incidents?limit=50&type=Battles",
             "/api/incidents?limit=50&side=RU", "/api/incidents?limit=50&offset=1000"]
    for m in months[:6]:
        lists.append(f"/api/incidents?limit=50&since={m}-01&until={m}-28")
    boxes = []
    for i in placed:
        lat, lon = i["place"]["lat"], i["place"]["lon"]
        boxes.append(f"/api/incidents?limit=50&bbox={lon - 0.5:.3f},{lat - 0.5:.3f},"
                     f"{lon + 0.5:.3f},{lat + 0.5:.3f}")
    boxes.append("/api/incidents?limit=50&bbox=30,44,41,53")  # the whole front
    pick = lambda xs: [xs[j % len(xs)] for j in range(n)]  # noqa: E731
    rng.shuffle(sample)
    out = {"incident list": pick(lists),
           "one incident (API)": pick([f"/api/incidents/{i['id']}" for i in sample]),
           "bbox query": pick(boxes)}
    if client.get(f"/incidents/{sample[0]['id']}").status_code == 200:
        out["incident page (HTML)"] = pick([f"/incidents/{i['id']}" for i in sample])
    # beside the goal's three: the other lists a user pages through
    out["events list"] = pick(["/api/events?limit=50", "/api/events?limit=50&type=Battles",
                               "/api/events?limit=50&offset=500"])
    words = ["Bakhmut", "Kherson counteroffensive", "shelling Kharkiv", "Wagner", "drone strike"]
    out["search"] = pick([f"/api/search?q={w}&limit=20" for w in words])
    return out


def measure(url: str, n: int, seed: int = 1204) -> tuple[dict[str, list[float]], int]:
    import httpx

    proc, base = start_server(url)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            rng = random.Random(seed)
            paths = scenarios(client, n, rng)
            total = client.get("/api/incidents?limit=1").json()["total"]
            for p in paths.values():  # warm-up: caches, connections, the first parse
                _timed(client, p[:20])
            return {name: _timed(client, p) for name, p in paths.items()}, total
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(q) - 1] if len(xs) > 1 else xs[0]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200, help="per scenario")
    ap.add_argument("--engines", default="sqlite,postgresql")
    ap.add_argument("--out", default=str(ROOT / "bench" / "web_latency.md"))
    a = ap.parse_args(argv)
    lite = build_sqlite(a.events)
    from fogofwar.store import Store

    with Store.open(str(lite)) as s:
        counts = {t: s.count(t) for t in ("reports", "events", "claims")}
    results = {}
    for engine in a.engines.split(","):
        url = str(lite) if engine == "sqlite" else build_postgres(lite)
        results[engine], n_inc = measure(url, a.requests)
        for name, xs in results[engine].items():
            print(f"{engine:<10} {name:<22} p50 {pct(xs, 50):7.1f} ms  p95 {pct(xs, 95):7.1f} ms",
                  file=sys.stderr)
    names = list(next(iter(results.values())))
    lines = [
        "# Workbench API latency (bench/web_latency.py)", "",
        f"Store: {counts['events']:,} events, {counts['claims']:,} claims, "
        f"{counts['reports']:,} reports (the ISW corpus's extractions replicated year by year), "
        f"{n_inc:,} incidents listed. Through HTTP to `fogofwar serve` (uvicorn, one worker), "
        f"one keep-alive client, {a.requests} requests per scenario after a warm-up, on "
        f"{os.cpu_count()} CPU cores (shared with other work: p95 carries its noise). The goal: "
        "p95 < 100 ms for the incident list, one incident and the bounding-box query.", "",
        f"    .venv/bin/python -m bench.web_latency --events {a.events} --requests {a.requests}", "",
        "| scenario | " + " | ".join(f"{e} p50 ms | {e} p95 ms" for e in results) + " |",
        "|---|" + "---:|---:|" * len(results)]
    for name in names:
        cells = " | ".join(f"{pct(results[e][name], 50):.1f} | {pct(results[e][name], 95):.1f}"
                           for e in results)
        lines.append(f"| {name} | {cells} |")
    Path(a.out).write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
