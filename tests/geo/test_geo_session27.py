"""Place rules of the twenty-seventh session, on sentences written here and hand-made places:
- a name whose only namesakes are spots (a locality, a farm) and that the writer places by a
  distance and a bearing from a town is a place at the offset's point, near it (geo.cues.
  _settlement_name, _spots_only; read182: a locality of the name 200 km off, in another
  oblast), while a settlement namesake near the point is still taken (guard);
- "A and B on the outskirts of Y" puts both by Y: a namesake far from Y gives way to a point
  by Y, and a namesake by Y is taken (geo.cues._NEAR_ANCHOR; read180: a namesake 600 km off);
- "A and B in Y Oblast" gives Y to A only where A may lie in Y: a city of another oblast stays
  that city (geo.resolve._town_outside; read182: the city became the oblast, and two strikes
  one incident), while a village with a namesake in Y goes to that namesake (guard);
- the ends of "the A-B line" are places, not two oblasts' boundary (geo.recognise.
  _between_regions; read182: the villages lost to oblasts), while "the A-B administrative
  line" is a boundary (guard);
- the two ends of a stretch of front ("the directions of A-B") bond more strongly than two
  names of a list (geo.resolve._hyphen_pair, cues._PARTNER_LINKS; read179: B went to a
  namesake 400 km off);
- "shelled settlements north of X, including A and B" names places, the list hung by the parse
  on the verb whose object the settlements are (geo.recognise._included_in_places; read186: A
  and B lost as organisations);
- the ends of "the A-B line" are places though the tagger names neither (geo.recognise._weigh,
  _in_named_chain; read188: both ends lost);
- a town of a city that is a first-order division of its own (Balaklava, in Sevastopol) lies in
  the division around it ("in Crimea": geo.fallback.ENCLOSING_ADMIN1; read182: the town fell
  back to Crimea's centroid)."""

from __future__ import annotations

from hand_gazetteer import UKRAINE, located, stage_fixture

from fogofwar.geo.index import NewPlace
from fogofwar.geo.recognise import _between_regions
from fogofwar.geodesy import haversine_km

_KHERSON_OBLAST = NewPlace(9701, "Kherson Oblast", 46.64, 32.62, "UA", "08", fclass="A",
                           fcode="ADM1", population=1_000_000)
_ODESA_OBLAST = NewPlace(9702, "Odesa Oblast", 46.70, 30.20, "UA", "17", fclass="A",
                         fcode="ADM1", population=2_300_000)
_SPOTS = [UKRAINE, _KHERSON_OBLAST, _ODESA_OBLAST,
          NewPlace(9703, "Beryslav", 46.84, 33.43, "UA", "08", fcode="PPLA2",
                   population=12_000),
          NewPlace(9704, "Zorivka", 46.70, 30.54, "UA", "17", fclass="L", fcode="LCTY"),
          NewPlace(9705, "Hrushivka", 47.10, 33.45, "UA", "08", fcode="PPL", population=400),
          NewPlace(9706, "Hrushivka", 46.40, 30.40, "UA", "17", fclass="L", fcode="LCTY")]
spots = stage_fixture(_SPOTS, "spots")


def test_a_spot_far_from_the_stated_point_gives_way_to_the_point(nlp, spots):
    got = located(nlp, spots, "Ukrainian forces struck Russian positions near Zorivka (30km "
                              "north of Beryslav) on October 25.")
    p = got["Zorivka"]
    assert p.geonameid is None and p.precision == 2, p
    assert haversine_km(p.lat, p.lon, 46.84 + 0.27, 33.43) < 5, p


def test_a_settlement_by_the_stated_point_is_still_taken(nlp, spots):
    got = located(nlp, spots, "Ukrainian forces struck Russian positions near Hrushivka (30km "
                              "north of Beryslav) on October 25.")
    assert got["Hrushivka"].geonameid == 9705, got["Hrushivka"]


