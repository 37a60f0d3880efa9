"""Web fixtures (imported by the test modules, not a conftest.py; see tests/cli): a store
built from examples/reports with the real pipeline, once per session, and a TestClient
over a copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="session")
def example_config():
    from fogofwar.fuse.config import load_config

    return load_config(EXAMPLES / "fogofwar.toml")


def fill_example_store(url: str, pipeline, config) -> None:
    """Ingest examples/reports into the store at ``url`` with ``pipeline``, and fuse it."""
    from fogofwar.incidents import fuse_pending
    from fogofwar.ingest.base import IngestOptions
    from fogofwar.ingest.batch import ingest
    from fogofwar.store import Store

    with Store.open(url) as s:
        summary = ingest([str(EXAMPLES / "reports")], s, lambda: pipeline, IngestOptions())
        assert summary.ok and summary.stored, summary.to_dict()
        fuse_pending(s.db, config)


@pytest.fixture(scope="session")
def example_db(tmp_path_factory, request, example_config) -> Path:
    """A SQLite store of examples/reports ingested by the real pipeline and fused."""
    path = tmp_path_factory.mktemp("web") / "examples.db"
    fill_example_store(str(path), request.getfixturevalue("pipeline"), example_config)
    return path


@pytest.fixture
def db_copy(example_db, tmp_path) -> Path:
    """A private copy of the example store (for tests that write)."""
    dst = tmp_path / "examples.db"
    shutil.copyfile(example_db, dst)
    return dst


def client_for(url: str, config=None, **kw) -> TestClient:
    from fogofwar.web.app import create_app

    return TestClient(create_app(url, config=config, **kw), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def api(example_db, example_config):
    """A TestClient over the example store, read-only use (the store is shared)."""
    with client_for(str(example_db), example_config) as c:
        yield c
