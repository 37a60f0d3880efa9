"""Place rules from the third analyst reads of ISW reports outside every gold window
(read63-68), on sentences written here:
- the object of a verb of taking ground is a place when the armed subject is the first verb
  of a joined pair ("Russian forces tried and failed to take X": geo.recognise._war_object
  climbs from the taking through the failing to the trying; the name, tagged a person, had
  no place and its fight no event).
"""

import pytest

from fogofwar.records import Report


@pytest.mark.parametrize("text", [
    "Russian forces tried and failed to take Pisky on August 31.",
    "Ukrainian troops attempted and failed to retake Pisky.",
])
def test_the_ground_a_joined_pair_of_verbs_aims_at_is_a_place(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-09-01"))
    assert "Pisky" in [p.name for p in ext.places], ext.places
