"""Place rules of the twenty-ninth session, on sentences written here and hand-made places:
- a name the writer calls a city ("Mykolaiv City") at the end of a strike list whose other
  towns lie together 200 km off is the city, no stray of the list, and holds against a
  fallback to a region (geo.resolve._strays_of_lists ``cities``, _city_of_name; read220: the
  list's oblast took it, and the strike was lost);
- "took A and held positions in B, both east of Y": the "both" gives A the bearing too, across
  the words of B's clause (geo.cues._both_mate; read219: A went to a town of its name 110 km
  off);
- "X (35km south of the Y Oblast border)": X lies outside Y, whose name in the offset is no
  context for a namesake inside it (geo.cues.beyond_borders; read220: a town of 18,000 in
  Y, 140 km from the village meant); a border between two oblasts says no such thing
  (guard);
- a name the writer measures from ("strikes west of Y", "X (10km south of Y)") is the seat of
  a district or more that bears it, over a village of the name ten times smaller that the
  text's context favours (geo.cues.anchors, geo.resolve._landmark_namesake; read220: a
  village in the oblast the sentence named next, 165 km from the town on the front), while
  a village that is no anchor keeps its context (guard);
- a namesake near a place the writer measures from in its own sentence beats one the rest
  of the report favours ("fired south of Y and on A and X") (geo.resolve.ResolveOptions.
  sentence, sentence_numbers; read217: X went to a namesake 150 km off in an oblast the report
  named elsewhere), while a big city of the sentence vouches for no suburb of the name
  (guard), nor does a name of the sentence that is no anchor (guard: first written for any
  small place of the sentence, it took a stadium's town for the namesake by a football club's
  name in an LGL dev article, "Chelsea ... in Arlington");
- "A (12km southwest of Y City), B, and C": the bracket closes item A, and the list goes on
  past it, lifting B, which the tagger did not take (geo.recognise._joined, _in_brackets;
  read218: Dudchany was never a place).

The hand-made gazetteers below put each namesake where the read found it."""

from __future__ import annotations

from hand_gazetteer import UKRAINE, UNITED_STATES, located, stage_fixture

from fogofwar.geo.index import NewPlace


def _region(gid: int, name: str, lat: float, lon: float, a1: str, pop: int) -> NewPlace:
    return NewPlace(gid, name, lat, lon, "UA", a1, fclass="A", fcode="ADM1", population=pop)


_STRIKES = [
    UKRAINE,
    _region(9901, "Dnipropetrovsk Oblast", 48.47, 35.03, "04", 3_200_000),
    _region(9902, "Mykolayiv Oblast", 46.97, 32.00, "16", 1_100_000),
    NewPlace(9903, "Nikopol", 47.57, 34.39, "UA", "04", fcode="PPLA2", population=110_000),
    NewPlace(9904, "Marhanets", 47.64, 34.63, "UA", "04", fcode="PPL", population=45_000),
    NewPlace(9905, "Pokrov", 47.65, 34.10, "UA", "04", fcode="PPL", population=38_000),
    NewPlace(9906, "Mykolaiv", 46.98, 31.99, "UA", "16", fcode="PPLA", population=470_000),
    NewPlace(9907, "Mykolaivka", 47.60, 34.50, "UA", "04", fcode="PPL", population=300),
]
strikes = stage_fixture(_STRIKES, "strikes")


def test_a_city_named_last_in_a_strike_list_is_the_city(nlp, strikes):
    got = located(nlp, strikes, "Ukrainian officials said that Russian forces struck Pokrov, "
                                "Marhanets, Nikopol, and Mykolaiv City on October 20.")
    assert got.get("Mykolaiv") is not None and got["Mykolaiv"].geonameid == 9906, got


