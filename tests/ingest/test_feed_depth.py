"""A feed nesting its elements far deeper than any real feed is refused, naming the input,
before feedparser sees it (issue 16: feedparser's loose parser took seconds to half a
minute on 100k nested tags); real feeds, CDATA full of HTML and deep-but-sane nesting are
read as before."""

from __future__ import annotations

import feedparser
import pytest

from fogofwar.ingest import feeds
from fogofwar.ingest.base import IngestOptions, ReadError
from fogofwar.ingest.feeds import MAX_DEPTH, too_deep
from fogofwar.ingest.sources import read_bytes, read_paths
from fogofwar.records import Report

HEAD = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        b"<link>https://example.org</link><item><title>Sumy</title>"
        b"<description>Russian forces shelled Sumy overnight.</description></item>")
TAIL = b"</channel></rss>"


def nested(n: int, open_: bytes = b"<item>", close: bytes = b"</item>") -> bytes:
    return HEAD + open_ * n + b"x" + close * n + TAIL


@pytest.mark.parametrize("open_,close", [(b"<item>", b"</item>"), (b"<div>", b""),
                                         (b"<a><b>", b""), (b"<x:y xmlns:x='u'>", b"</x:y>")])
def test_a_feed_nested_100k_deep_is_refused_before_feedparser(monkeypatch, open_, close):
    def never(*_a, **_k):
        raise AssertionError("feedparser was given a feed nested 100k deep")

    monkeypatch.setattr(feedparser, "parse", never)
    out = list(read_bytes(nested(100_000, open_, close), "deep.rss", "feed", IngestOptions()))
    assert len(out) == 1 and isinstance(out[0], ReadError)
    assert out[0].origin == "deep.rss"
    assert f"nest over {MAX_DEPTH:,} deep" in out[0].reason


def test_sane_feeds_are_read_as_before():
    # nested within the limit: every entry still read
    out = list(read_bytes(nested(MAX_DEPTH - 10), "ok.rss", "feed", IngestOptions()))
    assert isinstance(out[0], Report) and out[0].text == "Russian forces shelled Sumy overnight."
    # HTML inside CDATA (unclosed <p>, many <br>) and void tags do not count as nesting
    html = b"<p>line<br>" * (3 * MAX_DEPTH)
    cdata = (HEAD.replace(b"<description>Russian", b"<description><![CDATA[" + html
                          + b"]]>Russian") + TAIL)
    assert too_deep(cdata) is None
    assert isinstance(next(read_bytes(cdata, "c.rss", "feed", IngestOptions())), Report)
    unescaped = HEAD + b"<item><title>t</title><description>" + b"<br>" * 5000 \
        + b"Sumy</description></item>" + TAIL
    assert too_deep(unescaped) is None
    with open("examples/reports/frontline-notes.rss", "rb") as fh:
        example = fh.read()
    assert too_deep(example, 4) is None and too_deep(example, 3) is not None


def test_the_depth_is_measured_exactly():
    assert too_deep(b"<a><b><c/></b></a>", 2) is None
    assert too_deep(b"<a><b><c></c></b></a>", 2) == len(b"<a><b>")
    assert too_deep(b"<a><!-- <b><c><d> --><b></b></a>", 2) is None
    assert too_deep(b"<a><![CDATA[<b><c>", 1) is None  # an unclosed CDATA runs to the end


def test_a_batch_goes_on_past_a_deep_feed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.rss").write_bytes(nested(50_000))
    (tmp_path / "b.txt").write_text("Russian forces shelled Sumy.", encoding="utf-8")
    out = list(read_paths([str(tmp_path)]))
    assert isinstance(out[0], ReadError) and out[0].origin.endswith("a.rss")
    assert isinstance(out[1], Report) and out[1].text == "Russian forces shelled Sumy."
    assert feeds.MAX_DEPTH == MAX_DEPTH


@pytest.mark.parametrize("head", [b"<", b"<a ", b"<a x=", b"</", b"<item>", b"<!-"])
def test_a_tag_that_never_closes_is_scanned_once(head):
    # bench/fuzz.py input 11482 (seed 1612): a '<' then a megabyte of letters and no '>'.
    # The scan backtracked over every split of the run (hours); it is one pass now.
    data = (head + b"a" * 1_000_000) * 2
    assert too_deep(data, 1) is None if head != b"<item>" else too_deep(data, 1) is not None
    assert too_deep(data) is None
