"""Long reports parsed in pieces (nlp/long_texts.py): the pieces give the text back, the
joined Doc's text is the report's, and a report under the threshold is parsed whole."""

from __future__ import annotations

import pytest

from fogofwar.nlp.long_texts import parse_all, pieces


@pytest.mark.parametrize("text", [
    "para one.\n" * 5000,
    ("word " * 30 + "\n\n  ") * 900,
    "x" * 120_000,                       # no break at all: left whole
    "a " * 70_000 + "\n" + "b " * 10,
    "\n" * 50 + "tail " * 30_000 + "\n\n",
])
def test_pieces_join_back_to_the_text(text):
    parts = pieces(text, 10_000)
    assert "".join(parts) == text
    assert all(parts)
    if "\n" in text.strip():
        assert all(p.rstrip(" ").endswith("\n") or p is parts[-1] or "\n" not in p
                   for p in parts)


def test_pieces_end_after_a_line_break_and_its_whitespace():
    text = ("A sentence here.\n\n   " * 2000)
    parts = pieces(text, 5_000)
    assert len(parts) > 3
    for p in parts[:-1]:
        assert p.endswith("\n\n   ")
        assert 2_500 <= len(p) <= 10_000 + 20


@pytest.mark.slow
def test_a_long_report_parses_to_the_same_text_with_its_sentences(nlp):
    paragraph = ("Russian forces shelled Sumy on Tuesday. Ukrainian officials said two "
                 "civilians were killed near Kharkiv.\n")
    text = paragraph * 1500  # ~170k characters: over the threshold
    short = paragraph * 10
    doc, small = parse_all(nlp, [text, short], long_text=100_000, size=20_000)
    assert doc.text == text and small.text == short
    assert len(doc) == len(nlp.make_doc(text))
    # every paragraph starts a sentence, each holds the two sentences it holds whole
    assert len(list(doc.sents)) == 3000
    assert {e.text for e in doc.ents} >= {"Sumy", "Kharkiv"}
    whole = nlp(short)
    assert [(t.text, t.tag_, t.dep_, t.head.i) for t in small] == \
        [(t.text, t.tag_, t.dep_, t.head.i) for t in whole]
