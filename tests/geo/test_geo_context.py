"""A village the gazetteer knows only elsewhere must not win against the context the text
gives (issue 3: "never to a same-name place elsewhere"); real cross-border mentions stay.

Hand-made gazetteer: "Ozerne" exists only in the far west of Ukraine (as Demydivka in Rivne
does for "Demidovka" in the embedded default); "Hlyboke" is a Ukrainian village a few
kilometres from the Russian border."""

import pytest
from border_gazetteer import PLACES
from hand_gazetteer import mentions_of, stage_fixture, stage_of

from fogofwar.geo.index import NewPlace
from fogofwar.records import REGION, SETTLEMENT


stage = stage_fixture(PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Fighting continued in Ozerne, a village in Russia's Belgorod region.",
    "Russian milbloggers reported battles in Ozerne near the border of Belgorod Oblast.",
    # repeated mentions must not vouch for each other, and naming Ukraine (an actor here)
    # does not make a Ukrainian namesake 800 km from the named region right
    "Bloggers reported fighting in the village of Ozerne in Russia's Belgorod region. "
    "Ukraine said its assault groups had entered Ozerne, and fighting near Ozerne went on.",
])
def test_far_namesake_loses_to_the_region_the_text_names(nlp, stage, text):
    for p in mentions_of(nlp, stage, text, "Ozerne"):
        assert p.name == "Belgorod Oblast" and p.country_code == "RU", (text, p)
        assert p.precision == REGION


@pytest.mark.slow
def test_village_in_its_own_named_region_stays(nlp, stage):
    text = "Fighting continued in Ozerne, a village in Ukraine's Rivne region."
    for p in mentions_of(nlp, stage, text, "Ozerne"):
        assert p.name == "Ozerne" and p.precision == SETTLEMENT


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Shelling from Russia's Belgorod region hit the village of Hlyboke on Monday.",
    "Officials in the Sumy region said Russian drones struck the village of Hlyboke overnight.",
])
def test_cross_border_villages_still_resolve(nlp, stage, text):
    for p in mentions_of(nlp, stage, text, "Hlyboke"):
        assert p.name == "Hlyboke" and p.country_code == "UA", (text, p)
        assert p.lat == pytest.approx(50.90)


@pytest.mark.slow
def test_two_far_namesakes_do_not_vouch_for_each_other(nlp, stage):
    # Ozerne and Kolky both exist only in the west of Ukraine, 60 km apart; the text is
    # about the Belgorod border, and every mention of one name falls back alike
    st = stage_of(PLACES + [NewPlace(None, "Kolky", 50.90, 25.60, "UA", "19")])
    text = ("Ukrainian forces advanced in Belgorod Oblast. Footage shows them near Ozerne and "
            "Kolky, north of the village of Hlyboke in Sumy Oblast.\n"
            "Bloggers said fighting continued in Ozerne.")
    ps = st(nlp(text))
    for name in ("Ozerne", "Kolky"):
        got = [p for p in ps if p.text == name]
        # never the western namesakes; the region named nearest the first mention, and the
        # same area for every mention of the name
        assert got and all(p.precision == REGION and p.lon > 33 for p in got), got
        assert len({p.name for p in got}) == 1
    assert [p.name for p in ps if p.text == "Hlyboke"] == ["Hlyboke"]
