"""Place rules of the twenty-fourth session, on sentences written here and hand-made places:
- in a list of villages, each other name votes for the area of a namesake with the weight
  1/n, n its own namesakes, and up to 100 km at half weight (geo.resolve._list_cohesion,
  _list_reach): two common names with namesakes side by side far off no longer hold each
  other there, away from the list's other villages 60-80 km along the front (read121:
  Pervomaiske and Pavlivka put in Odesa and Mykolaiv oblasts), while a list of villages close
  together keeps its common names among them (guard);
- two places a remark says lie together ("attacked X and seized Z, both adjacent to the
  highway") are partners as "near X and Z" are: X is the namesake near Z (geo.cues.partners,
  _BOTH_AFTER; read119: X went to a larger namesake 46 km from Z);
- a city of 100,000 people or more before a facility's noun, past a word of the facility's
  own name, is where the facility is, though the tagger made the two words a person ("Mariupol
  Drama theatre destroyed": geo.recognise._town_facility; the CIR gate's inspected half: no
  place), while a small place's name before a person's name stays none (guard);
- a city's public body with the article inside the tagger's name ("the Lysychansk City
  Council") names the city, as a region's does (geo.recognise._weigh, m.city); a headline's
  verb the tagger took into a name ("Shelled Kharkiv Cadet Corps Military Institute") is no
  part of it, and the name starts with the city; a town the tagger calls a people's word
  before a lower-case facility noun ("Beryslav medical college dormitory damaged") is that
  facility's town (the CIR gate's inspected half: the three cities lost);
- the text's own correction of a namesake ("Rubizhne (in Kharkiv, not Luhansk Oblast)") gives
  the name its oblast: "Kharkiv" there is the oblast, which holds the name (geo.recognise
  region word, geo.resolve._containers, _NOT_TAIL; read119, read130: the namesake in the
  oblast the text ruled out), and so does a bracket that restates the name with its oblast
  ("Rubizhne (the Rubizhne in Kharkiv Oblast, not Luhansk Oblast)": geo.resolve._containers,
  _RESTATED; read131: the first mention in Luhansk Oblast);
- the words of a web address ("dot com/news/strike-in-mariupol-report.html" in a footnote) are
  no lower-case use of a name in the text (geo.recognise._link_tokens; read132: Mariupol, a
  word of a link, lost with the day's chemical attack);
- a remark after a list that puts every name near one place ("A, B, and C, all settlements
  around P") makes each name P's partner (geo.cues.partners, _ALL_AROUND; read131: C went to
  a town of its name 110 km off);
- a listed name whose only namesake lies far from a list whose other names hold together is
  left unplaced ("fired on A, B, C, and D", A's only namesake 330 km off: geo.resolve.
  _strays_of_lists; ISW 2022-07-05, checked after the link-slug fix), while a list of
  far-apart places keeps each (guard)."""

from __future__ import annotations

import pytest

from hand_gazetteer import UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace


def _village(gid, name, lat, lon, admin1, population=300):
    return NewPlace(gid, name, lat, lon, "UA", admin1, fcode="PPL", population=population)


_PLACES = [
    UKRAINE,
    NewPlace(9800, "Odesa Oblast", 46.70, 30.20, "UA", "17", fclass="A", fcode="ADM1",
             population=2_300_000),
    NewPlace(9799, "Vinnytsia Oblast", 49.10, 28.60, "UA", "23", fclass="A", fcode="ADM1",
             population=1_500_000),
    NewPlace(9798, "Donetsk Oblast", 48.05, 37.67, "UA", "05", fclass="A", fcode="ADM1",
             population=4_100_000),
    # the front: names borne once, 50-80 km apart along it
    _village(9801, "Zorivka", 48.80, 38.25, "05"),
    _village(9802, "Hlynske", 48.69, 38.07, "05"),
    _village(9803, "Kozachky", 48.40, 38.01, "05"),
    _village(9804, "Dubrivne", 48.47, 37.95, "05"),
    # two common names: a namesake each on the front's south end, 60 km from the others ...
    _village(9811, "Pervotsvit", 48.02, 37.60, "05", population=200),
    _village(9812, "Sadova", 47.85, 37.45, "05", population=150),
    # ... and a larger namesake each 15 km apart, 450 km off
    _village(9821, "Pervotsvit", 47.49, 29.66, "17", population=9_000),
    _village(9822, "Sadova", 47.40, 29.70, "17", population=8_000),
    _village(9823, "Pervotsvit", 49.60, 28.50, "23", population=1_500),
    _village(9824, "Sadova", 46.20, 30.10, "17", population=1_200),
]
stage = stage_fixture(_PLACES)

