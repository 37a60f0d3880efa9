"""Place rules from the analyst reads of ISW 2022-08-29..31 (read18) and 09-21..23 (read19),
on a hand-made gazetteer:
- a name the writer places by a bearing from another ("A and B, south of X", "C (10km south
  of X)") is a place, whatever spaCy's label, and so is every name listed with it
  (geo.recognise._BEARING_AFTER; read19: six listed villages, spaCy's PERSON or ORG, were
  never places);
- "due" and "both" may stand in a writer's offset: "(both 20km due east of X)" (geo.cues.
  _OFFSET, _BARE_BEARING; read18: two villages went 95-100 km off);
- a city that is an admin-1 unit of its own lies in the region around it ("Sevastopol,
  Crimea") (geo.fallback.inside; read19).
"""

import pytest
from hand_gazetteer import UKRAINE, stage_of

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow

_GAZ = [
    UKRAINE,
    NewPlace(None, "Kalmut", 48.59, 38.00, "UA", "05", fcode="PPLA2", population=70_000),
    NewPlace(None, "Zorivske", 48.50, 38.03, "UA", "05", population=900),
    NewPlace(None, "Brodivka", 48.47, 37.96, "UA", "05", population=400),
    NewPlace(None, "Tykhivka", 48.49, 37.99, "UA", "05", population=300),
    # two namesakes: one 20 km east of Kalmut, one far off in another oblast
    NewPlace(None, "Lozove", 48.59, 38.27, "UA", "05", population=500),
    NewPlace(None, "Lozove", 46.90, 32.50, "UA", "13", fcode="PPLA2", population=40_000),
    NewPlace(None, "Ochakove", 46.61, 31.55, "UA", "13", fcode="PPLA2", population=14_000),
    NewPlace(None, "Mykolaivka", 46.97, 32.00, "UA", "13", fcode="PPLA", population=480_000),
]


@pytest.mark.parametrize("text, names", [
    ("Ukrainian troops repelled assaults against Tykhivka, just south of Kalmut; Zorivske and "
     "Brodivka, south of Kalmut; and Lozove, east of Kalmut.",
     ["Tykhivka", "Kalmut", "Zorivske", "Brodivka", "Kalmut", "Lozove", "Kalmut"]),
    ("Ukrainian troops held Zorivske (10km south of Kalmut) and Brodivka (15km south of Kalmut).",
     ["Zorivske", "Kalmut", "Brodivka", "Kalmut"]),
])
def test_a_name_placed_by_a_bearing_is_a_place(nlp, text, names):
    ps = stage_of(_GAZ)(nlp(text))
    assert [p.text for p in ps if p.geonameid is not None or p.name] == names, ps


def test_a_plain_name_without_a_bearing_needs_more(nlp):
    # the same names, no cue: the place stage does not take them on the gazetteer's word
    ps = stage_of(_GAZ)(nlp("Zorivske and Brodivka met the minister."))
    assert [p.text for p in ps] == [], ps


@pytest.mark.parametrize("offset", ["(both 20km due east of Kalmut)", "(20km due east of Kalmut)",
                                    ", due east of Kalmut"])
def test_due_and_both_in_an_offset(nlp, offset):
    # (the text's other places lie by the far namesake: only the offset says which)
    text = f"Russian troops shelled Mykolaivka, Ochakove, and Lozove {offset} on August 29."
    [lozove] = [p for p in stage_of(_GAZ)(nlp(text)) if p.text == "Lozove"]
    assert (lozove.lat, lozove.admin1) == (48.59, "05") or lozove.lon == 38.27, lozove


def test_a_city_that_is_a_region_of_its_own_lies_in_the_region_around_it(nlp):
    """ "Sevastopol, Crimea": the city is an admin-1 unit of its own in GeoNames, so it was no
    place inside Crimea and fell back to Crimea's centroid (read19, 58 km off)."""
    gaz = _GAZ + [
        NewPlace(None, "Kerchenopol", 44.61, 33.52, "UA", "20", fcode="PPLA", population=400_000),
        NewPlace(None, "Tavria", 45.0, 34.0, "UA", "11", fclass="A", fcode="ADM1",
                 population=2_000_000),
    ]
    text = "Social media users reported explosions near Kerchenopol, Tavria on September 21."
    [city] = [p for p in stage_of(gaz)(nlp(text)) if p.text == "Kerchenopol"]
    assert city.name == "Kerchenopol", city
