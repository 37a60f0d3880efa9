"""Ingest: readers per format (plain text, HTML, JSONL, RSS/Atom) -> ``records.Report``.

    for item in read_paths(["reports/", "feed.xml", "-"]):
        if isinstance(item, ReadError): ...   # names the input and the reason
        else: ...                             # a Report with text, metadata and content hash

Heavy libraries (trafilatura, feedparser, charset-normalizer) load on first use.
"""

from __future__ import annotations

from .base import IngestOptions, ReadError, make_report
from .normalize import clean_text, content_hash
from .sources import detect_format, read_bytes, read_file, read_path, read_paths

__all__ = ["IngestOptions", "ReadError", "clean_text", "content_hash", "detect_format",
           "make_report", "read_bytes", "read_file", "read_path", "read_paths"]
