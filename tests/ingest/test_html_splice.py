"""Prose that the main-text extractor drops from inside an article is put back where it
stands (ingest.html.splice_lost_paragraphs; read171: an ISW section set in ``<div><span>``
markup was lost, and with it the day's fighting at Lysychansk), while text before or after
the extracted article (menus, notices, footers) is never brought in."""

from __future__ import annotations

from fogofwar.ingest.base import IngestOptions
from fogofwar.ingest.html import splice_lost_paragraphs, read_html

_FIRST = "Russian forces shelled the outskirts of the town on Monday morning, local officials said."
_LOST = ("Russian troops conducted a ground assault on the southern edge of the town on Monday "
         "and were repelled by the defenders after several hours of fighting near the "
         "industrial zone, according to the regional administration.")
_LAST = "Ukrainian officials reported that two civilians were wounded in the strikes on Monday."
_MENU = ("Subscribe to our newsletter to receive every update, analysis and map from our team "
         "of researchers directly in your inbox each and every single morning of the week.")


def test_a_paragraph_dropped_between_kept_ones_is_put_back():
    got = splice_lost_paragraphs(_FIRST + "\n" + _LAST, [_FIRST, _LOST, _LAST])
    assert got.index(_FIRST) < got.index(_LOST) < got.index(_LAST), got


def test_text_outside_the_article_is_not_brought_in():
    # guard
    got = splice_lost_paragraphs(_FIRST + "\n" + _LAST, [_MENU, _FIRST, _LAST, _MENU])
    assert _MENU not in got, got


def test_a_link_list_is_not_brought_in():
    # guard
    links = "[12] https://t.me/channel/1; https://t.me/channel/2; " * 3
    got = splice_lost_paragraphs(_FIRST + "\n" + _LAST, [_FIRST, links, _LAST])
    assert "https" not in got, got


def test_an_isw_section_in_div_markup_is_read(shared_data):
    path = shared_data / "corpus" / "isw" / "2022-06-26.html"
    report = read_html(path.read_text(encoding="utf-8"), str(path), IngestOptions())
    assert "southern outskirts of Lysychansk on June 26" in report.text


def test_two_paragraphs_dropped_in_a_row_keep_their_order():
    second = _LOST.replace("Monday", "Tuesday")
    got = splice_lost_paragraphs(_FIRST + "\n" + _LAST, [_FIRST, _LOST, second, _LAST])
    assert got.index(_LOST) < got.index(second) < got.index(_LAST), got


_HEADLINE = "Town shelled overnight"


def test_a_lead_dropped_after_the_headline_is_put_back():
    """The lead between the headline the extractor put first and the first paragraph it kept
    comes back, before that paragraph (read228: an ISW lead of four paragraphs lost), and
    never after a list mark; the menu above the headline stays out."""
    extracted = _HEADLINE + "\n- " + _FIRST + "\n" + _LAST
    got = splice_lost_paragraphs(extracted, [_MENU, _HEADLINE, _LOST, _FIRST, _LAST])
    assert got.index(_HEADLINE) < got.index(_LOST) < got.index(_FIRST), got
    assert "- " + _LOST not in got and _MENU not in got, got


def test_an_isw_lead_before_its_takeaways_is_read(shared_data):
    path = shared_data / "corpus" / "isw" / "2022-08-04.html"
    report = read_html(path.read_text(encoding="utf-8"), str(path), IngestOptions())
    assert "Donetsk Drama Theater" in report.text
    assert report.text.index("Donetsk Drama Theater") < report.text.index("\n- ")
