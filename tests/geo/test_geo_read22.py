"""Place rules from the analyst read of ISW 2022-08-26..28 (read22), on sentences written here:
- a name's own region word is no longer name: "Rostov Oblast" that spaCy tags a PERSON is
  the oblast, not a person's name that holds a place word (geo.recognise._weigh; read22: a
  unit's move to Rostov Oblast had no place).
"""

import pytest

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
