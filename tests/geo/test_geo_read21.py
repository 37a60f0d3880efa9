"""Place rules from the analyst reads of ISW 2022-07-23..25 (read21) and 08-26..28 (read22),
on a hand-made gazetteer (the names are made up; the sentences are ours):
- "X City" names the city: the most populous settlement of the name beats the villages the
  text's other places lie near, though "City" is also a settlement cue (geo.recognise._cues
  sets Mention.city; geo.resolve._largest_namesake; read21: "Mykolaiv City" went to a
  Mykolaivka of 14,000 in Donetsk Oblast, three times in two reports);
- a container in brackets ("X (west Y Oblast)", "X (Y Oblast)") and a district phrase
  ("X, in the Z district of Y Oblast", "X, in Z Raion, Y Oblast") say which namesake: the
  one in the oblast, on the side named (geo.resolve._containers, _IN_PAREN, _DISTRICT_OF;
  geo.cues.container_side; read22: Oleksandrivka 437 km off, Mykhailivka in Luhansk Oblast);
- an offset after "area", "direction", "axis" or "vicinity" is read ("the X area (10km
  northwest of Y)") (geo.cues._OFFSET; read22: Pervomaiske went to Crimea, 385 km off);
- the namesake an offset chose is not overruled by the rule of a place's own name (a
  village that bears the written name only as a former one, near the stated point, beats a
  namesake 30 km off whose main name it is), and a later bare mention of the name keeps it
  (geo.resolve._writer_choice, _offset_sense; read22: "Krasnohorivka, 8km north of
  Avdiivka" went to the other Krasnohorivka, 28 km off; the bare "Pervomaiske" to Crimea);
- a two-word name the gazetteer lacks, both of whose words it holds, meets the name with
  the first word's adjective ending changed, as one name (geo.names.agreement_variants,
  geo.recognise._agreed_names; read22: "Vesele Dolyna" was split into Vesele, a town
  300 km off, and Dolyna).
"""

import pytest
from hand_gazetteer import UKRAINE, mentions_of, stage_of

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow

# a cluster of villages in one oblast ("05"), where the texts' other places lie
_EAST = [
    UKRAINE,
    NewPlace(None, "Kalmut", 48.02, 37.80, "UA", "05", fcode="PPLA2", population=70_000),
    NewPlace(None, "Zorivske", 48.10, 37.90, "UA", "05", population=900),
    NewPlace(None, "Brodivka", 48.20, 37.70, "UA", "05", population=400),
    NewPlace(None, "Tykhivka", 48.30, 37.80, "UA", "05", population=300),
    NewPlace(None, "Avdo", 48.14, 37.75, "UA", "05", population=30_000),
]


# -- "X City" --------------------------------------------------------------------------

_CITY = _EAST + [
    # the small namesake lies among the text's villages, the city far off in another oblast
    NewPlace(None, "Bilohrad", 48.86, 37.77, "UA", "05", fcode="PPLA3", population=14_000),
    NewPlace(None, "Bilohrad", 46.97, 32.00, "UA", "16", fcode="PPLA", population=470_000),
]


def test_x_city_is_the_city_not_the_village_among_the_texts_places(nlp):
    text = ("Russian forces shelled Zorivske, Brodivka, and Tykhivka on July 24. Russian "
            "forces also struck Bilohrad City with rockets on July 24.")
    [city] = mentions_of(nlp, stage_of(_CITY), text, "Bilohrad")
    assert (city.lat, city.feature_code) == (46.97, "PPLA"), city


# -- containers in brackets and district phrases --------------------------------------

_CONTAINED = _EAST + [
    NewPlace(None, "Tavria Oblast", 46.64, 32.62, "UA", "08", fclass="A", fcode="ADM1",
             population=1_000_000, derived=("tavria",)),
    NewPlace(None, "Melitar Raion", 46.84, 32.90, "UA", "08", "0801", fclass="A",
             fcode="ADM2", population=200_000, derived=("melitar",)),
    NewPlace(None, "Melitar", 46.85, 32.90, "UA", "08", "0801", fcode="PPLA2",
             population=150_000),
    # three namesakes: among the text's villages, and east and west in Tavria Oblast
    NewPlace(None, "Oleksa", 48.25, 37.85, "UA", "05", population=2_000),
    NewPlace(None, "Oleksa", 46.29, 33.60, "UA", "08", "0802", population=959),
    NewPlace(None, "Oleksa", 46.30, 31.70, "UA", "08", "0803", population=644),
    # a town among the text's villages, and a village of the oblast, far from the district's
    # centre and in another raion by the gazetteer's codes (old and new raions differ)
    NewPlace(None, "Mykhas", 48.22, 37.95, "UA", "05", fcode="PPLA3", population=20_000),
    NewPlace(None, "Mykhas", 47.50, 34.40, "UA", "08", "0804", population=500),
]


