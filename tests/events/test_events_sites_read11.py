"""Sites read on ISW 2022-06-07..09 (read11): a bare bearing from a town places fighting near
it ("assaults south of Bakhmut", on the verb as the parser often hangs it), never over a town
named in its own right ("Dolyna, northwest of Slovyansk"); every name of a comma list is a
site, also one the parser made an apposition ("Derhachi, Udy, ..."); a date hung on a thing
("mines from the 1950s") dates no act (events.arguments.direction_of, _list_of;
events._dates_a_thing_noun)."""

import pytest

from fogofwar.records import Report


def _events(pipeline, text, published="2022-06-07"):
    ext = pipeline.run(Report(id="t", text=text, published=published))
    out = []
    for e in ext.events:
        place = ext.places[e.location] if e.location is not None else None
        when = ext.times[e.time].value if e.time is not None else None
        out.append((e.sub_event_type, place.text if place else None,
                    e.location_precision, str(when)))
    return out


@pytest.mark.parametrize("text", [
    "Russian forces continued limited ground assaults south of Bakhmut on June 7.",
    "Russian forces attacked south of Bakhmut on June 7.",
])
def test_a_bearing_from_a_town_places_the_fighting_near_it(pipeline, text):
    got = _events(pipeline, text)
    assert got and all(p == "Bakhmut" and prec == 2 for _s, p, prec, _w in got), got


def test_a_town_named_in_its_own_right_beats_its_bearing(pipeline):
    got = _events(pipeline, "The village of Dolyna, northwest of Slovyansk, came under fire.")
    assert [p for _s, p, _prec, _w in got] == ["Dolyna"], got


def test_every_name_of_a_comma_list_is_a_site(pipeline):
    got = _events(pipeline, "Russian forces shelled Derhachi, Udy, Slobozhanske, and "
                            "Chornohlazivka.")
    assert {p for _s, p, _prec, _w in got} >= {"Derhachi", "Slobozhanske", "Chornohlazivka"}, got
    got = _events(pipeline, "Russian forces shelled Kramatorsk, Donetsk Oblast.")
    assert [p for _s, p, _prec, _w in got] == ["Kramatorsk"], got


def test_a_date_hung_on_a_thing_dates_no_act(pipeline):
    got = _events(pipeline, "Russian forces attacked Ukrainian positions near Bakhmut with tanks "
                            "from the 1960s.")
    assert got and not any("196" in w for _s, _p, _prec, w in got), got


def test_a_bearing_never_places_a_capture(pipeline):
    """ "took several small towns directly west of Izyum" is no capture of Izyum (read12 on ISW
    2022-04-27: "Russian forces capture Izyum"); fighting south of a town stays near it."""
    got = _events(pipeline, "Russian forces took several small towns directly west of Izyum on "
                            "April 26.")
    assert not any(p == "Izyum" for _s, p, _prec, _w in got), got


def test_fighting_that_goes_on_is_where_its_verb_says(pipeline):
    got = _events(pipeline, "Fighting continued in Mariupol.")
    assert [p for _s, p, _prec, _w in got] == ["Mariupol"], got


def test_fighting_that_ceased_did_not_go_on(pipeline):
    """ "all fighting has ceased in Mariupol" (Putin, read12) denies fighting there; it was
    read as asserting it, a second witness for the Azovstal strikes."""
    ext = pipeline.run(Report(id="t", published="2022-04-26", text=(
        "Putin claimed that all fighting has ceased in Mariupol.")))
    assert ext.events and all(e.modality == "negated" for e in ext.events), ext.events


def test_a_participle_takes_its_clauses_doer(pipeline):
    """ "Russian forces made advances south of Izyum, capturing the town of Zavody": Russia
    captures (read12: no doer, so the government was read as regaining it)."""
    ext = pipeline.run(Report(id="t", published="2022-04-27", text=(
        "Russian forces made territorial advances south of Izyum on April 26, capturing the "
        "town of Zavody.")))
    caps = [e for e in ext.events if e.sub_event_type in (
        "Non-state actor overtakes territory", "Government regains territory")]
    assert caps and all(e.actor1 and "Russia" in e.actor1 for e in caps), caps
