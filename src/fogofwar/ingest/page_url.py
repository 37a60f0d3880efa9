"""A page's own address, taken from its markup only when it is plausible (issue 15).

Pages name themselves in ``<link rel="canonical">`` and ``<meta property="og:url">``, and
both are often wrong: the ISW's daily assessments carry ``og:url`` =
``http://dev-isw.bivings.com/`` (a developer host's front page) on every report, with a
canonical link relative to the site. A canonical address is taken when it is:

- an absolute http(s) URL (a relative one only against the URL the input gives), and
- not a site's front page (no report lives at ``/``), and
- on the same site as the URL the input gives (``url`` of a JSONL line or feed entry),
  when one is given; otherwise the page's two self-references must not name two sites.

Else the given URL is kept, or the report has none: no address beats a wrong one.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

HEAD_CHARS = 200_000  # self-references sit in <head>; never parse a whole page for them


class _SelfRefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.og_url: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "").strip() for k, v in attrs if k}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.canonical = self.canonical or a["href"]
        elif tag == "meta" and (a.get("property") or a.get("name", "")).lower() == "og:url":
            self.og_url = self.og_url or a.get("content") or None


def self_references(html: str) -> tuple[str | None, str | None]:
    """(canonical link, og:url) as the page writes them."""
    p = _SelfRefs()
    try:
        p.feed(html[:HEAD_CHARS])
    except Exception:  # noqa: BLE001 - hostile markup: no self-reference, the text still reads
        pass
    return p.canonical, p.og_url


def site(url: str | None) -> str | None:
    """The host a URL is on, without ``www.`` (None when it is no http(s) URL)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    return host[4:] if host.startswith("www.") else host


def _plausible(url: str | None, given: str | None) -> str | None:
    if not url:
        return None
    absolute = urljoin(given, url) if given else url
    if site(absolute) is None or urlsplit(absolute).path in ("", "/"):
        return None  # not a web address, or a front page
    if given and site(absolute) != site(given):
        return None
    return absolute


def page_url(html: str, given: str | None = None) -> str | None:
    """The report's URL: the page's canonical address when plausible, else ``given``."""
    canonical, og_url = self_references(html)
    found = [u for u in (_plausible(canonical, given), _plausible(og_url, given)) if u]
    if not given and len({site(u) for u in found}) > 1:
        return None  # the page names two sites for itself: trust neither
    return found[0] if found else given
