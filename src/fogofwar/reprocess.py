"""Re-extract stored reports from their stored text, and re-fuse what changed.

    ids = select(store, Filters(...), stale_only=True, now=provenance.current())
    summary = reprocess(store, ids, make_pipeline, config=fuse_config)

After ``gazetteer add``, a new fogofwar or another spaCy model, stored reports keep the
places and events of their first extraction; this refreshes them. Each report is one
transaction: its places, times, actors, events and claims are replaced together with the
record of what produced them, or nothing is (a report that fails, an error, a kill or Ctrl-C
leaves its old extraction whole). A report whose records come out the same only has its
provenance updated.

Fusion is greedy (order matters), so when a report that was fused changes, the store's
incidents are dropped in that same transaction and, at the end, fused again from scratch in
canonical order (``incidents.fuse_pending``): the incidents are those of one run over the
new extractions. A run stopped half-way leaves no incidents, and the next ``fogofwar
incidents`` fuses them. Reports changed but never fused are left to the next fusion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .engines import EngineOptions
from .ingest.base import ReadError
from .ingest.batch import PipelineLike
from .ingest.language import detect, not_read_warning, reads
from .provenance import stale_reasons
from .records import Provenance, Report
from .store import Filters, Store, StoreUnwritable, writer
from .store.incidents import clear_incidents, is_fused, lock_fusion
from .store.reader import load_extraction, report_from_row


@dataclass
class ReprocessSummary:
    """What happened to each selected report."""

    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[ReadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "report id: message"
    incidents_dropped: bool = False  # a fused report changed: the incidents were dropped
    refused: int | None = None  # reports fused again at the end (None: no re-fusion ran)
    stopped: str | None = None  # the store took no writes (disk full, read-only)

    @property
    def ok(self) -> bool:
        return not self.failed and self.stopped is None

    def to_dict(self) -> dict:
        d = {"changed": list(self.changed), "unchanged": len(self.unchanged),
             "failed": [{"report": f.origin, "reason": f.reason} for f in self.failed],
             "warnings": list(self.warnings), "incidents_refused": self.refused}
        if self.stopped is not None:
            d["stopped"] = self.stopped
        return d


def select(store: Store, filters: Filters = Filters(), *, stale_only: bool = False,
           now: Provenance | None = None) -> list[str]:
    """Ids of the stored reports matching ``filters`` (and stale under ``now``), in the
    store's order."""
    ids = []
    for row in store.reports(filters):
        if stale_only and now is not None and not stale_reasons(
                row.pipeline_version, row.gazetteer_version, now):
            continue
        ids.append(row.report.id)
    return ids


def reprocess(store: Store, ids: Iterable[str], make_pipeline: Callable[[], PipelineLike],
              *, chunk: int = 16, config=None, engine: EngineOptions | None = None,
              on_report: Callable[[str], None] | None = None) -> ReprocessSummary:
    """Re-extract the reports ``ids`` from their stored text, one transaction each; re-fuse
    the store when a fused report changed. ``engine`` says where extraction runs (default:
    here; see engines/: this process stays the one writer, in order). ``on_report`` is
    called after each report (a progress bar)."""
    from .engines import open_engine, tasks_of

    db = store.db
    summary = ReprocessSummary()

    def items():
        for rid in ids:
            report = _stored_report(db, rid)
            if report is None:
                summary.failed.append(ReadError(rid, "no longer stored"))
            elif not reads(report.language):
                summary.warnings.append(f"{rid}: {not_read_warning(report.language)}")
            yield (rid, report), report

    try:
        with open_engine(make_pipeline, engine or EngineOptions()) as workers:
            for keys, results in workers.map(tasks_of(items(), chunk)):
                done = iter(results)
                for rid, report in keys:
                    if report is None:
                        continue
                    result = next(done)
                    if isinstance(result, ReadError):
                        summary.failed.append(ReadError(rid, result.reason
                                                        + "; its stored extraction is kept"))
                    else:
                        _replace_one(db, result, summary)
                    if on_report is not None:
                        on_report(rid)
        if summary.incidents_dropped:
            from .incidents import fuse_pending

            summary.refused = len(fuse_pending(db, config))
    except StoreUnwritable as exc:
        summary.stopped = str(exc)
    return summary


def _stored_report(db, rid: str) -> Report | None:
    """The stored report (its text and metadata), its language detected when the store has
    none (stored before fogofwar detected languages)."""
    rows = db.query("SELECT * FROM reports WHERE id = ?", (rid,))
    if not rows:
        return None
    report = report_from_row(rows[0])
    if report.language is None:
        report = replace(report, language=detect(report.text))
    return report


def _replace_one(db, ex, summary: ReprocessSummary) -> None:
    rid = ex.report.id
    try:
        with db.transaction():
            lock_fusion(db)  # fusion reads these rows: wait for a fuser, hold it off
            stored = load_extraction(db, rid)  # as stored now, inside the transaction
            if stored is None:
                summary.failed.append(ReadError(rid, "no longer stored"))
                return
            changed = writer.replace(db, ex, stored)
            if changed and is_fused(db, rid):
                clear_incidents(db)  # fused again at the end, in canonical order
                summary.incidents_dropped = True
    except StoreUnwritable:
        raise
    except Exception as exc:  # noqa: BLE001 - rolled back: the old extraction stands
        from .store import unwritable_reason

        why = unwritable_reason(exc)
        if why is not None:
            raise StoreUnwritable(f"cannot write to {db.display_url}: {why}") from None
        summary.failed.append(ReadError(rid, f"not stored ({type(exc).__name__}: {exc}); "
                                             "its stored extraction is kept"))
        return
    (summary.changed if changed else summary.unchanged).append(rid)
