"""What an ingest is given but must not read blindly (issue 16, item 7): symbolic links out
of the folder, folders that cannot be listed, named pipes, URLs. Each is refused with a
message naming it; the rest of the batch is stored; the exit code says something failed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cli_fixtures import cli, fake  # noqa: F401  (fixtures)

REPORT = "The General Staff said Russian forces shelled Demidovka on 12 March."


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(REPORT)
    (d / "sub" / "b.txt").write_text(REPORT.replace("12", "13"))
    return d


def _ingest(cli, tmp_path, *paths):
    r = cli("ingest", *map(str, paths), "--db", str(tmp_path / "t.db"), "--json")
    return r, json.loads(r.stdout)


def test_a_symlink_out_of_the_folder_is_not_followed(cli, folder, tmp_path):
    secret = tmp_path / "outside" / "passwd.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "leakdir").symlink_to(secret.parent)
    (folder / "inner.txt").symlink_to(folder / "sub" / "b.txt")  # inside: fine
    r, summary = _ingest(cli, tmp_path, folder)
    assert r.exit_code == 1
    assert summary["stored"] == 2
    failed = {f["origin"]: f["reason"] for f in summary["failed"]}
    assert set(failed) == {str(folder / "leak.txt"), str(folder / "leakdir")}
    assert all("outside" in why and "not followed" in why for why in failed.values())
    assert "root:x" not in r.output


def test_a_symlink_given_directly_is_read(cli, folder, tmp_path):
    target = tmp_path / "outside.txt"
    target.write_text(REPORT.replace("Demidovka", "Sudzha"))
    (folder / "link.txt").symlink_to(target)
    r, summary = _ingest(cli, tmp_path, folder / "link.txt")
    assert r.exit_code == 0 and summary["stored"] == 1


def test_an_unreadable_subfolder_is_reported_and_the_rest_stored(cli, folder, tmp_path,
                                                                 monkeypatch):
    locked = folder / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(REPORT.replace("12", "14"))
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r, summary = _ingest(cli, tmp_path, folder)
    assert r.exit_code == 1
    assert summary["stored"] == 2
    [failure] = summary["failed"]
    assert failure["origin"] == str(locked) and "Permission denied" in failure["reason"]


def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code = "import sys; from fogofwar.cli import main; main(sys.argv[1:])"
    # a real process (a hung read would hang the test runner itself); no report to extract
    p = subprocess.run([sys.executable, "-c", code, "ingest", str(fifo),
                        "--db", str(tmp_path / "t.db")],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode != 0
    assert f"{fifo}: not a regular file (a named pipe)" in p.stderr


def test_a_url_argument_is_named_as_given(cli, tmp_path):
    r, summary = _ingest(cli, tmp_path, "http://example.com/feed.xml")
    assert r.exit_code == 1
    [failure] = summary["failed"]
    assert failure["origin"] == "http://example.com/feed.xml"
    assert "not fetched" in failure["reason"]
