"""Place rules of the twenty-sixth session, on sentences written here and hand-made places:
- "X Raion" where the gazetteer names the raion otherwise (a "city council" or "miskrada"
  entry) is the raion whose seat X is, found by the seat's own admin codes, and a plural
  "raions" after a list gives each listed name its raion (geo.resolve._seat_unit,
  HARD_REGION_WORDS; read157: the raions became their towns and a neighbouring raion), while
  a town named without the word stays the town (guard);
- a town that owns an industrial zone is a place ("X's industrial zone": geo.names.
  TOWN_PART_NOUNS; read157: the town was lost);
- the side of a region chooses between namesakes far apart, not between a town and the old
  district named for it beside it ("Lyman in northern Donetsk Oblast": geo.resolve.
  _settlement_beside; read156: the historical raion);
- "villages in Kherson" are in the region, a town holds no villages (geo.resolve._VILLAGES_IN;
  read156: the city), while "the villages of A and B" are villages (guard);
- a district "of" a city that the gazetteer lacks in the city's region is in the city ("the
  Kyivskyi District of Kharkiv City": geo.resolve._district_of; read159: a namesake district of
  Donetsk);
- names of a list that an attack is "against" are places once the list holds places, and one
  item split in two by the gazetteer ("Cherkasy Tyshky") does not break the list (geo.
  recognise._framed, _listed_with_places; read159: five villages lost);
- a name glued by a hyphen to a name's prefix ("Novo-Lenino") is no place of its own (geo.
  recognise._NAME_PREFIXES; read157: a village 150 km off), while a name the gazetteer
  holds whole with its hyphen stays a place (guard);
- a name the gazetteer lacks that the writer places by a distance and a bearing from a town
  ("X (approximately 18km northeast of Y)") is a place at the offset's point, near it (geo.
  recognise._placed_by_distance, geo.cues._settlement_name; read161: the act went to Y),
  while a name with no distance stays unplaced (guard);
- a name the writer places by a bearing right after it is a place though the tagger ran an
  organisation's name over it ("assaults from A on B (west of X)": geo.recognise._weigh;
  read156: B lost);
- the adjectives a plural district word closes ("Bashtanskyi, Beryslavskyi, and Kakhovskyi
  Raions") are districts, found with the word (geo.recognise._listed_units; read170: a
  village in another oblast, none, and one in Russia);
- "a micro-district of X" is a part of the town X, no district named as it (geo.recognise.
  _cues; read171: a district elsewhere that bears the town's name);
- a people's word after a region's comma starts the clause, no container ("In Kherson Oblast,
  Russian forces shelled X": geo.resolve._containers; found while reading read171's homonyms:
  the oblast was put in Russia)."""

from __future__ import annotations

import pytest
from hand_gazetteer import RUSSIA, UKRAINE, located, stage_fixture, stage_of

from fogofwar.geo.index import NewPlace

_RAIONS = [UKRAINE,
           NewPlace(9901, "Kupyansk", 49.71, 37.62, "UA", "07", "6308", fcode="PPLA2",
                    population=27_000),
           NewPlace(9902, "Kupianska Miskrada", 49.67, 37.64, "UA", "07", "6308", fclass="A",
                    fcode="ADM2", population=130_000),
           NewPlace(9903, "Chuhuyiv", 49.84, 36.69, "UA", "07", "6314", fcode="PPLA2",
                    population=33_000),
           NewPlace(9904, "Chuhuiv City Council", 49.84, 36.74, "UA", "07", "6314", fclass="A",
                    fcode="ADM2", population=0, names=("Chuhuiv Misto",)),
           NewPlace(9905, "Kharkiv Raion", 50.07, 36.28, "UA", "07", "6312", fclass="A",
                    fcode="ADM2", population=1_760_000),
           NewPlace(9906, "Kharkiv", 49.98, 36.25, "UA", "07", "6312", fcode="PPLA",
                    population=1_430_000),
           NewPlace(9907, "Chuhuiv", 49.84, 36.69, "UA", "07", "6314", fcode="PPLA2",
                    population=0)]
raions = stage_fixture(_RAIONS, "raions")

_ZONE = [UKRAINE,
         NewPlace(9911, "Soledar", 48.69, 38.07, "UA", "05", fcode="PPLA3", population=10_000)]
zone = stage_fixture(_ZONE, "zone")


def test_a_raion_named_for_its_seat_is_the_raion(nlp, raions):
    got = located(nlp, raions, "Russian forces shelled settlements in Kupyansk Raion.")
    assert got["Kupyansk"].feature_code == "ADM2", got["Kupyansk"]
    assert got["Kupyansk"].precision == 3, got["Kupyansk"]


def test_a_list_of_raions_gives_each_its_raion(nlp, raions):
    got = located(nlp, raions, "Russian forces struck civilians in Chuhuiv, Kharkiv, and "
                               "Kupyansk raions on October 18.")
    assert {got[n].feature_code for n in ("Chuhuiv", "Kharkiv", "Kupyansk")} == {"ADM2"}, got
    assert got["Chuhuiv"].lat != got["Kharkiv"].lat, got


