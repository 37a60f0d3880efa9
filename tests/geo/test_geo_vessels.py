"""Ships carry place names: "the landing ship Saratov" or "the Orsk large landing ship" is a
ship, not the Russian city (ISW, 2022-03-25: an event placed at Saratov on the Volga)."""

import pytest

from fogofwar.records import Report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, ship", [
    ("The General Staff reported that Ukrainian forces sank the landing ship Saratov.", "Saratov"),
    ("The attack likely sank the Orsk large landing ship near Berdyansk.", "Orsk"),
    ("Ukrainian forces struck the cruiser “Moskva” in the Black Sea.", "Moskva"),
])
def test_a_ships_name_is_no_place(pipeline, text, ship):
    ext = pipeline.run(Report(id="t", text=text, published="2022-03-25"))
    assert ship not in {p.text for p in ext.places}


def test_the_same_name_as_a_place_stays_a_place(pipeline):
    ext = pipeline.run(Report(id="t", text="Russian forces shelled Saratov on Sunday.",
                              published="2022-03-25"))
    assert "Saratov" in {p.text for p in ext.places}
