"""Full-text search for the API and the search page: reports or claims holding every word
typed, best match first (``store/search.py``: SQLite FTS5, PostgreSQL tsvector).

Each item carries a ``snippet``: ``{"text", "highlights": [[start, end], ...]}``, the
matching passage as plain text and where the matched words are in it (offsets into the
snippet's text), so a page highlights them without ever rendering markup from a report.
"""

from __future__ import annotations

from typing import Any

from ...store import search as store_search
from ...store.db import Database
from ..params import Page
from . import Listing

KINDS = ("reports", "claims")


def snippet(marked: str | None) -> dict[str, Any]:
    """Text with MARK_START/MARK_END pairs -> the plain text and the marked ranges."""
    out: list[str] = []
    highlights: list[list[int]] = []
    pos, start = 0, None
    for ch in marked or "":
        if ch == store_search.MARK_START:
            start = pos
        elif ch == store_search.MARK_END:
            if start is not None and pos > start:
                highlights.append([start, pos])
            start = None
        else:
            out.append(ch)
            pos += 1
    return {"text": "".join(out), "highlights": highlights}


def _report(r: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "report", "id": r["id"], "title": r["title"], "source": r["source"],
            "published": r["published"], "rank": float(r["rank"]),
            "snippet": snippet(r["snippet"])}


def _claim(r: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "claim", "id": r["id"], "report_id": r["report_id"],
            "published": r["r_published"], "report_title": r["r_title"],
            "source": {"canonical": r["source_canonical"], "kind": r["source_kind"],
                       "side": r["source_side"]},
            "stance": r["stance"], "certainty": r["certainty"],
            "content": {"text": r["content_text"], "start": r["content_start"],
                        "end": r["content_end"]},
            "rank": float(r["rank"]), "snippet": snippet(r["snippet"])}


def search(db: Database, text: str, kind: str = "reports", *, since: str | None = None,
           until: str | None = None, page: Page = Page()) -> tuple[Listing, dict[str, int]]:
    """One page of ``kind`` (reports or claims) matching ``text``, and how many of each
    kind match (for tabs)."""
    find = {"reports": store_search.search_reports, "claims": store_search.search_claims}
    rows, total = find[kind](db, text, since=since, until=until, offset=page.offset,
                             limit=page.limit)
    other = "claims" if kind == "reports" else "reports"
    _rows, other_total = find[other](db, text, since=since, until=until, offset=0, limit=0)
    items = [(_report if kind == "reports" else _claim)(r) for r in rows]
    return Listing(items, total, page.limit, page.offset), {kind: total, other: other_total}
