"""Place rules of the thirtieth session (helper geo2), on sentences written here and hand-made
places, all from read229 (ISW 2022-08-08, 09-01, 09-02):
- a region name before its region word that no key of the index finds is the region of its
  closest spelling, of the level the word says ("Zaporzhzhia Oblast")
  (geo.recognise._misspelt_regions; read229: a list's closing oblast, misspelt, was no
  place);
- a region that closes a list ("shelled A, B, and C, Y Oblast") holds each name of it: a name
  whose namesakes all lie outside Y takes the closest spellings inside Y
  (geo.qualifiers.region_namesakes; read229: a town of the list went to a namesake in
  Russia, which bears the name as written as another name, while the oblast's town is spelt
  with one more letter), while a name with no close spelling in Y keeps its own (guard),
  and so does a town of standing of Y's country, by its own name (guard, read182);
- a raion's adjective ("Melitopolsky Raion", "the Melitopolsky and Vasylivsky raions") is
  the district (ADM2) of the town it is made from, spelt as written or closely
  (geo.recognise.unit_of_adjective; read229: "-sky" for "-skyi" became the raion's town, and
  a spelling with two letters swapped a village of another oblast);
- a name followed by a lower-case water word and an offset or a bearing ("the Kremenchuk
  reservoir, 40km northwest of Y") is the water body, at the offset's point where no namesake
  lies near it, never the town at precision 1 (geo.recognise._cues, geo.cues._past_feature;
  read229: a reservoir's coast went to the town of its name, 100 km from the point the text
  gave), measured from a facility's own spot where the anchor is one (geo.resolve.
  _points_from_facilities: the point lay by the city the plant is named for), while a town's
  reservoir with no offset stays the town (guard);
- "A and B, both on the western bank of the R River": the namesakes within RIVER_KM of the
  gazetteer's point of the river R are meant, as an offset's are (geo.qualifiers.river_banks;
  read229: a village on the river went to a namesake in another oblast), but not of a river
  the gazetteer files under no one region, whose one point says nothing (guard).

The hand-made gazetteers below put each namesake where the case needs it."""

from __future__ import annotations

from hand_gazetteer import RUSSIA, UKRAINE, located, stage_of

from fogofwar.geo.index import NewPlace
from fogofwar.geo.names import region_only_keys, region_stems


def _region(gid: int, name: str, lat: float, lon: float, a1: str, pop: int,
            code: str = "ADM1", a2: str = "") -> NewPlace:
    return NewPlace(gid, name, lat, lon, "UA", a1, a2, fclass="A", fcode=code, population=pop,
                    derived=tuple(region_stems(name) | region_only_keys(name)))


_LIST = [
    UKRAINE, RUSSIA,
    _region(9801, "Kharkiv Oblast", 49.50, 36.50, "07", 2_700_000),
    # (the oblast's point at its capital, over 100 km from the towns of the list)
    _region(9802, "Zaporizhzhia Oblast", 47.82, 35.18, "26", 1_700_000),
    NewPlace(9803, "Chuhuiv", 49.84, 36.69, "UA", "07", fcode="PPLA2", population=31_000),
    NewPlace(9804, "Zmiiv", 49.68, 36.36, "UA", "07", population=14_000),
    NewPlace(9805, "Pechenihy", 49.87, 36.94, "UA", "07", population=5_000),
    # a town of Russia that bears the spelling the text uses as another name
    NewPlace(9806, "Pechenga", 69.55, 31.18, "RU", "49", population=30_000,
             names=("Pechenhy",)),
    NewPlace(9807, "Berdiansk", 46.76, 36.79, "UA", "26", population=107_000),
    NewPlace(9808, "Prymorsk", 46.73, 36.34, "UA", "26", population=11_000),
    NewPlace(9809, "Rozivka", 47.38, 36.82, "UA", "26", population=3_000),
]


