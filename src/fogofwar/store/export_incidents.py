"""Exports of incidents (``fogofwar export --what incidents``): CSV with ACLED's columns where
an incident has them, then fogofwar's own; GeoJSON (RFC 7946, the incident object as a
feature's properties); JSONL (one ``incidents --format json`` object a line).

Functions take the incident objects of ``incidents.list_incidents`` and write to a stream.
"""

from __future__ import annotations

import csv
import time as _time
from collections.abc import Iterable
from typing import Any, TextIO

from .cells import csv_cell, json_text
from .export import ACLED_COLUMNS, _DISORDER, country_fields

OWN_COLUMNS = ("incident_id", "title", "status", "credibility", "asserts", "denies",
               "reports", "events")
CSV_COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
_TIME_PRECISION = {"day": 1, "week": 2}


def _sources(inc: dict[str, Any]) -> str:
    names: list[str] = []
    for s in inc.get("sources") or ():
        label = s["canonical"] if s.get("stance") != "denies" else f"{s['canonical']} (denies)"
        if label not in names:
            names.append(label)
    return "; ".join(names)


def incident_record(inc: dict[str, Any], timestamp: int | None = None) -> dict[str, Any]:
    """One incident as a row of ``CSV_COLUMNS``."""
    p, t = inc.get("place") or {}, inc.get("time") or {}
    date = t.get("first") or ""
    fat = inc.get("fatalities")
    prec = p.get("precision")
    reports = sorted({r for s in inc.get("sources") or () for r in s.get("reports") or ()})
    notes = inc.get("title") or ""
    if inc.get("reasons"):
        notes += " [" + "; ".join(inc["reasons"]) + "]"
    return {
        "event_id_cnty": inc["id"], "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else "",
        "time_precision": 3 if t.get("inferred") else _TIME_PRECISION.get(t.get("precision"), 3),
        "disorder_type": _DISORDER.get(inc.get("event_type"), ""),
        "event_type": inc.get("event_type") or "", "sub_event_type": inc.get("sub_event_type") or "",
        "actor1": "", "assoc_actor_1": "", "inter1": "", "actor2": "", "assoc_actor_2": "",
        "inter2": "", "interaction": "",
        "civilian_targeting": ("Civilian targeting"
                               if inc.get("event_type") == "Violence against civilians" else ""),
        **country_fields(p.get("country_code")),
        "admin1": p.get("admin1") or "", "admin2": "", "admin3": "",
        "location": p.get("name") or "",
        "latitude": "" if p.get("lat") is None else round(p["lat"], 6),
        "longitude": "" if p.get("lon") is None else round(p["lon"], 6),
        "geo_precision": "" if prec is None else min(int(prec), 3),
        "source": _sources(inc), "source_scale": "", "notes": notes,
        "fatalities": fat["low"] if fat else 0, "tags": "",
        "timestamp": int(_time.time()) if timestamp is None else timestamp,
        "incident_id": inc["id"], "title": inc.get("title") or "", "status": inc.get("status"),
        "credibility": inc.get("credibility"),
        "asserts": (inc.get("independent") or {}).get("asserts", 0),
        "denies": (inc.get("independent") or {}).get("denies", 0),
        "reports": "; ".join(reports), "events": "; ".join(inc.get("events") or ()),
    }


def write_csv(incs: Iterable[dict[str, Any]], out: TextIO) -> int:
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    stamp, n = int(_time.time()), 0
    for inc in incs:
        w.writerow({k: csv_cell(v) for k, v in incident_record(inc, stamp).items()})
        n += 1
    return n


def write_geojson(incs: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection: [longitude, latitude] points, a null geometry where the incident's
    place has no coordinates; the properties are the incident object itself."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for inc in incs:
        p = inc.get("place") or {}
        geometry = None
        if p.get("lat") is not None and p.get("lon") is not None:
            geometry = {"type": "Point", "coordinates": [round(p["lon"], 6), round(p["lat"], 6)]}
        out.write(",\n" if n else "\n")
        out.write(json_text({"type": "Feature", "id": inc["id"], "geometry": geometry,
                             "properties": inc}))
        n += 1
    out.write("\n]}\n")
    return n


def write_jsonl(incs: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for inc in incs:
        out.write(json_text(inc) + "\n")
        n += 1
    return n


WRITERS = {"csv": write_csv, "geojson": write_geojson, "jsonl": write_jsonl}