_OUTSKIRTS = [UKRAINE,
              NewPlace(9711, "Donetsk Oblast", 48.05, 37.67, "UA", "05", fclass="A",
                       fcode="ADM1", population=4_000_000),
              NewPlace(9712, "Horlivka", 48.30, 38.02, "UA", "05", fcode="PPLA2",
                       population=250_000),
              NewPlace(9713, "Kodema", 48.38, 38.05, "UA", "05", fcode="PPL", population=900),
              NewPlace(9714, "Kodema", 47.27, 29.78, "UA", "17", fcode="PPL", population=300),
              NewPlace(9715, "Mayske", 47.30, 29.70, "UA", "17", fcode="PPL", population=500)]
outskirts = stage_fixture(_OUTSKIRTS, "outskirts")


def test_a_namesake_far_from_the_outskirts_gives_way_to_a_point_by_the_town(nlp, outskirts):
    got = located(nlp, outskirts, "Russian troops tried to advance from Mayske and Kodema on "
                                  "the outskirts of Horlivka on August 27.")
    p = got["Mayske"]
    assert p.lat is not None and haversine_km(p.lat, p.lon, 48.30, 38.02) < 25, p
    assert p.geonameid != 9715, p


def test_a_namesake_on_the_outskirts_is_taken(nlp, outskirts):
    got = located(nlp, outskirts, "Russian troops tried to advance from Mayske and Kodema on "
                                  "the outskirts of Horlivka on August 27.")
    assert got["Kodema"].geonameid == 9713, got["Kodema"]


_LISTED = [UKRAINE,
           NewPlace(9721, "Mykolaiv Oblast", 47.10, 32.00, "UA", "14", fclass="A",
                    fcode="ADM1", population=1_100_000),
           NewPlace(9722, "Dnipropetrovsk Oblast", 48.47, 35.03, "UA", "04", fclass="A",
                    fcode="ADM1", population=3_100_000),
           NewPlace(9723, "Nikopol", 47.57, 34.39, "UA", "04", fcode="PPLA2",
                    population=110_000),
           NewPlace(9724, "Bashtanka Raion", 47.41, 32.43, "UA", "14", "4801", fclass="A",
                    fcode="ADM2", population=100_000),
           NewPlace(9725, "Sofiivka", 47.20, 32.30, "UA", "14", fcode="PPL", population=700),
           NewPlace(9726, "Sofiivka", 48.20, 35.20, "UA", "04", fcode="PPL", population=2_000)]
listed = stage_fixture(_LISTED, "listed")


def test_a_city_of_another_oblast_in_a_list_keeps_its_own_place(nlp, listed):
    got = located(nlp, listed, "Russian forces conducted drone attacks on Nikopol and Bashtanka "
                               "Raion in Mykolaiv Oblast on October 25.")
    assert got["Nikopol"].geonameid == 9723, got["Nikopol"]
    assert got["Bashtanka Raion"].geonameid == 9724, got["Bashtanka Raion"]


def test_a_village_of_the_list_goes_to_its_namesake_in_the_oblast(nlp, listed):
    got = located(nlp, listed, "Russian forces conducted drone attacks on Sofiivka and Bashtanka "
                               "Raion in Mykolaiv Oblast on October 25.")
    assert got["Sofiivka"].geonameid == 9725, got["Sofiivka"]


_FRONT = [UKRAINE,
          NewPlace(9731, "Luhansk Oblast", 48.98, 39.02, "UA", "14", fclass="A", fcode="ADM1",
                   population=2_100_000),
          NewPlace(9732, "Kirovohrad Oblast", 48.50, 32.30, "UA", "10", fclass="A",
                   fcode="ADM1", population=900_000),
          NewPlace(9733, "Raihorodka", 49.37, 37.97, "UA", "14", fcode="PPL", population=600),
          NewPlace(9734, "Kovalivka", 49.33, 38.01, "UA", "14", fcode="PPL", population=0),
          NewPlace(9735, "Kovalivka", 48.96, 32.98, "UA", "10", fcode="PPL", population=965),
          NewPlace(9736, "Hlyboke", 48.94, 33.02, "UA", "10", fcode="PPL", population=900),
          NewPlace(9737, "Hlyboke", 49.90, 37.10, "UA", "14", fcode="PPL", population=1_000)]
