"""Place rules from the analyst read of ISW 2022-08-26..28 (read22), on sentences written here:
- a name's own region word is no longer name: "Rostov Oblast" that spaCy tags a PERSON is
  the oblast, not a person's name that holds a place word (geo.recognise._weigh; read22: a
  unit's move to Rostov Oblast had no place);
- a list item the gazetteer lacks ("A, Dibrovne, B, C, and D") does not break the list whose
  places lift their mates (geo.recognise._joined; read24: two villages after it were lost);
- two names that are alone in their region, where the text's places crowd into another
  region of the country, do not vouch for each other's namesakes (geo.resolve._Nearness.
  _lone_pair; read24: a village went 350 km off, beside the only namesake of another name);
- an offset may say "directly" or "just" before its bearing ("30km directly west of X")
  (geo.cues._OFFSET; read23: a village 585 km off).
"""

import pytest
from hand_gazetteer import UKRAINE, stage_of

from fogofwar.geo.index import GazEntry, NewPlace
from fogofwar.geo.resolve import ResolveOptions, _Nearness
from fogofwar.records import Report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The unit redeployed from Kursk to Rostov Oblast last week.",
    "Officials in Voronezh Oblast and Rostov Oblast reported explosions.",
])
def test_a_name_with_its_region_word_tagged_a_person_is_the_region(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-08-27"))
    rostov = [p for p in ext.places if p.text.startswith("Rostov")]
    assert [(p.feature_code, p.country_code) for p in rostov] == [("ADM1", "RU")], ext.places


def test_a_persons_name_holding_a_place_word_is_still_no_place(pipeline):
    # guard: a longer name than the place and its region word stays a person's
    ext = pipeline.run(Report(id="t", text="Rostov Oblast Governor Vasily Golubev spoke on "
                                           "Tuesday.", published="2022-08-27"))
    assert all(p.text != "Golubev" for p in ext.places), ext.places


_GAZ = [
    UKRAINE,
    NewPlace(None, "Kalmut", 48.59, 38.00, "UA", "05", fcode="PPLA2", population=70_000),
    NewPlace(None, "Bohorodychne", 48.50, 38.03, "UA", "05", population=900),
    NewPlace(None, "Mazanivka", 48.47, 37.96, "UA", "05", population=400),
    NewPlace(None, "Mykilske", 48.49, 37.99, "UA", "05", population=300),
    NewPlace(None, "Novomykolaivka", 48.52, 37.97, "UA", "05", population=300),
]


def test_a_list_item_the_gazetteer_lacks_does_not_break_the_list(nlp):
    text = ("Russian forces conducted air and artillery strikes that hit Bohorodychne, Dibrovne, "
            "Mazanivka, Mykilske, and Novomykolaivka.")
    got = [p.text for p in stage_of(_GAZ)(nlp(text)) if p.geonameid is not None or p.name]
    assert got[-2:] == ["Mykilske", "Novomykolaivka"], got



def _entry(i, name, lat, lon, a1, pop=0):
    return GazEntry(i, None, name, lat, lon, "UA", a1, "", "P", "PPL", pop, "test")


def test_two_names_alone_in_a_far_region_do_not_vouch_for_each_other():
    # the text's places crowd into one oblast; a village of another name, alone in a far
    # oblast, vouches for no namesake beside it there (nor would it there)
    crowd = [_entry(1, "Kalmut", 48.86, 38.10, "05"), _entry(2, "Zorivske", 48.73, 37.57, "05"),
             _entry(3, "Brodivka", 48.90, 37.97, "05"), _entry(4, "Nahirne", 49.08, 33.09, "10")]
    near = _Nearness(crowd, ResolveOptions(), ["kalmut", "zorivske", "brodivka", "nahirne"])
    far = _entry(5, "Tykhivka", 48.96, 32.98, "10", 965)
    home = _entry(6, "Tykhivka", 48.93, 38.19, "05")
    assert near.proximity(far, "tykhivka") == 0.0
    assert near.proximity(home, "tykhivka") > 0.0


def test_two_names_of_a_text_without_a_crowd_still_vouch_for_each_other():
    # guard: "Athens ... Frankston": two towns alone in the text vouch for each other
    pair = [_entry(4, "Nahirne", 49.08, 33.09, "10")]
    near = _Nearness(pair, ResolveOptions(), ["nahirne"])
    assert near.proximity(_entry(5, "Tykhivka", 48.96, 32.98, "10", 965), "tykhivka") > 0.0


_OFFSET_GAZ = [
    UKRAINE,
    NewPlace(None, "Kalmut", 50.45, 30.52, "UA", "12", fcode="PPLC", population=2_900_000),
    NewPlace(None, "Tykhivka", 50.47, 30.03, "UA", "13", population=900),
    NewPlace(None, "Tykhivka", 48.86, 37.77, "UA", "05", fcode="PPLA3", population=14_000),
    NewPlace(None, "Zorivske", 48.80, 37.70, "UA", "05", fcode="PPLA2", population=150_000),
    NewPlace(None, "Brodivka", 48.90, 37.80, "UA", "05", fcode="PPLA3", population=11_000),
]


@pytest.mark.parametrize("how", ["directly", "just", "due"])
def test_an_offset_may_say_directly_or_just(nlp, how):
    # (the text's other places lie by the far namesake: only the offset says which)
    text = (f"Russian forces shelled Zorivske and Brodivka. Russian forces captured a bunker in "
            f"Tykhivka, approximately 30km {how} west of Kalmut.")
    [t] = [p for p in stage_of(_OFFSET_GAZ)(nlp(text)) if p.text == "Tykhivka"]
    assert abs(t.lat - 50.47) < 0.2 and abs(t.lon - 30.03) < 0.2, t
