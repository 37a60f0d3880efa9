"""A region named in the name's own paragraph, or the next one, outweighs a region named
only further away (geo.resolve.ResolveOptions.far_context; read33, read34: a daily report
names every oblast of the front somewhere, and a distant paragraph put a village in another
oblast's namesake hundreds of km off). Sentences written here, a hand-made gazetteer."""

import pytest
from hand_gazetteer import (BAKHMUT, DONETSK_OBLAST, IZIUM, KHARKIV_OBLAST, KUPIANSK, UKRAINE,
                            stage_fixture)

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow

PLACES = [
    UKRAINE,
    KHARKIV_OBLAST,
    NewPlace(698738, "Odesa Oblast", 46.5, 30.2, "UA", "17", fclass="A", fcode="ADM1",
             population=2_400_000),
    DONETSK_OBLAST,
    KUPIANSK,
    IZIUM,
    BAKHMUT,
    NewPlace(None, "Odesa", 46.48, 30.73, "UA", "17", fcode="PPLA", population=1_000_000),
    # two villages of one name: one in Kharkiv Oblast, one on the Odesa coast
    NewPlace(None, "Zatoka", 49.90, 35.30, "UA", "07", population=900),
    NewPlace(None, "Zatoka", 46.07, 30.46, "UA", "17", population=900),
]

_FAR = ("Ukrainian forces continued counteroffensive operations in Kharkiv Oblast near "
        "Kupiansk and Izium on August 16.\n\n"
        "Russian forces shelled Kupiansk and Izium on August 16.\n\n"
        "Russian forces conducted ground attacks near Bakhmut in Donetsk Oblast.\n\n")


stage = stage_fixture(PLACES)


def _zatoka(stage, nlp, text):
    return next(p for p in stage(nlp(text)) if p.text == "Zatoka")


def test_the_region_of_the_paragraph_outweighs_one_named_far_off(nlp, stage):
    text = _FAR + ("Russian forces struck Odesa and Odesa Oblast with missiles on August 16.\n\n"
                   "A Russian missile hit a resort in Zatoka on August 16.")
    p = _zatoka(stage, nlp, text)
    assert p.admin1 and p.lat < 47, p


def test_a_region_named_nearby_still_counts(nlp, stage):
    # guard: with no other cue, the region the text names beside the village still decides
    text = ("Russian forces shelled Kupiansk in Kharkiv Oblast on August 16.\n\n"
            "A Russian missile hit a house in Zatoka on August 16.")
    p = _zatoka(stage, nlp, text)
    assert p.lat > 49, p
