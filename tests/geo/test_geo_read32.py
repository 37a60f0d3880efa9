"""Place rules from the analyst read of ISW 2022-03-05 and 03-07 (read32), on sentences
written here:
- a "person" the tagger makes of a route ("from Brovary to Kyiv") lends no surname to the
  text: its last word stays a place wherever it is told (geo.recognise._JOINING_WORDS; read32:
  five mentions of Kyiv dropped as a surname, and an air strike on the city placed in
  another);
- an offset from a city's centre ("25 km northeast of central Kyiv") is an offset from the
  city (geo.cues._OFFSET; read32: the village went to a namesake 480 km off).
"""

import pytest
from hand_gazetteer import UKRAINE, stage_of, tagged_person

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stage():
    from fogofwar.geo.stage import PlaceStage
    return PlaceStage.load(None)


def test_a_route_tagged_as_a_person_lends_no_surname(nlp, stage):
    text = ("Russian forces attempted to advance from Brovary to Kyiv on March 5.\n\n"
            "Russian forces shelled Kyiv on March 6.")
    # the tagger's reading, as it came in read32: the route as one person's name
    doc = tagged_person(nlp, text, "Brovary", 3)
    kyiv = [p for p in stage(doc) if p.text == "Kyiv" and p.lat is not None]
    assert len(kyiv) == 2, kyiv


PLACES = [
    UKRAINE,
    NewPlace(703447, "Kyiv", 50.45, 30.52, "UA", "12", fcode="PPLC", population=2_900_000),
    # a village by Kyiv and an oblast seat of the name in the south
    NewPlace(None, "Peremoha", 50.62, 30.78, "UA", "13", population=500),
    NewPlace(None, "Peremoha", 47.50, 35.40, "UA", "26", fcode="PPLA", population=300_000),
]


def test_an_offset_from_a_city_centre(nlp):
    text = ("Russian forces continued operations around Kyiv on March 6.\n\n"
            "Russian aircraft struck Peremoha (25 km northeast of central Kyiv) on March 6.")
    p = next(p for p in stage_of(PLACES)(nlp(text)) if p.text == "Peremoha")
    assert p.lat > 50, p
