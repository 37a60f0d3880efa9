"""Place rules of the thirtieth session (geo), on sentences written here and hand-made places:
- a name borne by more villages than the resolver weighs (MAX_CANDIDATES) keeps, past the cut
  by prior, its namesakes that lie near a place of a rare name of the text (geo.resolve.
  _cut_candidates; read230: "X (west of Y)", X's namesake 12 km west of Y was cut, and X went
  to one 140 km off);
- "X, a coastal town just south of Y": a bearing after an apposition of what the place is
  reads as "X, just south of Y" (geo.cues._BARE_BEARING; read227: X went to a namesake in
  another oblast, 190 km off);
- a misspelt name (one only a close spelling matches) takes, of its wider spellings (the three
  closest, and those one swap of two letters away), the namesake beside a place of a rare name
  of its own sentence, over the closest spelling alone (geo.recognise._spellings_by_neighbours;
  read228: "around Y in Yakolvika" went to a Yakovivka 100 km off, not the Yakovlivka by Y,
  and the list's next misspelt name lost its mate); no spelling swaps a whole word (guard);
- a proxy republic's name before a noun of its men ("X People's Republic (XNR) police
  officers") names whose they are, no place of the act, where the sentence names another
  place (geo.resolve._affiliations; read227: officers sent to patrol a city were placed in
  the oblast of the republic's name); alone in its sentence it still places the act (guard);
- a city of 100,000 or more beats a hamlet of its name, ten times smaller, where the places of
  the mention's own paragraph lie nearer the city than the hamlet (geo.resolve.
  _city_by_paragraph; read228: a city in a paragraph on villages 100 km from it went to a
  hamlet of its name 340 km from them, by places the report named in other paragraphs);
  a hamlet beside its paragraph's places keeps them (guard);
- a small place named with a partner ("advance to A and X") whose only namesakes lie over
  100 km from the partner and every other place of its paragraph, which hold together, is
  left unplaced, not put on the far namesake (geo.resolve._strays_of_pairs; read228: X, in a
  paragraph on fighting west of a city, went to its only namesake 330 km off in another
  oblast); a name the text places itself keeps its place (guard).

The hand-made gazetteers below put each namesake where the read found it; every name is
invented."""

from __future__ import annotations

from hand_gazetteer import (BAKHMUT, DONETSK, DONETSK_OBLAST, IZIUM, KHARKIV_OBLAST, KUPIANSK,
                            UKRAINE, located, stage_fixture)

from fogofwar.geo.index import NewPlace

_MANY = [UKRAINE, DONETSK_OBLAST, DONETSK,
         NewPlace(9301, "Zorianopil", 47.50, 34.00, "UA", "08", fcode="PPL", population=4_000),
         NewPlace(9302, "Hrabivka", 47.45, 34.05, "UA", "08", fcode="PPL", population=700),
         # the village meant: 10 km west of the anchor, no population known
         NewPlace(9303, "Teplodarivka", 47.50, 33.87, "UA", "08", fcode="PPL", population=0),
         # a namesake 140 km off, on no side the text tells
         NewPlace(9304, "Teplodarivka", 47.80, 32.20, "UA", "16", fcode="PPL", population=500)]
