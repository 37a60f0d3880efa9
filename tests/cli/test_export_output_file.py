"""``fogofwar export -o``: never onto the store, never half-written (issue 16, item 2)."""

from __future__ import annotations

import errno
import os

import pytest

from cli_fixtures import cli, fake  # noqa: F401  (fixtures)
from fogofwar.store import Store

REPORT = ("Title: Clashes\nSource: Wire A\nPublished: 2025-04-08\n\n"
          "The General Staff said Russian forces shelled Demidovka on 12 March.")


@pytest.fixture
def db(cli, tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    path = tmp_path / "v.db"
    assert cli("ingest", str(tmp_path / "a.txt"), "--db", str(path)).exit_code == 0
    return path


def _intact(path) -> bool:
    with Store.open(path) as s:
        return s.count("reports") == 1 and s.count("events") == 1


def _leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("how", ["same path", "relative path", "symlink", "hard link"])
def test_export_refuses_to_write_onto_the_database(cli, db, tmp_path, monkeypatch, how):
    target = db
    if how == "relative path":
        monkeypatch.chdir(tmp_path)
        target = "./v.db"
    elif how == "symlink":
        target = tmp_path / "link.csv"
        target.symlink_to(db)
    elif how == "hard link":
        target = tmp_path / "hard.csv"
        os.link(db, target)
    r = cli("export", "--db", str(db), "--format", "csv", "-o", str(target))
    assert r.exit_code != 0
    assert "refusing" in r.output and "Traceback" not in r.output
    assert _intact(db)


def test_export_into_a_missing_folder_is_a_clear_error(cli, db, tmp_path):
    out = tmp_path / "no" / "such" / "e.csv"
    r = cli("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert r.exit_code == 1
    assert f"folder {out.parent} does not exist" in r.output
    assert not out.parent.exists()


def test_export_never_follows_a_symlink_into_place(cli, db, tmp_path):
    victim = tmp_path / "elsewhere.txt"
    victim.write_text("keep me")
    link = tmp_path / "e.csv"
    link.symlink_to(victim)
    r = cli("export", "--db", str(db), "--format", "csv", "-o", str(link))
    assert r.exit_code == 1 and "symbolic link" in r.output
    assert victim.read_text() == "keep me" and link.is_symlink()


def test_a_full_disk_leaves_the_old_file_and_no_partial_one(cli, db, tmp_path, monkeypatch):
    from fogofwar.store import export

    out = tmp_path / "e.csv"
    out.write_text("previous export\n")

    def full(rows, fh):
        fh.write("event_date,partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setitem(export.WRITERS, "csv", full)
    r = cli("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert r.exit_code == 1
    assert "No space left on device" in r.output and "nothing was written" in r.output
    assert out.read_text() == "previous export\n"
    assert _leftovers(tmp_path) == []


def test_export_writes_the_whole_file_with_ordinary_permissions(cli, db, tmp_path):
    out = tmp_path / "e.csv"
    r = cli("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert out.read_text().startswith("event_id_cnty,event_date,") and len(out.read_text().splitlines()) == 2
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert _leftovers(tmp_path) == [] and _intact(db)
