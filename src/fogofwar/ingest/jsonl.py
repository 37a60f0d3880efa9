"""JSONL input: one object per line, ``{"id"?, "text" | "html", "published"?, "source"?,
"url"?, "title"?}`` (the design's ``fogofwar extract`` input; ``language`` is accepted too).
A ``text`` is kept verbatim, so that output offsets index exactly the string sent in.

Lines are read one at a time, so a large JSONL file streams; a malformed line becomes a
``ReadError`` naming ``file:line`` and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..records import Report
from .base import IngestOptions, ReadError, make_report
from .html import read_html
from .normalize import valid_unicode

_STR_FIELDS = ("id", "source", "url", "title", "language")


@dataclass(frozen=True)
class Parsed:
    """One JSONL line: the report (or error), the id to echo, whether the input was HTML."""

    result: Report | ReadError
    id: str | None
    was_html: bool = False


def parse_object(obj: object, origin: str, options: IngestOptions) -> Parsed:
    """A decoded JSON value -> a Report (or a ReadError saying what is wrong with it)."""
    if not isinstance(obj, dict):
        return Parsed(ReadError(origin, f"expected a JSON object, got {type(obj).__name__}"), None)
    rid = obj.get("id")
    if rid is not None and not isinstance(rid, (str, int)):
        return Parsed(ReadError(origin, "'id' must be a string"), None)
    rid = valid_unicode(str(rid))[0] if rid is not None else None
    for key in _STR_FIELDS[1:]:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return Parsed(ReadError(origin, f"'{key}' must be a string or null"), rid)
    published = obj.get("published")
    if published is not None and not isinstance(published, str):
        return Parsed(ReadError(origin, "'published' must be an ISO date string or null"), rid)
    text, html = obj.get("text"), obj.get("html")
    meta = dict(id=rid, published=published, source=obj.get("source"), url=obj.get("url"),
                title=obj.get("title"), language=obj.get("language"))
    if isinstance(text, str) and text.strip():
        return Parsed(make_report(text, origin, options, verbatim=True, **meta), rid)
    if isinstance(html, str) and html.strip():
        return Parsed(read_html(html, origin, options, **meta), rid, was_html=True)
    if any(v is not None and not isinstance(v, str) for v in (text, html)):
        return Parsed(ReadError(origin, "'text' and 'html' must be strings"), rid)
    return Parsed(ReadError(origin, "needs a non-empty 'text' or 'html'"), rid)


def parse_line(line: str | bytes, origin: str, options: IngestOptions) -> Parsed:
    """One JSONL line -> Parsed."""
    if len(line) > options.max_bytes:
        return Parsed(ReadError(origin, f"line is {len(line):,} bytes, over the limit of "
                                        f"{options.max_bytes:,}"), None)
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return Parsed(ReadError(origin, f"line is not UTF-8 ({exc.reason} at byte "
                                            f"{exc.start})"), None)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Parsed(ReadError(origin, f"malformed JSON: {exc.msg} (column {exc.colno})"), None)
    return parse_object(obj, origin, options)


def iter_lines(lines: Iterable[str | bytes], name: str,
               options: IngestOptions) -> Iterator[tuple[int, Parsed]]:
    """(line number, Parsed) for every non-blank line; ``name`` prefixes each origin."""
    for n, line in enumerate(lines, 1):
        # Measure before stripping: an over-long line arrives cut at max_bytes + 1.
        body = line.rstrip(b"\r\n") if isinstance(line, bytes) else line.rstrip("\r\n")
        if len(body) > options.max_bytes:
            yield n, Parsed(ReadError(f"{name}:{n}", f"line is over the limit of "
                                                     f"{options.max_bytes:,} bytes"), None)
            continue
        stripped = body.strip()
        if not stripped:
            continue
        try:
            parsed = parse_line(stripped, f"{name}:{n}", options)
        except Exception as exc:  # noqa: BLE001 - one bad line never stops the others
            parsed = Parsed(ReadError(f"{name}:{n}", f"could not be read ({type(exc).__name__}:"
                                                     f" {exc})"), None)
        yield n, parsed


def read_jsonl(lines: Iterable[str | bytes], name: str,
               options: IngestOptions) -> Iterator[Report | ReadError]:
    for _n, parsed in iter_lines(lines, name, options):
        yield parsed.result


def read_json_document(data: bytes, name: str,
                       options: IngestOptions) -> Iterator[Report | ReadError]:
    """A ``.json`` file: one object, an array of objects, or (failing that) JSONL."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        yield from read_jsonl(data.splitlines(), name, options)
        return
    items = value if isinstance(value, list) else [value]
    for i, obj in enumerate(items):
        yield parse_object(obj, f"{name}[{i}]" if isinstance(value, list) else name, options).result
