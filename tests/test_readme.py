"""The README tells the truth (issue 15): its first two commands, example paths that exist,
no command that writes into the test suite's database, a time for the big corpus, and the
`Key: value` header of a plain-text report as the reader reads it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from fogofwar.ingest.text import split_header

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(text: str) -> list[str]:
    """The shown `fogofwar ...` commands, a line ending in a backslash joined to the next."""
    out, buf = [], None
    for line in text.splitlines():
        if buf is not None:
            buf += " " + line.strip()
        elif line.startswith("    fogofwar "):
            buf = line
        else:
            continue
        if buf.rstrip().endswith("\\"):
            buf = buf.rstrip()[:-1]
            continue
        out.append(buf.split("#", 1)[0].strip())
        buf = None
    return out


COMMANDS = _commands(README)


def test_the_first_two_commands_are_make_run_and_make_test():
    first = [line.strip() for line in README.split("\n\n", 2)[1].splitlines()]
    assert [c.split("#")[0].strip() for c in first] == ["make run", "make test"]


def _paths(cmd: str) -> list[str]:
    words = shlex.split(cmd)
    if words[1] == "ingest":
        args, skip = [], False
        for w in words[2:]:
            if skip:
                skip = False
            elif w.startswith("-"):
                skip = w in ("--db", "--gazetteer", "--model", "--batch-size", "--jobs",
                             "--engine", "--ray-address", "--worker-tasks", "--max-size",
                             "--max-seconds-per-report")
            else:
                args.append(w)
        return args
    return [words[words.index(o) + 1] for o in ("--from", "--config") if o in words]


def test_example_paths_exist():
    paths = [p for c in COMMANDS for p in _paths(c)]
    assert "examples/reports" in paths
    for p in paths:
        if p.startswith("../shared") and not (ROOT / "../shared").exists():
            continue
        assert (ROOT / p).exists(), f"README names {p}, which does not exist"


def test_no_command_writes_into_the_test_database():
    dbs = [shlex.split(c)[shlex.split(c).index("--db") + 1] for c in COMMANDS if "--db" in c]
    assert dbs, "the README shows where a store goes"
    for db in dbs:
        assert not re.search(r"postgres(ql)?://[^ ]*/test(\?|$)", db), db
    assert "never the `test` database" in README


def test_a_time_estimate_for_the_isw_corpus():
    assert re.search(r"ISW corpus \(247 reports[^)]*\): about \d+-\d+ minutes", README)


def test_the_plain_text_header_is_shown_as_the_reader_reads_it():
    example = "examples/reports/2025-03-14-ua-general-staff.txt"
    assert example in README
    header = (ROOT / example).read_text(encoding="utf-8").split("\n\n", 1)[0]
    shown = "\n".join("    " + line for line in header.splitlines())
    assert shown in README
    meta, _body = split_header(header + "\n\nBody.")
    assert meta == {"title": "General Staff: units in Kursk region moved to more favourable "
                             "positions", "source": "General Staff of the Armed Forces of Ukraine",
                    "published": "2025-03-14",
                    "url": "https://example.org/ua-general-staff/2025-03-14-kursk"}
    for key in ("Title", "Source", "Published", "URL"):
        assert f"`{key}`" in README


@pytest.mark.parametrize("cmd", [c for c in COMMANDS if " --help" not in c])
def test_every_shown_command_parses(cmd):
    """Each fogofwar line of the README names a command and options that exist."""
    from click.testing import CliRunner

    from fogofwar.cli import main

    words = shlex.split(cmd.replace("<ID>", "inc:x"))[1:]
    command, path = main.commands[words[0]], [words[0]]
    while hasattr(command, "commands"):  # a group: `gazetteer add`
        path.append(words[len(path)])
        command = command.commands[path[-1]]
    known = {o for p in command.params for o in getattr(p, "opts", [])}
    for w in words[len(path):]:
        if w.startswith("-"):
            assert w in known, f"{cmd}: {w} is not an option of {' '.join(path)}"
    r = CliRunner().invoke(main, [*path, "--help"])
    assert r.exit_code == 0
