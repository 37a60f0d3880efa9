"""Database connections: one small interface over SQLite (sqlite3) and PostgreSQL (psycopg 3).

All SQL in the store is written once, with ``?`` placeholders; :meth:`Database.translate`
turns it into psycopg's ``%s`` style. Writes go through :meth:`Database.transaction`
(``BEGIN IMMEDIATE`` on SQLite, so a writer never fails half-way on a lock upgrade).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .masking import mask_url, redact


class StoreError(Exception):
    """A store could not be opened or used; the message names the database and the reason."""


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
        else:
            path = url
        return cls._open_sqlite(path, url)

    @classmethod
    def _open_sqlite(cls, path: str, url: str) -> "Database":
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot open database {mask_url(url)}: folder {parent} "
                                 "does not exist")
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves (see transaction()).
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                   timeout=30.0)
            conn.execute("PRAGMA foreign_keys = ON")
            # SQLite's LOWER/UPPER fold ASCII only; filters fold like PostgreSQL's (Unicode).
            conn.create_function("lower", 1, _lower, deterministic=True)
            conn.create_function("upper", 1, _upper, deterministic=True)
            if path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
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
            self.conn.execute("ROLLBACK")
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
