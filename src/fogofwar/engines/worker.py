"""The worker side: one pipeline per worker process, built on its first task.

Used by both the local process pool (module functions, state in module globals) and the
Ray actors (``ExtractWorker``). Workers never write to a store: they send their results to
the parent, the one writer.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from ..records import Report
from . import TaskResult, peak_rss_mb


class ExtractWorker:
    """Holds the pipeline factory; ``run(reports)`` extracts a task."""

    def __init__(self, make_pipeline: Callable[[], Any]) -> None:
        self.make_pipeline = make_pipeline
        self.pipeline = None
        self.name = f"pid {os.getpid()}"

    def run(self, reports: list[Report]) -> TaskResult:
        from ..ingest.batch import extract_each

        if self.pipeline is None:
            self.pipeline = self.make_pipeline()
        return TaskResult(extract_each(self.pipeline, reports), self.name, peak_rss_mb())


_worker: ExtractWorker | None = None


def init_process(make_pipeline: Callable[[], Any]) -> None:
    """Initializer of a local worker process. Ctrl-C is the parent's to handle (it stops
    the workers), and a worker whose parent is gone (killed) exits rather than linger."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = ExtractWorker(make_pipeline)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="fogofwar-parent-watch", daemon=True).start()


def load() -> str:
    """Build the worker's pipeline now (the model and the gazetteer); the worker's name.
    Lets a parent that times tasks leave the loading out of the first task's time."""
    assert _worker is not None, "init_process was not called"
    if _worker.pipeline is None:
        _worker.pipeline = _worker.make_pipeline()
    return _worker.name


def run_task(reports: list[Report]) -> TaskResult:
    assert _worker is not None, "init_process was not called"
    return _worker.run(reports)