_FRONT = [
    UKRAINE,
    NewPlace(9911, "Ridkodub", 49.19, 37.80, "UA", "05", population=400),
    NewPlace(9912, "Nove", 49.17, 37.84, "UA", "05", population=100),
    NewPlace(9913, "Katerynivka", 49.18, 37.86, "UA", "05", population=40),
    NewPlace(9914, "Katerynivka", 48.56, 39.18, "UA", "14", population=17_000),
    NewPlace(9915, "Hirske", 48.61, 39.10, "UA", "14", population=9_000),
    NewPlace(9916, "Zolote", 48.53, 39.20, "UA", "14", population=13_000),
    NewPlace(9917, "Toshkivka", 48.60, 38.96, "UA", "14", population=3_000),
    _region(9918, "Luhansk Oblast", 48.67, 39.17, "14", 2_100_000),
]
front = stage_fixture(_FRONT, "front")


def test_both_gives_the_bearing_to_the_name_of_the_clause_before(nlp, front):
    got = located(nlp, front, "Russian forces shelled Hirske, Zolote, and Toshkivka in "
                              "Luhansk Oblast. Russian sources "
                              "claimed that Ukrainian forces retook Katerynivka and dug in at "
                              "Nove, both east of Ridkodub.")
    assert got.get("Katerynivka") is not None and got["Katerynivka"].geonameid == 9913, got


_BORDER = [
    UKRAINE,
    _region(9921, "Dnipropetrovsk Oblast", 48.47, 35.03, "04", 3_200_000),
    _region(9922, "Kherson Oblast", 46.63, 32.62, "08", 1_000_000),
    NewPlace(9923, "Piatykhatky", 48.41, 33.71, "UA", "04", population=18_000),
    NewPlace(9924, "Piatykhatky", 47.19, 33.49, "UA", "08", population=100),
]
border = stage_fixture(_BORDER, "border")


def test_a_place_measured_from_an_oblast_border_lies_outside_the_oblast(nlp, border):
    got = located(nlp, border, "Russian officials claimed that Ukrainian troops attacked "
                               "from Piatykhatky (some 35km south of the Dnipropetrovsk "
                               "Oblast border) on October 5.")
    assert got.get("Piatykhatky") is not None and got["Piatykhatky"].geonameid == 9924, got


def test_a_border_between_two_oblasts_is_no_outside(nlp, border):
    # guard
    from fogofwar.geo import cues
    from fogofwar.geo.recognise import recognise

    text = ("Ukrainian troops attacked from Piatykhatky (some 35km south of the "
            "Kherson-Dnipropetrovsk Oblast border) on October 5.")
    ms = recognise(nlp(text), border.index.lookup, border.index.fuzzy_lookup)
    assert [m.text for m in ms][0] == "Piatykhatky", ms
    assert cues.beyond_borders(ms, text) == {}


_ANCHOR = [
    UKRAINE,
    _region(9931, "Dnipropetrovsk Oblast", 48.47, 35.03, "04", 3_200_000),
    _region(9932, "Mykolayiv Oblast", 46.97, 32.00, "16", 1_100_000),
    NewPlace(9933, "Hulyaipole", 47.67, 36.26, "UA", "26", fcode="PPLA2", population=13_000),
    NewPlace(9934, "Hulyaipole", 48.12, 34.15, "UA", "04", population=1_200),
    NewPlace(9935, "Nikopol", 47.57, 34.39, "UA", "04", fcode="PPLA2", population=110_000),
    NewPlace(9936, "Marhanets", 47.64, 34.63, "UA", "04", population=45_000),
]
anchor = stage_fixture(_ANCHOR, "anchor")


def test_a_name_measured_from_is_the_district_town(nlp, anchor):
    got = located(nlp, anchor, "Russian forces kept up routine shelling west of Hulyaipole "
                               "and in Dnipropetrovsk and Mykolaiv oblasts on October 8. "
                               "Russian forces also shelled Nikopol and Marhanets.")
    assert got.get("Hulyaipole") is not None and got["Hulyaipole"].geonameid == 9933, got


def test_a_village_that_is_no_anchor_keeps_its_context(nlp, anchor):
    # guard
    got = located(nlp, anchor, "Russian forces shelled Nikopol, Marhanets, and Hulyaipole "
                               "in Dnipropetrovsk Oblast on October 8.")
    assert got.get("Hulyaipole") is not None and got["Hulyaipole"].geonameid == 9934, got


