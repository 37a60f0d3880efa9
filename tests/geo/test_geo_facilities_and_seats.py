"""Two place rules from analyst reads (read14, read15), on hand-made gazetteers:
- a facility's own name that GeoNames gives only to a point feature (a port, an airfield,
  a power station) is that feature: "the Zenitstal Steel Plant", where "Zenitstal" is a
  port's alternate name (geo.recognise: ``_FACILITY_POINTS``);
- a capital or admin-1 seat of another country, ten times larger, beats a town its own
  region's names do not support (geo.resolve._seat_abroad): "fighting in Dalny and Vesna"
  is the oblast centre across the border, not a town of 40,000 beside Vesna;
- a written main name beats a city that bears it only as a former name (geo.resolve.
  _own_name_namesake);
- a bearing after a list, with no comma before it and names the gazetteer lacks inside the
  list, places every listed name (geo.cues._BARE_BEARING, _list_link; read16).
"""

import pytest
from hand_gazetteer import RUSSIA, UKRAINE, stage_of

from fogofwar.geo.index import MAIN, GazEntry, NewPlace
from fogofwar.geo.recognise import Mention
from fogofwar.geo.resolve import _seat_abroad

pytestmark = pytest.mark.slow

_COUNTRIES = [RUSSIA, UKRAINE]


def test_a_facility_only_name_is_the_facility(nlp):
    st = stage_of(_COUNTRIES + [
        NewPlace(None, "Port Zenitstali", 47.09, 37.58, "UA", "05", fclass="L", fcode="PRT",
                 names=("Zenitstal",)),
        NewPlace(None, "Mariopol", 47.10, 37.55, "UA", "05", population=400_000)])
    ps = st(nlp("Ukrainian defenders left the Zenitstal Steel Plant on May 16."))
    assert [(p.text, p.name) for p in ps if p.text == "Zenitstal"] == \
        [("Zenitstal", "Port Zenitstali")], ps


_BORDER = _COUNTRIES + [
    NewPlace(None, "Dalny", 48.02, 37.80, "UA", "05", fcode="PPLA", population=900_000),
    NewPlace(None, "Dalny", 48.34, 39.95, "RU", "61", population=45_000),
    NewPlace(None, "Vesna", 48.57, 39.31, "UA", "14", fcode="PPLA", population=400_000),
    # the city's district, whose centroid lies by the border, beside the Russian town
    NewPlace(None, "Vesna Raion", 48.45, 39.75, "UA", "14", fclass="A", fcode="ADM2",
             population=500_000),
    NewPlace(None, "Kamenka", 48.32, 40.26, "RU", "61", population=60_000),
    NewPlace(None, "Rostova Oblast", 47.7, 41.2, "RU", "61", fclass="A", fcode="ADM1",
             population=4_000_000, derived=("rostova",)),
]


def _entry(i, name, cc, admin1, fcode, population, fclass="P"):
    return GazEntry(i, None, name, 48.0, 38.0, cc, admin1, "", fclass, fcode, population, "t")


def _mention(text, candidates):
    return Mention(text, 0, len(text), text.lower(), 0, 1, [(e, MAIN) for e in candidates])


def test_an_oblast_centre_abroad_beats_a_border_town():
    centre = _entry(1, "Dalny", "UA", "05", "PPLA", 900_000)
    town = _entry(2, "Dalny", "RU", "61", "PPL", 45_000)
    vesna = _entry(3, "Vesna", "UA", "14", "PPLA", 400_000)
    mentions = [_mention("Dalny", [centre, town]), _mention("Vesna", [vesna])]
    # the context chose the border town: the centre abroad wins
    assert _seat_abroad(0, mentions, [town, vesna]) == centre
    # a name of the town's own region supports it: it stays
    kamenka = _entry(4, "Kamenka", "RU", "61", "PPL", 60_000)
    mentions.append(_mention("Kamenka", [kamenka]))
    assert _seat_abroad(0, mentions, [town, vesna, kamenka]) is None
    # a centre not ten times larger does not
    big_town = _entry(5, "Dalny", "RU", "61", "PPL", 120_000)
    assert _seat_abroad(0, [_mention("Dalny", [centre, big_town])], [big_town]) is None


def test_an_oblast_centre_abroad_end_to_end(nlp):
    ps = stage_of(_BORDER)(nlp("Russian forces are fighting in Dalny and Vesna."))
    [dalny] = [p for p in ps if p.text == "Dalny"]
    assert dalny.country_code == "UA", ps


