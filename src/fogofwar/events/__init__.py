"""Events: detection, ACLED typing, actors, arguments (place, time, fatalities), polarity."""

from __future__ import annotations

from ..records import Actor, Event, Place, Report, TimeValue


def extract_events(doc, places: list[Place], times: list[TimeValue], actors: list[Actor],
                   report: Report) -> tuple[list[Event], list[TimeValue]]:
    """Return the report's events and the times list (extended with inferred times, if any)."""
    raise NotImplementedError
