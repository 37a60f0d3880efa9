"""Unit tests of the claims stage's parts on tiny hand-built inputs."""

from __future__ import annotations

import pytest

from fogofwar.claims.attribution import trim
from fogofwar.claims.linking import link_events
from fogofwar.claims.quotes import quote_spans
from fogofwar.claims.registry import SOURCE_KINDS_USED, classify, lookup
from fogofwar.records import SOURCE_KINDS, Event, Span


def _quotes(text):
    return [text[s:e] for s, e in quote_spans(text)]


# ---------------------------------------------------------------- quotes

def test_quotes_curly_straight_guillemets():
    t = 'He said “we hold” and she said "they fled" and «nothing» else.'
    assert _quotes(t) == ["we hold", "they fled", "nothing"]


def test_quote_spanning_sentences():
    t = "“We stay. We fight. We win,” he said."
    assert _quotes(t) == ["We stay. We fight. We win,"]


def test_odd_quote_marks_cost_one_paragraph_only():
    t = 'He said "we hold the line\nLater “they left” she said.'
    assert _quotes(t) == ["we hold the line", "they left"]


def test_quote_carried_over_from_previous_paragraph():
    t = "“First part of a long quote\nsecond part ends here,” he added."
    assert _quotes(t) == ["First part of a long quote", "second part ends here,"]


def test_apostrophes_are_not_quotes():
    assert _quotes("Russia’s army and Ukraine’s forces") == []


# ---------------------------------------------------------------- spans

def test_trim_drops_that_punctuation_and_citation_markers():
    t = "X said that forces advanced.[12] Next sentence"
    s, e = trim(t, 7, len(t))
    assert t[s:e] == "forces advanced"


# ---------------------------------------------------------------- registry

@pytest.mark.parametrize("alias", ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky",
                                   "Ukrainian President Volodymyr Zelensky"])
def test_zelensky_aliases_are_one_source(alias):
    e = lookup(alias)
    assert (e.canonical, e.kind, e.side) == ("Volodymyr Zelensky", "party_official", "UA")


@pytest.mark.parametrize("alias", ["Russian MoD", "Russian Ministry of Defense",
                                   "Russia’s defence ministry", "the Russian Defense Ministry"])
def test_russian_mod_aliases(alias):
    e = lookup(alias)
    assert (e.canonical, e.side) == ("Russian Ministry of Defense", "RU")


def test_isw_aliases():
    assert lookup("ISW") is lookup("Institute for the Study of War")
    assert lookup("ISW").kind == "think_tank_monitor" and lookup("ISW").side is None


def test_title_before_known_name():
    assert lookup("Russian Defense Minister Sergey Shoigu").canonical == "Sergey Shoigu"


def test_title_of_the_other_side_does_not_resolve_to_this_side():
    assert lookup("the Russian General Staff") is None
    assert lookup("the General Staff").canonical == "Ukrainian General Staff"


def test_plain_words_are_not_registry_sources():
    assert lookup("officials") is None
    assert lookup("Russian forces said") is None


@pytest.mark.parametrize("text,kind,side", [
    ("Belgorod Oblast governor", "party_official", "RU"),
    ("a Ukrainian military spokesperson", "party_military", "UA"),
    ("a pro-Russian Telegram channel", "milblogger", "RU"),
    ("Ukrainian milbloggers", "milblogger", "UA"),
    ("a Kyiv-based think tank", "think_tank_monitor", None),
    ("an official who asked not to be named", "anonymous", None),
    ("sources", "anonymous", None),
    ("the Kremlin spokesperson", "party_official", "RU"),
    ("Ukraine's foreign minister", "party_official", "UA"),
    ("Geolocated footage", "evidence", None),
    ("Social media footage", "evidence", None),
    ("Ukrainian social media users", "other", "UA"),
    ("Russian sources", "other", "RU"),
    ("Ukrainian and Russian sources", "other", None),
    ("The Belarusian Defence Ministry", "other", None),
    ("Critics", "other", None),
])
def test_rules_for_unknown_sources(text, kind, side):
    assert lookup(text) is None
    assert classify(text) == (kind, side)


def test_kinds_are_the_design_kinds():
    assert set(SOURCE_KINDS_USED) <= set(SOURCE_KINDS)


# ---------------------------------------------------------------- event linking

def _event(start, end, text="x"):
    return Event("Battles", "Armed clash", None, None, None, None, None, "positive",
                 Span(text, start, end))


def test_link_events_by_overlap():
    events = [_event(0, 10), _event(20, 40), _event(38, 90)]
    assert link_events((18, 45), events) == (1,)
    assert link_events((0, 100), events) == (0, 1, 2)
    assert link_events((95, 120), events) == ()


def test_evidence_index_links_as_the_full_scan_does():
    """The offset index (long reports) gives exactly what a pass over every event gives."""
    import random

    from fogofwar.claims.linking import EvidenceIndex

    rng = random.Random(14)
    events = []
    for _ in range(300):
        s = rng.randrange(0, 5000)
        events.append(_event(s, s + rng.randrange(1, 400)))
    index = EvidenceIndex(events)
    for _ in range(500):
        cs = rng.randrange(0, 5200)
        content = (cs, cs + rng.randrange(1, 300))
        assert index.link(content) == link_events(content, events)
