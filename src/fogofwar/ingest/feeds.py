"""RSS and Atom feeds (feedparser): one report per entry, the entry's HTML made text.

A feed whose elements nest deeper than ``MAX_DEPTH`` is refused before feedparser sees it:
feedparser's loose parser takes seconds on 100k nested tags, and no real feed nests more
than a few dozen deep (an Atom entry's XHTML content included).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from ..records import Report
from .base import IngestOptions, ReadError, make_report
from .dates import normalise_date
from .entities import REASON as ENTITIES, declares_entities
from .html import fragment_text


# Elements nested deeper than this refuse the feed (a real one nests a few dozen at most).
MAX_DEPTH = 1000
# A tag, or the start of a CDATA section or comment (whose insides hold no elements). The
# quantifiers are possessive: a '<' with a megabyte of letters and no '>' after it fails
# once, in one pass, instead of backtracking over every split of the run (quadratic).
_TAG = re.compile(rb"<(?:(!\[CDATA\[)|(!--)|(/?)([A-Za-z_][^\s/<>]*+)([^<>]*+)>)")
# HTML elements that never enclose anything, when a feed carries unescaped HTML.
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr"
                  .split())


def too_deep(data: bytes, limit: int = MAX_DEPTH) -> int | None:
    """The byte offset at which elements nest deeper than ``limit``, or None.

    A scan of the tags alone, stopping at the first one too deep, so it is cheap whatever
    the input; it needs no well-formed XML (feedparser reads broken feeds too). Tags inside
    CDATA sections and comments do not count; nor do HTML void elements (``<br>``)."""
    depth, pos = 0, 0
    while True:
        m = _TAG.search(data, pos)
        if m is None:
            return None
        cdata, comment, close, name, rest = m.groups()
        if cdata or comment:
            end = data.find(b"]]>" if cdata else b"-->", m.end())
            if end < 0:
                return None  # the rest is inside it
            pos = end + 3
            continue
        pos = m.end()
        if name.lower() in _VOID:  # RSS's <link>...</link> as well: neither opens nor closes
            continue
        if close:
            depth = max(depth - 1, 0)
        elif not rest.endswith(b"/"):
            depth += 1
            if depth > limit:
                return m.start()


def read_feed(data: bytes, origin: str, options: IngestOptions) -> Iterator[Report | ReadError]:
    """A feed document -> a Report per entry (or a ReadError for the feed or an entry)."""
    import feedparser

    if declares_entities(data):
        yield ReadError(origin, f"not read as a feed: it {ENTITIES}")
        return
    at = too_deep(data)
    if at is not None:
        yield ReadError(origin, f"not read as a feed: its elements nest over {MAX_DEPTH:,} deep "
                                f"(at byte {at:,}); no real feed does, and parsing it would "
                                "take seconds")
        return
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # noqa: BLE001 - e.g. a NUL in the declared encoding's name
        yield ReadError(origin, f"not a readable RSS/Atom feed ({type(exc).__name__}: {exc})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        yield ReadError(origin, f"not a readable RSS/Atom feed ({why})" if why
                        else "feed has no entries")
        return
    outlet = parsed.get("feed", {}).get("title")
    for i, entry in enumerate(entries):
        where = f"{origin}#{i + 1}"
        html = ""
        if entry.get("content"):
            html = "\n".join(c.get("value", "") for c in entry["content"])
        html = html or entry.get("summary", "") or entry.get("description", "")
        text = fragment_text(html) if html else ""
        title = entry.get("title")
        if not text.strip():
            yield ReadError(where, f"feed entry {title or i + 1!r} has no text")
            continue
        # The raw date string first: it keeps the publisher's UTC offset (feedparser's
        # parsed form is converted to UTC, which can move a late-evening report a day).
        published: object = entry.get("published") or entry.get("updated")
        if normalise_date(published)[0] is None:
            with warnings.catch_warnings():  # feedparser warns about its date-field alias
                warnings.simplefilter("ignore", DeprecationWarning)
                published = (entry.get("published_parsed") or entry.get("updated_parsed")
                             or published)
        guid = entry.get("id")
        yield make_report(text, where, options,
                          id=guid if guid and len(guid) <= 200 else None,
                          published=published, source=outlet, url=entry.get("link"),
                          title=title, language=parsed.get("feed", {}).get("language"))
