"""Where extraction runs: in this process, in worker processes, or on a Ray cluster.

    engine = open_engine(make_pipeline, EngineOptions(jobs=4))
    for key, results in engine.map(tasks):   # tasks: (key, [Report, ...]); results in order
        ...                                  # one Extraction or ReadError per report
    engine.close(); engine.stats.to_dict()   # workers and their peak memory

Whatever the engine, results come back in task order, so the caller (the one writer of the
store, or the one writer of stdout) sees exactly what a serial run would. Each worker loads
the model and the gazetteer once (on its first task) and runs ``ingest.batch.extract_each``
over a task, so a bad report becomes a ``ReadError`` there as it does here. A worker that
dies (killed, out of memory) loses no report: its task is run again report by report, and
the report it dies on alone is reported failed, naming it.
"""

from __future__ import annotations

import itertools
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ..ingest.base import ReadError
from ..records import Report

K = TypeVar("K")
Results = list  # list[records.Extraction | ReadError], one per report of a task, in order

ENGINES = ("local", "ray")


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class EngineOptions:
    """``engine``: "local" (this machine) or "ray"; ``jobs``: worker processes or Ray actors
    (local, 1: everything in this process); ``worker_tasks``: tasks a local worker process
    runs before it is replaced by a fresh one (bounds the growth of its memory; 0: never);
    ``in_flight``: tasks queued per worker (bounds the memory of the reports waiting)."""

    engine: str = "local"
    jobs: int = 1
    worker_tasks: int = 64
    in_flight: int = 2
    ray_address: str | None = None

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"engine {self.engine!r}: use one of {', '.join(ENGINES)}")
        if self.jobs < 1:
            raise ValueError("jobs must be at least 1")


@dataclass
class TaskResult:
    """What a worker sends back for one task: its results, who ran it, its peak memory."""

    results: Results
    worker: str
    peak_rss_mb: float


@dataclass
class EngineStats:
    """Workers seen and the peak resident memory of each (MB), for the run's summary."""

    engine: str
    jobs: int
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # worker -> MB
    replaced: int = 0  # workers that died and were replaced

    @property
    def parallel(self) -> bool:
        """Workers outside this process (their figures are worth a line)."""
        return self.engine != "local" or self.jobs > 1

    def note(self, r: TaskResult) -> None:
        self.peak_rss_mb[r.worker] = max(r.peak_rss_mb, self.peak_rss_mb.get(r.worker, 0.0))

    def to_dict(self) -> dict[str, Any]:
        peaks = sorted(self.peak_rss_mb.values(), reverse=True)
        return {"engine": self.engine, "jobs": self.jobs, "workers_used": len(peaks),
                "peak_rss_mb_per_worker": round(peaks[0], 1) if peaks else None,
                # the largest ``jobs`` peaks together: a bound on the memory at any moment
                "peak_rss_mb_total": round(sum(peaks[: self.jobs]), 1) if peaks else None,
                "workers_replaced": self.replaced}

    def line(self) -> str:
        d = self.to_dict()
        if not d["workers_used"]:
            return f"workers: {self.jobs} ({self.engine}), none needed"
        return (f"workers: {self.jobs} ({self.engine}); peak memory {d['peak_rss_mb_per_worker']:.0f} MB "
                f"per worker (largest), {d['peak_rss_mb_total']:.0f} MB together"
                + (f"; {self.replaced} worker(s) died and were replaced" if self.replaced else ""))


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class EngineError(RuntimeError):
    """The engine cannot start (Ray missing or unreachable, a pipeline that cannot be sent
    to workers): a message for the user."""


class WorkerDied(Exception):
    """The worker running a task died (killed, out of memory): its results are lost."""


class Backend(Protocol):
    """A pool of workers: submit a task, wait for its result, or replace dead workers."""

    def submit(self, reports: list[Report]) -> Any: ...

    def result(self, handle: Any) -> TaskResult: ...  # raises WorkerDied

    def restart(self) -> None: ...

    def close(self, kill: bool = False) -> None: ...


