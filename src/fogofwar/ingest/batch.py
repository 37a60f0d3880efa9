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
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from ..records import Extraction, Report
from ..store.db import StoreUnwritable
from .base import IngestOptions, ReadError
from .sources import read_paths

if TYPE_CHECKING:
    from ..engines import EngineOptions


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
    engine: Any = None  # engines.EngineStats: the workers and their peak memory

    @property
    def ok(self) -> bool:
        return not self.failed and self.stopped is None

    def to_dict(self) -> dict:
        d = {"stored": len(self.stored), "duplicates": len(self.duplicates),
             "failed": [{"origin": f.origin, "reason": f.reason} for f in self.failed],
             "warnings": list(self.warnings)}
        if self.stopped is not None:
            d["stopped"] = self.stopped
        if self.engine is not None:
            d["workers"] = self.engine.to_dict()
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
           progress: bool = False, stdin: BinaryIO | None = None,
           engine: "EngineOptions | None" = None) -> IngestSummary:
    """Read ``paths``, extract and store every new report; return the summary."""
    return ingest_reports(read_paths(paths, options, stdin=stdin), store, make_pipeline,
                          chunk=chunk, progress=progress, engine=engine)


def ingest_reports(items: Iterable[Report | ReadError], store,
                   make_pipeline: Callable[[], PipelineLike], *, chunk: int = 16,
                   progress: bool = False,
                   engine: "EngineOptions | None" = None) -> IngestSummary:
    """Extract and store every new report of ``items`` (a reader's output: reports and the
    inputs it could not read), one transaction per report; return the summary. ``ingest``
    runs it over paths; ``fogofwar serve`` over a request's body.

    ``engine`` says where extraction runs (default: in this process); whatever it is, this
    process alone writes to the store, in input order, so the store and the summary are
    the same as a serial run's."""
    from tqdm import tqdm

    from ..engines import EngineOptions, open_engine, tasks_of

    engine = engine or EngineOptions()
    summary = IngestSummary()
    # What reading found before each report (read errors, duplicates), logged when that
    # report's turn comes, so the summary keeps input order however far reading runs ahead.
    notes: list[ReadError | Duplicate] = []
    sent = done = 0

    bar = tqdm(desc="ingest", unit=" reports", file=sys.stderr, disable=not progress,
               dynamic_ncols=True)

    def log(note: ReadError | Duplicate) -> None:
        (summary.failed if isinstance(note, ReadError) else summary.duplicates).append(note)
        bar.update(1)

    def to_extract() -> Iterator[tuple[tuple[list, Report | None], Report | None]]:
        nonlocal sent
        seen: dict[str, str] = {}  # content hash -> id, within this batch
        for item in items:
            if isinstance(item, ReadError):
                notes.append(item)
                continue
            summary.warnings += [f"{item.origin}: {w}" for w in item.warnings]
            dup = store.find_duplicate(item.content_hash) or seen.get(item.content_hash)
            if dup:
                notes.append(Duplicate(item.origin or "", item.id, dup))
                continue
            seen[item.content_hash] = item.id
            before = notes[:]
            notes.clear()
            sent += 1
            yield (before, item), item
        if notes:
            yield (notes[:], None), None
            notes.clear()

    def save(report: Report, result: Extraction | ReadError) -> None:
        if isinstance(result, ReadError):
            summary.failed.append(result)
            return
        try:
            saved = store.save(result)
        except StoreUnwritable as exc:
            summary.failed.append(ReadError(report.origin or report.id, f"not stored: {exc}"))
            summary.stopped = str(exc)
            raise _Stop from None
        except Exception as exc:  # noqa: BLE001 - the store rolled back; report why
            summary.failed.append(ReadError(report.origin or report.id, f"not stored: {exc}"))
            return
        if saved.status == "duplicate":
            summary.duplicates.append(Duplicate(report.origin or "", report.id,
                                                saved.duplicate_of or ""))
        else:
            summary.stored.append(report.id)

    try:
        with open_engine(make_pipeline, engine) as workers:
            summary.engine = workers.stats
            for befores, results in workers.map(tasks_of(to_extract(), chunk, TASK_CHARS)):
                reports = iter(results)
                for before, report in befores:
                    for note in before:
                        log(note)
                    if report is not None:
                        save(report, next(reports))
                        done += 1
                        bar.update(1)
    except _Stop:
        pass
    except KeyboardInterrupt as exc:
        raise IngestInterrupted(summary, sent - done) from exc
    finally:
        bar.close()
    return summary


# A task (one nlp.pipe batch at most) closes at this many characters or ``chunk`` reports:
# a few ISW daily reports, or a batch of short posts. Small enough that workers share the
# work and that a worker's memory stays that of a few reports (16 ISW reports parsed
# together peaked at 1.4 GB, three at 450 MB, at the same speed); output is the same.
TASK_CHARS = 60_000
