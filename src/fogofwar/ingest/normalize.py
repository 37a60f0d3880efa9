"""Text normalisation shared by every reader: newlines, stray control characters, the hash.

The content hash is what makes ingestion idempotent: the same report arriving twice (from a
feed and from a saved page, with different line endings or spacing) is stored once.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_RUN = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+\n")


def clean_text(text: str) -> str:
    """Unify newlines, drop NULs and control characters, NFC-normalise, trim blank runs.

    Offsets of every later stage refer to this text, so it is the text we store and return.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING.sub("\n", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of the text with every whitespace run collapsed to one space."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def report_id_for(content_hash_: str) -> str:
    """The id of a report that came without one: a prefix of its content hash."""
    return content_hash_[:16]