# a day's report: the oblasts of a drone campaign named early, the front's oblast and its list
# further on
_REPORT = ("Russian drones struck Odesa Oblast and Vinnytsia Oblast on September 25.\n\n"
           "Russian officials continued to prepare the mobilization.\n\n"
           "Russian forces continued ground attacks in Donetsk Oblast on September 25.\n\n"
           "Ukrainian forces repelled Russian assaults on Zorivka, Hlynske, Kozachky, Dubrivne, "
           "Pervotsvit, and Sadova on September 25.")


def test_common_names_of_a_list_stay_along_its_front(nlp, stage):
    got = located(nlp, stage, _REPORT)
    assert got["Pervotsvit"].admin1 == got["Zorivka"].admin1, got["Pervotsvit"]
    assert got["Sadova"].admin1 == got["Zorivka"].admin1, got["Sadova"]


_PAIR = [UKRAINE,
         _village(9831, "Vrublivka", 48.76, 38.38, "14"),
         _village(9832, "Mykolaivka", 48.77, 38.33, "14", population=300),
         _village(9833, "Mykolaivka", 48.86, 37.80, "14", population=5_000)]
pair = stage_fixture(_PAIR, "pair")


def test_two_places_both_by_a_road_lie_together(nlp, pair):
    got = located(nlp, pair, "Russian forces attacked Mykolaivka and seized Vrublivka, both "
                             "adjacent to the highway, on June 19.")
    assert got["Mykolaivka"].lat == 48.77, got["Mykolaivka"]


_CITY = [UKRAINE,
         NewPlace(9841, "Mariupol", 47.10, 37.55, "UA", "05", fcode="PPLA2", population=440_000),
         _village(9842, "Browne", 47.90, 37.90, "05", population=200),
         NewPlace(9843, "Lysychansk", 48.92, 38.43, "UA", "09", fcode="PPLA3",
                  population=95_000),
         NewPlace(9844, "Kharkiv", 49.98, 36.25, "UA", "07", fcode="PPLA",
                  population=1_430_000),
         # (the oblast bears the city's name, as GeoNames' region stems give it)
         NewPlace(9846, "Kharkiv Oblast", 49.5, 36.5, "UA", "07", fclass="A", fcode="ADM1",
                  population=2_700_000, derived=("kharkiv",)),
         NewPlace(9845, "Beryslav", 46.84, 33.43, "UA", "08", fcode="PPLA3",
                  population=12_000)]
city = stage_fixture(_CITY, "city")


def test_a_citys_facility_names_the_city(nlp, city):
    got = located(nlp, city, "Mariupol Drama theatre destroyed")
    assert "Mariupol" in got, got


def test_a_small_namesake_before_a_person_stays_none(nlp, city):
    # guard
    got = located(nlp, city, "Jackson Browne theatre tour announced")
    assert "Browne" not in got, got


@pytest.mark.parametrize("text, name", [
    ("Russian forces near the Lysychansk City Council building", "Lysychansk"),
    ("Shelled Kharkiv Cadet Corps Military Institute", "Kharkiv"),
    ("Beryslav medical college dormitory damaged", "Beryslav")])
def test_a_towns_body_or_facility_names_the_town(nlp, city, text, name):
    assert name in located(nlp, city, text), text


_CORRECTED = [UKRAINE,
              NewPlace(9861, "Kharkiv Oblast", 49.5, 36.5, "UA", "07", fclass="A", fcode="ADM1",
                       population=2_700_000, derived=("kharkiv",)),
              NewPlace(9862, "Luhansk Oblast", 48.98, 39.02, "UA", "14", fclass="A",
                       fcode="ADM1", population=2_100_000, derived=("luhansk",)),
              NewPlace(9863, "Kharkiv", 49.98, 36.25, "UA", "07", fcode="PPLA",
                       population=1_430_000),
              NewPlace(9864, "Rubizhne", 49.01, 38.38, "UA", "14", fcode="PPLA3",
                       population=56_000),
              _village(9865, "Rubizhne", 50.17, 36.83, "07"),
              _village(9866, "Sievierodonetsk", 48.95, 38.49, "14", population=100_000),
              _village(9867, "Lysychansk", 48.90, 38.43, "14", population=95_000)]
