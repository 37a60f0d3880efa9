"""What store queries return: the stored records plus the report metadata around them.

Rows wrap the pipeline's own records (``Event``, ``Place``, ``TimeValue``, ``Claim``) rather
than re-declaring their fields, and add what a reader of the store needs: stable ids, the
report's source and date, the sources (claims) that speak about an event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..records import Claim, Event, Place, Report, TimeValue


@dataclass(frozen=True)
class Filters:
    """Query filters; ``None`` means no filter. Text filters match case-insensitively.

    ``since``/``until``: ISO dates, inclusive; an event matches when the interval its time
    denotes overlaps the range (a report matches by its publication date).
    ``place``: a place name, admin1/admin2 name (substring) or ISO country code.
    ``event_type``: an ACLED event type or sub-event type.
    ``source``: a report outlet or a claim source (substring).
    """

    since: str | None = None
    until: str | None = None
    place: str | None = None
    event_type: str | None = None
    source: str | None = None
    report_ids: tuple[str, ...] | None = None
    limit: int | None = None
    polarity: str | None = None  # events only: "positive" (occurred) or "negative"
    # Filled by query_aliases.resolve_filters: the stored (country code, admin-1 name) pairs of
    # the admin-1 area ``place`` names (a place in one matches too), and other names of
    # ``source`` (its other spelling, its canonical name) that match as ``source`` does.
    place_areas: tuple[tuple[str, str], ...] = ()
    source_terms: tuple[str, ...] = ()
    newest_first: bool = False  # date order, newest first (undated last); else oldest first

    def __post_init__(self) -> None:
        # A NUL matches nothing stored (readers store it as U+FFFD): SQLite cut a LIKE
        # pattern at it (so it matched everything) and PostgreSQL refuses it. Made U+FFFD.
        for name in ("place", "event_type", "source"):
            value = getattr(self, name)
            if value is not None and "\x00" in value:
                object.__setattr__(self, name, value.replace("\x00", "\ufffd"))
        if self.report_ids is not None and any("\x00" in r for r in self.report_ids):
            object.__setattr__(self, "report_ids",
                               tuple(r.replace("\x00", "\ufffd") for r in self.report_ids))
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise ValueError(
                        f"--{name} {value!r} is not an ISO date (YYYY-MM-DD)") from None
        if self.polarity not in (None, "positive", "negative"):
            raise ValueError(f"polarity {self.polarity!r} is not 'positive' or 'negative'")
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit {self.limit} is negative")


@dataclass(frozen=True)
class SaveResult:
    """Outcome of ``Store.save``: ``stored`` or ``duplicate`` (same content hash already stored)."""

    report_id: str
    status: str
    duplicate_of: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceRow:
    """A claim's source as it bears on an event."""

    claim_id: str
    canonical: str
    kind: str
    side: str | None
    stance: str
    certainty: str
    mode: str

    def to_dict(self) -> dict[str, Any]:
        return {"claim_id": self.claim_id, "canonical": self.canonical, "kind": self.kind,
                "side": self.side, "stance": self.stance, "certainty": self.certainty,
                "mode": self.mode}


@dataclass(frozen=True)
class IncidentRef:
    """The incident an event was fused into, as last fused (status and grade cached)."""

    id: str
    status: str | None
    credibility: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "credibility": self.credibility}


