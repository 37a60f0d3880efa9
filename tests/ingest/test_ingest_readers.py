"""Readers: every format, every encoding seen in the field, and every kind of bad input."""

from __future__ import annotations

import codecs
import io
import json

import pytest

from fogofwar.ingest import IngestOptions, ReadError, content_hash, read_paths
from fogofwar.ingest.dates import normalise_date
from fogofwar.ingest.text import decode, split_header
from fogofwar.records import Report

UK_RU = "Обстрел села Демидовка Белгородской области продолжался всю ночь, сообщили власти."
EN = "Shelling of the village continued through the night, officials said on Tuesday."


def reports(items):
    return [i for i in items if isinstance(i, Report)]


def errors(items):
    return [i for i in items if isinstance(i, ReadError)]


# -- encodings --------------------------------------------------------------------------

@pytest.mark.parametrize("encoded", [
    UK_RU.encode("utf-8"),
    codecs.BOM_UTF8 + UK_RU.encode("utf-8"),
    UK_RU.encode("utf-16"),            # with BOM
    UK_RU.encode("utf-16-le"),         # without BOM
    UK_RU.encode("utf-16-be"),         # without BOM
    (UK_RU + " " + UK_RU).encode("cp1251"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1251"])
def test_encodings_decode_to_the_same_text(encoded):
    decoded = decode(encoded)
    assert not isinstance(decoded, str), decoded
    text, _enc = decoded
    assert UK_RU in text.lstrip("\ufeff")


def test_english_utf16_without_bom(tmp_path):
    f = tmp_path / "w.txt"
    f.write_bytes(EN.encode("utf-16-le"))
    [r] = list(read_paths([f]))
    assert r.text == EN


# -- bad input: each gets its own clear reason --------------------------------------------

@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t", "empty"),
    ("pic.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "PNG image"),
    ("doc.txt", b"%PDF-1.7\n" + bytes(range(256)) * 4, "PDF"),
    ("noise.txt", bytes(range(256)) * 40, "binary"),
    ("empty.html", b"", "empty"),
    ("empty.rss", b"", "empty"),
    ("nofeed.xml", b"<rss><channel><title>x</title></channel></rss>", "no entries"),
])
def test_bad_files_are_refused_with_a_reason(tmp_path, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    [err] = list(read_paths([f]))
    assert isinstance(err, ReadError)
    assert err.origin == str(f)
    assert reason.lower() in err.reason.lower()


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    errs = list(read_paths([tmp_path / "nope.txt", tmp_path / "empty"]))
    assert [type(e) for e in errs] == [ReadError, ReadError]
    assert "no such file" in errs[0].reason and "no report files" in errs[1].reason


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    """A 50 MB file gets a clear message (limit lowered so the test stays cheap)."""
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse-ish: 50 MB of one repeated line
        line = (EN + "\n").encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    [err] = list(read_paths([big], IngestOptions(max_bytes=20 * 1024 * 1024)))
    assert isinstance(err, ReadError)
    assert "50.0 MB" in err.reason and "limit" in err.reason


def test_over_long_text_is_refused(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text(EN * 100)
    [err] = list(read_paths([f], IngestOptions(max_chars=1000)))
    assert "characters, over the limit" in err.reason


def test_oversized_jsonl_line_is_refused_and_the_rest_goes_on(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps({"id": "big", "text": "x " * 5000}) + "\n"
                 + json.dumps({"id": "ok", "text": EN}) + "\n")
    items = list(read_paths([f], IngestOptions(max_bytes=2000)))
    assert isinstance(items[0], ReadError) and "over the limit" in items[0].reason
    assert items[0].origin == f"{f}:1"
    assert items[1].id == "ok"


def test_stdin_over_the_limit():
    items = list(read_paths(["-"], IngestOptions(max_bytes=100), stdin=io.BytesIO(b"a" * 500)))
    assert isinstance(items[0], ReadError) and items[0].origin == "-"


# -- JSONL --------------------------------------------------------------------------------

def test_jsonl_malformed_lines_name_file_and_line(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": EN, "published": "2025-04-08", "source": "Wire"}),
        '{"id": "b", "text": ',                          # truncated
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d"}),                         # no text
        json.dumps({"id": "e", "text": 42}),
        "",
        json.dumps({"text": EN + " Again.", "published": "sometime soon"}),
    ]), encoding="utf-8")
    items = list(read_paths([f]))
    assert [type(i).__name__ for i in items] == ["Report", "ReadError", "ReadError", "ReadError",
                                                  "ReadError", "Report"]
    errs = errors(items)
    assert [e.origin for e in errs] == [f"{f}:2", f"{f}:3", f"{f}:4", f"{f}:5"]
    assert "malformed JSON" in errs[0].reason
    assert "JSON object" in errs[1].reason
    assert "'text' or 'html'" in errs[2].reason
    assert "strings" in errs[3].reason
    a, g = reports(items)
    assert (a.id, a.published, a.source) == ("a", "2025-04-08", "Wire")
    # No id given: derived from the content hash. Unknown date: None plus a warning.
    assert g.id == content_hash(g.text)[:16]
    assert g.published is None and "not understood" in g.warnings[0]
    assert g.origin == f"{f}:7"


def test_jsonl_html_object_is_extracted(tmp_path):
    html = ("<html><head><title>T</title></head><body><nav>Menu</nav><article><p>"
            + EN + "</p><p>" + EN.replace("night", "day") + "</p></article></body></html>")
    f = tmp_path / "h.jsonl"
    f.write_text(json.dumps({"id": "h1", "html": html, "source": "Given Outlet"}))
    [r] = list(read_paths([f]))
    assert r.id == "h1" and r.source == "Given Outlet"
    assert "through the night" in r.text and "<p>" not in r.text


def test_json_document_array(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"id": "x", "text": EN}, {"id": "y"}]))
    items = list(read_paths([f]))
    assert items[0].id == "x" and isinstance(items[1], ReadError)
    assert items[1].origin == f"{f}[1]"