def test_a_seat_named_alone_stays_the_town(nlp, raions):
    # guard
    got = located(nlp, raions, "Russian forces shelled Kupyansk on October 18.")
    assert got["Kupyansk"].feature_code == "PPLA2", got["Kupyansk"]


def test_a_town_owning_an_industrial_zone_is_a_place(nlp, zone):
    got = located(nlp, zone, "Russian forces attacked Soledar's industrial zone on October 18.")
    assert "Soledar" in got, got


_SIDES = [UKRAINE,
          NewPlace(9921, "Donetsk Oblast", 48.05, 37.67, "UA", "05", fclass="A", fcode="ADM1",
                   population=4_100_000, derived=("donetsk",)),
          NewPlace(9922, "Lyman", 48.99, 37.81, "UA", "05", fcode="PPLA3", population=20_000),
          NewPlace(9923, "Lyman", 48.41, 36.86, "UA", "05", fcode="PPL", population=0),
          NewPlace(9924, "Lyman Raion", 49.00, 37.83, "UA", "05", "9924", fclass="A",
                   fcode="ADM2H", population=22_000, derived=("lyman",)),
          NewPlace(9925, "Kherson Oblast", 46.64, 32.62, "UA", "08", fclass="A", fcode="ADM1",
                   population=1_000_000, derived=("kherson",)),
          NewPlace(9926, "Kherson", 46.64, 32.61, "UA", "08", fcode="PPLA", population=290_000),
          NewPlace(9927, "Bilozerka", 46.63, 32.44, "UA", "08", fcode="PPLA3", population=8_000),
          NewPlace(9928, "Kharkiv", 49.98, 36.25, "UA", "07", fcode="PPLA",
                   population=1_430_000),
          NewPlace(9929, "Kharkiv Oblast", 49.62, 36.50, "UA", "07", fclass="A", fcode="ADM1",
                   population=2_700_000, derived=("kharkiv",)),
          NewPlace(9930, "Kyivskyi", 48.05, 37.78, "UA", "05", fcode="PPLX", population=139_000),
          NewPlace(9931, "Kyivskyi District", 48.05, 37.78, "UA", "05", fclass="A",
                   fcode="ADM3", population=0)]
sides = stage_fixture(_SIDES, "sides")

_LIST = [UKRAINE,
         NewPlace(9941, "Odnorobivka", 50.36, 35.91, "UA", "07", fcode="PPL", population=300),
         NewPlace(9942, "Udy", 50.39, 36.06, "UA", "07", fcode="PPL", population=700),
         NewPlace(9943, "Ruski Tyshky", 50.14, 36.40, "UA", "07", fcode="PPL", population=2_000),
         NewPlace(9944, "Tyshky", 50.12, 36.40, "UA", "07", fcode="PPL", population=3_000),
         NewPlace(9945, "Cherkasy", 49.44, 32.06, "UA", "03", fcode="PPLA", population=280_000),
         NewPlace(9946, "Borshchova", 50.17, 36.42, "UA", "07", fcode="PPL", population=600),
         NewPlace(9947, "Shestakove", 50.08, 36.62, "UA", "07", fcode="PPL", population=500)]
listed = stage_fixture(_LIST, "listed")


def test_a_town_beside_its_old_district_is_the_town(nlp, sides):
    got = located(nlp, sides, "Russian forces continued attacks on Lyman in northern Donetsk "
                              "Oblast.")
    assert got["Lyman"].feature_code == "PPLA3", got["Lyman"]


def test_villages_in_a_region_named_as_its_city_are_the_regions(nlp, sides):
    got = located(nlp, sides, "Ukrainian forces recaptured portions of occupied villages in "
                              "Kherson.")
    assert got["Kherson"].feature_code == "ADM1", got["Kherson"]


def test_the_villages_of_a_town_are_villages(nlp, sides):
    # guard
    got = located(nlp, sides, "Russian forces shelled the villages of Bilozerka and Kherson.")
    assert got["Kherson"].feature_code == "PPLA", got["Kherson"]


def test_a_district_of_a_city_is_in_the_city(nlp, sides):
    got = located(nlp, sides, "Russian forces shelled the Kyivskyi District of Kharkiv City.")
    place = got["Kyivskyi District"]
    assert abs(place.lat - 49.98) < 0.2, place


def test_a_list_an_attack_is_against_holds_places(nlp, listed):
    got = located(nlp, listed, "Russian forces conducted MLRS and artillery strikes against "
                               "Udy, Odnorobivka, Ruski Tyshky, Cherkasy Tyshky, Ruska Lozova, "
                               "Borshchova, Tsyrkuny, Peremoha, and Shestakove.")
    for name in ("Odnorobivka", "Udy", "Ruski Tyshky"):
        assert name in got, (name, got)


_PREFIXED = [UKRAINE,
             NewPlace(9951, "Lenino", 53.66, 103.0, "RU", "20", fcode="PPL", population=20_000),
             NewPlace(9952, "Irkutsk Oblast", 55.33, 103.56, "RU", "20", fclass="A",
                      fcode="ADM1", population=2_400_000),
             NewPlace(9953, "Ust-Ilimsk", 58.0, 102.66, "RU", "20", fcode="PPL",
                      population=80_000)]