@dataclass(frozen=True)
class EventRow:
    """A stored event with its place, time and report metadata resolved."""

    id: str
    report_id: str
    idx: int
    event: Event
    place: Place | None
    time: TimeValue | None
    report_source: str | None
    report_published: str | None
    report_url: str | None
    report_title: str | None
    sources: tuple[SourceRow, ...] = ()
    incident: IncidentRef | None = None  # None until a fusion run placed the event

    @property
    def date_range(self) -> tuple[str | None, str | None]:
        """(first, last) ISO dates the event's time denotes; the publication date as fallback."""
        return event_dates(self.time, self.report_published)

    @property
    def date(self) -> str | None:
        """The event date as ACLED writes it: the first day of its time, else the report's date."""
        return self.date_range[0]

    @property
    def date_inferred(self) -> bool:
        """True when the text states no time for the event: its date is the report's
        publication date (or unknown, when the report is undated)."""
        return self.time is None or self.time.inferred

    def to_dict(self) -> dict[str, Any]:
        e = self.event.to_dict()
        return {"id": self.id, "report_id": self.report_id, "date": self.date,
                "date_inferred": self.date_inferred,
                "event_type": e["event_type"], "sub_event_type": e["sub_event_type"],
                "actor1": e["actor1"], "actor2": e["actor2"], "polarity": e["polarity"],
                "modality": e["modality"], "main": e["main"], "fatalities": e["fatalities"],
                "place": self.place.to_dict() if self.place else None,
                "time": self.time.to_dict() if self.time else None,
                "evidence": e["evidence"],
                "report": {"source": self.report_source, "published": self.report_published,
                           "url": self.report_url, "title": self.report_title},
                "sources": [s.to_dict() for s in self.sources],
                "incident": self.incident.to_dict() if self.incident else None}


@dataclass(frozen=True)
class ClaimRow:
    """A stored claim with its report metadata and the ids of the events it speaks about."""

    id: str
    report_id: str
    idx: int
    claim: Claim
    report_source: str | None
    report_published: str | None
    event_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = self.claim.to_dict()
        d.pop("events")
        return {"id": self.id, "report_id": self.report_id, **d,
                "event_ids": list(self.event_ids),
                "report": {"source": self.report_source, "published": self.report_published}}


@dataclass(frozen=True)
class ReportRow:
    """A stored report with the number of records extracted from it."""

    report: Report
    ingested_at: str
    n_places: int = 0
    n_events: int = 0
    n_claims: int = 0
    # what produced the stored extraction (None: stored before fogofwar recorded it)
    pipeline_version: str | None = None
    gazetteer_version: str | None = None
    extracted_at: str | None = None

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        r = self.report
        d = {"id": r.id, "published": r.published, "source": r.source, "url": r.url,
             "title": r.title, "language": r.language, "content_hash": r.content_hash,
             "origin": r.origin, "ingested_at": self.ingested_at,
             "places": self.n_places, "events": self.n_events, "claims": self.n_claims,
             "extraction": {"pipeline": self.pipeline_version,
                            "gazetteer": self.gazetteer_version, "at": self.extracted_at}}
        if include_text:
            d["text"] = r.text
        return d


def _is_date_like(value: str) -> bool:
    return len(value) >= 4 and value[:4].isdigit() and "/" not in value


def event_dates(time: TimeValue | None, published: str | None) -> tuple[str | None, str | None]:
    """(first, last) ISO dates an event's time covers; a partial value covers its whole period.

    Uses the time's own ``first``/``last`` when the time stage set them, else derives them
    from an ISO value (``2025-03`` -> 2025-03-01..2025-03-31), else the publication date.
    """
    if time is not None:
        if time.first or time.last:
            return time.first or time.last, time.last or time.first
        v = time.value
        if "/" in v:
            a, _, b = v.partition("/")
            if _is_date_like(a) and _is_date_like(b):
                return _bounds(a)[0], _bounds(b)[1]
        if _is_date_like(v):
            return _bounds(v)
    if published:
        return published[:10], published[:10]
    return None, None


def _bounds(value: str) -> tuple[str, str]:
    """ISO prefix -> its first and last day; weeks and odd values fall back to the prefix."""
    import calendar

    v = value[:10]
    parts = v.split("-")
    try:
        if len(parts) == 1:
            return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
        if len(parts) == 2 and parts[1].isdigit():
            y, m = int(parts[0]), int(parts[1])
            return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        if len(parts) == 2 and parts[1].startswith("W"):
            d0 = date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1)
            d1 = date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 7)
            return d0.isoformat(), d1.isoformat()
    except ValueError:
        pass
    return v, v
