"""What an analyst should know about a stored report before trusting its extraction:
undated (its events' dates are inferred or missing), a language fogofwar does not read yet
(nothing extracted), stale (extracted by another pipeline version or gazetteer than the
current ones). ``fogofwar reports`` shows them; pure functions over a ``ReportRow``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .ingest.language import normalise, reads
from .provenance import stale_reasons
from .records import Provenance
from .store.rows import ReportRow


@dataclass(frozen=True)
class ReportNotes:
    undated: bool = False
    language: str | None = None  # set only when fogofwar does not read it
    stale: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        if self.undated:
            out.append("undated: event dates not stated in the text are unknown")
        if self.language:
            out.append(f"language {self.language}: no extraction yet")
        if self.stale:
            out.append("stale: " + ", ".join(self.stale))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"undated": self.undated, "stale": list(self.stale), "notes": self.lines()}


def report_notes(row: ReportRow, now: Provenance) -> ReportNotes:
    r = row.report
    return ReportNotes(
        undated=not r.published,
        language=None if reads(r.language) else normalise(r.language),
        stale=stale_reasons(row.pipeline_version, row.gazetteer_version, now))


def stale_line(n: int, now: Provenance) -> str | None:
    """The closing advice when ``n`` listed reports are stale."""
    if not n:
        return None
    return (f"{n} report(s) stale: extracted by another pipeline version or gazetteer than "
            f"the current ones (gazetteer: {now.gazetteer or 'not built yet'}); refresh them "
            "with `fogofwar reprocess --stale`")