# -- text with header, HTML, feeds ----------------------------------------------------------

def test_text_header_is_metadata_not_text(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("Title: Night shelling\nSource: Example Wire\nPublished: 8 April 2025\n"
                 "URL: https://example.org/a\n\n" + EN + "\n", encoding="utf-8")
    [r] = list(read_paths([f]))
    assert (r.title, r.source, r.published, r.url) == (
        "Night shelling", "Example Wire", "2025-04-08", "https://example.org/a")
    assert r.text == EN


def test_text_without_header_keeps_first_line():
    meta, body = split_header("Kyiv: explosions were heard overnight.\n\nMore text.")
    assert meta == {} and body.startswith("Kyiv:")


def test_html_page_metadata(tmp_path):
    paras = "".join(f"<p>{EN} Paragraph {i} adds detail about the fighting.</p>"
                    for i in range(6))
    f = tmp_path / "page.html"
    f.write_text(
        '<!DOCTYPE html><html><head><title>Border clashes | Example News</title>'
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2025-03-20T09:00:00Z">'
        '<link rel="canonical" href="https://news.example.org/border"></head>'
        f'<body><header>Menu Home Sport</header><article><h1>Border clashes</h1>{paras}'
        '</article><footer>Copyright</footer></body></html>', encoding="utf-8")
    [r] = list(read_paths([f]))
    assert r.source == "Example News"
    assert r.published == "2025-03-20"
    assert r.url == "https://news.example.org/border"
    assert "Border clashes" in (r.title or "")
    assert "Paragraph 5" in r.text and "Copyright" not in r.text


def test_broken_html_still_gives_text_or_a_reason(tmp_path):
    good = tmp_path / "broken.html"
    good.write_text("<html><body><div><p>" + EN + "<p>Second <b>unclosed " + EN, encoding="utf-8")
    [r] = list(read_paths([good]))
    assert isinstance(r, Report) and "through the night" in r.text
    bad = tmp_path / "nothing.html"
    bad.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body>",
                   encoding="utf-8")
    [e] = list(read_paths([bad]))
    assert isinstance(e, ReadError) and "no readable text" in e.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Border Monitor</title><language>en</language>