def test_a_misspelt_oblast_is_the_oblast(nlp):
    got = located(nlp, stage_of(_LIST), "Russian forces shelled Berdiansk, Prymorsk, and "
                                        "Rozivka, Zaporzhzhia Oblast.")
    region = [p for k, p in got.items() if k.startswith("Zaporzhzhia")]
    assert region and region[0].geonameid == 9802, got


def test_a_closing_oblast_takes_the_close_spelling_inside_it(nlp):
    got = located(nlp, stage_of(_LIST), "Ukrainian officials reported that Russian forces "
                                        "shelled Chuhuiv, Pechenhy, and Zmiiv, Kharkiv Oblast.")
    assert got.get("Pechenhy") is not None and got["Pechenhy"].geonameid == 9805, got


def test_a_closing_oblast_with_a_misspelt_name_holds_its_towns(nlp):
    got = located(nlp, stage_of(_LIST), "Russian forces shelled Chuhuiv, Pechenhy, and Zmiiv, "
                                        "Kharkyiv Oblast.")
    assert got.get("Pechenhy") is not None and got["Pechenhy"].geonameid == 9805, got


def test_a_name_with_no_close_spelling_in_the_oblast_keeps_its_own(nlp):
    # guard
    places = [p for p in _LIST if p.geonameid != 9805]
    got = located(nlp, stage_of(places), "Russian forces shelled Chuhuiv, Pechenhy, and "
                                         "Zmiiv, Kharkiv Oblast.")
    assert got.get("Pechenhy") is None or got["Pechenhy"].geonameid != 9805, got


_RAIONS = [
    UKRAINE,
    _region(9811, "Zaporizhzhia Oblast", 47.50, 35.50, "26", 1_700_000),
    _region(9812, "Melitopol Raion", 46.90, 35.30, "26", 400_000, "ADM2", "2305"),
    _region(9813, "Vasylivka Raion", 47.40, 35.20, "26", 150_000, "ADM2", "2306"),
    NewPlace(9814, "Melitopol", 46.85, 35.37, "UA", "26", "2305", fcode="PPLA2",
             population=150_000),
    NewPlace(9815, "Vasylivka", 47.44, 35.27, "UA", "26", "2306", fcode="PPLA2",
             population=12_000),
    # villages of other oblasts whose names lie close to the adjectives
    NewPlace(9816, "Melitopolske", 48.60, 33.00, "UA", "10", population=300),
    NewPlace(9817, "Vasylivske", 49.60, 30.10, "UA", "13", population=300),
]


def test_a_list_of_raion_adjectives_names_the_districts(nlp):
    got = located(nlp, stage_of(_RAIONS), "Ukrainian forces destroyed ammunition depots in the "
                                          "Melitopolsky and Vasylivsky raions.")
    ids = {k: p.geonameid for k, p in got.items()}
    assert ids.get("Melitopolsky") == 9812 and ids.get("Vasylivsky") == 9813, got


def test_a_misspelt_raion_adjective_names_the_district(nlp):
    got = located(nlp, stage_of(_RAIONS), "Ukrainian forces struck a command post in "
                                          "Meliotpolsky Raion on September 3.")
    p = [p for k, p in got.items() if k.startswith("Meliotpolsky")]
    assert p and p[0].geonameid == 9812, got


_WATER = [
    UKRAINE,
    _region(9821, "Poltava Oblast", 49.59, 34.55, "18", 1_400_000),
    _region(9822, "Kirovohrad Oblast", 48.51, 32.26, "10", 900_000),
    NewPlace(9823, "Svitlovodsk", 49.05, 33.24, "UA", "10", fcode="PPLA2", population=44_000),
    NewPlace(9824, "Kremenchuk", 49.07, 33.42, "UA", "18", fcode="PPLA2", population=220_000),
]


def test_a_reservoir_placed_by_an_offset_is_no_town(nlp):
    got = located(nlp, stage_of(_WATER), "Russian sources claimed that Ukrainian saboteurs "
                                         "landed on the coast of the Kremenchuk reservoir, "
                                         "40km northwest of Svitlovodsk.")
    p = got.get("Kremenchuk")
    assert p is None or (p.geonameid != 9824 and p.precision != 1), got


