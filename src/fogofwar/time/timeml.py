"""Read TimeML (TimeBank, TempEval-3) documents: plain text, creation date and gold TIMEX3 spans.

Used by the TimeBank accuracy gate and by anyone who wants to score the time stage on TimeML
data. Only the standard library's XML parser is needed: the ``<TEXT>`` element's mixed
content is flattened to plain text while the character offsets of each ``<TIMEX3>`` are kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3: its span in the plain text and its TimeML attributes."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    doc_id: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


class TimeMLError(ValueError):
    """A TimeML file that cannot be read (not XML, or no ``<TEXT>``)."""


def _flatten(elem: ET.Element, out: list[str], pos: list[int], found: list[GoldTimex]) -> None:
    """Append ``elem``'s text content to ``out``, recording TIMEX3 offsets as it goes."""
    start = pos[0]
    if elem.text:
        out.append(elem.text)
        pos[0] += len(elem.text)
    for child in elem:
        _flatten(child, out, pos, found)
        if child.tail:
            out.append(child.tail)
            pos[0] += len(child.tail)
    if elem.tag == "TIMEX3":  # text is filled in once the whole document is flat
        found.append(GoldTimex(text="", start=start, end=pos[0],
                               type=elem.get("type", ""), value=elem.get("value", "")))


def parse_timeml(source: str | Path, doc_id: str | None = None) -> TimeMLDoc:
    """Parse a TimeML file (path) or string into text, DCT and gold TIMEX3 spans.

    The DCT is the TIMEX3 whose ``functionInDocument`` is ``CREATION_TIME`` (its date part).
    Offsets index into ``TimeMLDoc.text``, the ``<TEXT>`` element's content.
    """
    is_markup = isinstance(source, str) and source.lstrip().startswith("<")
    if not is_markup:
        path = Path(source)
        doc_id = doc_id or path.stem
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise TimeMLError(f"{path}: cannot read: {exc}") from exc
    else:
        raw = str(source)
        doc_id = doc_id or "timeml"
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise TimeMLError(f"{doc_id}: not well-formed XML: {exc}") from exc
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                dct = date.fromisoformat(timex.get("value", "")[:10])
            except ValueError:
                dct = None
            break
    text_elem = root.find(".//TEXT")
    if text_elem is None:
        raise TimeMLError(f"{doc_id}: no <TEXT> element")
    out: list[str] = []
    found: list[GoldTimex] = []
    _flatten(text_elem, out, [0], found)
    text = "".join(out)
    timexes = tuple(
        GoldTimex(text=text[g.start:g.end], start=g.start, end=g.end, type=g.type, value=g.value)
        for g in sorted(found, key=lambda g: g.start)
    )
    return TimeMLDoc(doc_id=doc_id, text=text, dct=dct, timexes=timexes)
