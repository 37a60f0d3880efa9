"""``fogofwar serve``: options, the token's sources, and what it hands to uvicorn (which
is not started here; bench/web_latency.py runs the real server)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from fogofwar.cli import main


@pytest.fixture
def served(monkeypatch):
    """Run `serve` with uvicorn.run replaced: returns what it was called with."""
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    return calls


def test_serve_binds_localhost_by_default_and_writes_are_off(tmp_path, served, monkeypatch):
    monkeypatch.delenv("FOGOFWAR_TOKEN", raising=False)
    db = tmp_path / "s.db"
    r = CliRunner().invoke(main, ["serve", "--db", str(db)])
    assert r.exit_code == 0, r.output
    [(app, kw)] = served
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8000
    assert app.state.token is None
    assert "writes off" in r.output and "http://127.0.0.1:8000/" in r.output
    with TestClient(app) as c:
        assert c.get("/api/incidents").json()["total"] == 0


def test_token_from_env_or_file_and_never_printed(tmp_path, served, monkeypatch):
    monkeypatch.setenv("FOGOFWAR_TOKEN", "from-env-123")
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "a.db"), "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert served[-1][0].state.token == "from-env-123" and served[-1][1]["port"] == 8123
    assert "from-env-123" not in r.output and "writes on" in r.output
    f = tmp_path / "token"
    f.write_text("from-file-456\n")
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "a.db"), "--token-file", str(f)])
    assert r.exit_code == 0 and served[-1][0].state.token == "from-file-456"
    assert "from-file-456" not in r.output


def test_bad_token_file_db_or_config_is_an_error_in_words(tmp_path, served):
    empty = tmp_path / "empty"
    empty.write_text("\n")
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "a.db"), "--token-file", str(empty)])
    assert r.exit_code != 0 and "is empty" in r.output
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "a.db"),
                                  "--token-file", str(tmp_path / "missing")])
    assert r.exit_code != 0 and "cannot read --token-file" in r.output
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "no" / "such" / "x.db")])
    assert r.exit_code != 0 and "does not exist" in r.output
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "a.db"),
                                  "--config", str(tmp_path / "none.toml")])
    assert r.exit_code != 0 and "does not exist" in r.output
    assert not served


def test_serve_has_help():
    assert main.commands["serve"].help


def test_serve_sets_the_time_limit_of_posted_reports(tmp_path, served):
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(main, ["serve", "--db", db]).exit_code == 0
    assert served[-1][0].state.report_seconds == 300
    r = CliRunner().invoke(main, ["serve", "--db", db, "--max-seconds-per-report", "20"])
    assert r.exit_code == 0 and served[-1][0].state.report_seconds == 20
    r = CliRunner().invoke(main, ["serve", "--db", db, "--max-seconds-per-report", "0"])
    assert r.exit_code == 0 and served[-1][0].state.report_seconds is None
