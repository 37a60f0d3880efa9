"""Stored text made safe for where it is shown: spreadsheet cells and terminals.

Reports come from the open web, so a source name or a quote may hold a formula
(``=HYPERLINK(...)``) or terminal escape sequences. :func:`printable` removes escape
sequences and control characters (C0 but newline and tab, DEL, C1); :func:`csv_cell` also
neutralises a text cell that a spreadsheet would run as a formula (OWASP's advice: a leading
single quote before ``=``, ``+``, ``-``, ``@``, tab or CR). Numbers stay numbers.
:func:`json_text` is ``json.dumps(ensure_ascii=False)`` with the characters a terminal or a
JavaScript parser acts on escaped as ``\\uXXXX`` (the JSON values are unchanged).
"""

from __future__ import annotations

import json
import re
from typing import Any

# json.dumps(ensure_ascii=False) escapes C0 controls but keeps DEL and C1 (0x80-0x9f: 0x9b
# is a terminal's CSI, 0x9d its OSC) raw, and U+2028/U+2029, which end a line in JavaScript.
_JSON_ESCAPE = {cp: f"\\u{cp:04x}" for cp in (*range(0x7F, 0xA0), 0x2028, 0x2029)}

# ESC sequences: CSI (ESC [ ... final), OSC/DCS/APC/PM/SOS strings (to BEL or ST), then any
# two-character ESC sequence; C1 CSI (0x9b) the same way.
_ESCAPE = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
                     r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
                     r"|\x1b[ -~]?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str) -> str:
    """``text`` without escape sequences and control characters (newline and tab kept)."""
    return _CONTROL.sub("", _ESCAPE.sub("", text))


def json_text(obj: Any, **kw: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, **kw)`` with DEL, C1 controls and U+2028/2029
    written as ``\\u`` escapes. Outside strings JSON text is ASCII, so escaping these
    characters wherever they are changes no value: ``json.loads`` gives ``obj`` back."""
    return json.dumps(obj, ensure_ascii=False, **kw).translate(_JSON_ESCAPE)


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: text made printable and never a formula; numbers as they are."""
    if not isinstance(value, str):
        return value
    text = printable(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text