front = stage_fixture(_FRONT, "front")


def _pair_member_of_border(nlp, text, name):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == name)
    return _between_regions(doc, i, i + 1)


def test_the_ends_of_a_line_are_villages_not_oblasts(nlp):
    assert not _pair_member_of_border(nlp, "Russian forces continued defensive operations along "
                                           "the Raihorodka-Kovalivka line.", "Kovalivka")


def test_the_ends_of_an_administrative_line_are_oblasts(nlp):
    assert _pair_member_of_border(nlp, "Russian forces attacked along the Kherson-Mykolaiv "
                                       "administrative line.", "Mykolaiv")


def test_the_ends_of_a_direction_lie_together(nlp, front):
    got = located(nlp, front, "Ukrainian troops repelled Russian attacks in the directions of "
                              "Raihorodka-Kovalivka and Hlyboke on October 24.")
    assert got["Kovalivka"].geonameid == 9734, got["Kovalivka"]


_INCLUDED = [UKRAINE,
             NewPlace(9741, "Izyum", 49.21, 37.28, "UA", "07", fcode="PPLA2", population=45_000),
             NewPlace(9742, "Husarivka", 49.36, 36.82, "UA", "07", fcode="PPL", population=900),
             NewPlace(9743, "Asiivka", 49.36, 36.68, "UA", "07", fcode="PPL", population=200)]
included = stage_fixture(_INCLUDED, "included")


def test_a_list_including_hung_on_the_verb_names_places(nlp, included):
    got = located(nlp, included, "Russian forces shelled settlements north of Izyum, including "
                                 "Husarivka and Asiivka, on August 2.")
    assert {"Husarivka", "Asiivka"} <= set(got), got


_LINE = [UKRAINE, _KHERSON_OBLAST,
         NewPlace(9751, "Nova Kamianka", 47.22, 33.58, "UA", "08", fcode="PPL", population=0),
         NewPlace(9752, "Dudchany", 47.19, 33.76, "UA", "08", fcode="PPL", population=1_200),
         NewPlace(9753, "Mylove", 47.07, 33.63, "UA", "08", fcode="PPLA3", population=2_000)]
line = stage_fixture(_LINE, "line")


def test_the_untagged_ends_of_a_line_are_places(nlp, line):
    from fogofwar.geo.recognise import recognise

    doc = nlp("Ukrainian troops attempted to push south from the Nova Kamianka-Dudchany line "
              "towards Mylove on October 16.")
    got = {m.text: m for m in recognise(doc, line.index.lookup, line.index.fuzzy_lookup)}
    assert "line-end" in got["Dudchany"].reasons, got["Dudchany"].reasons


_CRIMEA = [UKRAINE,
           NewPlace(9761, "Autonomous Republic of Crimea", 45.0, 34.0, "UA", "11", fclass="A",
                    fcode="ADM1", population=2_000_000, names=("Crimea",)),
           NewPlace(9762, "Sevastopol", 44.61, 33.52, "UA", "20", fcode="PPLA",
                    population=400_000),
           NewPlace(9763, "Balaklava", 44.51, 33.60, "UA", "20", fcode="PPLA3",
                    population=18_000)]
crimea = stage_fixture(_CRIMEA, "crimea")


def test_a_town_of_a_city_region_lies_in_the_region_around_it(nlp, crimea):
    got = located(nlp, crimea, "Ukrainian drones struck a power plant in Balaklava in Crimea on "
                               "October 27.")
    assert got["Balaklava"].geonameid == 9763, got["Balaklava"]
