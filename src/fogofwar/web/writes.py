"""``POST /api/reports``: ingest reports sent in the request body, as ``fogofwar ingest``.

The body is read by the ingest readers (``ingest.sources.read_bytes``): the format from the
Content-Type (``text/plain`` with an optional ``Key: value`` header, ``text/html``,
``application/json`` one object or an array, ``application/x-ndjson`` JSONL, RSS/Atom),
else sniffed as from standard input. Each report is extracted and stored in one transaction
(``ingest.batch.ingest_reports``), then the store's unfused reports are fused, as
``fogofwar incidents`` would.

Writes need ``Authorization: Bearer <token>``, compared in constant time
(``hmac.compare_digest``); the token is never logged or echoed. Without a configured token
writes are off (403); a missing or wrong token is 401, and nothing is read or written. A
body over the app's ``max_body`` is 413 (by its Content-Length, or while it streams in).
Writes run one at a time (the pipeline is loaded once, on the first write).

Each report has a time limit (``create_app(report_seconds=...)``, ``fogofwar serve
--max-seconds-per-report``, 300 s by default): the pipeline's own limit (SIGALRM) rings only
in a main thread, so reports are extracted in one worker process (``engines.timed``), which
is killed at the limit. That report is then in ``failed`` naming the limit, the others are
stored, and nothing of it is (the store is written here, only with whole extractions).
"""

from __future__ import annotations

import hmac
from functools import partial
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..ingest.base import IngestOptions
from .errors import ApiError

router = APIRouter(prefix="/api")

ORIGIN = "POST /api/reports"
_FORMATS = {"text/plain": "text", "text/markdown": "text", "text/html": "html",
            "application/xhtml+xml": "html", "application/json": "json",
            "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
            "application/x-jsonlines": "jsonl", "application/rss+xml": "feed",
            "application/atom+xml": "feed", "application/xml": "feed", "text/xml": "feed"}


def check_token(request: Request) -> None:
    """403 when writes are off, 401 unless the bearer token matches (constant time)."""
    token: str | None = request.app.state.token
    if not token:
        raise ApiError(403, "writes are off: start `fogofwar serve` with $FOGOFWAR_TOKEN or "
                            "--token-file to allow them")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    ok = hmac.compare_digest(given.strip().encode("utf-8", "replace"), token.encode("utf-8"))
    if scheme.lower() != "bearer" or not ok:
        raise ApiError(401, "a valid bearer token is required (Authorization: Bearer ...)",
                       headers={"WWW-Authenticate": 'Bearer realm="fogofwar"'})


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 past ``limit`` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            n = int(declared)
        except ValueError:
            raise ApiError(400, "Content-Length is not a number") from None
        if n > limit:
            raise ApiError(413, f"request body of {n:,} bytes is over the limit of {limit:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def body_format(content_type: str | None, data: bytes) -> str:
    """The reader for a body: by its media type, else sniffed (as standard input is)."""
    from ..ingest.sources import detect_format

    media = (content_type or "").split(";")[0].strip().lower()
    return _FORMATS.get(media) or detect_format(data)


def _pipeline(app) -> Any:
    """The app's pipeline, built on the first write (tests inject ``make_pipeline``): in a
    worker process with a time limit per report, or with none in this thread."""
    if getattr(app.state, "pipeline", None) is None:
        seconds = app.state.report_seconds
        make = app.state.make_pipeline
        if make is None:
            from ..pipeline import Pipeline, PipelineOptions

            make = partial(Pipeline, PipelineOptions(max_seconds=seconds))
        if seconds:
            from ..engines.timed import TimedWorker

            app.state.pipeline = TimedWorker(make, seconds,
                                             advice="fogofwar serve --max-seconds-per-report")
        else:
            app.state.pipeline = make()
    return app.state.pipeline


def ingest_body(app, data: bytes, fmt: str) -> dict[str, Any]:
    """Read, extract, store (one transaction per report) and fuse; the summary as JSON."""
    from ..incidents import fuse_pending
    from ..ingest.batch import ingest_reports
    from ..ingest.sources import read_bytes

    options = IngestOptions(max_bytes=max(app.state.max_body, 1))
    with app.state.write_lock, app.state.pool.store() as store:
        summary = ingest_reports(read_bytes(data, ORIGIN, fmt, options), store,
                                 lambda: _pipeline(app))
        fused = fuse_pending(store.db, app.state.config) if summary.stored else []
        incidents: set[str] = set()
        for r in fused:
            incidents |= {j.incident_id for j in r.joins}
    out = summary.to_dict()
    out["stored"] = list(summary.stored)
    out["duplicates"] = [{"report_id": d.report_id, "duplicate_of": d.duplicate_of}
                         for d in summary.duplicates]
    out["fused"] = sum(r.status == "fused" for r in fused)
    out["incidents"] = sorted(incidents)
    return out


@router.post("/reports", status_code=201, summary="Ingest reports (needs the bearer token)",
             responses={201: {"description": "stored"}, 200: {"description": "nothing new"},
                        401: {"description": "no valid token"},
                        403: {"description": "writes are off"},
                        413: {"description": "body too large"},
                        422: {"description": "nothing could be stored"}})
async def post_reports(request: Request) -> JSONResponse:
    """Ingest the reports in the body, as `fogofwar ingest` would, and fuse them.

    Answers ``{"stored": [ids], "duplicates": [...], "failed": [{"origin", "reason"}],
    "warnings", "fused": n, "incidents": [ids the new reports joined or started]}``: 201
    when a report was stored, 200 when all were known already, 422 when none could be."""
    check_token(request)
    data = await read_body(request, request.app.state.max_body)
    if not data.strip():
        raise ApiError(400, "the request body is empty: send a report (text, HTML, JSON, "
                            "JSONL or a feed)")
    fmt = body_format(request.headers.get("content-type"), data)
    out = await run_in_threadpool(ingest_body, request.app, data, fmt)
    status = 201 if out["stored"] else (200 if out["duplicates"] and not out["failed"] else 422)
    return JSONResponse(out, status_code=status)