<item><guid>bm-1</guid><title>Drone strike</title><link>https://bm.example/1</link>
<pubDate>Tue, 08 Apr 2025 06:30:00 GMT</pubDate>
<description><![CDATA[<p>A drone struck a fuel depot.</p><ul><li>No casualties.</li></ul>]]></description></item>
<item><guid>bm-2</guid><title>Empty</title><description></description></item>
<item><guid>bm-3</guid><title>Undated</title><pubDate>the day before yesterday</pubDate>
<description>Artillery fire was reported near the border.</description></item>
</channel></rss>"""


def test_rss_entries_become_reports(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(RSS, encoding="utf-8")
    items = list(read_paths([f]))
    assert [type(i).__name__ for i in items] == ["Report", "ReadError", "Report"]
    r1, r3 = reports(items)
    assert (r1.id, r1.source, r1.url, r1.title) == ("bm-1", "Border Monitor",
                                                    "https://bm.example/1", "Drone strike")
    assert r1.published.startswith("2025-04-08T06:30")
    assert r1.text == "A drone struck a fuel depot.\n\nNo casualties."
    assert items[1].origin == f"{f}#2" and "no text" in items[1].reason
    assert r3.published is None and r3.warnings


def test_atom_feed_sniffed_without_suffix():
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
    <entry><id>urn:1</id><title>t</title><updated>2025-03-18T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Fighting in the village.&lt;/p&gt;</content></entry></feed>"""
    [r] = list(read_paths(["-"], stdin=io.BytesIO(atom)))
    assert r.text == "Fighting in the village." and r.published.startswith("2025-03-18")


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(EN)
    (tmp_path / "b" / "c.txt").write_text(EN + " Second.")
    (tmp_path / "b" / "README.md").write_text("not a report")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    items = list(read_paths([tmp_path]))
    assert [i.origin for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c.txt")]


def test_hash_ignores_whitespace_and_line_endings(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"One two.\r\n\r\nThree.")
    (tmp_path / "y.txt").write_bytes(b"One  two.\n\n\nThree.\n")
    a, b = list(read_paths([tmp_path]))
    assert a.content_hash == b.content_hash and a.id == b.id


@pytest.mark.parametrize("raw,iso,warns", [
    ("2025-04-08", "2025-04-08", False),
    ("2025-04-08T10:15:00Z", "2025-04-08T10:15:00+00:00", False),
    ("Tue, 08 Apr 2025 10:15:00 +0300", "2025-04-08T10:15:00+03:00", False),
    ("8 April 2025", "2025-04-08", False),
    ("April 8, 2025", "2025-04-08", False),
    ("08.04.2025", "2025-04-08", False),
    ("yesterday", None, True),
    ("2025-13-45", None, True),
    ("0001-01-01", None, True),
    (None, None, False),
])
def test_publication_dates(raw, iso, warns):
    got, warning = normalise_date(raw)
    assert got == iso
    assert bool(warning) is warns


def test_html_title_falls_back_to_title_element_when_og_title_is_the_site(tmp_path):
    body = "".join(f"<p>{EN} Paragraph {i}.</p>" for i in range(5))
    f = tmp_path / "p.html"
    f.write_text('<html><head><title>Assessment, March 1 | Example Institute</title>'
                 '<meta property="og:site_name" content="Example Institute">'
                 '<meta property="og:title" content="Example Institute"></head>'
                 f'<body><article>{body}</article></body></html>', encoding="utf-8")
    [r] = list(read_paths([f]))
    assert r.title == "Assessment, March 1" and r.source == "Example Institute"


def test_stdin_jsonl_streams_past_the_file_limit():
    """JSONL on stdin is read line by line: only lines are limited, not the whole stream."""
    lines = [json.dumps({"id": f"r{i}", "text": f"{EN} Number {i}."}) for i in range(2000)]
    data = ("\n".join(lines) + "\n").encode()
    assert len(data) > 65536 * 2  # crosses the sniffing head and the byte limit
    items = list(read_paths(["-"], IngestOptions(max_bytes=30000), stdin=io.BytesIO(data)))
    assert [r.id for r in items] == [f"r{i}" for i in range(2000)]
    assert items[7].origin == "-:8"
