"""A report's text cut into segments by its extracted spans, for highlighting.

Spans overlap (a claim's content holds an event's evidence, which holds a place), so the
text is cut at every span boundary; each segment knows every annotation covering it and
the template wraps it once. No HTML is built here: the template escapes each segment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...records import Extraction
from .render import path_part


@dataclass(frozen=True)
class Annotation:
    kind: str          # place | time | actor | source | cue | claim | event | focus
    start: int
    end: int
    text: str
    label: str         # what it was read as, in words
    href: str | None = None


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    annotations: tuple[int, ...] = ()   # indexes into the annotation list
    first_of: tuple[int, ...] = ()      # annotations that begin here (anchors)


def segments(text: str, annotations: Sequence[Annotation]) -> list[Segment]:
    """The text in consecutive segments; spans outside the text or empty are ignored."""
    valid = [i for i, a in enumerate(annotations) if 0 <= a.start < a.end <= len(text)]
    cuts = sorted({0, len(text), *(annotations[i].start for i in valid),
                   *(annotations[i].end for i in valid)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        cover = tuple(i for i in valid if annotations[i].start <= a and b <= annotations[i].end)
        first = tuple(i for i in cover if annotations[i].start == a)
        out.append(Segment(text[a:b], a, cover, first))
    return out


def annotations_of(ex: Extraction, incident_of: dict[str, str] | None = None,
                   event_ids: Sequence[str] | None = None) -> list[Annotation]:
    """Every extracted span of a report as annotations, in text order.

    ``incident_of`` maps stored event ids to their incident (the event's span links there);
    ``event_ids`` are the stored ids of ``ex.events`` in order."""
    incident_of = incident_of or {}
    out: list[Annotation] = []
    for p in ex.places:
        where = p.name or p.text
        label = f"place: {where}" + (f", {p.admin1}" if p.admin1 else "") + (
            f" ({p.country_code})" if p.country_code else "") + (
            f", precision {p.precision}" if p.precision else "")
        out.append(Annotation("place", p.start, p.end, p.text, label))
    for t in ex.times:
        if t.end > t.start:
            out.append(Annotation("time", t.start, t.end, t.text, f"time: {t.value} ({t.precision})"))
    for a in ex.actors:
        out.append(Annotation("actor", a.start, a.end, a.text,
                              f"actor: {a.canonical} ({a.kind}{', ' + a.side if a.side else ''})"))
    for c in ex.claims:
        src = c.source
        out.append(Annotation("source", src.start, src.end, src.text,
                              f"source: {src.canonical} ({src.kind}{', ' + src.side if src.side else ''})",
                              f"/sources/{path_part(src.canonical)}"))
        out.append(Annotation("claim", c.content.start, c.content.end, c.content.text,
                              f"claim by {src.canonical}: {c.stance}, {c.certainty}, {c.mode}"))
    for k, e in enumerate(ex.events):
        eid = event_ids[k] if event_ids and k < len(event_ids) else None
        inc = incident_of.get(eid) if eid else None
        label = f"event: {e.event_type} / {e.sub_event_type}" + (
            f" ({e.modality})" if e.modality != "asserted" else "")
        out.append(Annotation("event", e.evidence.start, e.evidence.end, e.evidence.text, label,
                              f"/incidents/{path_part(inc)}" if inc else None))
    out.sort(key=lambda a: (a.start, -a.end, a.kind))
    return out