# a hundred more namesakes far off, each with more people than the one meant
_MANY += [NewPlace(9400 + k, "Teplodarivka", 50.0 + (k // 10) * 0.2, 25.0 + (k % 10) * 0.3,
                   "UA", "09", fcode="PPL", population=100 + k) for k in range(100)]
many = stage_fixture(_MANY, "many")


def test_a_namesake_cut_by_prior_is_kept_near_a_rare_name_of_the_text(nlp, many):
    got = located(nlp, many, "Ukrainian forces repelled Russian assaults from Hrabivka on "
                             "Teplodarivka (west of Zorianopil) on Tuesday.")
    assert got["Teplodarivka"].geonameid == 9303, got


def test_the_namesake_far_from_the_text_stays_out_past_the_cut(nlp, many):
    """Guard: with no rare name near it, the cut is as before (a namesake past it is never
    chosen by chance)."""
    got = located(nlp, many, "Russian forces shelled Teplodarivka on Tuesday.")
    assert got["Teplodarivka"].geonameid != 9303, got


_COAST = [UKRAINE, DONETSK_OBLAST, DONETSK,
          NewPlace(9501, "Stepohrad", 46.85, 35.38, "UA", "23", fcode="PPLA2",
                   population=150_000),
          NewPlace(9502, "Pryberezhanka", 46.37, 35.37, "UA", "23", fcode="PPL", population=300),
          NewPlace(9503, "Pryberezhanka", 47.32, 37.67, "UA", "05", fcode="PPL",
                   population=2_000),
          NewPlace(9504, "Vuhlivka", 47.40, 37.60, "UA", "05", fcode="PPL", population=3_000),
          NewPlace(9505, "Shakhtarivka", 47.25, 37.75, "UA", "05", fcode="PPL",
                   population=5_000)]
coast = stage_fixture(_COAST, "coast")


def test_a_bearing_after_an_apposition_places_the_town(nlp, coast):
    got = located(nlp, coast, "Russian forces shelled Vuhlivka and Shakhtarivka in Donetsk "
                              "Oblast. A caller reported partisan activity in Pryberezhanka, "
                              "a coastal town just south of Stepohrad.")
    assert got["Pryberezhanka"].geonameid == 9502, got


def test_a_bearing_after_a_longer_apposition_is_no_bearing(nlp, coast):
    """Guard: a clause after the comma ("which lies north of") is not read as the place's
    bearing; the context of the text decides."""
    got = located(nlp, coast, "Russian forces shelled Vuhlivka and Shakhtarivka in Donetsk "
                              "Oblast and Pryberezhanka, and then moved north of Stepohrad.")
    assert got["Pryberezhanka"].geonameid == 9503, got


_SPELT = [UKRAINE, DONETSK_OBLAST, KHARKIV_OBLAST, BAKHMUT,
          NewPlace(9601, "Solianyi", 48.69, 38.07, "UA", "05", fcode="PPL", population=10_000),
          # the village meant, one swap and one letter from the writer's spelling
          NewPlace(9602, "Makovlivka", 48.71, 38.15, "UA", "05", fcode="PPL", population=1_300),
          # one letter from it, 100 km off
          NewPlace(9603, "Makovivka", 48.71, 36.59, "UA", "07", fcode="PPL", population=200),
          NewPlace(9604, "Velyka Makovlivka", 48.70, 38.10, "UA", "05", fcode="PPL",
                   population=900)]
spelt = stage_fixture(_SPELT, "spelt")


def test_a_misspelt_village_is_the_one_beside_its_sentence_places(nlp, spelt):
    got = located(nlp, spelt, "Russian forces continued ground attacks around Solianyi "
                              "(about 6km northeast of Bakhmut) in Makolvika in order to "
                              "advance southwest.")
    assert got["Makolvika"].geonameid == 9602, got


def test_a_misspelt_village_with_no_rare_place_beside_keeps_the_closest_spelling(nlp, spelt):
    """Guard: no place of the sentence lies by any of the wider spellings: the closest one."""
    got = located(nlp, spelt, "Russian forces continued ground attacks in Makolvika in order "
                              "to advance south.")
    assert "Makolvika" not in got or got["Makolvika"].geonameid == 9603, got


def test_no_spelling_swaps_a_whole_word(nlp, spelt):
    """Guard: a name whose first word differs from a neighbour's is no misspelling of it."""
    got = located(nlp, spelt, "Russian forces continued ground attacks around Solianyi "
                              "(about 6km northeast of Bakhmut) in Mala Makovlivka.")
    assert "Mala Makovlivka" not in got or got["Mala Makovlivka"].geonameid != 9604, got


_PROXY = [UKRAINE, DONETSK_OBLAST, DONETSK,
          NewPlace(9701, "Kherson", 46.64, 32.61, "UA", "08", fcode="PPLA", population=290_000)]
proxy = stage_fixture(_PROXY, "proxy")


def test_a_proxy_republics_men_sent_to_a_city_are_no_place_of_the_republic(nlp, proxy):
    got = located(nlp, proxy, "Occupation officials brought Donetsk People's Republic (DNR) "
                              "militiamen to guard the streets of Kherson City on Friday.")
    assert "Donetsk" not in got and got["Kherson"].geonameid == 9701, got


def test_a_proxy_republics_men_alone_in_their_sentence_keep_its_ground(nlp, proxy):
    """Guard: no other place in the sentence: the republic's name still places the act."""
    got = located(nlp, proxy, "Donetsk People's Republic forces shelled Ukrainian positions "
                              "on Friday.")
    assert "Donetsk" in got, got


_FRONTS = [UKRAINE, KHARKIV_OBLAST, IZIUM, KUPIANSK,
           NewPlace(9801, "Stalevar", 47.57, 34.39, "UA", "04", fcode="PPLA2",
                    population=105_000),
           NewPlace(9802, "Stalevar", 48.89, 37.12, "UA", "07", fcode="PPL", population=600),
           NewPlace(9803, "Vodianyky", 47.20, 33.14, "UA", "08", fcode="PPL", population=300),
           NewPlace(9804, "Pershotravka", 47.15, 33.20, "UA", "08", fcode="PPL", population=200),
           NewPlace(9805, "Luhivka", 47.25, 33.10, "UA", "08", fcode="PPL", population=400),
           NewPlace(9806, "Kamianyi Brid", 48.93, 37.20, "UA", "07", fcode="PPL",
                    population=500)]
fronts = stage_fixture(_FRONTS, "fronts")


def test_a_city_beats_a_hamlet_of_its_name_far_from_its_paragraph(nlp, fronts):
    got = located(nlp, fronts, "Russian forces shelled Izium and Kupiansk in Kharkiv Oblast "
                               "on Monday.\nRussian forces attacked Vodianyky, Pershotravka, "
                               "and Luhivka on the river bank and fired rockets at Stalevar.")
    assert got["Stalevar"].geonameid == 9801, got
    assert got["Stalevar"].score >= 0.3, got


def test_a_hamlet_beside_its_paragraphs_places_keeps_them(nlp, fronts):
    """Guard: the paragraph's own place lies by the hamlet: the hamlet."""
    got = located(nlp, fronts, "Russian forces shelled Izium and Kupiansk in Kharkiv Oblast "
                               "on Monday.\nRussian forces attacked Kamianyi Brid and fired "
                               "rockets at Stalevar.")
    assert got["Stalevar"].geonameid == 9802, got


_FRAME = [UKRAINE, DONETSK_OBLAST, DONETSK,
          NewPlace(9901, "Marivka", 47.95, 37.50, "UA", "05", fcode="PPL", population=9_000),
          NewPlace(9902, "Krasnohirka", 48.00, 37.60, "UA", "05", fcode="PPL",
                   population=3_000),
          # the only namesake the gazetteer holds, 330 km from the paragraph's places
          NewPlace(9903, "Bilohaivka", 47.20, 33.14, "UA", "08", fcode="PPL", population=0),
          NewPlace(9904, "Kherson Oblast", 46.75, 33.35, "UA", "08", fclass="A",
                   fcode="ADM1", population=1_000_000)]
frame = stage_fixture(_FRAME, "frame")


def test_a_partner_far_from_its_paragraph_is_left_unplaced(nlp, frame):
    got = located(nlp, frame, "Ukrainian troops repelled attacks west of Donetsk on Sunday. "
                              "Russian troops tried to advance to Marivka and Bilohaivka and "
                              "retreated, and they shelled Krasnohirka.")
    assert "Bilohaivka" not in got or got["Bilohaivka"].geonameid != 9903, got


def test_a_partner_the_text_places_in_its_region_keeps_it(nlp, frame):
    """Guard: "X, Kherson Oblast" places it there, whatever its paragraph."""
    got = located(nlp, frame, "Ukrainian troops repelled attacks west of Donetsk on Sunday. "
                              "Russian troops shelled Marivka and Bilohaivka, Kherson Oblast, "
                              "and Krasnohirka.")
    assert got["Bilohaivka"].geonameid == 9903, got
