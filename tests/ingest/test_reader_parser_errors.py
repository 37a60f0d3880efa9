"""Inputs found by bench/fuzz.py that made a reader raise and so ended a whole ingest batch
(issue 16): CPython's html.parser asserts on an unknown marked section ('<![CDAT['), and
feedparser raises ValueError on a NUL in the declared encoding's name. Each now gives a
report or an error naming the input, and any other parser error on hostile input becomes
that input's ReadError too."""

from __future__ import annotations

import pytest

from fogofwar.ingest import sources
from fogofwar.ingest.base import IngestOptions, ReadError
from fogofwar.ingest.html import fragment_text
from fogofwar.ingest.sources import read_bytes, read_paths
from fogofwar.records import Report

MARKED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
          b"<title>t</title><description><![CDAT\xb1[<p>Heavy fighting near Demidovka.</p>"
          b"</description></item></channel></rss>")
NUL_ENCODING = (b'<?xml version="1.0" encoding="utf\x00-8"?><rss version="2.0"><channel>'
                b"<item><title>t</title><description>Sumy was shelled.</description></item>"
                b"</channel></rss>")


def test_an_unknown_marked_section_is_text_not_a_crash():
    assert fragment_text("<p>Sumy <![CDAT[x]]> shelled</p>") == "Sumy <![CDAT[x]]> shelled"
    for fmt in ("html", "feed", "text"):
        out = list(read_bytes(MARKED, "in", fmt, IngestOptions()))
        assert out and all(isinstance(r, (Report, ReadError)) for r in out), fmt
    html = list(read_bytes(b"<html><body><![CDAT[<p>Sumy was shelled.</p></body></html>",
                           "in", "html", IngestOptions()))
    assert isinstance(html[0], Report) and "Sumy was shelled." in html[0].text


def test_a_nul_in_the_feed_encoding_is_a_read_error():
    out = list(read_bytes(NUL_ENCODING, "in.rss", "feed", IngestOptions()))
    assert len(out) == 1 and isinstance(out[0], ReadError)
    assert out[0].origin == "in.rss" and "not a readable RSS/Atom feed" in out[0].reason


def test_a_batch_goes_on_past_inputs_that_broke_a_parser(tmp_path):
    (tmp_path / "a.rss").write_bytes(NUL_ENCODING)
    (tmp_path / "b.xml").write_bytes(MARKED)
    (tmp_path / "c.txt").write_text("Russian forces shelled Sumy.", encoding="utf-8")
    out = list(read_paths([str(tmp_path)]))
    assert [type(r).__name__ for r in out][-1] == "Report"
    assert any(isinstance(r, ReadError) and r.origin.endswith("a.rss") for r in out)


def test_any_parser_exception_becomes_the_inputs_error(monkeypatch):
    def broken(*_a, **_k):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(sources, "read_html", broken)
    out = list(read_bytes(b"<p>x</p>", "page.html", "html", IngestOptions()))
    assert len(out) == 1 and isinstance(out[0], ReadError)
    assert out[0].origin == "page.html"
    assert out[0].reason == ("could not be read as html (RecursionError: maximum recursion "
                             "depth exceeded)")


@pytest.mark.parametrize("data", [MARKED, NUL_ENCODING])
def test_stdin_sniffing_survives_them(data):
    import io

    out = list(sources.read_stdin(IngestOptions(), io.BytesIO(data)))
    assert out and all(isinstance(r, (Report, ReadError)) for r in out)
