"""Read queries shared by the JSON API and the server-rendered pages.

Each takes a store connection (``store.db``) and typed parameters (``web.params``) and
returns plain JSON-ready values; none knows about HTTP.

    incidents.py  the incident list (stable objects), one incident with its evidence,
                  the timeline aggregate
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Listing:
    """One page of a list: its items, how many match in all, and where the page starts."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit,
                "offset": self.offset}