def test_a_town_its_region_supports_keeps_its_name(nlp):
    ps = stage_of(_BORDER)(nlp("Shelling hit Dalny and Kamenka in Rostova Oblast."))
    [dalny] = [p for p in ps if p.text == "Dalny"]
    assert dalny.country_code == "RU", ps


def test_a_written_main_name_beats_a_city_that_bears_it_only_as_a_former_name(nlp):
    st = stage_of(_COUNTRIES + [
        NewPlace(None, "Dalny", 48.02, 37.80, "UA", "05", fcode="PPLA", population=900_000,
                 names=("Petrivka",)),
        NewPlace(None, "Petrivka", 49.12, 37.59, "UA", "05", population=900),
        NewPlace(None, "Petrivka", 46.0, 30.0, "UA", "17", population=3_000),
        NewPlace(None, "Shandry", 49.09, 37.72, "UA", "05", population=1_000),
        NewPlace(None, "Donetska Oblast", 48.05, 37.67, "UA", "05", fclass="A", fcode="ADM1",
                 population=4_000_000, derived=("donetsk",)),
    ])
    ps = st(nlp("Russian forces continued attacks in Donetsk Oblast around Petrivka and "
                "Shandry in order to move west."))
    [p] = [p for p in ps if p.text == "Petrivka"]
    assert (p.name, p.lat) == ("Petrivka", pytest.approx(49.12)), ps
    # the city's own name is still the city
    ps = st(nlp("Russian forces shelled Dalny on May 3."))
    assert [p.name for p in ps if p.text == "Dalny"] == ["Dalny"]


_BAKHMO = _COUNTRIES + [
    NewPlace(None, "Bakhmo", 48.59, 38.00, "UA", "05", fcode="PPLA2", population=70_000),
    NewPlace(None, "Kamysh", 48.70, 38.38, "UA", "14", population=300),  # east of Bakhmo
    NewPlace(None, "Kamysh", 48.64, 37.45, "UA", "05", population=900),  # west of it
    NewPlace(None, "Pokrovske", 48.62, 38.14, "UA", "05", population=500),
    NewPlace(None, "Pokrovske", 50.0, 30.0, "UA", "13", population=5_000),
]


@pytest.mark.parametrize("text", [
    # no comma before the bearing, and names the gazetteer lacks inside the list
    "Russian troops are fighting around Kamysh, Nirkovo, Berestovo, and Pokrovske to the east of "
    "Bakhmo.",
    "Russian troops are fighting around Kamysh and Pokrovske east of Bakhmo.",
])
def test_a_bearing_after_a_list_places_every_listed_name(nlp, text):
    ps = stage_of(_BAKHMO)(nlp(text))
    got = {p.text: p.lon for p in ps if p.text in ("Kamysh", "Pokrovske")}
    assert got == {"Kamysh": pytest.approx(38.38), "Pokrovske": pytest.approx(38.14)}, ps


def test_a_j_for_a_glide_finds_the_y_spelling(nlp):
    # read15, read16: ISW's "Vojevodivka" and "Nyzhnje" for Voievodivka and Nyzhnie
    st = stage_of(_COUNTRIES + [
        NewPlace(None, "Voievodivka", 48.98, 38.45, "UA", "14", population=400),
        NewPlace(None, "Nyzhnie", 48.78, 38.62, "UA", "14", population=300),
    ])
    ps = st(nlp("Russian forces shelled Vojevodivka and Nyzhnje on May 10."))
    got = {p.text: p.name for p in ps}
    assert (got.get("Vojevodivka"), got.get("Nyzhnje")) == ("Voievodivka", "Nyzhnie"), ps


@pytest.mark.parametrize("text, names", [
    ("Russian forces advanced to the Mykolaiv-Kherson administrative border.",
     ("Mykolaiv", "Kherson")),
    ("Russian forces shelled the territory of the Luhansk People's Republic.", ("Luhansk",)),
    ("Troops of the Donetsk and Luhansk People's Republics fought near Popasna.",
     ("Donetsk", "Luhansk")),
])
def test_a_boundary_or_a_proxy_republic_names_the_oblast(pipeline, text, names):
    # read16: "Fighting at Mykolaiv", "the territory of the Luhansk People's Republic" as the city
    from fogofwar.records import Report

    ext = pipeline.run(Report(id="t", text=text, published="2022-05-26"))
    got = {p.text.split()[0]: p.precision for p in ext.places}
    assert all(got.get(n) == 3 for n in names), ext.places
