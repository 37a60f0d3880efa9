"""A garrison evacuated or fighters leaving a named place withdraw from it (ISW 2022-05-17/20 on
Azovstal: "Over 260 Mariupol defenders evacuated from the Azovstal Steel Plant", "nearly 2,000
Ukrainian fighters have left Azovstal"); civilians evacuated, a strike that "left three dead"
and delegates leaving talks are no withdrawal (events.detect._evacuated, _left_place)."""

import pytest

from fogofwar.fuse.compat import mention_family
from fogofwar.records import Report


def _events(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-05-20"))
    return [(e.event_type, e.sub_event_type, e.evidence.text) for e in ext.events]


@pytest.mark.parametrize("text", [
    "Over 260 Mariupol defenders evacuated from the Azovstal Steel Plant on May 16.",
    "Shoigu stated that nearly 2,000 Ukrainian fighters have left Azovstal since May 16.",
    "Russian troops left Kherson on November 11.",
])
def test_fighters_evacuated_or_leaving_a_place_withdraw_from_it(pipeline, text):
    got = _events(pipeline, text)
    assert got, text
    # a withdrawal from a place: the place changing hands, for fusion
    assert any(mention_family(t, s, ev) == "territory" for t, s, ev in got), got


@pytest.mark.parametrize("text", [
    "Authorities evacuated 300 civilians from Mariupol on May 3.",
    "Civilians left Mariupol through a humanitarian corridor.",
    "The evacuation of residents from Kharkiv continued.",
])
def test_civilians_evacuated_or_leaving_are_no_withdrawal(pipeline, text):
    got = _events(pipeline, text)
    assert not any(s == "Change to group/activity" for _t, s, _e in got), got
