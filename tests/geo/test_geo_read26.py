"""Place rules from the analyst read of ISW 2022-07-12..13 (read26), on sentences written here:
- a second romanisation is a place's own name for the larger-namesake rule too: a village
  that holds the written spelling only as an alternate ("Mayaky" for Maiaky) keeps the name
  from a larger place whose main name is spelt so (geo.resolve._main_namesake; read26: a
  village 618 km off);
- a vowel's glide before a consonant ("Rayske"/"Raiske") and a doubled "i" ("Mariinka"/
  "Maryinka"/"Marinka") are one name in the loose keys (geo.names.loose), on both sides of
  the index: the stored keys of a rebuilt default and of the dumps added beside it
  (index.refresh_folded_keys); such a spelling costs its place nothing as an alternate
  (read26: a village 156 km off);
- a namesake of a town's part counts as the suburb meant only within PART_KM (30 km) of the
  town, not within 100 km ("the Sadove district of Prymorsk" with a Sadove 60 km off is at
  the town; geo.resolve._parts_of_towns; read26: a district 74 km off);
- hyphenated pairs of names in a list before a plural border ("along the A-B and A-C Oblast
  borders", "the A-B, A-C, and C-B borders") are regions, every one of them
  (geo.recognise._between_regions, _past_pairs; read26: the first pair went to a city);
- a name the text puts by a border of two regions ("X (near the A-B Oblast border)", "X,
  along the A-B administrative border") lies in A or B (geo.resolve._border_pairs; read26:
  a village went to a namesake in a third oblast, 73 km off);
- a side of a region ("X in northwestern Y Oblast") is measured from the middle of the
  region's settlements, not from its GeoNames point, which is often the capital on its edge,
  and of the namesakes on that side the one furthest towards it is meant
  (geo.index.GazetteerIndex.region_centre, geo.resolve._region_middle, geo.cues.toward_side;
  read26: a village 86 km off, by the capital).
"""

import pytest
from hand_gazetteer import UKRAINE, stage_of

from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.geo.names import key, loose

pytestmark = pytest.mark.slow


def _placed(nlp, places, text, name):
    return [p for p in stage_of(places)(nlp(text)) if p.text == name]


# -- a second romanisation keeps its village from a larger namesake ---------------------------

_SPELT = [
    UKRAINE,
    NewPlace(None, "Kalmut", 48.85, 37.60, "UA", "05", fcode="PPLA2", population=70_000),
    NewPlace(None, "Brodivka", 48.95, 37.75, "UA", "05", population=600),
    NewPlace(None, "Sobiaky", 48.98, 37.78, "UA", "05", population=800, names=("Sobyaky",)),
    NewPlace(None, "Sobyaky", 46.41, 30.27, "UA", "17", population=5000),
]


@pytest.mark.parametrize("text", [
    "Ukrainian forces repelled Russian assaults near Brodivka and Sobyaky.",
    "Russian forces shelled Kalmut and Brodivka. Ukrainian forces repelled an assault on "
    "Sobyaky.",
])
def test_a_second_romanisation_keeps_its_village_from_a_larger_namesake(nlp, text):
    [t] = _placed(nlp, _SPELT, text, "Sobyaky")
    assert (t.lat, t.lon) == (48.98, 37.78), t


def test_a_former_name_still_yields_to_the_larger_place_that_bears_it(nlp):
    # guard: an alternate that is no second romanisation (a former name) is no own name
    places = [UKRAINE,
              NewPlace(None, "Brodivka", 48.95, 37.75, "UA", "05", population=600),
              NewPlace(None, "Zorivske", 48.98, 37.78, "UA", "05", population=800,
                       names=("Sobyaky",)),
              NewPlace(None, "Sobyaky", 46.41, 30.27, "UA", "17", population=5000)]
    [t] = _placed(nlp, places, "Russian forces shelled Brodivka and Sobyaky.", "Sobyaky")
    assert (t.lat, t.lon) == (46.41, 30.27), t


# -- glides and a doubled "i" fold in the loose keys -----------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Rayske", "Raiske"), ("Novomykhaylivka", "Novomykhailivka"), ("Zoyske", "Zoiske"),
    ("Mariinka", "Mar'yinka"), ("Mariinka", "Marinka"), ("Tsariivka", "Tsaryivka"),
])
def test_a_glide_and_a_doubled_i_fold_alike(a, b):
    assert loose(key(a)) == loose(key(b))


@pytest.mark.parametrize("a, b", [("Raske", "Raiske"), ("Marynka", "Marinka")])
def test_other_letters_stay_apart(a, b):
    # guard: a glide is folded, not dropped; "y" for a vowel is no glide
    assert loose(key(a)) != loose(key(b))


