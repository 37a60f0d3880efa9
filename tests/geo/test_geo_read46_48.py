"""Place rules from the analyst reads of ISW 2022-03-03/04 (read46), 04-29/30 (read47) and
10-12/13 (read48), on sentences written here and hand-made gazetteers:
- a village is the object of an attack by a part of a force ("elements of the 1st Guards
  Tank Army attacked A and B"), as of one by "troops" (geo.recognise._armed; read47: two
  villages the tagger called ORG had no place);
- in a list of three settlement names or more "X, Y" is no "X in Y" unless Y is a region's
  or a country's own name (geo.resolve._containers; read48: Rivne went to a village 580 km
  off);
- a plural region word after a last list item the gazetteer lacks is the list's
  (geo.recognise._unknown_last_item; read48: three oblasts became their cities);
- "-- all settlements in northern Y Oblast" after a list holds the list, as ", all in Y" does
  (geo.resolve._ALL_IN; read48);
- a front runs through regions: "the entire frontline in X and Y", "the X-Y frontline", "the
  X front" name the oblasts, not their seats (geo.recognise._front_of, _front_before; read47,
  read48: strikes along the front went to the cities);
- a name after a place's cue ("just east of X") is a place even where the tagger took it for
  a people's word (NORP) (geo.recognise._weigh; read49: the anchor was lost, its village
  went 83 km off), and the second name of a pair after such a cue ("west of A and B") is
  placed as the first (geo.recognise._spread_cues; read49).
"""

import pytest
from hand_gazetteer import KHARKIV_OBLAST, UKRAINE, stage_fixture

from fogofwar.geo.index import NewPlace

DOVHENKE = NewPlace(709827, "Dovhenke", 49.019, 37.318, "UA", "07", population=300)
BRAZHKIVKA = NewPlace(711453, "Brazhkivka", 49.044, 37.215, "UA", "07", population=400)

stage = stage_fixture([UKRAINE, KHARKIV_OBLAST, DOVHENKE, BRAZHKIVKA])


def test_villages_a_forces_elements_attacked_are_places(nlp, stage):
    text = ("The General Staff stated that elements of the 1st Guards Tank Army attacked "
            "Dovhenke and Brazhkivka on April 29.")
    got = {p.text for p in stage(nlp(text)) if p.lat is not None}
    assert {"Dovhenke", "Brazhkivka"} <= got, got


# read48: oblasts, their cities, and namesakes elsewhere
RIVNE = NewPlace(695594, "Rivne", 50.62, 26.24, "UA", "19", fcode="PPLA", population=243_873)
RIVNE_VILLAGE = NewPlace(9001, "Rivne", 47.40, 31.90, "UA", "17", population=900)
TERNOPIL = NewPlace(691650, "Ternopil", 49.55, 25.59, "UA", "22", fcode="PPLA",
                    population=225_000)
LVIV = NewPlace(702550, "Lviv", 49.84, 24.02, "UA", "15", fcode="PPLA", population=717_000)
RIVNE_OBLAST = NewPlace(695592, "Rivnenska Oblast", 50.95, 26.43, "UA", "19", fclass="A",
                        fcode="ADM1", population=1_150_000, derived=("rivne",))
TERNOPIL_OBLAST = NewPlace(691649, "Ternopilska Oblast", 49.56, 25.59, "UA", "22", fclass="A",
                           fcode="ADM1", population=1_050_000, derived=("ternopil",))
LVIV_OBLAST = NewPlace(702549, "Lvivska Oblast", 49.72, 23.92, "UA", "15", fclass="A",
                       fcode="ADM1", population=2_500_000, derived=("lviv",))
MYKOLAIV_OBLAST = NewPlace(700567, "Mykolaiv Oblast", 47.5, 32.0, "UA", "17", fclass="A",
                           fcode="ADM1", population=1_100_000, derived=("mykolaiv",))
KHERSON_OBLAST = NewPlace(706442, "Kherson Oblast", 46.64, 32.62, "UA", "08", fclass="A",
                          fcode="ADM1", population=1_000_000, derived=("kherson",))
CHERVONE_KHERSON = NewPlace(710542, "Chervone", 47.26, 33.66, "UA", "08")
CHERVONE_MYKOLAIV = NewPlace(9002, "Chervone", 47.60, 32.40, "UA", "17", population=776)
TRYFONIVKA = NewPlace(691317, "Trifonivka", 47.26, 33.51, "UA", "08")
TRYFONIVKA_MYKOLAIV = NewPlace(9003, "Trifonivka", 47.70, 32.30, "UA", "17", population=467)

west = stage_fixture([UKRAINE, RIVNE, RIVNE_VILLAGE, TERNOPIL, LVIV, RIVNE_OBLAST,
                      TERNOPIL_OBLAST, LVIV_OBLAST, MYKOLAIV_OBLAST, KHERSON_OBLAST,
                      CHERVONE_KHERSON, CHERVONE_MYKOLAIV, TRYFONIVKA, TRYFONIVKA_MYKOLAIV],
                     "west")


def _located(nlp, stage, text):
    return {p.text: p for p in stage(nlp(text)) if p.lat is not None}


