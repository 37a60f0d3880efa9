"""Workers on a Ray cluster: one actor per worker, each loading the model and gazetteer once.

Imported only with ``--engine ray``. ``address`` is that of a running cluster (``ray start
--head`` on one machine, ``ray start --address=HEAD:6379`` on the others; fogofwar and the
spaCy model installed on every node); without one, ``$RAY_ADDRESS`` is used, else a local
Ray is started for the run. The actors only extract: their results come back to this
process, the store's one writer, so the cluster needs no access to the database.

A Ray started by the run itself goes with it, but a run killed with SIGKILL can leave that
Ray's dashboard and runtime-env agents behind (seen with Ray 2.60): for long or unattended
runs start the cluster with ``ray start --head`` and pass its address.

Tasks go to the actor with the fewest queued (Ray runs an actor's calls one at a time, in
order); results are read in task order. ``ray.util.ActorPool`` hands an actor new work only
when its result is read in order, so one slow report would idle the rest of the pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from ..records import Report
from . import EngineError, TaskResult, WorkerDied
from .worker import ExtractWorker


class RayActors:
    def __init__(self, make_pipeline: Callable[[], Any], workers: int,
                 address: str | None = None) -> None:
        try:
            import ray
        except ImportError as exc:
            raise EngineError("--engine ray needs Ray: pip install 'ray>=2.9'") from exc
        self.ray = ray
        self.started = False
        if not ray.is_initialized():
            address = address or os.environ.get("RAY_ADDRESS") or None
            try:
                ray.init(address=address, include_dashboard=False, log_to_driver=True,
                         configure_logging=False,
                         **({} if address else {"num_cpus": workers}))
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise EngineError(f"cannot start or reach Ray"
                                  f"{f' at {address}' if address else ''}: {exc}") from None
            self.started = True
        self.make_pipeline = make_pipeline
        self.workers = workers
        self.actor_class = ray.remote(num_cpus=1, max_restarts=0)(_RayWorker)
        self._start()

    def _start(self) -> None:
        self.actors = [self.actor_class.remote(self.make_pipeline) for _ in range(self.workers)]
        self.queued = [0] * self.workers

    def submit(self, reports: list[Report]) -> tuple[int, Any]:
        i = min(range(self.workers), key=self.queued.__getitem__)
        self.queued[i] += 1
        return i, self.actors[i].run.remote(reports)

    def result(self, handle: tuple[int, Any]) -> TaskResult:
        i, ref = handle
        try:
            return self.ray.get(ref)
        except (self.ray.exceptions.RayActorError, self.ray.exceptions.WorkerCrashedError) as exc:
            raise WorkerDied(f"Ray worker lost: {type(exc).__name__}") from None
        except self.ray.exceptions.RayTaskError as exc:
            raise exc.as_instanceof_cause() from None  # e.g. the model failed to load
        finally:
            self.queued[i] -= 1

    def restart(self) -> None:
        self._kill()
        self._start()

    def _kill(self) -> None:
        for a in self.actors:
            self.ray.kill(a)
        self.actors = []

    def close(self, kill: bool = False) -> None:
        self._kill()
        if self.started:
            self.ray.shutdown()


class _RayWorker(ExtractWorker):
    def __init__(self, make_pipeline: Callable[[], Any]) -> None:
        super().__init__(make_pipeline)
        import socket

        self.name = f"{socket.gethostname()} pid {os.getpid()}"
