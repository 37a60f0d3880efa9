"""The ``events`` filters applied to incident summaries (the ``incidents --format json``
objects): date range, place (with its admin-1 area), type and source, and the newest-first
order of every list.
"""

from __future__ import annotations

from typing import Any

from .geo.names import key
from .store.rows import Filters


def _in_dates(inc: dict[str, Any], f: Filters) -> bool:
    if f.since is None and f.until is None:
        return True
    t = inc.get("time") or {}
    first, last = t.get("first"), t.get("last") or t.get("first")
    if first is None:
        return False  # undated: cannot say it falls in the range
    return not ((f.since and last < f.since) or (f.until and first > f.until))


def _at_place(inc: dict[str, Any], f: Filters) -> bool:
    p = inc.get("place") or {}
    v = f.place.strip()
    name, admin1, cc = p.get("name") or "", p.get("admin1") or "", p.get("country_code") or ""
    if name and key(name) == key(v):
        return True
    if v.lower() in admin1.lower() or (cc and cc.upper() == v.upper()):
        return True
    return any(cc == acc and name_ in (admin1, name) for acc, name_ in f.place_areas)


def _of_type(inc: dict[str, Any], f: Filters) -> bool:
    t = f.event_type.lower()
    return t in ((inc.get("event_type") or "").lower(), (inc.get("sub_event_type") or "").lower())


def _from_source(inc: dict[str, Any], f: Filters) -> bool:
    terms = [t.lower() for t in (f.source, *f.source_terms)]
    names = [(s.get("canonical") or "").lower() for s in inc.get("sources") or ()]
    return any(t in n for t in terms for n in names)


def matches(inc: dict[str, Any], f: Filters) -> bool:
    """Does the incident pass every filter set in ``f``?"""
    return (_in_dates(inc, f) and (not f.place or _at_place(inc, f))
            and (not f.event_type or _of_type(inc, f)) and (not f.source or _from_source(inc, f)))


def newest_first(incs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """By the incident's latest date, newest first; undated ones last (stable otherwise)."""
    dated = [i for i in incs if (i.get("time") or {}).get("last")]
    undated = [i for i in incs if not (i.get("time") or {}).get("last")]
    return sorted(dated, key=lambda i: i["time"]["last"], reverse=True) + undated
