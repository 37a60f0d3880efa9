"""Ordered SQL migrations: ``store/migrations/NNNN_name.sql``, each applied once.

Applied versions are recorded in ``schema_migrations``. A migration and its record are
written in one transaction, so a failed migration leaves no trace. The same files serve
SQLite and PostgreSQL (portable SQL only), except where an engine's own feature is the
point (full-text search: SQLite's FTS5, PostgreSQL's tsvector): then the migration is two
files, ``NNNN_name.sqlite.sql`` and ``NNNN_name.postgresql.sql``, one version, each applied
on its engine only. ``CREATE TRIGGER ... BEGIN ...; END`` and a dollar-quoted body
(``$$ ...; $$``) are one statement.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from .db import Database, StoreError, StoreUnwritable, unwritable_reason

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_DOLLAR = re.compile(r"\$[A-Za-z_]*\$")


def split_statements(sql: str) -> list[str]:
    """Split a SQL script into statements at top-level ``;``.

    Written here rather than using ``sqlite3.executescript`` because executescript commits
    on its own (breaking the one-transaction-per-migration rule) and psycopg runs one
    statement per parameterised call; comments (``--``) and quoted text may hold ``;``.
    """
    out: list[str] = []
    buf: list[str] = []
    i, n = 0, len(sql)
    quote: str | None = None
    while i < n:
        c = sql[i]
        if quote:
            buf.append(c)
            if c == quote:
                quote = None
        elif c in ("'", '"'):
            quote = c
            buf.append(c)
        elif c == "$" and (m := _DOLLAR.match(sql, i)):
            # a PostgreSQL dollar-quoted body ($$ ... $$, $fn$ ... $fn$): one piece
            j = sql.find(m.group(), m.end())
            j = n if j < 0 else j + len(m.group())
            buf.append(sql[i:j])
            i = j
            continue
        elif c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
            continue
        elif c == ";" and not _open_trigger(buf):
            stmt = "".join(buf).strip()
            if stmt:
                out.append(stmt)
            buf = []
        else:
            buf.append(c)
        i += 1
    stmt = "".join(buf).strip()
    if stmt:
        out.append(stmt)
    return out


def _open_trigger(buf: list[str]) -> bool:
    """Is ``buf`` a CREATE TRIGGER whose BEGIN ... END body is not closed yet?"""
    words = "".join(buf).split()
    if len(words) < 2 or words[0].upper() != "CREATE" or "TRIGGER" not in \
            (w.upper() for w in words[1:4]):
        return False
    return "BEGIN" in (w.upper() for w in words) and words[-1].upper() != "END"


DIALECTS = ("sqlite", "postgresql")


def migration_files(folder: Path = MIGRATIONS, dialect: str | None = None
                    ) -> list[tuple[str, Path]]:
    """(version, path) in order; the version is the file's stem, e.g. ``0001_core``, less
    an engine suffix (``0005_search.sqlite.sql`` is version ``0005_search``, applied on
    SQLite only; with ``dialect`` None every file is listed)."""
    out = []
    for p in sorted(folder.glob("*.sql")):
        version, _, engine = p.stem.partition(".")
        if engine and engine not in DIALECTS:
            raise StoreError(f"migration {p.name}: unknown engine {engine!r} "
                             f"(one of {', '.join(DIALECTS)})")
        if engine and dialect is not None and engine != dialect:
            continue
        out.append((version, p))
    return out


def applied(db: Database) -> list[str]:
    if not db.table_exists("schema_migrations"):
        return []
    rows = db.query("SELECT version FROM schema_migrations ORDER BY version")
    return [r["version"] for r in rows]


def _lock(db: Database) -> None:
    """Serialise migrations between processes. SQLite's BEGIN IMMEDIATE already holds the
    write lock; PostgreSQL needs an advisory lock (held until the transaction ends)."""
    if db.dialect == "postgresql":
        db.execute("SELECT pg_advisory_xact_lock(?)", (_PG_LOCK_KEY,))


_PG_LOCK_KEY = 0x466F57  # "FoW"


def pending(db: Database, folder: Path = MIGRATIONS) -> list[str]:
    """Versions not applied yet (a plain read: no lock, no transaction)."""
    done = set(applied(db))
    return [v for v, _p in migration_files(folder, db.dialect) if v not in done]


def migrate(db: Database, folder: Path = MIGRATIONS) -> list[str]:
    """Apply the migrations not applied yet; return the versions applied now.

    An up-to-date store is only read: no write lock is taken, so a store that another
    process is writing to, or a read-only one, still opens for queries (issue 16)."""
    if not pending(db, folder):
        return []
    with db.transaction():
        _lock(db)
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                   " version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = set(applied(db))
    now: list[str] = []
    for version, path in migration_files(folder, db.dialect):
        if version in done:
            continue
        try:
            with db.transaction():
                _lock(db)
                # Re-check inside the lock: another process may have just applied it.
                if db.query("SELECT 1 AS x FROM schema_migrations WHERE version = ?", (version,)):
                    continue
                for stmt in split_statements(path.read_text(encoding="utf-8")):
                    db.execute(stmt)
                db.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                           (version, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        except StoreError:
            raise
        except Exception as exc:
            why = unwritable_reason(exc)
            if why is not None:
                raise StoreUnwritable(f"{db.display_url} needs migration {path.name} but "
                                      f"cannot be written: {why} ({exc})") from None
            raise StoreError(f"migration {path.name} failed on {db.dialect}: {exc}") from exc
        now.append(version)
    return now
