"""The ``fogofwar extract`` interface as a library function: JSONL lines in, dicts out.

Output objects come in input order, one per non-blank input line, with every key of the
design's interface; ``text`` is returned when the input was HTML (offsets refer to it); a
bad line, or a report the pipeline fails on, becomes ``{"id", "error"}``. No store involved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from typing import TYPE_CHECKING

from ..records import Extraction, Report
from .base import IngestOptions, ReadError
from .batch import TASK_CHARS, PipelineLike
from .jsonl import Parsed, iter_lines

if TYPE_CHECKING:
    from ..engines import EngineOptions


def error_line(rid: str | None, n: int, reason: str) -> dict[str, Any]:
    return {"id": rid if rid is not None else f"line-{n}", "error": reason}


def extract_lines(lines: Iterable[str | bytes], make_pipeline: Callable[[], PipelineLike],
                  options: IngestOptions = IngestOptions(), *, chunk: int = 16,
                  name: str = "stdin", include_text: bool = False,
                  engine: "EngineOptions | None" = None) -> Iterator[dict[str, Any]]:
    """Extract every JSONL line; yields one output object per input object, in order.

    ``engine`` says where extraction runs (default: in this process); the output is the
    same whatever it is. ``extract_lines_with_stats`` also gives the workers' figures."""
    yield from extract_lines_with_stats(lines, make_pipeline, options, chunk=chunk, name=name,
                                        include_text=include_text, engine=engine)[0]


def extract_lines_with_stats(lines: Iterable[str | bytes],
                             make_pipeline: Callable[[], PipelineLike],
                             options: IngestOptions = IngestOptions(), *, chunk: int = 16,
                             name: str = "stdin", include_text: bool = False,
                             engine: "EngineOptions | None" = None):
    """``extract_lines`` and the engine's stats (filled in as the output is consumed)."""
    from ..engines import EngineOptions, EngineStats, open_engine, tasks_of

    engine = engine or EngineOptions()
    stats = EngineStats(engine.engine, engine.jobs)

    def items() -> Iterator[tuple[tuple[int, Parsed], Report | None]]:
        for n, parsed in iter_lines(lines, name, options):
            yield (n, parsed), parsed.result if isinstance(parsed.result, Report) else None

    def out() -> Iterator[dict[str, Any]]:
        with open_engine(make_pipeline, engine) as workers:
            workers.stats = stats
            for batch, results in workers.map(tasks_of(items(), chunk, TASK_CHARS)):
                it = iter(results)
                for n, parsed in batch:
                    if isinstance(parsed.result, ReadError):
                        yield error_line(parsed.id, n, parsed.result.reason)
                        continue
                    yield output_object(parsed, next(it), n, include_text)

    return out(), stats


def output_object(parsed: Parsed, ex: Extraction | ReadError, n: int,
                  include_text: bool) -> dict[str, Any]:
    """One output line: the extraction's interface dict, or ``{"id", "error"}``."""
    if isinstance(ex, ReadError):
        return error_line(parsed.result.id, n, ex.reason)
    d = ex.to_dict(include_text=include_text or parsed.was_html)
    d["language"] = parsed.result.language  # None: too little text to tell
    warnings = list(parsed.result.warnings) + list(ex.warnings)
    if warnings:
        d["warnings"] = warnings
    return d
