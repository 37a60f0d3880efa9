"""One worker process extracting one report at a time, each within a hard time limit.

    worker = TimedWorker(make_pipeline, seconds=300)
    for result in worker.run_many(reports):   # an Extraction, or a ReadError naming the report
        ...
    worker.close()

For callers that are not a process's main thread (the web server's request threads), where
the pipeline's own limit (SIGALRM) cannot ring. The parent waits ``seconds`` (plus
``grace``) for each report; past that it kills the worker, which stops the work whatever it
is doing (a C call included), and starts a fresh one for the next report. Inside the worker
(its main thread) the pipeline's own limit still applies and usually answers first, without
the cost of a reload. The worker never writes to a store: a report stopped half-way leaves
nothing behind, and the caller stores only what comes back whole.

The model is loaded once per worker, outside any report's time (``worker.load``, waited for
up to ``load_seconds``).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..ingest.base import ReadError
from ..records import Extraction, Report
from .worker import init_process, load, run_task


class TimedWorker:
    """A ``PipelineLike`` whose ``run_many`` never raises for a report: each result is the
    report's Extraction or a ReadError naming it (stopped at the limit, failed, or its
    worker died). ``advice`` is how the user raises the limit (a flag that exists)."""

    def __init__(self, make_pipeline: Callable[[], Any], seconds: float, *,
                 grace: float | None = None, load_seconds: float = 600.0,
                 advice: str = "--max-seconds-per-report") -> None:
        self.make_pipeline = make_pipeline
        self.seconds = seconds
        # time for the worker's own limit to answer first (default: half the limit, 5 s at most)
        self.grace = min(5.0, seconds / 2) if grace is None else grace
        self.load_seconds = load_seconds
        self.advice = advice
        self.pool: ProcessPoolExecutor | None = None
        self.restarts = 0  # workers killed at the limit or found dead

    def run(self, report: Report) -> Extraction | ReadError:
        return next(self.run_many([report]))

    def run_many(self, reports: Iterable[Report]) -> Iterator[Extraction | ReadError]:
        for report in reports:
            yield self._one(report)

    def _one(self, report: Report) -> Extraction | ReadError:
        where = report.origin or report.id
        try:
            pool = self._ready()
        except Exception as exc:  # noqa: BLE001 - the model cannot load: each report says so
            self._stop()
            return ReadError(where, f"report {report.id}: cannot load the pipeline in a worker "
                                    f"process ({type(exc).__name__}: {exc})")
        future = pool.submit(run_task, [report])
        try:
            done = future.result(timeout=self.seconds + self.grace)
        except FutureTimeout:
            self.restarts += 1
            self._stop()
            return ReadError(where, f"report {report.id}: extraction stopped after "
                                    f"{self.seconds:g} s, the limit per report (raise it with "
                                    f"{self.advice}, 0 for none); its worker process was "
                                    "stopped")
        except BrokenProcessPool:
            self.restarts += 1
            self._stop()
            return ReadError(where, f"report {report.id}: the worker process extracting it "
                                    "died (killed, or out of memory)")
        return done.results[0]

    def _ready(self) -> ProcessPoolExecutor:
        if self.pool is None:
            pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=init_process,
                                       initargs=(self.make_pipeline,))
            self.pool = pool
            pool.submit(load).result(timeout=self.load_seconds)
        return self.pool

    def _stop(self) -> None:
        """Kill the worker (whatever it is doing); the next report starts a fresh one."""
        if self.pool is None:
            return
        for p in list(getattr(self.pool, "_processes", {}).values()):
            p.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None

    def close(self) -> None:
        self._stop()
