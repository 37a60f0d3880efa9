"""Worker processes on this machine: ``concurrent.futures.ProcessPoolExecutor``.

``spawn`` start method: each worker is a fresh interpreter (no inherited threads, locks or
database connections of the parent) that loads the model and the gazetteer once.
``max_tasks_per_child`` replaces a worker after that many tasks, which bounds how far its
memory can grow (spaCy's string store grows with every new word it sees).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..records import Report
from . import TaskResult, WorkerDied
from .worker import init_process, run_task


class Processes:
    def __init__(self, make_pipeline: Callable[[], Any], jobs: int, worker_tasks: int) -> None:
        self.make_pipeline = make_pipeline
        self.jobs = jobs
        self.worker_tasks = worker_tasks or None
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_process, initargs=(self.make_pipeline,),
                                   max_tasks_per_child=self.worker_tasks)

    def submit(self, reports: list[Report]) -> Future:
        try:
            return self.pool.submit(run_task, reports)
        except BrokenProcessPool as exc:
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def result(self, handle: Future) -> TaskResult:
        try:
            return handle.result()
        except BrokenProcessPool as exc:
            raise WorkerDied(_why(exc)) from None

    def restart(self) -> None:
        self.close(kill=True)
        self.pool = self._new_pool()

    def close(self, kill: bool = False) -> None:
        if kill:
            # The executor has no public way to stop a running task; its processes do.
            for p in list(getattr(self.pool, "_processes", {}).values()):
                p.kill()
        self.pool.shutdown(wait=True, cancel_futures=True)


def _why(exc: BaseException) -> str:
    text = str(exc)
    if "terminated abruptly" in text:
        return "killed, or out of memory"
    return text or type(exc).__name__
