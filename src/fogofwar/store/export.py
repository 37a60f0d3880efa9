"""Exports of stored events: ACLED-style CSV, RFC 7946 GeoJSON, JSONL.

Functions take ``EventRow`` iterables (from ``Store.events``) and write to a text stream,
so an export of a large store streams (GeoJSON too: features are written one by one).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from .cells import csv_cell, json_text
from .rows import EventRow

ACLED_COLUMNS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                 "actor2", "admin1", "admin2", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes")

# ACLED's time_precision: 1 = the day is known, 2 = the week, 3 = only the month or wider.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "period": 3}


def time_precision(row: EventRow) -> int:
    t = row.time
    if t is None or t.inferred:
        return 3  # the text states no time: publication date, ACLED's loosest code
    return _TIME_PRECISION.get(t.precision, 3)


def geo_precision(row: EventRow) -> int | None:
    """ACLED's 1 (settlement) .. 3 (region); our 4 (country) has no ACLED code: 3.

    The event's own ``location_precision`` ("near" a village is 2) wins over the place's.
    """
    p = row.event.location_precision
    if p is None and row.place is not None:
        p = row.place.precision
    return None if p is None else min(int(p), 3)


def sources_text(row: EventRow) -> str:
    """Who reports it: the report's outlet, then each claim's source and stance."""
    names: list[str] = []
    if row.report_source:
        names.append(row.report_source)
    for s in row.sources:
        label = s.canonical if s.stance == "asserts" else f"{s.canonical} (denies)"
        if label not in names:
            names.append(label)
    return "; ".join(names)


def notes_text(row: EventRow) -> str:
    e = row.event
    parts = [" ".join(e.evidence.text.split())]
    if e.polarity == "negative":
        parts.append(f"[{e.modality}]")
    if e.fatalities is not None:
        f = e.fatalities
        parts.append(f"[fatalities low/best/high {f.low}/{f.best}/{f.high}]")
    parts.append(f"[report {row.report_id}]")
    return " ".join(parts)


def acled_record(row: EventRow) -> dict[str, Any]:
    e, p = row.event, row.place
    return {
        "event_date": row.date or "",
        "time_precision": time_precision(row),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1 or "",
        "actor2": e.actor2 or "",
        "admin1": (p.admin1 if p else None) or "",
        "admin2": (p.admin2 if p else None) or "",
        "location": ((p.name or p.text) if p else None) or "",
        "latitude": "" if p is None or p.lat is None else round(p.lat, 6),
        "longitude": "" if p is None or p.lon is None else round(p.lon, 6),
        "geo_precision": geo_precision(row) or "",
        "source": sources_text(row),
        "notes": notes_text(row),
    }


def write_csv(rows: Iterable[EventRow], out: TextIO) -> int:
    """ACLED-style CSV; text cells are neutralised for spreadsheets (see ``cells.csv_cell``)."""
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow({k: csv_cell(v) for k, v in acled_record(row).items()})
        n += 1
    return n


def geojson_feature(row: EventRow) -> dict[str, Any]:
    p = row.place
    geometry = None
    if p is not None and p.lat is not None and p.lon is not None:
        geometry = {"type": "Point", "coordinates": [round(p.lon, 6), round(p.lat, 6)]}
    props = acled_record(row)
    props.update({"id": row.id, "report_id": row.report_id, "polarity": row.event.polarity,
                  "geonameid": p.geonameid if p else None,
                  "country_code": p.country_code if p else None})
    return {"type": "Feature", "id": row.id, "geometry": geometry, "properties": props}


def write_geojson(rows: Iterable[EventRow], out: TextIO) -> int:
    """An RFC 7946 FeatureCollection; positions are [longitude, latitude]; an event with no
    coordinates has a null geometry (allowed by RFC 7946 section 3.2)."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for row in rows:
        out.write(",\n" if n else "\n")
        out.write(json_text(geojson_feature(row)))
        n += 1
    out.write("\n]}\n")
    return n


def write_jsonl(rows: Iterable[EventRow], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json_text(row.to_dict()) + "\n")
        n += 1
    return n


WRITERS = {"csv": write_csv, "geojson": write_geojson, "jsonl": write_jsonl}
