"""The map page on a large store: its data over HTTP, the two ways of reading it side by
side, and the page in Chromium until its markers are drawn (issue 12).

    .venv/bin/python -m bench.web_map [--events 100000 | --store PATH] [--requests 10]
                                      [--out bench/web_map.md]

The store is bench.web_latency's (the ISW corpus's extractions replicated year by year until
it holds ``--events`` events; cached), or ``--store``: a SQLite store to use as it is.
Measured, in one run:
- ``/map/incidents.geojson`` through `fogofwar serve` (HTTP, gzip as a browser asks): time
  and bytes, raw and gzipped;
- in-process, alternating: the map's features read from the incident facets in SQL
  (``mapdata.map_collection``) and from the incident objects (``incident_collection`` over
  ``list_incidents``), with the ratio;
- Debian's Chromium (as the browser tests): from opening the map page to its markers drawn,
  and the redraw after one filter change.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

from bench.gatelib import ROOT
from bench.web_latency import build_sqlite, start_server

CHROMIUM = os.environ.get("FOGOFWAR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def in_process(url: str, runs: int) -> dict[str, list[float]]:
    """Seconds for each way of reading the map's features, alternating, same connection."""
    from fogofwar.incidents import list_incidents
    from fogofwar.store import Store
    from fogofwar.web.pages.mapdata import incident_collection, map_collection

    out: dict[str, list[float]] = {"facets (SQL)": [], "incident objects": []}
    with Store.open(url) as s:
        fast = map_collection(s.db)
        if fast is None:
            raise SystemExit("the store's incident facets are not filled: serve it once first")
        for _ in range(runs):
            t = time.perf_counter()
            fast = map_collection(s.db)
            out["facets (SQL)"].append(time.perf_counter() - t)
            t = time.perf_counter()
            slow = incident_collection(list_incidents(s.db))
            out["incident objects"].append(time.perf_counter() - t)
        if fast != slow:
            raise SystemExit("the two ways gave different features")
    return out


def over_http(base: str, requests: int) -> tuple[list[float], int, int, int]:
    """Seconds per request (gzip), bytes gzipped and raw, and the number of features."""
    import httpx

    times = []
    with httpx.Client(base_url=base, timeout=120) as c:
        raw = c.get("/map/incidents.geojson", headers={"Accept-Encoding": "identity"})
        n = len(raw.json()["features"])
        for _ in range(requests):
            t = time.perf_counter()
            r = c.get("/map/incidents.geojson", headers={"Accept-Encoding": "gzip"})
            r.read()
            times.append(time.perf_counter() - t)
            gz = int(r.headers.get("content-length") or 0)
    return times, gz, len(raw.content), n


def in_browser(base: str, runs: int) -> tuple[list[float], list[float]]:
    """Seconds to the map drawn (its data loaded, markers added) and to redraw after
    unticking 'reported', in Chromium at 1400x900."""
    from playwright.sync_api import sync_playwright

    ready, redraw = [], []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = b.new_page(viewport={"width": 1400, "height": 900})
        for _ in range(runs):
            t = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("#map[data-ready='1']", timeout=300_000)
            ready.append(time.perf_counter() - t)
            t = time.perf_counter()
            page.uncheck("input[name=status][value=reported]")
            redraw.append(time.perf_counter() - t)
        b.close()
    return ready, redraw


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", help="a SQLite store to measure as it is (else bench.web_latency's)")
    ap.add_argument("--requests", type=int, default=10)
    ap.add_argument("--runs", type=int, default=5, help="in-process runs of each way")
    ap.add_argument("--browser-runs", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "bench" / "web_map.md"))
    a = ap.parse_args(argv)
    store = Path(a.store) if a.store else build_sqlite(a.events)
    proc, base = start_server(str(store))  # serving fills the facets of an older store
    try:
        http, gz, raw, n = over_http(base, a.requests)
        ready, redraw = in_browser(base, a.browser_runs) if Path(CHROMIUM).is_file() else ([], [])
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    ways = in_process(str(store), a.runs)
    from fogofwar.store import Store

    with Store.open(str(store)) as s:
        events = s.count("events")
    med = {k: statistics.median(v) for k, v in ways.items()}
    lines = [
        "# The map page on a large store (bench/web_map.py)", "",
        f"Store: {events:,} events, {n:,} incidents on the map; {os.cpu_count()} CPU cores "
        "(shared with other work while measured: medians, not best runs).", "",
        f"    .venv/bin/python -m bench.web_map {'--store ' + Path(a.store).name if a.store else '--events ' + str(a.events)}"
        f" --requests {a.requests}", "",
        "| what | median | of |", "|---|---:|---:|",
        f"| /map/incidents.geojson over HTTP (gzip) | {statistics.median(http):.2f} s | {len(http)} |",
        f"| its size, gzipped / raw | {gz / 1e6:.1f} MB / {raw / 1e6:.1f} MB | |",
    ]
    for k, v in med.items():
        lines.append(f"| the features from the {k}, in process | {v:.2f} s | {len(ways[k])} |")
    lines.append(f"| ratio, incident objects / facets | {med['incident objects'] / med['facets (SQL)']:.1f}x | |")
    if ready:
        lines += [f"| Chromium: open the map until its markers are drawn | {statistics.median(ready):.2f} s | {len(ready)} |",
                  f"| Chromium: redraw after one filter change | {statistics.median(redraw):.2f} s | {len(redraw)} |"]
    Path(a.out).write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
