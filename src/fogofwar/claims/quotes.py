"""Quotation spans in a report's text: straight, curly, guillemets and low-9 quotes.

Real text breaks the pairing rules: a quote may run over several sentences, a paragraph of a
long quote may open without closing, a straight quote mark may be left unbalanced. The scanner
works per paragraph and closes whatever is still open at the paragraph's end, so one bad mark
costs at most one paragraph, never the rest of the report (textacy's pairing breaks on an odd
count). Single quotes are not scanned: ’ is far more often an apostrophe.
"""

from __future__ import annotations

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‟": "”"}
CLOSERS = {"”", "»"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks excluded, in text order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        spans.extend((pos + s, pos + e) for s, e in _scan(para))
        pos += len(para) + 1
    return spans


def _scan(para: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None  # (offset after the mark, expected closer)
    for i, ch in enumerate(para):
        if opened is None:
            if ch in OPEN_CLOSE:
                opened = (i + 1, OPEN_CLOSE[ch])
            elif ch == '"':
                opened = (i + 1, '"')
            elif ch in CLOSERS and not out:
                # a closer with no opener: a quote carried over from the previous paragraph
                if para[:i].strip():
                    out.append((0, i))
        elif ch == opened[1] or (ch in CLOSERS and opened[1] in CLOSERS):
            out.append((opened[0], i))
            opened = None
    if opened is not None and opened[0] < len(para):  # unclosed: runs to the paragraph end
        end = len(para.rstrip())
        if end > opened[0]:
            out.append((opened[0], end))
    return out


def enclosing(spans: list[tuple[int, int]], start: int, end: int,
              slack: int = 3) -> tuple[int, int] | None:
    """The quote span that contains [start, end) (allowing ``slack`` chars of punctuation)."""
    for s, e in spans:
        if s - slack <= start and end <= e + slack:
            return s, e
    return None


def overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e in spans if s < end and start < e]
