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
"""

import pytest

from border_gazetteer import stage_of
from fogofwar.geo.index import GazetteerIndex, NewPlace
from fogofwar.geo.names import key, loose

pytestmark = pytest.mark.slow

_UA = NewPlace(690791, "Ukraine", 49.0, 32.0, "UA", fclass="A", fcode="PCLI",
               population=41_000_000)


def _placed(nlp, places, text, name):
    return [p for p in stage_of(places)(nlp(text)) if p.text == name]


# -- a second romanisation keeps its village from a larger namesake ---------------------------

_SPELT = [
    _UA,
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
    places = [_UA,
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
    _UA,
    NewPlace(None, "Zoyske", 48.57, 37.46, "UA", "05", population=1000, names=("Zoiske",)),
    NewPlace(None, "Zoiske", 47.87, 35.64, "UA", "26", population=300),
]


def test_a_second_romanisation_costs_its_place_nothing(nlp):
    # no other place: the larger village, whose alternate is the written spelling, wins
    [z] = _placed(nlp, _GLIDES, "Russian forces shelled Zoiske on Tuesday.", "Zoiske")
    assert (z.lat, z.lon) == (48.57, 37.46), z


# -- a part of a town is near the town --------------------------------------------------------

_PARTS = [
    _UA,
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
