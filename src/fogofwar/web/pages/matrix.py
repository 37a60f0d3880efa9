"""The who-says-what matrix of an incident: its sources by stance, each cell listing the
dated statements with the quoted span in the context of its report's text.

Input is the incident with its evidence (``incidents.incident_detail``, the stable object
plus ``evidence``) and the texts of the reports it quotes; output plain rows a template
lays out. Relays ("according to X") and copies (a near-identical story) are marked so,
never counted as witnesses of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

STANCES = ("asserts", "denies")
CONTEXT = 160  # characters of report text shown either side of a quote


@dataclass(frozen=True)
class Quote:
    """One statement: the quoted span and the report text around it."""

    report_id: str
    published: str | None
    certainty: str
    event_id: str | None
    claim_id: str | None
    text: str
    start: int
    end: int
    before: str = ""
    after: str = ""
    copy_note: str | None = None  # "the same sentence in a copy of report X"
    cites: tuple[str, ...] = ()
    fatalities: tuple[int, ...] | None = None


@dataclass(frozen=True)
class SourceRow:
    canonical: str
    kind: str | None
    side: str | None
    reliability: str | None
    stance: str | None
    first_reported: str | None
    relays: str | None
    cites: tuple[str, ...] = ()
    fatalities: Mapping[str, Any] | None = None
    cells: Mapping[str, tuple[Quote, ...]] = field(default_factory=dict)

    @property
    def independent(self) -> bool:
        return self.relays is None


def context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """The report text before and after a span, cut at word boundaries, with an ellipsis
    where it is cut."""
    if not (0 <= start <= end <= len(text)):
        return "", ""
    a = max(0, start - width)
    before = text[a:start]
    if a > 0:
        cut = before.find(" ")
        before = "…" + (before[cut + 1:] if 0 <= cut < len(before) - 1 else before)
    b = min(len(text), end + width)
    after = text[end:b]
    if b < len(text):
        cut = after.rfind(" ")
        after = (after[:cut] if cut > 0 else after) + "…"
    return before, after


def _quote(e: Mapping[str, Any], texts: Mapping[str, str], copies: Mapping[str, str]) -> Quote:
    q = e.get("quote") or {}
    start, end = int(q.get("start") or 0), int(q.get("end") or 0)
    text = texts.get(e.get("report") or "")
    quoted = q.get("text") or ""
    # The span is shown where it stands only if the stored text still has it there.
    before, after = context(text, start, end) if text and text[start:end] == quoted else ("", "")
    fat = e.get("fatalities")
    return Quote(report_id=e.get("report") or "", published=e.get("published"),
                 certainty=e.get("certainty") or "unknown", event_id=e.get("event"),
                 claim_id=e.get("claim"), text=quoted, start=start, end=end,
                 before=before, after=after, copy_note=copies.get(e.get("event") or ""),
                 cites=tuple(e.get("cites") or ()), fatalities=tuple(fat) if fat else None)


def who_says_what(detail: Mapping[str, Any], texts: Mapping[str, str]) -> list[SourceRow]:
    """One row per source (independent sources first, each group by first report), with the
    source's statements under the stance they take, oldest first."""
    copies = {eid: m["copy"] for eid, m in (detail.get("matched") or {}).items()
              if isinstance(m, Mapping) and m.get("copy")}
    by_source: dict[str, dict[str, list[Quote]]] = {}
    for e in detail.get("evidence") or ():
        cells = by_source.setdefault(e.get("source") or "", {s: [] for s in STANCES})
        cells.setdefault(e.get("stance") or "asserts", []).append(_quote(e, texts, copies))
    rows = []
    for s in detail.get("sources") or ():
        name = s.get("canonical") or ""
        cells = by_source.get(name, {st: [] for st in STANCES})
        rows.append(SourceRow(
            canonical=name, kind=s.get("kind"), side=s.get("side"),
            reliability=s.get("reliability"), stance=s.get("stance"),
            first_reported=s.get("first_reported"), relays=s.get("relays"),
            cites=tuple(s.get("cites") or ()), fatalities=s.get("fatalities"),
            cells={st: tuple(sorted(qs, key=lambda q: (q.published or "", q.report_id, q.start)))
                   for st, qs in cells.items()}))
    rows.sort(key=lambda r: (not r.independent, r.first_reported or "9999", r.canonical))
    return rows


def history_steps(detail: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The status history as timeline steps: date, status, whether it changed, who spoke."""
    steps = []
    for h in detail.get("history") or ():
        stances = h.get("stances") or {}
        steps.append({"date": h.get("date"), "status": h.get("status"),
                      "changed": bool(h.get("changed")), "new_sources": h.get("sources") or "",
                      "asserts": sorted(k for k, v in stances.items() if v == "asserts"),
                      "denies": sorted(k for k, v in stances.items() if v == "denies"),
                      "reports": list(h.get("reports") or ())})
    return steps
