"""Speed: incremental fusion cost per new report against a store of N events (synthetic).

    .venv/bin/python -m bench.fuse_speed [--events 10000] [--new 100] [--per-report 5] [--db PATH]

Builds a SQLite store of synthetic reports (``--per-report`` events each, at ``--villages``
villages spread over eastern Ukraine, over ``--days`` days, six event types, dated and undated,
one in ten denied), fuses them
all, then times fusing ``--new`` further reports one by one (``fuse_report``: copy
detection, candidate query, matching, writes and regrading of the touched incidents).
Synthetic events are fine for a speed figure; accuracy is measured in bench/fuse_isw.py.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from fogofwar.records import (SETTLEMENT, Actor, Claim, Event, Extraction, Place, Report, Span,
                              TimeValue)
from fogofwar.store import Store
from fogofwar.incidents import fuse_pending, fuse_report

TYPES = [("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Battles", "Government regains territory")]
SOURCES = [("Institute for the Study of War", "think_tank_monitor", None),
           ("Russian Ministry of Defence", "party_military", "RU"),
           ("General Staff of the Armed Forces of Ukraine", "party_military", "UA"),
           ("Russian military bloggers", "milblogger", "RU"), ("Reuters", "news_outlet", None)]
WORDS = ("forces attacked positions near the village artillery drone strike reported units "
         "advanced withdrew shelled the outskirts according officials said claimed denied").split()


def villages(rng: random.Random, n: int = 400) -> list[dict]:
    out = []
    for i in range(n):
        lat, lon = rng.uniform(46.5, 51.5), rng.uniform(33.0, 39.5)
        out.append(dict(geonameid=700000 + i, name=f"Village{i}", lat=lat, lon=lon, country_code="UA",
                        admin1=f"{int((lon - 33) // 1.3):02d}", admin2=None, feature_code="PPL",
                        precision=SETTLEMENT, score=1.0))
    return out


def synthetic_report(rng: random.Random, n: int, vill: list[dict], per_report: int,
                     days: int = 240) -> Extraction:
    day0 = date(2022, 3, 1)
    pub = day0 + timedelta(days=rng.randrange(days))
    places, times, events, claims = [], [], [], []
    words = [rng.choice(WORDS) for _ in range(120)]
    for k in range(per_report):
        v = rng.choice(vill)
        places.append(Place(v["name"], 0, len(v["name"]), **v))
        if rng.random() < 0.5:
            d = (pub - timedelta(days=rng.randrange(3))).isoformat()
            times.append(TimeValue(d, 0, len(d), d, "day", d, d))
        else:
            times.append(TimeValue("", 0, 0, pub.isoformat(), "day", pub.isoformat(), pub.isoformat(),
                                   inferred=True))
        et, st = rng.choice(TYPES)
        neg = rng.random() < 0.1
        events.append(Event(et, st, "Military Forces of Russia", "Military Forces of Ukraine",
                            len(places) - 1, len(times) - 1, None, "negative" if neg else "positive",
                            Span("evidence", 0, 8), "denied" if neg else "asserted"))
        name, kind, side = rng.choice(SOURCES)
        claims.append(Claim(Actor(name, 0, len(name), name, kind, side), Span("said", 0, 4),
                            Span("content", 0, 7), "asserts", "certain", "indirect", (len(events) - 1,)))
    rep = Report(id=f"syn{n:06d}", text=f"report {n} " + " ".join(words), published=pub.isoformat(),
                 source=rng.choice(["Outlet A", "Outlet B", "Outlet C", "ISW"]))
    return Extraction(rep, tuple(places), tuple(times), (), tuple(claims), tuple(events))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=10000)
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--per-report", type=int, default=5)
    ap.add_argument("--villages", type=int, default=400,
                    help="places the events fall on (scale with --events to keep the density)")
    ap.add_argument("--days", type=int, default=240,
                    help="days the reports are spread over (a store grows in time: scale this "
                         "with --events to keep the density of events per place and day)")
    ap.add_argument("--db", default=None, help="SQLite path (default: a temporary file)")
    args = ap.parse_args(argv)
    rng = random.Random(42)
    vill = villages(rng, args.villages)
    tmp = tempfile.TemporaryDirectory()
    path = args.db or str(Path(tmp.name) / "speed.db")
    n_base = args.events // args.per_report
    with Store.open(path) as store:
        t0 = time.perf_counter()
        for n in range(n_base):
            store.save(synthetic_report(rng, n, vill, args.per_report, args.days))
        t1 = time.perf_counter()
        fuse_pending(store.db)
        t2 = time.perf_counter()
        n_inc = store.db.query("SELECT COUNT(*) AS n FROM incidents")[0]["n"]
        per = []
        for n in range(n_base, n_base + args.new):
            store.save(synthetic_report(rng, n, vill, args.per_report, args.days))
            s = time.perf_counter()
            fuse_report(store.db, f"syn{n:06d}")
            per.append(time.perf_counter() - s)
    per.sort()
    out = {"store_events": n_base * args.per_report, "store_incidents": n_inc, "villages": args.villages, "days": args.days,
           "events_per_report": args.per_report, "new_reports": args.new,
           "build_save_s": round(t1 - t0, 2), "build_fuse_s": round(t2 - t1, 2),
           "fuse_per_report_ms_median": round(1000 * statistics.median(per), 2),
           "fuse_per_report_ms_p90": round(1000 * per[int(0.9 * (len(per) - 1))], 2),
           "fuse_per_report_ms_mean": round(1000 * statistics.mean(per), 2)}
    print(json.dumps(out))
    tmp.cleanup()
    return out


if __name__ == "__main__":
    main()
