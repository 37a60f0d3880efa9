"""A report's events as (sub-event type, modality, place name, actor1) rows, for the events
tests that read sentences written for them. Imported by test modules (not a conftest.py)."""

from __future__ import annotations

from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.geo.stage import PlaceStage
from fogofwar.records import Report


def event_rows(pipeline, text: str, published: str) -> list[tuple]:
    ext = pipeline.run(Report(id="t", text=text, published=published))
    out = []
    for e in ext.events:
        place = ext.places[e.location].name if e.location is not None else None
        out.append((e.sub_event_type, e.modality, place, e.actor1))
    return out


def rows_after(pipeline, lead: str, text: str, published: str) -> list[tuple]:
    """Event rows of ``text`` told after ``lead``, a report's first paragraph: read as a
    report, not as a one-event snippet whose news is forced (events.main_event)."""
    return event_rows(pipeline, lead + text, published)


def moods_at(rows: list[tuple], place: str) -> set[str]:
    """The modalities of the rows at ``place`` (empty where no event is there)."""
    return {r[1] for r in rows if r[2] == place}


def subs_at(rows: list[tuple], place: str) -> set[str]:
    """The sub-event types of the rows at ``place`` (empty where no event is there)."""
    return {r[0] for r in rows if r[2] == place}


def doers_at(rows: list[tuple], place: str) -> set[str | None]:
    """The first actors (doers) of the rows at ``place``."""
    return {r[3] for r in rows if r[2] == place}


def events_at(ext, place: str) -> list:
    """The extraction's events at ``place`` (by the resolved name)."""
    return [e for e in ext.events
            if e.location is not None and ext.places[e.location].name == place]


def town(gid, name, lat, lon, adm1, pop, cc="UA", code="PPL") -> NewPlace:
    """A settlement of a hand-made gazetteer."""
    return NewPlace(gid, name, lat, lon, cc, adm1, fcode=code, population=pop)


def pipeline_over(places: list[NewPlace]):
    """The pipeline over an in-memory gazetteer of just these places."""
    from fogofwar.pipeline import Pipeline

    idx = GazetteerIndex.memory()
    idx.replace_source("test", places)
    p = Pipeline()
    p.place_stage = PlaceStage(idx)
    return p