prefixed = stage_fixture(_PREFIXED, "prefixed")


def test_a_name_after_a_hyphened_prefix_is_no_place(nlp, prefixed):
    got = located(nlp, prefixed, "A fighter jet crashed into a house in Novo-Lenino, Irkutsk "
                                 "Oblast on October 23.")
    assert "Lenino" not in got, got


def test_a_hyphened_name_held_whole_is_a_place(nlp, prefixed):
    # guard
    got = located(nlp, prefixed, "A man shot an officer at the recruitment office in Ust-Ilimsk "
                                 "on September 26.")
    assert "Ust-Ilimsk" in got, got


_OFFSET_ONLY = [UKRAINE,
                NewPlace(9961, "Kupiansk-Vuzlovyi", 49.67, 37.68, "UA", "07", fcode="PPL",
                         population=8_000, names=("Kupyansk-Vuzlovyi",))]
offset_only = stage_fixture(_OFFSET_ONLY, "offset_only")


def test_an_unknown_name_placed_by_a_distance_is_at_the_offset(nlp, offset_only):
    got = located(nlp, offset_only, "Ukrainian troops advanced toward Zarichnivka "
                                    "(approximately 18km northeast of Kupyansk-Vuzlovyi).")
    place = got["Zarichnivka"]
    assert place.lat > 49.72 and place.lon > 37.72, place
    assert place.precision == 2, place


def test_an_unknown_name_with_no_distance_stays_unplaced(nlp, offset_only):
    # guard
    got = located(nlp, offset_only, "Ukrainian troops advanced toward Zarichnivka near "
                                    "Kupyansk-Vuzlovyi.")
    assert "Zarichnivka" not in got, got


_BEARING = [UKRAINE,
            NewPlace(9971, "Vysokopillya", 47.49, 33.53, "UA", "08", fcode="PPL",
                     population=4_000),
            NewPlace(9972, "Ivanivka", 47.47, 33.38, "UA", "08", fcode="PPL", population=300)]
bearing = stage_fixture(_BEARING, "bearing")


def test_a_name_placed_by_a_bearing_inside_an_organisation_is_a_place(nlp, bearing):
    got = located(nlp, bearing, "The Southern Operational Command reported that Ukrainian "
                                "troops repelled Russian attacks from Arkhanhelske on Ivanivka "
                                "(west of Vysokopillya).")
    assert "Ivanivka" in got, got


_ADJECTIVES = [UKRAINE,
               NewPlace(9981, "Bashtanka Raion", 47.41, 32.43, "UA", "16", "4802", fclass="A",
                        fcode="ADM2", population=100_000, names=("Bashtanskyi Raion",)),
               NewPlace(9982, "Beryslav Raion", 46.84, 33.42, "UA", "08", "6502", fclass="A",
                        fcode="ADM2", population=90_000, names=("Beryslavskyi Raion",)),
               NewPlace(9983, "Bashtankiv", 48.11, 29.00, "UA", "17", fcode="PPL",
                        population=900, names=("Bashtanskyi",))]
adjectives = stage_fixture(_ADJECTIVES, "adjectives")


def test_adjectives_a_plural_district_word_closes_are_districts(nlp, adjectives):
    got = located(nlp, adjectives, "Ukrainian officials confirmed striking depots in Bashtanskyi "
                                   "and Beryslavskyi Raions on August 30.")
    assert got["Bashtanskyi"].feature_code == "ADM2", got
    assert got["Beryslavskyi"].feature_code == "ADM2", got


_MICRO = [UKRAINE,
          NewPlace(9991, "Slovyansk", 48.85, 37.60, "UA", "05", fcode="PPL", population=105_141),
          NewPlace(9992, "Nikopol Raion", 47.57, 34.40, "UA", "12", "1208", fclass="A",
                   fcode="ADM2", population=105_160, names=("Slovyansk",))]
micro = stage_fixture(_MICRO, "micro")


def test_a_micro_district_of_a_town_is_the_town(nlp, micro):
    got = located(nlp, micro, "Russian forces shelled a micro-district of Slovyansk.")
    assert got["Slovyansk"].feature_code == "PPL", got["Slovyansk"]


_CLAUSE = [UKRAINE, RUSSIA,
           NewPlace(9995, "Kherson Oblast", 46.64, 32.62, "UA", "08", fclass="A", fcode="ADM1",
                    population=1_000_000)]


@pytest.fixture(scope="module")
def clause():
    st = stage_of(_CLAUSE)
    st.index.replace_demonyms([("russian", "RU"), ("ukrainian", "UA")])
    return st


def test_a_peoples_word_after_a_comma_is_no_container(nlp, clause):
    got = located(nlp, clause, "In Kherson Oblast, Russian forces shelled several villages.")
    assert got["Kherson Oblast"].country_code == "UA", got["Kherson Oblast"]
