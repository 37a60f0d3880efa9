"""Sources for the API and the pages: the list of who speaks, and one source's statements
over time (its claims, the incidents it speaks about with its stance) with its track
record: how often what it asserted was later corroborated, contradicted or retracted."""

from __future__ import annotations

from typing import Any

from ...query_aliases import source_terms
from ...store import browse
from ...store.db import Database
from ..params import Page
from . import Listing


def list_sources(db: Database, *, source: str | None = None, source_kind: str | None = None,
                 side: str | None = None, page: Page = Page()) -> Listing:
    """Sources (canonical names), most incidents first, then most claims."""
    rows = list(browse.source_rows(db).values())
    if source:
        terms = [t.lower() for t in (source, *source_terms(source))]
        rows = [r for r in rows if any(t in r["canonical"].lower() for t in terms)]
    if source_kind:
        rows = [r for r in rows if r["kind"] == source_kind]
    if side:
        rows = [r for r in rows if (r["side"] or "").upper() == side]
    rows.sort(key=lambda r: (-r["incidents"], -r["claims"], -r["reports"], r["canonical"]))
    return Listing(rows[page.offset:page.offset + page.limit], len(rows), page.limit,
                   page.offset)


def _claim(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "report_id": r["report_id"], "published": r["r_published"],
            "report_title": r["r_title"], "report_source": r["r_source"],
            "source": {"text": r["source_text"], "start": r["source_start"],
                       "end": r["source_end"], "kind": r["source_kind"], "side": r["source_side"]},
            "cue": {"text": r["cue_text"], "start": r["cue_start"], "end": r["cue_end"]},
            "content": {"text": r["content_text"], "start": r["content_start"],
                        "end": r["content_end"]},
            "stance": r["stance"], "certainty": r["certainty"], "mode": r["mode"]}


def source_detail(db: Database, name: str, page: Page = Page()) -> dict[str, Any] | None:
    """One source: who it is, its claims (oldest first, one page), the incidents it speaks
    about with its stance (oldest first, one page), and its track record. None if no
    claim, report or incident names it."""
    rows = browse.source_rows(db)
    me = rows.get(name)
    if me is None:
        return None
    names = (name,)
    claims = [_claim(r) for r in browse.source_claims(db, names, page.offset, page.limit)]
    n_claims = browse.count_source_claims(db, names)
    incs = browse.source_incidents(db, name, page.offset, page.limit)
    return {**me,
            "track_record": browse.track_record(db, name),
            "claims_page": {"items": claims, "total": n_claims, "limit": page.limit,
                            "offset": page.offset},
            "incidents_page": {"items": [{
                "id": r["incident_id"], "stance": r["stance"], "relays": r["relays"],
                "first_reported": r["first_reported"], "status": r["status"],
                "credibility": r["credibility"], "event_type": r["event_type"],
                "sub_event_type": r["sub_event_type"], "place": r["place_name"],
                "time": {"first": r["time_first"], "last": r["time_last"]}} for r in incs],
                "total": me["incidents"], "limit": page.limit, "offset": page.offset}}
