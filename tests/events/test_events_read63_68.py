"""Event rules from the third analyst reads of ISW reports outside every gold window
(read63-68; each window read once before by an earlier session, now on the current code), and
from the ideas left by the nineteenth session's note, on sentences written here:
- a gerund the parser makes the auxiliary of a verb of going on ("Shelling continued in X")
  is its subject, placed by the verb's phrases (events.arguments.region; the shelling had no
  site);
- a bare name after "within" or "throughout" is where the act is, as after "in"
  (geo.recognise.LOCATIVE_CUES; "ground attacks within Marinka" had no place);
- a taking a force failed at on the day ("failed to take control of X", "tried and failed to
  seize X") is negated, and the fight for X happened: an asserted clash there besides
  (events.polarity.failed_try; the nineteenth session's note: no clash was stored, and the
  denial alone lists nothing), while "have failed to take X" judges a campaign.
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


@pytest.mark.parametrize("text", [
    "Russian forces failed to take control of Pisky on September 12.",
    "The Ukrainian General Staff reported that Russian forces failed to seize Pisky and "
    "retreated to previously occupied positions.",
])
def test_a_failed_taking_is_a_fight_that_happened(pipeline, text):
    got = rows_after(pipeline, _LEAD, text, "2022-09-13")
    at = {(s, m, a) for s, m, p, a in got if p == "Pisky"}
    assert ("Armed clash", "asserted", "Military Forces of Russia") in at, got
    assert any(m == "negated" for _s, m, _a in at), got


def test_a_campaign_that_has_failed_tells_no_fight(pipeline):
    got = rows_after(pipeline, _LEAD, "Russian forces have failed to take Pisky for months.",
                     "2022-09-13")
    assert not [r for r in got if r[2] == "Pisky" and r[1] == "asserted"], got
