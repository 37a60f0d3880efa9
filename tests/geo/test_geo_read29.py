"""Place rules from the analyst reads of ISW 2022-09-19..27 (read29, class 1) and 2022-04-09
(read28, class 8), on sentences written here and a hand-made gazetteer in which each
village has a bigger namesake in the south, where the text's other places crowd:
- a region named after a list holds every name of it: "A, B, and C in Y Oblast" (the
  comma of a list is no "X, Y" containment where Y is no region), "A, B, and C, all in Y
  Oblast", and a qualifier that closes the list, "A, B, and C, all west of P in western Y
  Oblast" (geo.resolve._containers; read29: four villages went to Mykolaiv and Kherson
  oblasts);
- a bearing written before the name, "DIR of Y near X", "DIR of Y around A, B, and C",
  places the names after it as a bearing after the name does (geo.cues.offsets; read29:
  two villages went 190 and 500 km off);
- of the namesakes on a bare bearing's side, the one near the anchor beats a bigger one
  further off along that side (geo.resolve._bearing_meant; read29: "Blahodatne (northwest
  of Kherson City)" went to the bigger namesake 44 km off, nearly north);
- a bare bearing that fits no namesake within BARE_KM still bars namesakes more than
  FAR_BEARING_KM off where one on its side lies nearer (read28: a village "north of
  Kherson" went to a namesake 470 km off in a region the sentence before named).
"""

import pytest
from hand_gazetteer import (DONETSK, DONETSK_OBLAST, IZIUM, KHARKIV_OBLAST, UKRAINE, near,
                            stage_fixture)

from fogofwar.geo.cues import offsets
from fogofwar.geo.index import NewPlace
from fogofwar.geo.recognise import recognise

pytestmark = pytest.mark.slow

PLACES = [
    UKRAINE,
    DONETSK_OBLAST,
    KHARKIV_OBLAST,
    NewPlace(706442, "Kherson Oblast", 46.6, 33.5, "UA", "08", fclass="A", fcode="ADM1",
             population=1_000_000),
    NewPlace(700567, "Mykolaiv Oblast", 47.0, 32.0, "UA", "14", fclass="A", fcode="ADM1",
             population=1_100_000),
    NewPlace(710734, "Chernihiv Oblast", 51.3, 31.9, "UA", "02", fclass="A", fcode="ADM1",
             population=1_000_000),
    DONETSK,
    NewPlace(None, "Avdiivka", 48.14, 37.75, "UA", "05", fcode="PPLA3", population=30_000),
    IZIUM,
    NewPlace(None, "Mykolaiv", 46.97, 32.00, "UA", "14", fcode="PPLA", population=480_000),
    NewPlace(706448, "Kherson", 46.64, 32.61, "UA", "08", fcode="PPLA", population=290_000),
    NewPlace(None, "Ochakiv", 46.61, 31.55, "UA", "14", population=14_000),
    NewPlace(None, "Snihurivka", 47.07, 32.80, "UA", "14", population=12_000),
    NewPlace(None, "Bashtanka", 47.40, 32.44, "UA", "14", population=12_000),
    NewPlace(None, "Beryslav", 46.84, 33.42, "UA", "08", population=12_000),
    NewPlace(None, "Vysokopillia", 47.49, 33.53, "UA", "08", population=4_000),
    NewPlace(None, "Nova Kakhovka", 46.75, 33.37, "UA", "08", population=45_000),
    NewPlace(None, "Chernihiv", 51.50, 31.30, "UA", "02", fcode="PPLA", population=280_000),
    NewPlace(None, "Nizhyn", 51.05, 31.89, "UA", "02", population=70_000),
    # small villages in Donetsk and Kharkiv oblasts, each with a bigger southern namesake
    NewPlace(None, "Pervomaiske", 48.05, 37.55, "UA", "05", population=400),
    NewPlace(None, "Pervomaiske", 47.20, 32.30, "UA", "14", population=3_000),
    NewPlace(None, "Vodiane", 48.08, 37.60, "UA", "05", population=300),
    NewPlace(None, "Vodiane", 47.30, 32.60, "UA", "14", population=2_500),
    NewPlace(None, "Nevelske", 48.00, 37.58, "UA", "05", population=100),
    NewPlace(None, "Nevelske", 46.90, 33.10, "UA", "08", population=1_500),
    NewPlace(None, "Krasnohorivka", 47.98, 37.52, "UA", "05", population=2_000),
    NewPlace(None, "Krasnohorivka", 47.10, 32.70, "UA", "14", population=6_000),
    NewPlace(None, "Kamianka", 48.18, 37.79, "UA", "05", population=200),
    NewPlace(None, "Kamianka", 47.15, 32.50, "UA", "14", population=5_000),
    NewPlace(None, "Hrakove", 49.35, 37.05, "UA", "07", population=300),
    NewPlace(None, "Hrakove", 47.25, 32.90, "UA", "14", population=4_000),
    NewPlace(None, "Sosnove", 49.30, 37.40, "UA", "07", population=250),
    NewPlace(None, "Sosnove", 46.95, 32.35, "UA", "14", population=3_500),
    NewPlace(None, "Brusivka", 49.25, 37.15, "UA", "07", population=200),
    NewPlace(None, "Brusivka", 46.85, 32.20, "UA", "14", population=2_000),
    # northwest of Kherson: a small namesake 27 km off to the northwest, a bigger one 44 km
    # off, nearly north (inside BARE_KM, on the northwestern side)
    NewPlace(None, "Blahodatne", 46.796, 32.355, "UA", "08", population=0),
    NewPlace(None, "Blahodatne", 47.033, 32.545, "UA", "14", population=500),
    # north of Kherson: none within BARE_KM; one 120 km off to the northeast, one in
    # Chernihiv Oblast, 520 km off
    NewPlace(None, "Osokorivka", 47.40, 33.65, "UA", "08", population=600),
    NewPlace(None, "Osokorivka", 51.20, 31.70, "UA", "02", population=900),
]

