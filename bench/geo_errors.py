"""Errors of the place stage on the *inspected* half of a geoparsing gate, for reading.

``python -m bench.geo_errors lgl|geovirus|cir [--far] [--missed] [--spurious] [--limit N]``

Only the inspected half is ever printed: LGL's articles 0-99 (``gate_lgl.DEV``),
GeoVirus's even-numbered articles (``gate_geovirus.inspected``) and CIR's even-numbered
events (``gate_cir.inspected``; ``cir`` prints the events whose text names the gold town
and that are placed over 25 km from it, or not at all). The untouched halves are not read
here at all, so no item of them can be seen or tuned on.
  --far       recognised gold toponyms resolved over 161 km away (gold and chosen point)
  --missed    gold toponyms not recognised
  --spurious  recognised places that match no gold toponym
"""

from __future__ import annotations

import argparse
from collections import Counter

from .gatelib import shared


def inspected(gate: str):
    from fogofwar.geo.evaluate import load_articles

    if gate == "lgl":
        from .gate_lgl import CORPUS, DEV
        return load_articles(shared(CORPUS[0]))[:DEV]
    from .gate_geovirus import CORPUS, inspected as keep
    return [a for k, a in enumerate(load_articles(shared(CORPUS[0]))) if keep(k)]


def main(argv=None) -> None:
    from fogofwar.geodesy import haversine_km

    from .gate_lgl import bench_index, run_articles

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("gate", choices=("lgl", "geovirus", "cir"))
    ap.add_argument("--far", action="store_true")
    ap.add_argument("--missed", action="store_true")
    ap.add_argument("--spurious", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if args.gate == "cir":
        return cir_errors(args.limit)
    arts = inspected(args.gate)[:args.limit]
    places, _, _ = run_articles([a.text for a in arts], bench_index("default"),
                                demonyms=args.gate == "lgl")
    kinds = Counter()
    for n, (a, ps) in enumerate(zip(arts, places)):
        used = set()
        for g in a.toponyms:
            k = next((k for k, p in enumerate(ps) if k not in used and p.start < g.end
                      and g.start < p.end), None)
            ctx = a.text[max(0, g.start - 50):g.end + 30].replace("\n", " ")
            if k is None:
                kinds["missed"] += 1
                if args.missed:
                    print(f"MISS a{n} {g.text!r} ({g.lat},{g.lon}) | {ctx}")
                continue
            used.add(k)
            p = ps[k]
            if g.lat is None:
                continue
            d = 20038.0 if p.lat is None else haversine_km(g.lat, g.lon, p.lat, p.lon)
            if d >= 161:
                kinds[f"far:{p.feature_code}"] += 1
                if args.far:
                    print(f"FAR a{n} {g.text!r} gold=({g.lat:.2f},{g.lon:.2f}) got={p.name}"
                          f" {p.feature_code} {p.country_code}/{p.admin1} ({p.lat},{p.lon})"
                          f" {d:.0f}km | {ctx}")
        for k, p in enumerate(ps):
            if k not in used:
                kinds["spurious"] += 1
                if args.spurious:
                    ctx = a.text[max(0, p.start - 50):p.end + 30].replace("\n", " ")
                    print(f"SPUR a{n} {p.text!r} -> {p.name} {p.feature_code} | {ctx}")
    print(dict(kinds.most_common()))


def cir_errors(limit: int | None = None) -> None:
    """CIR's inspected events that name their gold town and are placed over 25 km from it
    (or nowhere): the event's text, the gold town and point, the place chosen."""
    import csv

    from fogofwar.geo.index import GazetteerIndex
    from fogofwar.geodesy import haversine_km

    from .gate_cir import (CORPUS, event_location, event_text, inspected as keep,
                           names_town, town_spellings)
    from .gate_lgl import bench_index, run_articles

    with shared(CORPUS[0]).open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("lat") and r.get("lon")]
    rows = [r for k, r in enumerate(rows) if keep(k)][:limit]
    texts = [event_text(r) for r in rows]
    index_path = bench_index("ua_ru", ["UA", "RU-postal"])
    places, _, _ = run_articles(texts, index_path)
    idx = GazetteerIndex.open(index_path)
    kinds = Counter()
    for n, (r, t, ps) in enumerate(zip(rows, texts, places)):
        if not names_town(t, town_spellings(r, idx)):
            continue
        p = event_location(ps)
        d = None if p is None else haversine_km(float(r["lat"]), float(r["lon"]), p.lat, p.lon)
        if d is not None and d <= 25:
            kinds["ok"] += 1
            continue
        kinds["none" if p is None else "far"] += 1
        got = "-" if p is None else (f"{p.text!r}->{p.name} {p.feature_code} {p.country_code}/"
                                     f"{p.admin1} {d:.0f}km")
        print(f"CIR e{n} town={r.get('town/city')!r} gold=({float(r['lat']):.2f},"
              f"{float(r['lon']):.2f}) got={got} | {t[:160]!r}")
    idx.close()
    print(dict(kinds.most_common()))


if __name__ == "__main__":
    main()
