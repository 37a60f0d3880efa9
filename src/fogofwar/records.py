"""Typed records that flow between the pipeline stages.

Every record that says something about a report carries the character span of the report
text that supports it (provenance first). Records are frozen and slotted: stages return new
records rather than mutating shared ones. ``to_dict`` gives the shape of the stable
``fogofwar extract`` JSONL interface (see docs/interfaces.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year", "period"]
Stance = Literal["asserts", "denies"]
Certainty = Literal["certain", "probable", "possible", "unknown"]
Mode = Literal["direct", "indirect", "mixed", "allusion"]
Polarity = Literal["positive", "negative"]

SOURCE_KINDS = (
    "party_official",
    "party_military",
    "think_tank_monitor",
    "news_outlet",
    "milblogger",
    "evidence",
    "anonymous",
    "other",
)

# Place precision codes (ACLED's geo_precision, extended with 4 = country).
SETTLEMENT, NEAR_SETTLEMENT, REGION, COUNTRY = 1, 2, 3, 4


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a report's text: ``report.text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Report:
    """One ingested document: its main text and metadata.

    ``id`` is stable: given by the input, else derived from the content hash.
    ``published`` is an ISO date or datetime string when known.
    """

    id: str
    text: str
    published: str | None = None
    source: str | None = None  # outlet / publisher name, e.g. "ISW", "Reuters"
    url: str | None = None
    title: str | None = None
    language: str | None = None
    content_hash: str = ""
    origin: str | None = None  # where it came from: a path, "-", a feed URL
    warnings: tuple[str, ...] = ()  # ingest notes, e.g. a date that could not be read

    @property
    def published_date(self) -> date | None:
        if not self.published:
            return None
        try:
            return date.fromisoformat(self.published[:10])
        except ValueError:
            return None


# feature codes whose name alone points at the place (GeoNames: capitals, first-order seats,
# first-order regions, countries)
PROMINENT_CODES = frozenset({"PPLC", "PPLA", "ADM1", "PCLI", "PCLD", "PCLS", "PCLF"})
# feature codes of a GeoNames point that is itself a facility (a port, an airfield, a power
# station, a dam, a bridge, a factory): "the Azovstal Steel Plant" at Port Azovstali
FACILITY_CODES = frozenset({"PRT", "AIRP", "AIRB", "AIRF", "AIRH", "PS", "PSH", "PSN", "DAM", "BDG",
                            "MFG"})
GUESS_SCORE = 0.2  # geo/resolve.py NAME_ONLY_SCORE: the top score of a name-only guess


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved (or not) to a gazetteer entry.

    ``precision``: 1 settlement, 2 near or part of a settlement area, 3 region, 4 country.
    Unresolved mentions have ``geonameid`` None and coordinates None.
    """

    text: str
    start: int
    end: int
    geonameid: int | None
    name: str | None
    lat: float | None
    lon: float | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    feature_code: str | None
    precision: int | None
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def is_guess(self) -> bool:
        """Resolved only because the gazetteer knows one place of that name, with nothing in
        the text for it (geo/resolve.py caps such a score at NAME_ONLY_SCORE): show it as a
        guess, never as a fact. A capital, a region's seat, a region or a country is no guess:
        its name alone points at it (read12: Mykolaiv lost its coordinates in incidents)."""
        return self.geonameid is not None and self.score <= GUESS_SCORE \
            and (self.feature_code or "") not in PROMINENT_CODES


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A time expression normalised against the publication date.

    ``value`` is ISO 8601 (``2024-03-18``, ``2024-03``, ``2024-W12``, ``2023``, or an interval
    ``a/b``) or a TimeML value where ISO cannot say it (``P3D``, ``PRESENT_REF``, ``2022-SU``).
    ``first``/``last`` bound the interval the value denotes (inclusive ISO dates), when it is
    anchored; fusion compares these. ``inferred`` marks the publication-date fallback that an
    event gets when its text states no time (``start == end == 0``, ``text == ""``).
    """

    text: str
    start: int
    end: int
    value: str
    precision: Precision
    first: str | None = None
    last: str | None = None
    inferred: bool = False
    # The TimeML (TIMEX3) reading where it differs from ``value``: "since 2022" is the
    # interval 2022/<published> here but TIMEX3 2022; "in recent weeks" an interval here but
    # PXW. None when it is ``value`` itself. Not in the JSON contract (evaluation, TimeML
    # export).
    timeml: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "start": self.start, "end": self.end,
             "value": self.value, "precision": self.precision}
        if self.first is not None or self.last is not None:
            d["first"], d["last"] = self.first, self.last
        if self.inferred:
            d["inferred"] = True
        return d


@dataclass(frozen=True, slots=True)
class Actor:
    """A mention of an actor or a source with its canonical name, kind and side (ISO code)."""

    text: str
    start: int
    end: int
    canonical: str
    kind: str
    side: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed statement: who (source) says (cue) what (content), with stance and certainty.

    ``events`` are indexes into the same extraction's ``events``.
    """

    source: Actor
    cue: Span
    content: Span
    stance: Stance
    certainty: Certainty
    mode: Mode
    events: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.to_dict(), "cue": self.cue.to_dict(),
                "content": self.content.to_dict(), "stance": self.stance,
                "certainty": self.certainty, "mode": self.mode, "events": list(self.events)}


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: int
    best: int
    high: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    """A typed event stated by a report.

    ``location`` and ``time`` index into the same extraction's ``places`` and ``times``.
    ``actor1``/``actor2`` are canonical actor names (ACLED roles). ``polarity`` is negative
    for negated, denied, hypothetical and future events, which never count as occurred;
    ``modality`` says which of those it is ("asserted", "negated", "denied", "hypothetical",
    "future", "possible").
    """

    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    location: int | None
    time: int | None
    fatalities: Fatalities | None
    polarity: Polarity
    evidence: Span
    modality: str = "asserted"
    plover: str | None = None
    # ACLED geo-precision of the event's site: the place's own precision, or 2 when the text
    # puts the event "near" a settlement.
    location_precision: int | None = None
    # One of the report's main events, its news (events/main_event.py); None: stored before
    # main events were chosen (store migration 0009), not known until the report is reprocessed
    main: bool | None = False

    def to_dict(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type,
                "actor1": self.actor1, "actor2": self.actor2, "location": self.location,
                "time": self.time,
                "fatalities": self.fatalities.to_dict() if self.fatalities else None,
                "polarity": self.polarity, "evidence": self.evidence.to_dict(),
                "modality": self.modality, "plover": self.plover,
                "location_precision": self.location_precision, "main": self.main}


@dataclass(frozen=True, slots=True)
class Provenance:
    """What produced an extraction: the pipeline version (fogofwar's version, a digest of the
    extraction code, the spaCy model) and the gazetteer's identity (its sources and a digest).
    A stored report whose provenance differs from the current one is stale (provenance.py)."""

    pipeline: str
    gazetteer: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the pipeline found in one report."""

    report: Report
    places: tuple[Place, ...] = ()
    times: tuple[TimeValue, ...] = ()
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    provenance: Provenance | None = None  # None: produced outside Pipeline (tests, imports)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.report.id}
        if include_text:
            d["text"] = self.report.text
        d.update({
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "actors": [a.to_dict() for a in self.actors],
            "claims": [c.to_dict() for c in self.claims],
            "events": [e.to_dict() for e in self.events],
        })
        return d
