"""XML entity declarations: refused before any parser sees them.

A document declaring entities in its DOCTYPE (``<!DOCTYPE r [<!ENTITY ...>]>``) is how XML
parsers are attacked: nested expansion ("billion laughs", quadratic blow-up) and external
entities (``SYSTEM "file:///etc/passwd"``). No real feed or web page needs one, so feeds and
HTML that declare any are refused, naming the input, rather than read with the declarations
left as junk text. A DOCTYPE without an internal subset (RSS 0.91's public DTD) is fine.
"""

from __future__ import annotations

import re

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
REASON = ("declares XML entities (<!ENTITY> in its DOCTYPE): refused, not parsed; entity "
          "expansion ('billion laughs') and external entities (file://) are attacks on "
          "parsers, and no real feed or page needs them")


def declares_entities(data: bytes | str) -> bool:
    """Whether a DOCTYPE's internal subset (between its ``[`` and ``]``) declares an entity.
    One pass over the document at most."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    m = _DOCTYPE.search(raw)
    while m is not None:
        open_ = raw.find(b"[", m.end())
        close = raw.find(b">", m.end())
        if open_ < 0:
            return False
        if close < 0 or open_ < close:  # an internal subset: up to its ']'
            end = raw.find(b"]", open_)
            if raw.find(b"<!ENTITY", open_, end if end >= 0 else len(raw)) >= 0:
                return True
            if end < 0:
                return False
            nxt = end
        else:
            nxt = close
        m = _DOCTYPE.search(raw, nxt)
    return False
