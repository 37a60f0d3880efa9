"""`fogofwar demo` (what `make run` runs) ends by itself with the command that serves the
store it filled."""

from __future__ import annotations

from cli_fixtures import cli, fake  # noqa: F401


def test_demo_ends_with_the_serve_command(cli, tmp_path):
    (tmp_path / "r.txt").write_text("Published: 2025-03-14\n\nFighting at Sudzha on 13 March.\n")
    db = tmp_path / "demo.db"
    r = cli("demo", "--db", str(db), "--examples", str(tmp_path), "--no-progress")
    assert r.exit_code == 0, r.output
    last = r.stdout.rstrip().splitlines()[-1]
    assert last.strip().startswith(f"fogofwar serve --db {db}")
    assert "http://127.0.0.1:8000/" in last
