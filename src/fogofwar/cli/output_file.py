"""Writing a command's output file (``-o``) safely.

The file appears whole or not at all: the output goes to a temporary file in the target's
folder and is renamed into place (``os.replace``) only when complete, so a full disk or an
interrupted export never leaves a half-written or empty file. Refused with a clear message:
a target that is the store being read (or its WAL/journal files), a missing folder, a folder,
and a symbolic link (it would write somewhere other than where the user looked).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def check_target(output: str, db_path: str | None = None) -> Path:
    """The path to write ``output`` to, or a ClickException saying why not."""
    target = Path(output).expanduser()
    if target.is_symlink():
        raise click.ClickException(
            f"{output} is a symbolic link (to {os.readlink(target)}); refusing to write through "
            "it: give the real path, or remove the link")
    if target.is_dir():
        raise click.ClickException(f"{output} is a folder; give a file name")
    folder = target.parent
    if not folder.is_dir():
        raise click.ClickException(f"cannot write {output}: folder {folder} does not exist")
    if db_path is not None and _is_database(target, db_path):
        raise click.ClickException(
            f"refusing to write {output}: it is the database being read ({db_path}); "
            "choose another output file")
    if target.exists() and not target.is_file():
        raise click.ClickException(f"{output} is not a regular file; refusing to replace it")
    return target


def _is_database(target: Path, db_path: str) -> bool:
    real = os.path.realpath(target)
    for suffix in _SQLITE_COMPANIONS:
        db_file = db_path + suffix
        if real == os.path.realpath(db_file):
            return True
        try:
            if target.exists() and os.path.samefile(target, db_file):  # hard links too
                return True
        except OSError:
            continue
    return False


@contextmanager
def atomic_text_file(target: Path) -> Iterator[TextIO]:
    """A UTF-8 text stream whose content replaces ``target`` only if the block succeeds."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_output(output: str, write, db_path: str | None = None) -> int:
    """Check ``output``, then ``write(stream) -> n`` into it atomically; returns n."""
    target = check_target(output, db_path)
    try:
        with atomic_text_file(target) as fh:
            return write(fh)
    except OSError as exc:
        raise click.ClickException(
            f"cannot write {output}: {exc.strerror or exc}; nothing was written") from exc
