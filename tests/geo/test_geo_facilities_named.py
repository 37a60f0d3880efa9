"""Facilities named for a place are at the facility, where the gazetteer holds it: a nuclear
plant named for a city stands 50 km from that city, an airport 6 km from its town (issue 13,
eighteenth session: ISW names the Zaporizhzhia plant some 150 times and its abbreviation 260
times, and every one went to the city, or to nothing). The kind words must fit: an airfield
is an airport, a dam a hydroelectric station, a coke plant no power station; with no fitting
facility, or several, the name stays near its town, as before (test_geo_infrastructure.py)."""

import pytest

from fogofwar.geo.facilities import facility_names, fits, parse, words
from fogofwar.geo.index import NewPlace

from hand_gazetteer import UKRAINE, first_of, stage_fixture

CITY = NewPlace(1, "Zaporizhzhia", 47.85, 35.12, "UA", "26", fcode="PPLA", population=720_000,
                names=("Zaporizhia", "Zaporozhye"))
ENERHODAR = NewPlace(2, "Enerhodar", 47.49, 34.66, "UA", "26", population=52_000)
PLANT = NewPlace(3, "Zaporizhia Nuclear Power Plant", 47.512, 34.586, "UA", "26", fclass="S",
                 fcode="PS", names=("Zaporzhye Nuclear Power Plant",))
HOSTOMEL = NewPlace(4, "Hostomel", 50.568, 30.265, "UA", "13", population=16_000)
AIRPORT = NewPlace(5, "Hostomel Airport", 50.591, 30.208, "UA", "13", fclass="S", fcode="AIRP",
                   names=("Antonov Airport",))
KHERSON = NewPlace(6, "Kherson", 46.637, 32.615, "UA", "08", fcode="PPLA", population=290_000)
CHORNOBAIVKA = NewPlace(7, "Chornobaivka", 46.696, 32.545, "UA", "08", population=9_000,
                        names=("Chernobayevka",))
KHERSON_AIRPORT = NewPlace(8, "Kherson International Airport", 46.676, 32.506, "UA", "08",
                           fclass="S", fcode="AIRP", names=("Chernobayevka Airport",))
NOVA_KAKHOVKA = NewPlace(9, "Nova Kakhovka", 46.755, 33.348, "UA", "08", population=45_000)
HYDRO = NewPlace(10, "Kakhovka Hydroelectric Power Station", 46.776, 33.372, "UA", "08",
                 fclass="S", fcode="PSH")
AVDIIVKA = NewPlace(11, "Avdiivka", 48.14, 37.74, "UA", "05", population=31_000)
AVDIIVKA_STATION = NewPlace(12, "Avdiivka Power Station", 48.15, 37.76, "UA", "05",
                            fclass="S", fcode="PS")
KYIV = NewPlace(13, "Kyiv", 50.45, 30.52, "UA", "12", fcode="PPLC", population=2_900_000)
BRIDGES = [NewPlace(14 + k, name, lat, lon, "UA", "12", fclass="S", fcode="BDG")
           for k, (name, lat, lon) in enumerate([("Pivdennyi Bridge", 50.396, 30.577),
                                                 ("Podilskyi Bridge", 50.472, 30.536)])]

stage = stage_fixture([UKRAINE, CITY, ENERHODAR, PLANT, HOSTOMEL, AIRPORT, KHERSON,
                       CHORNOBAIVKA, KHERSON_AIRPORT, NOVA_KAKHOVKA, HYDRO, AVDIIVKA,
                       AVDIIVKA_STATION, KYIV, *BRIDGES])


def _at(p, entry: NewPlace) -> bool:
    return p.name == entry.name and abs(p.lat - entry.lat) < 1e-3 and abs(p.lon - entry.lon) < 1e-3


def _places(nlp, stage, text):
    return [p for p in stage(nlp(text)) if p.lat is not None]


@pytest.mark.parametrize("text, name, entry", [
    # named for a city 50 km off, in another spelling than the gazetteer's
    ("Shelling near the Zaporizhzhia Nuclear Power Plant went on in Ukraine.", "Zaporizhzhia",
     PLANT),
    # by its abbreviation
    ("Both sides blamed each other for shelling the Zaporizhzhia NPP in Ukraine.",
     "Zaporizhzhia", PLANT),
    # a small-letter kind word after a town's name
    ("Paratroopers landed at the Hostomel airport, Ukraine.", "Hostomel", AIRPORT),
    # the facility's own capitalised name
    ("Paratroopers landed at the Antonov Airport in Ukraine.", "Antonov Airport", AIRPORT),
    # an airfield is an airport; the village's other spelling is the airport's name
    ("Artillery struck the Chornobaivka airfield in Ukraine.", "Chornobaivka", KHERSON_AIRPORT),
    # the one dam by the town named: the hydroelectric station
    ("Engineers mined the Nova Kakhovka dam in Ukraine.", "Nova Kakhovka", HYDRO),
])
def test_a_facility_named_for_a_place_is_at_the_facility(nlp, stage, text, name, entry):
    p = first_of(_places(nlp, stage, text), name)
    assert _at(p, entry), p
    # at the spot its own name names; near the town a town's name names
    assert p.precision == (1 if name == "Antonov Airport" else 2)


def test_a_facilitys_abbreviation_after_its_name_names_it_wherever_used(nlp, stage):
    text = ("Inspectors visited the Zaporizhzhia Nuclear Power Plant (ZNPP) in Ukraine. "
            "Shells landed near the ZNPP on Tuesday, and the ZNPP lost power.")
    got = [p for p in _places(nlp, stage, text) if p.text == "ZNPP"]
    assert len(got) == 2 and all(_at(p, PLANT) for p in got), got


@pytest.mark.parametrize("text, name, entry", [
    # a coke plant is no power station, however near
    ("Shells hit the Avdiivka coke plant in Ukraine.", "Avdiivka", AVDIIVKA),
    # "thermal" is not "nuclear": no facility of that kind is known, so the city stays
    ("Shells hit the Zaporizhzhia Thermal Power Plant in Ukraine.", "Zaporizhzhia", CITY),
    # two bridges in the city: which one the text does not say
    ("Drones flew over the Kyiv bridge in Ukraine.", "Kyiv", KYIV),
])
def test_no_fitting_facility_or_several_leave_the_name_at_its_town(nlp, stage, text, name,
                                                                   entry):
    p = first_of(_places(nlp, stage, text), name)
    assert _at(p, entry), p


def test_an_abbreviation_not_spelled_out_after_a_facility_is_no_place(nlp, stage):
    text = "Officials of Zaporizhzhia (ZOA) met in Ukraine. The ZOA said nothing."
    assert "ZOA" not in {p.text for p in _places(nlp, stage, text)}


def test_facility_names_say_their_kind():
    assert facility_names(["Saky", "Aeroport Antonov", "Antonov Airport", "Crimean Bridge",
                           "Kakhovka Hydroelectric Power Station"]) == [
        "Antonov Airport", "Crimean Bridge", "Kakhovka Hydroelectric Power Station"]
    plant = parse("Chornobyl Nuclear Power Plant, 750 kV-Switchyard")
    assert plant.stem == "chornobyl" and plant.kind == "power"
    assert fits(words("NPP"), plant) and fits(words("nuclear power plant"), plant)
    assert not fits(words("thermal power plant"), plant)
    assert not fits(words("steel plant"), plant)
    assert fits(words("dam"), parse("Kakhovka Hydroelectric Power Station"))
    assert fits(words("Air Base"), parse("Poltava Airport"))
