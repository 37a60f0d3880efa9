"""RSS and Atom feeds (feedparser): one report per entry, the entry's HTML made text."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

from ..records import Report
from .base import IngestOptions, ReadError, make_report
from .dates import normalise_date
from .html import fragment_text


def read_feed(data: bytes, origin: str, options: IngestOptions) -> Iterator[Report | ReadError]:
    """A feed document -> a Report per entry (or a ReadError for the feed or an entry)."""
    import feedparser

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
