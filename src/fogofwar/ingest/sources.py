"""Paths -> reports: files, folders (recursive) and ``-`` (stdin), format by extension or sniffing.

Every input yields Reports or ReadErrors; nothing raises out of :func:`read_paths`.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import Report
from .base import IngestOptions, ReadError
from .feeds import read_feed
from .html import read_html
from .jsonl import read_json_document, read_jsonl
from .text import decode, read_text

FORMATS = ("text", "html", "jsonl", "feed")
_BY_SUFFIX = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html",
              ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
              ".rss": "feed", ".atom": "feed", ".xml": "feed"}
# Folders are walked for these only; documentation files are not reports.
_WALK_SKIP_NAMES = {"readme", "license", "licence", "changelog"}


def detect_format(data: bytes, suffix: str = "") -> str:
    """The format of an input: by its file suffix, else by its first bytes."""
    fmt = _BY_SUFFIX.get(suffix.lower())
    if fmt:
        return fmt
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        return "html"
    return "text"


def read_bytes(data: bytes, origin: str, fmt: str,
               options: IngestOptions) -> Iterator[Report | ReadError]:
    """Bytes of one input in a known format -> reports. A parser's own error on hostile
    input becomes this input's ReadError: it never ends a batch."""
    try:
        yield from _read_bytes(data, origin, fmt, options)
    except Exception as exc:  # noqa: BLE001 - a third-party parser's bug; named, not raised
        yield ReadError(origin, f"could not be read as {fmt} ({type(exc).__name__}: "
                                f"{str(exc)[:200]})")


