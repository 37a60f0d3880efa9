"""What the Kerch Strait Bridge explosion (ISW 2022-10-08) taught: an explosion that damaged
something is an event where the damage was, not in a relative clause on the thing damaged;
"occupied Crimea" mis-tagged as a verb is the adjective, not a capture; a negated
verification leaves the event possible (see also tests/fuse/test_fuse_unverified.py)."""

import pytest

from fogofwar.records import Report

pytestmark = pytest.mark.slow


def _events(pipeline, text):
    ext = pipeline.run(Report(id="t", text=text, published="2022-10-08"))
    return ext, ext.events


def test_the_damage_is_where_the_explosion_was_not_the_relative_clause(pipeline):
    ext, events = _events(pipeline, "A large-scale explosion damaged the Kerch Strait Bridge "
                                    "that links occupied Crimea with Russia on October 8.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert ext.places[events[0].location].name == "Kerch"


@pytest.mark.parametrize("text", ["Russian forces occupied Kherson on March 2.",
                                  "Russia occupied Crimea in 2014."])
def test_an_armed_subject_still_occupies(pipeline, text):
    _, events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]



@pytest.mark.parametrize("text, doer", [
    ("The Russian Ministry of Defense falsely accused Ukrainian forces of bombing the Drama "
     "Theater in Mariupol on March 16.", "Military Forces of Ukraine"),
    ("Russian officials blamed Ukrainian forces for shelling Donetsk.", "Military Forces of Ukraine"),
    ("Ukrainian officials accused Russian forces of shelling Kharkiv.", "Military Forces of Russia"),
])
def test_the_accused_did_it_not_the_accuser(pipeline, text, doer):
    _, events = _events(pipeline, text)
    assert [e.actor1 for e in events] == [doer]
