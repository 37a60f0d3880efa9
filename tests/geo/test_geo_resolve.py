"""Recognition and resolution with an injected, hand-made gazetteer (spaCy model: session fixture)."""

import pytest
from hand_gazetteer import (BELGOROD_OBLAST, ILLINOIS, KHARKIV, RUSSIA, SUMY_OBLAST, UKRAINE,
                            stage_fixture)

from fogofwar.geo.index import NewPlace
from fogofwar.records import COUNTRY, NEAR_SETTLEMENT, REGION, SETTLEMENT

PLACES = [
    RUSSIA,
    UKRAINE,
    NewPlace(6252001, "United States", 39.8, -98.5, "US", fclass="A", fcode="PCLI",
             population=327_000_000),
    BELGOROD_OBLAST,
    NewPlace(480041, "Tula Oblast", 53.9, 37.5, "RU", "76", fclass="A", fcode="ADM1",
             population=1_500_000, derived=("tula",)),
    SUMY_OBLAST,
    NewPlace(692194, "Sumy", 50.92, 34.80, "UA", "21", fcode="PPLA", population=263_000),
    NewPlace(706482, "Kharkiv Oblast", 49.5, 36.5, "UA", "07", fclass="A", fcode="ADM1",
             population=2_600_000, derived=("kharkiv",)),
    KHARKIV,
    # invented villages: one name in two regions, one name only far away
    NewPlace(None, "Zarechnoye", 50.90, 35.50, "RU", "09"),
    NewPlace(None, "Zarechnoye", 54.10, 37.90, "RU", "76", population=3000),
    NewPlace(None, "Lesnoye", 53.95, 38.10, "RU", "76"),
    NewPlace(4250542, "Springfield", 39.80, -89.64, "US", "IL", population=114_000),
    NewPlace(4409896, "Springfield", 37.22, -93.30, "US", "MO", population=167_000),
    ILLINOIS,
    NewPlace(4398678, "Missouri", 38.25, -92.5, "US", "MO", fclass="A", fcode="ADM1",
             population=6_000_000),
    NewPlace(1, "May", 36.3, -99.7, "US", "OK", population=5000),
    NewPlace(2, "Victory", 43.9, -72.7, "US", "VT", population=1500),
]


stage = stage_fixture(PLACES)


def _places(nlp, stage, text):
    return {p.text: p for p in stage(nlp(text))}


@pytest.mark.slow
def test_region_words_resolve_to_admin1_with_region_precision(nlp, stage):
    ps = _places(nlp, stage, "Ukraine wants to protect the Sumy and Kharkiv border regions.")
    for name, oblast in (("Sumy", "Sumy Oblast"), ("Kharkiv", "Kharkiv Oblast")):
        assert ps[name].name == oblast
        assert ps[name].feature_code == "ADM1" and ps[name].precision == REGION
    city = _places(nlp, stage, "A missile struck Kharkiv on Monday.")["Kharkiv"]
    assert city.feature_code == "PPLA" and city.precision == SETTLEMENT


@pytest.mark.slow
def test_village_lists_use_region_context_and_fall_back_to_the_region(nlp, stage):
    text = ("Troops advanced near the villages of Zarechnoye and Lesnoye in Russia's "
            "Belgorod region, officials said.")
    ps = _places(nlp, stage, text)
    z = ps["Zarechnoye"]
    assert z.admin1 == "Belgorod Oblast" and abs(z.lat - 50.90) < 0.01
    assert z.precision == NEAR_SETTLEMENT
    # Lesnoye exists only 350 km away in Tula: never that one; the region the text supports
    lesnoye = ps["Lesnoye"]
    assert lesnoye.name == "Belgorod Oblast" and lesnoye.precision == REGION
    assert ps["Russia"].precision == COUNTRY


@pytest.mark.slow
def test_containment_picks_the_named_state(nlp, stage):
    a = _places(nlp, stage, "The council of Springfield, Missouri, met on Tuesday.")
    assert a["Springfield"].country_code == "US" and a["Springfield"].lat == pytest.approx(37.22)
    b = _places(nlp, stage, "The council of Springfield, Illinois, met on Tuesday.")
    assert b["Springfield"].lat == pytest.approx(39.80)


@pytest.mark.slow
def test_common_words_are_not_places(nlp, stage):
    ps = _places(nlp, stage, "In May, veterans marked Victory Day in Springfield, Illinois.")
    assert "May" not in ps and "Victory" not in ps
    assert "Springfield" in ps


@pytest.mark.slow
def test_mislabelled_entities_still_found_and_offsets_are_exact(nlp, stage):
    text = "Sumy was shelled again, and Kharkiv lost power."
    ps = stage(nlp(text))
    assert {p.text for p in ps} >= {"Sumy", "Kharkiv"}
    for p in ps:
        assert text[p.start:p.end] == p.text
        assert 0.0 <= p.score <= 1.0


@pytest.mark.slow
def test_unknown_names_are_not_invented(nlp, stage):
    ps = stage(nlp("Officials in Glorbvania denied the report."))
    assert all(p.geonameid is None and p.lat is None for p in ps if p.text == "Glorbvania")
