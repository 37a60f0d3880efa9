"""The store: SQLite by default, PostgreSQL for teams, one API and one schema for both.

    store = Store.open("fogofwar.db")            # or sqlite:///path, :memory:, postgresql://...
    result = store.save(extraction)              # report + all its records, one transaction
    for row in store.events(Filters(place="Belgorod", since="2025-03-01")): ...

Opening applies the pending migrations (``store/migrations/*.sql``, each once). SQL lives
only in this package; other packages (e.g. ``store/incidents.py``) build on
:attr:`Store.db` (``query``/``execute``/``transaction`` with ``?`` placeholders).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..records import Extraction
from . import reader, writer
from .db import Database, StoreError, StoreUnwritable, unwritable_reason
from .migrate import applied, migrate
from .rows import ClaimRow, EventRow, Filters, ReportRow, SaveResult, SourceRow, event_dates
from .writer import DuplicateIdError, claim_id, content_hash, event_id

__all__ = [
    "ClaimRow", "Database", "DuplicateIdError", "EventRow", "Filters", "ReportRow",
    "SaveResult", "SourceRow", "Store", "StoreError", "StoreUnwritable", "claim_id",
    "content_hash", "default_url", "event_dates", "event_id", "unwritable_reason",
]

DEFAULT_DB = "fogofwar.db"


def default_url() -> str:
    """``$FOGOFWAR_DB`` if set, else ``./fogofwar.db``."""
    return os.environ.get("FOGOFWAR_DB") or DEFAULT_DB


class Store:
    """A migrated database with the fogofwar schema."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, url: str | Path | None = None, *, migrate_schema: bool = True) -> "Store":
        """Open (and migrate) the store at ``url`` (default: :func:`default_url`)."""
        db = Database.open(url if url is not None else default_url())
        if migrate_schema:
            try:
                migrate(db)
            except Exception:
                db.close()
                raise
        return cls(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def migrations(self) -> list[str]:
        """Versions of the applied migrations."""
        return applied(self.db)

    # -- writing --------------------------------------------------------------------------

    def save(self, extraction: Extraction) -> SaveResult:
        """Store a report with all its records in one transaction (all or nothing).

        Returns ``status="duplicate"`` (nothing written) when a report with the same content
        hash is stored already; raises :class:`DuplicateIdError` when the id is taken by
        different content, ``ValueError`` when the extraction's indexes are inconsistent.
        """
        return writer.save(self.db, extraction)

    def find_duplicate(self, content_hash_: str) -> str | None:
        """The id of the stored report with this content hash, if any."""
        rows = self.db.query("SELECT id FROM reports WHERE content_hash = ?", (content_hash_,))
        return rows[0]["id"] if rows else None

    def delete_report(self, report_id: str) -> bool:
        """Remove a report and everything extracted from it; True if it existed."""
        with self.db.transaction():
            if not self.db.query("SELECT 1 AS x FROM reports WHERE id = ?", (report_id,)):
                return False
            # Explicit order rather than ON DELETE CASCADE: SQLite enforces it only with
            # PRAGMA foreign_keys, which an external connection may not have set.
            self.db.execute("DELETE FROM claim_events WHERE claim_id IN"
                            " (SELECT id FROM claims WHERE report_id = ?)", (report_id,))
            for table in ("claims", "events", "actors", "times", "places", "reports"):
                col = "id" if table == "reports" else "report_id"
                self.db.execute(f"DELETE FROM {table} WHERE {col} = ?", (report_id,))
        return True

    # -- reading --------------------------------------------------------------------------

    def reports(self, filters: Filters = Filters()) -> Iterator[ReportRow]:
        return reader.iter_reports(self.db, filters)

    def events(self, filters: Filters = Filters()) -> Iterator[EventRow]:
        return reader.iter_events(self.db, filters)

    def claims(self, filters: Filters = Filters()) -> Iterator[ClaimRow]:
        return reader.iter_claims(self.db, filters)

    def extraction(self, report_id: str) -> Extraction | None:
        """The stored extraction of one report, rebuilt as records."""
        return reader.load_extraction(self.db, report_id)

    def extractions(self, filters: Filters = Filters()) -> Iterator[Extraction]:
        """Stored extractions of the reports matching ``filters``."""
        ids = [r.report.id for r in self.reports(filters)]
        for rid in ids:
            ex = self.extraction(rid)
            if ex is not None:
                yield ex

    def count(self, table: str) -> int:
        """Number of rows of a core table (reports, places, times, actors, events, claims)."""
        if table not in {"reports", "places", "times", "actors", "events", "claims",
                         "claim_events"}:
            raise ValueError(f"unknown table {table!r}")
        return int(self.db.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])
