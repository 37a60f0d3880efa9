"""US local-news cues (issue 3): a county and its seat support each other, a town that only
once bore a name does not pair with its neighbours, and a state or county at the head of a
public body's name is a toponym ("the Texas Forest Service").

Hand-made gazetteer: two Athens (a Greek capital and a small Texas town), two Henderson
Counties (Texas, Illinois), a large town that also carries the former name "Riverton"
beside a real, smaller Riverton."""

import pytest
from hand_gazetteer import ILLINOIS, UNITED_STATES, mentions_of, stage_fixture

from fogofwar.geo.index import NewPlace

PLACES = [
    UNITED_STATES,
    NewPlace(4736286, "Texas", 31.25, -99.25, "US", "TX", fclass="A", fcode="ADM1",
             population=28_000_000),
    ILLINOIS,
    NewPlace(264371, "Athens", 37.98, 23.72, "GR", "ESYE31", fcode="PPLC", population=664_046),
    NewPlace(4670592, "Athens", 32.20, -95.85, "US", "TX", population=12_788),
    NewPlace(None, "Henderson County", 40.82, -90.93, "US", "IL", fclass="A", fcode="ADM2"),
    NewPlace(None, "Henderson County", 32.21, -95.85, "US", "TX", fclass="A", fcode="ADM2"),
    # "Riverton" is the real name of a small Illinois town and a former name of a larger
    # Illinois town near Springfield (an alternate name)
    NewPlace(1, "Springfield", 39.80, -89.64, "US", "IL", population=116_000),
    NewPlace(2, "Old Mill", 39.84, -89.50, "US", "IL", population=12_000, names=("Riverton",)),
    NewPlace(3, "Riverton", 37.90, -88.20, "US", "IL", population=9_000),
]


stage = stage_fixture(PLACES)


@pytest.mark.slow
def test_county_and_its_seat_support_each_other(nlp, stage):
    text = ("Henderson County commissioners met on Tuesday. The meeting was held at the "
            "courthouse in Athens, where residents spoke about the roads.")
    for p in mentions_of(nlp, stage, text, "Athens"):
        assert p.country_code == "US", p
    for p in mentions_of(nlp, stage, text, "Henderson County"):
        assert p.admin1 in ("TX", "Texas"), p


@pytest.mark.slow
def test_alternate_name_does_not_pair_with_a_neighbour(nlp, stage):
    text = ("The mayor of Springfield visited the town of Riverton on Monday to open the new"
            " library.")
    for p in mentions_of(nlp, stage, text, "Riverton"):
        assert p.name == "Riverton", p


@pytest.mark.slow
def test_state_at_the_head_of_a_public_body(nlp, stage):
    text = "The county received the latest information from the Texas Forest Service."
    ps = mentions_of(nlp, stage, text, "Texas")
    assert ps[0].name == "Texas"
