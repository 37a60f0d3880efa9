"""The belgorod article through the whole pipeline (places and times from their own stages).

Sites are matched by their surface text, so the test judges the event stage's choice of site,
not the gazetteer's resolution of it."""

import pytest

from fogofwar.records import Report

PUB = "2025-04-08"


@pytest.fixture(scope="module")
def extraction(pipeline, belgorod_text):
    return pipeline.run(Report(id="belgorod", text=belgorod_text, published=PUB))


def at(ex, sub, site_text):
    return [e for e in ex.events if e.sub_event_type == sub and e.location is not None
            and ex.places[e.location].text == site_text]


def test_operation_attacks_and_kursk(extraction):
    ex = extraction
    op = at(ex, "Armed clash", "Belgorod")
    assert op and op[0].actor1 == "Military Forces of Ukraine" and op[0].polarity == "positive"
    for city in ("Sumy", "Kharkiv"):
        assert at(ex, "Shelling/artillery/missile attack", city), city
    cap = at(ex, "Non-state actor overtakes territory", "Kursk")
    assert len(cap) == 1 and ex.times[cap[0].time].value == "2024"
    ret = at(ex, "Government regains territory", "Kursk")
    assert len(ret) == 1 and ret[0].actor1 == "Military Forces of Russia"


def test_polarity_of_denied_advances_and_possible_withdrawal(extraction):
    ex = extraction
    denied = [e for e in ex.events if e.modality == "denied"]
    assert len(denied) == 1 and denied[0].polarity == "negative"
    possible = [e for e in ex.events if e.modality == "possible"]
    assert len(possible) == 1 and possible[0].polarity == "negative"
    assert ex.times[possible[0].time].precision == "period"
    asserted = [e for e in ex.events if e.polarity == "positive"]
    assert all(e.modality == "asserted" for e in asserted)
    # every event's time is an index into times; inferred entries follow the contract
    for e in ex.events:
        t = ex.times[e.time]
        if t.inferred:
            assert (t.start, t.end, t.text, t.value) == (0, 0, "", PUB)


def test_advances_near_the_villages_in_march(extraction):
    ex = extraction
    i = ex.report.text.index("advanced near")
    adv = [e for e in ex.events if e.evidence.start <= i < e.evidence.end]
    assert adv and all(ex.times[e.time].value == "2025-03" for e in adv)
    assert all(e.actor1 == "Military Forces of Ukraine" for e in adv)
    sites = {ex.places[e.location].text for e in adv if e.location is not None}
    assert sites <= {"Demidovka", "Prilesye"}  # never the border given as distance context