def test_a_spelling_with_the_other_glide_finds_the_place():
    idx = GazetteerIndex.memory()
    idx.replace_source("UA", [NewPlace(1, "Rayske", 48.57, 37.46, "UA", "05"),
                              NewPlace(2, "Mar'yinka", 47.95, 37.51, "UA", "05")])
    got = idx.lookup(["raiske", "mariinka"])
    assert [e.geonameid for e, _ in got["raiske"]] == [1]
    assert [e.geonameid for e, _ in got["mariinka"]] == [2]


def test_an_added_dumps_keys_are_folded_anew_when_the_default_is_rebuilt():
    idx = GazetteerIndex.memory()
    idx.replace_source("UA", [NewPlace(1, "Rayske", 48.57, 37.46, "UA", "05"),
                              NewPlace(2, "Donetsk Oblast", 48.0, 37.8, "UA", "05", fclass="A",
                                       fcode="ADM1", derived=("donetsk", "@donetsk"))])
    # keys stored by an older fold
    idx.conn.execute("DELETE FROM name WHERE key LIKE '~%' OR key LIKE '@%'")
    idx.conn.execute("INSERT INTO name VALUES ('~rayske', 1, 2), ('@donetsk', 2, 2)")
    assert idx.refresh_folded_keys() == 2
    assert [e.geonameid for e, _ in idx.lookup(["raiske"])["raiske"]] == [1]
    assert [e.geonameid for e, _ in idx.lookup(["@donetsk"])["@donetsk"]] == [2]
    assert [e.geonameid for e, _ in idx.lookup(["rayske"])["rayske"]] == [1]


_GLIDES = [
    UKRAINE,
    NewPlace(None, "Zoyske", 48.57, 37.46, "UA", "05", population=1000, names=("Zoiske",)),
    NewPlace(None, "Zoiske", 47.87, 35.64, "UA", "26", population=300),
]


def test_a_second_romanisation_costs_its_place_nothing(nlp):
    # no other place: the larger village, whose alternate is the written spelling, wins
    [z] = _placed(nlp, _GLIDES, "Russian forces shelled Zoiske on Tuesday.", "Zoiske")
    assert (z.lat, z.lon) == (48.57, 37.46), z


# -- a part of a town is near the town --------------------------------------------------------

_PARTS = [
    UKRAINE,
    NewPlace(None, "Prymorsk", 47.10, 37.50, "UA", "05", population=430_000),
    NewPlace(None, "Sadove", 47.43, 36.82, "UA", "26", population=1_500),  # 60 km off
    NewPlace(None, "Lukove", 47.15, 37.45, "UA", "05", population=1_500),  # 7 km off
]


def test_a_namesake_60_km_off_is_no_part_of_the_town(nlp):
    [p] = _placed(nlp, _PARTS, "Damage to houses in the Sadove district of Prymorsk", "Sadove")
    assert (p.lat, p.lon) == (47.10, 37.50) and p.precision == 2, p


def test_a_namesake_beside_the_town_is_its_part(nlp):
    # guard: a suburb a few kilometres off keeps its own point
    [p] = _placed(nlp, _PARTS, "Damage to houses in the Lukove district of Prymorsk", "Lukove")
    assert (p.lat, p.lon) == (47.15, 37.45), p


# -- regions joined by hyphens before a border ------------------------------------------------

def _oblast(name, a1, lat, lon):
    return NewPlace(None, f"{name} Oblast", lat, lon, "UA", a1, fclass="A", fcode="ADM1",
                    population=1_000_000, derived=(key(name),))


_REGIONS = [
    UKRAINE,
    _oblast("Tavria", "08", 46.6, 33.5), _oblast("Zorivske", "16", 47.5, 31.8),
    _oblast("Kalmut", "04", 48.4, 35.0),
    NewPlace(None, "Tavria", 46.64, 32.62, "UA", "08", fcode="PPLA", population=280_000),
    NewPlace(None, "Zorivske", 46.97, 32.00, "UA", "16", fcode="PPLA", population=470_000),
    NewPlace(None, "Kalmut", 48.45, 34.98, "UA", "04", fcode="PPLA", population=980_000),
    NewPlace(None, "Lukove", 47.30, 32.10, "UA", "16", population=900),
    NewPlace(None, "Sadove", 47.40, 32.20, "UA", "16", population=900),
    NewPlace(None, "Brodivka", 47.25, 32.15, "UA", "16", population=2_000),
    NewPlace(None, "Brodivka", 47.45, 33.80, "UA", "08", population=600),
    NewPlace(None, "Brodivka", 48.90, 37.00, "UA", "05", population=900),
]