corrected = stage_fixture(_CORRECTED, "corrected")


def test_a_namesake_corrected_in_brackets_keeps_its_oblast(nlp, corrected):
    got = located(nlp, corrected, "Russian forces shelled Sievierodonetsk and Lysychansk in "
                                  "Luhansk Oblast on June 11.\n\nRussian forces unsuccessfully "
                                  "attacked Rubizhne (in Kharkiv, not Luhansk Oblast) on June 11.")
    assert got["Rubizhne"].lat == 50.17, got["Rubizhne"]


def test_a_name_in_a_footnotes_link_is_no_lower_case_use(nlp, city):
    got = located(nlp, city, "Russian troops used chemical weapons in Mariupol on April 11.[4]"
                             "\n\n[4] https://www.example dot com/news/possible-chemical-attack-"
                             "in-mariupol-roundup.html; https://t dot me/mariupolrada/9188;")
    assert "Mariupol" in got, got


def test_a_name_restated_in_brackets_with_its_oblast_is_there(nlp, corrected):
    got = [p for p in corrected(nlp("Russian forces shelled Sievierodonetsk and Lysychansk in "
                                    "Luhansk Oblast on June 11.\n\nRussian forces attacked "
                                    "Rubizhne (the Rubizhne in Kharkiv Oblast, not Luhansk "
                                    "Oblast) on June 11.")) if p.text == "Rubizhne"]
    assert [p.lat for p in got] == [50.17, 50.17], got


_AROUND = [UKRAINE,
           _village(9871, "Popasna", 48.63, 38.38, "14", population=20_000),
           _village(9872, "Toshkivka", 48.77, 38.55, "14"),
           _village(9873, "Vasylivka", 48.73, 38.26, "05", population=20),
           NewPlace(9874, "Vasylivka", 47.44, 35.28, "UA", "26", fcode="PPLA3",
                    population=60_000),
           _village(9875, "Vasylivka", 47.67, 38.52, "05", population=900),
           _village(9876, "Vasylivka", 48.18, 37.97, "05", population=3_000),
           # (a namesake of the list's other village beside the far town, as common names
           # have)
           _village(9877, "Toshkivka", 47.50, 35.33, "26", population=400)]
around = stage_fixture(_AROUND, "around")


def test_names_listed_around_a_place_lie_by_it(nlp, around):
    got = located(nlp, around, "Fighting is ongoing in the area of Toshkivka and Vasylivka, all "
                               "settlements around Popasna, on May 21.")
    assert got["Vasylivka"].lat == 48.73, got["Vasylivka"]


_STRAY = [UKRAINE,
          _village(9881, "Dolynka", 49.00, 37.50, "05"),
          _village(9882, "Adamka", 49.05, 37.45, "05"),
          _village(9883, "Bohorivka", 49.02, 37.52, "05"),
          _village(9884, "Mazanka", 49.08, 37.40, "05"),
          _village(9885, "Dibrivka", 51.77, 31.61, "02"),
          _village(9886, "Lvivka", 49.84, 24.03, "46", population=700_000),
          _village(9887, "Odeska", 46.48, 30.73, "17", population=1_000_000),
          _village(9888, "Sumka", 50.91, 34.80, "21", population=260_000)]
stray = stage_fixture(_STRAY, "stray")


def test_a_listed_name_far_from_its_list_is_left_unplaced(nlp, stray):
    got = located(nlp, stray, "Russian forces fired on Dibrivka, Dolynka, Adamka, Bohorivka, and "
                              "Mazanka on July 4.")
    assert "Dibrivka" not in got and "Dolynka" in got, got


def test_a_list_of_far_apart_places_keeps_each(nlp, stray):
    # guard
    got = located(nlp, stray, "Russian missiles struck Lvivka, Odeska, and Sumka on July 4.")
    assert {"Lvivka", "Odeska", "Sumka"} <= set(got), got
