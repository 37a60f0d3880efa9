"""Database connections: one small interface over SQLite (sqlite3) and PostgreSQL (psycopg 3).

All SQL in the store is written once, with ``?`` placeholders; :meth:`Database.translate`
turns it into psycopg's ``%s`` style. Writes go through :meth:`Database.transaction`
(``BEGIN IMMEDIATE`` on SQLite, so a writer never fails half-way on a lock upgrade).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .masking import mask_url, redact


class StoreError(Exception):
    """A store could not be opened or used; the message names the database and the reason."""


class StoreUnwritable(StoreError):
    """The store cannot take writes at all (disk full, read-only, I/O error): every further
    write would fail the same way, so a batch stops instead of failing report after report.
    Whatever the failed transaction wrote was rolled back."""


# SQLite's messages (sqlite3 gives no error code before Python 3.11's sqlite_errorname) and
# PostgreSQL's SQLSTATEs for "this store takes no writes now", with what to tell the user.
_SQLITE_UNWRITABLE = (
    ("database or disk is full", "the disk is full"),
    ("disk i/o error", "a disk I/O error (a full disk or a file size limit?)"),
    ("attempt to write a readonly database", "the database is read-only"),
    ("readonly database", "the database is read-only"),
)
_PG_UNWRITABLE = {
    "53100": "the server's disk is full",
    "53200": "the server is out of memory",
    "25006": "the database is read-only (a read-only transaction or a standby)",
    "42501": "no permission to write to this database",
}


def unwritable_reason(exc: BaseException) -> str | None:
    """Why a store cannot be written, if ``exc`` says so (see :class:`StoreUnwritable`)."""
    if isinstance(exc, StoreUnwritable):
        return str(exc)
    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc).lower()
        for needle, why in _SQLITE_UNWRITABLE:
            if needle in text:
                return why
        return None
    state = getattr(exc, "sqlstate", None)
    return _PG_UNWRITABLE.get(state) if isinstance(state, str) else None


def describe_url(url: str) -> str:
    """The URL without a password, for messages (see ``masking.mask_url``)."""
    return mask_url(url)


class Database:
    """A connection with a dialect: ``sqlite`` or ``postgresql``."""

    def __init__(self, conn: Any, dialect: str, url: str, path: str | None = None) -> None:
        self.conn = conn
        self.dialect = dialect
        self.url = url
        self.path = path  # the SQLite file (absolute), None for PostgreSQL and :memory:
        self._depth = 0

    @property
    def display_url(self) -> str:
        """The URL to show in output and messages: passwords masked."""
        return mask_url(self.url)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | Path) -> "Database":
        """Open ``url``: a plain path, ``sqlite:///path``, ``:memory:``, or ``postgresql://...``."""
        url = str(url)
        try:
            return cls._open(url)
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - a driver's error may quote the URL
            raise StoreError(f"cannot open database {mask_url(url)}: "
                             f"{redact(f'{type(exc).__name__}: {exc}', url)}") from None

    @classmethod
    def _open(cls, url: str) -> "Database":
        if url.startswith(("postgresql://", "postgres://")):
            return cls._open_postgres(url)
        if url.startswith("sqlite://"):
            # sqlite:///relative.db and sqlite:////abs/path.db, as SQLAlchemy writes them
            path = unquote(url[len("sqlite://"):])
            path = path[1:] if path.startswith("/") else path
            if not path:
                # SQLAlchemy reads a bare sqlite:// as an in-memory database: here that
                # would store a whole ingest and lose it at exit, silently.
                raise StoreError(f"{url!r} names no database file: give sqlite:///PATH "
                                 "(or ':memory:' for a store that is thrown away at exit)")
            if "?" in path:  # sqlite:///path?mode=ro: SQLite's URI parameters
                path, query = path.split("?", 1)
                return cls._open_sqlite(path, url, query)
        elif url.startswith("file:"):  # SQLite's own URI, e.g. file:/path/x.db?mode=ro
            path, _, query = url[len("file:"):].partition("?")
            return cls._open_sqlite(unquote(path), url, query or None)
        else:
            path = url
        return cls._open_sqlite(path, url)

    @classmethod
    def _open_sqlite(cls, path: str, url: str, query: str | None = None) -> "Database":
        """Open a SQLite file; ``query`` holds URI parameters (``mode=ro``: read-only)."""
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot open database {mask_url(url)}: folder {parent} "
                                 "does not exist")
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves (see transaction()).
            target, uri = path, False
            if query is not None:
                target = f"{Path(path).expanduser().resolve().as_uri()}?{query}"
                uri = True
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False,
                                   timeout=30.0, uri=uri)
            conn.execute("PRAGMA foreign_keys = ON")
            # SQLite's LOWER/UPPER fold ASCII only; filters fold like PostgreSQL's (Unicode).
            conn.create_function("lower", 1, _lower, deterministic=True)
            conn.create_function("upper", 1, _upper, deterministic=True)
            if path != ":memory:":
                _wal(conn)
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {mask_url(url)}: {redact(exc, url)}") from None
        return cls(conn, "sqlite", url,
                   None if path == ":memory:" else str(Path(path).expanduser().resolve()))

    @classmethod
    def _open_postgres(cls, url: str) -> "Database":
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - psycopg is a declared dependency
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") from exc
        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            # from None: the driver's exception (and any traceback of it) may quote the URL
            raise StoreError(f"cannot connect to {mask_url(url)}: "
                             f"{redact(exc, url)}".strip()) from None
        return cls(conn, "postgresql", url)

    def close(self) -> None:
        self.conn.close()

    # -- SQL -----------------------------------------------------------------------------

    def translate(self, sql: str) -> str:
        """``?`` placeholders -> the driver's style (``%s`` for psycopg, with ``%`` doubled).

        Store SQL never has a ``?`` inside a literal; values always travel as parameters.
        """
        if self.dialect == "postgresql":
            return sql.replace("%", "%%").replace("?", "%s")
        return sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; returns the driver's cursor."""
        return self.conn.execute(self.translate(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            with self.conn.cursor() as cur:
                cur.executemany(self.translate(sql), [tuple(r) for r in rows])
        else:
            self.conn.executemany(sql, [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a SELECT and return its rows as dicts (column name -> value)."""
        return list(self.iterate(sql, params))

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run a SELECT and yield its rows as dicts, fetching in chunks (for exports)."""
        yield from _rows(self.execute(sql, params))

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Like :meth:`iterate`, but on PostgreSQL through a server-side cursor, so a large
        result (an export of the whole store) never sits in this process's memory at once.

        The cursor is WITH HOLD so it also works outside a transaction (autocommit); other
        statements may run on the connection while the stream is being read.
        """
        if self.dialect != "postgresql":
            yield from self.iterate(sql, params)
            return
        import uuid

        cur = self.conn.cursor(name=f"fow_{uuid.uuid4().hex[:12]}", withhold=True)
        try:
            cur.execute(self.translate(sql), tuple(params))
            yield from _rows(cur)
        finally:
            cur.close()

    @contextmanager
    def transaction(self) -> Iterator["Database"]:
        """All or nothing: commit on success, roll back on any exception (re-raised).

        Nested use joins the outer transaction.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        if self.dialect == "postgresql":
            self._depth = 1
            try:
                with self.conn.transaction():
                    yield self
            finally:
                self._depth = 0
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            # SQLite may have rolled back already (SQLITE_FULL, SQLITE_IOERR): a second
            # ROLLBACK would raise and hide the error that matters.
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def table_exists(self, name: str) -> bool:
        if self.dialect == "postgresql":
            row = self.conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()
            return row[0] is not None
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        return row is not None


def _wal(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode (readers never wait for a writer) unless it is already,
    which is a plain read: a read-only store (``mode=ro``, a file the process may not
    write) in WAL mode opens for queries. A read-only file in another mode stays in it."""
    # Changing the journal mode takes no busy wait: processes opening a fresh file at once
    # get "database is locked" at once (issue 15, seen in test_ingest_concurrency), so wait
    # here as long as a write would (the connection's 30 s).
    deadline = time.monotonic() + 30.0
    while True:
        try:
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if unwritable_reason(exc) is not None:
                return
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _upper(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


def _rows(cur, chunk: int = 500) -> Iterator[dict[str, Any]]:
    """A cursor's rows as dicts, fetched ``chunk`` at a time."""
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(chunk):
        for row in rows:
            yield dict(zip(names, row))
