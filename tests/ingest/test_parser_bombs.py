"""Parser bombs are refused with a message naming the input (issue 16): a feed or page
declaring XML entities (billion laughs, quadratic blow-up, an external entity reading
/etc/passwd) is refused before any parser sees it -- before, each was read as a report of
junk text ('&lol9') -- and compressed input is never decompressed: a gzip bomb, as a file,
or on standard input, is refused as binary (posted with Content-Encoding: gzip:
tests/web/test_api_writes.py)."""

from __future__ import annotations

import gzip
import io
import json

import pytest

# the same bombs bench/fuzz.py plants in its inputs
from bench.fuzz import BOMB as LAUGHS, QUADRATIC, XXE
from fogofwar.ingest.base import IngestOptions, ReadError
from fogofwar.ingest.entities import declares_entities
from fogofwar.ingest.jsonl import read_jsonl
from fogofwar.ingest.sources import read_bytes, read_paths, read_stdin
from fogofwar.records import Report

HTML_XXE = (b'<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body>'
            b"<p>Russian forces shelled Sumy. &x;</p></body></html>")
BOMBS = {"laughs": LAUGHS, "quadratic": QUADRATIC, "xxe": XXE, "html-xxe": HTML_XXE}


def _refused(results: list, origin: str) -> None:
    assert len(results) == 1, results
    r = results[0]
    assert isinstance(r, ReadError), r
    assert r.origin == origin and "declares XML entities" in r.reason


@pytest.mark.parametrize("name", BOMBS)
@pytest.mark.parametrize("fmt", ["feed", "html"])
def test_entity_declarations_are_refused_in_every_markup_reader(name, fmt):
    _refused(list(read_bytes(BOMBS[name], "in", fmt, IngestOptions())), "in")


@pytest.mark.parametrize("name", BOMBS)
def test_entity_declarations_are_refused_from_stdin_files_and_jsonl(name, tmp_path):
    _refused(list(read_stdin(IngestOptions(), io.BytesIO(BOMBS[name]))), "-")
    path = tmp_path / f"{name}.xml"
    path.write_bytes(BOMBS[name])
    _refused(list(read_paths([str(path)])), str(path))
    line = json.dumps({"id": "b", "html": BOMBS[name].decode()})
    _refused(list(read_jsonl([line], "in.jsonl", IngestOptions())), "in.jsonl:1")


def test_a_doctype_without_entities_is_read():
    rss091 = (b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD '
              b'RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
              b'<rss version="0.91"><channel><title>Wire</title><item><title>t</title>'
              b"<description>Russian forces shelled Sumy.</description></item></channel></rss>")
    assert not declares_entities(rss091)
    [r] = read_bytes(rss091, "in", "feed", IngestOptions())
    assert isinstance(r, Report) and r.text == "Russian forces shelled Sumy."
    page = b"<!DOCTYPE html><html><body><p>Russian forces shelled Sumy.</p></body></html>"
    assert isinstance(next(read_bytes(page, "p", "html", IngestOptions())), Report)
    # the word in plain text is no declaration
    assert not declares_entities("The <!ENTITY keyword, as in <!DOCTYPE html> [x]")


GZIP_BOMB = gzip.compress(b"\x00" * 50_000_000, compresslevel=9)  # 50 MB of NULs in ~50 kB


def test_a_gzip_bomb_is_never_decompressed(tmp_path):
    assert len(GZIP_BOMB) < 100_000
    for name in ("bomb.gz", "bomb.txt.gz", "bomb.txt"):
        path = tmp_path / name
        path.write_bytes(GZIP_BOMB)
        [r] = read_paths([str(path)])
        assert isinstance(r, ReadError) and r.origin == str(path)
        assert "binary file" in r.reason
    [r] = read_stdin(IngestOptions(), io.BytesIO(GZIP_BOMB))
    assert isinstance(r, ReadError) and "binary file" in r.reason

