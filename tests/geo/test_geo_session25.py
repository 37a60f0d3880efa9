"""Place rules of the twenty-fifth session, on sentences written here and hand-made places:
- a capitalised name the tagger calls a DATE or a TIME with no digit and no word of a date
  or time in it is the tagger's slip, no date: the name stays a place ("attacked near
  Rakivka on March 8": geo.recognise._no_date_in; read135, the attack put at the anchor
  town), while a month's name stays no place (guard);
- a name that owns a town's part ("X's beach", "X's suburbs", "X's mayor") is a place, though
  the tagger calls the possessive a person (geo.recognise._owns_a_town_part; read140);
- an offset glued to the last name by a dash ("A and B-both 20km northeast of Y") is the
  list's offset, as after a comma (geo.cues._OFFSET, _BARE_BEARING; read142: B went to a
  namesake 40 km off);
- a bearing written before the names past the anchor's "City" ("north of Donetsk City near
  X") places X on that side of the anchor (geo.cues._NEAR_AFTER; read142: X went to a
  namesake in another oblast);
- a region named as the container ("X, Y Oblast (about 30km southeast of Z)") holds X: the
  offset chooses among X's namesakes inside it, never one outside (geo.resolve.
  _in_named_region, _writer_choice; read148: the offset picked a namesake in another
  oblast, and the event fell back to the oblast);
- a deity's name is no place, though a gazetteer holds it as another name of a town
  (geo.recognise.COMMON_WORDS; read144: "called Allah a coward" was a fight in Iran)."""

from __future__ import annotations

from hand_gazetteer import UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace

_PLACES = [UKRAINE,
           NewPlace(9851, "Rakivka", 50.50, 30.10, "UA", "13", fcode="PPL", population=1_200),
           NewPlace(9852, "Enerhodar", 47.50, 34.66, "UA", "26", fcode="PPL",
                    population=53_000),
           NewPlace(9853, "March", 48.0, 35.0, "UA", "26", fcode="PPL", population=300),
           NewPlace(9854, "Allah", 31.3, 48.4, "IR", "15", fcode="PPL", population=50_000)]

stage = stage_fixture(_PLACES)

_DASH = [UKRAINE,
         NewPlace(9861, "Barvinkove", 48.905, 37.023, "UA", "07", fcode="PPL", population=8_000),
         NewPlace(9863, "Dmytrivka", 49.054, 37.124, "UA", "07", fcode="PPL", population=300),
         NewPlace(9864, "Dmytrivka", 48.780, 36.860, "UA", "05", fcode="PPLA3",
                  population=20_000)]
dash = stage_fixture(_DASH, "dash")

_CITY = [UKRAINE,
         NewPlace(9871, "Donetsk", 48.023, 37.802, "UA", "05", fcode="PPLA",
                  population=900_000),
         NewPlace(9872, "Mykhailivka", 48.244, 37.976, "UA", "05", fcode="PPL", population=500),
         NewPlace(9873, "Mykhailivka", 47.835, 38.138, "UA", "05", fcode="PPLA3",
                  population=20_000)]
city = stage_fixture(_CITY, "city")

_HELD = [UKRAINE,
         NewPlace(9881, "Luhansk Oblast", 48.98, 39.02, "UA", "09", fclass="A", fcode="ADM1",
                  population=2_100_000, derived=("luhansk",)),
         NewPlace(9882, "Donetsk Oblast", 48.05, 37.67, "UA", "05", fclass="A", fcode="ADM1",
                  population=4_100_000, derived=("donetsk",)),
         NewPlace(9883, "Lyman", 48.99, 37.80, "UA", "05", fcode="PPL", population=20_000),
         NewPlace(9884, "Bilohorivka", 48.93, 38.25, "UA", "09", fcode="PPL", population=800),
         NewPlace(9885, "Bilohorivka", 48.78, 38.10, "UA", "05", fcode="PPL", population=900)]
held = stage_fixture(_HELD, "held")


def test_a_village_the_tagger_dates_stays_a_place(nlp, stage):
    got = located(nlp, stage, "Russian forces attacked near Rakivka on March 8.")
    assert "Rakivka" in got, got
    assert "March" not in got, got


def test_a_town_owning_its_beach_is_a_place(nlp, stage):
    got = located(nlp, stage, "Russian artillery shelled Enerhodar's beach and a nearby park "
                              "on August 25.")
    assert "Enerhodar" in got, got


def test_an_offset_after_a_dash_is_the_lists(nlp, dash):
    got = located(nlp, dash, "Russian forces attacked Brazhkivka and Dmytrivka-both 20km "
                             "northeast of Barvinkove.")
    assert got["Dmytrivka"].lat > got["Barvinkove"].lat, got["Dmytrivka"]


def test_a_bearing_before_the_name_past_the_anchors_city(nlp, city):
    got = located(nlp, city, "Russian forces are engaged in positional battles north of Donetsk "
                             "City near Mykhailivka.")
    assert got["Mykhailivka"].lat > got["Donetsk"].lat, got["Mykhailivka"]


def test_a_deity_is_no_place(nlp, stage):
    got = located(nlp, stage, "The commander called Allah a witness to the attack.")
    assert "Allah" not in got, got


def test_a_named_region_holds_the_offset_name(nlp, held):
    got = located(nlp, held, "Ukrainian troops have taken control of Bilohorivka, Luhansk "
                             "Oblast (about 20km southeast of Lyman).")
    assert abs(got["Bilohorivka"].lat - 48.93) < 0.01, got["Bilohorivka"]
