"""Options saying where extraction runs: ``--jobs``, ``--engine``, ``--ray-address``,
``--worker-tasks`` (ingest and extract), turned into ``engines.EngineOptions``."""

from __future__ import annotations

from collections.abc import Callable

import click

from ..engines import ENGINES, EngineOptions, default_jobs


def worker_options(f: Callable) -> Callable:
    f = click.option("--jobs", "-j", default=None, type=click.IntRange(1), metavar="N",
                     help="Worker processes (or Ray actors) extracting in parallel, each "
                          "loading the model and gazetteer once [default: this machine's "
                          "cores; 1: all in this process]. Output and store are the same "
                          "as with --jobs 1.")(f)
    f = click.option("--engine", default="local", show_default=True,
                     type=click.Choice(list(ENGINES)),
                     help="local: worker processes here; ray: actors on a Ray cluster "
                          "(--ray-address, else $RAY_ADDRESS, else a local Ray).")(f)
    f = click.option("--ray-address", default=None, metavar="ADDR",
                     help="Address of a running Ray cluster (with --engine ray).")(f)
    f = click.option("--worker-tasks", default=64, show_default=True, type=click.IntRange(0),
                     metavar="N", help="Replace a worker process after this many tasks, "
                                       "which bounds its memory (0: never).")(f)
    return f


def engine_options(ctx: click.Context, jobs: int | None, engine: str,
                   ray_address: str | None, worker_tasks: int) -> EngineOptions:
    """The options; with no --jobs: every core, except for a pipeline injected by a
    program or test (it runs in this process unless told otherwise)."""
    if jobs is None:
        injected = bool((ctx.find_root().obj or {}).get("make_pipeline"))
        jobs = 1 if injected and engine == "local" else default_jobs()
    if ray_address and engine != "ray":
        raise click.BadParameter("--ray-address needs --engine ray", param_hint="--ray-address")
    return EngineOptions(engine=engine, jobs=jobs, worker_tasks=worker_tasks,
                         ray_address=ray_address)
