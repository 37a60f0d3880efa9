"""Claims: attribution (source, cue, content), stance, certainty, mode, linked events."""

from __future__ import annotations

from ..records import Actor, Claim, Event, Report


def extract_claims(doc, actors: list[Actor], events: list[Event], report: Report) -> list[Claim]:
    raise NotImplementedError