@pytest.mark.parametrize("text", [
    "Russian forces shelled villages along the Tavria-Zorivske and Tavria-Kalmut Oblast "
    "borders on Tuesday.",
    "Russian artillery hit areas along the Tavria-Zorivske, Tavria-Kalmut, and Kalmut-Zorivske "
    "borders.",
])
def test_hyphenated_pairs_before_a_plural_border_are_regions(nlp, text):
    got = [(p.text.split()[0], p.feature_code) for p in stage_of(_REGIONS)(nlp(text))]
    assert got and all(code == "ADM1" for _, code in got), got
    assert {"Tavria", "Zorivske", "Kalmut"} <= {name for name, _ in got}, got


def test_a_hyphenated_pair_before_a_road_stays_towns(nlp):
    # guard: a road between two towns is no border of regions
    text = "Russian forces shelled the Tavria-Zorivske highway and Lukove."
    got = {p.text: p.feature_code for p in stage_of(_REGIONS)(nlp(text))}
    assert got.get("Tavria") == "PPLA" and "ADM1" not in got.values(), got


# -- a name by the border of two regions lies in one of them ---------------------------------

@pytest.mark.parametrize("where", [
    "(near the Tavria-Kalmut Oblast border)", ", near the Tavria-Kalmut administrative border",
    "(along the Kalmut-Tavria border)",
])
def test_a_name_by_a_border_of_two_regions_lies_in_one_of_them(nlp, where):
    # (the text's other places lie by the namesake in a third region)
    text = (f"Russian forces shelled Lukove and Sadove. Ukrainian aircraft struck an ammunition "
            f"depot in Brodivka {where}.")
    [b] = _placed(nlp, _REGIONS, text, "Brodivka")
    assert (b.lat, b.lon) == (47.45, 33.80), b


def test_a_name_by_a_border_with_no_namesake_there_keeps_its_context(nlp):
    # guard: no namesake in either region: the context still decides
    text = ("Russian forces shelled Lukove and Sadove. Ukrainian aircraft struck a depot in "
            "Brodivka (near the Zorivske-Kalmut Oblast border).")
    places = [p for p in _REGIONS if not (p.name == "Brodivka" and p.admin1 == "08")]
    [b] = _placed(nlp, places, text, "Brodivka")
    assert (b.lat, b.lon) == (47.25, 32.15), b


# -- a side of a region is measured from the region's middle ---------------------------------

_SIDES = [
    UKRAINE,
    # the oblast's point is its capital, on the oblast's western edge
    NewPlace(None, "Tavria Oblast", 46.64, 32.62, "UA", "08", fclass="A", fcode="ADM1",
             population=1_000_000, derived=("tavria",)),
    NewPlace(None, "Tavria", 46.64, 32.62, "UA", "08", fcode="PPLA", population=280_000),
    NewPlace(None, "Lukove", 46.80, 33.40, "UA", "08", population=900),
    NewPlace(None, "Sadove", 46.60, 34.00, "UA", "08", population=900),
    NewPlace(None, "Brodivka", 47.00, 34.40, "UA", "08", population=900),
    NewPlace(None, "Kalmut", 46.40, 33.90, "UA", "08", population=900),
    NewPlace(None, "Zorivske", 46.90, 33.70, "UA", "08", population=900),
    NewPlace(None, "Nahirne", 46.70, 32.75, "UA", "08", population=900),  # by the capital
    NewPlace(None, "Nahirne", 47.30, 33.55, "UA", "08", population=700),  # the oblast's NW
]


def test_a_side_of_a_region_is_measured_from_its_middle(nlp):
    text = ("Russian forces shelled Tavria on Tuesday. An airstrike hit the village of Nahirne "
            "in northwestern Tavria Oblast.")
    [n] = _placed(nlp, _SIDES, text, "Nahirne")
    assert (n.lat, n.lon) == (47.30, 33.55), n


def test_a_region_with_few_settlements_keeps_its_point_for_a_side():
    idx = GazetteerIndex.memory()
    idx.replace_source("test", _SIDES[:4])
    assert idx.region_centre("UA", "08") is None
    idx.replace_source("test", _SIDES)
    lat, lon = idx.region_centre("UA", "08")
    assert 46.7 < lat < 46.9 and 33.4 < lon < 33.8


def test_of_two_namesakes_on_a_side_the_one_further_towards_it_is_meant(nlp):
    # both lie on the oblast's western side; the text's capital is beside the nearer one
    places = [p for p in _SIDES if p.name != "Nahirne"] + [
        NewPlace(None, "Nahirne", 46.66, 32.45, "UA", "08", population=900),
        NewPlace(None, "Nahirne", 46.62, 31.90, "UA", "08", population=700)]
    text = ("Russian forces shelled Tavria on Tuesday. An airstrike hit the village of Nahirne "
            "in western Tavria Oblast.")
    [n] = _placed(nlp, places, text, "Nahirne")
    assert (n.lat, n.lon) == (46.62, 31.90), n
