"""The belgorod article: every attribution the issue lists, with its source (canonical, kind,
side), stance, certainty and mode — the acceptance test of the claims stage."""

from __future__ import annotations

import pytest

from fogofwar.claims import extract_claims
from fogofwar.records import Report

pytestmark = [pytest.mark.slow, pytest.mark.shared]

# tests/conftest.py's BELGOROD_PUBLISHED; claims do not depend on the date.
PUBLISHED = "2025-04-08"


@pytest.fixture(scope="module")
def claims(nlp, belgorod_text):
    report = Report(id="belgorod", text=belgorod_text, published=PUBLISHED)
    return extract_claims(nlp(belgorod_text), [], [], report)


def _one(claims, cue: str):
    hits = [c for c in claims if c.cue.text == cue]
    assert len(hits) == 1, f"one claim with cue {cue!r} expected: {[c.cue.text for c in claims]}"
    return hits[0]


# cue -> (canonical source, kind, side, stance, certainty, mode, words the content must hold)
EXPECTED = {
    "confirmed": ("Volodymyr Zelensky", "party_official", "UA", "asserts", "certain", "indirect",
                  "Ukrainian forces are operating inside Russia’s Belgorod region"),
    "declared": ("Volodymyr Zelensky", "party_official", "UA", "asserts", "certain", "direct",
                 "war must return to where it came from"),
    "acknowledged": ("Volodymyr Zelensky", "party_official", "UA", "asserts", "certain",
                     "indirect", "Ukraine’s limited presence in Russia’s Kursk region"),
    "alluded": ("Volodymyr Zelensky", "party_official", "UA", "asserts", "possible", "allusion",
                "Ukrainian involvement in Belgorod"),
    "credited": ("Volodymyr Zelensky", "party_official", "UA", "asserts", "certain", "indirect",
                 "the 225th Assault Regiment"),
    "stated": ("Institute for the Study of War", "think_tank_monitor", None, "asserts", "certain",
               "indirect", "Ukrainian forces had advanced near the villages of Demidovka"),
    "claims": ("Government of Russia", "party_official", "RU", "denies", "certain", "indirect",
               "it has repelled all Ukrainian advances"),
    "contradicted": ("Russian milbloggers", "milblogger", "RU", "denies", "certain", "indirect",
                     "official statements"),
    "citing": ("Russian milbloggers", "milblogger", "RU", "asserts", "certain", "indirect",
               "battles in Demidovka"),
    "reported": ("Russian milbloggers", "milblogger", "RU", "asserts", "possible", "indirect",
                 "a possible Ukrainian withdrawal from the area"),
    "suggest": ("Military analysts", "think_tank_monitor", None, "asserts", "possible", "indirect",
                "Ukraine’s cross-border tactics may also provide leverage"),
    "argue": ("Critics", "other", None, "asserts", "certain", "indirect",
              "these operations stretch Ukraine’s limited resources"),
}


@pytest.mark.parametrize("cue", sorted(EXPECTED))
def test_listed_claim(claims, belgorod_text, cue):
    canonical, kind, side, stance, certainty, mode, words = EXPECTED[cue]
    c = _one(claims, cue)
    assert (c.source.canonical, c.source.kind, c.source.side) == (canonical, kind, side)
    assert (c.stance, c.certainty, c.mode) == (stance, certainty, mode)
    assert words in c.content.text
    for span in (c.source, c.cue, c.content):  # exact provenance
        assert belgorod_text[span.start:span.end] == span.text


def test_sources_resolved_within_report(claims):
    by_cue = {c.cue.text: c for c in claims}
    # "He", "he", "The Ukrainian leader" and "Zelensky" are one source
    assert by_cue["acknowledged"].source.text == "He"
    assert by_cue["credited"].source.text == "The Ukrainian leader"
    assert by_cue["alluded"].source.text == "he"
    # "those same sources" are the milbloggers of the sentence before
    assert by_cue["reported"].source.text == "those same sources"
    assert by_cue["contradicted"].source.text == "some Russian military bloggers"


def test_declared_is_the_whole_direct_quote(claims):
    c = _one(claims, "declared")
    assert c.content.text.startswith("We continue to carry out active operations")
    assert c.content.text.endswith("war must return to where it came from")


def test_negated_cue_is_no_claim(claims):
    # "he did not offer further operational details"
    assert not [c for c in claims if c.cue.text == "offer"]
