"""The incidents use case: keep the store's incidents up to date and read them.

    fuse_report(db, report_id, config)   # one new report: copies, fusion, regrade touched
    fuse_pending(db, config)             # every stored report not fused yet, in date order
                                         # (a late one re-fuses all: order never matters)
    refuse(db, config)                   # drop all incidents and fuse everything again
    list_incidents(db) / incident_detail(db, id)

It sits above ``store/`` (SQL: the incident index, copies, cached summaries) and ``fuse/``
(pure fusion, grading and rendering) and is the only module that drives both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .fuse.config import FuseConfig
from .fuse.fusion import Join, fuse
from .fuse.grade import summarize
from .fuse.model import mentions_from_extraction
from .fuse.render import evidence_json, incident_json
from .store.db import Database
from .store.incidents import (StoreIndex, clear_incidents, clusters_of, fill_mentions,
                              fused_after, graded_with, incident_summaries, is_fused,
                              lock_fusion, record_copy, save_summary, unfused_reports)
from .store.reader import load_extraction


@dataclass
class FuseResult:
    report_id: str
    status: str  # fused | already | missing
    copy_of: str | None = None
    joins: list[Join] = field(default_factory=list)


def regrade(db: Database, incident_ids: Iterable[str], config: FuseConfig,
            index: StoreIndex | None = None) -> None:
    """Recompute and cache the graded JSON of the given incidents."""
    index = index or StoreIndex(db)
    cache: dict = {}
    for iid in sorted(set(incident_ids)):
        inc = index.get(iid)
        if inc is None:
            continue
        fill_mentions(db, inc, cache)
        s = summarize(inc, clusters_of(db, (m.report_id for m in inc.mentions.values())),
                      config.reliability)
        # the cached JSON remembers which reliabilities graded it (key dropped on reading)
        cached = dict(incident_json(inc, s), _graded_with=config.fingerprint())
        save_summary(db, iid, "unanswered" if s.unanswered else s.status, s.credibility, cached)


def fuse_report(db: Database, report_id: str, config: FuseConfig | None = None) -> FuseResult:
    """Fuse one stored report into the incidents (idempotent: a fused report is skipped)."""
    config = config or FuseConfig()
    with db.transaction():
        lock_fusion(db)  # another process may be fusing: wait, then see what it stored
        if is_fused(db, report_id):
            return FuseResult(report_id, "already")
        ext = load_extraction(db, report_id)
        if ext is None:
            return FuseResult(report_id, "missing")
        copy = record_copy(db, report_id, ext.report.text, ext.report.source, ext.report.published)
        index = StoreIndex(db, config.options)
        joins = fuse(mentions_from_extraction(ext), index, config.options,
                     {report_id: copy.cluster})
        index.flush()
        regrade(db, {j.incident_id for j in joins}, config, index)
    return FuseResult(report_id, "fused", copy.cluster if copy.cluster != report_id else None, joins)


def fuse_pending(db: Database, config: FuseConfig | None = None) -> list[FuseResult]:
    """Fuse every stored report that is not fused yet, oldest first (canonical order).

    Fusion is greedy, so its result depends on the order reports are fused in. A report
    that arrives after later ones were fused (a backfill, workers finishing out of order)
    makes the store re-fuse from scratch, so that the incidents are always those of one
    run in canonical order, whatever order the reports came in."""
    pending = unfused_reports(db)
    if pending and fused_after(db, pending[0]):
        return refuse(db, config)
    return _fuse_unfused(db, config)


def _fuse_unfused(db: Database, config: FuseConfig | None) -> list[FuseResult]:
    return [fuse_report(db, rid, config) for rid in unfused_reports(db)]


def refuse(db: Database, config: FuseConfig | None = None) -> list[FuseResult]:
    """Drop every incident and fuse all stored reports again in canonical order."""
    with db.transaction():
        lock_fusion(db)
        clear_incidents(db)
    return _fuse_unfused(db, config)


def list_incidents(db: Database, config: FuseConfig | None = None, status: str | None = None,
                   min_credibility: int | None = None, limit: int | None = None,
                   include_unanswered: bool = False) -> list[dict[str, Any]]:
    """Incidents in the stable JSON shape, most recent first. With ``config``, incidents
    graded under other reliabilities are regraded first (else the cached grades are
    returned). Denials that no stored report's assertion answers are kept (a later report
    may) but not listed unless ``include_unanswered``."""
    if config is not None:
        fp = config.fingerprint()
        stale = [iid for iid, graded in graded_with(db).items() if graded != fp]
        if stale:
            with db.transaction():
                lock_fusion(db)
                regrade(db, stale, config)
    return incident_summaries(db, status, min_credibility, limit, include_unanswered)


def incident_detail(db: Database, incident_id: str, config: FuseConfig | None = None
                    ) -> dict[str, Any] | None:
    """One incident with its evidence: every supporting and denying claim, quoted."""
    config = config or FuseConfig()
    index = StoreIndex(db)
    inc = index.get(incident_id)
    if inc is None:
        return None
    fill_mentions(db, inc, {})
    s = summarize(inc, clusters_of(db, (m.report_id for m in inc.mentions.values())),
                  config.reliability)
    return evidence_json(inc, s)
