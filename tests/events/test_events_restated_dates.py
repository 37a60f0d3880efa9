"""An event told again in a later report keeps its own date, not the report's: ISW-style
sentences (hand-made) through the whole pipeline, the report dated days or months after."""

import pytest

from fogofwar.records import Report


def dated(pipeline, text, published):
    ex = pipeline.run(Report(id="r", text=text, published=published))
    out = []
    for e in ex.events:
        t = ex.times[e.time] if e.time is not None else None
        out.append((e.sub_event_type, t.value if t else None, t.inferred if t else None))
    return out


@pytest.mark.parametrize("text,published,value", [
    ("Russian forces shelled Mykolaiv City on the night of March 5.", "2022-07-10",
     "2022-03-05TNI"),
    ("Ukrainian officials reported on July 8 that Russian forces shelled Bakhmut on June 24.",
     "2022-07-10", "2022-06-24"),
    ("The Ukrainian General Staff reported on July 9 that Russian forces shelled Siversk on "
     "the night of July 7.", "2022-07-10", "2022-07-07TNI"),
    ("Russian forces struck Odesa on June 24, killing three civilians, the Odesa Oblast "
     "Administration said on July 9.", "2022-07-10", "2022-06-24"),
    ("Russian forces shelled Kharkiv City on the night of December 31 to January 1.",
     "2023-01-05", "2022-12-31TNI"),
])
def test_a_restated_event_keeps_its_date(pipeline, text, published, value):
    events = dated(pipeline, text, published)
    assert events and events[0][1] == value and not events[0][2], events


def test_a_definite_event_noun_keeps_the_date_of_the_event_told(pipeline):
    text = ("Russian forces conducted a missile strike on Kramatorsk on July 7. "
            "The strike destroyed a school in Kramatorsk.")
    events = dated(pipeline, text, "2022-07-10")
    assert len(events) == 2 and all(v == "2022-07-07" and not inf for _, v, inf in events), \
        events


@pytest.mark.parametrize("text", [
    # (a participle's toll after a light verb is its object's act, one event with its
    # date: test_events_tolls_read29)
    "Russian forces shelled a market in Toretsk on May 14, killing 4, and attacked Marinka.",
    # a second verb of the same subject
    "On May 14, Russian forces attacked Marinka and shelled Krasnohorivka.",
    # a relative clause on the dated act
    "Ukrainian forces conducted a HIMARS strike on Chornobaivka on May 14 that destroyed a "
    "Russian ammunition depot.",
])
def test_the_acts_of_one_dated_clause_share_its_date(pipeline, text):
    events = dated(pipeline, text, "2022-06-20")
    assert len(events) >= 2 and all(v == "2022-05-14" and not inf for _, v, inf in events), \
        events


@pytest.mark.parametrize("text", [
    # a clause of its own subject, and an act the text places before the dated one
    "Russian forces struck Sumy on May 14, and Ukrainian forces repelled assaults near Izium.",
    "Russian forces captured Pisky on May 14 after weeks of fighting that destroyed the village.",
])
def test_a_clause_of_its_own_keeps_no_date_of_its_neighbour(pipeline, text):
    events = dated(pipeline, text, "2022-06-20")
    assert len(events) == 2 and events[0][1] == "2022-05-14" and events[1][2], events


@pytest.mark.parametrize("text", [
    # ISW 2022-10-12: the findings were released on October 11; the attack was of October 8
    "The Russian Federal Security Service released its findings on the cause of the attack "
    "on the Kerch Strait Bridge in Crimea on October 11.",
    "Russian officials released footage of the strike on Kremenchuk on June 28.",
])
def test_a_date_of_the_act_that_names_an_event_inside_a_thing_does_not_date_it(pipeline, text):
    """"The attack" named inside the findings, the footage, the cause: an act told before; the
    date is the release's (events._named_inside), and the act keeps no date of its own."""
    got = dated(pipeline, text, "2022-10-12")
    assert got and all(inferred for _s, _v, inferred in got), got


def test_an_act_the_dated_verb_governs_directly_keeps_the_date(pipeline):
    got = dated(pipeline, "Russian forces launched a strike on Kremenchuk on June 27.", "2022-07-10")
    assert ("2022-06-27", False) in [(v, i) for _s, v, i in got], got