_SENTENCE = [
    UKRAINE,
    _region(9941, "Luhansk Oblast", 48.67, 39.17, "14", 2_100_000),
    NewPlace(9942, "Barvinkove", 48.91, 37.02, "UA", "07", fcode="PPLA3", population=8_000),
    NewPlace(9943, "Novopavlivka", 48.89, 37.15, "UA", "07"),
    NewPlace(9944, "Novopavlivka", 48.41, 39.07, "UA", "14", population=300),
    NewPlace(9945, "Lysychansk", 48.90, 38.43, "UA", "14", fcode="PPLA2", population=95_000),
    NewPlace(9946, "Bilohorivka", 48.93, 38.24, "UA", "14", population=900),
]
sentence = stage_fixture(_SENTENCE, "sentence")


def test_a_namesake_by_a_place_of_its_own_sentence_wins(nlp, sentence):
    got = located(nlp, sentence, "Russian forces shelled Lysychansk and Bilohorivka in "
                                 "Luhansk Oblast on July 6.\nUkrainian officials reported "
                                 "further Russian losses on July 6.\nRussian forces also "
                                 "conducted artillery strikes to the south of Barvinkove and "
                                 "fired on Novopavlivka.")
    assert got.get("Novopavlivka") is not None and got["Novopavlivka"].geonameid == 9943, got


_BIG = [
    UKRAINE,
    NewPlace(9951, "Kharkiv", 49.99, 36.23, "UA", "07", fcode="PPLA", population=1_400_000),
    NewPlace(9952, "Bakhmut", 48.59, 38.00, "UA", "05", fcode="PPLA2", population=73_000,
             names=("Artemovsk",)),
    NewPlace(9953, "Artemivka", 49.84, 36.07, "UA", "07", fcode="PPLX", names=("Artemovsk",)),
]
big = stage_fixture(_BIG, "big")


def test_a_big_city_of_the_sentence_vouches_for_no_suburb(nlp, big):
    # guard
    got = located(nlp, big, "Fighting went on near Artemovsk, while shelling hit Kharkiv.")
    assert got.get("Artemovsk") is not None and got["Artemovsk"].geonameid == 9952, got


_SOUTH = [
    UKRAINE,
    NewPlace(9961, "Kherson", 46.64, 32.61, "UA", "08", fcode="PPLA", population=290_000),
    NewPlace(9962, "Hola Prystan", 46.53, 32.52, "UA", "08", population=14_000),
    NewPlace(9963, "Dudchany", 47.19, 33.76, "UA", "08", population=2_100),
    NewPlace(9964, "Mylove", 47.14, 33.63, "UA", "08", fcode="PPLA3", population=2_000),
]
south = stage_fixture(_SOUTH, "south")


def test_a_list_goes_on_past_an_items_bracket(nlp, south):
    got = located(nlp, south, "Ukrainian forces hit Russian concentration points in Hola "
                              "Prystan (about 12km southwest of Kherson City), Dudchany, and "
                              "Mylove on August 30.")
    assert "Dudchany" in got, got


_CLUB = [
    UNITED_STATES,
    NewPlace(9971, "Dallas", 32.78, -96.81, "US", "TX", fcode="PPLA2", population=1_300_000),
    NewPlace(9972, "Arlington", 32.74, -97.11, "US", "TX", population=390_000),
    NewPlace(9973, "Arlington", 42.42, -71.16, "US", "MA", population=45_000),
    NewPlace(9974, "Chelsea", 42.39, -71.03, "US", "MA", population=40_000),
]
club = stage_fixture(_CLUB, "club")


def test_a_name_of_the_sentence_that_is_no_anchor_vouches_for_nothing(nlp, club):
    # guard
    got = located(nlp, club, "The match is set for Dallas. Officials announced a game between "
                             "Chelsea and Club America at the new stadium in Arlington.")
    assert got.get("Arlington") is not None and got["Arlington"].geonameid == 9972, got
