"""Incidents as the stable ``fogofwar incidents --format json`` objects, and as evidence.

Keys follow docs/design.md ("Stable interface: fogofwar incidents"); extra keys
(``contradictions``, ``history``, ``matched``) may be added, none removed.
"""

from __future__ import annotations

import calendar
from typing import Any

from .grade import Summary
from .model import IncidentState
from .title import incident_title


def time_json(inc: IncidentState) -> dict[str, Any]:
    iv = inc.interval
    if iv is None:
        return {"value": None, "precision": None, "first": None, "last": None}
    # The anchor time of the incident: the narrowest interval a positive member gave.
    if iv.first == iv.last:
        value, prec = iv.first.isoformat(), "day"
    elif (iv.first.day == 1 and (iv.first.year, iv.first.month) == (iv.last.year, iv.last.month)
          and iv.last.day == calendar.monthrange(iv.last.year, iv.last.month)[1]):
        value, prec = iv.first.isoformat()[:7], "month"
    else:
        value, prec = f"{iv.first.isoformat()}/{iv.last.isoformat()}", "period"
    return {"value": value, "precision": prec, "first": iv.first.isoformat(),
            "last": iv.last.isoformat(), "inferred": iv.inferred}


def place_json(inc: IncidentState) -> dict[str, Any]:
    p = inc.place
    if p is None:
        return {"name": None, "geonameid": None, "lat": None, "lon": None, "admin1": None,
                "country_code": None, "precision": None}
    return {"name": p.name or p.text, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon,
            "admin1": p.admin1, "country_code": p.country_code, "precision": p.precision}


def fatalities_json(s: Summary) -> dict[str, Any] | None:
    """The incident's casualty figures: each source's own range, and the spread over them
    (one side's official toll and the other side's claim are not averaged)."""
    by = {r.canonical: r.fatalities for r in s.sources if r.fatalities is not None}
    if not by:
        return None
    return {"low": min(f["low"] for f in by.values()), "high": max(f["high"] for f in by.values()),
            "by_source": by}


def incident_json(inc: IncidentState, s: Summary) -> dict[str, Any]:
    """One incident in the stable JSON shape."""
    return {
        "id": inc.id,
        "title": incident_title(inc),
        "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type,
        "place": place_json(inc),
        # a placeless incident's named target ("moskva"), fused by it (fuse/target.py)
        "target": inc.target,
        "time": time_json(inc),
        "status": s.status,
        "credibility": s.credibility,
        "reasons": s.reasons,
        "independent": s.independent,
        "sources": [r.to_json() for r in s.sources],
        "events": sorted(inc.members),
        "fatalities": fatalities_json(s),
        "contradictions": s.contradictions,
        "history": s.history,
        "matched": {eid: {"role": role, **feat} for eid, (role, feat) in sorted(inc.members.items())},
    }


def evidence_json(inc: IncidentState, s: Summary) -> dict[str, Any]:
    """The incident with every supporting and denying statement: source, date, quoted span."""
    d = incident_json(inc, s)
    d["evidence"] = [
        {"source": r.canonical, "kind": r.kind, "side": r.side, "relays": r.relays,
         "rests_on": r.rests_on,
         "cites": e.cites, "fatalities": list(e.fatalities) if e.fatalities else None,
         "stance": e.stance, "certainty": e.certainty, "report": e.report_id,
         "published": e.published, "event": e.event_id, "claim": e.claim_id,
         "quote": {"text": e.quote, "start": e.start, "end": e.end}}
        for r in s.sources for e in sorted(r.evidence, key=lambda e: (e.published or "", e.report_id))]
    return d