class Engine:
    """Runs tasks on a backend, ``limit`` tasks in flight at most, results in order.

    The backend (worker processes, a Ray connection) is started on first need: a run with
    nothing to extract starts none, and an input that fits in one task is extracted in
    this process, sparing the workers' start-up (the output is the same)."""

    def __init__(self, make_backend: Callable[[], Backend], stats: EngineStats, limit: int,
                 make_pipeline: Callable[[], Any] | None = None) -> None:
        self.make_backend = make_backend
        self.make_pipeline = make_pipeline
        self.backend: Backend | None = None
        self.stats = stats
        self.limit = max(1, limit)

    def map(self, tasks: Iterable[tuple[K, list[Report]]]) -> Iterator[tuple[K, Results]]:
        it = iter(tasks)
        head = list(itertools.islice(it, 2))
        if len(head) == 1 and self.make_pipeline is not None:
            # all the input in one task: here, not worth starting workers for
            self.backend = InProcess(self.make_pipeline)
            self.stats.engine, self.stats.jobs = "local", 1
        yield from self._map(itertools.chain(head, it))

    def _map(self, it: Iterator[tuple[K, list[Report]]]) -> Iterator[tuple[K, Results]]:
        pending: deque = deque()  # (key, reports, handle or None)
        more = True
        while True:
            while more and len(pending) < self.limit:
                try:
                    key, reports = next(it)
                except StopIteration:
                    more = False
                    break
                pending.append((key, reports, self._submit(reports)))
            if not pending:
                return
            key, reports, handle = pending.popleft()
            if handle is None:
                yield key, []
                continue
            try:
                done = self.backend.result(handle)
            except WorkerDied as exc:
                lost = [(k, r) for k, r, _h in pending]
                pending.clear()
                self._replace()
                yield key, self._isolate(reports, exc)
                pending.extend((k, r, self._submit(r)) for k, r in lost)
                continue
            self.stats.note(done)
            yield key, done.results

    def _submit(self, reports: list[Report]) -> Any:
        if not reports:
            return None
        if self.backend is None:
            self.backend = self.make_backend()
        return self.backend.submit(reports)

    def _replace(self) -> None:
        self.stats.replaced += 1
        self.backend.restart()

    def _isolate(self, reports: list[Report], first: WorkerDied) -> Results:
        """Run a task whose worker died again, one report at a time: the one a worker dies
        on alone fails, naming it; the others get through."""
        out: Results = []
        for r in reports:
            try:
                done = self.backend.result(self.backend.submit([r]))
            except WorkerDied as exc:
                self._replace()
                out.append(ReadError(r.origin or r.id, f"report {r.id}: the worker process "
                                                        f"extracting it died ({exc or first})"))
                continue
            self.stats.note(done)
            out.extend(done.results)
        return out

    def close(self, kill: bool = False) -> None:
        if self.backend is not None:
            self.backend.close(kill=kill)

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # interrupted or failed: stop the workers now rather than let them finish their queue
        self.close(kill=exc_type is not None)


class InProcess:
    """The backend of ``jobs=1``: the pipeline in this process, made on first need."""

    def __init__(self, make_pipeline: Callable[[], Any]) -> None:
        self.make_pipeline = make_pipeline
        self.pipeline = None

    def submit(self, reports: list[Report]) -> list[Report]:
        return reports  # run when the result is asked for, so nothing is read ahead

    def result(self, reports: list[Report]) -> TaskResult:
        from ..ingest.batch import extract_each

        if self.pipeline is None:
            self.pipeline = self.make_pipeline()
        return TaskResult(extract_each(self.pipeline, reports), f"pid {os.getpid()}",
                          peak_rss_mb())

    def restart(self) -> None:
        pass

    def close(self, kill: bool = False) -> None:
        pass


def open_engine(make_pipeline: Callable[[], Any], options: EngineOptions = EngineOptions()
                ) -> Engine:
    """An engine for ``options``; the pipeline factory must pickle for any engine but a
    local one with one job (workers build their own pipeline from it)."""
    if options.engine == "local" and options.jobs == 1:
        return Engine(lambda: InProcess(make_pipeline), EngineStats("local", 1), 1)
    try:
        pickle.dumps(make_pipeline)
    except Exception as exc:  # noqa: BLE001 - any pickling failure means the same thing
        raise EngineError(f"the pipeline factory cannot be sent to worker processes ({exc}); "
                          "run with --jobs 1") from None

    def backend() -> Backend:
        if options.engine == "ray":
            from .ray_actors import RayActors

            return RayActors(make_pipeline, options.jobs, options.ray_address)
        from .processes import Processes

        return Processes(make_pipeline, options.jobs, options.worker_tasks)

    return Engine(backend, EngineStats(options.engine, options.jobs),
                  options.in_flight * options.jobs, make_pipeline)


def tasks_of(items: Iterable[tuple[K, Report | None]], max_reports: int,
             max_chars: int | None = None) -> Iterator[tuple[list[K], list[Report]]]:
    """Group a stream of (key, report or None) into tasks of at most ``max_reports`` reports
    and, if given, about ``max_chars`` characters (a task closes once it holds that much);
    keys without a report ride along with the task they came in, in order."""
    keys: list[K] = []
    reports: list[Report] = []
    chars = 0
    for key, report in items:
        keys.append(key)
        if report is None:
            continue
        reports.append(report)
        chars += len(report.text)
        if len(reports) >= max_reports or (max_chars is not None and chars >= max_chars):
            yield keys, reports
            keys, reports, chars = [], [], 0
    if keys:
        yield keys, reports
