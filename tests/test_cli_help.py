"""Every CLI command and option has help text (a command without it is a bug for users)."""

from __future__ import annotations

import click
from click.testing import CliRunner

from fogofwar.cli import main


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


def test_there_are_commands():
    names = {path[0] for path, _ in _commands(main)}
    assert {"ingest", "extract", "events", "claims", "reports", "export", "demo"} <= names
    assert {"gazetteer", "incidents", "incident"} <= names


def test_every_command_and_option_has_help():
    missing = []
    for path, cmd in _commands(main):
        if not (cmd.help or cmd.short_help):
            missing.append(" ".join(path))
        for param in cmd.params:
            if isinstance(param, click.Option) and not param.help:
                missing.append(f"{' '.join(path)} {param.opts[0]}")
    assert not missing, f"no help text: {missing}"


def test_help_runs_for_every_command():
    runner = CliRunner()
    for path, _ in _commands(main):
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