@pytest.mark.parametrize("after, lon", [("(west Tavria Oblast)", 31.70),
                                        ("(western Tavria Oblast)", 31.70),
                                        ("(east Tavria Oblast)", 33.60),
                                        ("(Tavria Oblast)", None)])
def test_a_container_in_brackets(nlp, after, lon):
    text = (f"Russian forces shelled Zorivske, Brodivka, and Tykhivka on August 26. Ukrainian "
            f"aircraft struck Russian positions near Oleksa {after} on August 26.")
    [o] = mentions_of(nlp, stage_of(_CONTAINED), text, "Oleksa")
    assert o.admin1 == "Tavria Oblast" and o.feature_code == "PPL", o
    assert lon is None or o.lon == lon, o


@pytest.mark.parametrize("phrase", ["in the Melitar district of Tavria Oblast",
                                    "in Melitar Raion, Tavria Oblast"])
def test_a_district_phrase_places_the_village_in_the_oblast(nlp, phrase):
    text = (f"Russian forces shelled Zorivske, Brodivka, and Tykhivka on August 28. Partisans "
            f"killed an occupation official in Mykhas, {phrase}, on August 28.")
    [m] = mentions_of(nlp, stage_of(_CONTAINED), text, "Mykhas")
    assert (m.admin1, m.lat) == ("Tavria Oblast", 47.50), m


# -- offsets ---------------------------------------------------------------------------

_OFFSETS = _EAST + [
    # "Pervo": a village 10 km northwest of Kalmut, and a larger one in another oblast
    NewPlace(None, "Pervo", 48.08, 37.69, "UA", "05", population=900),
    NewPlace(None, "Pervo", 45.06, 35.16, "UA", "11", fcode="PPLA3", population=2_900),
    NewPlace(None, "Pervo", 45.11, 34.06, "UA", "11", fcode="PPLA3", population=2_200),
    # "Krasno": Yasno, 8 km north of Avdo, bore it as a former name; the village whose main
    # name it is lies 30 km off in the same oblast
    NewPlace(None, "Yasno", 48.21, 37.73, "UA", "05", population=800, names=("Krasno",)),
    NewPlace(None, "Krasno", 48.00, 37.50, "UA", "05", population=14_666),
    # "Lisne": the same, with a bare mention later in the text
    NewPlace(None, "Dubove", 48.09, 37.68, "UA", "05", population=2_200, names=("Lisne",)),
    NewPlace(None, "Lisne", 47.99, 38.79, "UA", "05", population=0),
    NewPlace(None, "Lisne", 45.08, 35.10, "UA", "11", fcode="PPLA3", population=2_900),
]


@pytest.mark.parametrize("word", ["area", "direction", "axis", "vicinity"])
def test_an_offset_after_area_or_direction(nlp, word):
    text = (f"Russian forces failed to advance in the Pervo {word} (10km northwest of Kalmut) "
            f"on August 28.")
    [p] = mentions_of(nlp, stage_of(_OFFSETS), text, "Pervo")
    assert (p.lat, p.lon) == (48.08, 37.69), p


def test_the_offset_beats_the_namesake_whose_main_name_it_is(nlp):
    text = ("Russian troops likely advanced into the outskirts of Krasno, 8km north of Avdo, "
            "on August 27.")
    [k] = mentions_of(nlp, stage_of(_OFFSETS), text, "Krasno")
    assert k.name == "Yasno", k


def test_a_bare_mention_keeps_the_namesake_the_offset_chose(nlp):
    text = ("Russian forces withdrew after failed attempts to advance in the Lisne area (10km "
            "northwest of Kalmut) on August 28. Russian aircraft conducted an airstrike on "
            "Lisne on August 28.")
    ps = mentions_of(nlp, stage_of(_OFFSETS), text, "Lisne")
    assert len(ps) == 2 and all(p.name == "Dubove" for p in ps), ps


# -- a two-word name with a mis-agreed adjective ------------------------------------------

_AGREED = _EAST + [
    NewPlace(None, "Vesela Dolyna", 48.05, 37.88, "UA", "05", population=300),
    NewPlace(None, "Vesele", 47.01, 34.92, "UA", "26", fcode="PPLA2", population=9_000),
    NewPlace(None, "Dolyna", 48.99, 37.43, "UA", "05", population=400),
]


@pytest.mark.parametrize("written", ["Vesele Dolyna", "Vesela Dolyna"])
def test_a_two_word_name_is_one_name_whatever_its_adjective_ending(nlp, written):
    text = (f"Ukrainian forces repelled Russian assaults near {written} and Zorivske on "
            f"August 28.")
    ps = stage_of(_AGREED)(nlp(text))
    assert [p.name for p in ps if p.text == written] == ["Vesela Dolyna"], ps
    assert not any(p.text in ("Vesele", "Dolyna") for p in ps), ps
