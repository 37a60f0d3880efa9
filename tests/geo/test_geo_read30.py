"""Place rules from the analyst reads of ISW 2022-05-13..22 (read30) and 06-21..23 (read25),
on sentences written here and a hand-made gazetteer:
- an offset may follow an apposition of what the place is: "X, a settlement approximately
  23 km east of Y", "X, a village along the T1302 highway about 15 km southwest of Y"
  (geo.cues._OFFSET; read30: a village 140 km off; read25: one 48 km off).
"""

import pytest
from hand_gazetteer import UKRAINE, stage_fixture

from fogofwar.geo.index import NewPlace

pytestmark = pytest.mark.slow

PLACES = [
    UKRAINE,
    NewPlace(1, "Izum", 49.21, 37.27, "UA", "07", fcode="PPLA2", population=45_000),
    NewPlace(2, "Kalmutsk", 48.60, 38.00, "UA", "05", fcode="PPLA2", population=70_000),
    NewPlace(3, "Oleksiivka", 49.19, 37.82, "UA", "05", population=300),
    NewPlace(4, "Oleksiivka", 49.22, 36.72, "UA", "07", population=4_000),
    NewPlace(5, "Oleksiivka", 48.58, 38.05, "UA", "05", population=900),
]


stage = stage_fixture(PLACES)


@pytest.mark.parametrize("apposition", [
    "a settlement approximately 40 km east of Izum",
    "a village along the T2110 highway about 40 km east of Izum",
])
def test_an_offset_after_an_apposition_places_the_name(nlp, stage, apposition):
    text = f"Ukrainian forces shelled Kalmutsk and recaptured Oleksiivka, {apposition}, on May 14."
    got = {p.text: p for p in stage(nlp(text)) if p.lat is not None}
    assert (got["Oleksiivka"].lat, got["Oleksiivka"].lon) == (49.19, 37.82), got
