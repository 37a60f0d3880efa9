"""The workbench app: ``create_app(db_url, token=...)`` -> a FastAPI application.

    app = create_app("fogofwar.db")                 # reads; writes off (no token)
    app = create_app("postgresql://...", token=t)   # POST /api/reports with "Bearer t"

On start it opens the store (migrating it), fuses the reports not fused yet and regrades
incidents graded under other reliabilities, as ``fogofwar incidents`` does (and writes the
incident facets a store fused before migration 0004 lacks); a store that
cannot be written (read-only) is served as it is, with a warning in the log. Reports another
process stores later are fused in the background when a list is asked for (refresh.py).
"""

from __future__ import annotations

import logging
import pickle
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from .. import __version__
from ..fuse.config import FuseConfig
from ..pipeline import DEFAULT_MAX_SECONDS
from . import errors
from ..store import incident_facets
from .pool import StorePool
from .refresh import Refresher

log = logging.getLogger("fogofwar.web")

# A request body larger than this is refused with 413 (POST /api/reports).
DEFAULT_MAX_BODY = 2 * 1024 * 1024


def fuse_store(pool: StorePool, config: FuseConfig) -> str | None:
    """Fuse pending reports and regrade stale incidents; the reason if the store cannot
    be written (then what is fused is served), else None."""
    from ..incidents import fuse_pending, list_incidents
    from ..store import unwritable_reason

    with pool.store() as s:
        try:
            fuse_pending(s.db, config)
            list_incidents(s.db, config, limit=0)  # regrades incidents graded otherwise
            incident_facets.fill_missing(s.db)  # a store fused before migration 0004
        except Exception as exc:  # noqa: BLE001 - only 'cannot write' is handled here
            why = unwritable_reason(exc)
            if why is None and "database is locked" in str(exc):
                why = "another process holds the database's write lock"
            if why is None:
                raise
            return why
    return None


def create_app(db_url: str, *, token: str | None = None, config: FuseConfig | None = None,
               make_pipeline: Callable[[], Any] | None = None,
               report_seconds: float | None = DEFAULT_MAX_SECONDS,
               max_body: int = DEFAULT_MAX_BODY, fuse_on_start: bool = True) -> FastAPI:
    """The workbench over the store at ``db_url``.

    ``token``: the bearer token write endpoints require (None: writes are off).
    ``config``: the analyst's settings (reliabilities) incidents are graded with.
    ``make_pipeline``: builds the extraction pipeline on the first write (default: the
    real one; tests inject a fake). ``report_seconds``: the time limit per posted report;
    reports are then extracted in a worker process, killed at the limit
    (``engines.timed``), so ``make_pipeline`` must pickle; None or 0: extracted in the
    request's thread, with no limit. ``max_body``: the largest request body, in bytes."""
    config = config or FuseConfig()
    if report_seconds and make_pipeline is not None:
        try:
            pickle.dumps(make_pipeline)
        except Exception as exc:  # noqa: BLE001 - any pickling failure means the same
            raise ValueError(f"make_pipeline cannot be sent to a worker process ({exc}); "
                             "pass report_seconds=None to extract in the request's thread, "
                             "with no time limit") from None
    pool = StorePool(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if fuse_on_start:
            why = fuse_store(pool, config)
            if why:
                log.warning("stored reports not fused: %s; serving the incidents fused so far",
                            why)
        # every incident has its facets (filled above, and written with every summary
        # from now on): lists run in SQL. Asked once: the check reads every incident.
        with pool.store() as s:
            app.state.facets_complete = not incident_facets.missing(s.db)
        try:
            yield
        finally:
            worker = getattr(app.state, "pipeline", None)
            if hasattr(worker, "close"):  # the extraction worker process (engines.timed)
                worker.close()
            pool.close()

    app = FastAPI(title="fogofwar", version=__version__, lifespan=lifespan,
                  description="The analyst's workbench: incidents, events, claims, sources and "
                              "reports of a fogofwar store. See docs/api.md.")
    app.state.pool = pool
    app.state.config = config
    app.state.facets_complete = None  # None: ask the store (set on start)
    app.state.write_lock = threading.Lock()  # writes and fusing, one at a time
    app.state.refresher = Refresher(pool, config, app.state.write_lock)
    app.state.token = token or None
    app.state.make_pipeline = make_pipeline
    app.state.report_seconds = report_seconds or None
    app.state.pipeline = None  # built on the first write (writes.py)
    app.state.max_body = max_body
    errors.install(app)

    from .api import router as api_router
    from .pages import install as install_pages
    from .writes import router as writes_router

    app.include_router(api_router)
    app.include_router(writes_router)
    install_pages(app)  # the HTML pages, their static files and the basemap (web/pages/)
    return app
