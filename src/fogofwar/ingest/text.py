"""Plain-text reports: bytes -> text in the right encoding, an optional metadata header.

Reports in this field arrive as UTF-8 (with or without BOM), UTF-16 (with or without BOM,
often from Windows tools) and cp1251 (Cyrillic Windows); charset-normalizer guesses the
rest. Binary files are recognised and refused instead of being decoded into noise.

A text file may start with a header of ``Key: value`` lines and a blank line::

    Title: Shelling reported in Demidovka
    Source: Example Wire
    Published: 2025-04-08
    URL: https://example.org/a

Known keys: id, title, source (or outlet), published (or date), url, language.
"""

from __future__ import annotations

import codecs
import re

from ..records import Report
from .base import IngestOptions, ReadError, make_report

# Signatures of common binary formats, to name them in the error message.
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/ODT)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"), (b"\xd0\xcf\x11\xe0", "an MS Office file"),
)
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,20}):[ \t]*(.*)$")
_HEADER_KEYS = {"id": "id", "title": "title", "source": "source", "outlet": "source",
                "published": "published", "date": "published", "url": "url",
                "language": "language", "lang": "language"}


def decode(data: bytes) -> tuple[str, str] | str:
    """Return (text, encoding), or a reason (str) why these bytes are not text."""
    if not data.strip():
        return "empty file"
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                return f"starts with a {enc} byte-order mark but does not decode: {exc.reason}"
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            return data.decode(enc16), enc16
        except UnicodeDecodeError:
            pass
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({what}), not a text report"
    if b"\x00" in data[:65536]:
        return "binary file (contains NUL bytes), not a text report"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "binary file or unknown text encoding (charset detection found none)"
    text = str(best)
    # A decoding full of control characters means the bytes were not text after all.
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(5, len(text[:20000]) // 100):
        return "binary file (mostly control characters), not a text report"
    return text, best.encoding


# High bytes of UTF-16 code units in Latin (00), Greek (03), Cyrillic (04-05) text with
# general punctuation (20: dashes, quotes) and letterlike symbols (21: №).
_UTF16_HIGH = {0x00, 0x03, 0x04, 0x05, 0x20, 0x21}


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16: Latin text has NULs in every other byte, Cyrillic a
    constant 0x04 there. A candidate must decode strictly to mostly printable text."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    sample = sample[: len(sample) // 2 * 2]
    for enc, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if not set(high) <= _UTF16_HIGH:
            continue
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
        if printable >= 0.97 * len(text):
            return enc
    return None


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``Key: value`` header (known keys only) from the body."""
    lines = text.lstrip("\ufeff").split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r")
        if not line.strip():
            break
        m = _HEADER_LINE.match(line)
        key = _HEADER_KEYS.get(m.group(1).strip().lower()) if m else None
        if key is None:
            return {}, text  # not a header after all: the whole file is the body
        meta[key] = m.group(2).strip()
        i += 1
    if not meta or i >= len(lines):
        return {}, text
    return meta, "\n".join(lines[i + 1:])


def read_text(data: bytes, origin: str, options: IngestOptions) -> Report | ReadError:
    """Bytes of a plain-text report -> a Report."""
    decoded = decode(data)
    if isinstance(decoded, str):
        return ReadError(origin, decoded)
    text, _encoding = decoded
    meta, body = split_header(text)
    return make_report(body, origin, options, id=meta.get("id"), published=meta.get("published"),
                       source=meta.get("source"), url=meta.get("url"), title=meta.get("title"),
                       language=meta.get("language"))
