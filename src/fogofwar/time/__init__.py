"""Time expressions: recognition and normalisation against the publication date."""

from __future__ import annotations

from datetime import date

from ..records import TimeValue


def extract_times(doc, published: date | None) -> list[TimeValue]:
    """Find the time expressions of a parsed report, normalised against ``published``."""
    raise NotImplementedError
