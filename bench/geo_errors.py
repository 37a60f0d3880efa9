"""Errors of the place stage on the *inspected* half of a geoparsing gate, for reading.

``python -m bench.geo_errors lgl|geovirus [--far] [--missed] [--spurious] [--limit N]``

Only the inspected half is ever printed: LGL's articles 0-99 (``gate_lgl.DEV``) and
GeoVirus's even-numbered articles (``gate_geovirus.inspected``). The untouched halves are
not read here at all, so no item of them can be seen or tuned on.
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
    ap.add_argument("gate", choices=("lgl", "geovirus"))
    ap.add_argument("--far", action="store_true")
    ap.add_argument("--missed", action="store_true")
    ap.add_argument("--spurious", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
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


if __name__ == "__main__":
    main()
