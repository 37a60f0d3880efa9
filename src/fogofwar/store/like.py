"""LIKE patterns from user text: ``%``, ``_`` and the escape character match themselves.

Every LIKE in the store is written ``LIKE ? ESCAPE '\\'`` (:data:`LIKE`) with a pattern from
:func:`contains` or :func:`escape_like`, so ``--place %`` finds places whose name holds a
percent sign, not every place. The same SQL works on SQLite and PostgreSQL.
"""

from __future__ import annotations

ESCAPE = "\\"
LIKE = "LIKE ? ESCAPE '\\'"


def escape_like(value: str) -> str:
    """``value`` with the LIKE wildcards and the escape character escaped, and a NUL made
    U+FFFD, as the readers store it (SQLite cut a pattern at a NUL, so ``%\0%`` matched
    everything; PostgreSQL refuses a NUL)."""
    return (value.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%")
            .replace("_", ESCAPE + "_").replace("\x00", "\ufffd"))


def contains(value: str) -> str:
    """A case-folded pattern matching any text that contains ``value`` (lower-cased)."""
    return f"%{escape_like(value.lower())}%"
