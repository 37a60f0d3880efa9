"""Place rules of the twenty-sixth session, on sentences written here and hand-made places:
- "X Raion" where the gazetteer names the raion otherwise (a "city council" or "miskrada"
  entry) is the raion whose seat X is, found by the seat's own admin codes, and a plural
  "raions" after a list gives each listed name its raion (geo.resolve._seat_unit,
  HARD_REGION_WORDS; read157: the raions became their towns and a neighbouring raion), while
  a town named without the word stays the town (guard);
- a town that owns an industrial zone is a place ("X's industrial zone": geo.names.
  TOWN_PART_NOUNS; read157: the town was lost)."""

from __future__ import annotations

from hand_gazetteer import UKRAINE, located, stage_fixture

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
