"""LGL (Local-Global Lexicon, 588 US local news articles): end-to-end geoparsing.

Recognition P/R/F1 (span overlap), acc@161 km and median error on the recognised gold
toponyms, and acc161_all over every gold toponym with coordinates. Gazetteer: the embedded
default only. Mordecai 3 reports 82.7% acc@161 on LGL.
Resolver and recogniser weights were set by hand while reading errors on the first 100
articles (``--dev``); ``heldout_*`` figures are on articles 100.. only.
"""

from __future__ import annotations

import sys

from .gatelib import shared
from .geo_common import bench_index, run_articles

CORPUS = ["geoparsing/lgl.xml"]
DEV = 100


def run(limit: int | None = None, file: str = CORPUS[0], name: str = "lgl") -> dict[str, float]:
    from fogofwar.geo.evaluate import Tally, load_articles

    arts = load_articles(shared(file))[:limit]
    places, t_spacy, t_geo = run_articles([a.text for a in arts], bench_index("default"))
    all_, held = Tally(), Tally()
    for k, (a, ps) in enumerate(zip(arts, places)):
        all_.add(a.toponyms, ps)
        if k >= DEV:
            held.add(a.toponyms, ps)
    m = all_.metrics()
    if len(arts) > DEV:
        m.update({f"heldout_{k}": v for k, v in held.metrics().items()
                  if k in ("f1", "acc161", "acc161_all")})
    # speed is printed, not gated (timings are noise on a shared machine): bench/geo_speed.py
    print(f"{name}: spaCy {t_spacy / max(1, len(arts)) * 1000:.1f} ms/doc, place stage"
          f" {t_geo / max(1, len(arts)) * 1000:.1f} ms/doc", file=sys.stderr)
    return m


if __name__ == "__main__":
    import json

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else None)))
