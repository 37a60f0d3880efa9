"""The ``fogofwar extract`` interface as a library function: JSONL lines in, dicts out.

Output objects come in input order, one per non-blank input line, with every key of the
design's interface; ``text`` is returned when the input was HTML (offsets refer to it); a
bad line, or a report the pipeline fails on, becomes ``{"id", "error"}``. No store involved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..records import Report
from .base import IngestOptions, ReadError
from .batch import PipelineLike, extract_each
from .jsonl import Parsed, iter_lines


def error_line(rid: str | None, n: int, reason: str) -> dict[str, Any]:
    return {"id": rid if rid is not None else f"line-{n}", "error": reason}


def extract_lines(lines: Iterable[str | bytes], make_pipeline: Callable[[], PipelineLike],
                  options: IngestOptions = IngestOptions(), *, chunk: int = 16,
                  name: str = "stdin", include_text: bool = False) -> Iterator[dict[str, Any]]:
    """Extract every JSONL line; yields one output object per input object, in order."""
    pipeline: PipelineLike | None = None
    batch: list[tuple[int, Parsed]] = []

    def flush() -> Iterator[dict[str, Any]]:
        nonlocal pipeline
        reports = [p.result for _n, p in batch if isinstance(p.result, Report)]
        results = []
        if reports:
            if pipeline is None:
                pipeline = make_pipeline()
            results = extract_each(pipeline, reports)
        it = iter(results)
        for n, parsed in batch:
            if isinstance(parsed.result, ReadError):
                yield error_line(parsed.id, n, parsed.result.reason)
                continue
            ex = next(it)
            if isinstance(ex, ReadError):
                yield error_line(parsed.result.id, n, ex.reason)
                continue
            d = ex.to_dict(include_text=include_text or parsed.was_html)
            warnings = list(parsed.result.warnings) + list(ex.warnings)
            if warnings:
                d["warnings"] = warnings
            yield d
        batch.clear()

    for n, parsed in iter_lines(lines, name, options):
        batch.append((n, parsed))
        if len(batch) >= chunk:
            yield from flush()
    yield from flush()
