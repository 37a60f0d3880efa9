"""Ingest a batch into the store: read -> skip known duplicates -> extract -> save, per report.

One report's failure (unreadable, extraction error, refused by the store) is recorded with
its origin and reason and the batch goes on; a report is saved with all its extractions in
one transaction or not at all. The pipeline is made on first need, so a re-run over
reports already stored never loads the language model.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from ..records import Extraction, Report
from ..store.db import StoreUnwritable
from .base import IngestOptions, ReadError
from .sources import read_paths


class PipelineLike(Protocol):
    def run(self, report: Report) -> Extraction: ...

    def run_many(self, reports: Iterable[Report]) -> Iterator[Extraction]: ...


@dataclass
class Duplicate:
    origin: str
    report_id: str
    duplicate_of: str


@dataclass
class IngestSummary:
    """What happened to every input of a batch."""

    stored: list[str] = field(default_factory=list)  # report ids
    duplicates: list[Duplicate] = field(default_factory=list)
    failed: list[ReadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "origin: message"
    # Why the batch stopped early (the store takes no writes: disk full, read-only), if so.
    stopped: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failed and self.stopped is None

    def to_dict(self) -> dict:
        d = {"stored": len(self.stored), "duplicates": len(self.duplicates),
             "failed": [{"origin": f.origin, "reason": f.reason} for f in self.failed],
             "warnings": list(self.warnings)}
        if self.stopped is not None:
            d["stopped"] = self.stopped
        return d


class _Stop(Exception):
    """The store takes no writes: end the batch (every later save would fail the same way)."""


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during an ingest: still a KeyboardInterrupt, carrying what was done so far.

    Every report in ``summary.stored`` is committed; the one being saved was rolled back.
    ``not_stored`` counts reports read but not stored yet (a re-run stores them: stored
    ones are skipped as duplicates).
    """

    def __init__(self, summary: "IngestSummary", not_stored: int) -> None:
        super().__init__("ingest interrupted")
        self.summary = summary
        self.not_stored = not_stored


def extract_each(pipeline: PipelineLike, reports: list[Report]) -> list[Extraction | ReadError]:
    """Run the pipeline over a chunk, one result per report, in order.

    A report that runs past the pipeline's time limit becomes a ReadError naming it and the
    reason and the reports after it go on. If the chunk fails otherwise, it is retried one
    by one to isolate the bad report so the others still get through."""
    from ..pipeline import ReportTimeout

    results: list[Extraction | ReadError] = []
    rest = list(reports)
    while rest:
        done: list[Extraction] = []
        try:
            done.extend(pipeline.run_many(rest))
        except ReportTimeout as exc:
            results += done
            rest = rest[len(done):]
            results.append(_timed_out(rest[0], exc))
            rest = rest[1:]
            continue
        except Exception:  # noqa: BLE001 - retried below report by report, each error reported
            results += done
            rest = rest[len(done):]
        else:
            if len(done) == len(rest):
                return results + done
        break
    for r in rest:
        try:
            results.append(pipeline.run(r))
        except ReportTimeout as exc:
            results.append(_timed_out(r, exc))
        except Exception as exc:  # noqa: BLE001 - becomes this report's failure reason
            results.append(ReadError(r.origin or r.id,
                                     f"extraction failed ({type(exc).__name__}: {exc})"))
    return results


def _timed_out(report: Report, exc: Exception) -> ReadError:
    return ReadError(report.origin or report.id, f"report {report.id}: {exc}")


def ingest(paths: Iterable[str], store, make_pipeline: Callable[[], PipelineLike],
           options: IngestOptions = IngestOptions(), *, chunk: int = 16,
           progress: bool = False, stdin: BinaryIO | None = None) -> IngestSummary:
    """Read ``paths``, extract and store every new report; return the summary."""
    return ingest_reports(read_paths(paths, options, stdin=stdin), store, make_pipeline,
                          chunk=chunk, progress=progress)


def ingest_reports(items: Iterable[Report | ReadError], store,
                   make_pipeline: Callable[[], PipelineLike], *, chunk: int = 16,
                   progress: bool = False) -> IngestSummary:
    """Extract and store every new report of ``items`` (a reader's output: reports and the
    inputs it could not read), one transaction per report; return the summary. ``ingest``
    runs it over paths; ``fogofwar serve`` over a request's body."""
    from tqdm import tqdm

    summary = IngestSummary()
    pipeline: PipelineLike | None = None
    pending: list[Report] = []
    seen: dict[str, str] = {}  # content hash -> id, within this batch

    bar = tqdm(desc="ingest", unit=" reports", file=sys.stderr, disable=not progress,
               dynamic_ncols=True)

    def flush() -> None:
        nonlocal pipeline
        if not pending:
            return
        if pipeline is None:
            pipeline = make_pipeline()
        for report, result in zip(pending, extract_each(pipeline, pending)):
            if isinstance(result, ReadError):
                summary.failed.append(result)
                continue
            try:
                saved = store.save(result)
            except StoreUnwritable as exc:
                summary.failed.append(ReadError(report.origin or report.id, f"not stored: {exc}"))
                summary.stopped = str(exc)
                raise _Stop from None
            except Exception as exc:  # noqa: BLE001 - the store rolled back; report why
                summary.failed.append(ReadError(report.origin or report.id, f"not stored: {exc}"))
                continue
            if saved.status == "duplicate":
                summary.duplicates.append(Duplicate(report.origin or "", report.id,
                                                    saved.duplicate_of or ""))
            else:
                summary.stored.append(report.id)
        bar.update(len(pending))
        pending.clear()

    try:
        for item in items:
            if isinstance(item, ReadError):
                summary.failed.append(item)
                bar.update(1)
                continue
            summary.warnings += [f"{item.origin}: {w}" for w in item.warnings]
            dup = store.find_duplicate(item.content_hash) or seen.get(item.content_hash)
            if dup:
                summary.duplicates.append(Duplicate(item.origin or "", item.id, dup))
                bar.update(1)
                continue
            seen[item.content_hash] = item.id
            pending.append(item)
            if len(pending) >= chunk:
                flush()
        flush()
    except _Stop:
        pass
    except KeyboardInterrupt as exc:
        stored = set(summary.stored)
        raise IngestInterrupted(summary, sum(r.id not in stored for r in pending)) from exc
    finally:
        bar.close()
    return summary