def _read_bytes(data: bytes, origin: str, fmt: str,
                options: IngestOptions) -> Iterator[Report | ReadError]:
    if fmt == "text":
        yield read_text(data, origin, options)
    elif fmt == "html":
        decoded = decode(data)
        if isinstance(decoded, str):
            yield ReadError(origin, decoded)
        else:
            yield read_html(decoded[0], origin, options)
    elif fmt == "jsonl":
        yield from read_jsonl(data.splitlines(), origin, options)
    elif fmt == "json":
        yield from read_json_document(data, origin, options)
    elif fmt == "feed":
        if not data.strip():
            yield ReadError(origin, "empty file")
        else:
            yield from read_feed(data, origin, options)
    else:
        yield ReadError(origin, f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def walk(folder: Path) -> list[Path | ReadError]:
    """Report files under ``folder``, recursively, in a stable order; hidden ones skipped.

    What cannot be read is returned as a ReadError in its place, never skipped silently: a
    subfolder that cannot be listed, and a symbolic link that leads outside ``folder`` (not
    followed: an ingest reads only what is inside what it was given; give the link itself
    as an argument to read it). Symbolic links to folders are not descended.
    """
    root = folder.resolve()
    out: list[tuple[str, Path | ReadError]] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(folder)
        out.append((str(where), ReadError(str(where), f"cannot list folder: "
                                                      f"{exc.strerror or exc}")))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        for name in list(dirnames):
            sub = here / name
            if sub.is_symlink():
                dirnames.remove(name)  # os.walk would not descend either; say so if it leads out
                if not _inside(sub, root):
                    out.append((str(sub), _outside(sub, folder)))
        for name in filenames:
            p = here / name
            if name.startswith(".") or p.suffix.lower() not in _BY_SUFFIX \
                    or p.stem.lower() in _WALK_SKIP_NAMES:
                continue
            if p.is_symlink() and not _inside(p, root):
                out.append((str(p), _outside(p, folder)))
            elif p.is_file():  # FIFOs, sockets and devices are not reports
                out.append((str(p), p))
    return [item for _key, item in sorted(out, key=lambda kv: Path(kv[0]))]


def _inside(link: Path, root: Path) -> bool:
    try:
        return link.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links
        return False


def _outside(link: Path, folder: Path) -> ReadError:
    return ReadError(str(link), f"symbolic link to {os.path.realpath(link)}, outside {folder}: "
                                "not followed (give it as an argument to read it)")


def _too_big(size: int, options: IngestOptions) -> str:
    return (f"is {size / 1024 / 1024:.1f} MB, over the limit of "
            f"{options.max_bytes / 1024 / 1024:.1f} MB per input (raise it with --max-size)")


def read_file(path: Path, options: IngestOptions) -> Iterator[Report | ReadError]:
    origin = str(path)
    try:
        size = path.stat().st_size
        fmt = _BY_SUFFIX.get(path.suffix.lower())
        if fmt == "jsonl":  # streamed line by line: only lines are limited
            with path.open("rb") as fh:
                yield from read_jsonl(_limited_lines(fh, options), origin, options)
            return
        if size > options.max_bytes:
            yield ReadError(origin, f"file {_too_big(size, options)}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, origin, detect_format(data, path.suffix), options)


def _limited_lines(fh: BinaryIO, options: IngestOptions) -> Iterator[bytes]:
    """Lines of a binary stream, each cut at ``max_bytes + 1`` so one huge line can't eat memory
    (the JSONL reader then refuses it as too long)."""
    limit = options.max_bytes + 1
    while True:
        line = fh.readline(limit)
        if not line:
            return
        if len(line) == limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                more = fh.readline(limit)
                if not more or more.endswith(b"\n"):
                    break
        yield line


def _chain_lines(head: bytes, stream: BinaryIO, options: IngestOptions) -> Iterator[bytes]:
    """Lines of ``head`` followed by the rest of ``stream`` (head ends mid-line, usually)."""
    *complete, partial = head.split(b"\n")
    for line in complete:
        yield line + b"\n"
    for line in _limited_lines(stream, options):
        yield partial + line
        partial = b""
    if partial:
        yield partial


def read_stdin(options: IngestOptions,
               stream: BinaryIO | None = None) -> Iterator[Report | ReadError]:
    """Standard input: JSONL streams line by line; any other format is read whole (bounded)."""
    stream = stream if stream is not None else sys.stdin.buffer
    head = stream.read(65536)
    if detect_format(head) == "jsonl":
        yield from read_jsonl(_chain_lines(head, stream, options), "-", options)
        return
    data = head + stream.read(max(options.max_bytes + 1 - len(head), 0))
    if len(data) > options.max_bytes:
        yield ReadError("-", f"standard input {_too_big(len(data), options)}")
        return
    yield from read_bytes(data, "-", detect_format(data), options)


def read_paths(paths: Iterable[str | Path], options: IngestOptions = IngestOptions(),
               stdin: BinaryIO | None = None) -> Iterator[Report | ReadError]:
    """Every report in ``paths`` (files, folders recursively, ``-`` for stdin), in order."""
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin(options, stdin)
            continue
        if isinstance(raw, str) and _URL.match(raw):
            # never through Path: it would turn http://x into http:/x in the message
            yield ReadError(raw, "URLs are not fetched: save the page or feed to a file "
                                 "(or pipe it to '-') and ingest that")
            continue
        path = Path(raw)
        if path.is_dir():
            entries = walk(path)
            if not entries:
                yield ReadError(str(path), "folder holds no report files "
                                           f"({', '.join(sorted(set(_BY_SUFFIX)))})")
            for entry in entries:
                if isinstance(entry, ReadError):
                    yield entry
                else:
                    yield from read_file(entry, options)
        elif path.is_file():
            yield from read_file(path, options)
        elif path.exists():
            yield ReadError(str(path), f"not a regular file ({_kind(path)}): not read, it could "
                                       "block forever; use '-' to read standard input")
        else:
            yield ReadError(str(path), "no such file or folder")


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _kind(path: Path) -> str:
    mode = path.stat().st_mode
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a file or folder"


def read_path(path: str | Path, options: IngestOptions = IngestOptions(),
              stdin: BinaryIO | None = None) -> Iterator[Report | ReadError]:
    """Every report in one path (a file, a folder, or ``-``)."""
    return read_paths([path], options, stdin=stdin)
