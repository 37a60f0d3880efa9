"""Command ``reprocess``: re-extract stored reports from their stored text (issue 15).

A thin wrapper over ``fogofwar.reprocess``: select the reports (the query filters, and
``--stale`` for those extracted by another pipeline or gazetteer than the current one),
re-extract each in one transaction, re-fuse when a fused report changed.
"""

from __future__ import annotations

import sys

import click

from . import main
from ..store.cells import json_text, printable
from .common import (db_option, filter_options, make_filters, open_store, pipeline_factory,
                     pipeline_options)
from .workers import engine_options, worker_options


@main.command("reprocess")
@db_option
@filter_options
@click.option("--stale", is_flag=True,
              help="Only reports extracted by another pipeline version or gazetteer than the "
                   "current ones (`fogofwar reports` shows them).")
@pipeline_options
@worker_options
@click.option("--config", "config_path", default=None, metavar="TOML",
              help="Analyst settings used to re-fuse the incidents (as `fogofwar incidents`).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.pass_context
def reprocess_cmd(ctx, db, since, until, place, event_type, source, report_ids, limit, stale,
                  model, gazetteer, batch_size, max_seconds_per_report, jobs, engine,
                  ray_address, worker_tasks, config_path, progress, as_json):
    """Re-extract stored reports from their stored text, after `gazetteer add`, a new
    fogofwar or another model.

    Each report is one transaction: its places, times, actors, events and claims are
    replaced together, or (on an error, a kill, Ctrl-C) its old extraction stays whole.
    When a report that was fused into incidents changes, the incidents are fused again
    (from scratch, in date order, as one run would). Filters select by publication date
    (--since/--until), outlet or source (--source) and id (--report). Exit code 1 if any
    report failed.
    """
    from tqdm import tqdm

    from ..engines import EngineError

    from ..provenance import current
    from ..query_aliases import resolve_filters
    from ..reprocess import reprocess, select
    from .incidents import _config

    config = _config(config_path)
    engine_opts = engine_options(ctx, jobs, engine, ray_address, worker_tasks)
    f = make_filters(since=since, until=until, place=place, event_type=event_type,
                     source=source, report_ids=report_ids, limit=limit)
    store = open_store(db)
    try:
        ids = select(store, resolve_filters(store.db, f), stale_only=stale,
                     now=current(model, gazetteer))
        if not ids:
            click.echo("nothing to reprocess" + (" (no stale report)" if stale else ""),
                       err=True)
            if as_json:
                click.echo(json_text({"changed": [], "unchanged": 0, "failed": [],
                                      "warnings": [], "incidents_refused": None}))
            return
        bar = tqdm(total=len(ids), desc="reprocess", unit=" reports", file=sys.stderr,
                   disable=not (sys.stderr.isatty() if progress is None else progress),
                   dynamic_ncols=True)
        try:
            summary = reprocess(store, ids,
                                pipeline_factory(ctx, model, gazetteer, batch_size),
                                chunk=batch_size, config=config, engine=engine_opts,
                                on_report=lambda _rid: bar.update(1))
        except EngineError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            bar.close()
            click.echo("interrupted: the reports re-extracted so far are stored whole, the "
                       "others keep their old extraction; run the same command again (with "
                       "--stale, only those not done yet)", err=True)
            ctx.exit(130)
        bar.close()
    finally:
        store.close()
    if as_json:
        click.echo(json_text(summary.to_dict()))
    echo = lambda s: click.echo(printable(s), err=True)  # noqa: E731
    echo(f"reprocessed: {len(summary.changed) + len(summary.unchanged)}  changed: "
         f"{len(summary.changed)}  unchanged: {len(summary.unchanged)}  failed: "
         f"{len(summary.failed)}")
    for w in summary.warnings:
        echo(f"  warning  {w}")
    for fail in summary.failed:
        echo(f"  FAILED   {fail.origin}: {fail.reason}")
    if summary.refused is not None:
        echo(f"incidents fused again from {summary.refused} report(s): a fused report changed")
    if summary.stopped:
        echo(f"stopped: {summary.stopped}. The reports done are stored whole; run the same "
             "command again (with --stale) to go on")
    ctx.exit(0 if summary.ok else 1)
