"""Core commands: ingest, extract, demo (and, from query.py, events/claims/reports/export).

Each command is a thin wrapper over a library function (``ingest.batch.ingest``,
``ingest.extract.extract_lines``, ``Store`` queries); see common.py for injection.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..engines import EngineError
from ..ingest.base import MB, IngestOptions
from ..store.cells import json_text, printable
from . import main
from .common import db_option, open_store, pipeline_factory, pipeline_options
from .workers import engine_options, worker_options

# The checkout's examples/ (src layout, editable install); else ./examples.
_REPO_EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
EXAMPLES = _REPO_EXAMPLES if _REPO_EXAMPLES.is_dir() else Path("examples")


def _ingest_options(max_size: float) -> IngestOptions:
    return IngestOptions(max_bytes=int(max_size * MB))


def _max_size_option(f):
    return click.option("--max-size", default=20.0, show_default=True, type=click.FloatRange(0),
                        metavar="MB", help="Refuse any input (file, stdin, JSONL line) larger "
                                           "than this many megabytes.")(f)


def print_summary(summary, err=True) -> None:
    """The end-of-run summary: counts, then each failure with its input and reason."""
    echo = lambda s="": click.echo(printable(s), err=err)  # noqa: E731
    echo(f"stored: {len(summary.stored)}  skipped as duplicates: {len(summary.duplicates)}  "
         f"failed: {len(summary.failed)}")
    for w in summary.warnings:
        echo(f"  warning  {w}")
    for f in summary.failed:
        echo(f"  FAILED   {f.origin}: {f.reason}")
    stats = getattr(summary, "engine", None)
    if stats is not None and stats.parallel and stats.peak_rss_mb:
        echo(stats.line())
    if getattr(summary, "stopped", None):
        echo(f"stopped: {summary.stopped}. The reports stored above are complete; make room "
             "(or make the database writable) and run the same command again to go on "
             "(stored reports are skipped)")


def print_interrupted(exc, err=True) -> None:
    """Ctrl-C: what was stored before it (committed), and how to go on."""
    print_summary(exc.summary, err=err)
    click.echo(f"interrupted: {exc.not_stored} report(s) read but not stored; run the same "
               "command again to go on (stored reports are skipped)", err=err)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@pipeline_options
@_max_size_option
@worker_options
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.pass_context
def ingest_cmd(ctx, paths, db, model, gazetteer, batch_size, max_seconds_per_report,
               max_size, jobs, engine, ray_address, worker_tasks, progress, as_json):
    """Read reports from PATHS (files, folders, '-' for stdin), extract and store them.

    Formats: plain text (.txt, optional 'Key: value' header), HTML, JSONL, RSS/Atom. The
    same report twice is stored once (by content hash). Exit code 1 if any input failed.
    """
    from ..ingest.batch import IngestInterrupted, ingest

    engine_opts = engine_options(ctx, jobs, engine, ray_address, worker_tasks)
    store = open_store(db)
    try:
        summary = ingest(paths, store, pipeline_factory(ctx, model, gazetteer, batch_size),
                         _ingest_options(max_size), chunk=batch_size,
                         progress=sys.stderr.isatty() if progress is None else progress,
                         engine=engine_opts)
    except EngineError as exc:
        raise click.ClickException(str(exc)) from None
    except IngestInterrupted as exc:
        print_interrupted(exc)
        ctx.exit(130)
    finally:
        store.close()
    if as_json:
        click.echo(json_text(summary.to_dict()))
    print_summary(summary)
    ctx.exit(0 if summary.ok else 1)


@main.command("extract")
@pipeline_options
@_max_size_option
@worker_options
@click.option("--with-text", is_flag=True,
              help="Return each report's text (always returned for HTML input).")
@click.pass_context
def extract_cmd(ctx, model, gazetteer, batch_size, max_seconds_per_report, max_size,
                jobs, engine, ray_address, worker_tasks, with_text):
    """JSONL on stdin -> JSONL on stdout: places, times, actors, claims, events per report.

    Input objects: {"id"?, "text" | "html", "published"?, "source"?, "url"?, "title"?}.
    Output: one object per input line, in order; a bad line gives {"id", "error"}.
    Exit code 1 if any line gave an error. Nothing is stored.
    """
    from ..ingest.extract import extract_lines_with_stats
    from ..ingest.sources import _limited_lines

    options = _ingest_options(max_size)
    engine_opts = engine_options(ctx, jobs, engine, ray_address, worker_tasks)
    failed = 0
    out = sys.stdout
    objs, stats = extract_lines_with_stats(
        _limited_lines(sys.stdin.buffer, options),
        pipeline_factory(ctx, model, gazetteer, batch_size), options, chunk=batch_size,
        include_text=with_text, engine=engine_opts)
    try:
        for obj in objs:
            failed += "error" in obj
            for w in obj.get("warnings", ()):
                if w.startswith("language "):  # never silent: nothing was extracted
                    click.echo(printable(f"{obj['id']}: {w}"), err=True)
            out.write(json_text(obj) + "\n")
            out.flush()
    except EngineError as exc:
        raise click.ClickException(str(exc)) from None
    if stats.parallel and stats.peak_rss_mb:
        click.echo(stats.line(), err=True)
    if failed:
        click.echo(f"{failed} input line(s) gave an error (see their 'error' key)", err=True)
    ctx.exit(1 if failed else 0)


@main.command("demo")
@db_option
@pipeline_options
@click.option("--examples", "examples", default=str(EXAMPLES), show_default=True,
              type=click.Path(exists=True, file_okay=True), help="Reports to ingest.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.pass_context
def demo_cmd(ctx, db, model, gazetteer, batch_size, max_seconds_per_report, examples,
             progress):
    """Ingest the example reports into --db and print the events found, with their sources.

    Re-running it is idempotent: reports already stored are skipped.
    """
    from ..ingest.batch import IngestInterrupted, ingest
    from .demo import print_events, print_incidents, serve_hint

    store = open_store(db)
    try:
        click.echo(f"Ingesting {examples} into {store.db.display_url} ...")
        try:
            summary = ingest([examples], store,
                             pipeline_factory(ctx, model, gazetteer, batch_size),
                             IngestOptions(), chunk=batch_size,
                             progress=sys.stderr.isatty() if progress is None else progress)
        except IngestInterrupted as exc:
            print_interrupted(exc, err=False)
            ctx.exit(130)
        print_summary(summary, err=False)
        click.echo()
        print_events(store)
        click.echo()
        print_incidents(store, examples)
        tip = _gazetteer_tip(gazetteer)
        if tip:
            click.echo()
            click.echo(tip)
        click.echo()
        click.echo(serve_hint(store.db.display_url))
    finally:
        store.close()
    ctx.exit(0 if summary.ok else 1)


def _gazetteer_tip(gazetteer: str | None) -> str | None:
    """The demo's closing advice on the gazetteer, or None (also when it cannot be read)."""
    from ..geo.index import GazetteerIndex, default_path
    from .demo import gazetteer_tip

    try:
        idx = GazetteerIndex.open(gazetteer or str(default_path()))
    except Exception:  # noqa: BLE001 - advice only: the demo has already run
        return None
    try:
        return gazetteer_tip(idx.stats())
    finally:
        idx.close()


from . import query  # noqa: E402,F401  (registers events, claims, reports, export)
