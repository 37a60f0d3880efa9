"""CIR "Eyes on Russia" Ukraine events 2022: locate each event from its title and description.

For every event, the place stage runs on its text (title without its leading date, plus the
description when it adds to the title); the event's location is the most precise place found
(lowest precision code, first in text). Figures: the share of events located within 10 km and
within 25 km of the gold point (an event with no place counts as a miss), ``coverage`` (events
with any located place) and ``within25_located`` (among those). Gazetteer: the default plus the
UA country dump and the RU postal dump from ../shared/data/geonames. Not a clean hold-out:
errors on two random samples of 300 events were read during development (which led to the
sentence-initial common-noun and "part of a longer name" rules); no weight was tuned on it.
Most events' texts name no place at all ("Damage after strike"), which caps the figures:
``coverage`` says how many texts gave any located place.
"""

from __future__ import annotations

import csv
import re
import sys

from .gatelib import shared
from .gate_lgl import bench_index, run_articles

CORPUS = ["events/cir-ukraine-events-2022.csv", "geonames/UA.zip", "geonames/RU-postal.zip",
          "geonames/admin1CodesASCII.txt", "geonames/admin2Codes.txt", "geonames/countryInfo.txt"]
_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\s*")


def event_text(row: dict) -> str:
    title = _DATE.sub("", row.get("title") or "").strip()
    desc = (row.get("brief description") or "").strip()
    if not desc or desc == title or desc.startswith(title):
        return desc or title
    return f"{title}. {desc}"


def event_location(places):
    located = [p for p in places if p.lat is not None]
    if not located:
        return None
    return min(located, key=lambda p: (p.precision or 9, p.start))


def run(limit: int | None = None) -> dict[str, float]:
    from fogofwar.geodesy import haversine_km

    with shared(CORPUS[0]).open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("lat") and r.get("lon")][:limit]
    texts = [event_text(r) for r in rows]
    places, t_spacy, t_geo = run_articles(texts, bench_index("ua_ru", ["UA", "RU-postal"]))
    w10 = w25 = located = 0
    for r, ps in zip(rows, places):
        p = event_location(ps)
        if p is None:
            continue
        located += 1
        d = haversine_km(float(r["lat"]), float(r["lon"]), p.lat, p.lon)
        w10 += d <= 10
        w25 += d <= 25
    n = max(1, len(rows))
    print(f"cir: {len(rows)} events, spaCy {t_spacy / n * 1000:.2f} ms/event, place stage"
          f" {t_geo / n * 1000:.2f} ms/event", file=sys.stderr)
    return {"within10": round(w10 / n, 4), "within25": round(w25 / n, 4),
            "coverage": round(located / n, 4),
            "within25_located": round(w25 / max(1, located), 4)}


if __name__ == "__main__":
    import json

    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else None)))
