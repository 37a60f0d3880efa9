"""Fusing what other processes stored while the server runs.

``fogofwar ingest`` may write to the store the server reads. The list routes call
:meth:`Refresher.poke`: at most every ``every`` seconds it checks (one indexed query) for
stored reports not fused yet and, if there are, fuses them in a background thread, as
``fogofwar incidents`` would; the request is answered at once with what is fused so far.
Writes (``POST /api/reports``) and fusing share one lock, so the server fuses one thing at
a time (other processes are kept out by fusion's own lock in the store).
"""

from __future__ import annotations

import logging
import threading
import time

from .pool import StorePool

log = logging.getLogger("fogofwar.web")


class Refresher:
    def __init__(self, pool: StorePool, config, lock: threading.Lock, every: float = 2.0) -> None:
        self.pool = pool
        self.config = config
        self.lock = lock
        self.every = every
        self._last = 0.0
        self._warned = False
        self._busy = threading.Lock()

    def poke(self) -> None:
        """Start a background fuse if reports wait and none is running (never blocks)."""
        now = time.monotonic()
        if now - self._last < self.every or not self._busy.acquire(blocking=False):
            return
        self._last = now
        try:
            with self.pool.store() as s:
                from ..store.browse import any_unfused

                waiting = any_unfused(s.db)
        except Exception:  # noqa: BLE001 - a check only; the request goes on
            waiting = False
        if not waiting:
            self._busy.release()
            return
        threading.Thread(target=self._fuse, name="fogofwar-fuse", daemon=True).start()

    def _fuse(self) -> None:
        from .app import fuse_store

        try:
            with self.lock:
                why = fuse_store(self.pool, self.config)
            if why and not self._warned:
                self._warned = True
                log.warning("stored reports not fused: %s", why)
        except Exception:  # noqa: BLE001 - logged; the next poke tries again
            log.exception("fusing the reports stored by another process failed")
        finally:
            self._busy.release()

    def wait(self, timeout: float = 30.0) -> None:
        """Until no background fuse runs (for tests)."""
        if self._busy.acquire(timeout=timeout):
            self._busy.release()
