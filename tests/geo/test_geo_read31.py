"""Place rules from the analyst reads of ISW 2022-10-06..17 (read31, class 5) and 2022-05-13..22
(read30, class 3), on sentences written here and a hand-made gazetteer:
- (guard, read31) a name with its own container keeps it against a namesake named by another
  anchor later;
- an apposition of what the place is before its container, "X, a village in southern Y
  Oblast", reads as "X, in southern Y Oblast" (geo.resolve._APPOSITION; read30);
- "the X in Y Oblast, not Z Oblast": the region denied is no context (geo.resolve._NOT_BEFORE;
  read30);
- "X, just west of Y" where no namesake of X lies near Y: a point by Y at NEAR_SETTLEMENT, as
  an offset with a distance gives, not a namesake 110 km off (geo.cues Offset.close,
  geo.resolve._bearing_meant; read30).
"""

import pytest
from hand_gazetteer import (BAKHMUT, DONETSK, DONETSK_OBLAST, IZIUM, KHARKIV_OBLAST, KUPIANSK,
                            UKRAINE, near, stage_fixture)

from fogofwar.geo.index import NewPlace
from fogofwar.records import NEAR_SETTLEMENT

pytestmark = pytest.mark.slow

PLACES = [
    UKRAINE,
    DONETSK_OBLAST,
    KHARKIV_OBLAST,
    NewPlace(702657, "Luhansk Oblast", 48.98, 39.0, "UA", "09", fclass="A", fcode="ADM1",
             population=2_100_000),
    DONETSK,
    BAKHMUT,
    NewPlace(None, "Soledar", 48.68, 38.09, "UA", "05", population=10_000),
    NewPlace(None, "Yakovlivka", 48.66, 38.16, "UA", "05", population=500),
    NewPlace(None, "Mariupol", 47.10, 37.55, "UA", "05", fcode="PPLA2", population=430_000),
    NewPlace(None, "Volnovakha", 47.60, 37.50, "UA", "05", population=21_000),
    KUPIANSK,
    IZIUM,
    NewPlace(None, "Popasna", 48.63, 38.38, "UA", "09", population=20_000),
    NewPlace(None, "Sievierodonetsk", 48.95, 38.49, "UA", "09", fcode="PPLA3", population=100_000),
    NewPlace(None, "Lysychansk", 48.90, 38.43, "UA", "09", population=95_000),
    # a village by Kupiansk and a bigger namesake by Bakhmut
    NewPlace(None, "Berestove", 49.60, 37.80, "UA", "07", population=300),
    NewPlace(None, "Berestove", 48.75, 38.22, "UA", "05", population=600),
    # a village in the south of Donetsk Oblast, a bigger namesake in its north
    NewPlace(None, "Novoselivka", 47.25, 37.45, "UA", "05", population=300),
    NewPlace(None, "Novoselivka", 49.00, 37.75, "UA", "05", population=2_000),
    # a town by Izium and a bigger namesake by Sievierodonetsk
    NewPlace(None, "Rubizhne", 49.25, 37.40, "UA", "07", population=500),
    NewPlace(None, "Rubizhne", 49.01, 38.38, "UA", "09", population=56_000),
    # a village 110 km from Popasna, none near it
    NewPlace(None, "Volodymyrivka", 47.73, 37.39, "UA", "05", population=800),
]


stage = stage_fixture(PLACES)


def _placed(stage, nlp, text):
    """(name, start) -> its place."""
    return {(p.text, p.start): p for p in stage(nlp(text)) if p.lat is not None}


def _all(stage, nlp, text, name):
    got = _placed(stage, nlp, text)
    return [got[k] for k in sorted(got, key=lambda k: k[1]) if k[0] == name]


def test_a_name_with_its_own_container_keeps_it(nlp, stage):
    # guard (read31)
    text = ("Russian forces struck areas near Kupiansk and Berestove in Kharkiv Oblast.\n\n"
            "Russian troops attacked northeast of Bakhmut near Soledar, Berestove, and "
            "Yakovlivka, and shelled Bakhmut and Soledar again.")
    first, second = _all(stage, nlp, text, "Berestove")
    assert near(first, (49.60, 37.80), 0.3), first
    assert near(second, (48.75, 38.22), 0.3), second


def test_a_name_named_twice_in_one_place_stays_there(nlp, stage):
    # guard: two mentions under one container are one place
    text = ("Russian forces struck near Kupiansk and Berestove in Kharkiv Oblast. Ukrainian "
            "forces repelled assaults near Izium and Berestove in Kharkiv Oblast later.")
    assert all(near(p, (49.60, 37.80), 0.3) for p in _all(stage, nlp, text, "Berestove"))


@pytest.mark.parametrize("what", ["a village", "a small settlement", "the town"])
def test_an_apposition_before_the_container(nlp, stage, what):
    text = (f"Russian forces shelled Novoselivka, {what} in southern Donetsk Oblast, "
            "and struck Izium and Kupiansk.")
    (p,) = _all(stage, nlp, text, "Novoselivka")
    assert near(p, (47.25, 37.45), 0.3), p


def test_a_denied_region_is_no_context(nlp, stage):
    text = ("Ukrainian forces repelled an assault on Rubizhne (the Rubizhne in Kharkiv Oblast, "
            "not Luhansk Oblast) and shelled Lysychansk and Sievierodonetsk.")
    got = _all(stage, nlp, text, "Rubizhne")
    assert got and all(near(p, (49.25, 37.40), 0.3) for p in got), got


@pytest.mark.parametrize("how", ["just west", "immediately west", "directly to the west"])
def test_just_beside_an_anchor_with_no_namesake_near_it(nlp, stage, how):
    text = (f"Russian forces attacked Volodymyrivka, {how} of Popasna, and shelled "
            "Lysychansk and Sievierodonetsk.")
    (p,) = _all(stage, nlp, text, "Volodymyrivka")
    assert near(p, (48.63, 38.38), 0.15), p
    assert p.precision == NEAR_SETTLEMENT, p


def test_a_plain_bearing_keeps_its_far_namesake(nlp, stage):
    # guard: a bearing without "just" still takes a namesake on its side within 150 km
    text = "Russian forces attacked Volodymyrivka, southwest of Popasna, on Monday."
    (p,) = _all(stage, nlp, text, "Volodymyrivka")
    assert near(p, (47.73, 37.39), 0.3), p