def test_a_list_of_three_cities_holds_no_city_in_the_next(nlp, west):
    text = ("Russian forces shelled several villages in Mykolaiv Oblast on October 12. Russian "
            "missiles struck Rivne, Ternopil, and Lviv on October 12.")
    got = _located(nlp, west, text)
    assert got["Rivne"].admin1 != "Mykolaiv Oblast" and got["Rivne"].lat > 50, got["Rivne"]


def test_a_plural_region_word_after_an_unknown_last_item_is_the_lists(nlp, west):
    text = "Russian missiles struck Rivne, Ternopil, Lviv, and Chernivitsi Oblasts."
    got = _located(nlp, west, text)
    assert all(got[n].feature_code == "ADM1" for n in ("Rivne", "Ternopil", "Lviv")), got


def test_all_settlements_in_an_oblast_after_a_list_holds_the_list(nlp, west):
    text = ("Russian forces shelled several villages in Mykolaiv Oblast on October 12. "
            "Ukrainian forces retook the villages of Chervone and Trifonivka\u2014all "
            "settlements in northern Kherson Oblast.")
    got = _located(nlp, west, text)
    assert got["Chervone"].admin1 == "Kherson Oblast", got["Chervone"]
    assert got["Trifonivka"].admin1 == "Kherson Oblast", got["Trifonivka"]


# read47, read48: a front runs through regions, never through their seats
LUHANSK = NewPlace(702658, "Luhansk", 48.57, 39.31, "UA", "14", fcode="PPLA",
                   population=400_000)
LUHANSK_OBLAST = NewPlace(702657, "Luhanska Oblast", 48.98, 39.02, "UA", "14", fclass="A",
                          fcode="ADM1", population=2_100_000, derived=("luhansk",))
DONETSK_REGION = NewPlace(709716, "Donetska Oblast", 48.05, 37.67, "UA", "05", fclass="A",
                          fcode="ADM1", population=4_100_000, derived=("donetsk",))
DONETSK_CITY = NewPlace(709717, "Donetsk", 48.02, 37.80, "UA", "05", fcode="PPLA",
                        population=900_000)
front = stage_fixture([UKRAINE, LUHANSK, LUHANSK_OBLAST, DONETSK_REGION, DONETSK_CITY],
                      "front")


@pytest.mark.parametrize("text", [
    "Russian troops shelled the entire frontline in Donetsk and Luhansk on Friday.",
    "Russian aircraft struck the Donetsk-Luhansk frontline on Friday.",
    "Russian forces reinforced the Donetsk front and the Luhansk front on Friday.",
])
def test_a_front_runs_through_regions_not_their_seats(nlp, front, text):
    got = _located(nlp, front, text)
    assert got and all(p.feature_code == "ADM1" for p in got.values()), got


def test_the_seats_named_alone_stay_cities(nlp, front):
    # guard
    got = _located(nlp, front, "Russian forces shelled Donetsk and Luhansk on Friday.")
    assert got and all(p.feature_code == "PPLA" for p in got.values()), got


# read49: a village's name ending like a people's word, tagged NORP
ZALYMAN = NewPlace(687805, "Zalyman", 49.37, 37.06, "UA", "07", population=800)
ZALYMAN_PLACES = [UKRAINE, KHARKIV_OBLAST, ZALYMAN]
zalyman = stage_fixture(ZALYMAN_PLACES, "zalyman")


def _tagged(nlp, text, word, label):
    from spacy.tokens import Span
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    doc.ents = sorted([e for e in doc.ents if e.end <= i or e.start > i] +
                      [Span(doc, i, i + 1, label=label)], key=lambda e: e.start)
    return doc


def test_a_cued_name_the_tagger_took_for_a_people_is_a_place(nlp, zalyman):
    doc = _tagged(nlp, "Ukrainian forces repelled an assault just east of Zalyman on Friday.",
                  "Zalyman", "NORP")
    assert "Zalyman" in {p.text for p in zalyman(doc) if p.lat is not None}


def test_an_uncued_people_word_stays_no_place(nlp, zalyman):
    # guard: no cue, the tagger's NORP still counts
    doc = _tagged(nlp, "The Zalyman delegation met officials on Friday.", "Zalyman", "NORP")
    assert "Zalyman" not in {p.text for p in zalyman(doc) if p.lat is not None}


MYKOLAIVKA = NewPlace(700119, "Mykolaivka", 48.86, 37.77, "UA", "05", fcode="PPLA3",
                      population=15_000)
YAKOVLIVKA = NewPlace(688556, "Yakovlivka", 48.71, 38.15, "UA", "05", population=300)
pair = stage_fixture([UKRAINE, DONETSK_REGION, MYKOLAIVKA, YAKOVLIVKA], "pair")


def test_the_second_name_of_a_cued_pair_is_placed_as_the_first(nlp, pair):
    # (read49: "west of A and B" with B tagged a person lost B)
    from hand_gazetteer import tagged_person
    doc = tagged_person(nlp, "Russian forces attacked Ukrainian positions west of Mykolaivka "
                             "and Yakovlivka on Friday.", "Yakovlivka", 1)
    assert "Yakovlivka" in {p.text for p in pair(doc) if p.lat is not None}
