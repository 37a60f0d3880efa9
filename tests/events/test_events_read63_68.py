"""Event rules from the third analyst reads of ISW reports outside every gold window
(read63-68; each window read once before by an earlier session, now on the current code), and
from the ideas left by the nineteenth session's note, on sentences written here:
- a gerund the parser makes the auxiliary of a verb of going on ("Shelling continued in X")
  is its subject, placed by the verb's phrases (events.arguments.region; the shelling had no
  site);
- a bare name after "within" or "throughout" is where the act is, as after "in"
  (geo.recognise.LOCATIVE_CUES; "ground attacks within Marinka" had no place).
"""

import pytest
from helpers_events import rows_after

_LEAD = ("Russian forces continued offensive operations against Ukrainian forces in eastern "
         "Ukraine on September 12.\n\n")


@pytest.mark.parametrize("text", [
    "Shelling continued in Nikopol on September 12.",
    "Shelling intensified near Nikopol.",
])
def test_a_gerund_parsed_as_an_auxiliary_is_placed_by_its_verb(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert ("Shelling/artillery/missile attack", "asserted", "Nikopol") in \
        [r[:3] for r in got], got


@pytest.mark.parametrize("text", [
    "Russian forces conducted unsuccessful ground attacks within Pisky.",
    "Russian forces fought within Pisky on September 12.",
])
def test_a_name_within_is_a_site(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    assert ("Armed clash", "asserted", "Pisky") in [r[:3] for r in got], got