def test_a_towns_reservoir_with_no_offset_stays_the_town(nlp):
    # guard
    got = located(nlp, stage_of(_WATER), "Russian forces shelled Svitlovodsk and the "
                                         "Kremenchuk reservoir on September 2.")
    assert got.get("Kremenchuk") is not None and got["Kremenchuk"].geonameid == 9824, got


_FACILITY = [
    UKRAINE,
    NewPlace(9825, "Kyiv", 50.45, 30.52, "UA", "12", fcode="PPLC", population=2_900_000),
    NewPlace(9826, "Hostomel", 50.568, 30.265, "UA", "13", population=16_000),
    NewPlace(9827, "Hostomel Airport", 50.591, 30.208, "UA", "13", fclass="S", fcode="AIRP"),
]


def test_an_offset_from_a_facility_is_measured_from_the_facility(nlp):
    got = located(nlp, stage_of(_FACILITY), "Russian sources claimed that Ukrainian saboteurs "
                                            "landed on the shore of the Kyiv reservoir, 8km "
                                            "north of the Hostomel airport.")
    p = got.get("Kyiv")
    # (8 km north of the airfield, not of the town 4 km from it)
    assert p is not None and p.precision == 2 and abs(p.lat - 50.663) < 0.02 and \
        abs(p.lon - 30.208) < 0.02, got


_BANK = [
    UKRAINE,
    _region(9831, "Luhansk Oblast", 48.67, 39.17, "14", 2_100_000),
    _region(9832, "Kharkiv Oblast", 49.50, 36.50, "07", 2_700_000),
    # a river's point, as the gazetteer holds it (its mouth)
    NewPlace(9833, "Aidar", 48.65, 39.25, "UA", "14", fclass="H", fcode="STM"),
    NewPlace(9835, "Bilokurakyne", 49.53, 38.73, "UA", "14", population=7_000),
    NewPlace(9836, "Bilokurakyne", 49.60, 36.60, "UA", "07", population=9_000),
    NewPlace(9837, "Chuhuiv", 49.84, 36.69, "UA", "07", fcode="PPLA2", population=31_000),
    NewPlace(9838, "Shchastia", 48.74, 39.23, "UA", "14", population=11_000),
    NewPlace(9839, "Shchastia", 49.80, 36.80, "UA", "07", population=200),
]


def test_a_river_bank_takes_the_namesake_by_the_river(nlp):
    got = located(nlp, stage_of(_BANK), "Russian forces shelled Chuhuiv on September 2. Russian "
                                        "forces also conducted airstrikes on Shchastia and "
                                        "Bilokurakyne, both on the western bank of the Aidar "
                                        "River.")
    assert got.get("Shchastia") is not None and got["Shchastia"].geonameid == 9838, got


def test_a_river_filed_under_no_one_region_chooses_nothing(nlp):
    # guard
    places = [NewPlace(9833, "Aidar", 48.65, 39.25, "UA", "00", fclass="H", fcode="STM")
              if p.geonameid == 9833 else p for p in _BANK]
    got = located(nlp, stage_of(places), "Russian forces shelled Chuhuiv on September 2. "
                                         "Russian forces also conducted airstrikes on Shchastia "
                                         "and Bilokurakyne, both on the western bank of the "
                                         "Aidar River.")
    assert got.get("Shchastia") is not None and got["Shchastia"].geonameid == 9839, got


def test_a_city_of_another_oblast_in_a_closed_list_is_no_village_of_it(nlp):
    # guard
    places = _LIST + [
        NewPlace(9841, "Kremenchuk", 49.07, 33.42, "UA", "18", fcode="PPLA2",
                 population=220_000),
        NewPlace(9842, "Kremenchuky", 49.75, 36.55, "UA", "07", population=300)]
    got = located(nlp, stage_of(places), "Russian drones struck Kremenchuk, Chuhuiv, and "
                                         "Zmiiv, Kharkiv Oblast.")
    assert got.get("Kremenchuk") is None or got["Kremenchuk"].geonameid == 9841, got
