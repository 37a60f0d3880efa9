"""Actors: mentions of forces, governments, units and groups, with canonical name, kind, side."""

from __future__ import annotations

from ..records import Actor


def extract_actors(doc) -> list[Actor]:
    raise NotImplementedError
