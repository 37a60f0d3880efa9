"""Read queries shared by the JSON API and the server-rendered pages.

Each takes a store connection (``store.db``) and typed parameters (``web.params``) and
returns plain JSON-ready values; none knows about HTTP.

    incidents.py  the incident list (stable objects), one incident with its evidence,
                  the timeline aggregate
    records.py    events, claims, reports (and one report with every extracted span), places
    sources.py    sources, and one source's statements over time and its track record
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Listing:
    """One page of a list: its items, how many match in all (None where counting would
    read the whole store: then ``more`` says whether a next page exists), its start."""

    items: list[dict[str, Any]]
    total: int | None
    limit: int
    offset: int
    more: bool = False

    @property
    def has_next(self) -> bool:
        if self.total is None:
            return self.more
        return self.offset + len(self.items) < self.total

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit,
                "offset": self.offset}


def page_of(rows: Iterable[T], keep: Callable[[T], bool], to_dict: Callable[[T], dict],
            limit: int, offset: int) -> Listing:
    """A page of the rows ``keep`` accepts (rows stream; only offset + limit + 1 are read)."""
    kept = (r for r in rows if keep(r))
    got = list(islice(kept, offset, offset + limit + 1))
    return Listing([to_dict(r) for r in got[:limit]], None, limit, offset, len(got) > limit)
