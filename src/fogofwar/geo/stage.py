"""The place stage as the pipeline calls it (contract; implementation in progress)."""

from __future__ import annotations

from ..records import Place, Report


class PlaceStage:
    """Recognise and resolve the places of a parsed report: ``stage(doc, report) -> list[Place]``."""

    @classmethod
    def load(cls, path: str | None = None) -> "PlaceStage":
        """Load the gazetteer at ``path`` (a built index file), or the embedded default."""
        raise NotImplementedError

    def __call__(self, doc, report: Report) -> list[Place]:
        raise NotImplementedError