SOUTH = ("Russian forces struck Mykolaiv, Ochakiv, Snihurivka, and Bashtanka in Mykolaiv Oblast. "
         "Ukrainian forces shelled Beryslav, Nova Kakhovka, and Vysokopillia in Kherson Oblast. "
         "Russian forces shelled Kherson and Mykolaiv again.\n\n")
AROUND_DONETSK = (48.1, 37.7)
AROUND_IZIUM = (49.2, 37.2)


stage = stage_fixture(PLACES)


def _placed(stage, nlp, text):
    """name -> its place, for the names of the text's last paragraph."""
    start = text.rindex("\n") + 1 if "\n" in text else 0
    return {p.text: p for p in stage(nlp(text)) if p.start >= start and p.lat is not None}


@pytest.mark.parametrize("last", [
    "Russian forces attacked Pervomaiske, Vodiane, and Nevelske in Donetsk Oblast.",
    "Russian forces attacked Pervomaiske, Vodiane, and Nevelske, all in Donetsk Oblast.",
    "Russian forces attacked Pervomaiske and Vodiane, both located in Donetsk Oblast.",
    "Russian troops pushed toward Pervomaiske, Vodiane, Nevelske, and Krasnohorivka, all "
    "close to the front line in western Donetsk Oblast.",
    "Russian troops pushed toward Pervomaiske, Vodiane, Nevelske, and Krasnohorivka, all "
    "west and southwest of Donetsk City in western Donetsk Oblast.",
])
def test_a_region_after_a_list_holds_every_name(nlp, stage, last):
    got = _placed(stage, nlp, SOUTH + last)
    names = [n for n in ("Pervomaiske", "Vodiane", "Nevelske", "Krasnohorivka") if n in last]
    assert all(near(got[n], AROUND_DONETSK, 0.5) for n in names), got


def test_a_list_in_another_oblast_too(nlp, stage):
    got = _placed(stage, nlp, SOUTH + "Ukrainian forces liberated Hrakove, Sosnove and "
                                      "Brusivka in Kharkiv Oblast.")
    assert all(near(got[n], AROUND_IZIUM, 0.5) for n in ("Hrakove", "Sosnove", "Brusivka")), got


def test_a_list_without_a_region_keeps_its_names_apart(nlp, stage):
    # guard: "A, B, C" alone names no container
    got = _placed(stage, nlp, "Russian forces attacked Vodiane, Nevelske, Krasnohorivka.")
    assert {"Vodiane", "Nevelske", "Krasnohorivka"} <= set(got), got


@pytest.mark.parametrize("last", [
    "Russian forces attacked northeast of Avdiivka near Kamianka and west of Avdiivka near "
    "Pervomaiske.",
    "Ukrainian troops repelled assaults west of Avdiivka around Pervomaiske, Vodiane, and "
    "Nevelske.",
])
def test_a_bearing_before_the_name_places_it(nlp, stage, last):
    got = _placed(stage, nlp, SOUTH + "Russian forces shelled Avdiivka and Donetsk in Donetsk "
                                      "Oblast.\n\n" + last)
    names = [n for n in ("Kamianka", "Pervomaiske", "Vodiane", "Nevelske") if n in last]
    assert all(near(got[n], AROUND_DONETSK, 0.5) for n in names), got


def test_a_bearing_before_a_name_reads_as_an_offset(nlp, stage):
    text = "Fighting continued west of Avdiivka near Vodiane and Nevelske."
    ms = recognise(nlp(text), stage.index.lookup, stage.index.fuzzy_lookup)
    named = {ms[k].text: (ms[o.anchor].text, o.bearing) for k, o in offsets(ms, text).items()}
    assert named.get("Vodiane") == ("Avdiivka", 270.0), named
    assert named.get("Nevelske") == ("Avdiivka", 270.0), named


def test_a_bearing_before_a_region_is_no_offset(nlp, stage):
    # guard: "west of Avdiivka in Donetsk Oblast" places no region by the bearing
    got = _placed(stage, nlp, "Russian forces attacked west of Avdiivka in Donetsk Oblast.")
    assert got["Donetsk Oblast"].feature_code == "ADM1", got


def test_a_bare_bearing_takes_the_namesake_near_its_anchor(nlp, stage):
    got = _placed(stage, nlp, SOUTH + "Ukrainian forces struck Blahodatne (northwest of "
                                      "Kherson) on Tuesday.")
    assert (got["Blahodatne"].lat, got["Blahodatne"].lon) == (46.796, 32.355), got


def test_a_bare_bearing_bars_a_namesake_far_off(nlp, stage):
    text = ("Russian units withdrawn from Chernihiv Oblast, Chernihiv, and Nizhyn are "
            "regrouping.\n\nUkrainian forces advanced near Osokorivka (north of Kherson).")
    got = _placed(stage, nlp, text)
    assert (got["Osokorivka"].lat, got["Osokorivka"].lon) == (47.40, 33.65), got
