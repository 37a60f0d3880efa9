"""Store connections shared by the request threads.

FastAPI runs plain ``def`` routes in a thread pool; a SQLite or psycopg connection must not
be used by two threads at once, so each request borrows one connection and gives it back.
Idle connections are kept (up to ``size``) so a request does not pay for a connect.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..store import Store


class StorePool:
    """Connections to one store, opened on demand (the first one migrates the schema)."""

    def __init__(self, url: str, size: int = 8) -> None:
        self.url = url
        self.size = size
        self._idle: list[Store] = []
        self._lock = threading.Lock()
        self._migrated = False

    def _open(self) -> Store:
        with self._lock:
            migrate = not self._migrated
            self._migrated = True
        try:
            return Store.open(self.url, migrate_schema=migrate)
        except BaseException:
            if migrate:
                self._migrated = False
            raise

    @contextmanager
    def store(self) -> Iterator[Store]:
        """Borrow a connection for the block; a connection that failed mid-use is closed."""
        with self._lock:
            s = self._idle.pop() if self._idle else None
        if s is None:
            s = self._open()
        ok = False
        try:
            yield s
            ok = True
        finally:
            if ok and _healthy(s):
                with self._lock:
                    if len(self._idle) < self.size:
                        self._idle.append(s)
                        s = None
            if s is not None:
                s.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for s in idle:
            s.close()


def _healthy(s: Store) -> bool:
    """A connection left outside a transaction (PostgreSQL: not in a failed one)."""
    conn = s.db.conn
    if s.dialect == "postgresql":
        return not conn.closed and conn.info.transaction_status == 0  # IDLE
    return not conn.in_transaction
