"""Text normalisation shared by every reader: newlines, stray control characters, the hash.

Every string that enters from outside passes :func:`valid_unicode` first: a lone UTF-16
surrogate (``"\\ud800"`` in JSON) cannot be encoded as UTF-8 and a NUL is refused by
PostgreSQL, so both become U+FFFD (one character for one, so offsets into a verbatim text
still hold) and the reader warns. SQLite and PostgreSQL then store the same text.

The content hash is what makes ingestion idempotent: the same report arriving twice (from a
feed and from a saved page, with different line endings or spacing) is stored once.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_INVALID = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_RUN = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+\n")


def valid_unicode(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate and NUL replaced by U+FFFD, and how many were.

    The length never changes (one character for one).
    """
    fixed, n = _INVALID.subn(REPLACEMENT, text)
    return fixed, n


def invalid_warning(n: int, what: str = "text") -> str:
    return (f"{what}: {n} invalid character(s) (NUL or lone UTF-16 surrogate) "
            "replaced by U+FFFD")


def clean_text(text: str) -> str:
    """Unify newlines, drop NULs and control characters, NFC-normalise, trim blank runs.

    Offsets of every later stage refer to this text, so it is the text we store and return.
    """
    text, _n = valid_unicode(_CONTROL.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
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
