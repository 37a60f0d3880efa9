"""A throw-away schema on the test PostgreSQL server, for the store, CLI and fusion tests.

Imported by test modules (tests/ is on pytest's pythonpath); not a conftest.py so that the
sub-folders' fixture modules stay explicit. The server is ``$FOGOFWAR_TEST_PG`` (default
postgresql://127.0.0.1:5432/test); unreachable, the test skips.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest

PG_URL = os.environ.get("FOGOFWAR_TEST_PG", "postgresql://127.0.0.1:5432/test")


def with_search_path(url: str, schema: str) -> str:
    """A libpq URL whose connections use ``schema`` first (libpq ``options`` parameter)."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@contextmanager
def throwaway_schema(prefix: str) -> Iterator[str]:
    """Create a uniquely named schema, yield a URL that uses it, drop it afterwards."""
    psycopg = pytest.importorskip("psycopg")
    try:
        admin = psycopg.connect(PG_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc}")
    schema = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(PG_URL, schema)
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()
