"""An in-memory incident book: add extractions one by one, read incidents back.

The same fusion, syndication and grading the store uses (store/incidents.py), without a
database: for tests, benchmarks and library users who keep their own records.
"""

from __future__ import annotations

from typing import Any

from ..records import Extraction
from .config import FuseConfig
from .fusion import Join, MemoryIndex, fuse
from .grade import summarize
from .model import IncidentState, mentions_from_extraction
from .render import evidence_json, incident_json
from .syndication import MemorySyndication


class IncidentBook:
    def __init__(self, config: FuseConfig | None = None) -> None:
        self.config = config or FuseConfig()
        self.index = MemoryIndex()
        self.syndication = MemorySyndication()
        self.clusters: dict[str, str] = {}

    def add(self, ext: Extraction) -> list[Join]:
        """Fuse one report's events (its copies are detected first)."""
        copy = self.syndication.add(ext.report.id, ext.report.text, ext.report.source,
                                    ext.report.published)
        self.clusters[ext.report.id] = copy.cluster
        return fuse(mentions_from_extraction(ext), self.index, self.config.options, self.clusters)

    def states(self) -> list[IncidentState]:
        return [self.index.incidents[i] for i in sorted(self.index.incidents)]

    def incidents(self, include_unanswered: bool = False) -> list[dict[str, Any]]:
        """Graded incidents; denials nothing asserted yet are left out unless asked for."""
        rel = self.config.reliability
        out = []
        for st in self.states():
            s = summarize(st, self.clusters, rel)
            if include_unanswered or not s.unanswered:
                out.append(incident_json(st, s))
        return out

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        s = self.index.get(incident_id)
        return None if s is None else evidence_json(s, summarize(s, self.clusters, self.config.reliability))
