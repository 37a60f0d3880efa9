"""HTML pages: trafilatura's main-text extraction and metadata (title, date, outlet, URL).

Explicit metadata (from a JSONL object or a feed entry) wins over what trafilatura finds in
the page. Feed entries are HTML *fragments*; trafilatura's main-content heuristics drop
short fragments and lists, so fragments go through :func:`fragment_text` instead.
"""

from __future__ import annotations

import logging
import re
from html import unescape
from html.parser import HTMLParser

from ..records import Report
from .base import IngestOptions, ReadError, make_report
from .entities import REASON as ENTITIES, declares_entities
from .normalize import invalid_warning, valid_unicode
from .page_url import page_url, site

# trafilatura logs (at WARNING/ERROR) on every odd page; our ReadError already says why.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def read_html(html: str, origin: str, options: IngestOptions, *, id: str | None = None,
              published: object = None, source: str | None = None, url: str | None = None,
              title: str | None = None, language: str | None = None) -> Report | ReadError:
    """An HTML page -> a Report with its main text; metadata arguments override the page's."""
    import trafilatura

    if not html.strip():
        return ReadError(origin, "empty HTML")
    if declares_entities(html):
        return ReadError(origin, f"not read as HTML: it {ENTITIES}")
    # Lone surrogates (from JSON escapes) and NULs: lxml and UTF-8 refuse them.
    html, n_invalid = valid_unicode(html)
    warnings = (invalid_warning(n_invalid, "html"),) if n_invalid else ()
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
        return ReadError(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if text.strip():
        text = splice_lost_paragraphs(text, fragment_text(html).split("\n\n"))
    if not text.strip():
        # No main content found (broken or tiny page): fall back to all visible text.
        text = fragment_text(html)
        if not text.strip():
            return ReadError(origin, "no readable text in HTML (broken markup or an empty page)")
    g = (lambda k: getattr(doc, k, None)) if doc is not None else (lambda k: None)
    # trafilatura takes og:url as it stands (ISW's is a developer host): page_url.py checks it
    address = page_url(html, url)
    outlet = source or g("sitename") or site(address)
    page_title = g("title")
    if not page_title or page_title == g("sitename"):
        # Sites that set og:title to their own name: the <title> element says more.
        page_title = _title_element(html, g("sitename")) or page_title
    return make_report(text, origin, options, id=id,
                       published=published if published not in (None, "") else g("date"),
                       source=outlet, url=address, title=title or page_title,
                       # the page's lang attribute is often the site template's: the
                       # text's own language is detected instead (make_report)
                       language=language, warnings=warnings)


# What a paragraph must have to be spliced back: words enough to be prose, no link
SPLICE_MIN_WORDS = 25
# A paragraph counts as kept by the extractor when it has this many words and its words stand
# in the extracted text
_KEPT_MIN_WORDS = 8
_NON_WORD = re.compile(r"\W+")


def _words_of(text: str) -> str:
    return _NON_WORD.sub(" ", text).lower().strip()


def splice_lost_paragraphs(extracted: str, visible: list[str]) -> str:
    """The extracted main text with the prose paragraphs the extractor dropped from inside it
    put back where they stand: paragraphs of the page's visible text (``visible``, in page
    order) that lie between two paragraphs the extractor kept, have SPLICE_MIN_WORDS words
    or more and no web address (read171: an ISW section set in ``<div><span>`` markup was
    lost with the day's fighting at Lysychansk). The extracted text's opening line, where it
    is a paragraph of the page (the headline the extractor puts first), is kept too, however
    short: the lead between it and the next kept paragraph comes back (read228: an ISW lead
    of four paragraphs, the day's only dispute among them, was lost). Text before that
    first anchor or after the last kept paragraph (menus, notices, footers) is never brought
    back. Pure over the two texts."""
    whole = _words_of(extracted)
    kept = [i for i, p in enumerate(visible)
            if len(p.split()) >= _KEPT_MIN_WORDS and _words_of(p) in whole]
    head = _words_of(extracted.lstrip().split("\n", 1)[0])
    opening = next((i for i, p in enumerate(visible[:kept[0]] if kept else [])
                    if head and _words_of(p) == head), None)
    if opening is not None:
        kept.insert(0, opening)
    if len(kept) < 2:
        return extracted
    out = extracted
    # each gap between two kept paragraphs, from the last back, so that an insertion does
    # not move the anchors of the gaps before it (a paragraph long enough to splice and
    # found in the text is among the kept ones)
    for before, after in reversed(list(zip(kept, kept[1:]))):
        at = out.find(visible[after][:60])
        if at < 0:
            continue
        lost = [p for p in visible[before + 1:after]
                if len(p.split()) >= SPLICE_MIN_WORDS and "http" not in p and "www." not in p]
        if lost:
            # (at the start of its line: a kept paragraph may be set as a list item, "- ")
            at = out.rfind("\n", 0, at) + 1
            out = out[:at] + "".join(p + "\n" for p in lost) + out[at:]
    return out


_ANY_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _title_element(html: str, sitename: str | None) -> str | None:
    """The page's <title>, without a trailing " | Site name" (or " - Site name")."""
    m = _TITLE.search(html[:200_000])
    if not m:
        return None
    title = " ".join(unescape(m.group(1)).split())
    for sep in (" | ", " - ", " – ", " — "):
        head, _, tail = title.rpartition(sep)
        if head and (not sitename or tail.strip().lower() == sitename.lower()):
            return head.strip()
    return title or None


_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
          "blockquote", "section", "article", "header", "footer", "table", "pre", "hr"}
_SKIP = {"script", "style", "noscript", "template", "head"}


class _TextCollector(HTMLParser):
    """Visible text with paragraph breaks at block elements (stdlib parser: lenient with
    broken markup, unlike strict XML parsers; where it is not, see below)."""

    def parse_marked_section(self, i, report=1):
        # CPython's _markupbase raises AssertionError on an unknown marked-section keyword
        # ('<![CDAT[', found by bench/fuzz.py): keep it as text instead
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            j = self.rawdata.find(">", i)
            if j < 0:
                return -1
            self.handle_data(self.rawdata[i:j + 1])
            return j + 1

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: D401
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """All visible text of an HTML fragment or page, one paragraph per block element."""
    p = _TextCollector()
    try:
        p.feed(html)
        p.close()
        raw = "".join(p.parts)
    except Exception:  # noqa: BLE001 - a parser bug on hostile markup: strip tags instead
        raw = unescape(_ANY_TAG.sub("\n\n", html))
    paras = (" ".join(chunk.split()) for chunk in raw.split("\n\n"))
    return "\n\n".join(x for x in paras if x)
